import datetime as dt
import json

from hypothesis import given
from hypothesis import strategies as st

from fogwatch.records import (
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
    from_dict,
    to_dict,
)

text = st.text(max_size=20)
opt_text = st.none() | text
offset = st.integers(min_value=0, max_value=10_000)
opt_int = st.none() | st.integers(min_value=0, max_value=10_000)
coord = st.none() | st.floats(min_value=-90, max_value=90, allow_nan=False)

events = st.builds(
    Event,
    id=text,
    event_date=st.none() | st.dates(),
    time_precision=st.none() | st.sampled_from([1, 2, 3]),
    event_type=text,
    sub_event_type=text,
    actor1=opt_text,
    inter1=st.none() | st.integers(1, 8),
    actor2=opt_text,
    inter2=st.none() | st.integers(1, 8),
    country=opt_text,
    admin1=opt_text,
    admin2=opt_text,
    location=opt_text,
    latitude=coord,
    longitude=coord,
    geo_precision=st.none() | st.sampled_from([1, 2, 3]),
    fatalities=st.integers(0, 1000),
    fatalities_low=opt_int,
    fatalities_best=opt_int,
    fatalities_high=opt_int,
    evidence=st.lists(st.builds(Evidence, start=offset, end=offset, field=text, text=text), max_size=3).map(tuple),
)
spans = st.builds(TextSpan, text=text, start=offset, end=offset)
claims = st.builds(
    Claim,
    id=text,
    content=spans,
    cue=st.none() | spans,
    speaker=st.none()
    | st.builds(Speaker, text=text, start=offset, end=offset, name=opt_text, role=opt_text,
                affiliation=opt_text, kind=text, antecedent=st.none() | spans),
    quote_type=text,
    party=opt_text,
    channel=opt_text,
    reported_via=st.lists(text, max_size=3).map(tuple),
    evidence_status=text,
    topic=text,
    quantity=st.none() | st.builds(Quantity, value=opt_int, low=opt_int, high=opt_int, approximate=opt_text,
                                   unit=opt_text, whose=opt_text),
    event_id=opt_text,
)
results = st.builds(
    ArticleResult,
    article=st.builds(ArticleInfo, id=text, title=opt_text, published=st.none() | st.dates(), outlet=opt_text,
                      url=opt_text),
    events=st.lists(events, max_size=3).map(tuple),
    claims=st.lists(claims, max_size=3).map(tuple),
    contradictions=st.lists(st.builds(Contradiction, claims=st.tuples(text, text), kind=text, explanation=text),
                            max_size=2).map(tuple),
    warnings=st.lists(st.builds(Problem, code=text, message=text), max_size=2).map(tuple),
    error=st.none() | st.builds(Problem, code=text, message=text),
)


@given(results)
def test_result_round_trips_through_json(result):
    data = json.loads(json.dumps(to_dict(result)))
    assert from_dict(ArticleResult, data) == result


def test_dates_serialise_as_iso_strings():
    info = ArticleInfo(id="a", title=None, published=dt.date(2021, 9, 3), outlet=None, url=None)
    assert to_dict(info)["published"] == "2021-09-03"


def test_records_are_frozen():
    problem = Problem("x", "y")
    try:
        problem.code = "z"  # type: ignore[misc]
    except AttributeError:
        return
    raise AssertionError("records must be immutable")
