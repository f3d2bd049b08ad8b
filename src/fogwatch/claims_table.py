"""The claims ledger as a readable terminal table (``fogwatch claims FILE``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .records import Claim

if TYPE_CHECKING:  # rich is imported only when a table is drawn
    from rich.table import Table

_EVIDENCE = {
    "none_stated": "not stated",
    "explicitly_none": "none given",
    "claimed": "offered",
    "verified": "verified",
}


def speaker_label(claim: Claim) -> str:
    """'Fahim Dashti, spokesperson (National Resistance Front)'; 'he → Zabihullah Mujahid'."""
    sp = claim.speaker
    if sp is None:
        return f"— ({claim.speaker_note})" if claim.speaker_note else "—"
    who = sp.name or sp.text
    if sp.antecedent is not None or sp.kind == "pronoun":
        who = f"{sp.text} → {sp.name or (sp.antecedent.text if sp.antecedent else '?')}"
    details = ", ".join(x for x in (sp.role, sp.affiliation) if x and x.lower() not in who.lower())
    kind = "" if sp.kind in ("person", "pronoun") else f" [{sp.kind}]"
    return f"{who}{', ' + details if details else ''}{kind}"


def cue_label(claim: Claim) -> str:
    cue = claim.cue.text if claim.cue is not None else "(quote)"
    return f"{cue} ({claim.channel})" if claim.channel else cue


def claims_table(claims: Sequence[Claim]) -> Table:
    """One row per claim: speaker, side, cue, claim, relayed by, evidence."""
    from rich.table import Table

    table = Table(title="Claims", show_lines=True, expand=False)
    table.add_column("id", no_wrap=True)
    table.add_column("speaker", max_width=30)
    table.add_column("side", max_width=18)
    table.add_column("cue", max_width=18)
    table.add_column("claim", max_width=60)
    table.add_column("relayed by", max_width=14)
    table.add_column("evidence", no_wrap=True)
    for c in claims:
        claim = " ".join(c.content.text.split())
        tags = [c.topic.replace("_", " ")] if c.topic != "other" else []
        if c.quantity is not None:
            q = c.quantity
            amount = q.value if q.value is not None else (
                f"{q.low}-{q.high}" if q.low is not None or q.high is not None else q.approximate)
            tags.append(" ".join(str(x) for x in (amount, q.unit) if x) + (f" ({q.whose})" if q.whose else ""))
        if tags:
            claim += f"\n[dim]{'; '.join(tags)}[/dim]"
        table.add_row(
            c.id,
            speaker_label(c),
            c.party or "—",
            cue_label(c),
            claim,
            " → ".join(c.reported_via) or "—",
            _EVIDENCE.get(c.evidence_status, c.evidence_status),
        )
    return table
