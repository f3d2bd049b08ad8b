"""Scoring helpers: Wilson intervals, name normalisation, distances, the text fatality reference."""

from __future__ import annotations

import pytest

from fogwatch.evaluate import FIELD_ORDER, field_rank
from fogwatch.evaluate.metrics import (
    actor_set,
    distance_bucket,
    haversine_km,
    killed_in_text,
    normalise_actor,
    normalise_place,
    same_actor,
    wilson,
)


def test_wilson_matches_the_textbook_values():
    a = wilson(8, 10)
    assert a.rate == 0.8
    assert a.low == pytest.approx(0.4902, abs=1e-4)
    assert a.high == pytest.approx(0.9433, abs=1e-4)


def test_wilson_stays_inside_zero_and_one_at_the_ends():
    none = wilson(0, 10)
    assert none.low == 0.0 and none.high == pytest.approx(0.2775, abs=1e-4)
    every = wilson(10, 10)
    assert every.high == 1.0 and every.low == pytest.approx(0.7225, abs=1e-4)


def test_wilson_without_rows_is_uninformative():
    a = wilson(0, 0)
    assert a.rate is None and (a.low, a.high) == (0.0, 1.0)


def test_wilson_narrows_with_more_rows():
    small, large = wilson(8, 10), wilson(800, 1000)
    assert large.high - large.low < small.high - small.low


@pytest.mark.parametrize("k,n", [(-1, 5), (6, 5), (0, -1)])
def test_wilson_rejects_impossible_counts(k, n):
    with pytest.raises(ValueError):
        wilson(k, n)


@pytest.mark.parametrize(
    "a,b",
    [
        ("Murang'a", "Muranga County"),
        ("Elgeyo-Marakwet", "Elgeyo Marakwet"),
        ("Kandahar Province", "kandahar"),
        ("Bénoué", "Benoue"),
        ("Homa Bay", "Homa  Bay"),
        ("Nairobi County", "NAIROBI"),
        ("Ta’izz Governorate", "Taizz"),
    ],
)
def test_place_names_equal_after_normalisation(a, b):
    assert normalise_place(a) == normalise_place(b)


@pytest.mark.parametrize(
    "a,b",
    [("Tana River", "Tana"), ("Kisumu Central", "Kisumu"), ("North Eastern", "Eastern")],
)
def test_different_places_stay_different(a, b):
    assert normalise_place(a) != normalise_place(b)


def test_a_name_that_is_only_an_admin_word_is_kept():
    assert normalise_place("Province") == "province"
    assert normalise_place(None) == "" and normalise_place("") == ""


def test_actor_years_in_brackets_are_ignored_but_countries_are_not():
    assert normalise_actor("Police Forces of Kenya (2013-)") == "police forces of kenya"
    assert same_actor("Military Forces of Afghanistan (2004-2021)", "military forces of afghanistan (2021-)")
    assert not same_actor("Civilians (Kenya)", "Civilians (Uganda)")
    assert not same_actor("Taliban", None)


def test_actor_sets_ignore_order_case_and_blanks():
    assert actor_set(["Rioters (Kenya)", None]) == actor_set(["rioters (kenya)", ""])
    assert actor_set(["A Group", "Civilians (Kenya)"]) == actor_set(["Civilians (Kenya)", "a group"])
    assert actor_set(["A Group", "Civilians (Kenya)"]) != actor_set(["A Group"])


def test_haversine_known_distances():
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.19, abs=0.05)
    assert haversine_km(10, 20, 10, 20) == 0.0
    # Nairobi to Mombasa, about 440 km as the crow flies.
    assert 420 < haversine_km(-1.286, 36.817, -4.043, 39.668) < 460


def test_distance_buckets():
    assert distance_bucket(3) == "<= 25 km"
    assert distance_bucket(26) == "<= 50 km"
    assert distance_bucket(9000) == "> 500 km"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Gunmen killed three herders and wounded two others near a well.", 3),
        ("Two soldiers and 14 fighters were killed in the exchange.", 14),
        ("Protesters blocked a road; nobody was hurt.", 0),
        ("A 12-year-old boy was shot dead by a guard.", 1),
        ("The toll from the flood in 2019 was not reported; a ferry sank.", 0),
        ("Officials said the death toll rose to 21 on the second day.", 21),
        ("Dozens were killed when the market was shelled.", 12),
        ("The militia murdered a trader and looted his shop.", 1),
        ("He was killed in 2018 during a raid.", 0),
        ("About 1,200 people were killed over the year.", 1200),
    ],
)
def test_killed_in_text(text, expected):
    assert killed_in_text(text) == expected


def test_field_rank_orders_variants_after_their_field():
    names = ["fatalities (gold > 0)", "fatalities vs text number", "fatalities", "admin1", "zzz"]
    ordered = sorted(names, key=field_rank)
    assert ordered == ["admin1", "fatalities", "fatalities vs text number", "fatalities (gold > 0)", "zzz"]
    assert field_rank("event_type")[0] == FIELD_ORDER.index("event_type")


def test_same_place_accepts_spellings_of_one_province_only():
    from fogwatch.evaluate.metrics import same_place

    assert same_place("Jawzjan", "Jowzjan")
    assert same_place("Nairobi", "Nairobi County")
    assert not same_place("Helmand", "Ghazni")
