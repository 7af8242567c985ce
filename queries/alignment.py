"""Which part of a wider framework a programme serves: documents naming different strategic priorities.

A joint programme answers a Cooperation Framework's strategic priorities: the annual report says
it serves "Direct Effect 2 of the first working area" (an outcome of priority 1), the final report
that it responds to "results groups 1) equality and inclusion and 2) prosperity and innovation"
(priorities 1 and 2). Each ``alignedWith`` or ``contributesTo`` edge from the programme to a
priority, to one of its outcomes or to its results group is read up its ``partOf`` chain to the
priority (a ``Component`` of another programme); when two documents give different sets of
priorities, that is a contradiction of scope: low when one set holds the other (a document naming
fewer), medium when each names a priority the other does not.
"""

from __future__ import annotations

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.ontology.models import Source
from gapgraph.queries.conflict import Conflict, sources_of

SERVES = ("alignedWith", "contributesTo")
PARTS = ("Component", "Outcome", "Output", "Mechanism")


def priority_of(kg: KnowledgeGraph, node: str, programme: str, hops: int = 4) -> str | None:
    """The ``Component`` of another programme that ``node`` is (or is part of, up to ``hops``
    ``partOf`` steps); None when the chain ends at ``programme`` itself or at no component."""
    for _ in range(hops + 1):
        if kg.is_a(node, "Component"):
            owners = kg.out(node, "partOf")
            return node if owners and programme not in owners else None
        parents = [p for p in kg.out(node, "partOf") if kg.is_a(p, *PARTS)]
        if len(parents) != 1:
            return None
        node = parents[0]
    return None


def priorities_served(kg: KnowledgeGraph) -> list[Conflict]:
    """Programmes whose documents name different strategic priorities of a framework they serve."""
    found = []
    for programme, data in kg.nodes("Programme"):
        by_doc: dict[str, dict[str, list[Source]]] = {}
        for relation in SERVES:
            for target, _, edge in kg.out_edges(programme, relation):
                if not kg.is_a(target, *PARTS):
                    continue
                priority = priority_of(kg, target, programme)
                if priority is None:
                    continue
                for source in edge["sources"]:
                    by_doc.setdefault(source.doc, {}).setdefault(priority, []).append(source)
        docs = sorted(by_doc)
        pairs = [(a, b) for i, a in enumerate(docs) for b in docs[i + 1 :] if set(by_doc[a]) != set(by_doc[b])]
        if not pairs:
            continue
        values = [
            {
                "value": "; ".join(sorted(kg.node(p)["name"] for p in by_doc[doc])),
                "sources": sources_of(sorted({s for cited in by_doc[doc].values() for s in cited}, key=_order)),
            }
            for doc in sorted({d for pair in pairs for d in pair})
        ]
        partial = all(set(by_doc[a]) <= set(by_doc[b]) or set(by_doc[b]) <= set(by_doc[a]) for a, b in pairs)
        judged = "low" if partial else "medium"
        found.append(Conflict(programme, data["name"], "framework priorities served", values, judged=judged))
    return found


def _order(source: Source) -> tuple[str, tuple[int, int]]:
    return source.doc, source.lines
