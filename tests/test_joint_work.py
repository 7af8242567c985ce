"""Joint work as a partnership: two actors that had a hand in the same product, pilot or activity are
direct partners (``partners --direct``, ``network --direct``), from networkx and SPARQL alike; a
programme is never the work that links them (that is co-participation)."""

from __future__ import annotations

import pytest

from gapgraph.graph.ids import node_iri
from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.ontology.models import Source
from gapgraph.queries.named import QUERIES, run_networkx, run_sparql
from gapgraph.stores.oxigraph import in_memory


@pytest.fixture(scope="module")
def invented() -> tuple[KnowledgeGraph, dict[str, str]]:
    """A costing study UNICEF produced, developed with a university and validated by a ministry, and a
    programme all three take part in (invented, Lesotho)."""
    kg = KnowledgeGraph()
    src = Source(doc="t", lines=(4, 4))
    ids = {
        "unicef": kg.add_node(node_iri("UNAgency", "UNICEF"), "UNAgency", "UNICEF", src),
        "nul": kg.add_node(node_iri("AcademicInstitution", "NUL"), "AcademicInstitution", "National University", src),
        "mof": kg.add_node(node_iri("GovernmentBody", "MoF"), "GovernmentBody", "Ministry of Finance", src),
        "union": kg.add_node(node_iri("TradeUnion", "FAWU"), "TradeUnion", "Food Workers Union", src),
        "study": kg.add_node(node_iri("KnowledgeProduct", "costing"), "KnowledgeProduct", "Costing study", src),
        "jp": kg.add_node(node_iri("Programme", "Child grants"), "Programme", "Child grants for all", src),
    }
    kg.add_edge(ids["unicef"], "produces", ids["study"], src)
    kg.add_edge(ids["study"], "developedWith", ids["nul"], src)
    kg.add_edge(ids["mof"], "validates", ids["study"], Source(doc="t", lines=(5, 5)))
    for actor in ("unicef", "nul", "mof", "union"):
        kg.add_edge(ids[actor], "participatesIn", ids["jp"], src)
    kg.add_edge(ids["unicef"], "leads", ids["jp"], src)
    kg.add_edge(ids["union"], "evaluates", ids["jp"], src)
    return kg, ids


def _ask(kg: KnowledgeGraph, backend: str, question: str, arguments: dict, **options) -> list:
    query = QUERIES[question]
    if backend == "networkx":
        return run_networkx(query, kg, arguments, **options)
    return run_sparql(query, in_memory(kg), arguments, **options)


@pytest.mark.parametrize("backend", ["networkx", "sparql"])
def test_who_had_a_hand_in_the_same_work_are_direct_partners(invented, backend):
    kg, ids = invented
    rows = _ask(kg, backend, "partners", {"actor": ids["unicef"]}, direct=True)
    assert {(r.name, r.relation, r.direction, r.via_name) for r in rows} == {
        ("National University", "developedWith", "joint work", "Costing study"),
        ("Ministry of Finance", "validates", "joint work", "Costing study"),
    }
    validated = next(r for r in rows if r.relation == "validates")
    assert validated.sources == ("t:5",)
    # the ministry sees UNICEF (producer) and the university (developed with) through the study
    seen = _ask(kg, backend, "partners", {"actor": ids["mof"]}, direct=True)
    assert {(r.name, r.relation) for r in seen} == {("UNICEF", "produces"), ("National University", "developedWith")}


@pytest.mark.parametrize("backend", ["networkx", "sparql"])
def test_a_programme_is_not_joint_work(invented, backend):
    kg, ids = invented
    # the union evaluates the programme UNICEF leads: co-participation, not joint work
    assert _ask(kg, backend, "partners", {"actor": ids["union"]}, direct=True) == []
    everything = _ask(kg, backend, "partners", {"actor": ids["union"]})
    assert {r.direction for r in everything} == {"shared"}


@pytest.mark.parametrize("backend", ["networkx", "sparql"])
def test_the_direct_network_links_joint_work(invented, backend):
    kg, _ = invented
    links = _ask(kg, backend, "network", {}, direct=True)
    assert {frozenset((w.a_name, w.b_name)) for w in links} == {
        frozenset(pair)
        for pair in (
            ("Ministry of Finance", "National University"),
            ("Ministry of Finance", "UNICEF"),
            ("National University", "UNICEF"),
        )
    }
    assert all(w.shared == "Costing study" for w in links)
