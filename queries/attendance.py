"""Who attended one event: documents naming different donors among its participants.

One event (the same node, dated the same day) whose participants of class ``Donor`` differ
between two documents: "Attendees included representatives of the European Union, Spain and
Norway" in a report against "Embassies of Norway, Sweden, Spain, and the Delegation of the
European Union" in a press release. An embassy or delegation counts as the donor it names ("Embassy
of Norway in Kenya" is Norway). Listed when each document names at least two donors; low when one
list holds the other (a partial list, "included"), medium when each names a donor the other does
not. Other participants are not compared: lists of attending bodies are seldom complete.

>>> donor_key("Embassy of Norway in Kenya", ["Norway", "Sweden", "Embassy of Norway in Kenya"])
'norway'
>>> donor_key("European Union", ["European Union"])
'european union'
"""

from __future__ import annotations

import re
from typing import Any

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.graph.resolve import normalise
from gapgraph.ontology.models import Source
from gapgraph.queries.conflict import Conflict, sources_of

MINIMUM = 2
"""How many donors each document must list for two lists to be compared."""


def donor_key(name: str, names: list[str]) -> str:
    """The donor a participant stands for: the shortest other donor name its name holds as words
    ("Embassy of Norway in Kenya" holds "Norway"), else its own name; normalised."""
    own = normalise(name)
    held = [
        normalise(other)
        for other in names
        if normalise(other) != own and re.search(rf"\b{re.escape(normalise(other))}\b", own)
    ]
    return min(held, key=len) if held else own


def donors_attending(kg: KnowledgeGraph) -> list[Conflict]:
    """Events whose documents list different donors among the participants."""
    found = []
    for event, data in kg.nodes("Event"):
        edges = [(u, edge) for u, _, edge in kg.in_edges(event, "participatesIn") if kg.is_a(u, "Donor")]
        names = [kg.node(u)["name"] for u, _ in edges]
        by_doc: dict[str, dict[str, tuple[str, list[Source]]]] = {}
        for u, edge in edges:
            key = donor_key(kg.node(u)["name"], names)
            for source in edge["sources"]:
                listed = by_doc.setdefault(source.doc, {})
                shown, cited = listed.get(key, (kg.node(u)["name"], []))
                listed[key] = (min(shown, kg.node(u)["name"], key=len), [*cited, source])
        docs = sorted(d for d, listed in by_doc.items() if len(listed) >= MINIMUM)
        pairs = [(a, b) for i, a in enumerate(docs) for b in docs[i + 1 :] if set(by_doc[a]) != set(by_doc[b])]
        if not pairs:
            continue
        involved = sorted({d for pair in pairs for d in pair})
        values: list[dict[str, Any]] = []
        for doc in involved:
            listed = by_doc[doc]
            values.append(
                {
                    "value": f"{len(listed)}: " + ", ".join(sorted(shown for shown, _ in listed.values())),
                    "sources": sources_of(
                        sorted({s for _, cited in listed.values() for s in cited}, key=lambda s: (s.doc, s.lines))
                    ),
                }
            )
        partial = all(set(by_doc[a]) <= set(by_doc[b]) or set(by_doc[b]) <= set(by_doc[a]) for a, b in pairs)
        found.append(Conflict(event, data["name"], "donors attending", values, judged="low" if partial else "medium"))
    return found
