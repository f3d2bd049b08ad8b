"""ACLED CSV files as ACLED ships them, and scoring of an event against an ACLED row.

Schemas read: the 2020 export (lower-case columns, "31-12-19" dates), the newest export (ISO or
"5-Aug-24" dates, no actor2 column, text inter codes), the 2016 API export (no sub_event_type,
``ally_actor_1``, old event types) and the 2015 Asia pilot (upper-case columns, old taxonomy,
"01-January-2015"). Extra columns are ignored; a BOM, quoted commas and newlines are handled by
``csv_dicts``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator, Mapping
from pathlib import Path

from fogwatch.errors import DataFileError
from fogwatch.evaluate import (
    NO_EVENT,
    GoldRow,
    GoldSource,
    GoldValue,
    Judgement,
    csv_dicts,
    display,
    first,
    to_float,
    to_int,
)
from fogwatch.evaluate.metrics import (
    actor_set,
    distance_bucket,
    haversine_km,
    killed_in_text,
    normalise_actor,
    same_place,
)
from fogwatch.records import Event

# Pre-2019 event types -> (current event_type, current sub_event_type). None where the old type
# spans several current ones: "Riots/Protests" is Riots or Protests, old "Remote violence" spans
# four sub-event types. Only the unambiguous parts are scored.
_BATTLES, _STRATEGIC = "Battles", "Strategic developments"
OLD_EVENT_TYPES: Mapping[str, tuple[str | None, str | None]] = {
    "battle-no change of territory": (_BATTLES, "Armed clash"),
    "battle-government regains territory": (_BATTLES, "Government regains territory"),
    "battle-non-state actor overtakes territory": (_BATTLES, "Non-state actor overtakes territory"),
    "battle-non-state actors overtake territory": (_BATTLES, "Non-state actor overtakes territory"),
    "violence against civilians": ("Violence against civilians", None),
    "remote violence": ("Explosions/Remote violence", None),
    "riots/protests": (None, None),
    "strategic development": (_STRATEGIC, None),
    "non-violent transfer of territory": (_STRATEGIC, "Non-violent transfer of territory"),
    "headquarters or base established": (_STRATEGIC, "Headquarters or base established"),
}

# Tried in order; the ``year`` column, when present, picks among formats that all parse.
DATE_FORMATS = (
    "%Y-%m-%d", "%d-%m-%y", "%d-%m-%Y", "%d/%m/%Y", "%d/%m/%y", "%d %B %Y", "%d-%B-%Y",
    "%d-%b-%y", "%d-%b-%Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%Y/%m/%d",
)  # fmt: skip


def parse_date(value: str, year: int | None = None) -> dt.date | None:
    """An ACLED ``event_date`` in any of the shipped spellings; None when it does not parse."""
    value = value.strip()
    if "T" in value[:11] or " " in value[10:11]:
        value = value[:10]  # "2019-12-31T00:00:00" / "2019-12-31 00:00:00"
    fallback = None
    for fmt in DATE_FORMATS:
        try:
            parsed = dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
        if year is None or parsed.year == year:
            return parsed
        fallback = fallback or parsed
    return fallback


def _type_key(value: str) -> str:
    return " ".join(value.casefold().replace(" -", "-").replace("- ", "-").split())


def _taxonomy(record: Mapping[str, str], has_sub_type: bool) -> tuple[str | None, str | None]:
    event_type = first(record, "event_type")
    if has_sub_type:
        return event_type or None, first(record, "sub_event_type") or None
    if not event_type:
        return None, None
    return OLD_EVENT_TYPES.get(_type_key(event_type), (None, None))


def schema_of(header: list[str]) -> tuple[str, tuple[str, ...]]:
    """A label for the export's schema and notes on what cannot be scored in it."""
    notes: list[str] = []
    if "sub_event_type" not in header:
        label = "ACLED pre-2019 (old taxonomy)"
        notes.append(
            "old taxonomy: event_type mapped to the current types where unambiguous "
            "(Riots/Protests is not scored), sub_event_type only for battles and territory types"
        )
    elif "actor2" not in header:
        label = "ACLED newest export (no actor2 column)"
    else:
        label = "ACLED 2020 export"
    if "actor2" not in header:
        notes.append("no actor2 column: the actor set is not scored, actor1 is")
    for column in ("time_precision", "geo_precision", "admin2", "latitude", "fatalities"):
        if column not in header:
            notes.append(f"no {column} column: not scored")
    return label, tuple(notes)


def _row(record: Mapping[str, str], header: list[str], source: str, number: int) -> GoldRow:
    year = to_int(first(record, "year"))
    event_date = parse_date(first(record, "event_date"), year)
    event_type, sub_event_type = _taxonomy(record, "sub_event_type" in header)
    text = first(record, "notes")
    gold: dict[str, GoldValue] = {
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "country": first(record, "country") or None,
        "admin1": first(record, "admin1") or None,
        "admin2": first(record, "admin2") or None,
        "location": first(record, "location") or None,
        "actor1": first(record, "actor1") or None,
        "event_date": event_date,
        "time_precision": to_int(first(record, "time_precision")),
        "geo_precision": to_int(first(record, "geo_precision")),
        "fatalities": to_int(first(record, "fatalities")),
        "latitude": to_float(first(record, "latitude")),
        "longitude": to_float(first(record, "longitude")),
        "text_fatalities": killed_in_text(text),
    }
    if "actor2" in header:
        gold["actor2"] = first(record, "actor2") or None
    row_id = first(record, "event_id_cnty", "data_id", "event_id_no_cnty") or f"{source}#{number}"
    published = event_date + dt.timedelta(days=1) if event_date else None
    country = first(record, "country") or "(unknown)"
    return GoldRow(row_id, text, published, country, gold, source)


def open_acled(path: Path) -> GoldSource:
    """A streaming reader over an ACLED CSV; raises ``DataFileError`` if it lacks notes or dates."""
    header, _ = csv_dicts(path)
    missing = [c for c in ("notes", "event_date") if c not in header]
    if missing:
        raise DataFileError(
            f"{path}: not an ACLED export, no {' or '.join(missing)} column "
            f"(columns: {', '.join(header[:12])}...); use --format gtd for GTD files"
        )
    label, notes = schema_of(header)

    def rows() -> Iterator[GoldRow]:
        _, records = csv_dicts(path)
        for number, record in enumerate(records, start=1):
            yield _row(record, header, path.name, number)

    return GoldSource(path, "acled", label, notes, rows, score_acled)


# --------------------------------------------------------------------------- scoring

# Stands in for "no event produced" so that one code path builds every judgement; ``no_event``
# then marks them all wrong.
NULL_EVENT = Event(
    id="", event_date=None, time_precision=None, event_type="", sub_event_type="", actor1=None,
    inter1=None, actor2=None, inter2=None, country=None, admin1=None, admin2=None, location=None,
    latitude=None, longitude=None, geo_precision=None, fatalities=-1, fatalities_low=None,
    fatalities_best=None, fatalities_high=None,
)  # fmt: skip


def judge(
    name: str, gold: object, predicted: object, correct: bool, confusion: str | None = None
) -> Judgement:
    return Judgement(name, display(gold), display(predicted), correct, confusion)


def _types_key(value: str | None) -> str:
    return " ".join((value or "").casefold().split())


def judge_name(name: str, gold: str, predicted: str | None, *, place: bool) -> Judgement:
    """Names compared after normalisation (places: ``normalise_place``; types: case, spaces)."""
    if place:
        return judge(name, gold, predicted, same_place(gold, predicted or ""))
    return judge(name, gold, predicted, _types_key(gold) == _types_key(predicted))


def judge_date(gold: dt.date, predicted: dt.date | None) -> Judgement:
    if predicted is None:
        return judge("event_date", gold, None, False, "missing")
    delta = (predicted - gold).days
    confusion = f"off by {delta:+d} d" if delta else None
    return judge("event_date", gold, predicted, delta == 0, confusion)


def judge_coordinates(gold: tuple[float, float], event: Event) -> Judgement:
    shown = f"{gold[0]:.3f},{gold[1]:.3f}"
    if event.latitude is None or event.longitude is None:
        return judge(COORDINATES, shown, None, False, "missing")
    km = haversine_km(gold[0], gold[1], event.latitude, event.longitude)
    predicted = f"{event.latitude:.3f},{event.longitude:.3f} ({km:.0f} km)"
    return judge(COORDINATES, shown, predicted, km <= 25, distance_bucket(km))


def judge_fatalities(
    gold: int, text_ref: int, predicted: int | None, name: str = "fatalities"
) -> list[Judgement]:
    """Exact agreement with the coded count (all rows, and rows coded > 0), agreement with the
    number stated in the text, and two baselines that need no extraction (always 0; the text's
    number), so a reader can see what the coded field rewards."""
    out = [judge(name, gold, predicted, predicted == gold)]
    if gold > 0:
        out.append(judge(f"{name} (gold > 0)", gold, predicted, predicted == gold))
    out.append(judge(f"{name} vs text number", text_ref, predicted, predicted == text_ref))
    for label, value in (("always 0", 0), ("text number", text_ref)):
        scopes = ("", " (gold > 0)") if gold > 0 else ("",)
        for scope in scopes:
            field = f"{name}{scope}: {label}"
            out.append(Judgement(field, str(gold), str(value), value == gold, kind="baseline"))
    return out


def no_event(judgements: list[Judgement]) -> tuple[Judgement, ...]:
    """Every field judgement made wrong with "(no event)" as the prediction; baselines kept."""
    return tuple(
        j if j.kind == "baseline" else Judgement(j.field, j.gold, NO_EVENT, False, NO_EVENT)
        for j in judgements
    )


COORDINATES = "coordinates <= 25 km"


# The subset of rows whose note names the coded place: there the text can give the admin units, elsewhere
# (a note naming only a village the coder placed from other sources) no reader of the text can. Its
# accuracy is the one to watch for the geography; the whole file's includes rows beyond the text's reach.
PLACE_NAMED = "place named"


def names_coded_place(text: str, gold: Mapping[str, GoldValue]) -> bool:
    """Does the note contain (ignoring case) the coded location, admin1 or admin2?"""
    folded = text.casefold()
    return any(isinstance(gold.get(k), str) and str(gold[k]).strip() and str(gold[k]).casefold() in folded
               for k in ("location", "admin1", "admin2"))


def _pair(actors: tuple[str | None, str | None]) -> str:
    return " + ".join(a for a in actors if a)


def score_acled(row: GoldRow, event: Event | None) -> tuple[Judgement, ...]:
    """Every scoreable field of ``row`` judged against ``event`` (None: no event produced).
    Fields whose gold value is blank, or whose column the file lacks, are left out."""
    g = row.gold
    ev = event or NULL_EVENT
    out: list[Judgement] = []
    for name in ("event_type", "sub_event_type"):
        if g.get(name):
            out.append(judge_name(name, str(g[name]), getattr(ev, name), place=False))
    named = names_coded_place(row.text, g)
    for name in ("country", "admin1", "admin2", "location"):
        if g.get(name):
            out.append(judge_name(name, str(g[name]), getattr(ev, name), place=True))
            if named and name in ("admin1", "admin2"):
                out.append(dataclasses.replace(out[-1], field=f"{name} ({PLACE_NAMED})"))
    if g.get("actor1"):
        gold1, gold2 = str(g["actor1"]), g.get("actor2")
        if "actor2" in g:  # the file has the column, so the gold set is complete
            gold_pair = (gold1, str(gold2) if gold2 else None)
            pred_pair = (ev.actor1, ev.actor2)
            same = actor_set(gold_pair) == actor_set(pred_pair)
            out.append(judge("actors", _pair(gold_pair), _pair(pred_pair), same))
        same1 = normalise_actor(gold1) == normalise_actor(ev.actor1)
        out.append(judge("actor1", gold1, ev.actor1, same1))
    if isinstance(g.get("event_date"), dt.date):
        out.append(judge_date(g["event_date"], ev.event_date))  # type: ignore[arg-type]
    for name in ("time_precision", "geo_precision"):
        if g.get(name) is not None:
            value = getattr(ev, name)
            out.append(judge(name, g[name], value, value == g[name]))
    lat, lon = g.get("latitude"), g.get("longitude")
    if isinstance(lat, float) and isinstance(lon, float):
        out.append(judge_coordinates((lat, lon), ev))
    fatal = g.get("fatalities")
    if isinstance(fatal, int):
        out += judge_fatalities(fatal, int(g.get("text_fatalities") or 0), ev.fatalities)
    return no_event(out) if event is None else tuple(out)


__all__ = [
    "DATE_FORMATS",
    "OLD_EVENT_TYPES",
    "PLACE_NAMED",
    "judge",
    "judge_fatalities",
    "judge_name",
    "names_coded_place",
    "no_event",
    "open_acled",
    "parse_date",
    "schema_of",
    "score_acled",
]
