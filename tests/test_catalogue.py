"""The actor catalogue: loading, ACLED names and periods, alias resolution, the phrase lexicon."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fogwatch.catalogue import GENERIC, ActorCatalogue, phrase_keys, word_keys
from fogwatch.errors import DataFileError


@pytest.fixture(scope="module")
def cat(catalogue) -> ActorCatalogue:  # the session's catalogue (conftest), by a short name
    return catalogue


# ------------------------------------------------------------------------------------ loading


def test_default_catalogue_is_cached(cat: ActorCatalogue) -> None:
    assert ActorCatalogue.load() is cat


def test_bad_toml_raises_data_file_error(tmp_path: Path) -> None:
    bad = tmp_path / "actors.toml"
    bad.write_text("[[actor]\nname = 'x'\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="not valid TOML"):
        ActorCatalogue.load(bad)


def test_missing_file_raises_data_file_error(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="not found"):
        ActorCatalogue.load(tmp_path / "nowhere.toml")


def test_missing_include_raises_data_file_error(tmp_path: Path) -> None:
    path = tmp_path / "actors.toml"
    path.write_text('include = ["regions/none.toml"]\n', encoding="utf-8")
    with pytest.raises(DataFileError, match="none.toml"):
        ActorCatalogue.load(path)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ('name = "Red Hand"\ninter = 9', "inter must be an ACLED code"),
        ('name = "Red Hand"\ninter = 2\ncolour = "red"', "unknown field"),
        ('name = "Red Hand"\ninter = 2\ncountry = "Atlantis"', "unknown country"),
        ('name = "Red Hand"\ninter = 2\naliases = ["RH"]\nstrict = ["Hand"]', "strict alias"),
        ('inter = 2', "missing actor name"),
    ],
)
def test_malformed_entries_are_reported(tmp_path: Path, entry: str, message: str) -> None:
    path = tmp_path / "actors.toml"
    path.write_text(f"[[actor]]\n{entry}\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=message):
        ActorCatalogue.load(path)


def test_small_user_catalogue(tmp_path: Path) -> None:
    path = tmp_path / "actors.toml"
    path.write_text(
        "[country.Kenya]\nperiods = [2013-04-09]\n\n"
        '[[actor]]\nname = "Red Hand Brigade"\ninter = 2\ncountry = "Kenya"\naliases = ["Red Hand", "RHB"]\n',
        encoding="utf-8",
    )
    cat = ActorCatalogue.load(path)
    actor = cat.resolve("the Red Hand", country="Kenya")
    assert actor is not None and (actor.name, actor.inter, actor.kind) == ("Red Hand Brigade", 2, "rebel")
    assert cat.generic("police", "Kenya").name == "Police Forces of Kenya (2013-)"


# ------------------------------------------------------------------------------------ generic actors


def test_generic_names_follow_acled(cat: ActorCatalogue) -> None:
    on = dt.date(2015, 6, 1)
    assert cat.generic("police", "Kenya", on=on).name == "Police Forces of Kenya (2013-2022)"
    assert cat.generic("police", "Kenya", on=dt.date(2010, 1, 1)).name == "Police Forces of Kenya (2002-2013)"
    assert cat.generic("military", "Philippines", on=on).name == "Military Forces of the Philippines (2010-2016)"
    assert cat.generic("civilians", "Philippines").name == "Civilians (Philippines)"
    assert cat.generic("unidentified", "Somalia").name == "Unidentified Armed Group (Somalia)"
    assert cat.generic("communal_militia", "Kenya").name == "Unidentified Communal Militia (Kenya)"
    assert cat.generic("protesters", "Democratic Republic of Congo").name == "Protesters (Democratic Republic of Congo)"
    assert cat.generic("rioters", "Kenya").inter == 5


def test_afghan_state_forces_change_name_with_the_government(cat: ActorCatalogue) -> None:
    before = cat.generic("military", "Afghanistan", on=dt.date(2021, 8, 14))
    after = cat.generic("military", "Afghanistan", on=dt.date(2021, 8, 15))
    assert before.name == "Military Forces of Afghanistan (2004-2021)"
    assert after.name == "Military Forces of Afghanistan (2021-)"
    assert before.valid_to == dt.date(2021, 8, 15) and after.valid_from == dt.date(2021, 8, 15)


def test_country_without_known_periods_has_no_bracket(cat: ActorCatalogue) -> None:
    assert cat.generic("military", "Iceland").name == "Military Forces of Iceland"


def test_unknown_generic_kind_is_an_error(cat: ActorCatalogue) -> None:
    with pytest.raises(ValueError, match="unknown generic actor kind"):
        cat.generic("aliens", "Kenya")


def test_acled_country_names_from_pycountry(cat: ActorCatalogue) -> None:
    names = set(cat.countries)
    assert {"Democratic Republic of Congo", "Republic of Congo", "Ivory Coast", "Russia", "Syria",
            "Palestine", "Turkey", "Kosovo"} <= names
    assert "Congo, The Democratic Republic of the" not in names
    assert "Somaliland" not in names  # only a source of state-force periods


@settings(max_examples=60, deadline=None)
@given(kind=st.sampled_from(sorted(GENERIC)),
       country=st.sampled_from(["Kenya", "Afghanistan", "Philippines", "Somalia", "Mexico", "Iceland", "Ukraine"]),
       day=st.dates(min_value=dt.date(1998, 1, 1), max_value=dt.date(2026, 1, 1)))
def test_generic_names_resolve_back_to_themselves(cat: ActorCatalogue, kind: str, country: str, day: dt.date) -> None:
    actor = cat.generic(kind, country, on=day)
    back = cat.resolve(actor.name, on=day)
    assert back is not None and back.name == actor.name and back.inter == actor.inter


# ------------------------------------------------------------------------------------ resolve


@pytest.mark.parametrize("surface", ["al-Shabaab", "Al Shabaab", "al Shabaab", "Shabaab", "al-Shabab", "Al-Shabaab"])
def test_al_shabaab_spellings(cat: ActorCatalogue, surface: str) -> None:
    actor = cat.resolve(surface, country="Kenya", on=dt.date(2015, 1, 1))
    assert actor is not None and actor.name == "Al Shabaab" and actor.inter == 2


def test_taliban_depends_on_the_date(cat: ActorCatalogue) -> None:
    insurgents = cat.resolve("Taliban", country="Afghanistan", on=dt.date(2016, 5, 1))
    rulers = cat.resolve("Taliban", country="Afghanistan", on=dt.date(2021, 9, 2))
    assert insurgents is not None and (insurgents.name, insurgents.inter) == ("Taliban", 2)
    assert rulers is not None and (rulers.name, rulers.inter) == ("Military Forces of Afghanistan (2021-)", 1)


def test_nrf_aliases(cat: ActorCatalogue) -> None:
    for surface in ("NRF", "National Resistance Front", "the National Resistance Front of Afghanistan"):
        actor = cat.resolve(surface, country="Afghanistan", on=dt.date(2021, 9, 2))
        assert actor is not None and actor.name == "NRF: National Resistance Front"


def test_islamic_state_by_country_and_gtd_spelling(cat: ActorCatalogue) -> None:
    on = dt.date(2017, 3, 1)
    assert cat.resolve("Islamic State of Iraq and the Levant (ISIL)", country="Afghanistan", on=on).name == \
        "Islamic State (Afghanistan)"
    assert cat.resolve("Khorasan Chapter of the Islamic State", country="Afghanistan", on=on).name == \
        "Islamic State (Afghanistan)"
    assert cat.resolve("ISIS", country="Iraq", on=on).name == "Islamic State (Iraq)"
    assert cat.resolve("Haqqani Network", country="Afghanistan", on=on).name == "Taliban"


def test_period_is_read_from_the_name(cat: ActorCatalogue) -> None:
    assert cat.resolve("Police Forces of Kenya (2002-2013)").name == "Police Forces of Kenya (2002-2013)"
    afghan = "Military Forces of Afghanistan (2004-2021)"
    assert cat.resolve(afghan).name == afghan
    assert cat.resolve("Police Forces of Kenya", on=dt.date(2020, 1, 1)).name == "Police Forces of Kenya (2013-2022)"


def test_demonym_and_descriptive_words(cat: ActorCatalogue) -> None:
    on = dt.date(2012, 1, 1)
    ugandan = cat.resolve("Ugandan troops", country="Kenya", on=on)
    assert ugandan is not None and ugandan.name == "Military Forces of Uganda (1986-)"
    assert cat.resolve("police", country="Kenya", on=on).name == "Police Forces of Kenya (2002-2013)"
    assert cat.resolve("KDF", country="Kenya", on=on).name == "Military Forces of Kenya (2002-2013)"
    assert cat.resolve("protesters", country="Kenya").name == "Protesters (Kenya)"
    assert cat.resolve("police") is None  # a descriptive word needs a country


def test_strict_aliases_need_their_country(cat: ActorCatalogue) -> None:
    assert cat.resolve("NASA", country="Kenya").name == "NASA: National Super Alliance"
    assert cat.resolve("NASA", country="United States") is None


def test_rsf_changes_with_the_war(cat: ActorCatalogue) -> None:
    assert cat.resolve("RSF", country="Sudan", on=dt.date(2020, 1, 1)).name == \
        "Military Forces of Sudan (2019-) Rapid Support Forces"
    assert cat.resolve("RSF", country="Sudan", on=dt.date(2023, 5, 1)).name == "Rapid Support Forces"


def test_unknown_surface_resolves_to_none(cat: ActorCatalogue) -> None:
    assert cat.resolve("the weather", country="Kenya") is None
    assert cat.resolve("   ") is None


def test_catalogue_covers_the_top_countries(cat: ActorCatalogue) -> None:
    on = dt.date(2024, 1, 1)
    for surface, country, name in [
        ("M23", "Democratic Republic of Congo", "M23: March 23 Movement"),
        ("Boko Haram", "Nigeria", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
        ("ISWAP", "Nigeria", "Islamic State West Africa Province (ISWAP)"),
        ("JNIM", "Burkina Faso", "JNIM: Group for Support of Islam and Muslims"),
        ("Houthis", "Yemen", "Military Forces of Yemen (2017-) Houthi"),
        ("Hamas", "Palestine", "Hamas Movement"),
        ("Arakan Army", "Myanmar", "AA: Arakan Army"),
        ("NPA", "Philippines", "NPA: New People's Army"),
        ("TTP", "Pakistan", "TTP: Tehreek-i-Taliban Pakistan"),
        ("Maoists", "India", "CPI (Maoist): Communist Party of India (Maoist)"),
        ("CJNG", "Mexico", "CJNG: Jalisco New Generation Cartel"),
        ("Comando Vermelho", "Brazil", "CV: Red Command"),
        ("ELN", "Colombia", "ELN: National Liberation Army"),
        ("Ambazonian separatists", "Cameroon", "Ambazonian Separatists (Cameroon)"),
        ("BNP", "Bangladesh", "BNP: Bangladesh Nationalist Party"),
        ("SDF", "Syria", "QSD: Syrian Democratic Forces"),
        ("PMF", "Iraq", "PMF: Popular Mobilization Forces"),
        ("Fano", "Ethiopia", "Fano Militia"),
        ("Wagner Group", "Mali", "Wagner Group"),
        ("Russian forces", "Ukraine", "Military Forces of Russia (2000-)"),
    ]:
        actor = cat.resolve(surface, country=country, on=on)
        assert actor is not None and actor.name == name, (surface, actor)


# ------------------------------------------------------------------------------------ lexicon


def test_word_keys_fold_spelling_variants() -> None:
    assert word_keys("al-Shabaab") == ["al", "Shabaab"]
    assert word_keys("Taliban's") == ["Taliban"]
    assert word_keys("U.S.") == ["US"]
    assert phrase_keys("Ta'ang National Liberation Army") == ["Taang", "National", "Liberation", "Army"]


def test_lexicon_finds_longest_phrases_and_respects_skip(cat: ActorCatalogue) -> None:
    text = "Fighters of the National Resistance Front clashed with al-Shabaab. NRF said."
    found = {(text[m.start : m.end], m.phrase.kind) for m in cat.lexicon.find(text)}
    assert ("National Resistance Front", "alias") in found
    assert ("al-Shabaab", "alias") in found
    assert ("NRF", "alias") in found
    skipped = cat.lexicon.find(text, skip=[(0, 45)])
    assert all(m.start >= 45 for m in skipped)


def test_acronyms_match_case_sensitively(cat: ActorCatalogue) -> None:
    assert not [m for m in cat.lexicon.find("the nrf was mentioned") if m.phrase.text == "NRF"]
    assert [m for m in cat.lexicon.find("the NRF was mentioned") if m.phrase.text == "NRF"]


def test_missing_space_after_full_stop_splits_words(cat: ActorCatalogue) -> None:
    text = "They were repulsed by the police.Many were arrested."
    assert any(text[m.start : m.end] == "police" for m in cat.lexicon.find(text))


def test_entity_patterns(cat: ActorCatalogue) -> None:
    patterns = cat.entity_patterns()
    assert {"label": "ORG", "pattern": "National Resistance Front"} in patterns
    assert {"label": "NORP", "pattern": "Pokot"} in patterns
    texts = {p["pattern"] for p in patterns}
    assert "police" not in texts and "gunmen" not in texts  # descriptive words are not names
    assert all(p["label"] in ("ORG", "NORP", "PERSON") for p in patterns)


# ------------------------------------------------------------------------------------ names that changed


def test_unidentified_communal_militias_had_another_name_before_mid_2015(cat: ActorCatalogue) -> None:
    assert cat.generic("communal_militia", "Kenya", on=dt.date(2012, 3, 1)).name == \
        "Unidentified Ethnic Militia (Kenya)"
    assert cat.generic("communal_militia", "Kenya", on=dt.date(2017, 3, 1)).name == \
        "Unidentified Communal Militia (Kenya)"
    assert cat.generic("ethnic_militia", "Sudan", on=dt.date(2021, 1, 1)).name == "Unidentified Ethnic Militia (Sudan)"


def test_dpr_forces_follow_the_annexation(cat: ActorCatalogue) -> None:
    before = cat.resolve("Donbass People's Militia", country="Ukraine", on=dt.date(2022, 3, 1))
    after = cat.resolve("Donbass People's Militia", country="Ukraine", on=dt.date(2023, 3, 1))
    assert before is not None and before.name == "NAF: United Armed Forces of Novorossiya"
    assert after is not None and after.name == "Military Forces of Russia (2000-) Donetsk People's Militia"


def test_continents(cat: ActorCatalogue) -> None:
    assert cat.same_continent("Kenya", "Somalia") is True
    assert cat.same_continent("Kenya", "Germany") is False
    assert cat.same_continent("Kenya", "Atlantis") is None


# ------------------------------------------------------------------------------------ clans


def test_a_clan_lineage_is_found_by_any_tail(cat: ActorCatalogue) -> None:
    on = dt.date(2025, 6, 1)
    for surface in ("Hawiye-Habar Gedir-Ayr", "Habar Gedir Ayr", "Habargedir Ayr"):
        actor = cat.resolve(surface, country="Somalia", on=on)
        assert actor is not None and actor.name == "Hawiye-Habar Gedir-Ayr Sub-Clan Militia (Somalia)", surface
    hawadle = cat.resolve("Hawadle", country="Somalia", on=on)
    assert hawadle is not None and hawadle.name == "Hawiye-Hawadle Sub-Clan Militia (Somalia)"
    assert cat.clan_militia("Dir", "Somalia").name == "Dir Clan Militia (Somalia)"


def test_clan_labels_and_fixed_forms(tmp_path: Path) -> None:
    path = tmp_path / "actors.toml"
    path.write_text(
        '[country.Somalia]\nclans = ["Alpha-Beta-Gamma Clan", "=Delta-Weyne", "Epsilon-Zeta"]\n', encoding="utf-8")
    cat = ActorCatalogue.load(path)
    gamma = cat.resolve("Gamma", country="Somalia")
    assert gamma is not None and gamma.name == "Alpha-Beta-Gamma Clan Militia (Somalia)"  # ACLED's label kept
    zeta = cat.resolve("Zeta", country="Somalia")
    assert zeta is not None and zeta.name == "Epsilon-Zeta Sub-Clan Militia (Somalia)"
    assert cat.resolve("Weyne", country="Somalia") is None  # "=": no tails (a word of place names)
    whole = cat.resolve("Delta-Weyne", country="Somalia")
    assert whole is not None and whole.name == "Delta-Weyne Sub-Clan Militia (Somalia)"


def test_a_party_takes_the_name_acled_gives_it_as_an_actor(cat: ActorCatalogue) -> None:
    # ACLED writes "PNU: Party of National Unity" only among associated actors
    pnu = cat.resolve("PNU", country="Kenya", on=dt.date(2007, 12, 1))
    assert pnu is not None and pnu.name == "Party of National Unity"
