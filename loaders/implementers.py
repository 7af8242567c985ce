"""The agencies a sentence says implement a named programme, and the lead among them.

"“Cash plus” is an initiative of the Joint SDG Fund, implemented by UNICEF, as lead agency, WFP and
the ILO." gives each UN agency listed after "implemented / executed / delivered by"
``participatesIn`` the programme (role *implementing*), and the one followed by "as lead agency"
(or "(lead agency)") ``leads`` it. Only a programme the sentence names before the verb, only UN
agencies (a ministry "implementing" a programme is a partner the other rules read); each edge
cites the line.

>>> bool(_BY.search("is an initiative, implemented by the ILO"))
True
"""

from __future__ import annotations

import re

from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.sections import sentences
from gapgraph.loaders.text import plain

_BY = re.compile(r"\b(?:implemented|executed|delivered|run)\s+(?:jointly\s+)?by\b", re.I)
_GAP = re.compile(r"^(?:\s*\([^()]*\))?[\s,]*(?:as (?:the )?lead agency[\s,]*)?(?:(?:and|&)\s+)?(?:the\s+)?$", re.I)
_LEAD = re.compile(r"^(?:\s*\([^()]*\))?\s*(?:,\s*as (?:the )?lead agency\b|\(\s*lead agency\s*\))", re.I)


def read(builder: Builder, sentence: str, source) -> None:
    """Add the implementing agencies (and the lead) of the programme ``sentence`` names."""
    kg = builder.kg
    for match in _BY.finditer(sentence):
        programmes = [
            m for m in builder.mentions(sentence[: match.start()], "programme") if kg.is_a(m.node_id, "Programme")
        ]
        if not programmes:
            continue
        programme = programmes[-1].node_id
        position = match.end()
        for actor in builder.mentions(sentence[match.end() :]):
            start, end = match.end() + actor.start, match.end() + actor.end
            if start < position:
                continue
            if not _GAP.match(sentence[position:start]) or not kg.is_a(actor.node_id, "UNAgency"):
                break
            kg.add_edge(actor.node_id, "participatesIn", programme, source, {"role": "implementing"})
            if _LEAD.match(sentence[end:]):
                kg.add_edge(actor.node_id, "leads", programme, source)
            bracket = re.match(r"\s*\([^()]*\)", sentence[end:])
            position = end + (bracket.end() if bracket else 0)


def load(builder: Builder, doc: Document) -> None:
    """Read every prose line of a document for the agencies implementing a programme it names."""
    for number, raw in enumerate(doc.lines, start=1):
        if "\t" in raw or not _BY.search(raw):
            continue
        source = builder.source(doc.id, number)
        for sentence in sentences(plain(raw)):
            read(builder, sentence, source)
