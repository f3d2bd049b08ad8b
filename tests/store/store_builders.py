"""Hand-built records for the store tests, and Hypothesis strategies for any valid result.

All text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field, replace
from typing import Any

from hypothesis import strategies as st

from fogwatch.records import (
    Article,
    ArticleInfo,
    ArticleResult,
    Claim,
    Contradiction,
    Event,
    Evidence,
    Problem,
    Quantity,
    Speaker,
    TextSpan,
)


def event(eid: str = "e1", **changes: Any) -> Event:
    base = Event(
        id=eid, event_date=dt.date(2023, 5, 4), time_precision=1, event_type="Battles",
        sub_event_type="Armed clash", actor1="Rebel Front", inter1=2, actor2="Military Forces of Ruritania",
        inter2=1, country="Ruritania", admin1="North Valley", admin2="Upper District", location="Millbrook",
        latitude=12.5, longitude=40.25, geo_precision=1, fatalities=3, fatalities_low=3, fatalities_best=3,
        fatalities_high=12, evidence=(Evidence(0, 12, "event_type", "fighting in"),))
    return replace(base, **changes)


def claim(cid: str = "c1", **changes: Any) -> Claim:
    base = Claim(
        id=cid, content=TextSpan("twelve soldiers were killed", 40, 67), cue=TextSpan("said", 68, 72),
        speaker=Speaker("Ana Roth", 20, 28, "Ana Roth", "spokeswoman", "Rebel Front", "person"),
        quote_type="indirect", party="Rebel Front", channel="in a statement", reported_via=("Wire Agency",),
        evidence_status="none_stated", topic="casualties",
        quantity=Quantity(12, None, None, None, "people killed", "Military Forces of Ruritania"), event_id="e1")
    return replace(base, **changes)


def article_and_result(source_id: str, text: str, *, events: tuple[Event, ...] = (), claims: tuple[Claim, ...] = (),
                       contradictions: tuple[Contradiction, ...] = (), outlet: str | None = "Valley Post",
                       published: dt.date | None = dt.date(2023, 5, 5)) -> tuple[Article, ArticleResult]:
    article = Article(id=source_id, text=text, title=f"Report {source_id}", published=published, outlet=outlet,
                      url=f"https://news.invalid/{source_id}")
    info = ArticleInfo(source_id, article.title, published, outlet, article.url)
    return article, ArticleResult(article=info, events=events, claims=claims, contradictions=contradictions)


def small_result(n: int) -> tuple[Article, ArticleResult]:
    """The n-th of many small, distinct results (for batch and timing tests)."""
    text = f"Report {n}: fighting in Millbrook left three dead, a spokeswoman said on Thursday."
    return article_and_result(
        f"a{n}", text, events=(event("e1"),),
        claims=(claim("c1"), claim("c2", party="Military Forces of Ruritania", quantity=None, event_id="e1")),
        contradictions=(Contradiction(("c1", "c2"), "casualties", "12 killed vs no losses"),))


@dataclass(frozen=True)
class Cluster:
    """Stands in for reconciliation's record: anything with ClusterLike's attributes will do."""

    id: str
    member_keys: tuple[str, ...]
    contested: bool = False
    n_sources: int = 1
    first_reported: dt.date | None = dt.date(2023, 5, 5)
    last_reported: dt.date | None = dt.date(2023, 5, 6)
    fields: dict[str, Any] = field(default_factory=lambda: {"event_type": "Battles", "fatalities": {"best": 3}})


def unique_hash() -> str:
    return uuid.uuid4().hex


# --------------------------------------------------------------------------- Hypothesis strategies

# Both backends keep any Unicode text except NUL and lone surrogates (the store refuses those).
text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12)
opt_text = st.none() | text
small = st.integers(-(2**31), 2**31 - 1)  # INTEGER is 32-bit on PostgreSQL
opt_small = st.none() | small
coordinate = st.none() | st.floats(-180, 180, allow_nan=False)
days = st.none() | st.dates()


def text_spans() -> st.SearchStrategy[TextSpan]:
    return st.builds(TextSpan, text, small, small)


def events_strategy(eid: st.SearchStrategy[str]) -> st.SearchStrategy[Event]:
    return st.builds(
        Event, id=eid, event_date=days, time_precision=opt_small, event_type=text, sub_event_type=text,
        actor1=opt_text, inter1=opt_small, actor2=opt_text, inter2=opt_small, country=opt_text, admin1=opt_text,
        admin2=opt_text, location=opt_text, latitude=coordinate, longitude=coordinate, geo_precision=opt_small,
        fatalities=small, fatalities_low=opt_small, fatalities_best=opt_small, fatalities_high=opt_small,
        evidence=st.lists(st.builds(Evidence, small, small, text, text), max_size=3).map(tuple),
        assoc_actor_1=opt_text, assoc_actor_2=opt_text, interaction=opt_small, notes=text, date_note=opt_text)


def claims_strategy(event_ids: list[str]) -> st.SearchStrategy[Claim]:
    speakers = st.none() | st.builds(Speaker, text, small, small, opt_text, opt_text, opt_text, text,
                                     st.none() | text_spans())
    quantities = st.none() | st.builds(Quantity, opt_small, opt_small, opt_small, opt_text, opt_text, opt_text)
    linked = st.none() | text | (st.sampled_from(event_ids) if event_ids else st.none())
    return st.builds(
        Claim, id=text, content=text_spans(), cue=st.none() | text_spans(), speaker=speakers, quote_type=text,
        party=opt_text, channel=opt_text, reported_via=st.lists(text, max_size=3).map(tuple),
        evidence_status=text, topic=text, quantity=quantities, event_id=linked, speaker_note=opt_text)


@st.composite
def articles_with_results(draw: st.DrawFn) -> tuple[Article, ArticleResult]:
    evs = draw(st.lists(events_strategy(text), max_size=3, unique_by=lambda e: e.id))
    cls = draw(st.lists(claims_strategy([e.id for e in evs]), max_size=4))
    ids = [c.id for c in cls] or ["x"]
    contradictions = draw(st.lists(st.builds(Contradiction, st.tuples(st.sampled_from(ids), st.sampled_from(ids)),
                                             text, text), max_size=2))
    info = draw(st.builds(ArticleInfo, text, opt_text, days, opt_text, opt_text))
    article = Article(id=info.id, text=draw(text), title=info.title, published=info.published, outlet=info.outlet,
                      url=info.url, country=draw(opt_text))
    result = ArticleResult(
        article=info, events=tuple(evs), claims=tuple(cls), contradictions=tuple(contradictions),
        language=draw(opt_text), warnings=tuple(draw(st.lists(st.builds(Problem, text, text), max_size=2))),
        error=draw(st.none() | st.builds(Problem, text, text)))
    return article, result
