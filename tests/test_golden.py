"""Fixture articles (written for this project) against golden output and hand-coded expectations.

Two kinds of test per fixture in ``tests/fixtures/articles``:

* golden: the full output equals ``tests/golden/NAME.json``. After a deliberate change, run
  ``pytest tests/test_golden.py --update-golden`` and review the diff like code.
* expectations: each field an analyst coded by hand in ``NAME.json`` ("expect") is checked on its
  own. Where fogwatch is known to be wrong the check is listed in ``tests/fixtures/known_failures.toml``
  with the reason, and runs as a strict xfail: it fails loudly once fixed, so the list stays true.
"""

from __future__ import annotations

import json
import re
import tomllib
from functools import cache
from pathlib import Path

import pytest

from fogwatch.records import Article, to_dict

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "fixtures" / "articles"
GOLDEN = HERE / "golden"
KNOWN = tomllib.loads((HERE / "fixtures" / "known_failures.toml").read_text(encoding="utf-8"))

EVENT_FIELDS = (
    "event_type", "sub_event_type", "actor1", "actor2", "inter1", "inter2", "country", "admin1", "admin2",
    "location", "event_date", "time_precision", "fatalities", "fatalities_best", "fatalities_high",
)
CLAIM_FIELDS = ("speaker_name", "party", "cue", "quote_type", "topic", "channel", "reported_via", "evidence_status")


def fixture_names() -> list[str]:
    return sorted(p.stem for p in ARTICLES.glob("*.txt"))


def meta(name: str) -> dict:
    return json.loads((ARTICLES / f"{name}.json").read_text(encoding="utf-8"))


@cache
def output(name: str) -> dict:
    from fogwatch.pipeline import Pipeline

    m = meta(name)
    article = Article(
        id=m["id"],
        text=(ARTICLES / f"{name}.txt").read_text(encoding="utf-8"),
        title=m.get("title"),
        published=__import__("datetime").date.fromisoformat(m["published"]) if m.get("published") else None,
        outlet=m.get("outlet"),
        url=m.get("url"),
    )
    data = to_dict(next(Pipeline.load().extract_many([article])))
    if data["error"] is None:
        data.pop("error")
    return data


# ----------------------------------------------------------------------------------- golden files


@pytest.mark.parametrize("name", fixture_names())
def test_golden(name, request, pipeline):
    actual = output(name)
    path = GOLDEN / f"{name}.json"
    if request.config.getoption("--update-golden"):
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(json.dumps(actual, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        return
    assert path.exists(), f"no golden file for {name}: run pytest tests/test_golden.py --update-golden"
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert actual == expected, f"{name}: output differs from tests/golden/{name}.json (review, then --update-golden)"


# ----------------------------------------------------------------------------------- expectations


def _norm_actor(name):
    return re.sub(r"\s*\(\d{4}-(\d{4})?\)$", "", name or "").strip().lower()


def _match_event(expected: dict, produced: list[dict], primary: bool) -> dict | None:
    if primary:
        return produced[0] if produced else None
    candidates = [e for e in produced[1:] if e["event_type"] == expected["event_type"]]
    candidates.sort(key=lambda e: (e["sub_event_type"] != expected["sub_event_type"],
                                   e["event_date"] != expected.get("event_date"),
                                   e["location"] != expected.get("location")))
    return candidates[0] if candidates else None


def _event_checks(name: str) -> list[tuple[str, str, object]]:
    checks = []
    expected = meta(name)["expect"].get("events", [])
    if not expected:
        checks.append((f"{name}::no_events", "count", 0))
    for i, ev in enumerate(expected):
        for field in EVENT_FIELDS:
            if field in ev:
                checks.append((f"{name}::events[{i}].{field}", field, (i, ev[field])))
    for phrase in meta(name)["expect"].get("not_events", []):
        checks.append((f"{name}::not_event:{phrase[:40]}", "not_event", phrase))
    return checks


def _claim_checks(name: str) -> list[tuple[str, str, object]]:
    checks = []
    for i, claim in enumerate(meta(name)["expect"].get("claims", [])):
        checks.append((f"{name}::claims[{i}].found", "claim_found", i))
        for field in CLAIM_FIELDS:
            if field in claim:
                checks.append((f"{name}::claims[{i}].{field}", f"claim.{field}", i))
    for i, _ in enumerate(meta(name)["expect"].get("contradictions", [])):
        checks.append((f"{name}::contradictions[{i}]", "contradiction", i))
    return checks


def _params(make):
    params = []
    for name in fixture_names():
        for check_id, kind, arg in make(name):
            marks = []
            if check_id in KNOWN:
                marks.append(pytest.mark.xfail(reason=KNOWN[check_id], strict=True))
            params.append(pytest.param(name, kind, arg, id=check_id, marks=marks))
    return params


def _claim_for(name: str, index: int) -> tuple[dict, dict | None]:
    want = meta(name)["expect"]["claims"][index]
    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    needle = want["content_contains"]
    pos = text.find(needle)
    for claim in output(name)["claims"]:
        c = claim["content"]
        if needle in c["text"] or (pos >= 0 and c["start"] <= pos < c["end"]):
            return want, claim
    return want, None


@pytest.mark.parametrize(("name", "kind", "arg"), _params(_event_checks))
def test_event_expectation(name, kind, arg, pipeline):
    events = output(name)["events"]
    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    if kind == "count":
        assert events == [], f"expected no event, got {[e['event_type'] for e in events]}"
        return
    if kind == "not_event":
        start = text.find(arg)
        assert start >= 0, f"fixture error: phrase not in text: {arg!r}"
        end = start + len(arg)
        cited = [e["id"] for e in events for ev in e["evidence"]
                 if ev.get("field") == "event_type" and start <= ev["start"] < end]
        assert not cited, f"{arg!r} became event(s) {cited}"
        return
    index, want = arg
    expected_event = meta(name)["expect"]["events"][index]
    got = _match_event(expected_event, events, primary=index == 0)
    assert got is not None, f"no event matching expected event {index} ({expected_event['event_type']})"
    value = got[kind]
    if kind in ("actor1", "actor2"):
        assert _norm_actor(value) == _norm_actor(want) or value == want, f"{kind}: got {value!r}, want {want!r}"
    else:
        assert value == want, f"{kind}: got {value!r}, want {want!r}"


@pytest.mark.parametrize(("name", "kind", "arg"), _params(_claim_checks))
def test_claim_expectation(name, kind, arg, pipeline):
    if kind == "contradiction":
        want = meta(name)["expect"]["contradictions"][arg]
        kinds = [c["kind"] for c in output(name)["contradictions"]]
        assert any(want["kind"] in k or k in want["kind"] for k in kinds), f"no {want['kind']} contradiction in {kinds}"
        return
    want, claim = _claim_for(name, arg)
    assert claim is not None, f"no claim covers {want['content_contains']!r}"
    if kind == "claim_found":
        return
    field = kind.split(".", 1)[1]
    speaker = claim["speaker"] or {}
    got = {
        "speaker_name": speaker.get("name"),
        "party": claim["party"],
        "cue": (claim["cue"] or {}).get("text", "").lower() or None,
        "quote_type": claim["quote_type"],
        "topic": claim["topic"],
        "channel": claim["channel"],
        "reported_via": claim["reported_via"],
        "evidence_status": claim["evidence_status"],
    }[field]
    expected = want[field]
    if field == "cue" and expected:
        assert got and expected.lower() in got, f"cue: got {got!r}, want {expected!r}"
    elif field == "channel" and expected:
        assert got and (got.lower() in expected.lower() or expected.lower() in got.lower()), (
            f"channel: got {got!r}, want {expected!r}")
    else:
        assert got == expected, f"{field}: got {got!r}, want {expected!r}"
