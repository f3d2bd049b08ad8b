"""Casualty figures and ACLED-style fatality estimates.

Every text here was written for these tests.
"""

from __future__ import annotations

import pytest

from fogwatch.quantities import Casualty, estimate_fatalities, find_casualties


def figures(nlp, text: str) -> list[Casualty]:
    return list(find_casualties(nlp.analyse(text)))


def killed(nlp, text: str) -> int:
    return estimate_fatalities(figures(nlp, text), partisan=lambda c: False).fatalities


# --------------------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Gunmen killed 40 villagers near the market.", 40),
        ("The blast killed 1,200 people, officials said.", 1200),
        ("Forty-two soldiers were killed in the ambush.", 42),
        ("Two people died when the bus was set on fire.", 2),
        ("Dozens of people were killed in the raid.", 12),
        ("Several herders were killed overnight.", 3),
    ],
)
def test_counts_in_digits_words_and_vague_words(nlp, text, value):
    found = [c for c in figures(nlp, text) if c.outcome == "killed"]
    assert [c.value for c in found] == [value]


def test_vague_words_keep_a_range(nlp):
    (c,) = figures(nlp, "Dozens of people were killed in the raid.")
    assert (c.value, c.low, c.approximate) == (12, 12, "dozens")
    assert c.high > c.value


def test_at_least_is_a_lower_bound(nlp):
    (c,) = figures(nlp, "At least five assailants were killed in the clash.")
    assert (c.value, c.low, c.approximate) == (5, 5, "at least")
    assert c.text == "At least five"
    assert c.victim == "assailants"


def test_one_person_implied(nlp):
    assert killed(nlp, "A man and his son were killed by unknown gunmen.") == 2
    assert killed(nlp, "Police shot dead a suspected robber on the highway.") == 1


def test_outcome_words(nlp):
    assert killed(nlp, "One death was reported after the clash.") == 1
    assert killed(nlp, "Raiders stormed the camp, killing three.") == 3
    assert killed(nlp, "Police recovered the bodies of four people from the river.") == 4
    assert killed(nlp, "Fighting over the well left five dead.") == 5
    assert killed(nlp, "The death toll rose to 12 on Sunday.") == 12


def test_lost_members_are_killed(nlp):
    (c,) = figures(nlp, "The militia lost 40 of their members during the assault.")
    assert (c.value, c.outcome, c.victim) == (40, "killed", "of their members")


def test_other_outcomes(nlp):
    got = {(c.value, c.outcome) for c in figures(nlp, "Rebels killed seven people, wounded ten and kidnapped three.")}
    assert got == {(7, "killed"), (10, "wounded"), (3, "abducted")}
    got = {(c.value, c.outcome) for c in figures(nlp, "Police arrested 25 protesters and two officers are missing.")}
    assert got == {(25, "arrested"), (2, "missing")}


def test_victim_groups_add_up(nlp):
    assert killed(nlp, "Two soldiers and three civilians were killed in the attack.") == 5


def test_restated_deaths_are_not_counted_twice(nlp):
    text = "Five people died in the attack on the market. The five victims were buried on Sunday."
    assert killed(nlp, text) == 5
    text = "Five people were killed in the attack, including two children."
    assert killed(nlp, text) == 5


def test_another_adds_to_an_earlier_figure(nlp):
    assert killed(nlp, "Two policemen were killed in the ambush. Another three officers died in hospital.") == 5


def test_not_headcounts(nlp):
    text = "A 12-year-old boy was wounded and the rebels seized $41 million and 30 goats in 2019."
    assert [c.value for c in figures(nlp, text)] == [1]
    assert killed(nlp, "Attackers killed 30 goats near the 12 km mark.") == 0


def test_intended_and_negated_killings_are_not_counted(nlp):
    assert killed(nlp, "The group threatened to kill five hostages.") == 0
    assert killed(nlp, "No one was killed in the explosion.") == 0


def test_deaths_the_text_recalls_are_background(nlp):
    found = figures(nlp, "Students protested the killing of two classmates by police.")
    assert found and all(c.background for c in found)
    assert killed(nlp, "Students protested the killing of two classmates by police.") == 0


# --------------------------------------------------------------------------- the estimate (no model needed)


def fig(value: int, start: int, sentence: int = 0, **kw) -> Casualty:
    fields = dict(
        start=start, end=start + 2, text=str(value), sentence=sentence, value=value, low=value, high=value,
        approximate=None, outcome="killed", victim="people", victim_span=None,
    )
    fields.update(kw)
    return Casualty(**fields)  # type: ignore[arg-type]


def test_no_figure_gives_zero_and_no_range():
    est = estimate_fatalities([], partisan=lambda c: False)
    assert (est.fatalities, est.low, est.best, est.high, est.evidence) == (0, None, None, None, ())


def test_lowest_neutral_figure_is_acled_fatalities():
    a, b = fig(10, 0, sentence=0), fig(15, 50, sentence=2)
    est = estimate_fatalities([a, b], partisan=lambda c: False)
    assert (est.fatalities, est.low, est.high) == (10, 10, 15)
    assert est.evidence == ((0, 2),)


def test_partisan_claims_only_raise_high():
    neutral, claim = fig(10, 0, sentence=0), fig(40, 80, sentence=3, victim="fighters")
    est = estimate_fatalities([neutral, claim], partisan=lambda c: c.start == 80)
    assert (est.fatalities, est.low, est.best, est.high) == (10, 10, 10, 40)


def test_only_partisan_claims_code_the_lowest_claim():
    # ACLED codes a party's figure when nothing contradicts it; low and best stay independent
    claims = [fig(40, 0, victim="fighters"), fig(25, 60, sentence=2, victim="fighters")]
    est = estimate_fatalities(claims, partisan=lambda c: True)
    assert (est.fatalities, est.low, est.best, est.high) == (25, None, None, 40)


def test_disputed_partisan_claims_give_no_acled_fatalities():
    claim = fig(40, 0, victim="Taliban", disputed=True)
    est = estimate_fatalities([claim], partisan=lambda c: True)
    assert (est.fatalities, est.low, est.best, est.high) == (0, None, None, 40)


def test_a_denied_claim_marks_the_figures_disputed(nlp):
    text = "The rebels said they killed 12 soldiers. The army rejected the claim as fabricated."
    found = [c for c in figures(nlp, text) if c.outcome == "killed"]
    assert found and all(c.disputed for c in found)
    assert not any(c.disputed for c in figures(nlp, "The rebels said they killed 12 soldiers."))


def test_best_is_the_figure_most_reports_give():
    figs = [fig(8, 0, sentence=0), fig(10, 30, sentence=1), fig(10, 60, sentence=2)]
    est = estimate_fatalities(figs, partisan=lambda c: False)
    assert (est.fatalities, est.best) == (8, 10)


def test_a_revised_toll_replaces_earlier_figures():
    figs = [fig(4, 0, sentence=0), fig(6, 40, sentence=2, revised=True, victim=None)]
    assert estimate_fatalities(figs, partisan=lambda c: False).fatalities == 6


def test_wounded_and_background_figures_are_not_fatalities():
    figs = [fig(3, 0, outcome="wounded"), fig(2, 20, background=True)]
    assert estimate_fatalities(figs, partisan=lambda c: False).fatalities == 0


def test_lost_materiel_is_not_a_casualty(nlp):
    text = ("The commander said the rebels lost a number of heavy weapons in the battle. "
            "Five fighters were killed.")
    found = figures(nlp, text)
    assert [c.value for c in found if c.outcome == "killed"] == [5]


# --------------------------------------------------------------------------- classes of errors fixed


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # an acronym in brackets inside the victim phrase
        ("Three Border Police Unit (BPU) officers were killed in the ambush.", 3),
        # a date the tagger runs into the count after it
        ("Between 4th and 5th of May two herders were killed near the river.", 2),
        # an age names one person
        ("Gunmen shot and killed a 19-year-old near the stadium.", 1),
        # a body found is one person dead; the victim's own body is not a second one
        ("His body was found in a river on Sunday.", 1),
        ("A trader was killed and his body dumped in a ditch.", 1),
        # reported, not intended
        ("Two were reported to be killed in the raid on the village.", 2),
        # the suicide bomber who was the only casualty
        ("A suicide bomber blew up his car at the gate. The bomber was the only casualty.", 1),
        # a surname after the full name
        ("Gunmen shot Abdul Karim Wardak in the market. Wardak was killed on the spot.", 1),
        # the rest of a group already counted is not counted again
        ("Ten people were killed, four traders and six raiders. The six other dead were raiders.", 10),
    ],
)
def test_fatality_classes(nlp, text, value):
    assert killed(nlp, text) == value


@pytest.mark.parametrize(
    "text",
    [
        # an accident, not violence
        "A lorry collided with a bus on the highway, killing four passengers.",
        "The driver collapsed and died at the police station.",
        # an earlier event, dated before this one
        "Parents marched over a teacher who was beaten to death by police three weeks before.",
        # a possibility, not a report
        "Officials said the suspect may have been killed.",
        # what someone is believed to have done
        "Residents protested against a soldier who they believe killed two fishermen.",
        # a purpose, not a deed
        "Armed men stormed the ward to kill a patient.",
        # a mob's victim who survived
        "A mob lynched a suspected thief. Police rescued the man before death.",
        # injuries beside "no fatalities"
        "Three injuries and no fatalities were reported after the fight.",
    ],
)
def test_no_fatality_classes(nlp, text):
    assert killed(nlp, text) == 0


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Eight people were killed in the fighting (fatalities split across two events).", 4),
        ("Twelve civilians were killed. 12 fatalities split across 3 locations, coded as 5.", 5),
        ("Gunmen attacked a post. This was one of two related attacks. Six soldiers were killed.", 3),
        ("Nine civilians were killed across the three raids on the villages.", 3),
        ("Rioting broke out in the town. FATALITIES: 15", 15),
    ],
)
def test_coders_notes_on_how_a_toll_was_coded(nlp, text, value):
    assert killed(nlp, text) == value


def test_coded_as_separate_events_is_no_figure(nlp):
    assert killed(nlp, "A man was stabbed at the rally. Coded as two separate events.") == 0


# --------------------------------------------------------------------------- coders' notes and asides


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the same incident in a gerund after "after" / "before"
        ("Armed men seized two engineers near the well after killing their driver.", 1),
        # "suspected to be" says who the gunmen are, not what they were accused of
        ("Gunmen suspected to be bandits raid and kill four herders.", 4),
        # a relative clause on the agent of a passive carries the story on
        ("Traders were attacked by a militia, who killed two shopkeepers.", 2),
        # "fatally" makes a wounding a death
        ("Two farmers were fatally shot near the dam.", 2),
        # a weapon in brackets is not the object; a slash-separated list of outcomes
        ("3 killed (pangas) during the night raid.", 3),
        ("Raid on the village - 5 killed/ 40 huts burned/ 90 goats stolen", 5),
        # "suspected" between the count and the outcome word
        ("6 suspected raiders shot dead by rangers in the reserve.", 6),
        # coordinated counted groups share the outcome word after them
        ("A firefight followed and two rangers and one poacher were killed.", 3),
        # deaths among the wounded add to the toll
        ("Two guards were killed and nine injured. Four of the injured died later in hospital.", 6),
        # one person described twice
        ("A well-known preacher and government critic was shot dead outside his home.", 1),
        # an aside on the figure
        ("At least 12 (one report says 15) have been killed in the feud.", 12),
        # the members of a group counted
        ("The mine exploded, killing a group of four soldiers.", 4),
        # "which" stands for the event or its place, not for a killer recalled
        ("Another raid took place at the Kora ranch, which killed three herders.", 3),
        ("Clashes between two clans, which resulted in 4 deaths and 9 injuries, went on all night.", 4),
        # ... but deaths in what the event led to are not its own
        ("Two farmers were killed which sparked a week of violence in the district where 5 herders were "
         "killed during the week.", 2),
    ],
)
def test_fatality_classes_in_notes(nlp, text, value):
    assert killed(nlp, text) == value


@pytest.mark.parametrize(
    "text",
    [
        # "6 seriously injured" are wounded, only "1 killed" is a death
        "4 seriously injured in the brawl at the bar.",
        "The guard was non-fatally shot by robbers.",
        # deaths the coder coded as another event
        "Second day of unrest in the town. 3 killed (coded separately)",
        "Shells hit the village. One man was killed and two were hurt (fatalities coded to Lisko event).",
        # what a demonstration is about, what someone is accused of, the reason for an arrest
        "A march was held over the death of a hawker in the market.",
        "A suspect in the murder of a teacher was beaten by villagers.",
        "The rider was detained because his car had hit and killed a pedestrian.",
    ],
)
def test_no_fatality_classes_in_notes(nlp, text):
    assert killed(nlp, text) == 0


def test_injured_beside_killed_are_not_added(nlp):
    assert killed(nlp, "5 seriously injured and 2 killed in the clash at the market.") == 2


def test_place_before_coded_separately_keeps_the_figure(nlp):
    # the aside is about the other place, not the deaths
    text = "Gangs fought in Ruiru and Juja (coded separately). Several men were killed in Juja (coded separately)."
    assert killed(nlp, text) == 3


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Bombing at a church left many casualties. Exact number not known - est at 8.", 8),
        ("Violence in the valley. Report of a farmer and his sons killed -FATALITIES: Estimate of 4 people.", 4),
        ("Riots in the town. FATALITIES: DETAILS NOT SPECIFIED (ESTIMATE ONLY:9)", 9),
        ("A patrol vehicle hit a mine. Fatalities unclear (coded at low estimate of 3).", 3),
    ],
)
def test_coders_estimates_fill_a_missing_toll(nlp, text, value):
    assert killed(nlp, text) == value


def test_an_estimate_does_not_override_a_count_or_size_a_crowd(nlp):
    assert killed(nlp, "Two traders were killed. Police put the crowd estimated at 300 at the scene.") == 2
    assert killed(nlp, "The killing of a boy angered residents. A crowd estimated at 500 marched.") == 0


def test_asides_and_unconfirmed_deaths_qualify_the_toll(nlp):
    assert killed(nlp, "9 killed in the raid *[mortuary count = 5]* on the village.") == 9
    assert killed(nlp, "3 officers were killed in the attack. 6 other deaths are feared but unconfirmed.") == 3


# --------------------------------------------------------------------------- parse slips and coder shorthand


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # an infinitive after a verb that says it was done
        ("Knives were used by the gang to kill 6 in the market.", 6),
        ("The guards then proceeded to kill him inside the compound.", 1),
        ("Soldiers claim to kill four militants near the river.", 4),
        # a headline passive after another clause
        ("Traders and a suspect argue at the market; suspect killed", 1),
        ("A farmer from the lower valley is discovered murdered by unknown people.", 1),
        # "a" before a plural: a coder's slip for one person
        ("A members of the county guard is killed when a crowd mistook him for a thief.", 1),
        # verbs conjoined in a chain share their passive subject
        ("Three traders were beaten, slashed and beheaded by a gang in the hills.", 3),
        ("Residents stone to death three cattle thieves near the dam.", 3),
        ("Villagers stone suspected thief to death", 1),
        ("A crowd lynches and burns a suspected thief near the market.", 1),
        ("Five suspects were set on fire by a vigilante group.", 5),
        ("A gunman guns down two guards at the gate", 2),
        ("Police opened fire, shooting dead at lesast 3", 3),
        ("A shopkeeper was killed by gunmen with his wife and son at their home.", 3),
        ("The county clerk is shot and killed, along with his driver.", 2),
        ("The farm manager died on the spot together with his passenger.", 2),
        ("Two herders were ambushed and left for dead by raiders.", 2),
        ("A man was hit with clubs, leading to his death two days later.", 1),
        ("A local elder, believed to be a member of the council, was shot dead by gunmen.", 1),
        ("Newly appointed county commissioner Jamo Keter was shot dead at his gate.", 1),
    ],
)
def test_parse_slips_and_coder_shorthand_keep_the_toll(nlp, text, value):
    assert killed(nlp, text) == value


@pytest.mark.parametrize(
    "text",
    [
        "Rioters set a bus ablaze on the highway.",
        "The gang plans to kill two witnesses, police said.",
        "Soldiers are going to kill the rebels, the commander warned.",
    ],
)
def test_no_toll_where_none_is_told(nlp, text):
    assert killed(nlp, text) == 0


def test_claiming_responsibility_for_a_killing_is_this_events_toll(nlp):
    text = "Militants attack the camp and later claim responsibility for the death of five in the town."
    assert killed(nlp, text) == 5
    assert killed(nlp, "Police arrested two men for the murder of a trader.") == 0


def test_with_is_company_only_beside_along_or_together(nlp):
    assert killed(nlp, "A man died along with his wife in the attack.") == 2
    assert killed(nlp, "A gunman died with a rifle in his hands during the clash.") == 1


def test_them_after_a_counted_group_counts_that_group(nlp):
    assert killed(nlp, "Soldiers arrested seven traders and executed them near the river.") == 7
    (c,) = [c for c in figures(nlp, "A gang abducted two teachers and later killed them.") if c.outcome == "killed"]
    assert c.value == 2
    # a group no verb counted before gives no number
    assert killed(nlp, "Gunmen stopped the bus and killed them.") == 0


def test_a_clause_with_before_tells_what_happened_next(nlp):
    text = "A guard shot a trader at the gate before he was attacked and killed by a crowd."
    assert killed(nlp, text) == 1


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the head of an office is a person; a head of cattle is not
        ("On 2 May, soldiers shot dead the head of the district water board near the dam.", 1),
        ("Raiders stole 300 head of cattle and killed two herders.", 2),
        # an acronym the tagger reads as a verb
        ("On 4 June, 6 IS fighters were killed by an airstrike near the border.", 6),
        # the subject hung on the place before it
        ("On 8 July, in Upper Town, Lakeside, a retired teacher was shot dead by unknown gunmen.", 1),
        # a participle the tagger took for a past tense
        ("On 3 May, gunmen raided the village of Tamba, 9 people of the farming community killed and three "
         "wounded, two shops torched.", 9),
    ],
)
def test_victims_the_parser_misplaces(nlp, text, value):
    assert killed(nlp, text) == value


def test_a_one_line_headline_shooting_is_a_killing(nlp):
    assert killed(nlp, "Bandits shoot village elder near the border") == 1
    assert killed(nlp, "Police shoot two robbery suspects in the market") == 2
    # not the past tense of a report, not where the note tells of injuries, not things
    assert killed(nlp, "Police shot two robbery suspects in the market.") == 0
    assert killed(nlp, "Bandits shoot village elder, who is treated in hospital") == 0
    assert killed(nlp, "Police shoot teargas at the crowd") == 0
    # a report of several sentences is not a headline
    assert killed(nlp, "Bandits shoot a village elder near the border. The elder was taken home.") == 0


# ------------------------------------------------------------ deaths a protest is about, captives, suicides


@pytest.mark.parametrize(
    "text",
    [
        "Traders marched in the town in protest against the death of their colleague at the station.",
        "Students demonstrated against the murder of a lecturer who had been kidnapped a week earlier.",
        "Villagers rioted when police tried to exhume the body of a farmer buried on the disputed plot.",
        "Mourners marched to the mortuary and took away the body of a woman in protest of the killing.",
    ],
)
def test_deaths_a_demonstration_is_about_are_background(nlp, text):
    assert killed(nlp, text) == 0


def test_a_body_found_at_a_demonstration_still_counts(nlp):
    assert killed(nlp, "During the protest the body of a demonstrator was found near the barricade.") == 1


def test_two_bodies_are_two_deaths(nlp):
    text = "The trader went missing on Monday. His body and the body of a guard were found on Tuesday."
    assert killed(nlp, text) == 2
    assert killed(nlp, "A herder was shot dead and his body dumped in the river.") == 1


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A teacher and a nurse were detained by soldiers at a roadblock. "
         "Their bodies were found in a ditch days later.", 2),
        ("Gunmen stormed the camp, killing a guard and abducting two others. "
         "Later the abducted guards were found dead.", 3),
        ("Five traders were arrested by men in uniform and later they were found dead in a forest.", 5),
    ],
)
def test_captives_later_found_dead(nlp, text, value):
    assert killed(nlp, text) == value


def test_captives_found_alive_are_not_deaths(nlp):
    assert killed(nlp, "Police arrested four suspects in the market. They were found with stolen phones.") == 0


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A prison warder shot dead his supervisor before turning the gun on himself.", 2),
        ("A guard shot dead three colleagues before committing suicide.", 4),
        ("The gunman killed two shoppers and then killed himself.", 3),
    ],
)
def test_a_killer_who_takes_his_own_life_adds_a_death(nlp, text, value):
    assert killed(nlp, text) == value


def test_a_suicide_alone_is_no_killing_to_add_to(nlp):
    assert killed(nlp, "The pupils marched after a classmate committed suicide last week.") == 0


def test_an_independent_report_of_one_death_beats_a_party_claim():
    from fogwatch.quantities import estimate_fatalities as est

    one = Casualty(start=0, end=5, text="a soldier", sentence=0, value=1, low=1, high=1, approximate=None,
                   outcome="killed", victim="soldier", victim_span=(0, 5), implied=True)
    claim = Casualty(start=50, end=55, text="eight", sentence=1, value=8, low=8, high=8, approximate=None,
                     outcome="killed", victim=None, victim_span=None)
    estimate = est([one, claim], partisan=lambda c: c is claim)
    assert (estimate.fatalities, estimate.high) == (1, 8)
