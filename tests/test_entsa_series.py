"""Series of webinars as activities (task entsa), on invented text of another country."""

from __future__ import annotations

import pytest

from gapgraph.loaders.discovery import series
from gapgraph.loaders.registry import read_registries
from tests.synthetic import builder_for, doc_of


@pytest.fixture(scope="module")
def registries():
    return read_registries([])


def _series(builder) -> list[tuple[str, list[int]]]:
    kg = builder.kg
    return [(d["name"], sorted(s.lines[0] for s in d["sources"])) for n, d in kg.nodes("Activity") if "/series-" in n]


def test_every_wording_of_one_webinar_series_is_one_activity(registries):
    builder = builder_for(registries, "lesotho")
    doc = doc_of(
        "For herders, a series of weekly webinars was held to promote pensions and OSH.",
        "- The series of webinars to promote pensions and occupational safety and health (OSH) for herders ended.",
        "- 120 people attended the webinar series on pensions and OSH for herders in the highlands.",
        "Capacities grew in the context of COVID-19 webinars that focused on pensions and OSH.",
    )
    series.load(builder, doc)
    assert _series(builder) == [
        (
            "Series of webinars to promote pensions and occupational safety and health",
            [1, 2, 3, 4],
        )
    ]
    node = next(n for n, _ in builder.kg.nodes("Activity"))
    assert builder.resolve("weekly webinars") == node, "the bare wording names it too"


def test_series_on_unrelated_topics_are_two_and_a_bare_wording_names_neither(registries):
    builder = builder_for(registries, "lesotho")
    doc = doc_of(
        "- The webinar series on pensions for herders was completed.",
        "- The webinar series on flood risks in schools was completed.",
        "- A series of monthly webinars was held.",
    )
    series.load(builder, doc)
    assert sorted(name for name, _ in _series(builder)) == [
        "Webinar series on flood risks in schools",
        "Webinar series on pensions for herders",
    ]
    assert all(3 not in lines for _, lines in _series(builder))


def test_a_webinar_series_said_to_be_held_is_one_activity_with_its_other_wordings(registries):
    """The reader of untitled series held (sessions) leaves webinars to this module, so the
    wording "a series of weekly webinars was held" is no second Activity."""
    from gapgraph.loaders.discovery import things_first

    builder = builder_for(registries, "lesotho")
    doc = doc_of(
        "For herders, a series of weekly webinars was held to promote pensions and OSH.",
        "- The series of webinars to promote pensions and occupational safety and health (OSH) for herders ended.",
    )
    things_first(builder, doc)
    from gapgraph.loaders.discovery import things

    things.load(builder, doc)
    assert [d["name"] for _, d in builder.kg.nodes("Activity")] == [
        "Series of webinars to promote pensions and occupational safety and health"
    ]
