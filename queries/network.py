"""network, brokers, communities: the actor-actor partnership network and what it shows.

The network is a projection: two actors are linked when they take part in the same engagement
(programme, mechanism, event, pilot...), are related directly (funds, grants to, partners with,
member of, technical assistance, trains) or had a hand in the same piece of work (relation
``jointWork``, ``via`` the product, pilot or activity: see ``partners``). A link's weight is the
number of engagements, direct relations and pieces of work the two share. ``partners`` gives
the sources of each; here the links are derived facts.

The raw links come the same from networkx (:func:`links`), SPARQL (``sparql/network.rq``) and
Cypher (``cypher/network.cypher``); weighting, betweenness and communities are computed from them
in Python (networkx), so every backend gives the same ranking.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.ontology.naming import relationship_type
from gapgraph.ontology.schema import schema
from gapgraph.queries.partners import DIRECT, WORK, WORK_WITH
from gapgraph.queries.rows import gather


@dataclass(frozen=True)
class Link:
    """One thing two actors share (``a`` sorts before ``b``): an engagement, or a direct relation."""

    a: str
    a_name: str
    a_type: str
    b: str
    b_name: str
    b_type: str
    relation: str
    via: str | None
    via_name: str | None
    sources: tuple[str, ...] = field(default=())


def links(kg: KnowledgeGraph) -> list[Link]:
    """Every pair of actors that share an engagement or a direct relation, once per thing shared."""
    actors = {n for n, _ in kg.nodes("Actor")}

    def describe(node: str) -> tuple[str, str, str]:
        data = kg.node(node)
        return node, data["name"], data["type"]

    keyed = []
    for via, _ in kg.nodes():
        members = sorted(u for u in kg.into(via, "participatesIn") if u in actors)
        via_name = kg.node(via)["name"]
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                keyed.append(((*describe(a), *describe(b), "participatesIn", via, via_name), ()))
    for u, v, _, data in kg.edges(DIRECT):
        if u in actors and v in actors:
            a, b = sorted((u, v))
            keyed.append(((*describe(a), *describe(b), data["type"], None, None), ()))
    for work, data in kg.nodes():
        if work in actors or kg.is_a(work, "Programme"):
            continue
        hands = sorted(
            {u for u in kg.into(work, WORK) if u in actors} | {v for v in kg.out(work, WORK_WITH) if v in actors}
        )
        for i, a in enumerate(hands):
            for b in hands[i + 1 :]:
                keyed.append(((*describe(a), *describe(b), "jointWork", work, data["name"]), ()))
    return gather(Link, keyed)


def cypher_parameters() -> dict[str, Any]:
    return {
        "direct": [relationship_type(r) for r in DIRECT],
        "work": [relationship_type(r) for r in WORK],
        "work_with": [relationship_type(r) for r in WORK_WITH],
    }


@dataclass(frozen=True)
class WeightedLink:
    """Two actors and the number of engagements and direct relations they share."""

    a: str
    a_name: str
    a_type: str
    b: str
    b_name: str
    b_type: str
    weight: int
    shared: str


def _kept(raw: list[Link], types: list[str] | None, direct: bool = False) -> list[Link]:
    """The links between actors of ``types``; with ``direct``, only stated relations between the two
    (not taking part in the same programme, mechanism or event)."""
    if direct:
        raw = [r for r in raw if r.relation != "participatesIn"]
    if not types:
        return raw
    model = schema()

    def fits(cls: str) -> bool:
        return any(model.is_a(cls, t) for t in types)

    return [r for r in raw if fits(r.a_type) and fits(r.b_type)]


def weighted(raw: list[Link], types: list[str] | None = None, direct: bool = False, **_: Any) -> list[WeightedLink]:
    """One link per pair of actors, heaviest first; only actors of ``types`` (or below) if given."""
    shared: dict[tuple, list[str]] = defaultdict(list)
    for r in _kept(raw, types, direct):
        shared[(r.a, r.a_name, r.a_type, r.b, r.b_name, r.b_type)].append(r.via_name or r.relation)
    answer = [WeightedLink(*pair, len(things), "; ".join(sorted(things))) for pair, things in shared.items()]
    return sorted(answer, key=lambda w: (-w.weight, w.a, w.b))


def graph(raw: list[Link], types: list[str] | None = None, direct: bool = False) -> nx.Graph:
    """The network as a weighted networkx graph (nodes carry ``name`` and ``type``)."""
    g = nx.Graph()
    for link in weighted(raw, types, direct):
        g.add_node(link.a, name=link.a_name, type=link.a_type)
        g.add_node(link.b, name=link.b_name, type=link.b_type)
        g.add_edge(link.a, link.b, weight=link.weight, distance=1 / link.weight)
    return g


@dataclass(frozen=True)
class Broker:
    """An actor's place between others: betweenness (distance 1/weight), degree, kinds of partner."""

    rank: int
    actor: str
    name: str
    type: str
    betweenness: float
    degree: int
    partner_types: int


def brokers(raw: list[Link], types: list[str] | None = None, direct: bool = False, **_: Any) -> list[Broker]:
    """Actors ranked by betweenness in the network: who stands between the others.

    ``partner_types`` counts the classes of an actor's partners (government body, trade union,
    UN agency...): a broker between government and civil society links several.
    """
    g = graph(raw, types, direct)
    centrality = nx.betweenness_centrality(g, weight="distance", normalized=True)
    ranked = sorted(g.nodes, key=lambda n: (-round(centrality[n], 9), n))
    return [
        Broker(
            i,
            n,
            g.nodes[n]["name"],
            g.nodes[n]["type"],
            round(centrality[n], 6),
            g.degree[n],
            len({g.nodes[m]["type"] for m in g[n]}),
        )
        for i, n in enumerate(ranked, start=1)
    ]


@dataclass(frozen=True)
class Member:
    """An actor in a community of the network (communities numbered from the largest)."""

    community: int
    size: int
    actor: str
    name: str
    type: str


def communities(
    raw: list[Link], types: list[str] | None = None, seed: int = 7, direct: bool = False, **_: Any
) -> list[Member]:
    """Clusters of the network by Louvain modularity (weighted, seeded so answers repeat)."""
    g = graph(raw, types, direct)
    found = nx.community.louvain_communities(g, weight="weight", seed=seed) if len(g) else []
    ordered = sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))
    return [
        Member(i, len(members), n, g.nodes[n]["name"], g.nodes[n]["type"])
        for i, members in enumerate(ordered, start=1)
        for n in members
    ]
