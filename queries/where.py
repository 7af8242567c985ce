"""where: the actors, mechanisms, pilots, plans and events located in a place or in the places within it.

The same :class:`Located` rows come from networkx (:func:`located`), SPARQL (``sparql/where.rq``)
and Cypher (``cypher/where.cypher``): everything ``locatedIn`` the place, or in a place that is
``partOf`` it (Iztapalapa is in Mexico City), with the sources of the location.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.queries.rows import gather


@dataclass(frozen=True)
class Located:
    """A thing located in the place (``in_place`` is the place itself or one within it)."""

    thing: str
    name: str
    type: str
    in_place: str
    in_place_name: str
    sources: tuple[str, ...] = field(default=())


def located(kg: KnowledgeGraph, place: str) -> list[Located]:
    """Everything located in ``place`` or in any place ``partOf`` it (at any depth)."""
    if not kg.has_node(place):
        return []
    within = {place}
    frontier = {place}
    while frontier:
        frontier = {u for p in frontier for u in kg.into(p, "partOf")}
        frontier -= within
        within |= frontier
    keyed = []
    for p in within:
        for thing, _, d in kg.in_edges(p, "locatedIn"):
            node = kg.node(thing)
            keyed.append(((thing, node["name"], node["type"], p, kg.node(p)["name"]), [str(s) for s in d["sources"]]))
    return gather(Located, keyed)
