"""Ukraine's front villages: found in any romanisation, preferred over their namesakes, and the villages of
the 2014-2022 contact line that GeoNames lacks. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from event_helpers import first_event_place

from fogwatch.gazetteer import Gazetteer
from fogwatch.pipeline import Pipeline


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def _place(pipeline: Pipeline, text: str) -> tuple[str | None, str | None, str | None]:
    return first_event_place(pipeline, text, "Ukraine", dt.date(2022, 4, 20))


def test_written_down_village_is_found_in_another_romanisation(gaz: Gazetteer) -> None:
    # "Mykhaylivka" is GeoNames' spelling of towns in Zaporizhia and Odesa: the Donetsk village written down as
    # "Mykhailivka" is a reading too, ranked as found by its spelling only
    cands = gaz.candidates("Mykhaylivka", country="UA")
    donetsk = [c for c in cands if c.place.admin1 == "Donetsk"]
    assert [c.place.admin2 for c in donetsk] == ["Horlivskyi"]
    assert not donetsk[0].exact
    assert any(c.place.admin1 == "Zaporizhia" and c.exact for c in cands)


def test_other_romanisation_is_not_added_outside_ukraine(gaz: Gazetteer) -> None:
    assert all(c.place.iso2 != "UA" for c in gaz.candidates("Mykhaylivka", country="KE"))


def test_pinned_marks_written_down_points_only(gaz: Gazetteer) -> None:
    pinned = [c for c in gaz.candidates("Zolote-4", country="UA") if c.place.kind == "city"]
    assert pinned and all(c.pinned for c in pinned)
    kharkiv = [c for c in gaz.candidates("Kharkiv", country="UA") if c.place.kind == "city"]
    assert kharkiv and not any(c.pinned for c in kharkiv)


@pytest.mark.parametrize(("name", "admin1", "admin2"), [
    # contact-line villages GeoNames lacks, under their raion of the 2020 reform
    ("Verkhnoshyrokivske", "Donetsk", "Kalmiuskyi"),
    ("Verkhnyoshyrokivske", "Donetsk", "Kalmiuskyi"),  # the Russian-style "yo"
    ("Staryi Aidar", "Luhansk", "Shchastynskyi"),
    ("Bolotene", "Luhansk", "Shchastynskyi"),
    # villages west of Kyiv the Russian advance reached in March 2022
    ("Horenychi", "Kyiv", "Buchanskyi"),
    ("Buzova", "Kyiv", "Buchanskyi"),
])
def test_front_villages_geonames_lacks(gaz: Gazetteer, name: str, admin1: str, admin2: str) -> None:
    towns = [c for c in gaz.candidates(name, country="UA") if c.place.kind == "city"]
    assert [(c.place.admin1, c.place.admin2) for c in towns] == [(admin1, admin2)]
    assert towns[0].pinned and towns[0].place.latitude is not None


def test_front_village_beats_a_larger_namesake(pipeline: Pipeline) -> None:
    # GeoNames' largest Katerynivka lies next to the city of Luhansk; the village on the front near Zolote is the
    # one written down with its own point, and a monitor's note naming no oblast means it
    text = "On 14 April 2022, the army shelled rebel positions near Katerynivka, the rebels said."
    assert _place(pipeline, text) == ("Luhansk", "Sievierodonetskyi", "Katerynivka")


def test_front_village_spelt_like_namesakes_elsewhere(pipeline: Pipeline) -> None:
    text = "On 5 April 2022, separatist forces fired mortars at army positions in Mykhaylivka, Donetsk."
    admin1, admin2, _location = _place(pipeline, text)
    assert (admin1, admin2) == ("Donetsk", "Horlivskyi")


def test_russian_form_of_a_contact_line_village(pipeline: Pipeline) -> None:
    text = "On 6 April 2022, government forces fired grenade launchers at rebel positions near Petrovskoye, Donetsk."
    admin1, admin2, _location = _place(pipeline, text)
    assert (admin1, admin2) == ("Donetsk", "Kalmiuskyi")


def test_pinned_village_elsewhere_does_not_beat_the_named_oblast(pipeline: Pipeline) -> None:
    # Andriivka near Bakhmut is written down with its point; "Andriivka, Zaporizhia" is still Zaporizhia's
    text = "On 7 April 2022, Russian forces shelled farms in Andriivka, Zaporizhia, the regional governor said."
    admin1, _admin2, location = _place(pipeline, text)
    assert (admin1, location) == ("Zaporizhia", "Andriivka")


@pytest.mark.parametrize(("text", "expected"), [
    # "Kyiv" reads as the city (an admin1 of its own) and as the oblast around it: either way it says where the
    # village is, so the Kyiv oblast village wins over its namesakes on the eastern front
    ("On 9 March 2022, Russian troops shelled homes in Dmytrivka, Kyiv, the village head said.",
     ("Kyiv", "Buchanskyi", "Dmytrivka")),
    # and a district of the city stays in the city
    ("On 9 March 2022, a Russian missile hit an apartment block in Podil, Kyiv.", ("Kyiv City", "Kyiv", "Podil")),
])
def test_kyiv_names_the_city_or_the_oblast_around_it(pipeline: Pipeline, text: str,
                                                     expected: tuple[str, str, str]) -> None:
    assert _place(pipeline, text) == expected


def test_context_admin1_accepts_a_city_and_its_province_only() -> None:
    from fogwatch.places import _context_admin1

    assert _context_admin1({("UA", "Kyiv")})
    assert _context_admin1({("UA", "Kyiv"), ("UA", "Kyiv City")})
    assert not _context_admin1({("UA", "Kyiv"), ("UA", "Kharkiv")})
    assert not _context_admin1({("UA", "Kyiv"), ("RU", "Kyiv City")})
    assert not _context_admin1(set())


def test_imeni_joins_a_mine_named_after_someone(pipeline: Pipeline) -> None:
    # "Shakhta imeni Gagarina" (the Gagarin mine of Horlivka): "imeni" is inside the name, never its end
    text = "On 11 April 2022, the army fired mortars at rebel positions near Shakhta imeni Gagarina, Donetsk."
    assert _place(pipeline, text) == ("Donetsk", "Horlivskyi", "Shakhta imeni Gagarina")


def test_imeni_is_a_connector_inside_names_only() -> None:
    from fogwatch.places import CONNECTORS, INNER_ONLY

    assert "imeni" in CONNECTORS and "imeni" in INNER_ONLY
