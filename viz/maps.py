"""What each map shows: nodes and edges taken from a query's answer, with what the page needs to
draw, search and filter them (label, class, aliases, places, components, sources).

The maps draw exactly what the queries return: ``partners`` the partnership network
(:mod:`gapgraph.queries.network`), ``ego`` an actor's neighbourhood and ``programme`` a programme
whole (:mod:`gapgraph.queries.subgraphs`), ``path`` the contribution paths (:mod:`gapgraph.queries.paths`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.queries import subgraphs
from gapgraph.queries.named import QUERIES, run_networkx

MAX_SOURCES = 8
"""Source spans listed in a tooltip (the rest are counted)."""


@dataclass
class MapNode:
    id: str
    name: str
    label: str
    cls: str
    aliases: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    components: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    rank: int | None = None


@dataclass
class MapEdge:
    source: str
    target: str
    relation: str
    sources: list[str] = field(default_factory=list)
    weight: int = 1
    note: str = ""


@dataclass
class Map:
    """A titled set of nodes and edges, ready to lay out and draw."""

    title: str
    nodes: list[MapNode]
    edges: list[MapEdge]
    size_by: str = "degree"
    shells: dict[str, int] = field(default_factory=dict)
    """Rings for a fixed layout (0 the centre), when the map has a natural one."""
    focus: str | None = None
    """The node the map is about (an ego map's actor): marked, and centred on the page."""


def label_of(kg: KnowledgeGraph, node: str, width: int = 28) -> str:
    """The acronym if the node has one, else its name, cut to ``width`` characters."""
    data = kg.node(node)
    acronyms = [c["value"] for c in data["attributes"].get("acronym", [])]
    if acronyms:
        return str(acronyms[0])
    name = data["name"]
    return name if len(name) <= width else name[: width - 1].rstrip() + "…"


def _places(kg: KnowledgeGraph, node: str) -> list[str]:
    direct = kg.out(node, "locatedIn")
    if kg.is_a(node, "Place"):
        direct.append(node)
    found = set(direct)
    frontier = set(direct)
    while frontier:  # the places those are part of: a pilot in Iztapalapa is in Mexico City too
        frontier = {v for p in frontier for v in kg.out(p, "partOf")} - found
        found |= frontier
    return sorted(kg.node(p)["name"] for p in found)


_COMPONENT_LINKS = ("participatesIn", "partOf", "contributesTo", "leads", "implements")


def _components(kg: KnowledgeGraph, node: str) -> list[str]:
    """The programmes, components, outcomes and outputs the node takes part in or contributes to."""
    found = set()
    if kg.is_a(node, "Programme", "Component", "Outcome", "Output"):
        found.add(node)
    found |= {v for v in kg.out(node, _COMPONENT_LINKS) if kg.is_a(v, "Programme", "Component", "Outcome", "Output")}
    return sorted(label_of(kg, c, 60) for c in found)


def map_node(kg: KnowledgeGraph, node: str, rank: int | None = None) -> MapNode:
    data = kg.node(node)
    return MapNode(
        id=node,
        name=data["name"],
        label=label_of(kg, node),
        cls=data["type"],
        aliases=list(data["aliases"]),
        places=_places(kg, node),
        components=_components(kg, node),
        sources=[str(s) for s in data["sources"]],
        rank=rank,
    )


def from_subgraph(kg: KnowledgeGraph, title: str, sub: subgraphs.Subgraph) -> Map:
    nodes = [map_node(kg, n) for n in sub.nodes]
    edges = [MapEdge(link.source, link.target, link.relation, list(link.sources)) for link in sub.links]
    return Map(title, nodes, edges)


def partners_map(kg: KnowledgeGraph, types: list[str] | None = None) -> Map:
    """The partnership network (``gapgraph ask network``), nodes sized by betweenness."""
    links = run_networkx(QUERIES["network"], kg, {}, types=types)
    actors = sorted({link.a for link in links} | {link.b for link in links})
    edges = [MapEdge(link.a, link.b, "shares", [], link.weight, link.shared) for link in links]
    kinds = f" ({', '.join(types)})" if types else ""
    return Map(f"Partnership network{kinds}", [map_node(kg, a) for a in actors], edges, size_by="betweenness")


HUBS = ("Programme", "Fund")
"""Classes whose members everybody joins: taking part in the same one is no collaboration."""

SHARED_LINKS = ("participatesIn", "leads", "funds", "grantsTo", "mentionedWith")
"""Relations to a hub that only say an actor took part in it."""


def direct_only(kg: KnowledgeGraph, sub: subgraphs.Subgraph, centre: str | None = None) -> subgraphs.Subgraph:
    """The stated collaborations of a subgraph: links of an actor to a programme or fund hub by mere
    taking part (participates in, leads, funds) are dropped, and the nodes left without a link
    (but ``centre``) with them."""

    def hub(node: str) -> bool:
        return kg.is_a(node, *HUBS)

    links = [
        link for link in sub.links if not (link.relation in SHARED_LINKS and (hub(link.target) or hub(link.source)))
    ]
    linked = {x for link in links for x in (link.source, link.target)} | ({centre} if centre else set())
    return subgraphs.Subgraph([n for n in sub.nodes if n in linked], links)


def _direct_neighbourhood(kg: KnowledgeGraph, node: str, depth: int) -> subgraphs.Subgraph:
    """The neighbourhood reached through stated collaborations only: never through a hub, nor through
    a place (being in the same country is no collaboration either)."""

    def hub(n: str) -> bool:
        return kg.is_a(n, *HUBS)

    seen, frontier = {node}, {node}
    for _ in range(depth):
        step = set()
        for n in frontier:
            if n != node and (hub(n) or kg.is_a(n, "Place")):
                continue
            edges = [(v, d) for v, _, d in kg.out_edges(n)] + [(u, d) for u, _, d in kg.in_edges(n)]
            step |= {o for o, d in edges if not (d["type"] in SHARED_LINKS and (hub(o) or hub(n)))}
        frontier = {n for n in step - seen if subgraphs._shown(kg, n)}
        seen |= frontier
    return direct_only(kg, subgraphs.Subgraph(sorted(seen), subgraphs._links_among(kg, seen)), node)


def ego_map(kg: KnowledgeGraph, node: str, depth: int = 2, direct: bool = False) -> Map:
    """An actor's (or any node's) neighbourhood up to ``depth`` hops, the actor marked and centred;
    ``direct``: stated collaborations only, not co-participation in the same programme."""
    name = kg.node(node)["name"]
    if direct:
        sub = _direct_neighbourhood(kg, node, depth)
        title = f"{name}: direct collaborations, {depth} hops"
    else:
        sub = subgraphs.neighbourhood(kg, node, depth)
        title = f"{name}: neighbourhood, {depth} hops"
    drawn = from_subgraph(kg, title, sub)
    drawn.focus = node if kg.has_node(node) else None
    return drawn


def trimmed(m: Map, limit: int) -> Map:
    """The map cut to ``limit`` nodes: its own node and the nodes with the most cited edges to the
    rest (a hub's 1-hop map on a large graph has thousands); the title says how many are shown."""
    if len(m.nodes) <= limit:
        return m
    weight: dict[str, int] = {}
    for edge in m.edges:
        for end in (edge.source, edge.target):
            weight[end] = weight.get(end, 0) + max(len(edge.sources), 1)
    ranked = sorted(m.nodes, key=lambda n: (n.id != m.focus, -weight.get(n.id, 0), n.id))
    kept = {n.id for n in ranked[:limit]}
    nodes = [n for n in m.nodes if n.id in kept]
    edges = [e for e in m.edges if e.source in kept and e.target in kept]
    title = f"{m.title} ({limit} of {len(m.nodes)} nodes: the best cited)"
    return Map(title, nodes, edges, m.size_by, {k: v for k, v in m.shells.items() if k in kept}, m.focus)


def direct_partners_map(kg: KnowledgeGraph, types: list[str] | None = None) -> Map:
    """Actors linked by what the documents state between them (partners with, trains, funds, gives
    technical assistance to...), not by programmes they share."""
    actors = {n for n, _ in kg.nodes("Actor") if not kg.is_a(n, *HUBS)}
    if types:
        actors = {n for n in actors if kg.is_a(n, *types)}
    links = [link for link in subgraphs._links_among(kg, actors) if link.relation != "mentionedWith"]
    linked = sorted({x for link in links for x in (link.source, link.target)})
    kinds = f" ({', '.join(types)})" if types else ""
    edges = [MapEdge(link.source, link.target, link.relation, list(link.sources)) for link in links]
    return Map(f"Direct collaborations{kinds}", [map_node(kg, a) for a in linked], edges, size_by="betweenness")


def path_map(
    kg: KnowledgeGraph, start: str, goal: str, all_paths: bool = False, max_length: int = 6, via_programme: bool = False
) -> Map:
    """The contribution paths from ``start`` to ``goal`` (``gapgraph ask path``), left to right."""
    hops = run_networkx(
        QUERIES["path"],
        kg,
        {"start": start, "goal": goal},
        all_paths=all_paths,
        max_length=max_length,
        via_programme=via_programme,
    )
    ranks: dict[str, int] = {}
    edges: dict[tuple[str, str, str], MapEdge] = {}
    for hop in hops:
        ranks[hop.source] = min(ranks.get(hop.source, hop.hop - 1), hop.hop - 1)
        ranks[hop.target] = min(ranks.get(hop.target, hop.hop), hop.hop)
        edges.setdefault(
            (hop.source, hop.relation, hop.target), MapEdge(hop.source, hop.target, hop.relation, list(hop.sources))
        )
    if hops:  # the goal alone at the far right, whatever the length of the paths reaching it
        ranks[goal] = max(r for n, r in ranks.items() if n != goal) + 1
    title = f"Contribution paths: {kg.node(start)['name']} → {kg.node(goal)['name']}"
    return Map(title, [map_node(kg, n, r) for n, r in sorted(ranks.items())], list(edges.values()))


WORK = ("LegalInstrument", "Pilot", "KnowledgeProduct")
"""Laws, pilots and products: half of a programme's story, a ring of their own on its map."""

WORK_LINKS = ("partOf", "contributesTo", "produces", "pilots", "implements", "developedWith", "adopts", "enacts")


def _ring(kg: KnowledgeGraph, programme: str, node: str) -> int:
    """The programme in the centre; its results and the money around it; its laws, pilots and
    products next; the partners outside."""
    cls = kg.node(node)["type"]
    if node == programme:
        return 0
    if cls in ("Component", "Outcome", "SDGTarget") or kg.schema.is_a(cls, "UNAgency") or cls in ("Fund", "Donor"):
        return 1
    if cls == "Output":
        return 2
    if any(kg.schema.is_a(cls, c) for c in WORK):
        return 3
    return 4


def programme_work(kg: KnowledgeGraph, sub: subgraphs.Subgraph) -> subgraphs.Subgraph:
    """The overview with the laws, pilots and products linked to the programme or its results (either
    way, by one of :data:`WORK_LINKS`), and the edges among them all."""
    nodes = set(sub.nodes)
    results = {n for n in nodes if kg.is_a(n, "Programme", *subgraphs.RESULTS)}
    for result in results:
        linked = kg.into(result, WORK_LINKS) + kg.out(result, WORK_LINKS)
        nodes |= {other for other in linked if kg.is_a(other, *WORK)}
    return subgraphs.Subgraph(sorted(nodes), subgraphs._links_among(kg, nodes, (*subgraphs.OVERVIEW, *WORK_LINKS)))


def programme_map(kg: KnowledgeGraph, programme: str | None = None) -> Map:
    """A programme whole: agencies, components, outcomes, outputs, SDG targets, laws, pilots, products,
    partners — the programme in the centre, results and funders around it, then its laws, pilots and
    products, partners on the outer ring."""
    programme = programme or subgraphs.main_programme(kg)
    if programme is None:
        return Map("No programme in the graph", [], [])
    drawn = from_subgraph(kg, kg.node(programme)["name"], programme_work(kg, subgraphs.overview(kg, programme)))
    drawn.shells = {n.id: _ring(kg, programme, n.id) for n in drawn.nodes}
    return drawn
