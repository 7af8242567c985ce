"""One self-contained HTML page per map: vis-network inlined, no request to any host.

The nodes, edges and options are built with pyvis (``Network.add_node``/``add_edge``,
``get_network_data``); the page is our own template (``viz/templates/map.html``) because pyvis's
own links Bootstrap from a CDN even with ``cdn_resources="in_line"`` (pyvis 0.3.2, issue #229).
The vis-network script and stylesheet are read from the pyvis package and written into the page.

Document text never becomes markup: the data travels as JSON inside a ``<script
type="application/json">`` element with ``<``, ``>`` and ``&`` escaped, tooltips and lists are built
with ``textContent``, the title and note go through Jinja's autoescaping, and a Content Security
Policy forbids every fetch.
"""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path
from typing import Any

import jinja2
import networkx as nx
import pyvis
from pyvis.edge import Edge
from pyvis.network import Network
from pyvis.node import Node

from gapgraph.graph.files import replaced
from gapgraph.viz.layout import layout
from gapgraph.viz.maps import MAX_SOURCES, Map, MapEdge, MapNode
from gapgraph.viz.style import legend, style_of

PHYSICS_LIMIT = 300
"""Above this many nodes the page draws the Python layout as it is (no physics simulation)."""

EDGE_LABEL_LIMIT = 60
"""Edges are labelled with their relation on maps with at most this many edges (tooltips always say)."""

_VIS = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"


def _graph(m: Map) -> nx.Graph:
    g = nx.Graph()
    g.add_nodes_from(n.id for n in m.nodes)
    for e in m.edges:
        weight = g.edges[e.source, e.target]["weight"] + e.weight if g.has_edge(e.source, e.target) else e.weight
        g.add_edge(e.source, e.target, weight=weight)
    return g


def _sizes(m: Map, g: nx.Graph) -> dict[str, float]:
    """Node sizes from 10 to 40, by betweenness or by degree."""
    if m.size_by == "betweenness" and len(g) <= 2000:
        score = nx.betweenness_centrality(g)
    else:
        score = {n: float(d) for n, d in g.degree()}
    top = max(score.values(), default=0) or 1
    return {n: 10 + 30 * (score[n] / top) ** 0.5 for n in g}


def _tip(node: MapNode) -> str:
    lines = [node.name, f"type: {node.cls}"]
    if node.aliases:
        lines.append("also: " + "; ".join(node.aliases[:6]))
    if node.places:
        lines.append("place: " + ", ".join(node.places))
    if node.components:
        lines.append("in: " + "; ".join(node.components[:4]))
    more = f" (+{len(node.sources) - MAX_SOURCES} more)" if len(node.sources) > MAX_SOURCES else ""
    lines.append("sources: " + ", ".join(node.sources[:MAX_SOURCES]) + more)
    return "\n".join(lines)


def _escaped_json(value: Any) -> str:
    """JSON that cannot close the ``<script>`` element holding it."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, code in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, code)
    return text


def network_data(m: Map) -> tuple[list[dict], list[dict], dict]:
    """The nodes, edges and options of the map, as pyvis builds them for vis-network."""
    g = _graph(m)
    ranks = {n.id: n.rank for n in m.nodes if n.rank is not None}
    groups = {n.id: style_of(n.cls).label for n in m.nodes}
    positions = layout(g, ranks=ranks or None, groups=groups, shells=m.shells or None)
    sizes = _sizes(m, g)
    net = Network(directed=True, cdn_resources="in_line")
    # pyvis's own add_node/add_edge look ids up in lists (quadratic on a 10,000-node map); its Node
    # and Edge classes build the same vis-network records
    for node in m.nodes:
        style = style_of(node.cls)
        x, y = positions.get(node.id, (0.0, 0.0))
        record = Node(node.id, style.shape, label=node.label, color=style.colour, size=sizes.get(node.id, 10), x=x, y=y)
        net.nodes.append(record.options)
        net.node_ids.append(node.id)
    labelled = len(m.edges) <= EDGE_LABEL_LIMIT
    bends = _bends(m.edges)
    for edge, bend in zip(m.edges, bends, strict=True):
        extra: dict[str, Any] = {"label": edge.relation} if labelled and edge.relation != "shares" else {}
        if bend:
            extra["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": bend}
        arrows = "to" if edge.relation != "shares" else ""
        net.edges.append(Edge(edge.source, edge.target, True, value=edge.weight, arrows=arrows, **extra).options)
    physics = len(m.nodes) <= PHYSICS_LIMIT and not ranks and not m.shells
    net.set_options(json.dumps(_options(physics, hierarchical=bool(ranks))))
    nodes, edges, _, _, _, options = net.get_network_data()
    return nodes, edges, json.loads(options) if isinstance(options, str) else options


def _bends(edges: list[MapEdge]) -> list[float]:
    """How much each edge curves: 0 for the only edge between two nodes; several edges between the
    same two nodes (either way) fan out, each on its own curve, so their labels do not overlap. A
    clockwise curve bends by the edge's direction, so ``b -> a`` at +0.25 lies opposite ``a -> b``
    at +0.25.

    >>> _bends([MapEdge("a", "b", "leads"), MapEdge("a", "b", "funds"), MapEdge("b", "a", "trains"),
    ...         MapEdge("a", "c", "funds")])
    [0.0, 0.25, 0.25, 0.0]
    """
    seen: dict[frozenset[str], int] = {}
    bends = []
    for edge in edges:
        pair = frozenset((edge.source, edge.target))
        k = seen.get(pair, 0)
        seen[pair] = k + 1
        size = 0.25 * ((k + 1) // 2)
        sign = 1 if k % 2 else -1
        if edge.source > edge.target:  # curvedCW bends by direction: one side for both directions
            sign = -sign
        bends.append(float(sign * size) if k else 0.0)
    return bends


def _options(physics: bool, hierarchical: bool) -> dict:
    return {
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "stabilization": {"enabled": physics, "iterations": 150, "fit": True},
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": not physics, "navigationButtons": False},
        "nodes": {"font": {"size": 13, "face": "system-ui"}, "borderWidth": 1},
        "edges": {
            "smooth": False if not physics or hierarchical else {"type": "continuous"},
            "color": {"color": "#b0bec5", "highlight": "#37474f"},
            "font": {"size": 10, "align": "middle", "color": "#607d8b"},
            "scaling": {"min": 1, "max": 6},
        },
        "layout": {"improvedLayout": False},
    }


def note(meta: dict[str, Any]) -> str:
    """``Built 2026-11-22 from 6 documents: id (date), ...``."""
    documents = meta.get("documents", [])
    listed = ", ".join(
        f"{d['id']} ({d.get('date') or d.get('period') or 'undated'})" for d in documents if isinstance(d, dict)
    )
    return f"Built {meta.get('built', 'on an unknown day')} by gapgraph from {len(documents)} documents: {listed}."


def page_data(m: Map) -> dict[str, Any]:
    """What a map page draws, as JSON-ready data: vis-network's nodes, edges and options, with what
    the search, the filters, the legends and the tooltips use."""
    nodes, edges, options = network_data(m)
    # network_data adds the map's nodes and edges in order, one vis record each: zip pairs them exactly
    # (a lookup by the two ends would give every edge between them the same tooltip)
    names = {n.id: n.name for n in m.nodes}
    relations: dict[str, int] = {}
    for edge in m.edges:
        relations[edge.relation] = relations.get(edge.relation, 0) + 1
    return {
        "nodes": [_node_data(node, vis, node.id == m.focus) for node, vis in zip(m.nodes, nodes, strict=True)],
        "edges": [
            {
                "from": vis["from"],
                "to": vis["to"],
                "relation": edge.relation,
                "tip": _edge_tip(edge, names),
                "vis": {k: v for k, v in vis.items() if k not in ("from", "to", "title")},
            }
            for edge, vis in zip(m.edges, edges, strict=True)
        ],
        "options": options,
        "legend": [
            {"label": s.label, "colour": s.colour, "count": sum(1 for n in m.nodes if style_of(n.cls) == s)}
            for s in legend({n.cls for n in m.nodes})
        ],
        "relations": [
            {"label": name, "colour": "#b0bec5", "count": count} for name, count in sorted(relations.items())
        ],
        "focus": m.focus,
        "components": sorted({c for n in m.nodes for c in n.components}),
        "places": sorted({p for n in m.nodes for p in n.places}),
    }


def script_json(m: Map) -> str:
    """:func:`page_data` as JSON that can sit inside a ``<script type="application/json">`` element."""
    return _escaped_json(page_data(m))


def map_script() -> str:
    """The page's own script (search, highlight, filters, legends), shared with ``gapgraph serve``."""
    return (files("gapgraph.viz") / "templates" / "map.js").read_text(encoding="utf-8")


def vis_files() -> dict[str, Path]:
    """vis-network's script and stylesheet, as pyvis ships them (no CDN)."""
    return {"vis-network.min.js": _VIS / "vis-network.min.js", "vis-network.css": _VIS / "vis-network.css"}


def render(m: Map, meta: dict[str, Any]) -> str:
    """The map as one HTML page."""
    environment = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    template = environment.from_string((files("gapgraph.viz") / "templates" / "map.html").read_text(encoding="utf-8"))
    return template.render(
        title=m.title,
        note=note(meta),
        data=script_json(m),
        vis_js=(_VIS / "vis-network.min.js").read_text(encoding="utf-8").replace("</script", "<\\/script"),
        vis_css=(_VIS / "vis-network.css").read_text(encoding="utf-8"),
        map_js=map_script().replace("</script", "<\\/script"),
    )


def _node_data(node: MapNode, vis: dict, focus: bool = False) -> dict:
    """What the page knows of a node: vis-network's record, and what search, filters and tooltip use;
    the map's own node drawn larger, with a thick dark border and its name in bold."""
    vis = {k: v for k, v in vis.items() if k not in ("id", "title")}
    if focus:
        colour = vis.get("color")
        vis |= {
            "borderWidth": 5,
            "size": max(float(vis.get("size", 10)), 34.0),
            "color": {"background": colour, "border": "#111111"} if isinstance(colour, str) else colour,
            "font": {"size": 18, "bold": True, "color": "#111111"},
            "shapeProperties": {"borderDashes": False},
        }
    return {
        "id": node.id,
        "name": node.name,
        "family": style_of(node.cls).label,
        "places": node.places,
        "components": node.components,
        "search": [s.lower() for s in (node.name, node.label, *node.aliases)],
        "tip": ("the map's own node\n" if focus else "") + _tip(node),
        "focus": focus,
        "vis": vis,
    }


def _edge_tip(edge: MapEdge, names: dict[str, str]) -> str:
    details = [f"{names[edge.source]} — {edge.relation} — {names[edge.target]}"]
    if edge.note:
        details.append(f"shared ({edge.weight}): {edge.note}")
    if edge.sources:
        more = f" (+{len(edge.sources) - MAX_SOURCES} more)" if len(edge.sources) > MAX_SOURCES else ""
        details.append("sources: " + ", ".join(edge.sources[:MAX_SOURCES]) + more)
    return "\n".join(details)


def write(m: Map, meta: dict[str, Any], out: Path) -> Path:
    """Write the page to ``out`` (its folder made if needed), through a temporary file renamed into place."""
    page = render(m, meta)
    with replaced(Path(out)) as part:
        part.write_text(page, encoding="utf-8")
    return out
