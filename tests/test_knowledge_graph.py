"""The graph model: provenance on everything, merging, conflicts kept side by side, ontology checks."""

from __future__ import annotations

import pytest

from gapgraph.graph.ids import node_iri
from gapgraph.graph.knowledge_graph import GraphError, KnowledgeGraph
from gapgraph.graph.node_link import from_node_link, to_node_link
from gapgraph.ontology.models import Source

A = Source(doc="doc-a", lines=(10, 12))
B = Source(doc="doc-b", lines=(3, 3))
ILO = node_iri("UNAgency", "ilo")
JP = node_iri("Programme", "jp")
STPS = node_iri("GovernmentBody", "stps")


@pytest.fixture
def kg() -> KnowledgeGraph:
    kg = KnowledgeGraph()
    kg.add_node(ILO, "UNAgency", "International Labour Organization", A, aliases=["ILO"])
    kg.add_node(JP, "Programme", "Closing gaps", A)
    return kg


def test_a_fact_stated_twice_keeps_both_sources(kg):
    kg.add_node(ILO, "UNAgency", "ILO", B)
    assert kg.node(ILO)["sources"] == [A, B]
    assert kg.node(ILO)["name"] == "International Labour Organization"
    assert kg.node(ILO)["aliases"] == ["ILO"]
    kg.add_edge(ILO, "leads", JP, A)
    kg.add_edge(ILO, "leads", JP, B)
    assert kg.number_of_edges() == 1
    assert next(kg.edges("leads"))[3]["sources"] == [A, B]


def test_different_values_stay_side_by_side_each_with_its_source(kg):
    kg.add_claim(JP, "mptfId", "00118979", A)
    kg.add_claim(JP, "mptfId", "00118979", B)
    kg.add_claim(JP, "mptfId", "00999999", B)
    claims = kg.claims(JP, "mptfId")
    assert [(c["value"], c["sources"]) for c in claims] == [("00118979", [A, B]), ("00999999", [B])]
    with pytest.raises(GraphError, match="conflicting"):
        kg.value(JP, "mptfId")


def test_edge_qualifiers_conflict_without_overwriting(kg):
    fund = node_iri("Fund", "jsf")
    kg.add_node(fund, "Fund", "Joint SDG Fund", A)
    kg.add_edge(fund, "funds", ILO, A, {"amount": 660479, "currency": "USD", "fundingKind": "fund-contribution"})
    kg.add_edge(fund, "funds", ILO, B, {"amount": 660000, "currency": "USD", "fundingKind": "fund-contribution"})
    kg.add_edge(fund, "funds", ILO, B, {"amount": 1000, "currency": "USD", "fundingKind": "co-funding"})
    edges = list(kg.edges("funds"))
    assert len(edges) == 2, "the funding kind tells edges apart; the amount does not"
    contribution = next(e for e in edges if "fund-contribution" in e[2])[3]
    assert [c["value"] for c in contribution["attributes"]["amount"]] == [660479, 660000]


def test_the_ontology_is_enforced(kg):
    with pytest.raises(GraphError, match="unknown class"):
        kg.add_node("x", "Ministry", "X", A)
    with pytest.raises(GraphError, match="unknown relation"):
        kg.add_edge(ILO, "likes", JP, A)
    with pytest.raises(GraphError, match="cannot end at"):
        kg.add_edge(ILO, "locatedIn", JP, A)
    with pytest.raises(GraphError, match="cannot start at"):
        kg.add_edge(JP, "memberOf", ILO, A)
    with pytest.raises(GraphError, match="no attribute"):
        kg.add_claim(ILO, "level", "federal", A)
    with pytest.raises(GraphError, match="no qualifier"):
        kg.add_edge(ILO, "leads", JP, A, {"amount": 3})
    with pytest.raises(GraphError, match="no node"):
        kg.add_edge(ILO, "leads", "nowhere", A)


def test_a_node_class_is_refined_never_contradicted(kg):
    other = node_iri("Actor", "x")
    kg.add_node(other, "Actor", "X", A)
    kg.add_node(other, "TradeUnion", "X", B)
    assert kg.node(other)["type"] == "TradeUnion"
    kg.add_node(other, "Actor", "X", B)
    assert kg.node(other)["type"] == "TradeUnion"
    with pytest.raises(GraphError, match="cannot also be"):
        kg.add_node(other, "Programme", "X", B)


def test_symmetric_relations_are_one_edge_whichever_way_stated(kg):
    kg.add_node(STPS, "GovernmentBody", "STPS", A, attributes={"level": "federal"})
    kg.add_edge(ILO, "partnersWith", STPS, A)
    kg.add_edge(STPS, "partnersWith", ILO, B)
    edges = list(kg.edges("partnersWith"))
    assert len(edges) == 1 and edges[0][3]["sources"] == [A, B]


def test_node_link_round_trip_is_lossless(kg):
    kg.add_claim(JP, "mptfId", "1", A)
    kg.add_claim(JP, "mptfId", "2", B)
    kg.add_edge(ILO, "participatesIn", JP, A, {"role": "implementing"})
    data = to_node_link(kg)
    again = to_node_link(from_node_link(data))
    assert again == data
    link = data["links"][0]
    assert link["sources"] == [{"doc": "doc-a", "lines": [10, 12]}]
    assert link["attributes"]["role"] == [{"value": "implementing", "sources": [{"doc": "doc-a", "lines": [10, 12]}]}]


def test_sources_must_be_real_spans():
    with pytest.raises(ValueError):
        Source(doc="d", lines=(5, 4))
    with pytest.raises(ValueError):
        Source(doc="d", lines=(0, 1))
    assert str(Source(doc="d", lines=(5, 7))) == "d:5-7"
