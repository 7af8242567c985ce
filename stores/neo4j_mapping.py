"""The Neo4j property layout of the graph: written by the Bolt loader and the CSV export, read back
by the Cypher questions. One module both ways, so writer and reader cannot drift.

- every node is ``(:Resource:<Class>:<Ancestor>...)`` (:func:`labels`) with ``id`` (its IRI),
  ``class``, ``name``, ``aliases`` and ``sources`` (``"doc:first-last"`` strings), and ``loadId``
  when the Bolt loader wrote it;
- each attribute is a property holding its value (a list when documents disagree) and
  ``<attribute>Sources``, one ``"doc:l-l;doc:l-l"`` string per value;
- every edge is a relationship typed in upper snake case (``participatesIn`` ->
  ``PARTICIPATES_IN``, :func:`gapgraph.ontology.naming.relationship_type`) with ``key``, ``sources``
  and its qualifiers, the same way.

>>> from gapgraph.ontology.models import Source
>>> src = Source(doc="d", lines=(3, 4))
>>> props = claims_properties({"status": [{"value": "approved", "sources": [src]},
...                                        {"value": "pending", "sources": [src]}]})
>>> props
{'status': ['approved', 'pending'], 'statusSources': ['d:3-4', 'd:3-4']}
>>> claims_from_properties({"id": "x", "name": "C189", **props})
{'status': [('approved', ['d:3-4']), ('pending', ['d:3-4'])]}
>>> relation_of("GRANTS_TO"), relation_of("whatever")
('grantsTo', 'whatever')
"""

from __future__ import annotations

from functools import cache
from typing import Any

from gapgraph.graph.knowledge_graph import Claims, KnowledgeGraph
from gapgraph.ontology.models import Source
from gapgraph.ontology.naming import LABEL, relationship_type
from gapgraph.ontology.schema import schema

__all__ = [
    "LABEL",
    "NODE_PROPERTIES",
    "SOURCES_SUFFIX",
    "claims_from_properties",
    "claims_properties",
    "edge_properties",
    "labels",
    "node_properties",
    "relation_of",
    "sources_text",
]

NODE_PROPERTIES = ("id", "class", "name", "aliases", "sources", "loadId")
"""Properties of a node that are not attributes."""

EDGE_PROPERTIES = ("key", "sources", "loadId")
"""Properties of a relationship that are not qualifiers."""

SOURCES_SUFFIX = "Sources"
"""``<attribute>Sources`` holds the sources of each value of ``<attribute>``."""

SOURCE_SEPARATOR = ";"
"""Between the spans of one value's sources in a ``<attribute>Sources`` string."""


def sources_text(sources: list[Source]) -> list[str]:
    """Sources as the ``"doc:first-last"`` strings the layout stores."""
    return [str(s) for s in sources]


def labels(kg: KnowledgeGraph, cls: str) -> list[str]:
    """The labels of a node of class ``cls``: ``Resource``, then the class and its ancestors, sorted."""
    return [LABEL, *sorted(kg.schema.ancestors(cls))]


def claims_properties(attributes: dict[str, Claims]) -> dict[str, Any]:
    """Attributes as properties: the value (a list when documents disagree) and its sources."""
    props: dict[str, Any] = {}
    for key, claims in sorted(attributes.items()):
        values = [c["value"] for c in claims]
        if any(isinstance(v, float) for v in values) and all(isinstance(v, int | float) for v in values):
            values = [float(v) for v in values]  # Neo4j lists hold one type
        props[key] = values[0] if len(values) == 1 else values
        props[f"{key}{SOURCES_SUFFIX}"] = [SOURCE_SEPARATOR.join(sources_text(c["sources"])) for c in claims]
    return props


def node_properties(node_id: str, data: dict[str, Any], load_id: str | None = None) -> dict[str, Any]:
    """Every property of one node."""
    props: dict[str, Any] = {
        "id": node_id,
        "class": data["type"],
        "name": data["name"],
        "aliases": list(data["aliases"]),
        "sources": sources_text(data["sources"]),
    }
    if load_id is not None:
        props["loadId"] = load_id
    return {**props, **claims_properties(data["attributes"])}


def edge_properties(key: str, data: dict[str, Any], load_id: str | None = None) -> dict[str, Any]:
    """Every property of one relationship."""
    props: dict[str, Any] = {"key": key, "sources": sources_text(data["sources"])}
    if load_id is not None:
        props["loadId"] = load_id
    return {**props, **claims_properties(data["attributes"])}


def claims_from_properties(properties: dict[str, Any]) -> dict[str, list[tuple[Any, list[str]]]]:
    """A node's or relationship's attributes as ``{name: [(value, [source, ...]), ...]}``.

    The inverse of :func:`claims_properties`; the fixed properties are left out.
    """
    claims: dict[str, list[tuple[Any, list[str]]]] = {}
    for key, value in properties.items():
        if key in NODE_PROPERTIES or key in EDGE_PROPERTIES or key.endswith(SOURCES_SUFFIX):
            continue
        values = value if isinstance(value, list) else [value]
        sources = properties.get(f"{key}{SOURCES_SUFFIX}") or []
        claims[key] = [
            (v, (sources[i].split(SOURCE_SEPARATOR) if i < len(sources) and sources[i] else []))
            for i, v in enumerate(values)
        ]
    return claims


@cache
def _relations_by_type() -> dict[str, str]:
    return {relationship_type(name): name for name in schema().relations}


def relation_of(value: Any) -> Any:
    """A relationship type read back as the ontology's relation name (``PARTICIPATES_IN`` ->
    ``participatesIn``); any other value as it is."""
    return _relations_by_type().get(value, value)
