"""What a sentence says was done as part of a programme: "held 6 virtual sessions on "...", as part
of the response of the joint program Closing Gaps" makes the sessions ``partOf`` the programme.

The programme is the first programme (or programme component) named right after "as part of"
(an article and "the response / work / activities / efforts of" may come first, and "the joint
programme"); the parts are the activities, products, pilots, campaigns and events the sentence
names before the phrase, or after the programme when the phrase opens the sentence ("As part of the
Youth initiative, the UNS launched the Youth Challenge"); not policies or laws, which a programme
serves but does not own. "The Herders' Forum served as framework for the joint launch, with the
Ministry of Gender, of the Network for Care" makes the network ``partOf`` the forum (the known thing
named first after "framework for", within the event, programme, mechanism or campaign named last
before "served as"). Each edge cites the line.

>>> bool(_PART_OF.search("sessions on care, as part of the response of the joint program Grants"))
True
>>> bool(_PART_OF.search("care is part of the national agenda"))
False
"""

from __future__ import annotations

import re

from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.sections import cued_sentences
from gapgraph.ontology.models import Source

_PART_OF = re.compile(
    r"\b(?:as|being)\s+(?:a\s+)?part\s+of\s+(?:the\s+)?"
    r"(?:(?:response|work|activities|actions|efforts|implementation|framework)\s+of\s+(?:the\s+)?)?",
    re.I,
)
_LEAD_IN = re.compile(r"^\s*(?:(?:UN\s+)?joint\s+program(?:me)?s?\s+|programme\s+|program\s+)?$", re.I)
_PARTS = ("activity", "product", "pilot", "campaign", "event")
_PART_CLASSES = ("Activity", "KnowledgeProduct", "Pilot", "Campaign", "Event")
_FRAMEWORK = re.compile(r"\bserved as (?:the |a )?framework for\b", re.I)
_FRAMES = ("event", "programme", "mechanism", "campaign")
_FRAMED = ("mechanism", "activity", "event", "product", "pilot", "campaign", "policy")


def read(builder: Builder, sentence: str, source: Source) -> None:
    """Each activity, product, pilot or campaign named before "as part of <programme>" is ``partOf`` it,
    and what a thing "served as framework for" is part of that thing."""
    kg = builder.kg
    framework(builder, sentence, source)
    for cue in _PART_OF.finditer(sentence):
        after = sentence[cue.end() :]
        whole = next(iter(builder.mentions(after, ("programme", "component"))), None)
        if whole is None or not _LEAD_IN.match(after[: whole.start]):
            continue
        fronted = not sentence[: cue.start()].strip(" -•*")  # "As part of X, the UNS launched Y"
        named = after[whole.end :] if fronted else sentence[: cue.start()]
        for part in builder.mentions(named, _PARTS):
            if part.node_id != whole.node_id and kg.is_a(part.node_id, *_PART_CLASSES):
                kg.add_edge(part.node_id, "partOf", whole.node_id, source)


def framework(builder: Builder, sentence: str, source: Source) -> None:
    """ "W served as framework for the launch of X": X ``partOf`` W."""
    kg = builder.kg
    match = _FRAMEWORK.search(sentence)
    if match is None:
        return
    frames = builder.mentions(sentence[: match.start()], _FRAMES)
    framed = builder.mentions(sentence[match.end() :], _FRAMED)
    if frames and framed and framed[0].node_id != frames[-1].node_id:
        kg.add_edge(framed[0].node_id, "partOf", frames[-1].node_id, source)


def load(builder: Builder, doc: Document) -> None:
    """Read every prose line of ``doc`` for what was done as part of a programme."""
    for number, sentence in cued_sentences(doc.lines, _PART_OF, _FRAMEWORK):
        read(builder, sentence, builder.source(doc.id, number))
