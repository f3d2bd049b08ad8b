"""Sudan's localities (mahaliyat) as admin2, in ACLED's transliteration, and the "Town (Locality, State)"
address of ACLED's notes. Sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest
from place_helpers import locate_in, town_in

from fogwatch.gazetteer import DATA_DIR, Gazetteer, _read_tsv, name_key

# Sudan's 18 states and the Abyei area, as ACLED spells them
_STATES = frozenset({
    "Khartoum", "North Darfur", "Al Jazirah", "South Darfur", "West Darfur", "South Kordofan", "Gedaref",
    "Central Darfur", "River Nile", "White Nile", "Red Sea", "West Kordofan", "Blue Nile", "Northern", "Sennar",
    "Kassala", "North Kordofan", "East Darfur", "Abyei",
})


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def _rows() -> list[list[str]]:
    return [r + [""] * (5 - len(r)) for r in _read_tsv(DATA_DIR / "sd_localities.tsv")]


_town = partial(town_in, country="SD")


locate = partial(locate_in, country="Sudan")


def test_file_lists_every_locality_once_under_a_state() -> None:
    rows = _rows()
    assert 180 <= len(rows) <= 195  # about 189 localities
    assert {r[0] for r in rows} == _STATES
    shown = [(r[0], r[3] or r[1]) for r in rows]
    assert len(set(shown)) == len(shown)


def test_state_capitals_take_their_locality_in_acleds_spelling(gaz: Gazetteer) -> None:
    for town, state, locality in (("Nyala", "South Darfur", "Nyala Janoub"), ("El Fasher", "North Darfur", "Al Fasher"),
                                  ("Wad Madani", "Al Jazirah", "Medani Al Kubra"),
                                  ("Kassala", "Kassala", "Madeinat Kassala"), ("El Obeid", "North Kordofan", "Sheikan"),
                                  ("Singa", "Sennar", "Sinja"), ("Ed Damazin", "Blue Nile", "Ed Damazine")):
        place = _town(gaz, town)
        assert (place.admin1, place.admin2) == (state, locality), town
        assert place.latitude is not None, town


def test_spellings_of_a_town_read_as_acleds_name(gaz: Gazetteer) -> None:
    # GeoNames lacks "Geneina" (it has "Al-Junaynah"); every spelling is the one town, named as ACLED names it
    for spelling in ("Geneina", "Al Geneina", "El Geneina", "Al Junayna"):
        place = _town(gaz, spelling)
        assert (place.location, place.admin2) == ("El Geneina", "El Geneina"), spelling
    assert _town(gaz, "Al-Junaynah").admin2 == "El Geneina"  # GeoNames' own town, under its own name
    assert _town(gaz, "Gedaref").admin2 == "Madeinat Al Gedaref"
    assert _town(gaz, "Um Durman").location == "Omdurman"


def test_omdurman_locality_is_named_as_acled_names_it(gaz: Gazetteer) -> None:
    (unit,) = [p for p in gaz.lookup("Um Durman", country="SD") if p.kind == "admin2"]
    assert (unit.admin1, unit.admin2) == ("Khartoum", "Omdurman")


def test_town_geonames_files_elsewhere_takes_the_nearest_locality(gaz: Gazetteer) -> None:
    # Kerma is written down; Khartoum North is GeoNames' own town, listed as Bahri's seat
    assert _town(gaz, "Kerma").admin2 == "Al Burgaig"
    assert _town(gaz, "Khartoum North").admin2 == "Bahri"


def test_abyei_area_is_an_admin1_of_its_own(gaz: Gazetteer) -> None:
    # GeoNames files the town under West Kordofan; ACLED codes the Abyei Area as its own admin1
    place = _town(gaz, "Abyei")
    assert (place.admin1, place.admin2) == ("Abyei", "Abyei")


def test_localities_named_alike_in_two_states_stay_apart(gaz: Gazetteer) -> None:
    units = {(p.admin1, p.admin2) for p in gaz.lookup("Habila", country="SD") if p.kind == "admin2"}
    assert units == {("West Darfur", "Habila"), ("South Kordofan", "Habila")}


def test_every_seat_lies_in_its_locality(gaz: Gazetteer) -> None:
    wrong = []
    for state, official, places, acled, _others in _rows():
        seat = places.split("|")[0].split("@")[0].partition("=")[0]
        if not seat:
            continue
        towns = [p for p in gaz.lookup(seat, country="SD") if p.kind == "city" and p.admin1 == state]
        if not any(p.admin2 == (acled or official) for p in towns):
            wrong.append(seat)
    assert wrong == []


def test_bracketed_locality_places_an_unlisted_village(nlp, gaz: Gazetteer) -> None:
    place = locate(nlp, gaz, "On 4 March, gunmen raided Um Kabosha (Jebel Awlia, Khartoum) and looted shops.")
    assert place is not None
    assert (place.location, place.admin1, place.admin2) == ("Um Kabosha", "Khartoum", "Jebel Awlia")


def test_bracketed_locality_confirms_a_known_town(nlp, gaz: Gazetteer) -> None:
    place = locate(nlp, gaz, "On 4 March, shells landed in Nyala (Nyala Janoub, South Darfur), killing two.")
    assert place is not None
    assert (place.location, place.admin1, place.admin2) == ("Nyala", "South Darfur", "Nyala Janoub")


def test_bare_seat_town_in_a_note_gets_its_locality(nlp, gaz: Gazetteer) -> None:
    place = locate(nlp, gaz, "On 4 March, militiamen attacked a market in Geneina, West Darfur.")
    assert place is not None
    assert (place.location, place.admin2) == ("El Geneina", "El Geneina")


def test_bracket_wins_over_the_gazetteers_locality(nlp, gaz: Gazetteer) -> None:
    # the gazetteer has Um Badda as the seat of its own locality; the note codes it in Omdurman
    place = locate(nlp, gaz, "On 9 May, police fired tear gas at marchers in Um Badda (Omdurman, Khartoum).")
    assert place is not None
    assert (place.location, place.admin1, place.admin2) == ("Um Badda", "Khartoum", "Omdurman")


def test_village_named_like_another_locality_follows_its_bracket(nlp, gaz: Gazetteer) -> None:
    place = locate(nlp, gaz, "On 9 May, herders clashed with farmers in Kutum (Tawila, North Darfur) at dawn.")
    assert place is not None
    assert (place.admin1, place.admin2) == ("North Darfur", "Tawila")


def test_bracketed_town_is_the_coded_place_before_others_named(nlp, gaz: Gazetteer) -> None:
    text = "On 9 May, students marched in Atbara (Atbara, River Nile), denouncing the killings in Kutum and Tawila."
    place = locate(nlp, gaz, text)
    assert place is not None
    assert (place.location, place.admin1, place.admin2) == ("Atbara", "River Nile", "Atbara")


def test_state_named_like_its_town_in_a_bracket_is_the_town(nlp, gaz: Gazetteer) -> None:
    # Sennar state's capital is Singa: "Sennar (Sennar, Sennar)" is the town of Sennar, not the state
    place = locate(nlp, gaz, "On 9 May, teachers went on strike in Sennar (Sennar, Sennar) over unpaid wages.")
    assert place is not None
    assert (place.location, place.admin2, place.geo_precision) == ("Sennar", "Sennar", 1)


def test_arabic_particles_stay_in_an_unlisted_villages_name(nlp, gaz: Gazetteer) -> None:
    for village in ("El Hadiqa", "Um Sayala", "Abu Karaba", "At Tiris", "Jebel Gadu"):
        place = locate(nlp, gaz, f"On 9 May, gunmen looted cattle near {village} (Kutum, North Darfur).")
        assert place is not None
        assert (place.location, place.admin2) == (village, "Kutum"), village


def test_part_of_a_town_before_its_bracket_keeps_its_name(nlp, gaz: Gazetteer) -> None:
    place = locate(nlp, gaz, "On 9 May, residents marched in Omdurman - Wad Nubawi (Omdurman, Khartoum) at night.")
    assert place is not None
    assert (place.location, place.admin2) == ("Omdurman - Wad Nubawi", "Omdurman")
    # "Khartoum" alone is read as the state: the bracket makes it the town, still written as the text has it
    place = locate(nlp, gaz, "On 9 May, students marched in Khartoum - Arkaweet (Khartoum, Khartoum) at night.")
    assert place is not None
    assert (place.location, place.admin1, place.admin2) == ("Khartoum - Arkaweet", "Khartoum", "Khartoum")


def test_displaced_peoples_camp_is_named_as_acled_names_it(gaz: Gazetteer) -> None:
    for spelling in ("Kalma camp", "Kalma IDP", "Kalma"):
        place = _town(gaz, spelling)
        assert (place.location, place.admin2) == ("Kalma IDP Camp", "Beliel"), spelling


def test_locality_keys_do_not_leak_into_other_countries(gaz: Gazetteer) -> None:
    assert not [p for p in gaz.lookup("Nyala Janoub") if p.iso2 != "SD"]
    assert name_key("Madeinat Al Gedaref") in {name_key(p.admin2 or "") for p in gaz.lookup("Madeinat Al Gedaref")}
