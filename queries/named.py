"""The named queries of ``gapgraph ask``, each answered the same way by three backends.

A named query has a Python function over the networkx graph, a SPARQL file and a Cypher file. Each
of the three gives the same *raw rows* (one dataclass, see :mod:`gapgraph.queries.rows`); one
shared ``finish`` step then filters, ranks or sums them, so the final answer cannot differ by
backend either. Parameters are bound (a SPARQL ``VALUES`` block of checked RDF terms, Cypher
parameters), never spliced in as text. ``run_*`` runs a query on one backend.

>>> sorted(QUERIES)[:3]
['brokers', 'communities', 'funding']
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any

import pyoxigraph as ox

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.queries import (
    cypher,
    funding,
    network,
    partners,
    paths,
    profile,
    results,
    rows,
    where,
)
from gapgraph.queries.lookup import find
from gapgraph.queries.sparql import PREAMBLE, Bindings, Endpoint, bind, run

Arguments = dict[str, str | None]
"""A query's arguments by parameter name: node IRIs, found from the names the user gave."""


@dataclass(frozen=True)
class Parameter:
    """An argument of a named query: a node of one of ``classes``, named any way the graph knows."""

    name: str
    classes: tuple[str, ...]
    help: str
    required: bool = True


@dataclass(frozen=True)
class NamedQuery:
    """How one question is asked of each backend, and how the raw rows become the answer."""

    name: str
    help: str
    file: str
    """Base name of ``sparql/<file>.rq`` and ``cypher/<file>.cypher``."""
    row: type
    """The dataclass of the raw rows that all three backends return."""
    python: Callable[..., list[Any]]
    """``python(kg, **arguments)``: the raw rows from the networkx graph."""
    parameters: tuple[Parameter, ...] = ()
    finish: Callable[..., list[Any]] = field(default=lambda raw, **_: raw)
    """``finish(raw, **arguments, **options)``: the answer (filtered, ranked, summed) from raw rows."""
    sparql_bindings: Callable[[Arguments], Bindings] | None = None
    """The SPARQL variables to bind; by default each argument binds the variable of its name."""
    cypher_parameters: Callable[[Arguments], dict[str, Any]] | None = None
    """The Cypher parameters; by default each argument is the parameter of its name."""
    from_sparql: Callable[[list[str], list[list[Any]]], list[Any]] | None = None
    from_cypher: Callable[[list[str], list[list[Any]]], list[Any]] | None = None

    @property
    def sparql(self) -> Traversable:
        return files("gapgraph.queries") / "sparql" / f"{self.file}.rq"

    @property
    def cypher(self) -> Traversable:
        return files("gapgraph.queries") / "cypher" / f"{self.file}.cypher"


ACTOR = Parameter("actor", ("Actor",), "an actor, by any of its names (English or Spanish, any case)")


def _both(arguments: Arguments) -> list[str]:
    return [arguments["first"] or "", arguments["second"] or ""]


def _on_network(name: str, help: str, finish: Callable[..., list[Any]]) -> NamedQuery:
    """A question answered from the partnership network's links (network, brokers, communities)."""
    return NamedQuery(
        name,
        help,
        "network",
        network.Link,
        network.links,
        finish=finish,
        cypher_parameters=lambda _: network.cypher_parameters(),
    )


QUERIES: dict[str, NamedQuery] = {
    query.name: query
    for query in (
        NamedQuery(
            "partners",
            "who worked with an actor, how (relation and role), on what, with the sources",
            "partners",
            partners.PartnerRow,
            partners.partners,
            (ACTOR,),
            finish=partners.only,
            sparql_bindings=lambda a: {"actor": [ox.NamedNode(a["actor"] or "")]},
            cypher_parameters=lambda a: partners.cypher_parameters([a["actor"] or ""]),
        ),
        NamedQuery(
            "shared-partners",
            "the partners two actors have in common, and how each worked with them",
            "partners",
            partners.PartnerRow,
            lambda kg, first, second: partners.partners(kg, first) + partners.partners(kg, second),
            (Parameter("first", ("Actor",), "one actor"), Parameter("second", ("Actor",), "the other actor")),
            finish=partners.shared,
            sparql_bindings=lambda a: {"actor": [ox.NamedNode(n) for n in _both(a)]},
            cypher_parameters=lambda a: partners.cypher_parameters(_both(a)),
        ),
        _on_network(
            "network",
            "the actor-actor partnership network: pairs of actors, weighted by what they share",
            network.weighted,
        ),
        _on_network("brokers", "actors ranked by betweenness in the partnership network", network.brokers),
        _on_network("communities", "clusters of the partnership network (Louvain, seeded)", network.communities),
        NamedQuery(
            "profile",
            "any node (an actor, programme, law, pilot, product, outcome): its type, aliases, place, facts,"
            " statuses, who made, validated, implemented or adopted it, what it contributes to, and an"
            " actor's programmes, roles, products, laws, pilots, trainings, funding",
            "profile",
            profile.Fact,
            profile.facts,
            (Parameter("node", (), "any node, by any of its names: an actor, a programme, a law, a pilot..."),),
            finish=profile.profile,
            from_cypher=profile.from_cypher,
        ),
        NamedQuery(
            "sources",
            "where every fact about a node comes from: document and lines",
            "profile",
            profile.Fact,
            lambda kg, node: profile.facts(kg, node),
            (Parameter("node", (), "any node, by any of its names"),),
            finish=profile.sources,
            from_cypher=profile.from_cypher,
        ),
        NamedQuery(
            "path",
            "contribution paths from an actor, product, pilot or law to an output, outcome or SDG target",
            "path",
            paths.Edge,
            paths.edges,
            (
                Parameter(
                    "start",
                    (
                        "Actor",
                        "KnowledgeProduct",
                        "Pilot",
                        "LegalInstrument",
                        "Policy",
                        "Mechanism",
                        "Activity",
                        "Campaign",
                        "Programme",
                        "Output",
                        "Outcome",
                    ),
                    "where the path starts: an actor, product, pilot, law...",
                ),
                Parameter(
                    "goal",
                    ("Output", "Outcome", "SDGTarget", "Policy", "LegalInstrument"),
                    "where it ends: an output, outcome or SDG target",
                ),
            ),
            finish=paths.paths,
        ),
        NamedQuery(
            "results",
            "indicators of an outcome or output (all if none given): baseline, targets, results, achievement",
            "results",
            results.Value,
            results.values,
            (Parameter("scope", ("Outcome", "Output"), "an outcome or output, e.g. 'Outcome 2'", required=False),),
            finish=results.results,
            from_cypher=results.from_cypher,
        ),
        NamedQuery(
            "funding",
            "money by agency and kind (fund contribution, co-funding, grants), delivery rates, budget checks",
            "funding",
            funding.Fact,
            funding.facts,
            finish=funding.funding,
            from_cypher=funding.from_cypher,
        ),
        NamedQuery(
            "where",
            "actors, mechanisms, pilots and plans in a state or municipality (and the places within it)",
            "where",
            where.Located,
            where.located,
            (Parameter("place", ("Place",), "a country, state or municipality"),),
        ),
    )
}


def run_networkx(query: NamedQuery, kg: KnowledgeGraph, arguments: Arguments, **options: Any) -> list[Any]:
    return query.finish(raw_networkx(query, kg, arguments), **arguments, **options)


def run_sparql(query: NamedQuery, store: ox.Store | Endpoint, arguments: Arguments, **options: Any) -> list[Any]:
    return query.finish(raw_sparql(query, store, arguments), **arguments, **options)


def run_cypher(
    query: NamedQuery, driver: Any, arguments: Arguments, database: str | None = None, **options: Any
) -> list[Any]:
    return query.finish(raw_cypher(query, driver, arguments, database), **arguments, **options)


def raw_networkx(query: NamedQuery, kg: KnowledgeGraph, arguments: Arguments) -> list[Any]:
    return query.python(kg, **arguments)


def raw_sparql(query: NamedQuery, store: ox.Store | Endpoint, arguments: Arguments) -> list[Any]:
    result = run(store, query.sparql.read_text(encoding="utf-8"), _sparql_bindings(query, arguments))
    if query.from_sparql is not None:
        return query.from_sparql(result.columns, result.rows)
    return rows.from_sparql(query.row, result.columns, result.rows)


def raw_cypher(query: NamedQuery, driver: Any, arguments: Arguments, database: str | None = None) -> list[Any]:
    text = query.cypher.read_text(encoding="utf-8")
    result = cypher.run(driver, text, database, **_cypher_parameters(query, arguments))
    if query.from_cypher is not None:
        return query.from_cypher(result.columns, result.rows)
    return rows.from_cypher(query.row, result.columns, result.rows)


def _sparql_bindings(query: NamedQuery, arguments: Arguments) -> Bindings:
    if query.sparql_bindings is not None:
        return query.sparql_bindings(arguments)
    return {name: [ox.NamedNode(value)] for name, value in arguments.items() if value is not None}


def _cypher_parameters(query: NamedQuery, arguments: Arguments) -> dict[str, Any]:
    if query.cypher_parameters is not None:
        return query.cypher_parameters(arguments)
    return dict(arguments)


def shown(query: NamedQuery, language: str, arguments: Arguments) -> str:
    """The query text with its bound values, to copy and adapt."""
    if language == "sparql":
        return PREAMBLE + bind(query.sparql.read_text(encoding="utf-8"), _sparql_bindings(query, arguments))
    parameters = _cypher_parameters(query, arguments)
    header = "".join(f":param {name} => {value!r}\n" for name, value in parameters.items())
    return header + query.cypher.read_text(encoding="utf-8")


def usage(query: NamedQuery) -> str:
    """``path START GOAL``, ``results [SCOPE]``: how the query is asked."""
    names = [p.name.upper() if p.required else f"[{p.name.upper()}]" for p in query.parameters]
    return " ".join([query.name, *names])


def resolve(query: NamedQuery, kg: KnowledgeGraph, names: list[str]) -> Arguments:
    """The query's arguments from the names a user gave, each looked up among its parameter's classes.

    Raises ``ValueError`` for a wrong number of names and :class:`NameLookupError` for a name that
    names no node, or several.
    """
    required = sum(p.required for p in query.parameters)
    if not required <= len(names) <= len(query.parameters):
        raise ValueError(f"usage: gapgraph ask {usage(query)}")
    arguments: Arguments = {p.name: None for p in query.parameters}
    for parameter, name in zip(query.parameters, names, strict=False):
        arguments[parameter.name] = find(kg, name, parameter.classes)
    return arguments
