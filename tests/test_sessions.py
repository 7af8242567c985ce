"""A titled series of sessions (loaders/discovery/sessions.py) and who held it, on invented sentences
of a programme in Lesotho (the builders of tests/test_attribution.py)."""

from __future__ import annotations

from gapgraph.loaders import attribution
from gapgraph.loaders.discovery import sessions
from tests.test_attribution import edges, invented

SERIES = '4 virtual sessions on "Safe work in wool sheds for women herders"'


def _activities(b) -> set[str]:
    return {d["name"] for _, d in b.kg.nodes() if d["type"] == "Activity"}


def test_a_titled_series_held_by_an_agency_is_an_activity_it_produced():
    b, doc = invented(
        "In this context, UNICEF, in coordination with the BoS, held 4 virtual sessions on “Safe work in wool "
        "sheds for women herders”, as part of the grants response."
    )
    sessions.load(b, doc)
    attribution.load(b, doc)
    assert _activities(b) == {SERIES}
    assert edges(b, "produces") == {("UNICEF", SERIES)}


def test_an_untitled_series_or_talks_held_with_a_body_give_nothing():
    """ "held 4 sessions on safe work" names no title; "held talks with the BoS" made nothing."""
    b, doc = invented("UNICEF held 4 virtual sessions on safe work in wool sheds. The WFP held talks with the BoS.")
    sessions.load(b, doc)
    attribution.load(b, doc)
    assert _activities(b) == set()
    assert edges(b, "produces") == set()
