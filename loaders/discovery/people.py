"""People a text lists by name after a word for people ("influencers and opinion leaders (A, B
and C)", "Goodwill Ambassador Jane Doe", "celebrities such as ...").

A list counts as people's names when most of its items are two to four capitalised words with
no telling head (no "Ministry", "Network", ...), no known organisation and no known place; then
each such item is a ``Person`` (one word too, in such a list: "Micher"), citing its line. A
single name after a title ("Goodwill Ambassador Jane Doe") is read the same way; a title a body's
possessive gives ("UNICEF's Goodwill Ambassador Jane Doe") makes the person ``memberOf`` that body.

>>> listed("It was shared by influencers (Lerato Mokoena, Thabo Nkosi and Palesa) online.")
['Lerato Mokoena', 'Thabo Nkosi', 'Palesa']
>>> listed("It was shared by partners (Ministry of Health, Thabo Nkosi).")
[]
"""

from __future__ import annotations

import re

from gapgraph.graph.ids import node_iri
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.discovery.heads import classify
from gapgraph.loaders.discovery.lines import plain_lines
from gapgraph.loaders.document import Document
from gapgraph.loaders.sections import split_list

_PEOPLE = (
    r"influencers|opinion leaders|celebrities|personalities|artists|actors and actresses|actresses|singers|"
    r"journalists|athletes|(?:goodwill\s+)?ambassadors?|champions|spokespersons?"
)
_LIST = re.compile(
    rf"\b(?:{_PEOPLE})\s*(?:\(|:\s*|,?\s+(?:such as|including|like)\s+)(?P<items>[^()]+?)(?:\)|\.\s|$)", re.I
)
_TITLED = re.compile(
    r"\b(?i:goodwill\s+ambassadors?|champions?|spokesperson)\s+(?P<name>(?:[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+\s+){1,2}"
    r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+)\b"
)
_WORD = r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+"
_NAME = re.compile(rf"{_WORD}(?:\s+(?:(?:de|del|da|van|von|la)\s+)?{_WORD}){{0,3}}")


def _person_like(item: str) -> bool:
    return bool(_NAME.fullmatch(item)) and classify(item) is None


def listed(line: str) -> list[str]:
    """The people's names of every list of people a line holds."""
    names: list[str] = []
    for match in _LIST.finditer(line):
        items = [
            piece.strip()
            for item in split_list(match["items"])
            for piece in re.split(r"\s+and\s+", item)
            if piece.strip()
        ]
        full = [i for i in items if _person_like(i) and len(i.split()) >= 2]
        if len(items) >= 2 and len(full) * 2 >= len(items):
            names += [i for i in items if _person_like(i)]
    return names


def load(builder: Builder, doc: Document) -> None:
    """Every person ``doc`` lists after a word for people."""
    kg = builder.kg
    for number, line in enumerate(plain_lines(doc), start=1):
        if not re.search(_PEOPLE, line, re.I):
            continue
        source = builder.source(doc.id, number)
        titled = {m["name"]: _title_owner(builder, line[: m.start()]) for m in _TITLED.finditer(line)}
        for name in dict.fromkeys(listed(line) + list(titled)):
            known = builder.resolve(name)
            if known is not None and kg.has_node(builder.ensure(known)) and kg.is_a(known, "Person"):
                kg.add_node(known, "Person", name, source)
                node = known
            elif known is not None or builder.mentions(name) or builder.find_names(name, "place"):
                continue  # a known body or place, not a person
            else:
                node = node_iri("Person", name)
                kg.add_node(node, "Person", name, source)
                builder.register(node, name)
            owner = titled.get(name)
            if owner is not None:
                kg.add_edge(node, "memberOf", owner, source)


def _title_owner(builder: Builder, before: str) -> str | None:
    """The organisation whose title a person holds: "UNICEF's Goodwill Ambassador Jane Doe"
    (the known body right before the possessive), else None."""
    named = builder.mentions(before)
    if not named or not re.fullmatch(r"['’]s?\s+", before[named[-1].end :]):
        return None
    owner = named[-1].node_id
    return owner if builder.kg.is_a(owner, "Actor") and not builder.kg.is_a(owner, "Person") else None
