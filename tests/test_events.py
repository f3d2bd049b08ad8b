"""``fogwatch.events``: which triggers make one event, and what text types them."""

from __future__ import annotations

import datetime as dt

from fogwatch.event_types import TypePrediction
from fogwatch.events import (
    SHORT_REPORT_SENTENCES,
    _casualties_for,
    _group,
    _Located,
    _note_toll_to_primary,
    _own_text,
    _typing_context,
)
from fogwatch.quantities import Casualty
from fogwatch.triggers import Trigger

MONDAY = dt.date(2024, 3, 4)
TUESDAY = dt.date(2024, 3, 5)


def located(start: int, cls: str, event_type: str, sub: str, day: dt.date = MONDAY) -> _Located:
    trigger = Trigger(start, start + 5, "x" * 5, start, 0, cls, False, "asserted")
    return _Located(trigger, TypePrediction(event_type, sub, 0.9), day, 1, (), None, None, ())


def test_outcome_seen_first_joins_the_act_of_its_slot():
    # "Two people were killed when police clashed with protesters": the killing is the clash's outcome
    killed = located(10, "killing", "Violence against civilians", "Attack")
    clashed = located(40, "clash", "Riots", "Violent demonstration")
    groups = _group([killed, clashed])
    assert groups == [[killed, clashed]]
    # the event takes the type of its first trigger that names an act
    main = next(m for m in groups[0] if m.trigger.cls not in ("killing", "injury"))
    assert main.kind.event_type == "Riots"


def test_outcome_after_the_act_joins_it_as_before():
    clashed = located(10, "clash", "Battles", "Armed clash")
    killed = located(40, "killing", "Violence against civilians", "Attack")
    assert _group([clashed, killed]) == [[clashed, killed]]


def test_outcome_of_another_day_stays_an_event_of_its_own():
    killed = located(10, "killing", "Violence against civilians", "Attack", day=TUESDAY)
    clashed = located(40, "clash", "Battles", "Armed clash")
    assert _group([killed, clashed]) == [[killed], [clashed]]


def test_outcome_does_not_join_a_peaceful_event():
    # a death and a protest the same day: the protest did not kill anyone by itself
    killed = located(10, "killing", "Violence against civilians", "Attack")
    protest = located(40, "protest", "Protests", "Peaceful protest")
    assert _group([killed, protest]) == [[killed], [protest]]


def test_events_of_different_types_stay_apart_in_text_order():
    protest = located(10, "protest", "Protests", "Peaceful protest")
    arrest = located(40, "arrest", "Strategic developments", "Arrests")
    attack = located(70, "attack", "Violence against civilians", "Attack")
    assert _group([attack, protest, arrest]) == [[protest], [arrest], [attack]]


# --------------------------------------------------------------------------- typing context


def sentences(n: int) -> str:
    return " ".join(f"Sentence number {i} says something about the town." for i in range(n))


def trigger_in(sentence: int) -> Trigger:
    return Trigger(0, 1, "x", 0, sentence, "protest", False, "asserted")


def test_a_brief_is_typed_whole(nlp):
    text = sentences(SHORT_REPORT_SENTENCES)
    analysis = nlp.analyse(text)
    assert len(analysis.sentences) == SHORT_REPORT_SENTENCES
    assert _typing_context(analysis, trigger_in(0), 0) == text


def test_an_article_is_typed_by_the_lede_and_the_trigger_sentence(nlp):
    analysis = nlp.analyse(sentences(SHORT_REPORT_SENTENCES + 4))
    lede, own = analysis.sentence_text(0), analysis.sentence_text(5)
    assert _typing_context(analysis, trigger_in(5), 0) == f"{lede} {own}"
    assert _typing_context(analysis, trigger_in(0), 0) == lede


def test_own_text_is_the_brief_or_the_trigger_sentence(nlp):
    brief = nlp.analyse(sentences(2))
    assert _own_text(brief, trigger_in(1)) == brief.text
    article = nlp.analyse(sentences(SHORT_REPORT_SENTENCES + 4))
    assert _own_text(article, trigger_in(5)) == article.sentence_text(5)


# --------------------------------------------------------------------------- participants of a trigger


def test_a_trigger_without_arguments_borrows_those_of_its_sentence(nlp):
    from fogwatch.event_participants import ARMED
    from fogwatch.events import Mentions, _participants

    analysis = nlp.analyse("A raid took place at dawn. Soldiers killed two militants.")
    index = {t.text: t.i for t in analysis.tokens}

    def trig(word: str, cls: str, sentence: int) -> Trigger:
        tok = analysis.tokens[index[word]]
        return Trigger(tok.start, tok.end, word, tok.i, sentence, cls, False, "asserted")

    raid = trig("raid", "attack", 0)
    alone = Mentions(triggers=(raid,), actors=(), places=(), dates=(), casualties=())
    assert not _participants(analysis, alone, raid).agents
    # a trigger of another sentence lends nothing
    killed_later = trig("killed", "killing", 1)
    later = Mentions(triggers=(raid, killed_later), actors=(), places=(), dates=(), casualties=())
    assert not _participants(analysis, later, raid).agents
    # one of the same sentence (as the trigger finder records it) lends its sides
    killed_same = trig("killed", "killing", 0)
    same = Mentions(triggers=(raid, killed_same), actors=(), places=(), dates=(), casualties=())
    who = _participants(analysis, same, raid)
    assert ARMED in who.agents and ARMED in who.targets


# --------------------------------------------------------------------------- casualties to events

def in_sentence(start: int, sentence: int, cls: str, event_type: str) -> _Located:
    trigger = Trigger(start, start + 5, "x" * 5, start, sentence, cls, False, "asserted")
    return _Located(trigger, TypePrediction(event_type, "", 0.9), MONDAY, 1, (), None, None, ())


def dead(sentence: int, value: int = 2, outcome: str = "killed", background: bool = False) -> Casualty:
    return Casualty(start=sentence * 100, end=sentence * 100 + 3, text="two", sentence=sentence, value=value,
                    low=value, high=value, approximate=None, outcome=outcome, victim=None, victim_span=None,
                    background=background)


def test_a_toll_before_every_trigger_goes_to_the_first_event():
    # "Four bodies were pulled from the river. The victims were killed in the clashes."
    clash = in_sentence(120, 1, "clash", "Battles")
    groups = [[clash]]
    toll = dead(0, 4)
    assert _casualties_for(groups[0], groups, [toll], reach=2) == (toll,)
    # out of reach: not this event's
    far = [[in_sentence(420, 4, "clash", "Battles")]]
    assert _casualties_for(far[0], far, [toll], reach=2) == ()


def test_a_toll_before_the_first_event_is_not_given_to_a_later_one():
    riot = in_sentence(120, 1, "riot", "Riots")
    attack = in_sentence(320, 3, "attack", "Violence against civilians")
    groups = [[riot], [attack]]
    toll = dead(0)
    assert _casualties_for(groups[1], groups, [toll], reach=5) == ()


def test_a_sentence_two_events_share_hands_what_follows_to_the_first():
    injured = in_sentence(10, 0, "injury", "Violence against civilians")
    beat = in_sentence(220, 2, "attack", "Violence against civilians")
    protest = in_sentence(50, 0, "protest", "Protests")
    protest2 = in_sentence(250, 2, "protest", "Protests")
    groups = [[injured, beat], [protest, protest2]]
    toll = dead(1, 1)  # "The baby later died in hospital." between the shared sentences
    assert _casualties_for(groups[0], groups, [toll], reach=2) == (toll,)
    assert _casualties_for(groups[1], groups, [toll], reach=2) == ()


def test_a_short_reports_first_event_takes_the_toll_a_later_event_holds():
    # "Post-election rioting in the town. Police shot 1 dead in response."
    toll = dead(1, 1)
    assert _note_toll_to_primary([(), (toll,)]) == [(toll,), (toll,)]
    # a first event with a toll of its own keeps it alone
    own = dead(0, 3)
    assert _note_toll_to_primary([(own,), (toll,)]) == [(own,), (toll,)]
    # wounded and background figures are no toll to take
    hurt, recalled = dead(1, 2, outcome="wounded"), dead(1, 2, background=True)
    assert _note_toll_to_primary([(), (hurt, recalled)]) == [(), (hurt, recalled)]


def test_figures_after_a_shared_sentence_go_to_the_event_that_starts_there():
    # a claim about a battle (sentences 5, 7) and a survivor's account of the massacre (7): the
    # bodies counted in sentence 8 are the massacre's
    claim = in_sentence(500, 5, "attack", "Battles")
    claim2 = in_sentence(700, 7, "attack", "Battles")
    massacre = in_sentence(720, 7, "killing", "Violence against civilians")
    groups = [[claim, claim2], [massacre]]
    bodies = dead(8, 40)
    assert _casualties_for(groups[1], groups, [bodies], reach=2) == (bodies,)
    assert _casualties_for(groups[0], groups, [bodies], reach=2) == ()


def test_deployments_and_arrests_carry_no_deaths(pipeline):
    # ACLED codes no fatalities for such strategic developments: the toll belongs to the violence
    text = ("Police arrested 40 people in Nyeri on Monday over the clashes, which have killed 12 people since "
            "Friday. The army was deployed to the town on Sunday.")
    result = pipeline.extract(text, published=dt.date(2024, 3, 12))
    developments = [e for e in result.events if e.sub_event_type in ("Arrests", "Change to group/activity")]
    assert developments and all(e.fatalities == 0 for e in developments)


def test_a_short_reports_first_event_takes_a_toll_no_event_reached():
    # "Riots in the town. Location: ... (district capital = ...). FATALITIES: 9": the coder's field
    # lies past every event's reach
    note = dead(4, 9)
    assert _note_toll_to_primary([()], [note]) == [(note,)]
    # a toll an event took is not given twice, nor a recalled one
    held, recalled = dead(1, 2), dead(5, 4, background=True)
    assert _note_toll_to_primary([(), (held,)], [held, recalled]) == [(held,), (held,)]
    assert _note_toll_to_primary([()], [recalled]) == [()]


def test_deaths_of_the_arrested_are_the_arrests_toll():
    from fogwatch.events import _died_in_custody
    from fogwatch.quantities import Casualty

    def dead(victim: str | None, background: bool = False) -> Casualty:
        return Casualty(start=0, end=5, text="three", sentence=1, value=3, low=3, high=3, approximate=None,
                        outcome="killed", victim=victim, victim_span=None, background=background)

    assert _died_in_custody(dead("of those arrested"))
    assert not _died_in_custody(dead("villagers"))
    assert not _died_in_custody(dead(None))
    assert not _died_in_custody(dead("of those arrested", background=True))
