"""path: how an actor's (or a product's, pilot's, law's) work leads to an outcome or an SDG target.

A contribution path follows, forward, the relations by which work contributes to results. The
**results chain** is the actor's own work — it *produces*, *implements*, *pilots*, *provides
technical assistance to*, *trains*, *enacts*, *adopts*, *deposits* or *ratifies* something — then
that product, activity, pilot or law *contributes to* an output, the output to an outcome, the
outcome to (or is *aligned with*) an SDG target. The **programme hub** is the other way: the actor
*leads*, *funds* or *participates in* the programme, which is aligned with the target; every
participant has that path, so it says nothing of the actor's own work.

Paths through a programme (a ``Programme`` node anywhere but at the ends) are listed only when
the results chain gives none, or with ``via_programme`` (``--via-programme``), after the chain's
paths; each hop says whether its path goes through a programme. (``developedWith``, which points
from the product to the actor, is not followed.) Every hop carries the sources that state it.

The raw rows are the cited :class:`Edge` s lying on paths from start to goal: from networkx
(:func:`edges`, a bidirectional search bounded by the length limit), SPARQL (``sparql/path.rq``:
SPARQL 1.1 property paths can test reachability but cannot return paths, so it returns the edges
between the two) and Cypher (``cypher/path.cypher``: the edges of the variable-length paths). One
function, :func:`paths`, then lists the simple paths, chain first, shortest first.

>>> paths([], start="a", goal="b")
[]
"""

from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Any

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.ontology.schema import schema
from gapgraph.queries.rows import gather

OWN_WORK = (
    "produces",
    "implements",
    "pilots",
    "providesTechnicalAssistanceTo",
    "trains",
    "enacts",
    "adopts",
    "deposits",
    "ratifies",
)
"""What an actor does itself: the first hop of a results chain."""

HUB = ("leads", "participatesIn", "funds")
"""How an actor takes part in a programme (the hub every participant shares)."""

FOLLOWED = (*HUB, *OWN_WORK, "contributesTo", "alignedWith")
"""The relations a contribution path follows, in their own direction (keep ``path.rq`` and
``path.cypher`` listing the same)."""

HUB_CLASSES = ("Programme",)
"""Nodes a results chain does not pass through."""

CYPHER_MAX_LENGTH = 8
"""The longest path ``path.cypher`` looks for (a Cypher pattern's length cannot be a parameter)."""

DEFAULT_MAX_LENGTH = 6
DEFAULT_LIMIT = 200


@dataclass(frozen=True)
class Edge:
    """One cited hop that lies between the start and the goal."""

    source: str
    source_name: str
    source_type: str
    relation: str
    target: str
    target_name: str
    target_type: str
    sources: tuple[str, ...] = field(default=())


def _distances(neighbours: Any, origin: str, limit: int, allowed: dict[str, int] | None = None) -> dict[str, int]:
    """Hops from ``origin`` (breadth first, at most ``limit``); with ``allowed``, only through nodes
    whose distance to the far end still fits in the limit."""
    seen = {origin: 0}
    queue = deque([origin])
    while queue:
        node = queue.popleft()
        if seen[node] == limit:
            continue
        for other in neighbours(node):
            if other in seen:
                continue
            if allowed is not None and (other not in allowed or seen[node] + 1 + allowed[other] > limit):
                continue
            seen[other] = seen[node] + 1
            queue.append(other)
    return seen


def edges(kg: KnowledgeGraph, start: str, goal: str, max_length: int = CYPHER_MAX_LENGTH) -> list[Edge]:
    """The followed edges on some walk of at most ``max_length`` hops from ``start`` to ``goal``."""
    if not (kg.has_node(start) and kg.has_node(goal)):
        return []

    def forward(node: str) -> list[str]:
        return kg.out(node, FOLLOWED)

    def backward(node: str) -> list[str]:
        return kg.into(node, FOLLOWED)

    to_goal = _distances(backward, goal, max_length)
    if start not in to_goal:
        return []
    from_start = _distances(forward, start, max_length, allowed=to_goal)
    keyed = []
    for u, hops in from_start.items():
        for v, _, d in kg.out_edges(u, FOLLOWED):
            if v in to_goal and hops + 1 + to_goal[v] <= max_length:
                a, b = kg.node(u), kg.node(v)
                key = (u, a["name"], a["type"], d["type"], v, b["name"], b["type"])
                keyed.append((key, [str(s) for s in d["sources"]]))
    return gather(Edge, keyed)


@dataclass(frozen=True)
class Hop:
    """One hop of one path (paths numbered chain first, shortest first), with its evidence."""

    path: int
    length: int
    hop: int
    through_programme: bool
    source: str
    source_name: str
    source_type: str
    relation: str
    target: str
    target_name: str
    target_type: str
    sources: tuple[str, ...] = field(default=())


def _is_hub(cls: str) -> bool:
    return any(schema().is_a(cls, hub) for hub in HUB_CLASSES) if cls in schema().classes else cls in HUB_CLASSES


def _chain_only(raw: list[Edge], start: str, goal: str) -> list[Edge]:
    """The edges that neither enter nor leave a programme (unless it is the start or the goal)."""
    return [
        e
        for e in raw
        if not (_is_hub(e.source_type) and e.source != start) and not (_is_hub(e.target_type) and e.target != goal)
    ]


def _simple_paths(
    raw: list[Edge], start: str, goal: str, all_paths: bool, max_length: int, limit: int
) -> list[list[Edge]]:
    """Simple paths from ``start`` to ``goal``, shortest first (all up to ``max_length`` if ``all_paths``)."""
    out: dict[str, list[Edge]] = defaultdict(list)
    into: dict[str, list[str]] = defaultdict(list)
    for edge in raw:
        out[edge.source].append(edge)
        into[edge.target].append(edge.source)
    to_goal = _distances(lambda n: into[n], goal, max_length)
    if start not in to_goal:
        return []
    longest = max_length if all_paths else to_goal[start]
    found: list[list[Edge]] = []
    for length in range(to_goal[start], longest + 1):
        level: list[list[Edge]] = []
        _walk(start, goal, length, [], {start}, out, to_goal, level)
        level.sort(key=lambda p: [(e.source, e.relation, e.target) for e in p])
        found += level
        if len(found) >= limit:
            break
    return found[:limit]


def paths(
    raw: list[Edge],
    start: str | None = None,
    goal: str | None = None,
    all_paths: bool = False,
    max_length: int = DEFAULT_MAX_LENGTH,
    limit: int = DEFAULT_LIMIT,
    via_programme: bool = False,
    **_: Any,
) -> list[Hop]:
    """The simple paths from ``start`` to ``goal`` over the ``raw`` edges, as numbered hops.

    The results chain's paths first (none through a programme); those through a programme only
    if the chain has none, or after them with ``via_programme``. Within each, only the shortest
    paths unless ``all_paths``; then every simple path of at most ``max_length`` hops, shortest
    first, at most ``limit`` paths in all. Paths of one length are ordered by the ids along them,
    so every backend numbers them alike.
    """
    if max_length > CYPHER_MAX_LENGTH:
        raise ValueError(f"--max-length is at most {CYPHER_MAX_LENGTH}")
    if start is None or goal is None or start == goal:
        return []
    chain = _simple_paths(_chain_only(raw, start, goal), start, goal, all_paths, max_length, limit)
    found = [(path, False) for path in chain]
    if not chain:  # every path goes through a programme: the plain search, as fast as before
        return _hops([(path, True) for path in _simple_paths(raw, start, goal, all_paths, max_length, limit)])
    if via_programme:
        every = _simple_paths(raw, start, goal, True, max_length, limit + len(chain))
        through = [p for p in every if any(_is_hub(e.target_type) and e.target != goal for e in p)]
        if through and not all_paths:
            through = [p for p in through if len(p) == len(through[0])]
        found += [(path, True) for path in through[: max(0, limit - len(found))]]
    return _hops(found)


def _hops(found: list[tuple[list[Edge], bool]]) -> list[Hop]:
    return [
        Hop(number, len(path), hop, hub, *(getattr(edge, f) for f in _EDGE_FIELDS))
        for number, (path, hub) in enumerate(found, start=1)
        for hop, edge in enumerate(path, start=1)
    ]


_EDGE_FIELDS = ("source", "source_name", "source_type", "relation", "target", "target_name", "target_type", "sources")


def _walk(
    node: str,
    goal: str,
    length: int,
    path: list[Edge],
    visited: set[str],
    out: dict[str, list[Edge]],
    to_goal: dict[str, int],
    found: list[list[Edge]],
) -> None:
    """Every simple path of exactly ``length`` hops from ``node`` to ``goal``, appended to ``found``."""
    if node == goal:
        if len(path) == length:
            found.append(list(path))
        return
    for edge in out[node]:
        nxt = edge.target
        if nxt in visited or nxt not in to_goal or len(path) + 1 + to_goal[nxt] > length:
            continue
        path.append(edge)
        visited.add(nxt)
        _walk(nxt, goal, length, path, visited, out, to_goal, found)
        visited.discard(nxt)
        path.pop()
