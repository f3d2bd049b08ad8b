"""Classes of fatality errors: coders' notes on how a toll was coded, and deaths a report recalls
rather than reports (a reprisal's cause, a protest's grievance, a toll someone dismissed).

Every text here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from fogwatch.events import _notes_to_primary
from fogwatch.quantities import Casualty, _days_listed, estimate_fatalities, find_casualties
from fogwatch.records import Article


def figures(nlp, text: str) -> list[Casualty]:
    return list(find_casualties(nlp.analyse(text)))


def killed(nlp, text: str) -> int:
    return estimate_fatalities(figures(nlp, text), partisan=lambda c: False).fatalities


def first_event_fatalities(pipeline, text: str) -> int:
    article = Article(id="t", text=text, published=dt.date(2024, 5, 2), country="Kenya")
    (result,) = pipeline.extract_many([article])
    assert result.events, "the report should give at least one event"
    return result.events[0].fatalities


# --------------------------------------------------------------------------- coders' notes


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("On 2 May, gunmen attacked a market in Tarbaj, killing several traders. Between 1 and 4 May at least "
         "nine people were killed in the area. 4 fatalities coded here.", 4),
        ("On 2 May, police clashed with bandits in Kainuk, killing 7 bandits and a herder. 8 fatalities split "
         "across two days, 5 coded here.", 5),
        ("Riots spread through the town after the arrest of a councillor. [3 killed - 1 recorded here because "
         "of overlap with other events].", 1),
    ],
)
def test_coded_here_gives_this_events_count(nlp, text, value):
    assert killed(nlp, text) == value


def test_a_count_coded_for_another_day_is_not_this_events(nlp):
    # "coded for May 12" is a share of another event: it must not be read as this event's count
    found = figures(nlp, "Herders fought farmers near Lokori. 6 fatalities coded for 12 May.")
    assert not any(c.note and c.value == 6 for c in found)


def test_a_list_of_shares_gives_the_first_share_not_the_sum(nlp):
    text = ("Clashes between two clans in Marsabit. 11 killed in clashes in Dukana and Sololo "
            "(6 fatalities coded for Dukana, 5 coded for Sololo).")
    assert killed(nlp, text) == 6


def test_a_closing_count_is_the_primary_events_toll(pipeline):
    text = ("On 3 April 2024, in Riverside, armed men shot and killed a shopkeeper outside his store. "
            "The attackers escaped on a motorbike. 1 fatality.")
    assert first_event_fatalities(pipeline, text) == 1


def test_a_closing_count_replaces_the_sum_of_a_glued_sentence(nlp):
    # the splitter keeps "... the road to the port. 2 fatalities." in one sentence: the note is not a
    # second victim group
    text = ("Around 1 April 2024, in Hillside, two people were killed and their bodies were left on the road. "
            "2 fatalities.")
    assert killed(nlp, text) == 2


def test_a_count_in_mid_note_is_not_a_closing_count(nlp):
    found = figures(nlp, "There were 5 fatalities. Police arrested two suspects later that week.")
    assert not any(c.note for c in found)


@pytest.mark.parametrize(
    ("span", "days"),
    [
        ("from Jun 4 to June 6.", 3),
        ("of Sept 16 and Sept 17", 2),
        ("August 8, August 9 and August 10", 3),
        ("of 10 July to 11 July", 2),
        ("of the offensive", None),
    ],
)
def test_days_named_by_a_share_note(span, days):
    assert _days_listed(span) == days


def test_a_toll_divided_by_day_is_shared_rounding_half_up(nlp):
    text = ("Troops continued their operation against the militants in the old town on June 5. Officials say "
            "the fighting has left at least 150 people dead. (14 fatalities have been divided for the days "
            "from Jun 4 to June 6.)")
    assert killed(nlp, text) == 5  # 14 / 3 = 4.67
    text2 = text.replace("14 fatalities", "9 fatalities").replace("from Jun 4 to June 6", "of Jun 5 and June 6")
    assert killed(nlp, text2) == 5  # 9 / 2 = 4.5, half up


def _note(start: int, value: int) -> Casualty:
    return Casualty(start=start, end=start + 1, text=str(value), sentence=3, value=value, low=value, high=value,
                    approximate=None, outcome="killed", victim=None, victim_span=None, revised=True, note=True)


def _plain(start: int, value: int, sentence: int) -> Casualty:
    return Casualty(start=start, end=start + 1, text=str(value), sentence=sentence, value=value, low=value,
                    high=value, approximate=None, outcome="killed", victim=None, victim_span=None)


def test_notes_reach_the_first_event():
    first, later, note = _plain(0, 2, 0), _plain(50, 3, 2), _note(90, 4)
    shares = _notes_to_primary([(first,), (later, note)], [first, later, note])
    assert shares[0] == (first, note)
    assert shares[1] == (later, note)  # a later event keeps what its sentences gave it
    assert estimate_fatalities(shares[0], partisan=lambda c: False).fatalities == 4


def test_a_note_the_first_event_has_is_not_added_twice():
    first, note = _plain(0, 2, 0), _note(30, 4)
    assert _notes_to_primary([(first, note)], [first, note]) == [(first, note)]


def test_coded_to_a_date_is_not_a_count(nlp):
    text = ("Militias clashed with troops on the 3rd, 4th and 5th November. At least one civilian was killed. "
            "Fatality coded to 4 November 2019.")
    assert killed(nlp, text) == 1


def test_the_count_coded_here_wins_over_another_coded_figure(nlp):
    text = ("Soldiers killed tens of villagers near the river (unspecified fatalities coded as 10, 8 fatalities "
            "coded here, 2 were coded to the next village).")
    assert killed(nlp, text) == 8


def test_no_note_leaves_the_shares_alone():
    first, later = _plain(0, 2, 0), _plain(50, 3, 2)
    assert _notes_to_primary([(first,), (later,)], [first, later]) == [(first,), (later,)]


# --------------------------------------------------------------------------- recalled deaths


def test_deaths_a_reprisal_avenges_are_background(nlp):
    text = "1 killed by unknown raiders - believed to be a revenge attack for 3 herders killed on 12/03/09."
    assert killed(nlp, text) == 1
    (avenged,) = [c for c in figures(nlp, text) if c.value == 3]
    assert avenged.background


def test_an_ordinary_attack_for_cattle_is_not_a_reprisal(nlp):
    assert killed(nlp, "Raiders killed 3 herders in an attack for cattle near the river.") == 3


def test_the_killing_that_set_off_a_protest_is_background(nlp):
    text = ("Hundreds of traders in Malindi took to the streets to protest against insecurity. The protests were "
            "precipitated by the killing of a hawker who was attacked with knives on Friday night.")
    assert killed(nlp, text) == 0


def test_a_toll_someone_dismissed_is_not_counted(nlp):
    text = ("On 3 May, a herder was killed in a shootout near Kainuk. The county commissioner dismissed reports "
            "that 11 people were shot dead.")
    assert killed(nlp, text) == 1


def test_a_reported_toll_is_still_counted(nlp):
    assert killed(nlp, "The county commissioner said that 11 people were shot dead near Kainuk.") == 11


def test_a_share_the_coder_wrote_after_a_split_note_is_used(nlp):
    text = ("On 2 March 2020, 14 militants were killed and 6 were wounded in army raids in three districts "
            "of the province. Fatalities are split across 3 events (5).")
    assert killed(nlp, text) == 5


def test_coded_to_zero_is_a_count(nlp):
    text = "Drones struck rebel positions near the border. 5 rebels were killed or wounded. Fatalities coded to 0."
    assert killed(nlp, text) == 0


# --------------------------------------------------------------------------- not people


def test_a_gun_calibre_is_not_a_headcount(nlp):
    assert killed(nlp, "The army fired a 122 mm howitzer at the rebel position on Monday.") == 0
    assert killed(nlp, "Rebels fired 120mm mortars at the camp. Casualties unknown.") == 0


def test_oxen_are_not_people(nlp):
    assert killed(nlp, "The raiders killed more than forty oxen and stole goats from the village.") == 0


# --------------------------------------------------------------------------- lost subjects


@pytest.mark.parametrize(
    "text",
    [
        # the parser hangs the subject on "belonging" and leaves "was shot" without one
        "A trader reportedly linked to a smuggling ring was shot and killed in a police operation in the port city.",
        # the parser takes the victim for an apposition of the place list
        "On 4 May, in Upper Town, Lake District, a market chair of Ward Seven was shot dead by unknown gunmen.",
    ],
)
def test_a_passive_whose_subject_the_parser_lost_is_one_death(nlp, text):
    assert killed(nlp, text) == 1


def test_a_lost_subject_must_be_someone(nlp):
    assert killed(nlp, "A cow belonging to a farmer in the village was killed by lions.") == 0


def test_a_number_in_a_name_is_not_a_count(nlp):
    text = "On 3 May, an officer of Squad 77 and a rebel fighter were killed in a gun battle near the lake."
    assert killed(nlp, text) == 2


def test_a_conflict_that_left_people_dead_is_not_a_victim(nlp):
    assert killed(nlp, "Herders and farmers fought each other in a conflict that left six dead.") == 6


def test_the_death_mourners_demonstrate_about_is_background(nlp):
    text = ("Relatives of two young men who died in a police cell held a protest outside the county offices, "
            "demanding justice.")
    assert killed(nlp, text) == 0


def test_relatives_of_the_victims_are_not_a_background_outside_a_demonstration(nlp):
    assert killed(nlp, "Gunmen killed two relatives of a local chief near the market.") == 2


def test_a_body_residents_keep_from_police_is_the_grievance(nlp):
    text = ("On 22 January, residents of a village blocked police from removing the body of a trader killed "
            "the day before by bandits.")
    assert killed(nlp, text) == 0


def test_deaths_coded_to_a_hyphenated_event_are_another_events(nlp):
    text = ("Artillery hit several villages during the day. As a result of the shelling, three civilians were "
            "killed at unspecified locations (fatalities coded to North - Central event).")
    assert killed(nlp, text) == 0


def test_a_split_note_with_the_count_in_brackets(nlp):
    text = ("The air force struck three villages and killed 27 militants, fatalities split between (3) events "
            "on 4 May.")
    assert killed(nlp, text) == 9


def test_of_several_counts_coded_here_the_last_sums_up(nlp):
    text = ("Gangs attacked two villages on 3 May. 12 gang fatalities split across two events (6 coded here), and "
            "8 fatalities split across four events (2 coded here). 8 fatalities coded here.")
    assert killed(nlp, text) == 8
