"""Stated collaborations between two actors: "UN Women in collaboration with INMUJERES carried out
...", "the ILO, together with the Ministry of Labour, organised ...": the subject ``partnersWith``
each body listed after the phrase. Only actors written right before the phrase (one, or a list) are
its subject;
the programme, funds and donors are never partners here. "In coordination with" is no partnership:
"ILO and FAO, in coordination with the RCO, are working on a concept note" says whom one piece of
work was coordinated with (the body takes part in it), not a standing partnership.

Besides, every document's lines and table cells (:func:`load`) are read for four more ways of
saying it: "A works closely with B" (``closely``, not any "works with"), "the (formal) agreement
between A and B", "A is exploring opportunities with key stakeholders such as B, C and D" (A the
first actor of the sentence), and a clause opening "With B, A defined ..." (B named right after
"With", A right after the comma).

>>> bool(COLLABORATION.search("UNICEF, in close collaboration with the Ministry"))
True
>>> bool(COLLABORATION.search("UNICEF, in coordination with the Ministry, held a session"))
False
"""

from __future__ import annotations

import re

from gapgraph.loaders.builder import Builder, Mention
from gapgraph.loaders.document import Document
from gapgraph.loaders.sections import sentences
from gapgraph.loaders.text import plain
from gapgraph.ontology.models import Source

COLLABORATION = re.compile(
    r"\b(?:in (?:close |direct )?(?:collaboration|partnership|alliance) with"
    r"|together with|jointly with)\b",
    re.I,
)
_GAP = re.compile(r"^[\s,]*$")
_OFFICE_GAP = re.compile(r"^\s*(?:[A-Z][\w-]*\s+){0,2}$")
"""Between an actor and "works closely with", words of its own name the graph does not hold ("UN Women
Country Office")."""
_CLOSELY = re.compile(r"\b(?:works?|worked|working|collaborates?|collaborated|collaborating)\s+closely\s+with\b", re.I)
_BETWEEN = re.compile(
    r"\b(?:agreement|memorandum of understanding|MoU|alliance|partnership|cooperation)\s+between\b", re.I
)
_SUCH_AS = re.compile(
    r"\bwith\s+(?:the\s+)?(?:key|main|strategic|national)?\s*(?:stakeholders|partners|allies)\s*,?\s*"
    r"(?:such as|including|like|namely)\b",
    re.I,
)
_LIST_STOP = re.compile(r"[;:]|\bin order to\b|,\s*(?:which|who|that|whose)\b")
_FRONTED = re.compile(r"(?:^|[,:;]\s*)With\b", re.I)
_AFTER_LIST = re.compile(r"^\s*(?:\([^()]*\))?\s*(?:of\s+(?:the\s+)?[A-Z][\w ]{0,30}?)?\s*,\s*(?:the\s+)?$")
_CELL = re.compile(r"\t|</?p>|</?li>")
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


def _listed(sentence: str, actors: list[Mention], position: int) -> list[Mention]:
    """The actors listed from ``position`` on ("B, C and the D"), up to the first gap that is no list's."""
    listed: list[Mention] = []
    for actor in (a for a in actors if a.start >= position):
        gap = sentence[position : actor.start]
        if not _LIST_GAP.match(gap) and not re.fullmatch(r"\s*\([^()]*\)\s*(?:,|and)?\s*(?:the\s+)?", gap):
            break
        listed.append(actor)
        position = actor.end
    return listed


def stated(builder: Builder, sentence: str, source: Source) -> list[tuple[str, str]]:
    """The partnerships a sentence states in the three further ways (see the module), as node pairs."""
    kg = builder.kg
    named = builder.mentions(sentence)
    actors = [  # "the National Institute of Women (INMUJERES)": one actor, not two
        m
        for i, m in enumerate(named)
        if not (
            i and named[i - 1].node_id == m.node_id and re.fullmatch(r"\s*\(\s*", sentence[named[i - 1].end : m.start])
        )
    ]
    pairs: list[tuple[str, str]] = []
    for match in _CLOSELY.finditer(sentence):
        before = [a for a in actors if a.end <= match.start()]
        if before and _OFFICE_GAP.match(sentence[before[-1].end : match.start()]):
            pairs += [(before[-1].node_id, b.node_id) for b in _listed(sentence, actors, match.end())]
    for match in _BETWEEN.finditer(sentence):
        listed = _listed(sentence, actors, match.end())
        if len(listed) >= 2:
            pairs += [(listed[0].node_id, b.node_id) for b in listed[1:]]
    for match in _SUCH_AS.finditer(sentence):
        before = [a for a in actors if a.end <= match.start()]
        stop = _LIST_STOP.search(sentence, match.end())
        end = stop.start() if stop else len(sentence)
        if before:  # "such as" opens a list: every actor up to the clause's end, named ones or not between
            pairs += [(before[0].node_id, b.node_id) for b in actors if match.end() <= b.start and b.end <= end]
    for match in _FRONTED.finditer(sentence):
        partners = _listed(sentence, actors, match.end())
        if not partners:
            continue
        after = [a for a in actors if a.start >= partners[-1].end]
        if after and _AFTER_LIST.match(sentence[partners[-1].end : after[0].start]):
            pairs += [(after[0].node_id, b.node_id) for b in partners]

    def eligible(node: str) -> bool:
        return not kg.is_a(node, "Fund", "Donor", "Programme", "Person", "Place")

    found = [(a, b) for a, b in pairs if a != b and eligible(a) and eligible(b)]
    for a, b in found:
        kg.add_edge(a, "partnersWith", b, source)
    return found


def load(builder: Builder, doc: Document) -> None:
    """Read every line and table cell of a document for the further ways of stating a partnership."""
    for number, raw in enumerate(doc.lines, start=1):
        if not any(p.search(plain(raw)) for p in (_CLOSELY, _BETWEEN, _SUCH_AS, _FRONTED)):
            continue
        source = builder.source(doc.id, number)
        for cell in _CELL.split(raw):
            for sentence in sentences(plain(cell).lstrip("-•⇒ ")):
                stated(builder, sentence, source)
