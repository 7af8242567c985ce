"""Counts of what a graph holds: nodes by class, edges by relation, documents.

>>> from gapgraph.graph.knowledge_graph import KnowledgeGraph
>>> summary(KnowledgeGraph())["nodes"]
0
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from gapgraph.graph.knowledge_graph import KnowledgeGraph


def summary(kg: KnowledgeGraph) -> dict[str, Any]:
    """Totals, counts by class and relation, and for each document how many facts cite it."""
    classes = Counter(data["type"] for _, data in kg.nodes())
    relations = Counter(data["type"] for *_, data in kg.edges())
    cited: Counter[str] = Counter()
    for _, data in kg.nodes():
        cited.update({s.doc for s in data["sources"]})
        for claims in data["attributes"].values():
            for claim in claims:
                cited.update({s.doc for s in claim["sources"]})
    for *_, data in kg.edges():
        cited.update({s.doc for s in data["sources"]})
    documents = [
        {"id": d["id"], "kind": d["kind"], "lines": d["lines"], "facts": cited[d["id"]]}
        for d in kg.graph_data.get("documents", [])
    ]
    return {
        "nodes": len(kg),
        "edges": kg.number_of_edges(),
        "classes": dict(sorted(classes.items())),
        "relations": dict(sorted(relations.items())),
        "documents": documents,
    }
