"""How found actors are named: cross-border groups after their home country, descriptive references
to a known group. All texts are invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from fogwatch.actors import find_actors
from fogwatch.catalogue import ActorCatalogue

BEFORE_2011 = dt.date(2009, 5, 4)
AFTER_2011 = dt.date(2014, 2, 17)


@pytest.fixture(scope="module")
def cat(catalogue) -> ActorCatalogue:  # the session's catalogue (conftest), by a short name
    return catalogue


def actor_names(nlp, cat: ActorCatalogue, text: str, *, country: str = "Kenya",
                on: dt.date | None = AFTER_2011) -> list[str]:
    return [m.name for m in find_actors(nlp.analyse(text), cat, country=country, on=on)]


# ------------------------------------------------------------------------------------ home countries


def test_cross_border_group_takes_its_home_country(nlp, cat: ActorCatalogue) -> None:
    names = actor_names(nlp, cat, "Merrile raiders drove off two hundred goats near the lake shore.")
    assert "Merrile Ethnic Militia (Ethiopia)" in names
    assert "Merrile Ethnic Militia (Kenya)" not in names


def test_home_country_follows_secession_date(nlp, cat: ActorCatalogue) -> None:
    text = "Toposa warriors attacked a grazing camp at dawn."
    assert "Toposa Ethnic Militia (Sudan)" in actor_names(nlp, cat, text, on=BEFORE_2011)
    assert "Toposa Ethnic Militia (South Sudan)" in actor_names(nlp, cat, text, on=AFTER_2011)


def test_local_group_keeps_the_report_country(nlp, cat: ActorCatalogue) -> None:
    names = actor_names(nlp, cat, "Turkana herders repulsed the Toposa attackers.", on=AFTER_2011)
    assert "Turkana Ethnic Militia (Kenya)" in names
    assert "Toposa Ethnic Militia (South Sudan)" in names


def test_written_nation_overrides_the_home(nlp, cat: ActorCatalogue) -> None:
    names = actor_names(nlp, cat, "Kenyan Merrile youths stole a boat.")
    assert "Merrile Ethnic Militia (Kenya)" in names


def test_neighbouring_raiders_named_alone(nlp, cat: ActorCatalogue) -> None:
    assert "Dodoth Ethnic Militia (Uganda)" in actor_names(nlp, cat, "Dodoth stole forty camels at dusk.")


def test_far_home_does_not_make_a_name_a_group(nlp, cat: ActorCatalogue) -> None:
    names = actor_names(nlp, cat, "Jie told reporters that the police beat him.", country="China")
    assert not any("Ethnic Militia" in n for n in names)


def test_hyphenated_nation_names_the_group(nlp, cat: ActorCatalogue) -> None:
    names = actor_names(nlp, cat, "Ugandan-Pokot warriors drove off the herd.")
    assert "Pokot Ethnic Militia (Uganda)" in names


def test_resolve_uses_the_home_country(cat: ActorCatalogue) -> None:
    actor = cat.resolve("Dassanach", country="Kenya", on=AFTER_2011)
    assert actor is not None and actor.name == "Dassanach Ethnic Militia (Ethiopia)"
    pokot = cat.resolve("Pokot", country="Kenya", on=AFTER_2011)
    assert pokot is not None and pokot.name == "Pokot Ethnic Militia (Kenya)"


def test_home_convention_starts_on_its_date(cat: ActorCatalogue) -> None:
    early = dt.date(2001, 6, 30)
    assert cat.ethnic_home("Toposa", early) is None
    assert cat.group_militia("Toposa", "Kenya", on=early).name == "Toposa Ethnic Militia (Kenya)"
    assert cat.ethnic_home("Toposa", AFTER_2011) == "South Sudan"
    assert cat.ethnic_home("Toposa") == "South Sudan"
    assert cat.ethnic_home("Turkana", AFTER_2011) is None


def test_seceded_country_groups_before_independence(cat: ActorCatalogue) -> None:
    assert cat.ethnic_militia("Murle", "South Sudan", on=BEFORE_2011).name == "Murle Ethnic Militia (Sudan)"
    assert cat.ethnic_militia("Murle", "South Sudan", on=AFTER_2011).name == "Murle Ethnic Militia (South Sudan)"
    assert cat.ethnic_militia("Murle", "South Sudan").name == "Murle Ethnic Militia (South Sudan)"


def test_ethnic_home_table_is_validated(tmp_path) -> None:
    from fogwatch.errors import DataFileError

    path = tmp_path / "actors.toml"
    path.write_text('[ethnic_home]\nToposa = "Atlantis"\n', encoding="utf-8")
    with pytest.raises(DataFileError, match="unknown country"):
        ActorCatalogue.load(path)


# ------------------------------------------------------------------------------------ descriptive references


def test_somali_islamists_are_al_shabaab_in_kenya(nlp, cat: ActorCatalogue) -> None:
    names = actor_names(nlp, cat, "Somali Islamists ambushed a supply lorry near the border post.")
    assert names[:1] == ["Al Shabaab"]


def test_islamic_militants_outside_al_shabaab_countries_are_not_al_shabaab(nlp, cat: ActorCatalogue) -> None:
    names = actor_names(nlp, cat, "Islamic militants torched a police post overnight.", country="Chad")
    assert "Al Shabaab" not in names
    assert "Islamist Militia (Chad)" in names


def test_ethnic_home_with_a_start_date_is_read(tmp_path) -> None:
    path = tmp_path / "actors.toml"
    path.write_text('[ethnic_home]\nNuba = { country = "Sudan", since = 2010-01-01 }\n', encoding="utf-8")
    cat = ActorCatalogue.load(path)
    assert cat.ethnic_home("Nuba", dt.date(2009, 1, 1)) is None
    assert cat.ethnic_home("Nuba", dt.date(2012, 1, 1)) == "Sudan"


def test_malformed_ethnic_home_is_reported(tmp_path) -> None:
    from fogwatch.errors import DataFileError

    path = tmp_path / "actors.toml"
    path.write_text('[ethnic_home]\nNuba = { nation = "Sudan" }\n', encoding="utf-8")
    with pytest.raises(DataFileError, match="Nuba"):
        ActorCatalogue.load(path)


def test_part_of_needs_a_known_country(tmp_path) -> None:
    from fogwatch.errors import DataFileError

    path = tmp_path / "actors.toml"
    path.write_text('[country.Eritrea]\npart_of = "Atlantis"\nindependence = 1993-05-24\n', encoding="utf-8")
    with pytest.raises(DataFileError, match="part_of"):
        ActorCatalogue.load(path)


# ------------------------------------------------------------------------------------ unnamed Islamist militias


def test_unnamed_islamists_are_an_islamist_militia(nlp, cat: ActorCatalogue) -> None:
    names = actor_names(nlp, cat, "Islamist gunmen torched a clinic outside the town.", country="Niger")
    assert "Islamist Militia (Niger)" in names


def test_islamists_from_a_neighbour_take_its_name(nlp, cat: ActorCatalogue) -> None:
    text = "The patrol was ambushed by Islamist fighters from Nigeria near the river."
    assert "Islamist Militia (Nigeria)" in actor_names(nlp, cat, text, country="Niger")


def test_islamist_militia_acts_as_an_unidentified_group(cat: ActorCatalogue) -> None:
    actor = cat.generic("islamist", "Niger")
    assert actor.name == "Islamist Militia (Niger)"
    assert actor.inter == 3 and actor.kind == "unidentified"


def test_joint_group_name_wins_over_its_parts(nlp, cat: ActorCatalogue) -> None:
    names = actor_names(nlp, cat, "Tugen-Ilchamus youths torched two manyattas.")
    assert "Tugen-Ilchamus Ethnic Militia (Kenya)" in names
    assert "Tugen Ethnic Militia (Kenya)" not in names
