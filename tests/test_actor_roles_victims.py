"""Which of the mentioned sides become actor1 / actor2 (``fogwatch.actor_roles``): the person a mob went
for over the police who intervene, the security forces a blast hit over the civilians hit with them, the
police who act on a protest. All texts are written for these tests; conftest.py's ``actor_pair`` loads the
spaCy model once for the session."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

POLICE = "Police Forces of Kenya (2013-2022)"
MILITARY = "Military Forces of Kenya (2013-2022)"
CIVILIANS = "Civilians (Kenya)"
RIOTERS = "Rioters (Kenya)"
PROTESTERS = "Protesters (Kenya)"
BOMB = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
MOB = ("Riots", "Mob violence")
RIOT = ("Riots", "Violent demonstration")
PROTEST = ("Protests", "Peaceful protest")


# ------------------------------------------------------------------ mob violence


def test_the_person_a_mob_went_for_outranks_the_police_who_intervene(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "A suspected cattle thief was lynched by villagers in Kakamega. Police intervened and took him away."
    assert actor_pair(text, "lynched", *MOB) == (RIOTERS, CIVILIANS)
    text = "Residents of a village in Kitui nearly lynched a man accused of witchcraft before he was rescued by police."
    assert actor_pair(text, "lynched", *MOB) == (RIOTERS, CIVILIANS)


def test_police_the_mob_turns_on_stay_the_other_side(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "A mob lynched a suspected thief in Embu and injured two police officers who tried to rescue him."
    assert actor_pair(text, "lynched", *MOB) == (RIOTERS, POLICE)


def test_police_who_shoot_into_the_mob_stay_the_other_side(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "A crowd tried to lynch a suspected robber in Eldoret. Police opened fire on the crowd, wounding two."
    assert actor_pair(text, "lynch", *MOB) == (RIOTERS, POLICE)


def test_the_people_a_force_arrests_are_not_the_crowds_victims(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Angry youths stoned policemen who were arresting a trader in Kisii."
    assert actor_pair(text, "arresting", *MOB) == (RIOTERS, POLICE)


# ------------------------------------------------------------------ explosions


def test_security_forces_hit_by_a_blast_are_its_target(actor_pair) -> None:  # type: ignore[no-untyped-def]
    assert actor_pair("A roadside bomb exploded near Mandera, injuring three police officers.", "bomb", *BOMB)[1] \
        == POLICE
    text = "Seven people including three pupils and four police officers were killed in a roadside bomb attack."
    assert actor_pair(text, "bomb", *BOMB)[1] == POLICE


def test_forces_outrank_the_civilians_hit_with_them(actor_pair) -> None:  # type: ignore[no-untyped-def]
    assert actor_pair("A landmine killed two soldiers and a herder near Garissa.", "landmine", *BOMB)[1] == MILITARY


def test_a_bare_participle_counts_forces_among_the_casualties(actor_pair) -> None:  # type: ignore[no-untyped-def]
    actor1, actor2 = actor_pair("Grenade attack in Mombasa blamed on militants; police and civilians injured",
                                "Grenade", "Explosions/Remote violence", "Grenade")
    assert actor2 == POLICE and actor1 != POLICE


def test_a_convoy_stands_for_the_force_it_carries(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "An IED exploded near Lafey, targeting a police convoy. Three soldiers were killed in a later raid."
    assert actor_pair(text, "IED", *BOMB)[1] == POLICE


def test_forces_that_act_after_a_blast_or_elsewhere_are_not_its_target(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "A bomb exploded at a bus stop in Nairobi, killing three passengers. Police later arrested two suspects."
    assert actor_pair(text, "bomb", *BOMB)[1] == CIVILIANS
    text = "An IED injured four traders in Mandera. A similar attack against police took place last week."
    assert actor_pair(text, "IED", *BOMB)[1] == CIVILIANS


# ------------------------------------------------------------------ protests and riots


def test_crowd_control_tools_bring_in_the_police(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Traders protested in Nakuru over new market levies. Police responded with tear gas."
    assert actor_pair(text, "protested", *PROTEST) == (PROTESTERS, POLICE)
    text = "Boda boda riders demonstrated in Kisumu; officers fired rubber bullets."
    assert actor_pair(text, "demonstrated", *PROTEST)[1] == POLICE


def test_tear_gas_the_protest_is_about_brings_in_no_one(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Students protested in Nakuru to condemn the use of tear gas at their campus."
    assert actor_pair(text, "protested", *PROTEST) == (PROTESTERS, None)


def test_a_force_that_beats_the_protesters_is_the_other_side(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Two councillors and eight traders were beaten by riot police when they staged a protest in Kisii."
    assert set(actor_pair(text, "protest", *PROTEST)) == {PROTESTERS, POLICE}


def test_violence_told_in_another_sentence_is_the_grievance(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Hawkers protested in Thika on Monday. Last week police beat a hawker who refused to move."
    assert actor_pair(text, "protested", *PROTEST) == (PROTESTERS, None)


def test_counted_arrests_in_a_headline_passive(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Nurses protested over unpaid salaries in Kisumu. 20 nurses arrested at the county offices."
    assert actor_pair(text, "protested", *PROTEST) == (PROTESTERS, POLICE)


def test_a_force_that_did_nothing_is_no_side(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Youths barricaded the highway in Limuru over the results. The police did not intervene."
    assert actor_pair(text, "barricaded", *RIOT) == (RIOTERS, None)


def test_a_violent_crowd_that_hurts_people(actor_pair) -> None:  # type: ignore[no-untyped-def]
    assert actor_pair("Demonstrators burned a depot and injured a reporter in Kisumu.", "Demonstrators", *RIOT) \
        == (RIOTERS, CIVILIANS)
    text = "Students rioted in Nyeri over exams. A teacher was assaulted."
    assert actor_pair(text, "rioted", *RIOT) == (RIOTERS, CIVILIANS)


def test_stoning_passing_cars_or_a_described_injury_has_no_victim_side(actor_pair) -> None:  # type: ignore[no-untyped-def]
    assert actor_pair("Students blocked the road in Nairobi and stoned passing motorists.", "blocked", *RIOT) \
        == (RIOTERS, None)
    text = "Pupils blocked a road in Thika, protesting a driver who injured a pupil."
    assert actor_pair(text, "blocked", *RIOT) == (RIOTERS, None)
