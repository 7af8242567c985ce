"""Write the graph in the formats users take elsewhere.

``node-link`` (JSON, lossless), ``turtle``, ``jsonld``, ``ntriples`` (RDF, see :mod:`gapgraph.graph.rdf`),
``trig`` and ``nquads`` (the RDF dataset with one named graph per source document),
``graphml`` and ``gexf`` (for Gephi, yEd, Cytoscape: attributes flattened to text; see
:mod:`gapgraph.stores.graphml` and :mod:`gapgraph.stores.gexf`), ``neo4j-csv`` (a folder of CSV
files for ``neo4j-admin database import``), ``kumu`` (Kumu's elements and connections, see
:mod:`gapgraph.stores.kumu`) and ``csv`` (nodes, edges and facts, see :mod:`gapgraph.stores.tabular_csv`).

>>> sorted(FORMATS)
['csv', 'gexf', 'graphml', 'jsonld', 'kumu', 'neo4j-csv', 'node-link', 'nquads', 'ntriples', 'trig', 'turtle']
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx

from gapgraph.graph.knowledge_graph import Claims, KnowledgeGraph
from gapgraph.graph.node_link import to_node_link
from gapgraph.graph.rdf import to_dataset, to_rdf
from gapgraph.ontology.models import Source
from gapgraph.stores import gexf, graphml, kumu, neo4j_csv, tabular_csv


def _sources_text(sources: list[Source]) -> str:
    return "; ".join(str(s) for s in sources)


def _claims_text(claims: Claims) -> str:
    if len(claims) == 1:
        return str(claims[0]["value"])
    return " | ".join(f"{c['value']} ({_sources_text(c['sources'])})" for c in claims)


def flat_graph(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    """A copy with only text and number attributes, as GraphML and GEXF need."""
    flat = nx.MultiDiGraph()
    for node_id, data in kg.graph.nodes(data=True):
        attrs: dict[str, Any] = {
            "type": data["type"],
            "label": data["name"],
            "aliases": "; ".join(data["aliases"]),
            "sources": _sources_text(data["sources"]),
        }
        attrs.update({key: _claims_text(claims) for key, claims in data["attributes"].items()})
        flat.add_node(node_id, **attrs)
    for u, v, key, data in kg.graph.edges(keys=True, data=True):
        attrs = {"type": data["type"], "sources": _sources_text(data["sources"])}
        attrs.update({name: _claims_text(claims) for name, claims in data["attributes"].items()})
        flat.add_edge(u, v, key=key, **attrs)
    return flat


def _write_node_link(kg: KnowledgeGraph, out: Path, meta: dict[str, Any]) -> None:
    with open(out, "w", encoding="utf-8") as f:
        json.dump(to_node_link(kg, meta), f, ensure_ascii=False, indent=1)


def _rdf_writer(rdf_format: str) -> Callable[[KnowledgeGraph, Path, dict[str, Any]], None]:
    def write(kg: KnowledgeGraph, out: Path, meta: dict[str, Any]) -> None:
        to_rdf(kg).serialize(destination=str(out), format=rdf_format, encoding="utf-8")

    return write


def _dataset_writer(rdf_format: str) -> Callable[[KnowledgeGraph, Path, dict[str, Any]], None]:
    def write(kg: KnowledgeGraph, out: Path, meta: dict[str, Any]) -> None:
        to_dataset(kg).serialize(destination=str(out), format=rdf_format, encoding="utf-8")

    return write


def _write_neo4j_csv(kg: KnowledgeGraph, out: Path, meta: dict[str, Any]) -> None:
    neo4j_csv.write(kg, out)


FORMATS: dict[str, Callable[[KnowledgeGraph, Path, dict[str, Any]], None]] = {
    "node-link": _write_node_link,
    "turtle": _rdf_writer("turtle"),
    "jsonld": _rdf_writer("json-ld"),
    "ntriples": _rdf_writer("nt"),
    "trig": _dataset_writer("trig"),
    "nquads": _dataset_writer("nquads"),
    "graphml": graphml.write,
    "gexf": gexf.write,
    "neo4j-csv": _write_neo4j_csv,
    "kumu": kumu.write,
    "csv": tabular_csv.write,
}
"""Writers by format name; ``neo4j-csv``, ``kumu`` and ``csv`` write a folder, the others one file."""


def export(kg: KnowledgeGraph, fmt: str, out: Path, meta: dict[str, Any] | None = None) -> None:
    """Write ``kg`` to ``out`` in format ``fmt`` (one of :data:`FORMATS`)."""
    try:
        writer = FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(sorted(FORMATS))}") from None
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    writer(kg, Path(out), meta or dict(kg.graph.graph))
