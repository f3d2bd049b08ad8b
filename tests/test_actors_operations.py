"""State forces acting through operations, joint forces, and who ACLED names for unnamed killers in the
Philippine drug war. All texts are written for these tests; they need the spaCy parse (conftest.py's
`actor_pair` loads the model once for the session)."""

from __future__ import annotations

import datetime as dt

import pytest

from fogwatch.actors import find_actors, operation_force

pytestmark = pytest.mark.slow

PH = dt.date(2018, 5, 2)
PH_POLICE = "Police Forces of the Philippines (2016-2022)"
PH_ARMY = "Military Forces of the Philippines (2016-2022)"
PH_CIVILIANS = "Civilians (Philippines)"
VIGILANTES = "Anti-Drug Vigilantes (Philippines)"
SUSPECTS = "Armed Drug Suspects (Philippines)"
PH_UNKNOWN = "Unidentified Armed Group (Philippines)"


def ph(actor_pair, text: str, trigger: str, event_type: str = "Violence against civilians",  # type: ignore[no-untyped-def]
       sub: str = "Attack") -> tuple[str | None, str | None]:
    return actor_pair(text, trigger, event_type, sub, country="Philippines", on=PH)


# ------------------------------------------------------------------------- police operations


@pytest.mark.parametrize("text", [
    "A drug suspect was killed during a police raid in Barangay Malinis, Tarlac on May 1.",
    "A drug suspect was killed by undercover police agents in Barangay Malinis, Tarlac on May 1.",
    "Two drug suspects were killed in a raid (assumed police) in Barangay Malinis, Tarlac on May 1.",
    "A drug suspect was killed by plainclothes operatives (assumed police) in Tarlac on May 1.",
    "A drug suspect and former police officer was killed during a police operation in Tarlac on May 1.",
    "A drug suspect and retired policeman was killed during a raid by police and PDEA agents in Tarlac on May 1.",
])
def test_a_police_operation_names_the_police_not_vigilantes(actor_pair, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ph(actor_pair, text, "killed") == (PH_POLICE, PH_CIVILIANS)


def test_unidentified_gunmen_killing_a_drug_suspect_are_vigilantes(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "A drug suspect was shot dead by unidentified gunmen in Barangay Malinis, Tarlac on May 1."
    assert ph(actor_pair, text, "shot") == (VIGILANTES, PH_CIVILIANS)
    # the police only reporting the killing do not make it theirs
    text = "A drug suspect was shot dead by unidentified gunmen in Tarlac on May 1, police said."
    assert ph(actor_pair, text, "shot") == (VIGILANTES, PH_CIVILIANS)


def test_the_rule_is_not_the_philippines_own(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Two men were killed during a police raid on a drug den in Garissa town on Monday."
    assert actor_pair(text, "killed") == ("Police Forces of Kenya (2013-2022)", "Civilians (Kenya)")
    text = "A man was shot dead by unidentified gunmen in Garissa town, police said."
    assert actor_pair(text, "shot") == ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)")


def test_operation_force_reads_the_frame(catalogue_nlp, catalogue) -> None:  # type: ignore[no-untyped-def]
    def forces(text: str) -> list[tuple[str, bool]]:
        analysis = catalogue_nlp.analyse(text)
        return [(m.text, operation_force(analysis, m, 0))
                for m in find_actors(analysis, catalogue, country="Philippines", on=PH)
                if m.category in ("police", "military")]

    assert forces("A vendor was killed during a police raid in Tarlac.") == [("police", True)]
    assert forces("A vendor was shot in Tarlac and the police are investigating.") == [("police", False)]
    # in another sentence only the authors of killings count
    assert forces("Two farmers were shot dead in Bohol. Relatives blamed the killings by state agents.") == \
        [("state agents", True)]
    assert forces("Two farmers were shot dead in Bohol. A police team was sent to the village.") == \
        [("police", False)]


def test_killings_blamed_on_state_agents_are_the_militarys(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "A farmer was shot dead in Bohol on May 1. A rights group said it was one of the killings by state agents."
    assert ph(actor_pair, text, "shot") == (PH_ARMY, PH_CIVILIANS)


# ------------------------------------------------------------------------- joint forces


def test_a_unit_acting_with_the_police_is_the_police(catalogue_nlp, catalogue) -> None:  # type: ignore[no-untyped-def]
    def named(text: str) -> list[str]:
        mentions = find_actors(catalogue_nlp.analyse(text), catalogue, country="Philippines", on=PH)
        return [m.name for m in mentions if m.category == "police"]

    assert named("A drug suspect was killed in a raid by police and PDEA agents in Tarlac.") == [PH_POLICE] * 2
    assert named("A drug suspect was killed in a joint police-PDEA raid in Tarlac.") == [PH_POLICE]
    pdea = PH_POLICE + " Philippine Drug Enforcement Agency"
    assert named("A drug suspect was killed in a raid by PDEA agents in Tarlac.") == [pdea]


def test_police_with_the_military_are_the_military_except_against_drugs(catalogue_nlp, catalogue) -> None:  # type: ignore[no-untyped-def]
    def names(text: str) -> list[str]:
        mentions = find_actors(catalogue_nlp.analyse(text), catalogue, country="Philippines", on=PH)
        return [m.name for m in mentions if m.category in ("police", "military")]

    assert names("NPA rebels clashed with a joint police and military team in Samar.") == [PH_ARMY] * 2
    assert names("A suspect was killed in a joint police and military raid on a drug den in Samar.") == \
        [PH_POLICE, PH_ARMY]
    # an apposition is not a joint force
    kenya = find_actors(catalogue_nlp.analyse("Officers from the police, the General Service Unit, beat a man."),
                        catalogue, country="Kenya", on=dt.date(2015, 3, 10))
    assert "Police Forces of Kenya (2013-2022) General Service Unit" in [m.name for m in kenya]


# ------------------------------------------------------------------------- who the unnamed killers are


def test_killers_tied_to_the_drug_trade_are_armed_drug_suspects(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "A drug suspect was killed in an attack by another drug suspect in Barangay Malinis, Tarlac on May 1."
    assert ph(actor_pair, text, "killed") == (SUSPECTS, PH_CIVILIANS)
    text = "A shopkeeper was shot dead by gunmen from a rival drug gang in Tarlac on May 1."
    assert ph(actor_pair, text, "shot") == (SUSPECTS, PH_CIVILIANS)


def test_killers_of_anti_drug_campaigners_stay_unidentified(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "A village councilor active in the anti-drug campaign was shot dead by unidentified gunmen in Tarlac."
    assert ph(actor_pair, text, "shot") == (PH_UNKNOWN, PH_CIVILIANS)
    text = "A police informant on drug activities was shot dead by unidentified gunmen in Tarlac."
    assert ph(actor_pair, text, "shot") == (PH_UNKNOWN, PH_CIVILIANS)


# ------------------------------------------------------------------------- strategic developments


def test_rebels_surrendering_to_the_military(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Twenty NPA rebels surrendered to the military in Bukidnon on May 1."
    assert ph(actor_pair, text, "surrendered", "Strategic developments", "Agreement") == \
        ("NPA: New People's Army", PH_ARMY)
    text = "Hundreds of drug users surrendered to the Philippine National Police in Bukidnon."
    assert ph(actor_pair, text, "surrendered", "Strategic developments", "Agreement") == (PH_POLICE, PH_CIVILIANS)


def test_destroyed_equipment_has_civilian_owners_but_a_mast_has_none(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "NPA rebels burned two dump trucks of a construction firm in Bukidnon on May 1."
    assert ph(actor_pair, text, "burned", "Strategic developments", "Looting/property destruction") == \
        ("NPA: New People's Army", PH_CIVILIANS)
    text = "NPA rebels toppled a communications mast in Bukidnon on May 1."
    assert ph(actor_pair, text, "toppled", "Strategic developments", "Looting/property destruction") == \
        ("NPA: New People's Army", None)
