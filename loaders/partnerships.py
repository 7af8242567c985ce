"""Stated collaborations between two actors: "UN Women in collaboration with INMUJERES carried out
...", "the ILO, together with the Ministry of Labour, organised ...": the subject ``partnersWith``
each body listed after the phrase. Only actors written right before the phrase (one, or a list) are
its subject;
the programme, funds and donors are never partners here.

>>> bool(COLLABORATION.search("UNICEF, in close collaboration with the Ministry"))
True
"""

from __future__ import annotations

import re

from gapgraph.loaders.builder import Builder, Mention
from gapgraph.ontology.models import Source

COLLABORATION = re.compile(
    r"\b(?:in (?:close |direct )?(?:collaboration|partnership|coordination|alliance) with"
    r"|together with|jointly with)\b",
    re.I,
)
_GAP = re.compile(r"^[\s,]*$")
_LIST_GAP = re.compile(r"^[\s,;]*(?:(?:and|&)\s+)?(?:the\s+)?$", re.I)


def read(builder: Builder, sentence: str, actors: list[Mention], source: Source, programme: str | None) -> None:
    """Add the partnerships ``sentence`` states between the actors it names."""
    kg = builder.kg

    def eligible(node: str) -> bool:
        return node != programme and not kg.is_a(node, "Fund", "Donor")

    for match in COLLABORATION.finditer(sentence):
        before = [a for a in actors if a.end <= match.start()]
        if not before or not _GAP.match(sentence[before[-1].end : match.start()]):
            continue
        subjects = [before[-1]]  # "ILO, FAO and UN Women, in coordination with ...": the whole list
        for earlier in reversed(before[:-1]):
            if not _LIST_GAP.match(sentence[earlier.end : subjects[0].start]):
                break
            subjects.insert(0, earlier)
        position = match.end()
        for actor in (a for a in actors if a.start >= match.end()):
            gap = sentence[position : actor.start]
            if not _LIST_GAP.match(gap) and not re.fullmatch(r"\s*\([^()]*\)\s*(?:,|and)?\s*(?:the\s+)?", gap):
                break
            for subject in (m.node_id for m in subjects if eligible(m.node_id)):
                if eligible(actor.node_id) and actor.node_id != subject:
                    kg.add_edge(subject, "partnersWith", actor.node_id, source)
            position = actor.end
