"""Attribution patterns on small hand-written articles (needs the spaCy model, loaded once)."""

from __future__ import annotations

import pytest

from fogwatch.claims import find_claims, link_claims
from fogwatch.records import Claim

SIDES = {
    "sudanese armed forces": "Sudanese Armed Forces",
    "saf": "Sudanese Armed Forces",
    "the army": "Sudanese Armed Forces",
    "rapid support forces": "Rapid Support Forces",
    "rsf": "Rapid Support Forces",
}


def resolve(surface: str) -> str | None:
    return SIDES.get(surface.lower())


@pytest.fixture(scope="module")
def claims_of(nlp):
    def run(text: str, **kwargs) -> tuple[Claim, ...]:
        claims = find_claims(nlp.analyse(text), resolve_party=resolve, **kwargs)
        for c in claims:  # every span slices the original text to exactly its text
            assert text[c.content.start : c.content.end] == c.content.text
            if c.cue is not None:
                assert text[c.cue.start : c.cue.end] == c.cue.text
            if c.speaker is not None:
                assert text[c.speaker.start : c.speaker.end] == c.speaker.text
                if c.speaker.antecedent is not None:
                    a = c.speaker.antecedent
                    assert text[a.start : a.end] == a.text
        return claims

    return run


def by_content(claims, words: str) -> Claim:
    found = [c for c in claims if words in c.content.text]
    assert found, f"no claim contains {words!r}: {[c.content.text for c in claims]}"
    return found[0]


# --------------------------------------------------------------------------- direct quotes


def test_quote_with_speaker_after(claims_of):
    text = '"We will hold the bridge until the last man," the commander said on Sunday.'
    (c,) = claims_of(text)
    assert c.quote_type == "direct"
    assert c.content.text == '"We will hold the bridge until the last man,"'
    assert c.cue.text == "said"
    assert c.speaker.text == "the commander" and c.speaker.role == "commander"


def test_quote_with_speaker_before_and_colon(claims_of):
    text = 'The governor of Kassala, Ahmed Musa, said: "The road to the border is open again."'
    (c,) = claims_of(text)
    assert c.quote_type == "direct"
    assert c.content.text == '"The road to the border is open again."'
    assert c.speaker.name == "Ahmed Musa"
    assert c.speaker.role == "governor"


def test_quote_interrupted_by_its_speaker_is_one_claim(claims_of):
    text = 'Mariam Idris is a nurse in the town. "We ran out of bandages," she said, "and then out of water."'
    (c,) = claims_of(text)
    assert c.content.text.startswith('"We ran out') and c.content.text.endswith('out of water."')
    assert c.speaker.kind == "pronoun"
    assert c.speaker.name == "Mariam Idris"
    assert c.speaker.antecedent.text == "Mariam Idris"


def test_multi_sentence_quote_resolves_he_to_the_previous_speaker(claims_of):
    text = (
        "Colonel Yusuf Karim, an army spokesman, said the convoy had reached the town. "
        '"We lost two trucks on the way. The drivers are safe," he said.'
    )
    first, second = claims_of(text)
    assert first.speaker.name == "Yusuf Karim"
    assert second.quote_type == "direct"
    assert second.content.text == '"We lost two trucks on the way. The drivers are safe,"'
    assert second.speaker.text == "he"
    assert second.speaker.name == "Yusuf Karim"
    assert second.speaker.antecedent.start == first.speaker.start
    assert second.speaker.role == "spokesman"


def test_quote_spanning_two_paragraphs(claims_of):
    text = (
        'The mayor, Lina Ortiz, told a press conference: "The water has reached the old market.\n\n'
        '"We have moved three thousand people to the school on the hill."\n\n'
        "The river is expected to peak on Friday."
    )
    (c,) = claims_of(text)
    assert c.content.text.startswith('"The water') and c.content.text.endswith('on the hill."')
    assert "\n\n" in c.content.text
    assert c.channel == "press conference"
    assert c.speaker.name == "Lina Ortiz"


def test_continuation_quote_joins_the_statement_before_it(claims_of):
    text = '"The dam is holding," Ortiz said. "But the rain has not stopped."'
    (c,) = claims_of(text)
    assert c.content.text == text


def test_scare_quote_is_not_a_claim(claims_of):
    text = 'The militia calls its checkpoints "welcome stations" along the highway.'
    assert all('"welcome stations"' != c.content.text for c in claims_of(text))


def test_mixed_quote(claims_of):
    text = 'The minister said the attack was "a cowardly act by criminals" and promised an inquiry.'
    (c,) = claims_of(text)
    assert c.quote_type == "mixed"
    assert '"a cowardly act by criminals"' in c.content.text


# --------------------------------------------------------------------------- indirect speech


@pytest.mark.parametrize(
    "verb", ["revealed", "claimed", "denied", "confirmed", "warned", "insisted", "announced", "stated", "added"]
)
def test_indirect_speech_cue_verbs(claims_of, verb):
    text = f"The police chief {verb} that the bridge had been mined."
    (c,) = claims_of(text)
    assert c.cue.text == verb
    assert c.quote_type == "indirect"
    assert c.content.text == "that the bridge had been mined"
    assert c.speaker.text == "The police chief"


def test_accused_takes_object_and_reason(claims_of):
    text = "The opposition accused the government of rigging the vote."
    (c,) = claims_of(text)
    assert c.cue.text == "accused"
    assert c.content.text == "the government of rigging the vote"


def test_told_outlet_is_a_relay_not_content(claims_of):
    text = "A local commander told Reuters that his men had retaken the airport."
    (c,) = claims_of(text)
    assert c.content.text == "that his men had retaken the airport"
    assert c.reported_via == ("Reuters",)
    assert c.speaker.role == "commander" and c.speaker.kind == "anonymous"


def test_according_to(claims_of):
    text = "At least 12 people died in the floods, according to the Red Cross."
    (c,) = claims_of(text)
    assert c.quote_type == "according_to"
    assert c.cue.text == "according to"
    assert c.speaker.text == "the Red Cross" and c.speaker.kind == "organization"
    assert c.content.text == "At least 12 people died in the floods"
    assert c.topic == "casualties"
    assert (c.quantity.value, c.quantity.low, c.quantity.unit) == (12, 12, "people killed")


# --------------------------------------------------------------------------- speakers and sides


def test_apposition_with_acronym_gives_name_role_affiliation_and_side(claims_of):
    text = (
        "Fighting between the Sudanese Armed Forces (SAF) and the Rapid Support Forces (RSF) went on. "
        "An SAF spokesman, Nabil Abdallah, said in a statement that the army had repelled the attack."
    )
    c = by_content(claims_of(text), "repelled")
    assert c.speaker.text == "An SAF spokesman, Nabil Abdallah"
    assert c.speaker.name == "Nabil Abdallah"
    assert c.speaker.role == "spokesman"
    assert c.speaker.affiliation == "Sudanese Armed Forces"
    assert c.speaker.kind == "person"
    assert c.party == "Sudanese Armed Forces"
    assert c.channel == "statement"


def test_spokesperson_for_an_organisation_is_anonymous_with_a_side(claims_of):
    text = "A spokesperson for the RSF said the group had taken the bridge."
    (c,) = claims_of(text)
    assert c.speaker.kind == "anonymous"
    assert c.speaker.role == "spokesperson"
    assert c.speaker.affiliation == "RSF"
    assert c.party == "Rapid Support Forces"


def test_another_spokesman_keeps_the_side_and_the_spokesperson_refers_back(claims_of):
    text = (
        "An RSF spokesman, Omar Keila, said the town was calm. "
        "Another spokesman, Adam Saleh, said that fighters had cleared the road. "
        "The spokesman added that prisoners would be released."
    )
    first, second, third = claims_of(text)
    assert second.speaker.name == "Adam Saleh"
    assert second.speaker.affiliation == first.speaker.affiliation
    assert second.party == "Rapid Support Forces"
    assert third.speaker.text == "The spokesman"
    assert third.speaker.name == "Adam Saleh"
    assert third.speaker.antecedent.start == second.speaker.start


def test_the_group_resolves_to_the_group_named_before(claims_of):
    text = "The Rapid Support Forces advanced overnight. On Monday, the group said it controlled the airport."
    (c,) = claims_of(text)
    assert c.speaker.text == "the group"
    assert c.speaker.antecedent.text.endswith("Rapid Support Forces")
    assert c.party == "Rapid Support Forces"


def test_the_group_points_back_but_the_army_names_itself(claims_of):
    from dataclasses import dataclass

    @dataclass
    class Mention:
        start: int
        end: int
        text: str
        name: str
        inter: int
        kind: str

    text = ("The Rapid Support Forces shelled El Fasher. The army said the group was repelled. "
            "The group denied the report.")
    rsf, army = text.index("Rapid"), text.index("army")
    actors = [
        Mention(rsf, rsf + 20, "Rapid Support Forces", "RSF (catalogue)", 2, "named"),
        Mention(army, army + 4, "army", "Army (catalogue)", 1, "generic"),
    ]
    army_claim, group_claim = claims_of(text, actors=actors)
    assert army_claim.party == "Army (catalogue)" and army_claim.speaker.antecedent is None
    assert group_claim.party == "RSF (catalogue)"
    assert group_claim.speaker.antecedent.start == rsf


def test_physical_attacks_are_not_statements(claims_of):
    assert claims_of("The rebels attacked the town and blasted the bridge.") == ()


def test_unresolvable_pronoun_is_null_with_a_reason(claims_of):
    (c,) = claims_of("He said the town had fallen.")
    assert c.speaker is None
    assert "no antecedent" in c.speaker_note


def test_outlet_is_an_outlet(claims_of):
    (c,) = claims_of("The Sudan Tribune reported that the market had been shelled.")
    assert c.speaker.kind == "outlet"
    assert c.quote_type == "reported"


def test_actor_mentions_give_the_side(claims_of):
    from dataclasses import dataclass

    @dataclass
    class Mention:
        start: int
        end: int
        text: str
        name: str
        inter: int

    text = "Local militia leaders said the road was closed."
    start = text.index("militia")
    actors = [Mention(start, start + len("militia"), "militia", "Communal Militia (Sudan)", 4)]
    (c,) = claims_of(text, actors=actors)
    assert c.party == "Communal Militia (Sudan)"


# --------------------------------------------------------------------------- relays


def test_relay_covers_the_statement_and_the_same_source_before_it(claims_of):
    text = (
        "The clashes lasted all night, a source inside the militia said. "
        "The source added that six fighters were killed, the Associated Press reported."
    )
    first, second = claims_of(text)
    assert second.reported_via == ("Associated Press",)
    assert second.content.text == "that six fighters were killed"
    assert first.reported_via == ("Associated Press",)
    assert second.speaker.antecedent.start == first.speaker.start


def test_relay_of_a_plain_statement(claims_of):
    text = "Local officials said the water was receding, AFP reported."
    (c,) = claims_of(text)
    assert c.content.text == "the water was receding"
    assert c.reported_via == ("AFP",)
    assert c.speaker.text == "Local officials"


def test_according_to_an_outlet_closing_a_sentence_is_a_relay(claims_of):
    (c,) = claims_of("The army said 40 rebels were killed, according to Reuters.")
    assert c.content.text == "40 rebels were killed"
    assert c.reported_via == ("Reuters",)
    assert c.speaker.text == "The army"


def test_interview_with_an_outlet(claims_of):
    (c,) = claims_of("The governor said in an interview with the BBC that the city was safe.")
    assert c.reported_via == ("BBC",)
    assert c.channel == "interview"


def test_a_document_speaks_for_its_author(claims_of):
    (c,) = claims_of("According to a statement from the ministry, the border was closed.")
    assert c.speaker.text == "the ministry"
    assert c.channel == "statement"


def test_a_cue_describing_the_speaker_is_no_claim(claims_of):
    (c,) = claims_of("Officials, who spoke on condition of anonymity, said the talks had stalled.")
    assert c.content.text == "the talks had stalled"
    assert c.speaker.text == "Officials, who spoke on condition of anonymity"


# --------------------------------------------------------------------------- channel, evidence, topics


@pytest.mark.parametrize(
    "sentence, channel",
    [
        ("The commander said in an audio message that the base had fallen.", "audio message"),
        ("The commander said in a post on X that the base had fallen.", "post on X"),
        ("The commander said at a press conference that the base had fallen.", "press conference"),
        ("The commander said in an interview that the base had fallen.", "interview"),
        ("The commander said that the base had fallen.", None),
    ],
)
def test_channel(claims_of, sentence, channel):
    (c,) = claims_of(sentence)
    assert c.channel == channel


def test_writer_says_neither_side_gave_evidence(claims_of):
    text = (
        "An army spokesman said 40 rebels were killed. "
        "A rebel commander said the army lost 25 soldiers. "
        "A rebel commander said the rebels took the hill. "
        "Neither side has provided evidence to support its casualty figures."
    )
    army, rebels, hill = claims_of(text)
    assert army.evidence_status == "explicitly_none"
    assert rebels.evidence_status == "explicitly_none"
    assert hill.evidence_status == "none_stated"  # the note is about casualty figures only


def test_evidence_claimed_and_verified(claims_of):
    text = (
        "The militia said it had shot down a drone and released a video of the wreck. "
        "Witnesses said the market was hit twice. The strike was independently verified by Amnesty."
    )
    video, market = claims_of(text)
    assert video.evidence_status == "claimed"
    assert market.evidence_status == "verified"


@pytest.mark.parametrize(
    "content, topic",
    [
        ("that 30 fighters were killed", "casualties"),
        ("that the rebels had captured the airport", "territorial_control"),
        ("that the army lost four tanks", "equipment_losses"),
        ("that the militia carried out the attack", "responsibility"),
        ("that the talks had collapsed", "negotiations"),
        ("that drones struck the depot", "attack"),
        ("that the harvest was late", "other"),
    ],
)
def test_topics(claims_of, content, topic):
    (c,) = claims_of(f"The governor said {content}.")
    assert c.topic == topic


def test_quantity_whose_losses(claims_of):
    (c,) = claims_of("The army said the RSF lost 75 fighters in the battle.")
    assert c.quantity.value == 75
    assert c.quantity.whose == "Rapid Support Forces"


# --------------------------------------------------------------------------- ledger mechanics


def test_ids_in_text_order_and_nested_statements_dropped(claims_of):
    text = "The mayor said the governor believes the dam will hold. Engineers warned that it might fail."
    claims = claims_of(text)
    assert [c.id for c in claims] == ["c1", "c2"]
    assert claims[0].speaker.text == "The mayor"  # "the governor believes" is the mayor's claim
    assert claims[1].speaker.text == "Engineers"
    assert all(c.event_id is None for c in claims)


def test_skip_spans_are_ignored(claims_of):
    text = "Read also: Minister says talks will resume.\nThe minister said talks had failed."
    first_line = text.index("\n")
    claims = claims_of(text, skip=[(0, first_line)])
    assert [c.content.text for c in claims] == ["talks had failed"]


def test_link_claims_by_overlap_and_single_event(claims_of):
    text = "The army said 40 rebels were killed in Wad Habra. Officials said the harvest was late."
    killed, harvest = claims_of(text)
    at = text.index("Wad Habra")
    linked = link_claims((killed, harvest), [("e1", at, at + 9)])
    assert linked[0].event_id == "e1"
    assert linked[1].event_id is None  # not about the event, and no evidence overlaps it
    two = link_claims((killed, harvest), [("e1", 0, 3), ("e2", at, at + 9)])
    assert two[0].event_id == "e2"


# --------------------------------------------------------------------------- counts claimed as predicates


def test_a_count_claimed_as_a_predicate_is_the_claim(claims_of):
    # "claims eight dead": the parser reads the count as the verb's predicate, not its object
    claims = claims_of("The RSF, in taking credit for the raid, claims forty dead.")
    claim = by_content(claims, "forty dead")
    assert claim.speaker.text == "The RSF"  # the phrase between commas is no part of the name
    assert claim.party == "Rapid Support Forces"
