"""Actor coding for Ukraine: fire the ceasefire monitors saw at the Donbas contact line (the side across the
line from the place), the air arms of the front's parties (the host's drone strikes, the enemy's aircraft
named by model, air defence as the military itself), and units of the host the enemy's strikes hit. All
sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

from event_helpers import first_event_actors

from fogwatch.contact_line import LINE_FILE, held_by_government, line_side, place_key
from fogwatch.pipeline import Pipeline
from fogwatch.records import Article

DONBAS = dt.date(2021, 11, 9)  # on the contact line's dates
INVASION = dt.date(2022, 5, 12)  # after Russia's invasion
UA = "Military Forces of Ukraine (2019-)"
UA_AIR = "Military Forces of Ukraine (2019-) Air Force"
RU = "Military Forces of Russia (2000-)"
RU_AIR = "Military Forces of Russia (2000-) Air Force"
NAF = "NAF: United Armed Forces of Novorossiya"


def actors(pipeline: Pipeline, text: str, on: dt.date) -> tuple[str | None, str | None]:
    return first_event_actors(pipeline, text, "Ukraine", on)


# ------------------------------------------------------------------ the contact line (table and reading)


def test_line_side_reads_the_place_after_near() -> None:
    text = "On 8 November 2021, the monitors counted 9 explosions of unknown weapons near Stanytsia Luhanska."
    side = line_side(text, DONBAS)
    assert side is not None
    assert side[0] == "government"
    assert text[side[1][0]:side[1][1]].strip() == "Stanytsia Luhanska"


def test_line_side_spelling_with_hyphen_and_number() -> None:
    assert line_side("Shots were heard near Zolote-4.", DONBAS)[0] == "government"  # type: ignore[index]
    assert line_side("Shots were heard near Zolote-5.", DONBAS)[0] == "separatists"  # type: ignore[index]


def test_line_side_unlisted_place_is_the_separatists_side() -> None:
    assert line_side("Bursts of fire were heard near Someplace Unlisted.", DONBAS)[0] == "separatists"  # type: ignore[index]


def test_line_side_only_on_the_lines_dates() -> None:
    assert line_side("Explosions were heard near Avdiivka.", INVASION) is None
    assert line_side("Explosions were heard near Avdiivka.", dt.date(2014, 8, 1)) is None
    assert line_side("Explosions were heard in the night.", DONBAS) is None


def test_monitors_fire_near_a_government_town_is_the_separatists(pipeline: Pipeline) -> None:
    text = ("On 8 November 2021, the OSCE SMM observed a total of 14 explosions involving unknown weapons "
            "near Krasnohorivka.")
    assert actors(pipeline, text, DONBAS) == (NAF, None)


def test_monitors_fire_near_a_separatist_town_is_ukraines(pipeline: Pipeline) -> None:
    text = ("On 8 November 2021, the OSCE SMM observed a total of 6 explosions involving unknown weapons "
            "near Horlivka.")
    assert actors(pipeline, text, DONBAS) == (UA, None)


def test_fire_in_both_directions_puts_the_side_across_the_line_first(pipeline: Pipeline) -> None:
    text = ("On 8 November 2021, the OSCE SMM observed a total of 31 projectiles involving unknown weapons "
            "in both directions of the frontline near Avdiivka.")
    assert actors(pipeline, text, DONBAS) == (NAF, UA)


def test_a_named_shooter_is_kept(pipeline: Pipeline) -> None:
    text = ("On 8 November 2021, the separatist forces fired 82mm mortars at the government positions near "
            "Horlivka. No one was hurt.")
    assert actors(pipeline, text, DONBAS)[0] == NAF


# ------------------------------------------------------------------ air arms


def test_host_drone_strike_is_its_air_force_on_the_enemy_military(pipeline: Pipeline) -> None:
    text = ("On 11 May 2022, Ukrainian forces used drones to destroy a Russian tank column near Izium, "
            "Kharkiv. Casualties unknown.")
    assert actors(pipeline, text, INVASION) == (UA_AIR, RU)


def test_enemy_aircraft_named_by_model_is_its_air_force(pipeline: Pipeline) -> None:
    text = ("On 11 May 2022, Ukrainian forces shot down a Russian Su-25 over Kharkiv region. The fate of "
            "the pilot is unknown.")
    assert actors(pipeline, text, INVASION) == (UA, RU_AIR)


def test_air_defence_is_the_military_itself(pipeline: Pipeline) -> None:
    text = ("Interception: On 11 May 2022, the Ukrainian air defense shot down two Russian cruise missiles "
            "over Vinnytsia.")
    assert actors(pipeline, text, INVASION)[0] == UA


# ------------------------------------------------------------------ host units hit by the enemy


def test_enemy_strike_on_a_military_unit_hits_the_hosts_military(pipeline: Pipeline) -> None:
    text = ("On 11 May 2022, Russian forces fired three missiles at a military unit near Zhytomyr. "
            "Casualties unknown.")
    assert actors(pipeline, text, INVASION) == (RU, UA)


def test_enemy_artillery_is_not_a_target(pipeline: Pipeline) -> None:
    text = ("On 11 May 2022, the Russian military forces shelled Orikhiv, Zaporizhia, with artillery. "
            "There were no casualties.")
    assert actors(pipeline, text, INVASION) == (RU, None)


# ------------------------------------------------------------------ the side fired at, told before the casualties


def test_side_fired_at_earlier_beats_civilian_casualties_told_after(pipeline: Pipeline) -> None:
    text = ("On 8 November 2021, the Ukrainian forces fired 120mm mortars at the positions of Donbass People's "
            "Militia near Kalynove, Donetsk. During the day, nine locations were targeted. As a result of "
            "shelling, two civilians were killed and one separatist was wounded at unspecified locations.")
    assert actors(pipeline, text, DONBAS) == (UA, NAF)


def test_civilians_hit_with_no_side_fired_at_stay_the_target(pipeline: Pipeline) -> None:
    text = ("On 11 May 2022, Russian forces fired rockets at the centre of Mykolaiv. As a result of shelling, "
            "two civilians were killed.")
    assert actors(pipeline, text, INVASION) == (RU, "Civilians (Ukraine)")


# ------------------------------------------------------------------ Russia's National Guard


def test_rosgvardia_is_russias_national_guard(pipeline: Pipeline) -> None:
    text = ("On 11 May 2022, Ukrainian forces clashed with Russian Rosgvardia troops near Huliaipole, "
            "Zaporizhia. Casualties unknown.")
    assert actors(pipeline, text, INVASION) == (UA, "Military Forces of Russia (2000-) National Guard")


def test_another_sides_earlier_attack_is_not_the_target(pipeline: Pipeline) -> None:
    text = ("On 11 May 2022, Ukrainian forces attacked a Russian position near Izium. On the same day, Russian "
            "forces shelled Balakliia, Kharkiv, killing two civilians.")
    result = next(pipeline.extract_many([Article(id="t", text=text, published=INVASION, country="Ukraine")]))
    shelling = [e for e in result.events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert shelling, "the test text must make a shelling event"
    assert shelling[0].actor2 == "Civilians (Ukraine)"


def test_contact_line_table_is_well_formed() -> None:
    # every row is a side and a name in the table's own key form, listed once, on one side only
    rows = [line.split("\t") for line in LINE_FILE.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    assert all(len(r) == 2 and r[0] in ("government", "separatists") for r in rows)
    assert all(place_key(name) == name for _, name in rows)
    names = [name for _, name in rows]
    assert len(names) == len(set(names))
    assert "avdiivka" in held_by_government() and "horlivka" not in held_by_government()
