"""The police as a party of an event (``fogwatch.actor_roles``, ``fogwatch.actors``,
``fogwatch.event_participants``): police who are hurt are the other side, never civilians; police who
shoot the armed group a note is about are its other side; police who only look into the event afterwards
(investigate, say, suspect, find the bodies) are no side; unnamed "security forces" in a text that names
only the police are the police. All texts are written for these tests; conftest.py's fixtures load the
spaCy model once for the session."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.slow

POLICE = "Police Forces of Kenya (2013-2022)"
MILITARY = "Military Forces of Kenya (2013-2022)"
CIVILIANS = "Civilians (Kenya)"
GANG = "Unidentified Armed Group (Kenya)"
SHABAAB = "Al Shabaab"
ATTACK = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")
RIOT = ("Riots", "Violent demonstration")
ON = dt.date(2015, 3, 10)


# ------------------------------------------------------------------ police hurt


def test_police_killed_as_a_bare_noun_are_the_victims_not_civilians(actor_pair) -> None:  # type: ignore[no-untyped-def]
    assert actor_pair("A gang of robbers kills police in Kisumu.", "kills", *ATTACK) == (GANG, POLICE)


def test_police_in_hospital_after_suffering_injuries_are_the_victims(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Three policemen are recuperating in hospital after sustaining injuries in a gang attack in Kibera."
    assert actor_pair(text, "attack", *ATTACK) == (GANG, POLICE)


def test_a_headline_passive_shot_dead_hurts_its_subject(actor_pair) -> None:  # type: ignore[no-untyped-def]
    assert actor_pair("Police inspector shot dead by gunmen while on patrol in Garissa", "shot", *ATTACK)[1] == POLICE
    assert actor_pair("Police inspector shot dead while on patrol in Garissa", "shot", *ATTACK)[1] == POLICE


def test_civilians_hurt_with_the_police_stay_the_victims(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Bandits shot dead a herder and wounded a police reservist near Baragoi."
    assert actor_pair(text, "shot", *ATTACK)[1] == CIVILIANS


def test_off_duty_police_hurt_are_civilians(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "An off-duty policeman was stabbed to death by robbers in Thika."
    assert actor_pair(text, "stabbed", *ATTACK)[1] == CIVILIANS
    text = "A policeman was stabbed to death by robbers in Thika. He was presumed to be off-duty."
    assert actor_pair(text, "stabbed", *ATTACK)[1] == CIVILIANS
    text = "A policeman was shot dead by gunmen at his home in Thika."
    assert actor_pair(text, "shot", *ATTACK)[1] == CIVILIANS


# ------------------------------------------------------------------ police who hit back


def test_police_who_shoot_gang_members_are_the_gangs_other_side(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "A gang stole a pick-up truck in Naivasha. Police pursued them and shot dead two gang members."
    assert actor_pair(text, "stole", *ATTACK) == (GANG, POLICE)


def test_police_who_shoot_civilians_are_not_made_a_gangs_opponent(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "A gang stole a pick-up truck in Naivasha. Police shot dead two bystanders in the chase."
    assert actor_pair(text, "stole", *ATTACK)[1] == CIVILIANS


# ------------------------------------------------------------------ police who only look into it


def test_police_who_investigate_are_not_the_attackers(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Police are investigating an incident in which a councillor was beaten at a rally in Kitui."
    assert actor_pair(text, "beaten", *ATTACK) == (GANG, CIVILIANS)


def test_police_who_suspect_or_find_bodies_are_not_the_attackers(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "A trader was found dead in his shop in Nyeri. Police suspect that he was strangled."
    assert actor_pair(text, "strangled", *ATTACK) == (GANG, CIVILIANS)
    text = "Police found the bodies of three men who had been strangled in a forest near Limuru."
    assert actor_pair(text, "strangled", *ATTACK)[0] == GANG


def test_police_who_act_are_still_the_attackers(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Police beat a hawker in Nakuru. Police said the hawker had resisted arrest."
    assert actor_pair(text, "beat", *ATTACK) == (POLICE, CIVILIANS)


def test_police_who_launch_an_investigation_are_not_a_side_of_the_attack(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Three villagers were killed by Al Shabaab militants in Lamu county. Police have launched an investigation."
    assert actor_pair(text, "killed", *CLASH) == (SHABAAB, CIVILIANS)


def test_police_who_fight_stay_the_other_side_of_a_battle(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Al Shabaab militants attacked a village in Lamu county. Police repulsed the attackers."
    assert actor_pair(text, "attacked", *CLASH) == (SHABAAB, POLICE)


def test_police_who_only_comment_on_a_riot_do_not_intervene(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Students barricaded a road and burned tyres in Maseno. Police said the students were protesting fees."
    assert actor_pair(text, "burned", *RIOT)[1] is None


# ------------------------------------------------------------------ unnamed security forces


def _names(catalogue, catalogue_nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    from fogwatch.actors import find_actors

    analysis = catalogue_nlp.analyse(text)
    return [m.name for m in find_actors(analysis, catalogue, country="Kenya", on=ON)]


def test_security_forces_beside_the_police_are_the_police(catalogue, catalogue_nlp) -> None:  # type: ignore[no-untyped-def]
    names = _names(catalogue, catalogue_nlp, "Bandits clashed with police and security forces near Baragoi.")
    assert MILITARY not in names and names.count(POLICE) == 2
    names = _names(catalogue, catalogue_nlp, "Kenyan security forces repelled raiders. Two policemen were hurt.")
    assert MILITARY not in names


def test_security_forces_beside_soldiers_or_alone_stay_the_army(catalogue, catalogue_nlp) -> None:  # type: ignore[no-untyped-def]
    assert MILITARY in _names(catalogue, catalogue_nlp, "Security forces repelled Al Shabaab militants in Mandera.")
    names = _names(catalogue, catalogue_nlp, "Security forces and police repelled militants. Two soldiers were hurt.")
    assert MILITARY in names


# ------------------------------------------------------------------ participants


def test_a_headline_passive_makes_its_subject_a_target(catalogue_nlp) -> None:  # type: ignore[no-untyped-def]
    from fogwatch.event_participants import ARMED, participants

    analysis = catalogue_nlp.analyse("Police detective shot dead in Nakuru")
    shot = next(t.i for t in analysis.tokens if t.text == "shot")
    who = participants(analysis, shot)
    assert ARMED in who.targets and ARMED not in who.agents
    analysis = catalogue_nlp.analyse("Police detective shot dead two robbers in Nakuru")
    shot = next(t.i for t in analysis.tokens if t.text == "shot")
    assert ARMED in participants(analysis, shot).agents


# ------------------------------------------------------------------ police as the grievance


def test_police_protesters_hold_something_against_are_no_side(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Traders in Kisii staged a protest over the prosecution of a police officer."
    assert actor_pair(text, "protest", "Protests", "Peaceful protest")[1] is None
    text = "Residents blocked a road and burned tyres in Chemolingot to show their disappointment with the police."
    assert actor_pair(text, "burned", *RIOT)[1] is None


def test_police_who_break_up_a_protest_stay_its_other_side(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Traders in Kisii staged a protest over market fees. Police dispersed them with tear gas."
    assert actor_pair(text, "protest", "Protests", "Protest with intervention")[1] == POLICE


# ------------------------------------------------------------------ officers of civilian bodies


def test_an_officer_of_a_civilian_body_is_a_civilian(catalogue, catalogue_nlp) -> None:  # type: ignore[no-untyped-def]
    names = _names(catalogue, catalogue_nlp, "A Red Cross officer was shot by gunmen in Wajir.")
    assert CIVILIANS in names and POLICE not in names
    assert POLICE in _names(catalogue, catalogue_nlp, "An officer was shot by gunmen in Wajir.")


def test_a_civilian_officer_is_a_civilian_participant(catalogue, catalogue_nlp) -> None:  # type: ignore[no-untyped-def]
    from fogwatch.actors import find_actors
    from fogwatch.event_participants import ARMED, CIVILIAN, participants

    analysis = catalogue_nlp.analyse("Gunmen shot a company officer in Wajir.")
    mentions = find_actors(analysis, catalogue, country="Kenya", on=ON)
    shot = next(t.i for t in analysis.tokens if t.text == "shot")
    who = participants(analysis, shot, mentions)
    assert CIVILIAN in who.targets and ARMED not in who.targets


# ------------------------------------------------------------------ the act read for a trigger that names none


def test_an_arrest_after_the_killing_does_not_hide_the_killer(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "A police officer shot dead a driver who had refused to pay a bribe in Kilgoris. The officer was arrested."
    assert actor_pair(text, "arrested", *ATTACK) == (POLICE, CIVILIANS)


def test_police_who_search_and_shoot_are_the_attackers(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Police searched a house in Mathare and shot dead a hawker."
    assert actor_pair(text, "shot", *ATTACK) == (POLICE, CIVILIANS)


def test_police_who_arrest_and_question_a_suspect_later_are_not_the_attackers(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "A county official was shot in the head in Kileleshwa. A week later a politician was arrested and " \
           "questioned by police over the shooting."
    assert actor_pair(text, "shot", *ATTACK)[0] == GANG


def test_police_who_arrest_and_then_beat_are_the_attackers(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Two activists were arrested by police in Kisumu. They were beaten in the cells at the police station."
    assert actor_pair(text, "arrested", *ATTACK) == (POLICE, CIVILIANS)
