"""Write the graph in the formats users take elsewhere.

``node-link`` (JSON, lossless), ``turtle``, ``jsonld``, ``ntriples`` (RDF, see :mod:`gapgraph.graph.rdf`),
``trig`` and ``nquads`` (the RDF dataset with one named graph per source document),
``graphml`` and ``gexf`` (for Gephi, yEd, Cytoscape: attributes flattened to text; see
:mod:`gapgraph.stores.graphml` and :mod:`gapgraph.stores.gexf`), ``neo4j-csv`` (a folder of CSV
files for ``neo4j-admin database import``), ``kumu`` (Kumu's elements and connections, see
:mod:`gapgraph.stores.kumu`) and ``csv`` (nodes, edges and facts, see :mod:`gapgraph.stores.tabular_csv`).

Every export is written to a temporary file beside ``out`` and renamed into place, so a full disk or
a killed process never leaves half a file where the last good one was. RDF is written in a sorted
order, so two builds of the same corpus give the same bytes whatever the hash seed. GraphML and GEXF
are XML 1.0, which cannot hold most control characters: each one is written as ``\\xHH``
(:func:`xml_text`).

>>> sorted(FORMATS)
['csv', 'gexf', 'graphml', 'jsonld', 'kumu', 'neo4j-csv', 'node-link', 'nquads', 'ntriples', 'trig', 'turtle']
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Dataset, Graph
from rdflib.plugins.serializers.trig import TrigSerializer

from gapgraph.graph.files import replaced
from gapgraph.graph.knowledge_graph import Claims, KnowledgeGraph
from gapgraph.graph.node_link import to_node_link
from gapgraph.graph.rdf import to_dataset, to_rdf
from gapgraph.ontology.models import Source
from gapgraph.stores import gexf, graphml, kumu, neo4j_csv, tabular_csv
from gapgraph.stores.xml import xml_text


def _sources_text(sources: list[Source]) -> str:
    return "; ".join(str(s) for s in sources)


def _claims_text(claims: Claims) -> str:
    if len(claims) == 1:
        return str(claims[0]["value"])
    return " | ".join(f"{c['value']} ({_sources_text(c['sources'])})" for c in claims)


def flat_graph(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    """A copy with only text and number attributes, as GraphML and GEXF need, all text fit for XML 1.0."""
    flat = nx.MultiDiGraph()
    for node_id, data in kg.nodes():
        attrs: dict[str, Any] = {
            "type": data["type"],
            "label": data["name"],
            "aliases": "; ".join(data["aliases"]),
            "sources": _sources_text(data["sources"]),
        }
        attrs.update({key: _claims_text(claims) for key, claims in data["attributes"].items()})
        flat.add_node(xml_text(node_id), **{k: xml_text(v) for k, v in attrs.items()})
    for u, v, key, data in kg.edges():
        attrs = {"type": data["type"], "sources": _sources_text(data["sources"])}
        attrs.update({name: _claims_text(claims) for name, claims in data["attributes"].items()})
        flat.add_edge(xml_text(u), xml_text(v), key=xml_text(key), **{k: xml_text(a) for k, a in attrs.items()})
    return flat


def _write_node_link(kg: KnowledgeGraph, out: Path, meta: dict[str, Any]) -> None:
    with open(out, "w", encoding="utf-8") as f:
        json.dump(to_node_link(kg, meta), f, ensure_ascii=False, indent=1)


def sorted_graph(graph: Graph) -> Graph:
    """The same triples, inserted in sorted order (rdflib's serialisers follow insertion order)."""
    copy = Graph()
    for prefix, ns in graph.namespaces():
        copy.bind(prefix, ns, override=True, replace=True)
    for triple in sorted(graph):
        copy.add(triple)
    return copy


def sorted_dataset(dataset: Dataset) -> Dataset:
    """The same quads: named graphs in order of their names, triples sorted in each."""
    copy = Dataset()
    for prefix, ns in dataset.namespaces():
        copy.bind(prefix, ns, override=True, replace=True)
    for triple in sorted(dataset.default_graph):
        copy.default_graph.add(triple)
    for graph in sorted(dataset.graphs(), key=lambda g: str(g.identifier)):
        if graph.identifier == dataset.default_graph.identifier:
            continue
        named = copy.graph(graph.identifier)
        for triple in sorted(graph):
            named.add(triple)
    return copy


def _sorted_lines(data: bytes) -> bytes:
    lines = sorted({line for line in data.splitlines() if line.strip()})
    return b"".join(line + b"\n" for line in lines)


def _canonical_json(value: Any) -> Any:
    """JSON-LD with its arrays sorted (outside ``@list``) and its keys in order."""
    if isinstance(value, dict):
        return {k: (v if k == "@list" else _canonical_json(v)) for k, v in sorted(value.items())}
    if isinstance(value, list):
        return sorted((_canonical_json(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    return value


def serialised(rdf: Graph | Dataset, rdf_format: str) -> bytes:
    """The RDF in ``rdf_format`` (an rdflib format name), the same bytes for the same triples."""
    ordered = sorted_dataset(rdf) if isinstance(rdf, Dataset) else sorted_graph(rdf)
    if rdf_format == "trig":  # rdflib writes the named graphs in the order of a set: put them in order
        serializer = TrigSerializer(ordered)
        serializer.contexts.sort(key=lambda g: str(g.identifier))
        stream = io.BytesIO()
        serializer.serialize(stream, encoding="utf-8")
        return stream.getvalue()
    data = ordered.serialize(format=rdf_format, encoding="utf-8")
    if rdf_format in ("nt", "nquads"):
        return _sorted_lines(data)
    if rdf_format == "json-ld":
        text = json.dumps(_canonical_json(json.loads(data)), ensure_ascii=False, indent=2)
        return text.encode("utf-8") + b"\n"
    return data


def _rdf_writer(rdf_format: str) -> Callable[[KnowledgeGraph, Path, dict[str, Any]], None]:
    def write(kg: KnowledgeGraph, out: Path, meta: dict[str, Any]) -> None:
        out.write_bytes(serialised(to_rdf(kg), rdf_format))

    return write


def _dataset_writer(rdf_format: str) -> Callable[[KnowledgeGraph, Path, dict[str, Any]], None]:
    def write(kg: KnowledgeGraph, out: Path, meta: dict[str, Any]) -> None:
        out.write_bytes(serialised(to_dataset(kg), rdf_format))

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

FOLDER_FORMATS = ("neo4j-csv", "kumu", "csv")
"""The formats written as a folder (replaced whole)."""


def export(kg: KnowledgeGraph, fmt: str, out: Path, meta: dict[str, Any] | None = None) -> None:
    """Write ``kg`` to ``out`` in format ``fmt`` (one of :data:`FORMATS`), through a temporary file."""
    try:
        writer = FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(sorted(FORMATS))}") from None
    with replaced(Path(out), folder=fmt in FOLDER_FORMATS) as part:
        writer(kg, part, meta or dict(kg.graph_data))
