"""Acronyms that name a country's forces or parties at home and a news agency abroad ("AFP", "PTI") are
read as actors only in reports on that country. All sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

from event_helpers import first_event_actors, mention_names

ON = dt.date(2023, 11, 28)


def test_afp_abroad_is_the_news_agency(pipeline):
    text = "Gunmen killed four villagers near Djibo on Sunday, a local official told AFP."
    assert not any("Philippines" in name for name in mention_names(pipeline, text, "Burkina Faso", ON))


def test_afp_in_a_philippine_report_is_the_army(pipeline):
    actors = first_event_actors(pipeline, "AFP troops clashed with NPA rebels in Samar on Monday.", "Philippines", ON)
    assert "Military Forces of the Philippines (2022-)" in actors


def test_pti_in_an_indian_report_is_the_news_agency(pipeline):
    text = "Police fired on a crowd in Meerut on Monday, killing two people, PTI reported."
    assert not any("Tehreek" in name for name in mention_names(pipeline, text, "India", ON))


def test_pti_in_a_pakistani_report_is_the_party(pipeline):
    text = "PTI supporters marched through Lahore on Monday to demand fresh elections."
    assert any("Tehreek" in name for name in mention_names(pipeline, text, "Pakistan", ON))
