"""Node positions computed in Python, so the browser need not simulate: networkx's spring layout
for small maps, left-to-right ranks for paths, concentric rings for a programme, a sunflower spiral
grouped by class for large maps.

>>> import networkx as nx
>>> positions = layout(nx.path_graph(3))
>>> sorted(positions) == [0, 1, 2]
True
"""

from __future__ import annotations

import math

import networkx as nx

SPRING_LIMIT = 499
"""Above this many nodes the spring layout (quadratic per iteration) gives way to the spiral; from
500 nodes networkx's spring layout needs scipy, which gapgraph does not depend on."""

SPACING = 90.0
"""Roughly the distance between neighbouring nodes, in vis-network's canvas units."""


def layout(
    g: nx.Graph,
    ranks: dict[str, int] | None = None,
    groups: dict[str, str] | None = None,
    seed: int = 7,
    shells: dict[str, int] | None = None,
) -> dict:
    """Positions ``{node: (x, y)}``: by rank left to right when ``ranks`` are given, else spring
    (small graphs) or spiral by group (large graphs)."""
    if not len(g):
        return {}
    if ranks is not None:
        return _ranked(g, ranks)
    if shells:
        return _rings(g, shells, groups or {})
    if len(g) > SPRING_LIMIT:
        return _spiral(g, groups or {})
    scale = SPACING * math.sqrt(len(g))
    raw = nx.spring_layout(g, seed=seed, weight="weight", k=1.5 / math.sqrt(len(g)), iterations=80)
    return {n: (float(x) * scale, float(y) * scale) for n, (x, y) in raw.items()}


def _ranked(g: nx.Graph, ranks: dict[str, int]) -> dict:
    columns: dict[int, list[str]] = {}
    for node in sorted(g, key=lambda n: (ranks.get(n, 0), str(n))):
        columns.setdefault(ranks.get(node, 0), []).append(node)
    positions = {}
    for rank, members in columns.items():
        top = -(len(members) - 1) / 2
        for i, node in enumerate(members):
            positions[node] = (rank * SPACING * 3.0, (top + i) * SPACING * 1.3)
    return positions


def _rings(g: nx.Graph, shells: dict[str, int], groups: dict[str, str]) -> dict:
    """Concentric rings (0 the centre), nodes of one group side by side on their ring."""
    rings: dict[int, list[str]] = {}
    for node in sorted(g, key=lambda n: (groups.get(n, ""), str(n))):
        rings.setdefault(shells.get(node, max(shells.values(), default=0) + 1), []).append(node)
    positions = {}
    radius = 0.0
    for ring in sorted(rings):
        members = rings[ring]
        if ring > 0 or len(members) > 1:  # a ring long enough for its nodes, and apart from the last
            radius = max(radius + SPACING * 3.5, SPACING * 0.9 * len(members) / (2 * math.pi))
        for i, node in enumerate(members):
            angle = 2 * math.pi * i / len(members) - math.pi / 2
            positions[node] = (radius * math.cos(angle), radius * math.sin(angle))
    return positions


def _spiral(g: nx.Graph, groups: dict[str, str]) -> dict:
    """Vogel's sunflower spiral, nodes of one group next to each other, best connected first: O(n)."""
    golden = math.pi * (3 - math.sqrt(5))
    ordered = sorted(g, key=lambda n: (groups.get(n, ""), -g.degree(n), str(n)))
    return {
        n: (SPACING * 0.6 * math.sqrt(i) * math.cos(i * golden), SPACING * 0.6 * math.sqrt(i) * math.sin(i * golden))
        for i, n in enumerate(ordered)
    }
