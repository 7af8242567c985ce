"""The graph as three CSV files for pandas and spreadsheets, in a folder:

- ``nodes.csv``: id, class, name, aliases (``; ``), sources;
- ``edges.csv``: source, relation, target, their names, the qualifiers (``key=value``), sources;
- ``facts.csv``: one row per attribute value of a node, with the sources of that value (values the
  documents disagree on are two rows).

>>> import tempfile, pathlib
>>> from gapgraph.graph.knowledge_graph import KnowledgeGraph
>>> folder = pathlib.Path(tempfile.mkdtemp()) / "csv"
>>> write(KnowledgeGraph(), folder)
>>> sorted(p.name for p in folder.iterdir())
['edges.csv', 'facts.csv', 'nodes.csv']
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from gapgraph.graph.knowledge_graph import KnowledgeGraph


def _sources(sources: list) -> str:
    return "; ".join(str(s) for s in sources)


def write(kg: KnowledgeGraph, folder: Path, meta: dict[str, Any] | None = None) -> None:
    """Write ``nodes.csv``, ``edges.csv`` and ``facts.csv`` into ``folder``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "nodes.csv", "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(["id", "class", "name", "aliases", "sources"])
        for node, data in kg.nodes():
            out.writerow([node, data["type"], data["name"], "; ".join(data["aliases"]), _sources(data["sources"])])
    with open(folder / "edges.csv", "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(["source", "relation", "target", "source_name", "target_name", "qualifiers", "sources"])
        for u, v, _, data in kg.edges():
            qualifiers = "; ".join(
                f"{k}={c['value']}" for k, claims in sorted(data["attributes"].items()) for c in claims
            )
            out.writerow(
                [u, data["type"], v, kg.node(u)["name"], kg.node(v)["name"], qualifiers, _sources(data["sources"])]
            )
    with open(folder / "facts.csv", "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(["node", "name", "class", "attribute", "value", "sources"])
        for node, data in kg.nodes():
            for key, claims in sorted(data["attributes"].items()):
                for claim in claims:
                    out.writerow([node, data["name"], data["type"], key, claim["value"], _sources(claim["sources"])])
