"""The graph as Kumu imports it: an ``elements`` and a ``connections`` table, in one ``kumu.xlsx``
(sheets "Elements" and "Connections") and as ``elements.csv`` and ``connections.csv``, in a folder.

Elements have Label (unique: a repeated name gets its short id), Type (the class), Description
(aliases and attribute values), Tags (the class family and places), Sources and ID (the gapgraph
IRI); connections have From and To (element labels), Type (the relation), Direction, Description
(qualifiers such as role), Tags and Sources. Observations, documents and spans are left out.

>>> import tempfile, pathlib
>>> from gapgraph.graph.knowledge_graph import KnowledgeGraph
>>> folder = pathlib.Path(tempfile.mkdtemp()) / "kumu"
>>> write(KnowledgeGraph(), folder)
>>> sorted(p.name for p in folder.iterdir())
['connections.csv', 'elements.csv', 'kumu.xlsx']
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from gapgraph.graph.ids import short_id
from gapgraph.graph.knowledge_graph import Claims, KnowledgeGraph
from gapgraph.stores.xml import xml_text

HIDDEN = ("Observation", "SourceDocument", "SourceSpan")
"""Classes left out: an observation belongs in a results table, not on a Kumu map."""

ELEMENTS = ["Label", "Type", "Description", "Tags", "Sources", "ID"]
CONNECTIONS = ["From", "To", "Type", "Direction", "Description", "Tags", "Sources"]


def _claims(key: str, claims: Claims) -> str:
    return f"{key}: " + " | ".join(str(c["value"]) for c in claims)


def tables(kg: KnowledgeGraph) -> tuple[list[list[str]], list[list[str]]]:
    """The element and connection rows (header first)."""
    shown = [(n, d) for n, d in kg.nodes() if not any(kg.schema.is_a(d["type"], c) for c in HIDDEN)]
    counts: dict[str, int] = {}
    for _, d in shown:
        counts[d["name"]] = counts.get(d["name"], 0) + 1
    labels = {n: d["name"] if counts[d["name"]] == 1 else f"{d['name']} ({short_id(n)})" for n, d in shown}
    elements = [ELEMENTS]
    for node, data in shown:
        description = []
        if data["aliases"]:
            description.append("also: " + "; ".join(data["aliases"]))
        description += [_claims(k, c) for k, c in sorted(data["attributes"].items())]
        ancestors = sorted(kg.schema.ancestors(data["type"])) if data["type"] in kg.schema.classes else []
        tags = [a for a in ancestors if a != data["type"]]
        tags += [kg.node(v)["name"] for v in kg.out(node, "locatedIn")]
        elements.append(
            [
                labels[node],
                data["type"],
                "\n".join(description),
                "|".join(tags),
                "; ".join(str(s) for s in data["sources"]),
                node,
            ]
        )
    connections = [CONNECTIONS]
    for u, v, _, data in kg.edges():
        if u not in labels or v not in labels:
            continue
        qualifiers = [_claims(k, c) for k, c in sorted(data["attributes"].items())]
        connections.append(
            [
                labels[u],
                labels[v],
                data["type"],
                "directed",
                "\n".join(qualifiers),
                data["type"],
                "; ".join(str(s) for s in data["sources"]),
            ]
        )
    return elements, connections


def write(kg: KnowledgeGraph, folder: Path, meta: dict[str, Any] | None = None) -> None:
    """Write ``kumu.xlsx``, ``elements.csv`` and ``connections.csv`` into ``folder``."""
    from openpyxl import Workbook

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    elements, connections = tables(kg)
    book = Workbook(write_only=True)
    for title, rows, name in (("Elements", elements, "elements.csv"), ("Connections", connections, "connections.csv")):
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append([_cell(xml_text(v)) for v in row])  # a sheet is XML too
        with open(folder / name, "w", encoding="utf-8", newline="") as f:
            csv.writer(f).writerows(rows)
    book.save(folder / "kumu.xlsx")


def _cell(text: str) -> str:
    """A cell that a spreadsheet shows as text, never runs as a formula."""
    return "'" + text if text.startswith(("=", "+", "-", "@")) else text
