"""In a UN country team's results report, "the UNS" of a block is the agencies its closing line
names (``loaders/speakers.py``), on invented text of another country."""

from __future__ import annotations

from gapgraph.graph.ids import node_iri
from gapgraph.loaders import attribution, unct_report
from gapgraph.loaders.document import Document
from tests.synthetic import agencies_builder, edge_names

LINES = [
    "## SOCIAL PROTECTION FOR FARM WORKERS",  # 1
    "",
    "In 2020, the UNS developed the Guide on farm safety for seasonal workers.",  # 3
    "",
    "FAO and ILO",  # 5
    "## HOUSING",  # 6
    "The UNS published the Housing atlas of Maseru.",  # 7
]


def _report(lines: list[str]):
    b = agencies_builder(["FAO", "ILO", "UNICEF"])
    src = b.source("reg", 1)
    uns = b.kg.add_node(node_iri("UNAgency", "uns-lesotho"), "UNAgency", "United Nations System in Lesotho", src)
    b.register(uns, "UNS")
    for name in ("Guide on farm safety for seasonal workers", "Housing atlas of Maseru"):
        b.register(b.kg.add_node(node_iri("KnowledgeProduct", name), "KnowledgeProduct", name, src), name)
    doc = Document(id="rr", kind="unct-results-report", path="rr.txt", lines=lines)
    unct_report.load(b, doc)
    attribution.load(b, doc)
    return b


def test_the_uns_of_a_block_is_the_agencies_of_its_closing_line():
    b = _report(LINES)
    made = edge_names(b, "produces")
    assert {
        ("FAO", "Guide on farm safety for seasonal workers"),
        ("ILO", "Guide on farm safety for seasonal workers"),
    } <= made
    assert not any(maker == "United Nations System in Lesotho" and "Guide" in what for maker, what in made)
    [cited] = {
        tuple(s.lines) for u, v, _, d in b.kg.edges("produces") if b.kg.node(u)["name"] == "FAO" for s in d["sources"]
    }
    assert cited == (3, 5)  # the sentence and the agencies line: both ends named


def test_a_block_without_an_agencies_line_keeps_the_un_system():
    b = _report(LINES)
    assert ("United Nations System in Lesotho", "Housing atlas of Maseru") in edge_names(b, "produces")
