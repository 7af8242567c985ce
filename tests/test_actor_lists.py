"""Lists read as lists, on invented documents of other programmes: results-group co-chairs and
members, event attendees (never the weak ``mentionedWith``)."""

from __future__ import annotations

from gapgraph.graph.ids import node_iri
from gapgraph.loaders import unct_report
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document

AGENCIES = ("UNICEF", "WFP", "UNFPA", "UNDP", "PAHO/WHO", "UN-HABITAT")


def builder() -> Builder:
    b = Builder()
    src = b.source("reg", 1)
    for acronym in AGENCIES:
        node = b.kg.add_node(node_iri("UNAgency", acronym), "UNAgency", acronym, src, aliases=[acronym])
        b.register(node, acronym)
    return b


def names(b: Builder, relation: str) -> set[tuple[str, str]]:
    return {(b.kg.node(u)["name"], b.kg.node(v)["name"]) for u, v, _, _ in b.kg.edges(relation)}


def test_results_group_co_chairs_lead_and_agencies_are_members_one_edge_each():
    lines = [
        "United Nations Peru - Results Report 2021: results of the Cooperation Framework",
        "## STRATEGIC PRIORITY 2. HEALTH AND NUTRITION",
        "",
        "RG  ",
        "Co-Chair:",
        "",
        "UNICEF and WFP",
        "",
        "RG  ",
        "Agencies:",
        "",
        "PAHO/WHO, UNDP, UNFPA, and UN-HABITAT",
        "## 2021 RESULTS",
    ]
    b = builder()
    unct_report.load(b, Document(id="per", kind="unct-results-report", path="per.txt", lines=lines))
    group = "Results group of Strategic priority 2: Health and nutrition"
    assert names(b, "leads") == {("UNICEF", group), ("WFP", group)}
    assert names(b, "memberOf") == {(a, group) for a in ("PAHO/WHO", "UNDP", "UNFPA", "UN-HABITAT")}
    node = node_iri("Mechanism", "results-group", next(n for n, _ in b.kg.nodes("Component")).rsplit("/", 1)[-1])
    assert b.kg.out(node, "partOf") and all(s.doc == "per" for _, _, d in b.kg.out_edges(node) for s in d["sources"])
