"""Pieces of the claims stage that need no language model: quotes, acronyms, topics, quantities,
channels, evidence wording, outlets, and the ledger table."""

from __future__ import annotations

import pytest

from fogwatch.attribution.context import channel_of, evidence_offered, explicitly_none, scope_topics, verified
from fogwatch.attribution.lexicon import is_outlet_name
from fogwatch.attribution.quotes import find_quotes
from fogwatch.attribution.speakers import acronyms
from fogwatch.attribution.topics import quantity_of, topic_of
from fogwatch.claims_table import claims_table, speaker_label
from fogwatch.records import Claim, Quantity, Speaker, TextSpan


def spans(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


def test_quotes_pair_straight_curly_and_doubled_marks():
    text = 'He said "one two." She said “three four.” They said \'\'five six.\'\''
    assert spans(text) == ['"one two."', "“three four.”", "''five six.''"]


def test_quote_continued_into_the_next_paragraph_is_one_span():
    text = '"First paragraph of the quote.\n\n"Second paragraph," he said.\nNext line.'
    (q,) = find_quotes(text)
    assert text[q.start : q.end] == '"First paragraph of the quote.\n\n"Second paragraph,"'
    assert q.closed


def test_unclosed_quote_stops_at_the_end_of_its_paragraph():
    text = 'He said "it will end soon.\nThe next paragraph has no quote.'
    (q,) = find_quotes(text)
    assert text[q.start : q.end] == '"it will end soon.'
    assert not q.closed


def test_apostrophes_are_not_quotes():
    assert spans("The army's advance and the rebels' retreat, don't they?") == []


def test_acronyms_defined_in_the_text():
    text = "the National Resistance Front (NRF) and the Rapid Support Forces (RSF) met the UN (UN)."
    found = acronyms(text)
    assert found["NRF"] == "National Resistance Front"
    assert found["RSF"] == "Rapid Support Forces"
    assert "UN" not in found  # letters that do not match the words before are no definition


@pytest.mark.parametrize(
    "name, outlet",
    [("CNN", True), ("The Hill", True), ("Yahoo News", True), ("Tolo News", True), ("Reuters", True),
     ("the Taliban", False), ("Ahmad Massoud", False), ("National Resistance Front", False)],
)
def test_outlet_names(name, outlet):
    assert is_outlet_name(name) is outlet


def test_topic_prefers_the_narrower_class():
    assert topic_of("the rebels captured the town and killed 12 soldiers") == "casualties"
    assert topic_of("the army lost four tanks and two helicopters") == "equipment_losses"
    assert topic_of("the group claimed responsibility for the bombing") == "responsibility"
    assert topic_of("forces entered overnight clashes") == "attack"  # "entered" a clash is no territory


def test_quantities():
    q = quantity_of("the Taliban lost 40 of their members")
    assert (q.value, q.unit) == (40, "people killed")
    q = quantity_of("between 10 and 15 fighters died")
    assert (q.value, q.low, q.high) == (None, 10, 15)
    q = quantity_of("up to thirty soldiers were wounded")
    assert (q.value, q.high, q.unit) == (30, 30, "people wounded")
    q = quantity_of("they suffered heavy losses")
    assert (q.value, q.approximate, q.unit) == (None, "heavy", "losses")
    q = quantity_of("a number of heavy equipment and weaponry")
    assert (q.approximate, q.unit) == ("a number of", "equipment")
    assert quantity_of("the talks will resume") is None
    assert quantity_of("the army has suffered losses", whose="Army").whose == "Army"


def test_a_count_followed_by_its_state_is_a_quantity():
    # "claims eight dead", "at least 40 injured": no noun between the figure and what happened
    q = quantity_of("eight dead")
    assert (q.value, q.unit) == (8, "people killed")
    q = quantity_of("at least 40 injured in the blast")
    assert (q.value, q.low, q.unit) == (40, 40, "people wounded")


def test_channels():
    assert channel_of("said in an audio message on Thursday") == "audio message"
    assert channel_of("wrote in a post on Telegram") == "post on Telegram"
    assert channel_of("said in a tweet") == "post on X"
    assert channel_of("tweeted on Monday") == "post on X"
    assert channel_of("said in a post on X") == "post on X"
    assert channel_of("told reporters in Kabul") == "remarks to reporters"
    assert channel_of("said on Monday") is None


def test_evidence_wording():
    assert explicitly_none("Neither of the two has provided evidence to support their claims.")
    assert explicitly_none("The army gave no evidence for the figure.")
    assert explicitly_none("He made the claim without providing evidence.")
    assert not explicitly_none("The army provided evidence of the attack.")
    assert scope_topics("Neither side provided evidence for its casualty figures.") == frozenset(
        {"casualties", "equipment_losses"})
    assert scope_topics("Neither side provided evidence.") is None
    assert evidence_offered("The group released a video of the captured base.")
    assert not evidence_offered("The group has not released any video.")
    assert verified("The footage was independently verified by Reuters.")
    assert not verified("The claims could not be independently verified.")


def _claim(**kw) -> Claim:
    base = dict(
        id="c1", content=TextSpan("that the town fell", 20, 38), cue=TextSpan("said", 15, 19),
        speaker=Speaker("he", 12, 14, "Omar Keila", "spokesman", "RSF", "pronoun", TextSpan("Omar Keila", 0, 10)),
        quote_type="indirect", party="Rapid Support Forces", channel="statement", reported_via=("AFP", "CNN"),
        evidence_status="explicitly_none", topic="territorial_control",
        quantity=Quantity(3, None, None, None, "districts", None), event_id=None,
    )
    base.update(kw)
    return Claim(**base)  # type: ignore[arg-type]


def test_speaker_label():
    assert speaker_label(_claim()) == "he → Omar Keila, spokesman, RSF"
    assert speaker_label(_claim(speaker=None, speaker_note="pronoun 'he' has no antecedent")) == (
        "— (pronoun 'he' has no antecedent)")


def test_claims_table_has_one_row_per_claim_with_the_ledger_columns():
    from rich.console import Console

    table = claims_table([_claim(), _claim(id="c2", reported_via=(), channel=None)])
    assert [c.header for c in table.columns] == ["id", "speaker", "side", "cue", "claim", "relayed by", "evidence"]
    assert table.row_count == 2
    console = Console(width=200, record=True)
    console.print(table)
    out = console.export_text()
    assert "AFP → CNN" in out
    assert "said (statement)" in out
    assert "none given" in out
