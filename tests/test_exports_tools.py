"""The exports analysts take to Gephi, yEd, Kumu, pandas and spreadsheets, read back.

GEXF is checked against the rules of the GEXF 1.3 schema that an import depends on, written here
(no package on the project's registries ships the GEXF XSDs, and the project does not vendor them):
the namespace and version, the element order, declared attributes of class node/edge with a known
type, every attvalue pointing to a declared attribute, unique node and edge ids, edges between
declared nodes, and the edge ``type`` only ever directed/undirected/mutual.
"""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.ontology.models import Source
from gapgraph.stores.export import export
from tests.conftest import run_cli

G = "{http://gexf.net/1.3}"
TYPES = {
    "integer",
    "long",
    "double",
    "float",
    "boolean",
    "string",
    "liststring",
    "anyURI",
    "bigdecimal",
    "biginteger",
    "byte",
    "char",
    "short",
    "listboolean",
    "listinteger",
    "listlong",
    "listfloat",
    "listdouble",
    "listbyte",
    "listshort",
    "listbigdecimal",
    "listbiginteger",
    "listchar",
}


def check_gexf(path: Path) -> ET.Element:
    """The GEXF 1.3 rules above; returns the root."""
    root = ET.parse(path).getroot()
    assert root.tag == G + "gexf" and root.get("version") == "1.3"
    children = [c.tag for c in root]
    assert children in ([G + "meta", G + "graph"], [G + "graph"])
    graph = root.find(G + "graph")
    assert graph.get("defaultedgetype") in ("directed", "undirected", "mutual")
    parts = [c.tag for c in graph]
    assert parts == sorted(parts, key=[G + "attributes", G + "nodes", G + "edges"].index)
    declared: dict[str, set[str]] = {"node": set(), "edge": set()}
    for attributes in graph.findall(G + "attributes"):
        assert attributes.get("class") in declared
        for attribute in attributes.findall(G + "attribute"):
            assert attribute.get("id") and attribute.get("title") and attribute.get("type") in TYPES
            declared[attributes.get("class")].add(attribute.get("id"))
    nodes = graph.find(G + "nodes").findall(G + "node")
    ids = [n.get("id") for n in nodes]
    assert len(set(ids)) == len(ids) and all(ids)
    for element, cls in [(n, "node") for n in nodes] + [(e, "edge") for e in graph.iter(G + "edge")]:
        for value in element.iter(G + "attvalue"):
            assert value.get("for") in declared[cls] and value.get("value") is not None
    edges = graph.find(G + "edges").findall(G + "edge")
    edge_ids = [e.get("id") for e in edges]
    assert len(set(edge_ids)) == len(edge_ids)
    known = set(ids)
    for edge in edges:
        assert edge.get("source") in known and edge.get("target") in known
        assert edge.get("type") in (None, "directed", "undirected", "mutual")
    return root


@pytest.fixture(scope="module")
def exported(store_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("tools")
    for fmt, name in (("gexf", "g.gexf"), ("graphml", "g.graphml"), ("kumu", "kumu"), ("csv", "csv")):
        result = run_cli("export", "--format", fmt, "--out", str(out / name), "--store", str(store_dir))
        assert result.code == 0, result.stderr
    return out


def test_gexf_keeps_every_edge_with_its_relation_as_an_attribute(exported, built):
    root = check_gexf(exported / "g.gexf")
    graph = root.find(G + "graph")
    relation_id = next(a.get("id") for a in graph.find(f"{G}attributes[@class='edge']") if a.get("title") == "relation")
    edges = graph.find(G + "edges").findall(G + "edge")
    assert len(edges) == built.kg.number_of_edges()
    relations = sorted(
        next(v.get("value") for v in e.iter(G + "attvalue") if v.get("for") == relation_id) for e in edges
    )
    assert relations == sorted(d["type"] for *_, d in built.kg.edges())
    assert all(e.get("type") is None for e in edges)
    assert len(graph.find(G + "nodes")) == len(built.kg)


def test_graphml_edge_ids_are_unique(exported, built):
    text = (exported / "g.graphml").read_text(encoding="utf-8")
    root = ET.fromstring(text)
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    ids = [e.get("id") for e in root.iter(ns + "edge")]
    assert len(ids) == built.kg.number_of_edges() == len(set(ids))
    back = nx.read_graphml(exported / "g.graphml", force_multigraph=True)
    assert back.number_of_edges() == built.kg.number_of_edges()


def test_kumu_sheets_and_csvs(exported, built):
    from openpyxl import load_workbook

    book = load_workbook(exported / "kumu" / "kumu.xlsx")
    assert book.sheetnames == ["Elements", "Connections"]
    elements = list(book["Elements"].values)
    connections = list(book["Connections"].values)
    assert list(elements[0][:4]) == ["Label", "Type", "Description", "Tags"] and "Sources" in elements[0]
    assert list(connections[0][:3]) == ["From", "To", "Type"] and "Sources" in connections[0]
    labels = [row[0] for row in elements[1:]]
    assert len(labels) == len(set(labels)), "Kumu joins connections to elements by label"
    assert set(labels) >= {row[0] for row in connections[1:]} | {row[1] for row in connections[1:]}
    with open(exported / "kumu" / "elements.csv", encoding="utf-8", newline="") as f:
        assert len(list(csv.reader(f))) == len(elements)
    with open(exported / "kumu" / "connections.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(connections) - 1 and all(r["Sources"] for r in rows)
    imss = next(r for r in elements[1:] if r[-1] == "https://w3id.org/gapgraph/id/actor/imss")
    assert imss[1] == "GovernmentBody" and "IMSS" in imss[2]


def test_csv_folder_for_pandas(exported, built):
    import pandas as pd

    nodes = pd.read_csv(exported / "csv" / "nodes.csv")
    edges = pd.read_csv(exported / "csv" / "edges.csv")
    facts = pd.read_csv(exported / "csv" / "facts.csv", dtype=str)
    assert len(nodes) == len(built.kg) and len(edges) == built.kg.number_of_edges()
    values = sum(len(claims) for _, d in built.kg.nodes() for claims in d["attributes"].values())
    assert len(facts) == values and facts["sources"].notna().all()
    # a value the documents disagree on is two rows, each with its own sources
    from gapgraph.queries.conflicts import conflicts

    conflict = next(  # a node's attribute (not a funder, not an edge's qualifier)
        c for c in conflicts(built.kg) if c.attribute in built.kg.schema.attributes and built.kg.has_node(c.node)
    )
    rows = facts[(facts["node"] == conflict.node) & (facts["attribute"] == conflict.attribute)]
    assert len(rows) == len(conflict.values)


def test_xml_exports_hold_names_with_illegal_characters(tmp_path):
    kg = KnowledgeGraph()
    src = Source(doc="d", lines=(1, 1))
    a = kg.add_node("https://w3id.org/gapgraph/id/actor/a", "UNAgency", "Bad\x02name\x1b here", src)
    b = kg.add_node("https://w3id.org/gapgraph/id/actor/b", "UNAgency", "B", src)
    kg.add_edge(a, "partnersWith", b, src)
    kg.add_edge(a, "funds", b, src)
    export(kg, "gexf", tmp_path / "x.gexf")
    check_gexf(tmp_path / "x.gexf")
    export(kg, "graphml", tmp_path / "x.graphml")
    assert nx.read_graphml(tmp_path / "x.graphml", force_multigraph=True).number_of_edges() == 2
