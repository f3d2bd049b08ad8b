"""Global Terrorism Database CSVs, and scoring of an event against a GTD row.

The text is ``summary`` without its leading "MM/DD/YYYY:" date; the publication date passed to
extraction is the incident date itself (iyear/imonth/iday, the day taken from digits 7-8 of
``eventid`` when ``iday`` is 0 or absent). GTD codes no event date precision and no coordinates
here, so GTD measures places, perpetrators, casualties and (where it maps) the event type; judge
dates on ACLED.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from pathlib import Path

from fogwatch.errors import DataFileError
from fogwatch.evaluate import GoldRow, GoldSource, GoldValue, Judgement, csv_dicts, first, to_int
from fogwatch.evaluate.acled import NULL_EVENT, judge, judge_fatalities, judge_name, no_event
from fogwatch.evaluate.metrics import killed_in_text, normalise_actor
from fogwatch.records import Event

STATE_FORCES = 1  # ACLED inter code (fogwatch.taxonomy.INTER_NAMES)

# "03/14/2016:", "3/4/16 :", "03/14/2016-03/15/2016:" at the start of a summary.
_LEADING_DATE = re.compile(
    r"^\s*\d{1,2}/\d{1,2}/\d{2,4}(?:\s*[-–]\s*\d{1,2}/\d{1,2}/\d{2,4})?\s*:\s*"
)

# GTD's placeholder for "not known"; such a gold value is not scored.
_UNKNOWN = {"unknown", ""}


def strip_leading_date(summary: str) -> str:
    """The summary without GTD's leading date stamp, which would hand the date to extraction."""
    return _LEADING_DATE.sub("", summary, count=1)


def incident_date(record: Mapping[str, str]) -> dt.date | None:
    year, month = to_int(first(record, "iyear")), to_int(first(record, "imonth"))
    day = to_int(first(record, "iday")) or to_int(first(record, "eventid")[6:8])
    if not (year and month and day):
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# --------------------------------------------------------------------------- perpetrators

# How a GTD perpetrator (gname) is matched against an ACLED-style actor1 (both normalised by
# ``normalise_actor``). Each entry: a test on the gname -> the actor names it accepts, by
# containment of any of the listed fragments. GTD groups ACLED splits or names differently are
# listed; other named groups match on equal names or on their bracketed acronym ("(PKK)").
PERPETRATOR_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    # ISIL and its provinces ("Khorasan Chapter of the Islamic State", "Islamic State in the
    # Greater Sahara (ISGS)", "Algeria Province of the Islamic State") are "Islamic State ..."
    # in ACLED's naming, the province in brackets or words.
    ("islamic state", ("islamic state",)),
    ("isil", ("islamic state",)),
    # ACLED codes most Haqqani Network attacks to the Taliban.
    ("haqqani network", ("haqqani", "taliban")),
    ("tehrik i taliban pakistan", ("tehreek i taliban", "tehrik i taliban", "ttp")),
    ("taliban", ("taliban",)),
    ("hizb i islami", ("hizb i islami", "hezb i islami", "hezb e islami")),
    ("boko haram", ("boko haram", "jas", "islamic state west africa")),
    ("al shabaab", ("al shabaab", "shabaab")),
    ("al qaida in the islamic maghreb", ("aqim", "al qaeda in the islamic maghreb")),
    ("jamaat nusrat al islam wal muslimin", ("jnim", "jamaat nusrat al islam")),
    ("ambazonia", ("ambazonia",)),
    # GTD's "Ansar al-Islam (Burkina Faso)" is ACLED's "Ansaroul Islam" (the Burkinabe spelling).
    ("ansar al islam burkina faso", ("ansaroul islam", "ansar al islam")),
)  # fmt: skip

# GTD names a *kind* of unnamed perpetrator ("Muslim extremists", "Separatists", "Mapuche
# extremists"): ACLED codes such a group as an Unidentified Armed Group, or names it after the same
# qualifier ("Mapuche Ethnic Militia", "Ambazonian Separatists"). Either is a match.
_KIND = re.compile(r"^(?:(?P<qualifier>.+?) )?(?P<kind>extremists|separatists|militants|insurgents)$")

_ACRONYM = re.compile(r"\(([A-Z][A-Za-z0-9-]{1,9})\)")


def perpetrator_matches(gname: str, actor: str | None) -> bool:
    """Does ACLED-style ``actor`` name GTD perpetrator ``gname``?

    "Unknown" is an unidentified armed group: any "Unidentified Armed Group (...)" matches (the
    bracketed country is the country field's business). Fragments match whole words.
    """
    pred = normalise_actor(actor)
    if not pred:
        return False
    gold = normalise_actor(gname)
    if gold in _UNKNOWN:
        return pred.startswith("unidentified armed group")
    words = f" {pred} "
    kind = _KIND.match(gold)
    if kind is not None:
        qualifier = kind["qualifier"] or kind["kind"].removesuffix("s")
        return pred.startswith("unidentified armed group") or qualifier in pred
    for fragment, accepted in PERPETRATOR_RULES:
        if f" {fragment} " in f" {gold} ":
            return any(f" {a} " in words for a in accepted)
    if pred in (gold, normalise_actor(re.sub(r"\([^)]*\)", "", gname))):
        return True
    acronym = _ACRONYM.search(gname)
    return acronym is not None and f" {normalise_actor(acronym.group(1))} " in words


# --------------------------------------------------------------------------- event type

_STATE_TARGETS = {"military", "police"}
_CIVILIAN_TARGETS = {
    "private citizens & property", "religious figures/institutions", "educational institution",
    "journalists & media", "ngo", "business", "tourists", "transportation",
}  # fmt: skip


def gtd_event_type(attack: str, target: str) -> str | None:
    """ACLED event type implied by GTD's attack and target types, where one is clear: bombings
    are Explosions/Remote violence; armed assaults and assassinations on soldiers or police are
    Battles, on civilians Violence against civilians; kidnapping civilians is Violence against
    civilians. Others (facility attacks, unknown, attacks on officials or other groups) are not
    scored: ACLED's choice depends on details GTD does not code."""
    attack, target = attack.strip().casefold(), target.strip().casefold()
    if attack == "bombing/explosion":
        return "Explosions/Remote violence"
    if attack in {"armed assault", "assassination"}:
        if target in _STATE_TARGETS:
            return "Battles"
        if target in _CIVILIAN_TARGETS:
            return "Violence against civilians"
    if attack == "hostage taking (kidnapping)" and target in _CIVILIAN_TARGETS:
        return "Violence against civilians"
    return None


# --------------------------------------------------------------------------- reading


def _known(value: str) -> str | None:
    return None if value.strip().casefold() in _UNKNOWN else value.strip()


def _row(record: Mapping[str, str], source: str, number: int) -> GoldRow:
    text = strip_leading_date(first(record, "summary"))
    country = first(record, "country_txt") or "(unknown)"
    gold: dict[str, GoldValue] = {
        "province": _known(first(record, "provstate")),
        "city": _known(first(record, "city")),
        "perpetrator": first(record, "gname") or None,
        "killed": to_int(first(record, "nkill")),
        "event_type": gtd_event_type(
            first(record, "attacktype1_txt"), first(record, "targtype1_txt")
        ),
        "text_fatalities": killed_in_text(text),
    }
    row_id = first(record, "eventid") or f"{source}#{number}"
    return GoldRow(row_id, text, incident_date(record), country, gold, source)


def open_gtd(path: Path) -> GoldSource:
    """A streaming reader over a GTD CSV; raises ``DataFileError`` without a summary column."""
    header, _ = csv_dicts(path)
    if "summary" not in header:
        raise DataFileError(
            f"{path}: no 'summary' column, so there is no text to extract from; "
            "GTD rows need their summary (columns: " + ", ".join(header[:12]) + "...)"
        )
    notes = ["perpetrator: 'Unknown' = any Unidentified Armed Group; see PERPETRATOR_RULES"]
    if "attacktype1_txt" not in header:
        notes.append("no attacktype1_txt column: event_type not scored")
    if "nkill" not in header:
        notes.append("no nkill column: killed not scored")

    def rows() -> Iterator[GoldRow]:
        _, records = csv_dicts(path)
        for number, record in enumerate(records, start=1):
            yield _row(record, path.name, number)

    return GoldSource(path, "gtd", "GTD", tuple(notes), rows, score_gtd)


# --------------------------------------------------------------------------- scoring


def perpetrator_of(event: Event) -> str | None:
    """The side of ``event`` that GTD would call its perpetrator: actor1, except in ACLED's "Disrupted
    weapons use", where the state force that found or defused the weapon is actor1 and the side whose
    weapon it was is actor2 (GTD's perpetrator of a defused bomb is whoever planted it)."""
    if event.sub_event_type == "Disrupted weapons use" and event.inter1 == STATE_FORCES and event.actor2:
        return event.actor2
    return event.actor1


def score_gtd(row: GoldRow, event: Event | None) -> tuple[Judgement, ...]:
    """Province (provstate vs admin1), city (vs location), perpetrator (gname vs ``perpetrator_of``),
    killed (nkill vs fatalities, plus the text-number reference and baselines), and event_type where
    ``gtd_event_type`` maps. Blank or "Unknown" gold values are left out."""
    g = row.gold
    ev = event or NULL_EVENT
    out: list[Judgement] = []
    if g.get("province"):
        out.append(judge_name("province", str(g["province"]), ev.admin1, place=True))
    if g.get("city"):
        out.append(judge_name("city", str(g["city"]), ev.location, place=True))
    if g.get("perpetrator"):
        gname = str(g["perpetrator"])
        actor = perpetrator_of(ev)
        out.append(judge("perpetrator", gname, actor, perpetrator_matches(gname, actor)))
    if g.get("event_type"):
        out.append(judge_name("event_type", str(g["event_type"]), ev.event_type, place=False))
    killed = g.get("killed")
    if isinstance(killed, int):
        out += judge_fatalities(killed, int(g.get("text_fatalities") or 0), ev.fatalities, "killed")
    return no_event(out) if event is None else tuple(out)


__all__ = [
    "PERPETRATOR_RULES",
    "gtd_event_type",
    "incident_date",
    "open_gtd",
    "perpetrator_matches",
    "score_gtd",
    "strip_leading_date",
]
