"""Finding the node a user means: any alias, English or Spanish, any case; or a clear refusal.

>>> from gapgraph.graph.knowledge_graph import KnowledgeGraph
>>> from gapgraph.ontology.models import Source
>>> kg = KnowledgeGraph()
>>> _ = kg.add_node("https://w3id.org/gapgraph/id/actor/inss", "GovernmentBody", "National Social Security Institute",
...                 Source(doc="d", lines=(1, 1)), aliases=["INSS", "Instituto Nacional de Seguridade Social"],
...                 attributes={"level": "federal"})
>>> find(kg, "inss")
'https://w3id.org/gapgraph/id/actor/inss'
>>> find(kg, "instituto nacional de seguridade social")
'https://w3id.org/gapgraph/id/actor/inss'
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.graph.resolve import normalise

CODES = ("code", "acronym")
"""Attributes whose values name a node too: "Outcome 2", "SDG 8.8", "ILO"."""


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
    exact = _the_one(kg, name, index.get(normalise(name), set()))
    if exact is not None:
        return exact
    written = _the_one(kg, name, _as_written(kg, index, name))
    if written is not None:
        return written
    candidates = _closest(kg, index, name)
    hint = f"; closest: {', '.join(label for _, label in candidates)}" if candidates else ""
    raise NameLookupError(f"no {'/'.join(classes) or 'node'} named {name!r}{hint}", candidates)


_STOP = frozenset(("the", "of", "and", "for", "in", "on", "to", "a", "an", "with", "by"))
_CLASS_WORDS = {
    "pilot": "Pilot",
    "pact": "Mechanism",
    "round table": "Mechanism",
    "roundtable": "Mechanism",
    "campaign": "Campaign",
    "law": "LegalInstrument",
    "convention": "LegalInstrument",
    "reform": "LegalInstrument",
    "study": "KnowledgeProduct",
    "guide": "KnowledgeProduct",
    "methodology": "KnowledgeProduct",
}


def _words(text: str) -> set[str]:
    return {w for w in normalise(text).split() if w not in _STOP}


def _the_one(kg: KnowledgeGraph, name: str, found: set[str]) -> str | None:
    """The one node of ``found``; None if there is none; a :class:`NameLookupError` if there are several."""
    if len(found) == 1:
        return next(iter(found))
    if found:
        candidates = sorted((n, kg.node(n)["name"]) for n in found)
        listed = "; ".join(f"{label} ({node})" for node, label in candidates)
        raise NameLookupError(f"{name!r} names several: {listed}", candidates)
    return None


def _as_written(kg: KnowledgeGraph, index: dict[str, set[str]], name: str) -> set[str]:
    """Nodes named the way analysts write them: "C189" / "R202" (an ILO instrument by number, the
    instrument itself before a study titled after it), or every word of the name inside one of a
    node's names ("IMSS pilot", "the Collaboration Pact"); a word naming a class ("pilot", "pact",
    "campaign") keeps that class's nodes when some match.

    >>> _as_written(KnowledgeGraph(), {"ilo domestic workers convention 2011 no 189": {"c189"}}, "C189")
    {'c189'}
    """
    number = re.fullmatch(r"\s*(?:ILO\s+)?([CR])\s*-?\s*(\d{2,3})\s*", name, re.I)
    if number:
        kind = "convention" if number.group(1).upper() == "C" else "recommendation"
        wanted = {number.group(2)}
        found = {n for key, nodes in index.items() if kind in key.split() and wanted & set(key.split()) for n in nodes}
        instruments = {n for n in found if kg.has_node(n) and kg.is_a(n, "LegalInstrument")}
        return instruments or found  # the instrument, not a study titled after it ("Lesotho and the Convention 189")
    words = _words(name)
    if not words:
        return set()
    found = {n for key, nodes in index.items() if words <= set(key.split()) for n in nodes}
    for word, cls in _CLASS_WORDS.items():
        if word in normalise(name):
            of_class = {n for n in found if kg.has_node(n) and kg.is_a(n, cls)}
            found = of_class or found
    phrase = re.sub(r"^\s*the\s+", "", name.strip(), flags=re.I)
    if len(found) > 1 and any(c.isupper() for c in phrase):  # "the Collaboration Pact": the one so capitalised
        exact = {n for n in found if kg.has_node(n) and any(phrase in x for x in _names(kg, n))}
        found = exact or found
    return found


def _names(kg: KnowledgeGraph, node: str) -> list[str]:
    return [kg.node(node)["name"], *kg.node(node)["aliases"]]


def _closest(kg: KnowledgeGraph, index: dict[str, set[str]], name: str) -> list[tuple[str, str]]:
    """The names closest to an unknown one: most words shared first, then spelling."""
    words = _words(name)
    shared: dict[str, tuple[int, float]] = {}
    for key, nodes in index.items():
        count = len(words & set(key.split()))
        if count:
            score = (count, difflib.SequenceMatcher(None, normalise(name), key).ratio())
            for node in nodes:
                shared[node] = max(shared.get(node, (0, 0.0)), score)
    ranked = sorted(shared, key=lambda n: (-shared[n][0], -shared[n][1], n))[:5]
    if not ranked:
        close = difflib.get_close_matches(normalise(name), list(index), n=5, cutoff=0.6)
        ranked = sorted({n for key in close for n in index[key]})
    return [(n, kg.node(n)["name"]) for n in ranked if kg.has_node(n)]
