"""The graph as networkx node-link JSON data, and back.

The layout is networkx's (``nx.node_link_graph(data, edges="links")`` reads it) with these fields:

- each node: ``id``, ``type`` (ontology class), ``name``, ``aliases``, ``sources`` and ``attributes``
  (``{name: [{"value": v, "sources": [...]}, ...]}``);
- each link: ``source``, ``target``, ``key``, ``type`` (relation), ``sources`` and ``attributes``
  (the edge's qualifiers, in the same shape);
- a source is ``{"doc": manifest id, "lines": [first, last]}``.

>>> from gapgraph.graph.knowledge_graph import KnowledgeGraph
>>> from gapgraph.ontology.models import Source
>>> kg = KnowledgeGraph()
>>> _ = kg.add_node("https://w3id.org/gapgraph/id/place/mexico", "Country", "Mexico", Source(doc="d", lines=(1, 1)))
>>> data = to_node_link(kg)
>>> data["nodes"][0]["sources"]
[{'doc': 'd', 'lines': [1, 1]}]
>>> len(from_node_link(data))
1
"""

from __future__ import annotations

from typing import Any

from gapgraph.graph.knowledge_graph import Claims, KnowledgeGraph
from gapgraph.ontology.models import Source


def _sources_out(sources: list[Source]) -> list[dict[str, Any]]:
    return [{"doc": s.doc, "lines": list(s.lines)} for s in sources]


def _sources_in(sources: list[dict[str, Any]]) -> list[Source]:
    return [Source(doc=s["doc"], lines=tuple(s["lines"])) for s in sources]


def _claims_out(attributes: dict[str, Claims]) -> dict[str, Any]:
    return {
        key: [{"value": c["value"], "sources": _sources_out(c["sources"])} for c in claims]
        for key, claims in sorted(attributes.items())
    }


def _claims_in(attributes: dict[str, Any]) -> dict[str, Claims]:
    return {
        key: [{"value": c["value"], "sources": _sources_in(c["sources"])} for c in claims]
        for key, claims in attributes.items()
    }


def to_node_link(kg: KnowledgeGraph, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """The graph as node-link data, nodes and links in a stable order."""
    nodes = [
        {
            "id": node_id,
            "type": data["type"],
            "name": data["name"],
            "aliases": list(data["aliases"]),
            "sources": _sources_out(data["sources"]),
            "attributes": _claims_out(data["attributes"]),
        }
        for node_id, data in sorted(kg.graph.nodes(data=True))
    ]
    links = [
        {
            "source": u,
            "target": v,
            "key": key,
            "type": data["type"],
            "sources": _sources_out(data["sources"]),
            "attributes": _claims_out(data["attributes"]),
        }
        for u, v, key, data in sorted(kg.graph.edges(keys=True, data=True), key=lambda e: e[:3])
    ]
    return {"directed": True, "multigraph": True, "graph": dict(meta or {}), "nodes": nodes, "links": links}


def from_node_link(data: dict[str, Any]) -> KnowledgeGraph:
    """Rebuild a graph from node-link data written by :func:`to_node_link`."""
    kg = KnowledgeGraph()
    for node in data["nodes"]:
        kg.graph.add_node(
            node["id"],
            type=node["type"],
            name=node["name"],
            aliases=list(node["aliases"]),
            sources=_sources_in(node["sources"]),
            attributes=_claims_in(node.get("attributes", {})),
        )
    for link in data["links"]:
        kg.graph.add_edge(
            link["source"],
            link["target"],
            key=link["key"],
            type=link["type"],
            sources=_sources_in(link["sources"]),
            attributes=_claims_in(link.get("attributes", {})),
        )
    kg.graph.graph.update(data.get("graph", {}))
    return kg
