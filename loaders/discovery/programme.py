"""A joint programme announced on a web page or in a press release, when no cover page names it.

- its name: a quoted title after "joint programme" ("the joint programme “Care that counts”"), or a
  line "Joint Programme: NAME" / "Joint Programme title: NAME";
- its country: the document's (see :mod:`gapgraph.loaders.country`), cited where a line names it;
- its UN agencies: the UN entities of a sentence saying "implemented by", "led by", "jointly by",
  "participating UN organizations" or "with the participation of" (``participatesIn``, role
  *implementing*; "led by" also ``leads``);
- its funder: "funded / financed / supported by the Joint SDG Fund" (``funds``).

>>> name_in("The joint programme “Leaving no one behind” was launched in Tirana.")
'Leaving no one behind'
"""

from __future__ import annotations

import re

from gapgraph.graph.ids import node_iri
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.discovery.lines import plain_lines
from gapgraph.loaders.document import Document
from gapgraph.loaders.sections import sentences
from gapgraph.loaders.text import financed_by

_QUOTED = re.compile(
    r"\b(?:joint|UN)\s+programme\b[^“”\"]{0,40}?[“\"](?P<name>[A-Z][^“”\"]{5,160}?)[”\"]|"
    r"[“\"](?P<before>[A-Z][^“”\"]{5,160}?)[”\"],?\s+(?:a|the)\s+joint\s+programme",
    re.I,
)
_LABELLED = re.compile(
    r"^\s*\**Joint Programme(?: \(JP\))?(?: title| name)?\**\s*:\s*\**(?P<name>[^*]{6,160}?)\**\s*$", re.I
)
_AGENCIES = re.compile(
    r"\b(?:jointly\s+)?(?:implemented|led|delivered|run|carried out)\s+(?:jointly\s+)?by\b|"
    r"\bparticipating UN (?:organi[sz]ations|agencies)\b|\bwith the participation of\b|\bjointly by\b",
    re.I,
)
_LED = re.compile(r"\bled by\s+(?:the\s+)?(?P<lead>[^,;.]+)", re.I)
_FUNDED = re.compile(financed_by("supported", "backed"), re.I)
"""Also "supported / backed by": this reader keeps only funders that are funds or donors."""


def name_in(line: str) -> str | None:
    """The programme name a line states, or None."""
    labelled = _LABELLED.match(line)
    if labelled:
        return labelled["name"].strip(" .")
    quoted = _QUOTED.search(line)
    if quoted:
        return (quoted["name"] or quoted["before"]).strip(" .,")
    return None


def discover(builder: Builder, doc: Document) -> str | None:
    """The programme ``doc`` announces (a new node or a known one), with its country, agencies and funder."""
    kg = builder.kg
    lines = plain_lines(doc)
    found = next(((n, name) for n, line in enumerate(lines, 1) if (name := name_in(line))), None)
    if found is None:
        return None
    number, name = found
    source = builder.source(doc.id, number)
    programme = builder.resolve(name)
    if programme is None or not kg.is_a(programme, "Programme"):
        programme = node_iri("Programme", name)
        kg.add_node(programme, "Programme", name, source)
        builder.register(programme, name)
    else:
        kg.add_node(programme, "Programme", name, source)
    country = builder.place(builder.country) if builder.country else None
    if country is not None:
        where = next(
            (
                n
                for n, line in enumerate(lines, 1)
                if any(m.node_id == country for m in builder.find_names(line, "place"))
            ),
            None,
        )
        if where is not None:
            kg.add_edge(programme, "locatedIn", country, builder.source(doc.id, where))
    for n, line in enumerate(lines, 1):
        if n != number and (other := name_in(line)) and builder.resolve(other) == programme:
            kg.add_node(programme, "Programme", other, builder.source(doc.id, n))
        for sentence in sentences(line):
            relate(builder, programme, sentence, builder.source(doc.id, n))
    return programme


def relate(builder: Builder, programme: str, sentence: str, source) -> None:
    """The agencies and funder a sentence gives the programme."""
    kg = builder.kg
    if _AGENCIES.search(sentence):
        lead = _LED.search(sentence)
        leaders = {m.node_id for m in builder.mentions(lead["lead"])} if lead else set()
        for mention in builder.mentions(sentence):
            if kg.is_a(mention.node_id, "UNAgency"):
                kg.add_edge(mention.node_id, "participatesIn", programme, source, {"role": "implementing"})
                if mention.node_id in leaders:
                    kg.add_edge(mention.node_id, "leads", programme, source)
    funded = _FUNDED.search(sentence)
    if funded:
        for mention in builder.mentions(sentence[funded.end() :]):
            if kg.is_a(mention.node_id, "Fund") or kg.is_a(mention.node_id, "Donor"):
                kg.add_edge(mention.node_id, "funds", programme, source)
