"""GEXF 1.3 for Gephi: the relation is an edge attribute (``relation``) and the edge's label, never
GEXF's reserved edge ``type`` (which only takes directed/undirected/mutual); every edge has its own
id, so parallel edges of different relations all arrive.

Nodes carry ``type`` (the class: a node attribute may be called so), ``aliases``, ``sources`` and
each attribute of the graph (several values joined, each with its sources, as
:func:`gapgraph.stores.export.flat_graph` does); edges carry ``relation``, ``sources`` and their
qualifiers. Characters XML 1.0 forbids are written as ``\\xHH`` (:mod:`gapgraph.stores.xml`).

>>> import tempfile, pathlib
>>> from gapgraph.graph.knowledge_graph import KnowledgeGraph
>>> out = pathlib.Path(tempfile.mkdtemp()) / "g.gexf"
>>> write(KnowledgeGraph(), out)
>>> b'version="1.3"' in out.read_bytes()
True
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.stores.xml import xml_text

NAMESPACE = "http://gexf.net/1.3"


def _declare(parent: ET.Element, cls: str, titles: list[str]) -> dict[str, str]:
    holder = ET.SubElement(parent, "attributes", {"class": cls})
    ids = {}
    for i, title in enumerate(titles):
        ET.SubElement(holder, "attribute", {"id": str(i), "title": title, "type": "string"})
        ids[title] = str(i)
    return ids


def _values(element: ET.Element, ids: dict[str, str], values: dict[str, str]) -> None:
    present = [(k, v) for k, v in values.items() if v != ""]
    if present:
        holder = ET.SubElement(element, "attvalues")
        for key, value in present:
            ET.SubElement(holder, "attvalue", {"for": ids[key], "value": str(xml_text(str(value)))})


def write(kg: KnowledgeGraph, out: Path, meta: dict[str, Any] | None = None) -> None:
    """Write ``kg`` as GEXF 1.3 to ``out``."""
    from gapgraph.stores.export import flat_graph  # the flattening shared with GraphML

    flat = flat_graph(kg)
    root = ET.Element("gexf", {"xmlns": NAMESPACE, "version": "1.3"})
    head = ET.SubElement(root, "meta", {"lastmodifieddate": datetime.now(UTC).date().isoformat()})
    ET.SubElement(head, "creator").text = "gapgraph"
    ET.SubElement(head, "description").text = "Actors, policies and results of UN joint programmes, with sources"
    graph = ET.SubElement(root, "graph", {"defaultedgetype": "directed", "mode": "static"})
    node_keys = sorted({k for _, d in flat.nodes(data=True) for k in d} - {"label", "type"})
    edge_keys = sorted({k for *_, d in flat.edges(data=True) for k in d} - {"type"})
    node_ids = _declare(graph, "node", ["type", *node_keys])
    edge_ids = _declare(graph, "edge", ["relation", *edge_keys])
    nodes = ET.SubElement(graph, "nodes", {"count": str(flat.number_of_nodes())})
    for node_id, data in flat.nodes(data=True):
        node = ET.SubElement(nodes, "node", {"id": xml_text(node_id), "label": xml_text(data["label"])})
        _values(node, node_ids, {"type": data["type"], **{k: str(data.get(k, "")) for k in node_keys}})
    edges = ET.SubElement(graph, "edges", {"count": str(flat.number_of_edges())})
    for i, (u, v, data) in enumerate(flat.edges(data=True)):
        attrs = {"id": f"e{i}", "source": xml_text(u), "target": xml_text(v), "label": xml_text(data["type"])}
        edge = ET.SubElement(edges, "edge", attrs)
        _values(edge, edge_ids, {"relation": data["type"], **{k: str(data.get(k, "")) for k in edge_keys}})
    ET.indent(root, space=" ")
    ET.ElementTree(root).write(out, encoding="utf-8", xml_declaration=True)
