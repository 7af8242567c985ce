"""Mechanisms set up: who installed, established or created a round-table, network or committee.

One rule family of the attribution rules (:mod:`gapgraph.loaders.attribution` calls it for each
sentence it reads):

=========================================================  =====================================
the sentence says                                          edge
=========================================================  =====================================
"A has installed / established / set up a mechanism for X"  A ``implements`` the mechanism
"The creation / establishment of the network of X ..."      (by A, else the programme of its own
(opening its sentence)                                      report) ``implements`` the network
"X were created through the round-tables of A and B"       the programme of its own report
                                                            ``implements`` each known round-table
=========================================================  =====================================

A mechanism no known node names becomes a new ``Mechanism`` named by its noun phrase
("mechanism for the exchange and sharing of social protection initiatives for women workers"),
placed in the document's country; the phrase ends at its clause, and at an "and" that opens a
second noun phrase ("the network of promoters ... and capacity building of its members").

>>> founded_name("a mechanism for the exchange and sharing of good practices. The local ...")
'mechanism for the exchange and sharing of good practices'
>>> founded_name("the network of promoters of rights and capacity building of its members, was")
'network of promoters of rights'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from gapgraph.graph.ids import node_iri
from gapgraph.loaders.references import _LEAD_GAP, _listed
from gapgraph.ontology.models import Source

if TYPE_CHECKING:
    from gapgraph.loaders.attribution import AttributionReader
    from gapgraph.loaders.builder import Mention
    from gapgraph.loaders.references import Thing

SET_UP = r"installed|established|set up|instituted"
"""Verbs of setting a mechanism up (besides "created" and "formed", verbs of making)."""
_MECHANISM_HEAD = (
    r"mechanisms?|networks?|round-?tables?|committees?|platforms?|councils?|working groups?|observator(?:y|ies)"
)
_NEW_MECHANISM = re.compile(
    rf"^\s*(?:the\s+|a\s+|an\s+|new\s+|first\s+)*(?P<name>(?:(?![Tt]he\b|[Aa]n?\b)[\w-]+\s+){{0,3}}?"
    rf"(?:{_MECHANISM_HEAD})\b(?:\s+(?:for|of|on|to)\s+[^.;:()]*)?)",
    re.I,
)
_PHRASE_END = re.compile(
    r",|\s(?:that|which|who|whose|where|was|were|is|are|has|have|had|will|with|through|in order|to be|by)\b"
    r"|\s(?:in|on|during|since)\s+(?:[A-Z]\w+\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d\d\b",
    re.I,
)
_AND = re.compile(r"\s+and\s+")
_ONE_WORD_COMPLEMENT = re.compile(r"[\w-]+\s+(?:of|for|on|in)\b", re.I)
_ONE_WORD_BEFORE = re.compile(r"\b(?:the|a|an|of|for|on|to|in)\s+[a-z][\w-]*$")
"""One noun after a preposition or article before "and", one noun and a preposition after it: two
heads sharing a complement ("for the exchange and sharing of X"), so the phrase goes on."""
_NOMINAL = re.compile(r"\b(?:creation|establishment|installation|setting[- ]up|set-up)\s+of\s+", re.I)
_BY = re.compile(r"^\s*,?\s*by\s+", re.I)
_ACTIVE = re.compile(
    rf"^\s*(?:\([^()]*\)\s*)?(?:has\s+|have\s+|had\s+)?(?:also\s+|successfully\s+|jointly\s+)?"
    rf"(?:{SET_UP}|created|formed)\s+",
    re.I,
)
_AGENTLESS = re.compile(
    rf"\b(?:was|were|has been|have been|had been)\s+(?:successfully\s+|also\s+)?(?:{SET_UP}|created|formed)\b"
    r"(?!\s+(?:jointly\s+)?by\b)",
    re.I,
)
_THROUGH = re.compile(r"^\s+(?:through|as|in the form of)\s+", re.I)
TRIGGER = re.compile(rf"\b(?:{SET_UP}|created|formed)\b|{_NOMINAL.pattern}", re.I)
"""A sentence without these words sets up no mechanism."""


def founded_name(text: str) -> str | None:
    """The name of the mechanism whose noun phrase opens ``text``, or None."""
    match = _NEW_MECHANISM.match(text)
    if match is None:
        return None
    name = match["name"]
    end = _PHRASE_END.search(name)
    name = name[: end.start()] if end else name
    for conj in _AND.finditer(name):
        if not (_ONE_WORD_COMPLEMENT.match(name[conj.end() :]) and _ONE_WORD_BEFORE.search(name[: conj.start()])):
            name = name[: conj.start()]
            break
    name = name.strip(" -")
    return name if len(name.split()) >= 3 else None  # "a network": too bare to name one


def mechanism(reader: AttributionReader, text: str, source: Source) -> str | None:
    """The mechanism ``text`` opens with: a known one named right there, else a new node of that name."""
    name = founded_name(text)
    if name is None:
        return None
    offset = text.find(name)
    known = [m for m in reader.b.mentions(text, "mechanism") if abs(m.start - offset) <= 4]
    if known:
        return known[0].node_id
    b = reader.b
    node = node_iri("Mechanism", name, *([b.country] if b.country else []))
    b.kg.add_node(node, "Mechanism", name[0].upper() + name[1:], source)
    b.register(node, name)
    return node


def agentless(reader: AttributionReader, sentence: str, things: list[Thing], source: Source) -> None:
    """ "The round-table was established", "mechanisms were created through the round-tables of A
    and B" with no agent, in a programme's own report: the programme ``implements`` each known
    mechanism that opens the clause or follows "through"."""
    if reader.programme is None:
        return
    for match in _AGENTLESS.finditer(sentence):
        made = reader.subject(things, match.start(), sentence)
        through = _THROUGH.match(sentence[match.end() :])
        if through:
            made += reader.after(things, match.end() + through.end())
        for thing in dict.fromkeys(made):
            if reader.kg.is_a(thing, "Mechanism"):
                reader.relate(reader.programme, "implements", thing, source)


def read(reader: AttributionReader, sentence: str, actors: list[Mention], source: Source) -> None:
    """The mechanisms the sentence says were set up, and who set them up."""
    for first in actors:
        lead = re.sub(r"^.*[,:;]\s*", "", sentence[: first.start])
        if not _LEAD_GAP.match(lead):
            continue
        subject = _listed(actors, sentence, first.start)
        verb = _ACTIVE.match(sentence[subject[-1].end :])
        if verb is None:
            continue
        node = mechanism(reader, sentence[subject[-1].end + verb.end() :], source)
        for actor in subject if node else []:
            reader.relate(actor.node_id, "implements", node, source)
        break
    for match in _NOMINAL.finditer(sentence):
        if not re.fullmatch(r"\s*(?:the\s+)?", re.sub(r"^.*[:;]\s*", "", sentence[: match.start()]), re.I):
            continue  # "the diagnostics, together with the creation of X, allowed ...": not what it states
        rest = sentence[match.end() :]
        name = founded_name(rest)
        if name is None:
            continue
        tail = rest[rest.find(name) + len(name) :]
        by = _BY.match(tail)
        if by:
            doers = [a.node_id for a in _listed(actors, sentence, len(sentence) - len(tail) + by.end(), lead=8)]
        else:  # "the creation of X" with no agent: in a programme's own report, its work
            before = [a for a in actors if a.end <= match.start()]
            doers = [reader.programme] if reader.programme and not before else []
        node = mechanism(reader, rest, source) if doers else None
        for doer in doers if node else []:
            reader.relate(doer, "implements", node, source)
