"""Products named once for several places ("the diagnostics on herders' access to social security in
3 districts (Maseru, Leribe and Berea)"): one product per place.

The singular of the plural and its complement ("Diagnostic on herders' access to social security in
Leribe") names each place's product: the product of the graph located in that place whose name
shares most of its words, when one does (the product of the same head sharing most word stems
with it is cited, but not named so: "the diagnostics of gaps ... in A and B" for A's "Situational
Diagnostic of herders"); else a new knowledge product of that name, located in
the place. Each cites the line. A plural with fewer than three words of complement ("the
diagnostics of Maseru and Leribe") says too little of what each product is, and is left alone.

>>> _PLURAL.search("Elaboration of the diagnostics on barriers for herders in Maseru and Leribe").group("topic")
'on barriers for herders'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from gapgraph.graph.ids import node_iri
from gapgraph.graph.resolve import normalise
from gapgraph.loaders.discovery.lines import plain_lines

if TYPE_CHECKING:
    from gapgraph.loaders.builder import Builder
    from gapgraph.loaders.document import Document

_SINGULAR = {
    "diagnostics": "Diagnostic",
    "diagnoses": "Diagnosis",
    "studies": "Study",
    "assessments": "Assessment",
    "analyses": "Analysis",
    "surveys": "Survey",
}
_PLURAL = re.compile(
    rf"\b(?P<head>{'|'.join(_SINGULAR)})\s+(?P<topic>(?:on|of|about|for)\s+[^.;:(),]+?)"
    r"(?=\s+(?:in|of|for)\s+(?:the\s+)?(?:\w+\s+)?(?:states|provinces|districts|regions|departments|municipalities)?\s*\(?"
    r"(?-i:[A-Z]))",
    re.I,
)
_COUNT = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?=(?:states|provinces|districts|regions|"
    r"departments|municipalities)\b)",
    re.I,
)
_CATEGORY = re.compile(r"(?<=\s)(?:States|Provinces|Districts|Regions|Departments|Municipalities)(?=\s+\(|\s+of\b)")
"""A category word written with a capital before its places ("in 5 States (A, B)")."""
_NOTE = re.compile(r"\s*\((?:[a-z]+\s?){1,2}\)")
"""A bracketed word or two after a list item ("Maseru (published), Leribe"): no part of the list."""
_STOP = frozenset(("the", "a", "an", "of", "and", "or", "for", "in", "on", "to", "with", "by", "at", "from", "about"))


def _words(text: str) -> set[str]:
    return {w for w in normalise(text).split() if w not in _STOP}


def _known(builder: Builder, name: str, place: str, place_words: set[str]) -> str | None:
    """The product located in ``place`` whose name or alias shares most words with ``name`` (Jaccard
    >= 0.5, and a clear winner)."""
    words = _words(name) - place_words
    scored = []
    for node in builder.kg.into(place, "locatedIn"):
        if not builder.kg.is_a(node, "KnowledgeProduct"):
            continue
        data = builder.kg.node(node)
        best = max(
            len(words & (_words(n) - place_words)) / len(words | (_words(n) - place_words))
            for n in (data["name"], *data["aliases"])
        )
        scored.append((best, node))
    scored.sort(reverse=True)
    if scored and scored[0][0] >= 0.5 and (len(scored) == 1 or scored[1][0] < scored[0][0]):
        return scored[0][1]
    return None


def _stems(text: str) -> set[str]:
    return {w[:4] for w in _words(text)}


def _same_kind(builder: Builder, name: str, place: str, place_words: set[str]) -> str | None:
    """The product located in ``place`` whose title (its name, not an alias) has the same head ("Diagnostic",
    "Situational
    Diagnostic") and shares most word stems with ``name``, two at least ("temporary agricultural
    workers"), when one does."""
    head = _stems(name.split()[0])
    stems = _stems(name) - head - {w[:4] for w in place_words}
    scored = sorted(
        (
            len(stems & _stems(title)) if head <= _stems(title) else 0,
            node,
        )
        for node in builder.kg.into(place, "locatedIn")
        if builder.kg.is_a(node, "KnowledgeProduct")
        for title in [builder.kg.node(node)["name"]]
    )[::-1]
    if scored and scored[0][0] >= 2 and (len(scored) == 1 or scored[1][0] < scored[0][0]):
        return scored[0][1]
    return None


def load(builder: Builder, doc: Document) -> None:
    """Every plural product listed for several places in ``doc``, one product per place."""
    kg = builder.kg
    for number, line in enumerate(plain_lines(doc), start=1):
        line = _NOTE.sub("", _COUNT.sub(lambda m: "", line))
        line = _CATEGORY.sub(lambda m: m.group().lower(), line)
        for match in _PLURAL.finditer(line):
            topic = match["topic"].strip()
            if len(_words(topic)) < 3:
                continue
            places = builder.places_after(line[match.end() :])
            if len(places) < 2:
                continue
            cue = line[match.end() :].split()[0]
            spelled = {m.node_id: m.text for m in builder.mentions(line[match.end() :][:200], "place")}
            source = builder.source(doc.id, number)
            for key, place in places.items():
                if key == builder.country or not kg.is_a(place, "Place"):
                    continue
                place_name = kg.node(place)["name"]
                name = f"{_SINGULAR[match['head'].casefold()]} {topic} {cue} {place_name}"
                place_words = _words(place_name) | {w for alias in kg.node(place)["aliases"] for w in _words(alias)}
                node = builder.resolve(name) or _known(builder, name, place, place_words)
                kind = _same_kind(builder, name, place, place_words) if node is None else None
                if kind is not None:  # another description of it, too loose to name it by
                    kg.add_node(kind, kg.node(kind)["type"], kg.node(kind)["name"], source)
                    continue
                if node is None:
                    node = node_iri("KnowledgeProduct", name, builder.country or "")
                    kg.add_node(node, "KnowledgeProduct", name, source)
                else:
                    kg.add_node(node, kg.node(node)["type"], name, source)
                written = spelled.get(place, place_name)
                written = place_name if "," in written else written
                if written != place_name:  # "in CDMX": the name as written too
                    kg.add_node(node, kg.node(node)["type"], name.replace(place_name, written), source)
                for spelling in {name, name.replace(place_name, written)}:
                    if builder.resolve(spelling) is None:
                        builder.register(node, spelling, builder.country)
                if place not in kg.out(node, "locatedIn"):
                    kg.add_edge(node, "locatedIn", place, source)
