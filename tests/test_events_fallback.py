"""``fogwatch.events``: a short report that no trigger typed still gets its event, conflict text only."""

from __future__ import annotations

import datetime as dt

import pytest

from fogwatch.actors import ActorMention
from fogwatch.event_types import coder_tag
from fogwatch.events import FALLBACK_CLASS, FALLBACK_MAX_WORDS, SHORT_REPORT_SENTENCES, Mentions, _fallback_anchor
from fogwatch.triggers import Trigger


def actor(analysis, word: str, inter: int) -> ActorMention:
    start = analysis.text.index(word)
    sentence = analysis.sentence_of(start)
    return ActorMention(start, start + len(word), word, sentence, word, inter, "generic", None)


def mentions(triggers=(), actors=()) -> Mentions:
    return Mentions(triggers=tuple(triggers), actors=tuple(actors), places=(), dates=(), casualties=())


def test_a_conflict_actor_anchors_the_report_at_its_sentence_root(nlp):
    analysis = nlp.analyse("Police officers flogged voters at the polling station.")
    anchor = _fallback_anchor(analysis, mentions(actors=[actor(analysis, "Police", 1)]))
    assert anchor is not None
    assert (anchor.text, anchor.cls, anchor.modality, anchor.negated) == ("flogged", FALLBACK_CLASS, "asserted", False)


def test_civilians_alone_do_not_make_a_conflict_report(nlp):
    analysis = nlp.analyse("Residents celebrated the opening of a new market in the town.")
    assert _fallback_anchor(analysis, mentions(actors=[actor(analysis, "Residents", 7)])) is None
    assert _fallback_anchor(analysis, mentions()) is None


def test_a_trigger_read_as_unreal_anchors_the_report(nlp):
    analysis = nlp.analyse("Farmers protest plans to close the cattle market.")
    start = analysis.text.index("protest")
    future = Trigger(start, start + 7, "protest", 1, 0, "protest", False, "future")
    anchor = _fallback_anchor(analysis, mentions(triggers=[future]))
    assert anchor is not None and (anchor.start, anchor.cls) == (start, FALLBACK_CLASS)
    denied = Trigger(start, start + 7, "protest", 1, 0, "protest", False, "denied")
    assert _fallback_anchor(analysis, mentions(triggers=[denied])) is None


def test_a_long_article_gets_no_fallback(nlp):
    text = " ".join(["Police officers patrolled the town on Monday."] * (SHORT_REPORT_SENTENCES + 1))
    analysis = nlp.analyse(text)
    assert len(analysis.sentences) > SHORT_REPORT_SENTENCES
    assert _fallback_anchor(analysis, mentions(actors=[actor(analysis, "Police", 1)])) is None


def test_a_brief_longer_than_a_note_gets_no_fallback(nlp):
    filler = " ".join(["and the officers then walked along the quiet road"] * (FALLBACK_MAX_WORDS // 9 + 1))
    analysis = nlp.analyse(f"Police officers patrolled the town {filler}.")
    assert len(analysis.sentences) <= SHORT_REPORT_SENTENCES
    assert _fallback_anchor(analysis, mentions(actors=[actor(analysis, "Police", 1)])) is None
    short = nlp.analyse("Police officers patrolled the town and walked along the quiet road.")
    assert _fallback_anchor(short, mentions(actors=[actor(short, "Police", 1)])) is not None


# --------------------------------------------------------------------------- through the pipeline


DAY = dt.date(2024, 5, 7)


def test_a_trigger_less_note_with_a_conflict_actor_gets_one_event_at_its_verb(pipeline):
    result = pipeline.extract("Police officers in Kisumu flogged voters who jumped the queue.", published=DAY)
    assert len(result.events) == 1
    event = result.events[0]
    assert [e.text for e in event.evidence if e.field == "event_type"] == ["flogged"]
    # no rioters or protesters named: ACLED's "no demonstrators, no demonstration"
    assert event.event_type not in ("Protests", "Riots")


def test_an_actor_that_only_speaks_makes_no_event(pipeline):
    assert pipeline.extract("Police in Kisumu said the company had raised its prices.", published=DAY).events == ()


@pytest.mark.parametrize(
    "text",
    [
        "The central bank raised its benchmark interest rate by half a point on Tuesday.",
        "The home side beat the visitors 2-1 in the derby at the national stadium on Sunday.",
        "Traders in the town closed their shops early for the holiday.",
    ],
)
def test_non_conflict_briefs_get_no_event(pipeline, text):
    assert pipeline.extract(text, published=DAY).events == ()


def test_a_coders_tagged_note_gets_its_event_without_any_trigger(nlp):
    analysis = nlp.analyse("Displacement: On 2 March 2023, dozens of families left the hamlet of Tarko for the town.")
    anchor = _fallback_anchor(analysis, mentions())
    assert anchor is not None
    assert (anchor.text, anchor.cls, anchor.modality) == ("left", FALLBACK_CLASS, "asserted")
    untagged = nlp.analyse("On 2 March 2023, dozens of families left the hamlet of Tarko for the town.")
    assert _fallback_anchor(untagged, mentions()) is None


def test_a_tagged_note_longer_than_a_brief_still_gets_its_event(nlp):
    filler = " ".join(["and the officials then met the elders of the quiet district"] * (FALLBACK_MAX_WORDS // 10 + 1))
    analysis = nlp.analyse(f"Other: On 2 March 2023, the council announced a curfew {filler}.")
    assert len(analysis.sentences) <= SHORT_REPORT_SENTENCES
    anchor = _fallback_anchor(analysis, mentions())
    assert anchor is not None and anchor.text == "announced"


def test_the_tag_names_the_development():
    assert coder_tag("Other: On 4 May 2024, a charity withdrew its staff from Bamba.") == "Other"
    assert coder_tag("Movement of forces: troops were redeployed.") == "Change to group/activity"
    assert coder_tag("On 4 May 2024, other groups withdrew their staff.") is None
