"""Date mentions resolved against the publication date, with ACLED time-precision codes.

A report says "on Thursday", "overnight", "earlier this week" or "Aug. 15, 2021"; this module finds
those spans and turns each into the interval of days it denotes, the best single day, and ACLED's
``time_precision`` (1 = the exact day, 2 = a day within a week or a few days, 3 = a month or longer).

Conventions (decided here, so every stage agrees):

- Relative expressions ("yesterday", "on Monday", "last week") are resolved against the publication
  date only. Without one they stay unresolved (``value`` None, ``note`` says why): nothing is ever
  taken from today's clock. Fully written dates ("31 December 2019") resolve without it.
- A bare weekday means the most recent such day on or before publication. A weekday equal to the
  publication weekday is the publication day itself: wire and newspaper copy names the day it is
  filed on ("police said on Tuesday"), and a day one week back is written "last Tuesday".
  "last <weekday>" is the most recent such day strictly before publication.
- "overnight" and "last night" are the night that ends on the publication day: best day = the day
  before publication (ACLED codes a night event on the day it began), interval = both days.
- A date without a year is the most recent such day on or before publication.
- Intervals take their middle as the best day, as ACLED does for a week or a month ("mid-June" is
  the 15th). Anaphoric expressions ("the previous day", "that night") count from the nearest
  earlier resolved date in the article.
- A numeric date whose day and month could be swapped (05/06/2019) takes the reading nearest on or
  before publication; without a publication date, day/month order (the order outside the US).

Spans come from spaCy DATE/TIME entities and from the patterns below; the patterns cover the forms
news and coders' notes use and are resolved by the rules here, so the result is exact and cheap.
Any other DATE entity that names a month, weekday or numeric date is handed to dateparser
(``DateDataParser.get_date_data``, the function behind ``dateparser.parse``, which also says whether
a day, week, month or year was meant; never ``search_dates`` on whole text, which turns "$41" into
1941) with ``RELATIVE_BASE`` = the publication date and ``PREFER_DATES_FROM='past'``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .calendar_words import MONTH_NUMBERS, WEEKDAY_NUMBERS
from .nlp import Analysis

# ACLED time precision codes.
EXACT, WEEK, MONTH = 1, 2, 3

# An in-sentence date that lies this far before publication is history ("after the Taliban took
# Kabul on Aug. 15") when a nearer date governs the sentence from its context.
FAR_DAYS = 7
# A date this far after publication is an announcement ("elections on 8 August"), not the event.
FUTURE_DAYS = 0


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    sentence: int
    value: dt.date | None  # best single day; None when unresolvable (note says why)
    earliest: dt.date | None
    latest: dt.date | None
    precision: int | None  # ACLED time_precision 1-3
    note: str | None  # why value is None, or how it was resolved
    # How the date relates to its sentence: "event" when it dates the clause's own action ("police
    # fired on Monday"); "modifier" when it qualifies a noun ("to disrupt the Thursday election");
    # "background" when it dates something else ("after the Taliban took Kabul on Aug. 15", "a murder
    # which occurred on 7 February", "for the past two weeks").
    role: str = "event"

    @property
    def background(self) -> bool:
        return self.role == "background"


@dataclass(frozen=True, slots=True)
class DateChoice:
    value: dt.date | None
    precision: int | None
    evidence: tuple[DateMention, ...]
    note: str | None


# --------------------------------------------------------------------------- vocabulary

_WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "a couple of": 2, "couple of": 2, "a few": 3, "few": 3, "several": 3,
}  # fmt: skip
_UNIT_DAYS = {"day": 1, "night": 1, "week": 7, "month": 30, "year": 365}

_MONTH = (
    r"(?P<m>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?"
)
_MONTH_NC = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?"
)
_MONTH_FULL = (
    r"(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
_WEEKDAY = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_WEEKDAY_PREFIX = (
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?),?\s+(?:the\s+)?)?"
)
_DAY = r"(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_DAY2 = r"(?:\s*(?P<conn>-|–|—|to|and|or|&|/)\s*(?P<d2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?)"
_YEAR = r"(?P<y>(?:19|20)\d{2})\b"
_PART = r"(?P<pod>morning|afternoon|evening|night|midnight|noon|hours)"
_APPROX = (
    r"(?:(?P<approx>on\s+or\s+(?:around|about|before|after)|around|about|approximately|circa|"
    r"before|after|since|until|till|by|from|between)\s+)?"
)
_COUNT = (
    r"(?P<n>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|a\s+couple\s+of|couple\s+of|a\s+few|few|several)"
)
_UNIT = r"(?P<unit>day|night|week|month|year)s?"

# Each pattern: (kind, compiled regex). Matching is case-insensitive except where a month or weekday
# name stands alone: "may" and "march" are common words, so a lone month must be capitalised.
_I = re.IGNORECASE
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("week_of", re.compile(
        rf"\b(?:during\s+)?(?:the\s+)?week\s+(?:beginning|starting|commencing|of)\s+(?:(?:on|the)\s+)?"
        rf"(?:{_DAY}(?:\s+of)?\s+{_MONTH}|(?P<m2>{_MONTH_NC})\s*(?P<dd>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?)"
        rf"(?:,?\s+{_YEAR})?", _I)),
    ("dmy", re.compile(
        rf"{_APPROX}\b{_WEEKDAY_PREFIX}{_DAY}{_DAY2}?(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR})?", _I)),
    ("mdy", re.compile(
        rf"{_APPROX}\b{_WEEKDAY_PREFIX}{_MONTH}\s*{_DAY}\b{_DAY2}?\b(?!\s*(?:%|km|kilomet|per\b))"
        rf"(?:,?\s+{_YEAR})?", _I)),
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<a>[01]\d)-(?P<b>[0-3]\d)\b")),
    ("numeric", re.compile(
        rf"{_APPROX}\b(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[01]?\d)"
        rf"(?:(?P=sep)(?P<y>(?:19|20)?\d{{2}}))?\b(?![/.]\d)", _I)),
    ("month_year", re.compile(
        rf"{_APPROX}(?:\b(?P<mod>early|mid|late|end\s+of|beginning\s+of|middle\s+of|start\s+of)[\s-]+"
        rf"(?:the\s+month\s+of\s+)?)?\b{_MONTH}\s*,?\s+(?:of\s+)?{_YEAR}", _I)),
    ("month", re.compile(
        rf"{_APPROX}(?:\b(?P<mod>[Ee]arly|[Mm]id|[Ll]ate|[Ee]nd\s+of|[Bb]eginning\s+of|[Mm]iddle\s+of|[Ss]tart\s+of|"
        rf"(?:[Ee]arlier|[Ll]ater)\s+in|[Ll]ast|[Tt]his)[\s-]+(?:the\s+month\s+of\s+)?|(?P<prep>\b(?:[Ii]n|[Dd]uring|[Tt]hroughout|[Oo]f)\s+(?:the\s+month\s+of\s+)?|\b[Tt]he\s+month\s+of\s+))?"
        rf"\b{_MONTH_FULL}(?!\s+\d)")),
    ("weekday", re.compile(
        rf"{_APPROX}\b(?:(?P<mod>early|late|last|this\s+past|this|past|previous|next|coming)\s+(?:on\s+)?)?"
        rf"(?:(?:the\s+)?(?P<pod1>morning|afternoon|evening|night)\s+of\s+)?{_WEEKDAY}"
        rf"(?:,?\s+(?:the\s+)?(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b(?!\s*(?:of\s+)?{_MONTH_NC}))?"
        rf"(?:\s+{_PART})?", _I)),
    ("day_only", re.compile(
        rf"\b(?:(?:the\s+)?(?P<pod1>morning|afternoon|evening|night)\s+of\s+)?\bthe\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b"
        rf"(?!\s+(?:of\s+)?(?:{_MONTH_NC}|century|anniversary|time|day|round|floor|division|battalion|"
        r"brigade|regiment|amendment|parliament|congress|session|edition))", _I)),
    ("relative", re.compile(
        r"\b(?:(?P<mod>late|early)\s+)?(?:(?P<word>the\s+day\s+before\s+yesterday|yesterday|today|tonight|"
        r"last\s+night|overnight|(?:over|during|at)\s+the\s+weekend|(?:this|last|past|previous)\s+weekend|"
        r"(?:earlier|later)\s+(?:today|this\s+(?:week|month|year)|in\s+the\s+week)|"
        r"this\s+(?:morning|afternoon|evening|week|month|year)|"
        r"(?:last|past|previous)\s+(?:week|month|year))(?:'s)?)"
        rf"(?:\s+{_PART})?", _I)),
    ("span_back", re.compile(
        rf"\b(?P<lead>(?:over|for|in|during|within)\s+)?(?:the\s+)?(?:past|last|previous|recent)\s+{_COUNT}\s+{_UNIT}"
        rf"|\b(?P<lead1>(?:over|for|in|during|within)\s+)?the\s+(?:past|last|recent)\s+"
        rf"(?P<unit1>day|week|month|year)\b", _I)),
    ("ago", re.compile(rf"\b{_COUNT}\s+{_UNIT}\s+ago\b", _I)),
    ("anaphoric", re.compile(
        r"\b(?:(?P<anchor_word>the\s+(?:previous|preceding|following|next|same|prior)\s+(?:day|night|morning|evening|afternoon|week|month)|"
        r"the\s+day\s+(?:before|after)|the\s+night\s+before|that\s+(?:same\s+)?(?:day|night|morning|evening|afternoon|week)|"
        r"(?:earlier|later)\s+(?:that|the\s+same)\s+(?:day|night|morning|evening|week)|a\s+day\s+(?:later|earlier|before|after))"
        rf"|{_COUNT}\s+{_UNIT}\s+(?P<dir>later|earlier|before|after)\b)", _I)),
    ("year", re.compile(r"\b(?P<prep>in|during|since|of|until|by|from)\s+(?P<y>(?:19|20)\d{2})\b(?![-/]\d)", _I)),
)

# Words that make the clause a date sits in background to the sentence's main action.
_BACKGROUND_MARKS = frozenset({"after", "since", "before", "until", "till", "following", "prior", "ever"})
_BACKGROUND_APPROX = frozenset({"before", "after", "since", "until", "till", "from", "between"})


@dataclass(frozen=True, slots=True)
class _Resolved:
    value: dt.date | None
    earliest: dt.date | None
    latest: dt.date | None
    precision: int | None
    note: str | None


def _unresolved(note: str) -> _Resolved:
    return _Resolved(None, None, None, None, note)


def _day(value: dt.date, note: str, precision: int = EXACT) -> _Resolved:
    return _Resolved(value, value, value, precision, note)


def _interval(earliest: dt.date, latest: dt.date, precision: int, note: str, value: dt.date | None = None) -> _Resolved:
    if latest < earliest:
        latest = earliest
    if value is None:
        value = earliest + (latest - earliest) // 2
    return _Resolved(value, earliest, latest, precision, note)


def _precision_for(days: int) -> int:
    """ACLED precision for an interval of ``days`` days."""
    if days <= 1:
        return EXACT
    return WEEK if days <= 7 else MONTH


# --------------------------------------------------------------------------- calendar helpers


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _recent(month: int, day: int, published: dt.date) -> dt.date | None:
    """The ``month``/``day`` nearest ``published``, a day after it counting as three days before it.

    "On 5 July" in a report of 20 July is this year's; "on 20 December" in a report of 5 January is
    last year's; "elections on 8 August" in a report of 1 August is this year's (an announcement,
    which event dating then sets aside), not a date eleven months back.
    """
    best: tuple[int, dt.date] | None = None
    for year in range(published.year - 4, published.year + 2):
        d = _safe_date(year, month, day)
        if d is None:
            continue
        gap = (published - d).days
        cost = gap if gap >= 0 else -3 * gap
        if best is None or cost < best[0]:
            best = (cost, d)
    return best[1] if best else None


def _weekday_back(published: dt.date, weekday: int, strict: bool) -> dt.date:
    back = (published.weekday() - weekday) % 7
    if back == 0 and strict:
        back = 7
    return published - dt.timedelta(days=back)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _count(text: str | None) -> int | None:
    if text is None:
        return None
    t = " ".join(text.lower().split())
    if t.isdigit():
        return int(t)
    return _WORD_NUMBERS.get(t)


def _year(text: str | None) -> int | None:
    if not text:
        return None
    y = int(text)
    return y + 2000 if y < 100 else y


# --------------------------------------------------------------------------- resolution per kind


def _approx_adjust(res: _Resolved, approx: str | None) -> _Resolved:
    """'around X' and 'on or before X' widen the day into a few days (ACLED precision 2)."""
    if res.value is None or not approx:
        return res
    a = " ".join(approx.lower().split())
    three = dt.timedelta(days=3)
    if a in ("on or around", "on or about", "around", "about", "approximately", "circa"):
        return _Resolved(res.value, res.earliest - three, res.latest + three,
                         max(res.precision or 1, WEEK), f"{res.note}; approximate ('{a}')")
    if a in ("on or before", "by"):
        return _Resolved(res.value, res.earliest - three, res.latest,
                         max(res.precision or 1, WEEK), f"{res.note}; '{a}': that day or shortly before")
    if a == "on or after":
        return _Resolved(res.value, res.earliest, res.latest + three,
                         max(res.precision or 1, WEEK), f"{res.note}; 'on or after': that day or shortly after")
    return res


def _resolve_day_month(
    day: int, month: int, year: int | None, day2: int | None, published: dt.date | None, written: str,
    conn: str | None = None,
) -> _Resolved:
    if year is not None:
        first = _safe_date(year, month, day)
        note = f"written date '{written}'"
    elif published is not None:
        first = _recent(month, day, published)
        note = f"written date '{written}' without a year: the such day nearest publication"
    else:
        return _unresolved(f"'{written}' has no year and there is no publication date to supply one")
    if first is None:
        return _unresolved(f"'{written}' is not a calendar date")
    if day2 is not None and day2 != day:
        last = _safe_date(first.year, first.month, day2)
        if last is not None and last > first:
            # a span of days ("15-16 January", "September 11th and 12th"): ACLED codes its first day
            span = (last - first).days + 1
            if conn and conn.lower() == "or":
                # "11 or 12 June": one day, not known which; ACLED's files mostly code the later
                return _interval(first, last, WEEK, f"{note}; one of two days, the later taken", last)
            # a span of days ("15-16 January", "September 11th and 12th"): ACLED codes one event per
            # day; the first day stands for the span here
            return _interval(first, last, _precision_for(span),
                             f"{note}; a span of {span} days, first day taken", first)
    return _day(first, note)


def _resolve_numeric(a: int, b: int, year: int | None, published: dt.date | None, written: str) -> _Resolved:
    readings = []
    for day, month, order in ((a, b, "day/month"), (b, a, "month/day")):
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        if year is not None:
            d = _safe_date(year, month, day)
        elif published is not None:
            d = _recent(month, day, published)
        else:
            d = None
        if d is not None:
            readings.append((d, order))
    if not readings:
        if year is None and published is None:
            return _unresolved(f"'{written}' has no year and there is no publication date to supply one")
        return _unresolved(f"'{written}' is not a calendar date")
    if len(readings) == 2 and readings[0][0] != readings[1][0]:
        if published is not None:
            past = [r for r in readings if r[0] <= published] or readings
            d, order = max(past, key=lambda r: r[0])
            return _day(d, f"numeric date '{written}' is ambiguous; {order} reading is nearest before publication")
        d, order = readings[0]
        return _day(d, f"numeric date '{written}' is ambiguous; day/month order assumed")
    d, order = readings[0]
    return _day(d, f"numeric date '{written}' read as {order}")


_MOD_DAYS = {"early": (1, 10), "beginning of": (1, 10), "start of": (1, 10), "mid": (11, 20), "middle of": (11, 20),
             "late": (21, 31), "end of": (21, 31)}


def _resolve_month(month: int, year: int | None, mod: str | None, published: dt.date | None, written: str) -> _Resolved:
    mod = " ".join(mod.lower().split()) if mod else None
    if mod in ("last",):
        if published is None:
            return _unresolved(f"'{written}' is relative and there is no publication date")
        year = published.year if month < published.month else published.year - 1
    elif mod in ("this", "earlier in", "later in") and year is None:
        if published is None:
            return _unresolved(f"'{written}' is relative and there is no publication date")
        year = published.year
    if year is None:
        if published is None:
            return _unresolved(f"'{written}' has no year and there is no publication date to supply one")
        year = published.year if month <= published.month else published.year - 1
    first, last = dt.date(year, month, 1), _month_end(year, month)
    if mod in _MOD_DAYS:
        lo, hi = _MOD_DAYS[mod]
        first = dt.date(year, month, lo)
        last = dt.date(year, month, min(hi, last.day))
    value = first + (last - first) // 2 if mod in _MOD_DAYS else dt.date(year, month, 15)
    if published is not None and published.year == year and published.month == month:
        last = min(last, published)
        value = min(value, published)
        first = min(first, last)
    note = f"month '{written}'" + (" (middle of the month, as ACLED codes a month)" if mod not in _MOD_DAYS else "")
    return _interval(first, last, MONTH, note, value)


def _resolve_weekday(m: re.Match[str], published: dt.date | None, written: str) -> _Resolved:
    weekday = WEEKDAY_NUMBERS[m.group("wd").lower()]
    mod = " ".join((m.group("mod") or "").lower().split())
    day = int(m.group("d")) if m.group("d") else None
    if published is None:
        return _unresolved(f"weekday '{written}' needs a publication date to resolve")
    if mod in ("next", "coming"):
        ahead = (weekday - published.weekday()) % 7 or 7
        return _day(published + dt.timedelta(days=ahead), f"'{written}': the next such day after publication")
    strict = mod in ("last", "past", "this past", "previous")
    if day is not None:
        # "Monday 24th": the most recent day numbered 24 that fell on a Monday
        d = published
        for _ in range(400):
            if d.day == day and d.weekday() == weekday:
                return _day(d, f"'{written}': most recent such weekday and day of month before publication")
            d -= dt.timedelta(days=1)
    d = _weekday_back(published, weekday, strict)
    how = "most recent such day strictly before publication" if strict else (
        "the publication day itself (same weekday)" if d == published else "most recent such day before publication"
    )
    return _day(d, f"weekday '{written}': {how}")


def _resolve_relative(m: re.Match[str], published: dt.date | None, written: str) -> _Resolved:
    if published is None:
        return _unresolved(f"'{written}' is relative and there is no publication date")
    word = " ".join(m.group("word").lower().replace("'s", "").split())
    p = published
    one = dt.timedelta(days=1)
    if word == "yesterday":
        return _day(p - one, "'yesterday': the day before publication")
    if word == "the day before yesterday":
        return _day(p - 2 * one, "two days before publication")
    if word in ("today", "tonight", "earlier today", "later today") or word.startswith("this ") and word.split()[1] in (
        "morning", "afternoon", "evening"
    ):
        return _day(p, f"'{word}': the publication day")
    if word in ("last night", "overnight"):
        return _interval(p - one, p, EXACT,
                         f"'{word}': the night before publication, coded on the day it began", p - one)
    if word.endswith("weekend"):
        # the most recent Saturday-Sunday that began before publication (or this weekend, if it is one)
        sat = _weekday_back(p, 5, strict=word.startswith(("last", "past", "previous")))
        return _interval(sat, min(sat + one, p), WEEK, f"'{word}': the weekend of {sat.isoformat()}", sat)
    if word in ("this week", "earlier this week", "earlier in the week", "later this week"):
        monday = _monday(p)
        latest = p - one if word.startswith("earlier") and p > monday else p
        return _interval(monday, latest, WEEK, f"'{word}': the publication week up to publication")
    if word in ("last week", "past week", "previous week"):
        monday = _monday(p) - 7 * one
        return _interval(monday, monday + 6 * one, WEEK, f"'{word}': the week before the publication week, "
                         "coded on its Wednesday", monday + 2 * one)
    if word in ("this month", "earlier this month", "later this month"):
        first = p.replace(day=1)
        latest = p - one if word.startswith("earlier") and p > first else p
        return _interval(first, latest, MONTH, f"'{word}': the publication month up to publication")
    if word in ("last month", "past month", "previous month"):
        last = p.replace(day=1) - one
        return _interval(last.replace(day=1), last, MONTH, f"'{word}': the month before publication",
                         last.replace(day=15))
    if word in ("this year", "earlier this year", "later this year"):
        return _Resolved(None, p.replace(month=1, day=1), p, MONTH, f"'{word}': a whole year is too coarse for a day")
    if word in ("last year", "past year", "previous year"):
        return _Resolved(None, dt.date(p.year - 1, 1, 1), dt.date(p.year - 1, 12, 31), MONTH,
                         f"'{word}': a whole year is too coarse for a day")
    return _unresolved(f"'{written}' not understood")


def _resolve_span_back(m: re.Match[str], published: dt.date | None, written: str) -> _Resolved:
    n = _count(m.group("n")) if m.group("n") else 1
    unit = _UNIT_DAYS[(m.group("unit") or m.group("unit1")).lower()]
    if n is None:
        return _unresolved(f"'{written}': count not understood")
    if published is None:
        return _unresolved(f"'{written}' is relative and there is no publication date")
    days = n * unit
    earliest = published - dt.timedelta(days=days)
    return _interval(earliest, published, _precision_for(days + 1), f"'{written}': the {days} days up to publication")


def _resolve_ago(m: re.Match[str], published: dt.date | None, written: str) -> _Resolved:
    n = _count(m.group("n"))
    unit = m.group("unit").lower()
    if n is None:
        return _unresolved(f"'{written}': count not understood")
    if published is None:
        return _unresolved(f"'{written}' is relative and there is no publication date")
    if unit in ("day", "night"):
        return _day(published - dt.timedelta(days=n), f"'{written}' before publication")
    if unit == "week":
        centre = published - dt.timedelta(days=7 * n)
        return _interval(centre - dt.timedelta(days=3), centre + dt.timedelta(days=3), WEEK, f"'{written}'", centre)
    centre = published - dt.timedelta(days=_UNIT_DAYS[unit] * n)
    if unit == "year":
        return _Resolved(None, centre - dt.timedelta(days=182), centre + dt.timedelta(days=182), MONTH,
                         f"'{written}': a year is too coarse for a day")
    return _interval(centre - dt.timedelta(days=15), centre + dt.timedelta(days=15), MONTH, f"'{written}'", centre)


_ANAPHORA = {
    "the previous day": -1, "the preceding day": -1, "the prior day": -1, "the day before": -1,
    "the night before": -1, "the previous night": -1, "the previous evening": -1, "the previous morning": -1,
    "the previous afternoon": -1, "a day earlier": -1, "a day before": -1,
    "the following day": 1, "the next day": 1, "the day after": 1, "the next morning": 1,
    "the following morning": 1, "the next night": 1, "the following night": 1, "the next evening": 1,
    "the following evening": 1, "a day later": 1, "a day after": 1,
    "the previous week": -7, "the preceding week": -7, "the prior week": -7, "the following week": 7,
    "the next week": 7, "the previous month": -30, "the preceding month": -30, "the prior month": -30,
    "the following month": 30, "the next month": 30,
}  # fmt: skip


def _resolve_anaphoric(m: re.Match[str], anchor: DateMention | None, written: str) -> _Resolved:
    if anchor is None or anchor.value is None:
        return _unresolved(f"'{written}' counts from an earlier date and none was found")
    if m.group("anchor_word"):
        word = " ".join(m.group("anchor_word").lower().split())
        if word.startswith(("that", "earlier", "later", "the same")):
            if word.endswith("week"):
                return _interval(_monday(anchor.value), _monday(anchor.value) + dt.timedelta(days=6), WEEK,
                                 f"'{written}': the week of '{anchor.text}'", anchor.value)
            return _Resolved(anchor.value, anchor.earliest, anchor.latest, anchor.precision,
                             f"'{written}': the day of '{anchor.text}'")
        shift = _ANAPHORA.get(word)
        if shift is None:
            return _unresolved(f"'{written}' not understood")
    else:
        n = _count(m.group("n"))
        if n is None:
            return _unresolved(f"'{written}': count not understood")
        unit = _UNIT_DAYS[m.group("unit").lower()]
        sign = -1 if m.group("dir").lower() in ("earlier", "before") else 1
        shift = sign * n * unit
    value = anchor.value + dt.timedelta(days=shift)
    precision = max(anchor.precision or EXACT, MONTH if abs(shift) >= 28 else WEEK if abs(shift) >= 7 else EXACT)
    return _Resolved(value, value, value, precision, f"'{written}': {shift:+d} days from '{anchor.text}'")


def _resolve_year(m: re.Match[str], written: str) -> _Resolved:
    y = int(m.group("y"))
    return _Resolved(None, dt.date(y, 1, 1), dt.date(y, 12, 31), MONTH,
                     f"'{written}': a whole year is too coarse for a day")


def _resolve_week_of(m: re.Match[str], published: dt.date | None, written: str) -> _Resolved:
    month = MONTH_NUMBERS[(m.group("m") or m.group("m2")).lower().rstrip(".")]
    day = int(m.group("d") or m.group("dd"))
    res = _resolve_day_month(day, month, _year(m.group("y")), None, published, written)
    if res.value is None:
        return res
    start = res.value
    return _interval(start, start + dt.timedelta(days=6), WEEK, f"'{written}': a week, coded on its third day",
                     start + dt.timedelta(days=2))


# --------------------------------------------------------------------------- dateparser fallback

_HAS_ANCHOR = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*day\b|\d{1,2}/\d{1,2}",
    _I,
)
_DURATION_ONLY = re.compile(
    r"^\W*(?:the\s+)?(?:\d+|[a-z]+)(?:-|\s+)(?:year|month|week|day|hour)s?(?:-old|\s+old)?\W*$",
    _I,
)


@lru_cache(maxsize=4096)
def _dateparser_parse(text: str, base: dt.date) -> tuple[dt.date, str] | None:
    """``dateparser`` on one span; cached because the same spans recur across a corpus."""
    parser = _date_data_parser(base)
    data = parser.get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date(), data.period or "day"


@lru_cache(maxsize=64)
def _date_data_parser(base: dt.date):  # type: ignore[no-untyped-def]
    from dateparser.date import DateDataParser

    settings = {
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "STRICT_PARSING": False,
    }
    return DateDataParser(languages=["en"], settings=settings)


def _resolve_with_dateparser(text: str, published: dt.date | None) -> _Resolved | None:
    if not _HAS_ANCHOR.search(text) or _DURATION_ONLY.match(text):
        return None
    if published is None:
        return None  # dateparser would fill missing parts from today's clock
    parsed = _dateparser_parse(text, published)
    if parsed is None:
        return None
    value, period = parsed
    if period == "day":
        return _day(value, f"'{text}' parsed by dateparser")
    if period == "week":
        monday = _monday(value)
        return _interval(monday, monday + dt.timedelta(days=6), WEEK, f"'{text}' parsed by dateparser (a week)")
    if period == "month":
        return _resolve_month(value.month, value.year, None, published, text)
    return _Resolved(None, value.replace(month=1, day=1), value.replace(month=12, day=31), MONTH,
                     f"'{text}' parsed by dateparser: a whole year is too coarse for a day")


# --------------------------------------------------------------------------- finding spans


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    kind: str
    match: re.Match[str] | None


def _candidates(text: str) -> list[_Candidate]:
    found: list[_Candidate] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if m.end() > m.start():
                found.append(_Candidate(m.start(), m.end(), kind, m))
    # longest first; earlier pattern kinds win ties
    order = {kind: i for i, (kind, _) in enumerate(_PATTERNS)}
    found.sort(key=lambda c: (-(c.end - c.start), order[c.kind], c.start))
    taken: list[_Candidate] = []
    for c in found:
        if any(c.start < t.end and t.start < c.end for t in taken):
            continue
        taken.append(c)
    return sorted(taken, key=lambda c: c.start)


def _role(analysis: Analysis, start: int, end: int, approx: str | None, kind: str) -> str:
    """Does the date belong to the clause's own action ("event"), to a noun ("modifier"), or to
    something else ("background")?

    Background: "after/since/before/until" clauses and phrases, relative clauses and other clauses
    that modify a noun ("herders killed on 20/12", "a murder which occurred on 7 February"), and
    spans of time up to publication ("for the past two weeks"). Modifier: a date written as part of
    a noun phrase in object position ("to disrupt the Thursday election"); on the subject ("the
    Monday clashes left five dead") or a setting ("killed in a Monday raid") it dates the clause. A
    prepositional date hanging from a noun ("forces on Thursday night") is read as dating the clause:
    the parser attaches temporal phrases to nearby nouns far more often than writers mean it.
    """
    if approx and " ".join(approx.lower().split()) in _BACKGROUND_APPROX:
        return "background"
    if kind == "span_back":
        return "background"
    first = analysis.token_at(start)
    if first is None:
        return "event"
    tokens = analysis.tokens
    sent = analysis.sentences[first.sent]
    inside = [t for t in tokens[first.i : sent.last] if t.start < end]
    ids = {t.i for t in inside}
    head = next((t for t in inside if t.head not in ids or t.head == t.i), None)
    if head is None:
        return "event"
    kids: dict[int, list] = {}
    for t in tokens[sent.first : sent.last]:
        if t.head != t.i:
            kids.setdefault(t.head, []).append(t)

    def marked(verb_i: int) -> bool:
        return any(c.dep in ("mark", "prep") and c.lower in _BACKGROUND_MARKS for c in kids.get(verb_i, []))

    role = "event"
    node = head
    if node.dep in ("compound", "amod", "nmod", "poss") and tokens[node.head].pos in ("NOUN", "PROPN"):
        if _noun_in_object_position(analysis, tokens[node.head]):
            role = "modifier"
    for _ in range(24):
        if node.head == node.i:
            return role
        parent = tokens[node.head]
        if node.dep == "pobj" and parent.lower in _BACKGROUND_MARKS:
            return "background"
        if node.pos in ("VERB", "AUX"):
            if node.dep in ("advcl", "pcomp") and (marked(node.i) or parent.lower in _BACKGROUND_MARKS):
                return "background"
            if node.dep in ("relcl", "acl"):
                return "background"
            if node.dep in ("advcl", "ROOT"):
                return role
        node = parent
    return role


def _noun_in_object_position(analysis: Analysis, noun: object) -> bool:
    tokens = analysis.tokens
    dep = noun.dep  # type: ignore[attr-defined]
    if dep in ("nsubj", "nsubjpass", "ROOT"):
        return False
    if dep == "pobj":
        prep = tokens[noun.head]  # type: ignore[attr-defined]
        if prep.lower in ("in", "during", "at") and tokens[prep.head].pos in ("VERB", "AUX"):
            return False  # "killed in a Monday raid"
    return True


def _overlaps(start: int, end: int, skip: Sequence[tuple[int, int]]) -> bool:
    return any(a < end and start < b for a, b in skip)


def find_dates(
    analysis: Analysis, published: dt.date | None, *, skip: Sequence[tuple[int, int]] = ()
) -> tuple[DateMention, ...]:
    """Every date mention in the article, resolved against ``published`` (never against today)."""
    text = analysis.text
    candidates = [c for c in _candidates(text) if not _overlaps(c.start, c.end, skip)]
    covered = [(c.start, c.end) for c in candidates]
    for ent in analysis.entities:
        if ent.label not in ("DATE", "TIME") or _overlaps(ent.start, ent.end, skip):
            continue
        if _overlaps(ent.start, ent.end, covered):
            continue
        candidates.append(_Candidate(ent.start, ent.end, "entity", None))
    candidates.sort(key=lambda c: c.start)

    mentions: list[DateMention] = []
    for c in candidates:
        sentence = analysis.sentence_of(c.start)
        if sentence is None:
            continue
        written = text[c.start : c.end]
        m = c.match
        approx = m.groupdict().get("approx") if m is not None else None
        res = _resolve(c, m, written, published, mentions)
        if res is None:
            continue
        if m is not None and c.kind not in ("anaphoric",):
            res = _approx_adjust(res, approx)
        role = _role(analysis, c.start, c.end, approx, c.kind)
        mentions.append(
            DateMention(
                start=c.start,
                end=c.end,
                text=written,
                sentence=sentence,
                value=res.value,
                earliest=res.earliest,
                latest=res.latest,
                precision=res.precision,
                note=res.note,
                role=role,
            )
        )
    return tuple(mentions)


def _resolve(
    c: _Candidate, m: re.Match[str] | None, written: str, published: dt.date | None, earlier: Sequence[DateMention]
) -> _Resolved | None:
    if m is None:
        return _resolve_with_dateparser(written, published)
    kind = c.kind
    if kind in ("dmy", "mdy"):
        month = MONTH_NUMBERS[m.group("m").lower().rstrip(".")]
        d2 = int(m.group("d2")) if m.group("d2") else None
        return _resolve_day_month(int(m.group("d")), month, _year(m.group("y")), d2, published, written,
                                  m.group("conn"))
    if kind == "iso":
        return _resolve_day_month(int(m.group("b")), int(m.group("a")), int(m.group("y")), None, published, written)
    if kind == "numeric":
        a, b = int(m.group("a")), int(m.group("b"))
        if m.group("sep") == "." and not m.group("y"):
            return None  # "1.5" is a decimal, not a date
        return _resolve_numeric(a, b, _year(m.group("y")), published, written)
    if kind in ("month_year", "month"):
        month = MONTH_NUMBERS[m.group("m").lower().rstrip(".")]
        year = _year(m.groupdict().get("y"))
        if kind == "month" and m.group("m") in ("May", "March") and not (m.group("mod") or m.group("prep")):
            return None  # "May" and "March" alone are as likely a verb as a month
        return _resolve_month(month, year, m.group("mod"), published, written)
    if kind == "weekday":
        return _resolve_weekday(m, published, written)
    if kind == "day_only":
        if published is None:
            return _unresolved(f"'{written}' needs a publication date to supply month and year")
        day = int(m.group("d"))
        d = published
        for _ in range(62):
            if d.day == day:
                return _day(d, f"'{written}': the most recent such day of the month before publication")
            d -= dt.timedelta(days=1)
        return None
    if kind == "relative":
        return _resolve_relative(m, published, written)
    if kind == "span_back":
        return _resolve_span_back(m, published, written)
    if kind == "ago":
        return _resolve_ago(m, published, written)
    if kind == "anaphoric":
        anchor = next((e for e in reversed(earlier) if e.value is not None and e.precision is not None), None)
        return _resolve_anaphoric(m, anchor, written)
    if kind == "year":
        return _resolve_year(m, written)
    if kind == "week_of":
        return _resolve_week_of(m, published, written)
    return None


# --------------------------------------------------------------------------- choosing an event's date


def _usable(m: DateMention, published: dt.date | None) -> bool:
    if m.value is None or m.precision is None:
        return False
    if published is not None and m.value > published + dt.timedelta(days=FUTURE_DAYS):
        return False  # an announcement of something still to come
    return True


def _far(m: DateMention, published: dt.date | None) -> bool:
    if published is None or m.latest is None:
        return False
    return (published - m.latest).days > FAR_DAYS


def _best_in_sentence(cands: Sequence[DateMention]) -> DateMention:
    # the most specific date; among equals, the first written
    return min(cands, key=lambda m: (m.precision or 9, m.start))


def event_date(
    mentions: Sequence[DateMention], sentence: int, published: dt.date | None, *, undated_lag_days: int = 0
) -> DateChoice:
    """The date of an event whose trigger is in ``sentence``.

    Preference: a date that dates the trigger's own sentence; else the nearest earlier date that
    governs it (the same paragraph comes first by being nearer, then earlier in the article); else a
    date that only qualifies a noun of the sentence ("the Monday raid"); else the publication date,
    which is what ACLED codes when a report gives none (precision 2: the event may be some days
    older). A date far before publication in the sentence (history recalled in passing) gives way to
    a nearer governing date from the context, and a background date ("after ... on Aug. 15") never
    dates the sentence's own event.

    ``undated_lag_days`` moves the fallback that many days before publication, for sources (daily
    papers, coders' summaries) whose undated reports describe the previous day; 0 follows ACLED.
    """
    usable = [m for m in mentions if _usable(m, published)]
    own = [m for m in usable if m.sentence == sentence]
    foreground = [m for m in own if m.role == "event"]
    near_own = [m for m in foreground if not _far(m, published)]
    if near_own:
        best = _best_in_sentence(near_own)
        return DateChoice(best.value, best.precision, (best,), f"date in the event's sentence: {best.note}")

    earlier = sorted((m for m in usable if m.sentence < sentence and m.role == "event"), key=lambda m: -m.start)
    governing = next((m for m in earlier if not _far(m, published)), None)
    if foreground and governing is None:
        best = _best_in_sentence(foreground)
        return DateChoice(best.value, best.precision, (best,), f"date in the event's sentence: {best.note}")
    if governing is not None:
        why = "nearest earlier date that governs the sentence"
        if foreground:
            why += f" (the sentence's own '{foreground[0].text}' lies far before publication)"
        elif own:
            why += (f" (the sentence's '{own[0].text}' "
                    f"{'is background to it' if own[0].background else 'only qualifies a noun'})")
        return DateChoice(governing.value, governing.precision, (governing,), f"{why}: {governing.note}")
    modifiers = [m for m in own if m.role == "modifier" and not _far(m, published)]
    if modifiers:
        best = _best_in_sentence(modifiers)
        return DateChoice(best.value, best.precision, (best,),
                          f"date qualifying a noun of the event's sentence: {best.note}")
    if earlier:
        m = earlier[0]
        return DateChoice(m.value, m.precision, (m,), f"nearest earlier date, though far before publication: {m.note}")
    if published is not None:
        if undated_lag_days:
            return DateChoice(
                published - dt.timedelta(days=undated_lag_days),
                WEEK,
                (),
                f"no date governs this event: {undated_lag_days} day(s) before publication is assumed, as the "
                "source's undated reports describe the previous day (precision 2)",
            )
        return DateChoice(
            published,
            WEEK,
            (),
            "no date governs this event: the publication date is used, as ACLED codes the report date when "
            "a report gives none; the event may have happened some days before (precision 2)",
        )
    return DateChoice(None, None, (), "no date in the text governs this event and there is no publication date")


__all__ = ["DateChoice", "DateMention", "event_date", "find_dates"]
