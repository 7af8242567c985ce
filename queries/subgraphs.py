"""Parts of the graph that maps draw: an actor's neighbourhood, a programme's overview.

Each returns a :class:`Subgraph` — node ids and cited edges — and draws nothing.

>>> from gapgraph.graph.knowledge_graph import KnowledgeGraph
>>> neighbourhood(KnowledgeGraph(), "https://w3id.org/gapgraph/id/actor/nobody").nodes
[]
"""

from __future__ import annotations

from dataclasses import dataclass, field

from gapgraph.graph.knowledge_graph import KnowledgeGraph

HIDDEN = ("Observation", "SourceDocument", "SourceSpan")
"""Classes left out of maps: an observation belongs in the results table, not on the map."""


@dataclass(frozen=True)
class Link:
    """A cited edge of a subgraph."""

    source: str
    relation: str
    target: str
    sources: tuple[str, ...] = ()


@dataclass
class Subgraph:
    """Node ids and edges (each edge's ends are among the nodes)."""

    nodes: list[str] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)


def _shown(kg: KnowledgeGraph, node: str) -> bool:
    return not kg.is_a(node, *HIDDEN)


def _links_among(kg: KnowledgeGraph, nodes: set[str], relations: tuple[str, ...] = ()) -> list[Link]:
    found = {}
    for u in nodes:
        for v, _, d in kg.out_edges(u, relations or None):
            if v in nodes:
                key = (u, d["type"], v)
                sources = set(found.get(key, ())) | {str(s) for s in d["sources"]}
                found[key] = tuple(sorted(sources))
    return [Link(u, r, v, s) for (u, r, v), s in sorted(found.items())]


def neighbourhood(kg: KnowledgeGraph, node: str, depth: int = 2) -> Subgraph:
    """Everything within ``depth`` hops of ``node`` (either direction), observations left out, and
    every edge among those nodes."""
    if not kg.has_node(node):
        return Subgraph()
    seen = {node}
    frontier = {node}
    for _ in range(depth):
        step = set()
        for n in frontier:
            step |= kg.neighbours(n)
        frontier = {n for n in step - seen if _shown(kg, n)}
        seen |= frontier
    return Subgraph(sorted(seen), _links_among(kg, seen))


RESULTS = ("Component", "Outcome", "Output")

OVERVIEW = ("partOf", "contributesTo", "alignedWith", "participatesIn", "leads", "funds", "grantsTo")


def main_programme(kg: KnowledgeGraph) -> str | None:
    """The programme with the most participants (the corpus's subject)."""
    counts = {p: sum(1 for _ in kg.in_edges(p, "participatesIn")) for p, _ in kg.nodes("Programme")}
    return max(sorted(counts), key=lambda p: counts[p]) if counts else None


def overview(kg: KnowledgeGraph, programme: str) -> Subgraph:
    """A programme whole: the actors that take part in, lead or fund it (agencies and partners), its
    components, outcomes and outputs, the SDG targets and outcomes it is aligned with, the grants it
    gave, and the funders of its agencies; with the edges among them."""
    if not kg.has_node(programme):
        return Subgraph()
    nodes = {programme}
    nodes |= {u for u in kg.into(programme, ("participatesIn", "leads", "funds")) if kg.is_a(u, "Actor")}
    nodes |= {u for u in kg.into(programme, "partOf") if kg.is_a(u, *RESULTS)}
    nodes |= set(kg.out(programme, ("alignedWith", "grantsTo")))
    results = {n for n in nodes if kg.is_a(n, *RESULTS)}
    for result in results:  # the outputs and outcomes under them
        nodes |= {u for u in kg.into(result, ("contributesTo", "partOf")) if kg.is_a(u, *RESULTS)}
    for n in list(nodes):
        nodes |= {v for v in kg.out(n, ("contributesTo", "alignedWith")) if kg.is_a(v, "SDGTarget")}
    funders = {u for n in nodes for u in kg.into(n, "funds")}
    nodes |= funders
    return Subgraph(sorted(nodes), _links_among(kg, nodes, OVERVIEW))
