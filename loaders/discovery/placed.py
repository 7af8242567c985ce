"""Where a thing's own name says it lies: "Diagnostic on barriers for domestic workers ... in
Maseru", "Situational assessment of herders in the District of Mokhotlong", "training for
domestic workers of Maseru on ...".

A product, training, activity, event, strategy, plan, policy, pilot, mechanism or campaign
whose name (or another name it is known by) names a known place of its document's country after
"in", "of", "for" or "between" (or after a place so named and "and": "in Maseru and Leribe",
"pact between Maseru and Leribe's councils") is ``locatedIn`` that place, citing a line of the
document that names the thing and the place (a line naming the thing by a short name that leaves
its place out places nothing). A thing a reader or the registry placed already only gains that
citation, for the places it lies in; its name places it nowhere else. "from" places nothing
("workers from Maseru who migrate to ..." says where people come from), nor does a pair of places
joined by a dash ("the Maseru - Leribe pact": what joins them). The country itself places
nothing (a national study is not "in" its country more than any other), nor does a place inside
a body's name ("... together with the Ministry of Labour of Maseru"). Then a sentence saying where a
thing named before it was carried out places it (:mod:`gapgraph.loaders.discovery.placed_where`).

>>> _PLACE_CUE.search("diagnostic of herders in the District of ").group()
' in the District of '
"""

from __future__ import annotations

import re

from gapgraph.loaders.builder import Builder
from gapgraph.loaders.discovery import placed_where
from gapgraph.loaders.document import Document

PLACED = (
    "KnowledgeProduct",
    "Training",
    "Activity",
    "Event",
    "Strategy",
    "ActionPlan",
    "Policy",
    "Pilot",
    "Mechanism",
    "Campaign",
)
"""The classes whose names may say where they lie."""
_PLACE_CUE = re.compile(
    r"\s(?:in|of|for|between)\s+(?:the\s+)?"
    r"(?:(?:states?|municipalit(?:y|ies)|districts?|provinces?|regions?|departments?|city|town)\s+of\s+)?$",
    re.I,
)
_AND = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+and/or\s+)(?:the\s+)?$")


def places_named(builder: Builder, name: str) -> list[str]:
    """The known sub-national places of the document's country that ``name`` says it lies in."""
    if builder.country is None:
        return []
    home = builder.place(builder.country)
    bodies = [(m.start, m.end) for m in builder.find_names(name, "actor")]
    found: list[str] = []
    last_end = -1
    for mention in builder.find_names(name, "place"):
        key = mention.node_id.rsplit("/", 1)[-1]
        if mention.node_id == home or builder.country not in builder.within(key):
            continue
        if any(s <= mention.start and mention.end <= e for s, e in bodies):
            continue  # "... with the Ministry of Labour of Maseru": the ministry's place
        if _PAIRED.match(name[mention.end :]):
            continue  # "the Maseru - Leribe pact": two places naming what joins them, not where it lies
        before = name[: mention.start]
        chained = last_end >= 0 and _AND.fullmatch(name[last_end : mention.start])
        if not (_PLACE_CUE.search(before) or chained):
            continue
        if mention.node_id not in found:
            found.append(mention.node_id)
        last_end = mention.end
    return found


_PAIRED = re.compile(r"^\s*[-–—]\s*[A-Z]")
"""A place joined by a dash to the next word ("the Maseru - Leribe interstate pact")."""

_IN_COUNTRY = re.compile(r"\s(?:in|of)\s+(?:the\s+)?$")


def country_named(builder: Builder, name: str) -> str | None:
    """The country a UN entity's name ends with ("United Nations System in Lesotho", "UN Women
    Country Office of Paraguay"), added to the graph; None if it ends with none."""
    last = next(iter(builder.find_names(name, "place")[::-1]), None)
    if last is None or last.end != len(name.rstrip()) or not _IN_COUNTRY.search(name[: last.start]):
        return None
    place = builder.ensure(last.node_id)
    return place if builder.kg.is_a(place, "Country") else None


def load(builder: Builder, doc: Document) -> None:
    """Place the unplaced things citing ``doc`` whose names say where they lie, and the UN entities
    whose names end with their country."""
    kg = builder.kg
    for node, data in list(kg.nodes()):
        if not kg.is_a(node, "UNAgency") or kg.out(node, "locatedIn"):
            continue
        source = next((s for s in data["sources"] if s.doc == doc.id), None)
        country = country_named(builder, data["name"]) if source is not None else None
        if country is not None:
            kg.add_edge(node, "locatedIn", country, source)
    for node, data in list(kg.nodes()):
        if not any(kg.schema.is_a(data["type"], cls) for cls in PLACED):
            continue
        sources = [s for s in data["sources"] if s.doc == doc.id]
        if not sources:
            continue
        located = set(kg.out(node, "locatedIn"))
        named = [p for name in (data["name"], *data["aliases"]) if " " in name for p in places_named(builder, name)]
        for place in dict.fromkeys(builder.ensure(p) for p in named):
            source = next((s for s in sources if place in _places_on(builder, doc, s.lines)), None)
            if source is not None and (not located or place in located):
                kg.add_edge(node, "locatedIn", place, source)
    placed_where.load(builder, doc)


def _places_on(builder: Builder, doc: Document, lines: tuple[int, int]) -> set[str]:
    """The known places the cited lines of ``doc`` name: a line naming the thing by a short name
    ("a training course on technical skills ... (with ICAT)") and not its place cites no placing."""
    text = " ".join(doc.lines[lines[0] - 1 : lines[1]])
    return {builder.ensure(m.node_id) for m in builder.find_names(text, "place")}
