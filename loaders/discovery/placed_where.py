"""Where a sentence says a thing named before it was carried out: "The campaign was launched on
March 3rd and ended on April 9th, particularly in the metropolitan areas of Maseru and Teyateyaneng",
"... the Methodology to estimate the costs of care ...; it has been developed in the district of
Leribe".

A clause whose subject is "The <kind>" (campaign, pilot, strategy, methodology, network, ...) or
"it", with a verb of doing (launched, implemented, held, developed, applied, piloted, established,
conducted, tested), and then "in" a list of known places of the document's country ("in the
metropolitan areas / states / municipalities of A and B", "in A and B"): the thing of that kind
named last before the clause, on the same line (any placeable thing for "it"), is ``locatedIn``
each place, citing the line.

An event a sentence says was held ("promoted the first tripartite dialogue of the wool sector in
Lesotho in the wool-growing districts of A, B, and C, which ..., and in D") is an ``Event`` named by
the words after "the" up to the list of places (a dialogue, forum, round-table, summit, conference or
congress; not a meeting or workshop, too often nameless), ``locatedIn`` each place of the list and
of a later "and in ..." of the sentence (a name of the list that is no known place is passed over,
not an end of it). A place in brackets after another ("B (Mountain State)") qualifies it and is not
listed; the country itself places nothing.

>>> bool(_CLAUSE.search("The campaign was launched on May 1st, particularly in the city of Maseru"))
True
>>> bool(_CLAUSE.search("The campaign raised awareness in Maseru"))
False
"""

from __future__ import annotations

import re

from gapgraph.graph.ids import node_iri
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.discovery.lines import plain_lines
from gapgraph.loaders.document import Document
from gapgraph.loaders.sections import sentences
from gapgraph.ontology.models import Source

_KINDS = {
    "campaign": ("Campaign",),
    "pilot": ("Pilot",),
    "strategy": ("Strategy",),
    "plan": ("ActionPlan", "Strategy"),
    "methodology": ("KnowledgeProduct",),
    "study": ("KnowledgeProduct",),
    "guide": ("KnowledgeProduct",),
    "toolbox": ("KnowledgeProduct",),
    "network": ("Mechanism",),
    "mechanism": ("Mechanism",),
    "training": ("Training",),
    "workshop": ("Training", "Event"),
    "event": ("Event",),
}
_CLAUSE = re.compile(
    r"(?:^|[;:]\s*|\.\s+)(?:(?:The|This)\s+(?P<kind>" + "|".join(_KINDS) + r")\b|(?P<it>[Ii]t)\b)\s+"
    r"(?:(?:has|have|had|was|were|is|are)\s+)?(?:been\s+)?(?:also\s+)?"
    r"(?:launched|implemented|held|developed|applied|piloted|established|conducted|tested|carried out|rolled out)\b"
    r"(?P<rest>[^;]*)",
)
_OF_THE = re.compile(
    r"(?:^|[;:]\s*|\.\s+)The\s+(?:creation|establishment|formation|implementation|setting[- ]up|launch)\s+of\s+"
    r"(?:the\s+|a\s+)?(?P<kind>" + "|".join(_KINDS) + r")\b(?P<subject>[^;]*?),?\s+"
    r"(?:has|have|had|was|were|is|are)\s+(?:been\s+)?(?:also\s+)?"
    r"(?:launched|implemented|held|developed|applied|piloted|established|conducted|tested|carried out|rolled out)\b"
    r"(?P<rest>[^;]*)",
)
"""A clause whose subject names the thing itself: "The creation of the network of promoters ...
and ..., was established in communities ... in A and B": the thing of that kind the subject names
first."""
_IN = re.compile(
    r"\b(?:particularly\s+|mainly\s+|especially\s+)?in\s+(?=(?:the\s+)?(?:[a-z][\w-]*\s+)?(?:metropolitan\s+areas?|cit(?:y|ies)|towns?"
    r"|states?|districts?|provinces?|regions?|municipalit(?:y|ies))\s+of\s+|[A-Z])"
)
_AREA = re.compile(
    r"^(?:the\s+)?(?:[a-z][\w-]*\s+)?(?:metropolitan\s+areas?|cit(?:y|ies)|towns?|states?|districts?|provinces?|regions?"
    r"|municipalit(?:y|ies))\s+of\s+"
)


_LINK = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
_LINKS_OVER_UNKNOWN = re.compile(
    r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})*" + _LINK.pattern
)
"""The links between two listed places, over names of the list that are not known places ("A, Bono, and C")."""


_HELD = re.compile(
    r"\b(?:held|promoted|organi[sz]ed|convened|hosted|facilitated)\s+the\s+(?P<name>(?:[\w-]+\s+){0,3}?"
    r"(?:dialogue|forum|round-?table|summit|conference|congress)\b[^;.]*)",
    re.I,
)
_AND_IN = re.compile(r",?\s+and\s+in\s+")


def _listed(builder: Builder, text: str) -> list[str]:
    """The known places a text lists from its start ("A and B", "A, B and C"), looked up without
    adding to the graph the places it names after the list."""
    found: list[str] = []
    end = 0
    for mention in builder.find_names(text, "place"):
        if mention.start < end:
            continue
        if not (mention.start == 0 if not found else _LINKS_OVER_UNKNOWN.fullmatch(text[end : mention.start])):
            break
        found.append(mention.node_id)
        end = mention.end
    return found


def _places(builder: Builder, rest: str, here: bool = False) -> list[str]:
    """The known places of the document's country the first "in ..." of a clause lists (``here``:
    the "in ..." the text starts with)."""
    home = builder.place(builder.country) if builder.country else None
    for match in _IN.finditer(rest):
        if here and match.start() > 0:
            break
        after = rest[match.end() :]
        area = _AREA.match(after)
        listed = _listed(builder, after[area.end() :] if area else after)
        places = [
            builder.ensure(node)
            for node in dict.fromkeys(listed)
            if node != home and builder.country in builder.within(node.rsplit("/", 1)[-1])
        ]
        if places:
            return places
    return []


def load(builder: Builder, doc: Document) -> None:
    """Place the things each line of ``doc`` says were carried out in known places (once every
    document is loaded, when every thing named before is known)."""
    if builder.country is None:
        return
    for number, line in enumerate(plain_lines(doc), start=1):
        if "\t" not in line and (_CLAUSE.search(line) or _HELD.search(line) or _OF_THE.search(line.lstrip("-•⇒ "))):
            builder.at_finish(lambda n=number, text=line: _read(builder, doc.id, n, text))


def held(builder: Builder, sentence: str, source: Source) -> None:
    """An event the sentence says was held in listed places: a node, placed there."""
    kg = builder.kg
    for match in _HELD.finditer(sentence):
        text = match.group("name")
        first = next((m for m in _IN.finditer(text) if _places(builder, text[m.start() :], here=True)), None)
        if first is None:
            continue
        name = text[: first.start()].strip(" ,")
        if len(name.split()) < 3:
            continue
        name = name[0].upper() + name[1:]
        places = _places(builder, text[first.start() :])
        for more in _AND_IN.finditer(text, first.end()):
            places += [p for p in _places(builder, text[more.end() - 3 :], here=True) if p not in places]
        node = node_iri("Event", name)
        kg.add_node(node, "Event", name, source)
        for place in places:
            kg.add_edge(node, "locatedIn", place, source)


def _read(builder: Builder, doc_id: str, number: int, line: str) -> None:
    from gapgraph.loaders import attribution  # attribution reads discovery's nodes: import it late
    from gapgraph.loaders.discovery.placed import PLACED  # placed runs this reader: import it late

    kg = builder.kg
    text = " ".join(sentences(line.lstrip("-•⇒ ")))
    source = builder.source(doc_id, number)
    for sentence in sentences(line.lstrip("-•⇒ ")):
        held(builder, sentence, source)
    for clause in _CLAUSE.finditer(text):
        places = _places(builder, clause.group("rest"))
        if not places:
            continue
        classes = _KINDS[clause.group("kind").lower()] if clause.group("kind") else PLACED
        named = [
            t
            for t in attribution.referred(builder, text[: clause.start()])
            if kg.has_node(t) and any(kg.is_a(t, c) for c in classes)
        ]
        if named:
            for place in places:
                kg.add_edge(named[-1], "locatedIn", place, builder.source(doc_id, number))
    for clause in _OF_THE.finditer(text):
        places = _places(builder, clause.group("rest"))
        classes = _KINDS[clause.group("kind").lower()]
        subject = text[clause.start("kind") : clause.end("subject")]
        named = [
            t for t in attribution.referred(builder, subject) if kg.has_node(t) and any(kg.is_a(t, c) for c in classes)
        ]
        if named and places:
            for place in places:
                kg.add_edge(named[0], "locatedIn", place, source)
