"""The built graph as an embedded Oxigraph store, for fast SPARQL without a server.

``gapgraph build`` writes it into the store folder (``.gapgraph/oxigraph``) next to ``graph.json``;
``gapgraph sparql`` opens it read-only. rdflib stays the Python API for RDF (:mod:`gapgraph.graph.rdf`);
Oxigraph only answers queries, far faster than rdflib's own engine on large graphs (see ``bench/``).
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.graph.rdf import to_dataset

FOLDER = "oxigraph"


def write(kg: KnowledgeGraph, folder: Path) -> None:
    """Write the graph's RDF dataset into a new Oxigraph store at ``folder``."""
    store = ox.Store(str(folder))
    data = to_dataset(kg).serialize(format="nquads", encoding="utf-8")
    store.bulk_load(data, format=ox.RdfFormat.N_QUADS)
    store.flush()
    del store


def open_read_only(folder: Path) -> ox.Store:
    """The store at ``folder``, opened for queries."""
    return ox.Store.read_only(str(folder))


def in_memory(kg: KnowledgeGraph) -> ox.Store:
    """The graph in an in-memory Oxigraph store (tests, benchmarks)."""
    store = ox.Store()
    store.bulk_load(to_dataset(kg).serialize(format="nquads", encoding="utf-8"), format=ox.RdfFormat.N_QUADS)
    return store
