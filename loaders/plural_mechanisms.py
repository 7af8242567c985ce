"""Mechanisms named once for several places ("the holding of multi-sector roundtables in Maseru and
Leribe"): each place's known mechanism of that kind, by the name the text gives it there.

A plural of a mechanism's head (round-tables, committees, councils, working groups, platforms),
with at most two words before it, followed by "in" and a list of two or more known places, names
one mechanism per place: the one mechanism of the graph located in that place whose name has the
same head ("Intersectoral round-table for social protection in Leribe"). It is then also known as
the singular with its words and its place ("multi-sector roundtable in Leribe"), citing the line.
No mechanism is made: a place with none, or with two of that head, is left alone.

>>> [(m["words"], m["head"]) for m in _PLURAL.finditer("the holding of multi-sector roundtables in Maseru and Leribe")]
[('multi-sector ', 'roundtables')]
"""

from __future__ import annotations

import re

from gapgraph.graph.resolve import normalise
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.discovery.lines import plain_lines
from gapgraph.loaders.document import Document

_HEADS = {
    "roundtables": "roundtable",
    "round-tables": "round-table",
    "round tables": "round table",
    "committees": "committee",
    "councils": "council",
    "working groups": "working group",
    "platforms": "platform",
}
_PLURAL = re.compile(
    r"\b(?P<words>(?:(?!(?:of|the|a|an|and|or|in|for|with|to|by|on|at)\b)[a-z][\w-]*\s+){0,2}?)"
    r"(?P<head>round-?tables|round tables|committees|councils|working groups|"
    r"platforms)\s+in\s+(?:the\s+(?:states?|districts?|provinces?|municipalities)\s+of\s+)?"
    r"(?P<places>[A-Z][^.;:()]*?)(?=,?\s+(?:with|to|for|that|which|who|where|on|as)\b|[.;:()]|$)"
)
_SAME = re.compile(r"round[\s-]?table")


def _head_key(text: str) -> str:
    return _SAME.sub("roundtable", normalise(text))


def _places(builder: Builder, text: str) -> list[tuple[str, str]] | None:
    """(node, name as written) of each place a list "A, B and C" names, or None when an item is no known place."""
    items = [i.strip() for i in re.split(r",\s*(?:and\s+)?|\s+and\s+", text) if i.strip()]
    found = []
    for item in items:
        node = builder.place(item)
        if node is None:
            return None
        found.append((node, item))
    return found if len(found) >= 2 else None


def load(builder: Builder, doc: Document) -> None:
    """Name, per place, the known mechanism a plural of its head names for several places."""
    kg = builder.kg
    for number, line in enumerate(plain_lines(doc), start=1):
        for match in _PLURAL.finditer(line):
            places = _places(builder, match["places"])
            if places is None:
                continue
            head = _HEADS[match["head"]]
            source = builder.source(doc.id, number)
            for place, written in places:
                here = [
                    n
                    for n in kg.into(place, "locatedIn")
                    if kg.is_a(n, "Mechanism")
                    and re.search(rf"\b{re.escape(_head_key(head))}\b", _head_key(kg.node(n)["name"]))
                ]
                if len(here) != 1:
                    continue
                name = f"{match['words']}{head} in {written}"
                kg.add_node(here[0], kg.node(here[0])["type"], name, source)
                builder.register(here[0], name)
