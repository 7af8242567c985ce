"""A report of another joint programme, written by us in the template, parses: names, widths and all."""

from __future__ import annotations

from pathlib import Path

import pytest

from gapgraph.graph.ids import node_iri
from gapgraph.loaders.pipeline import build

OTHER = Path(__file__).parent / "data" / "other-programme"
JP = node_iri("Programme", "Care that counts: social protection for older persons in Paraguay")


@pytest.fixture(scope="module")
def other():
    return build(OTHER)


def names(kg, nodes):
    return sorted(kg.node(n)["name"] for n in nodes)


def by_name(kg, name):
    found = [n for n, d in kg.nodes() if d["name"] == name]
    assert len(found) == 1, (name, found)
    return found[0]


def test_results_table_with_other_columns_and_broken_rows(other):
    kg = other.kg
    outcome = node_iri("Outcome", "care-that-counts-social-protection-for-o", "Outcome 1")
    assert kg.value(outcome, "statement") == "Older persons have access to care services"
    indicators = {u: kg.node(u)["name"] for u, _, d in kg.graph.in_edges(data=True) if d["type"] == "measures"}
    assert sorted(indicators.values()) == [
        "% of older persons covered by care services",
        "Number of caregivers trained",
        "Number of municipalities with a care service",
    ]
    share = next(u for u, name in indicators.items() if name.startswith("%"))
    values = {
        (kg.value(o, "observationKind"), kg.value(o, "period")): kg.value(o, "value")
        for _, o, d in kg.graph.out_edges(share, data=True)
        if d["type"] == "hasObservation"
    }
    assert values == {("baseline", "baseline"): "0%", ("result", "final"): "5%", ("target", "final"): "4.5%"}
    result = next(
        o
        for _, o, d in kg.graph.out_edges(share, data=True)
        if d["type"] == "hasObservation" and kg.value(o, "observationKind") == "result"
    )
    assert kg.value(result, "varianceExplanation") == "Survey of December 2022."
    assert kg.value(result, "numericValue") == 5 and kg.value(result, "unit") == "%"


def test_partnership_lists_are_typed_and_placed(other):
    kg = other.kg
    partners = {u for u, v, _, d in kg.edges("participatesIn") if v == JP and "role" not in d["attributes"]}
    assert names(kg, partners) == [
        "Departmental Health Council",
        "Embassy of Japan in Paraguay",
        "Institute of Social Security",
        "Ministry of Social Development",
        "Municipality of Luque",
        "National Secretariat for Older Persons",
        "National Union of Care Workers",
        "National University of Asunción",
        "Network of Older Persons Associations",
    ]
    luque = by_name(kg, "Municipality of Luque")
    assert kg.value(luque, "level") == "municipal"
    central = [v for u, v, _, _ in kg.edges("locatedIn") if u == luque]
    assert names(kg, central) == ["Central"], "a department the registry does not know becomes a place"
    assert "MDS" in kg.node(by_name(kg, "Ministry of Social Development"))["aliases"]


def test_annex_events_grants_and_trainings(other):
    kg = other.kg
    products = {v: d["attributes"]["productRole"][0]["value"] for u, v, _, d in kg.edges("produces") if u == JP}
    assert {kg.node(p)["name"]: role for p, role in products.items()} == {
        "Costing of long-term care in Paraguay": "produced",
        "Caregivers training manual": "produced",
        "National Care Policy of Paraguay": "contributed",
    }
    costing = node_iri("KnowledgeProduct", "Costing of long-term care in Paraguay")
    assert names(kg, [v for u, v, _, _ in kg.edges("presentedTo") if u == costing]) == [
        "Ministry of Social Development"
    ]
    assert kg.value(node_iri("KnowledgeProduct", "Caregivers training manual"), "date") == "2022-06"
    events = [n for n, d in kg.nodes("Event")]
    assert [kg.value(e, "date") for e in events] == ["2022-11-30"]
    assert names(kg, [v for u, v, _, _ in kg.edges("grantsTo") if u == JP]) == ["Network of Older Persons Associations"]
    training = [n for n, _ in kg.nodes("Training")]
    assert [kg.value(t, "participantCount") for t in training] == [320]
