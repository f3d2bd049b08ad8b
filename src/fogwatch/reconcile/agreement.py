"""A cluster's fields, chosen by agreement of its sources.

Every rule here is a function of the set of member reports (never of their order), so that the same
reports always give the same cluster. Each source group (syndicated copies of one story) votes once,
through its representative report (the member with the smallest key); ties go to the more precise
value, then to a fixed order of the values themselves.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import replace
from typing import TypeVar

from ..contradictions import compare_claims
from ..records import Claim, Contradiction, Event
from ..taxonomy import ALL_SUB_EVENT_TYPES, interaction
from .records import Cluster, EventReport, SourceRef
from .similarity import actor_key, norm

V = TypeVar("V", bound=Hashable)

KILLED_UNIT = "people killed"
_TYPE_ORDER = {sub: i for i, sub in enumerate(ALL_SUB_EVENT_TYPES)}
_CIVILIANS = re.compile(r"^civilians\b", re.I)
# Claims on these topics are compared across articles (the slots ``compare_claims`` knows).
_COMPARED_TOPICS = frozenset(
    {"casualties", "equipment_losses", "territorial_control", "negotiations", "responsibility", "attack", "other"}
)


def cluster_id(members: Sequence[str]) -> str:
    """Named after its smallest member key: stable while that report stays in the cluster, so a
    store can update a cluster in place as reports join it."""
    return "cl-" + hashlib.sha1(min(members).encode("utf-8")).hexdigest()[:16]


def vote(values: Iterable[V | None], tiebreak: Callable[[V], tuple[object, ...]]) -> V | None:
    """The value most reports give (None values do not vote); ties go to the smallest ``tiebreak``."""
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], tiebreak(v)))


def representatives(members: Sequence[EventReport]) -> list[EventReport]:
    """One report per source group: the group's member with the smallest key, in key order."""
    best: dict[str, EventReport] = {}
    for r in members:
        held = best.get(r.source_group)
        if held is None or r.key < held.key:
            best[r.source_group] = r
    return sorted(best.values(), key=lambda r: r.key)


# --------------------------------------------------------------------------- type, actors, place, date


def _event_type(reps: Sequence[EventReport]) -> tuple[str, str]:
    pairs = [(r.event.event_type, r.event.sub_event_type) for r in reps]
    chosen = vote(pairs, lambda p: (_TYPE_ORDER.get(p[1], len(_TYPE_ORDER)), p))
    assert chosen is not None
    return chosen


def _spelling(names: Iterable[str]) -> str:
    """The most common spelling of one actor, ties to the first in sort order."""
    found = vote(names, lambda n: (n,))
    assert found is not None
    return found


Actor = tuple[str | None, str | None, int | None]  # (name, associated actor, inter code)


def _actors(reps: Sequence[EventReport]) -> tuple[Actor, Actor]:
    """(actor1, assoc_actor_1, inter1) and the same for actor2, chosen by votes over both slots.

    Actor 1 is the actor most sources put first; actor 2 the other actor sources name most. Named
    actors win over "Unidentified ..." ones, which are used only when no source names the group.
    """
    slots: list[tuple[str, int, Event]] = []  # (actor name, slot 1|2, event)
    for r in reps:
        e = r.event
        if e.actor1:
            slots.append((e.actor1, 1, e))
        if e.actor2:
            slots.append((e.actor2, 2, e))

    def key_of(name: str) -> str:
        return actor_key(name) or "\0" + (norm(name) or "")  # unidentified actors sort apart

    named = [s for s in slots if actor_key(s[0]) is not None]
    pool = named or slots
    first = Counter(key_of(n) for n, slot, _ in pool if slot == 1)
    anywhere = Counter(key_of(n) for n, _, _ in pool)
    order = sorted(anywhere, key=lambda k: (-first[k], -anywhere[k], k))
    chosen = order[:2] if len(order) >= 2 else order + [None] * (2 - len(order))
    if named and len(order) == 1:
        # one named actor; an unidentified one may fill the other slot
        rest = sorted({key_of(n) for n, _, _ in slots} - set(order))
        chosen = [order[0], rest[0] if rest else None]

    out: list[Actor] = []
    for k in chosen:
        if k is None:
            out.append((None, None, None))
            continue
        spellings = [n for n, _, _ in slots if key_of(n) == k]
        inters = [e.inter1 if slot == 1 else e.inter2 for n, slot, e in slots if key_of(n) == k]
        assocs = [e.assoc_actor_1 if slot == 1 else e.assoc_actor_2 for n, slot, e in slots if key_of(n) == k]
        inter = vote(inters, lambda i: (i,))
        assoc = vote((a or None for a in assocs), lambda a: (a,))
        out.append((_spelling(spellings), assoc, inter))
    return out[0], out[1]


def _place(reps: Sequence[EventReport]) -> Event:
    """The report whose place is coded: the most precise place; among equally precise ones, the one
    most sources give (ACLED codes the most specific location a source reports)."""

    def precision(e: Event) -> int:
        if e.location is None and e.admin2 is None:
            return 3
        return e.geo_precision or 3

    def place_key(e: Event) -> tuple[str, str]:
        return (norm(e.admin2) or "", norm(e.location) or "")

    counts = Counter(place_key(r.event) for r in reps)
    best = min(reps, key=lambda r: (precision(r.event), -counts[place_key(r.event)], place_key(r.event), r.key))
    return best.event


def _date(reps: Sequence[EventReport]) -> tuple[dt.date | None, int | None, dt.date | None, dt.date | None]:
    """(event_date, time_precision, date_start, date_end): the most precise reports' date, the one
    most of them give (ties: the earliest); start and end span those reports' dates."""
    dated = [r.event for r in reps if r.event.event_date is not None]
    if not dated:
        return None, None, None, None
    precision = min(e.time_precision or 1 for e in dated)
    best = [e.event_date for e in dated if (e.time_precision or 1) == precision]
    chosen = vote(best, lambda d: (d,))
    return chosen, precision, min(d for d in best if d), max(d for d in best if d)


# --------------------------------------------------------------------------- fatalities


def _fatalities(reps: Sequence[EventReport], claims: Sequence[Claim]) -> tuple[int, int | None, int | None, int | None]:
    """ACLED ``fatalities`` and UCDP-style low / best / high across sources.

    ``fatalities`` is the lowest figure any source gives on its own (non-partisan) authority: ACLED's
    conservative rule; a source that gives no figure does not vote 0. ``low`` is the lowest
    non-partisan lower bound, ``best`` the non-partisan figure most sources give (ties: the lower),
    ``high`` the highest figure anyone gives, claims of the parties included.
    """
    events = [r.event for r in reps]
    credible = [e.fatalities for e in events if e.fatalities_low is not None or e.fatalities > 0]
    fatalities = min(credible) if credible else 0
    lows = [e.fatalities_low for e in events if e.fatalities_low is not None]
    low = min(lows) if lows else None
    best = vote((e.fatalities_best for e in events), lambda v: (v,))
    highs = [v for e in events for v in (e.fatalities_high, e.fatalities_best, e.fatalities_low) if v is not None]
    highs += [e.fatalities for e in events if e.fatalities > 0]
    highs += [figure for c in claims if _killed(c) and (figure := _figure(c)) is not None]
    return fatalities, low, best, max(highs) if highs else None


def _killed(c: Claim) -> bool:
    return c.quantity is not None and c.quantity.unit == KILLED_UNIT and _figure(c) is not None


def _figure(c: Claim) -> int | None:
    q = c.quantity
    if q is None:
        return None
    return q.value if q.value is not None else q.low


def _side_of(whose: str | None, actor_a: str | None, actor_b: str | None) -> str | None:
    """'a', 'b' or 'civilians' for the actor whose deaths a claim counts; None when it is neither."""
    key = actor_key(whose)
    if key is None:
        return None
    for side, actor in (("a", actor_a), ("b", actor_b)):
        k = actor_key(actor)
        if k is not None and (k == key or _bare(k) == _bare(key)):
            return side
    if _CIVILIANS.match(whose or ""):
        return "civilians"
    return None


def _bare(key: str) -> str:
    """'military forces of afghanistan (2004 2021)' -> 'military forces of afghanistan'."""
    return key.split(" (")[0].split("(")[0].strip()


def _deaths_by_side(
    claims: Sequence[Claim], actor_a: str | None, actor_b: str | None, best: int | None
) -> tuple[int | None, int | None, int | None, int | None]:
    """deaths_a, deaths_b, deaths_civilians, deaths_unknown (UCDP), where claims state them.

    A side's deaths count when an independent source states them or the side admits them itself; a
    party's count of its enemy's dead is partisan and left out (it is in ``fatalities_high``). The
    lowest such figure is taken (conservative); ``deaths_unknown`` is what ``best`` leaves unassigned.
    """
    found: dict[str, list[int]] = {}
    for c in claims:
        if not _killed(c):
            continue
        assert c.quantity is not None
        side = _side_of(c.quantity.whose, actor_a, actor_b)
        if side is None:
            continue
        own = c.party is not None and _side_of(c.party, actor_a, actor_b) == side
        if c.party is None or own:
            figure = _figure(c)
            assert figure is not None
            found.setdefault(side, []).append(figure)
    a, b, civ = (min(found[s]) if s in found else None for s in ("a", "b", "civilians"))
    unknown = None
    if best is not None:
        unknown = max(0, best - sum(v or 0 for v in (a, b, civ)))
    return a, b, civ, unknown


# --------------------------------------------------------------------------- claims


def _qualified(r: EventReport) -> list[Claim]:
    """The report's claims with ids unique across articles and no per-article event link (the
    cluster is the shared event, so ``compare_claims`` must not reject them as different events)."""
    return [replace(c, id=f"{r.article_id}:{c.id}", event_id=None) for c in r.claims]


def _disputes(reps: Sequence[EventReport]) -> tuple[tuple[Contradiction, ...], bool, list[Claim]]:
    """Cross-article contradictions, whether two parties' claims conflict, and all claims compared."""
    groups = [(r.source_group, _qualified(r)) for r in reps]
    claims = [(g, c) for g, cs in groups for c in cs]
    parties = {c.id: c.party for _, c in claims}
    cross: list[Contradiction] = []
    contested = False
    # Only claims on a topic compare_claims knows, and with a side on at least one end, can conflict.
    usable = [(g, c) for g, c in claims if c.topic in _COMPARED_TOPICS]
    for i, (ga, a) in enumerate(usable):
        for gb, b in usable[i + 1 :]:
            if a.party is None and b.party is None:
                continue
            found = compare_claims(a, b)
            if found is None:
                continue
            pa, pb = parties[a.id], parties[b.id]
            if pa is not None and pb is not None and pa != pb:
                contested = True
            if ga != gb:
                cross.append(found)
    return tuple(cross), contested, [c for _, c in claims]


def _speakers(claims: Sequence[Claim]) -> tuple[str, ...]:
    """Who the claims come from (UCDP's ``source_original``): names, else affiliations, most
    frequent first."""
    names: Counter[str] = Counter()
    for c in claims:
        sp = c.speaker
        if sp is None or sp.kind == "pronoun":
            continue
        name = sp.name or sp.affiliation or (sp.text if sp.kind != "anonymous" else None)
        if name:
            names[" ".join(name.split())] += 1
    return tuple(sorted(names, key=lambda n: (-names[n], n)))


# --------------------------------------------------------------------------- the cluster


def _notes(reps: Sequence[EventReport], contradictions: Sequence[Contradiction], n_sources: int) -> str:
    notes = next((r.event.notes for r in reps if r.event.notes), "")
    extra = f"[{n_sources} source{'s' if n_sources != 1 else ''}"
    if contradictions:
        extra += f"; {len(contradictions)} cross-source contradiction{'s' if len(contradictions) != 1 else ''}"
    return f"{notes} {extra}]".strip()


def build_cluster(members: Sequence[EventReport]) -> Cluster:
    """The cluster of ``members`` (one or more reports that reconciliation judged one event)."""
    if not members:
        raise ValueError("a cluster needs at least one report")
    members = sorted(members, key=lambda r: r.key)
    reps = representatives(members)
    event_type, sub_event_type = _event_type(reps)
    (a1, assoc1, inter1), (a2, assoc2, inter2) = _actors(reps)
    place = _place(reps)
    event_date, time_precision, date_start, date_end = _date(reps)
    contradictions, contested, claims = _disputes(reps)
    fatalities, low, best, high = _fatalities(reps, claims)
    deaths = _deaths_by_side(claims, a1, a2, best)
    sources = tuple(
        SourceRef(r.article_id, r.outlet, r.published, r.source_group, r.key)
        for r in sorted(members, key=lambda r: (r.published or dt.date.max, r.article_id, r.key))
    )
    published = [r.published for r in members if r.published is not None]
    n_sources = len(reps)
    keys = tuple(r.key for r in members)
    return Cluster(
        id=cluster_id(keys),
        members=keys,
        event_type=event_type,
        sub_event_type=sub_event_type,
        actor1=a1,
        assoc_actor_1=assoc1,
        inter1=inter1,
        actor2=a2,
        assoc_actor_2=assoc2,
        inter2=inter2,
        interaction=interaction(inter1, inter2) if _valid_inter(inter1) and _valid_inter(inter2) else None,
        country=place.country,
        admin1=place.admin1,
        admin2=place.admin2,
        location=place.location,
        latitude=place.latitude,
        longitude=place.longitude,
        geo_precision=place.geo_precision,
        event_date=event_date,
        time_precision=time_precision,
        date_start=date_start,
        date_end=date_end,
        n_sources=n_sources,
        sources=sources,
        first_reported=min(published) if published else None,
        last_reported=max(published) if published else None,
        fatalities=fatalities,
        fatalities_low=low,
        fatalities_best=best,
        fatalities_high=high,
        deaths_a=deaths[0],
        deaths_b=deaths[1],
        deaths_civilians=deaths[2],
        deaths_unknown=deaths[3],
        contested=contested,
        contradictions=contradictions,
        speakers=_speakers(claims),
        notes=_notes(reps, contradictions, n_sources),
    )


def _valid_inter(code: int | None) -> bool:
    return code is None or 1 <= code <= 8


__all__ = ["build_cluster", "cluster_id", "representatives", "vote"]
