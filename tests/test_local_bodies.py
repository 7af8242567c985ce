"""A province's or district's own bodies and pilots, read from an invented Lesotho report: the body a
level-worded name and its acronym name with a place after them, the one pilot of a place named
again by its place, the programme's focus districts, a national body's unit, and a training named
by its topic after who trained."""

from __future__ import annotations

import pytest

from tests.synthetic import built_report

REPORT = [
    "Joint SDG Fund",
    "Joint Programme Final Narrative Report",
    "Country: Lesotho",
    "Joint Programme (JP) title: Social protection for herders in Lesotho",
    "List of PUNOs: UNICEF",
    "",
    "Focus districts",
    "The JP worked in two focus districts, Leribe and Berea, where most herders live.",
    "",
    "- A pilot of herders' registration in Leribe was implemented by the District Department of Social "
    "Development (DDoSD) of Leribe with UNICEF technical assistance.",
    "- A second pilot in Berea was implemented by the DDoSD of Berea from February 2022.",
    "- The Leribe registration pilot registered 2,100 herders.",
    "- The Ministry of Social Development (MoSD) chaired the review.",
    "Government\tMinistry of Social Development (MoSD) and its General Secretariat (GS-MoSD)",
    "- 58 officials of the DDoSD of Leribe and the GS-MoSD were trained by UNICEF on the registration manual.",
    "District\tDistrict Department of Social Development of Leribe; District Department of Social Development of Berea",
]


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return built_report(
        tmp_path_factory.mktemp("lesotho"),
        REPORT,
        id="ls-final",
        kind="jsdgf-final-narrative-report",
        date="2023-01-31",
    )


def edge_names_of(kg, relation: str) -> set[tuple[str, str]]:
    return {(kg.node(u)["name"], kg.node(v)["name"]) for u, v, _, _ in kg.edges(relation)}


def _named(kg, name: str) -> str:
    (node,) = [n for n, d in kg.nodes() if d["name"] == name]
    return node


def test_a_level_worded_body_with_a_place_after_its_acronym_is_that_places_body(kg):
    leribe = _named(kg, "District Department of Social Development of Leribe")
    berea = _named(kg, "District Department of Social Development of Berea")
    assert "DDoSD of Berea" in kg.node(berea)["aliases"]
    assert [kg.node(p)["name"] for p in kg.out(leribe, "locatedIn")] == ["Leribe"]
    assert [kg.node(p)["name"] for p in kg.out(berea, "locatedIn")] == ["Berea"]
    implementing = edge_names_of(kg, "implements")
    assert ("District Department of Social Development of Leribe", "pilot of herders' registration in Leribe") in (
        implementing
    )
    assert ("District Department of Social Development of Berea", "pilot in Berea") in implementing
    assert not any(u == "District Department of Social Development" for u, _ in implementing)


def test_a_pilot_named_again_by_its_place_is_the_one_pilot_of_that_place(kg):
    (pilot,) = [n for n, _ in kg.nodes("Pilot") if "Leribe" in kg.node(n)["name"]]
    assert "Leribe registration pilot" in kg.node(pilot)["aliases"]
    assert len([n for n, _ in kg.nodes("Pilot")]) == 2


def test_the_programme_is_located_in_its_focus_districts_listed_after_a_comma(kg):
    (programme,) = [n for n, _ in kg.nodes("Programme")]
    assert {kg.node(p)["name"] for p in kg.out(programme, "locatedIn")} >= {"Leribe", "Berea"}


def test_a_national_body_stays_one_node_unplaced_in_a_district(kg):
    ministry = _named(kg, "Ministry of Social Development")
    assert [kg.node(p)["name"] for p in kg.out(ministry, "locatedIn")] == ["Lesotho"]


def test_a_unit_of_a_national_body_lies_in_its_country(kg):
    unit = _named(kg, "General Secretariat of the Ministry of Social Development")
    assert [kg.node(p)["name"] for p in kg.out(unit, "partOf")] == ["Ministry of Social Development"]
    assert [kg.node(p)["name"] for p in kg.out(unit, "locatedIn")] == ["Lesotho"]


def test_a_training_named_by_its_topic_after_its_trainers_is_a_node_that_trains_whom_the_sentence_counts(kg):
    trained = {v for u, v in edge_names_of(kg, "trains") if u == "Training on the registration manual"}
    assert trained == {
        "District Department of Social Development of Leribe",
        "General Secretariat of the Ministry of Social Development",
    }
    assert ("United Nations Children's Fund", "District Department of Social Development of Leribe") in edge_names_of(
        kg, "trains"
    )


def test_an_acronym_with_its_place_is_no_other_name_of_the_body(kg):
    from gapgraph.queries.conflicts import conflicts

    named = [c.name for c in conflicts(kg, across_documents=False) if c.attribute == "name"]
    assert named == [], "'DDoSD of Berea', '(DDoSD) of Leribe' are the district departments' own short names"
