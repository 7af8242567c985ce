"""Finding the node a user means: any alias, English or Spanish, any case; or a clear refusal.

>>> from gapgraph.graph.knowledge_graph import KnowledgeGraph
>>> from gapgraph.ontology.models import Source
>>> kg = KnowledgeGraph()
>>> _ = kg.add_node("https://w3id.org/gapgraph/id/actor/imss", "GovernmentBody", "Mexican Social Security Institute",
...                 Source(doc="d", lines=(1, 1)), aliases=["IMSS", "Instituto Mexicano del Seguro Social"],
...                 attributes={"level": "federal"})
>>> find(kg, "imss")
'https://w3id.org/gapgraph/id/actor/imss'
>>> find(kg, "instituto mexicano del seguro social")
'https://w3id.org/gapgraph/id/actor/imss'
"""

from __future__ import annotations

import difflib
from collections import defaultdict

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.graph.resolve import normalise

CODES = ("code", "acronym")
"""Attributes whose values name a node too: "Outcome 2", "SDG 8.8", "IMSS"."""


class NameLookupError(LookupError):
    """A name that names no node, or several: the message lists the candidates."""

    def __init__(self, message: str, candidates: list[tuple[str, str]]) -> None:
        super().__init__(message)
        self.candidates = candidates


def _index(kg: KnowledgeGraph, classes: tuple[str, ...]) -> dict[str, set[str]]:
    index: dict[str, set[str]] = defaultdict(set)
    for node_id, data in kg.nodes():
        if classes and not any(kg.schema.is_a(data["type"], c) for c in classes):
            continue
        own_codes = not kg.schema.is_a(data["type"], "Indicator")  # an indicator's code is its result's
        codes = [c["value"] for key in CODES for c in data["attributes"].get(key, [])] if own_codes else []
        for name in (data["name"], *data["aliases"], *codes, node_id, node_id.rsplit("/", 1)[-1]):
            index[normalise(str(name))].add(node_id)
    return index


def find(kg: KnowledgeGraph, name: str, classes: tuple[str, ...] = ()) -> str:
    """The node ``name`` refers to, among nodes of ``classes`` (all if empty).

    Raises :class:`NameLookupError` listing the candidates when the name is ambiguous, or the closest
    names when it is unknown.
    """
    index = _index(kg, classes)
    found = index.get(normalise(name), set())
    if len(found) == 1:
        return next(iter(found))
    if found:
        candidates = sorted((n, kg.node(n)["name"]) for n in found)
        listed = "; ".join(f"{label} ({node})" for node, label in candidates)
        raise NameLookupError(f"{name!r} names several: {listed}", candidates)
    close = difflib.get_close_matches(normalise(name), list(index), n=5, cutoff=0.6)
    candidates = sorted({(n, kg.node(n)["name"]) for key in close for n in index[key]})
    hint = f"; closest: {', '.join(label for _, label in candidates)}" if candidates else ""
    raise NameLookupError(f"no {'/'.join(classes) or 'node'} named {name!r}{hint}", candidates)
