"""GraphML with one id per edge (``e0``, ``e1``...): Gephi and yEd skip an edge whose id they have
seen, and the graph's own edge keys (the relation names) repeat. Attributes are flattened to text
as :func:`gapgraph.stores.export.flat_graph` does; characters XML 1.0 forbids become U+FFFD.

>>> import tempfile, pathlib
>>> from gapgraph.graph.knowledge_graph import KnowledgeGraph
>>> out = pathlib.Path(tempfile.mkdtemp()) / "g.graphml"
>>> write(KnowledgeGraph(), out)
>>> b"graphml" in out.read_bytes()
True
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.stores.xml import xml_text


def write(kg: KnowledgeGraph, out: Path, meta: dict[str, Any] | None = None) -> None:
    """Write ``kg`` as GraphML to ``out``, edges numbered."""
    from gapgraph.stores.export import flat_graph

    flat = flat_graph(kg)
    numbered = nx.MultiDiGraph()
    for node, data in flat.nodes(data=True):
        numbered.add_node(xml_text(node), **{k: xml_text(v) for k, v in data.items()})
    for i, (u, v, data) in enumerate(flat.edges(data=True)):
        attrs = {k: xml_text(value) for k, value in data.items()}
        numbered.add_edge(xml_text(u), xml_text(v), key=f"e{i}", relation=attrs["type"], **attrs)
    nx.write_graphml(numbered, out)
