"""Work a sentence says was done "as part of" a known whole: "the UNS held 6 virtual sessions on
"Safety at work for herders", as part of the response of the joint programme Cash Plus" gives the
sessions ``partOf`` the programme, citing the line; "The Herders' Forum served as framework
for the joint launch, with the Ministry of Gender, of the Network for Care" gives the network
``partOf`` the forum (the known thing named first after "framework for", within the event,
programme, mechanism or campaign named last before "served as").

The part is the known activity, event, product, pilot or campaign named last before ", as part of"
(the thing the clause completes); the whole is the first known programme, pilot, campaign or
mechanism the phrase after it names. A sentence opening with "As part of this last step" names no
known whole, and relates nothing.

>>> _AS_PART.search("6 sessions were held, as part of the response of the JP.").group("whole")
'the response of the JP'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from gapgraph.loaders.discovery.lines import plain_lines
from gapgraph.loaders.sections import sentences

if TYPE_CHECKING:
    from gapgraph.loaders.builder import Builder
    from gapgraph.loaders.document import Document
    from gapgraph.ontology.models import Source

_AS_PART = re.compile(r",\s*as (?:a )?part of\s+(?P<whole>[^.;]+)", re.I)
_WHOLES = ("programme", "pilot", "campaign", "mechanism")
_PARTS = ("activity", "event", "product", "pilot", "campaign")
_FRAMEWORK = re.compile(r"\bserved as (?:the |a )?framework for\b", re.I)
_FRAMES = ("event", "programme", "mechanism", "campaign")
_FRAMED = ("mechanism", "activity", "event", "product", "pilot", "campaign", "policy")


def load(builder: Builder, doc: Document) -> None:
    """Relate each thing a line of ``doc`` says was done "as part of" a known whole to that whole."""
    kg = builder.kg
    for number, text in enumerate(plain_lines(doc), start=1):
        if "part of" not in text.lower() and "framework for" not in text.lower():
            continue
        for sentence in sentences(text):
            framework(builder, sentence, builder.source(doc.id, number))
            match = _AS_PART.search(sentence)
            if match is None:
                continue
            wholes = [m for m in builder.mentions(match["whole"], _WHOLES) if kg.has_node(m.node_id)]
            parts = [m for m in builder.mentions(sentence[: match.start()], _PARTS) if kg.has_node(m.node_id)]
            if not wholes or not parts:
                continue
            whole = min(wholes, key=lambda m: m.start).node_id
            part = max(parts, key=lambda m: m.end).node_id
            if part != whole:
                kg.add_edge(part, "partOf", whole, builder.source(doc.id, number))


def framework(builder: Builder, sentence: str, source: Source) -> None:
    """ "W served as framework for the launch of X": X ``partOf`` W."""
    kg = builder.kg
    match = _FRAMEWORK.search(sentence)
    if match is None:
        return
    frames = [m for m in builder.mentions(sentence[: match.start()], _FRAMES) if kg.has_node(m.node_id)]
    after = sentence[match.end() :]
    framed = [m for m in builder.mentions(after, _FRAMED) if kg.has_node(m.node_id)]
    if frames and framed:
        whole = max(frames, key=lambda m: m.end).node_id
        part = min(framed, key=lambda m: m.start).node_id
        if part != whole:
            kg.add_edge(part, "partOf", whole, source)
