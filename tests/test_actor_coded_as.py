"""Coders' bracketed codings ("gunmen (coded as X)") name the actor of the phrase they follow."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen (coded as Bakool communal militia) shot a trader near the well.",
        # what they rode stands between the phrase and its coding
        "Militiamen on camels (coded as Bakool communal militia) shot a trader near the well.",
        "Armed men riding two motorbikes (coded as Bakool communal militia) shot a trader near the well.",
    ],
)
def test_the_coded_name_is_the_attacker(actor_pair, text):
    actor1, actor2 = actor_pair(text, "shot", country="Somalia", on=dt.date(2022, 5, 3))
    assert actor1 == "Bakool Communal Militia (Somalia)"
    assert actor2 == "Civilians (Somalia)"


def test_a_verb_between_the_phrase_and_the_coding_stops_it(actor_pair):
    # the coding follows the victims here, not the soldiers
    text = "Soldiers shot herders at the well (coded as Bakool communal militia)."
    actor1, _ = actor_pair(text, "shot", country="Somalia", on=dt.date(2022, 5, 3))
    assert actor1 is not None and actor1.startswith("Military Forces of Somalia")
