"""The named queries of ``gapgraph ask``, each answered the same way by three backends.

A named query has a Python function over the networkx graph, a SPARQL file and a Cypher file; the
parameters are bound (a SPARQL ``VALUES`` block of checked RDF terms, Cypher parameters), never
spliced in as text. ``run_*`` runs one on a backend.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from typing import Any

import pyoxigraph as ox

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.queries import cypher, partners
from gapgraph.queries.sparql import PREAMBLE, bind, run

BACKENDS = ("networkx", "sparql", "neo4j")


@dataclass(frozen=True)
class NamedQuery:
    """How one question is asked of each backend."""

    name: str
    help: str
    python: Callable[..., list[Any]]
    sparql: Traversable
    cypher: Traversable
    from_sparql: Callable[..., list[Any]]
    from_cypher: Callable[..., list[Any]]
    cypher_parameters: Callable[[str], dict[str, Any]]
    subject_classes: tuple[str, ...] = ("Actor",)


QUERIES: dict[str, NamedQuery] = {
    "partners": NamedQuery(
        "partners",
        "who worked with an actor, how (relation and role), on what, with the sources",
        partners.partners,
        partners.SPARQL,
        partners.CYPHER,
        partners.from_sparql,
        partners.from_cypher,
        partners.cypher_parameters,
    ),
}


def _sparql_bindings(subject: str) -> dict[str, ox.NamedNode]:
    return {"actor": ox.NamedNode(subject)}


def run_networkx(query: NamedQuery, kg: KnowledgeGraph, subject: str, **options: Any) -> list[Any]:
    return query.python(kg, subject, **options)


def run_sparql(query: NamedQuery, store: ox.Store, subject: str, **options: Any) -> list[Any]:
    result = run(store, query.sparql.read_text(encoding="utf-8"), _sparql_bindings(subject))
    return query.from_sparql(result.rows, result.columns, **options)


def run_cypher(query: NamedQuery, driver: Any, subject: str, database: str | None = None, **options: Any) -> list[Any]:
    result = cypher.run(driver, query.cypher.read_text(encoding="utf-8"), database, **query.cypher_parameters(subject))
    return query.from_cypher(result.rows, result.columns, **options)


def shown(query: NamedQuery, language: str, subject: str) -> str:
    """The query text with its bound values, to copy and adapt."""
    if language == "sparql":
        return PREAMBLE + bind(query.sparql.read_text(encoding="utf-8"), _sparql_bindings(subject))
    parameters = query.cypher_parameters(subject)
    header = "".join(f":param {name} => {value!r}\n" for name, value in parameters.items())
    return header + query.cypher.read_text(encoding="utf-8")
