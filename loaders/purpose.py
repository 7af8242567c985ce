"""Who a programme is for, from the sentence that states its purpose.

"The overall purpose of the joint programme (JP) is to increase Mexican women's access to social
protection, particularly those in domestic work and temporary agricultural work" gives the
programme ``targets`` "women in domestic work" and "women in temporary agricultural work" (the
"those" of the sentence is the group named before it, and a shared "in" goes with each item);
"The objective was to increase access to social protection for women, especially those in
situations of exclusion such as agricultural day laborers and domestic workers" gives "agricultural
day laborers" and "domestic workers" (after "such as", each item is a group of its own). Each group
is a ``TargetGroup`` named as written, citing the sentence's line.

A thing "focused on" a group, or "with (a) special focus on" it ("the modality B focused on indigenous
women", "a one-year program with special focus on rural women"): the thing named last before the
phrase ``targets`` the group (:func:`focus`; run once every document is loaded). A knowledge product
"focused on" people is about them ("a curricular proposal on care work, focused on children and the
elderly", "costing exercises focused on ... children"): its subject, not whom it serves, so nothing.

>>> _groups("women's access to social protection, particularly those in domestic work and temporary agricultural work")
['women in domestic work', 'women in temporary agricultural work']
>>> _groups("for women, especially those in situations of exclusion such as day laborers and domestic workers")
['day laborers', 'domestic workers']
"""

from __future__ import annotations

import re

from gapgraph.graph.ids import node_iri
from gapgraph.graph.resolve import normalise
from gapgraph.loaders import attribution
from gapgraph.loaders.builder import Builder
from gapgraph.ontology.models import Source

_PURPOSE = re.compile(
    r"\b(?:purpose|objective|aim|goal)s?\b[^.]{0,40}?\b(?:is|was|are|were)\s+to\b(?P<rest>[^.]+)", re.I
)
_PARTICULARLY = re.compile(
    r",?\s+(?:particularly|especially|in particular|notably)\s+(?:(?P<those>those|the ones)\s+)?(?P<tail>.+)$", re.I
)
_SUCH_AS = re.compile(r"\bsuch as\s+(?P<items>.+)$", re.I)
_ITEM_END = re.compile(
    r"\s*(?:,\s*(?:and\s+)?(?:with|including|through|by|in order|so that|which|who)\b"
    r"|\b(?:at|on) (?:the )?national level\b|\bin the states?\b|\bwith a\b|;|$)",
    re.I,
)
_HEADS = {"women": "women", "girls": "girls", "workers": "workers", "people": "people", "persons": "persons"}


def _items(text: str) -> list[str]:
    end = _ITEM_END.search(text)
    text = text[: end.start()] if end else text
    return [i.strip(" ,") for i in re.split(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+", text) if i.strip(" ,")]


def _groups(sentence: str) -> list[str]:
    """The groups a purpose sentence singles out, as written (see the module's examples)."""
    match = _PARTICULARLY.search(sentence)
    if match is None:
        return []
    tail = match.group("tail")
    such = _SUCH_AS.search(tail)
    if such:
        return [i for i in _items(such.group("items")) if 2 < len(i) < 80]
    if not match.group("those"):
        return []
    before = re.findall(r"[A-Za-z]+", sentence[: match.start()].lower())
    head = next((_HEADS[w] for w in reversed(before) if w in _HEADS), None)  # whom "those" stands for
    preposition = re.match(r"(in|of|from|with)\s+(.+)$", tail, re.I)
    if head is None or preposition is None:
        return []
    word = preposition.group(1).lower()
    out = []
    for item in _items(preposition.group(2)):
        item = re.sub(rf"^{word}\s+", "", item, flags=re.I)
        out.append(f"{head} {word} {item}")
    return [g for g in out if len(g) < 80]


def read(builder: Builder, sentence: str, source: Source, programme: str) -> None:
    """A purpose sentence: the programme ``targets`` each group it singles out."""
    purpose = _PURPOSE.search(sentence)
    if purpose is None:
        return
    for name in _groups(purpose.group("rest")):
        node = node_iri("TargetGroup", name)
        builder.kg.add_node(node, "TargetGroup", name, source)
        builder.kg.add_edge(programme, "targets", node, source)


_FOCUS = re.compile(
    r"\b(?:focus(?:ed|ses|es|ing)?\s+on|with\s+(?:a\s+)?(?:special\s+|particular\s+|specific\s+)?focus\s+on)\s+"
    r"(?P<group>(?:[\w-]+\s+){0,3}?(?:women|girls|men|workers|children|youth|people|persons|migrants|laborers"
    r"|labourers|farmers|communities))\b",
    re.I,
)


FOCUS_WORDS = re.compile(r"\bfocus", re.I)
"""Whether a sentence may say whom a thing focuses on (a cheap test before :func:`focus`)."""


def focus(builder: Builder, sentence: str, source: Source) -> None:
    """ "X ... focused on indigenous women": the thing named last before the phrase ``targets`` the group."""
    kg = builder.kg
    domain = kg.schema.relations["targets"].domain
    for match in _FOCUS.finditer(sentence):
        before = [  # named before the phrase, or a name holding it ("a program with special focus on women")
            m
            for m in builder.mentions(sentence, attribution.THINGS)
            if m.start < match.start()
            and (m.end <= match.start() or m.end >= match.end())
            and kg.has_node(m.node_id)
            and kg.schema.fits(kg.node(m.node_id)["type"], domain)
        ]
        subject = max(before, key=lambda m: m.end).node_id if before else _cited_holder(builder, match.group(), source)
        if subject is None or kg.is_a(subject, "KnowledgeProduct"):
            continue  # a product focused on people is about them
        name = match.group("group").lower()
        if name.split()[0] in ("the", "a", "an", "its", "their"):
            name = name.split(" ", 1)[1]
        node = node_iri("TargetGroup", name)
        kg.add_node(node, "TargetGroup", name, source)
        kg.add_edge(subject, "targets", node, source)


def _cited_holder(builder: Builder, phrase: str, source: Source) -> str | None:
    """The one thing read from this line whose name (or another name it is known by) holds the phrase
    (a loader named a funded activity by the sentence's words, "A one-year program with special focus
    on rural women")."""
    kg = builder.kg
    domain = kg.schema.relations["targets"].domain
    key = normalise(phrase)
    found = {
        node
        for node, data in kg.nodes()
        if any(s.doc == source.doc and s.lines == source.lines for s in data["sources"])
        and kg.schema.fits(data["type"], domain)
        and any(key in normalise(name) for name in (data["name"], *data["aliases"]))
    }
    return found.pop() if len(found) == 1 else None
