"""Who sits on a mechanism and who heads it, from sentences and table cells that say so.

- "PUNOs participate in the Inter-agency Group on Child Labour", "UNICEF and WFP take part in /
  are members of / sit on the X": each ``memberOf`` the mechanism named right after the verb;
- "the X, headed / chaired / co-chaired / led / presided by the Ministry of Labour": the body ``leads`` it;
- "Steering Committee (RC + PUNOs + Government)": each body the parentheses list ``memberOf`` it.

"PUNOs" (participating UN organisations) are, in a programme's own report, the agencies that
implement its programme (``participatesIn`` it with role *implementing*); elsewhere the word
names no one. People are never made members here (their posts are read from the cover page).
Risk, monitoring and management tables state these in their cells, so cells are read too. Each
edge cites its line.

>>> bool(_JOIN.search("PUNOs participate in the Group"))
True
"""

from __future__ import annotations

import re

from gapgraph.loaders.attribution import PROGRAMME_OF_DOCUMENT
from gapgraph.loaders.builder import Builder, Mention
from gapgraph.loaders.document import Document
from gapgraph.loaders.sections import sentences
from gapgraph.loaders.text import plain
from gapgraph.ontology.models import Source

_PUNOS = re.compile(r"\b(?:PUNOs?|participating UN (?:organi[sz]ations|agencies))(?:'s?)?(?:\s+Reps?\.?)?", re.I)
_JOIN = re.compile(
    r"\b(?:participat(?:e|es|ed|ing)|t(?:ake|akes|ook|aking) part|(?:are|were|is|was|became) (?:a )?members? of"
    r"|s(?:it|its|at) on|join(?:s|ed)?)\s+(?:in\s+)?(?:the\s+)?",
    re.I,
)
_HEADED = re.compile(
    r"^[\s,]*(?:which is\s+|that is\s+)?(?:headed|chaired|co-chaired|led|co-led|presided(?: over)?)\s+by\s+", re.I
)
_COMPOSITION = re.compile(r"^\s*\((?P<items>[^()]*\+[^()]*)\)")
_SUBJECT_GAP = re.compile(r"^[\s,]*(?:(?:and|&)\s+)?(?:the\s+)?$", re.I)
_CELL = re.compile(r"\t|<[^>]+>|\s-\s")


class MembershipReader:
    """Applies the membership rules to one document."""

    def __init__(self, builder: Builder, doc: Document) -> None:
        self.b, self.kg, self.doc = builder, builder.kg, doc
        programme = builder.index(PROGRAMME_OF_DOCUMENT).get(doc.id)
        self.punos = sorted(
            {
                u
                for u, _, d in (self.kg.in_edges(programme, "participatesIn") if programme else ())
                if any(c["value"] == "implementing" for c in d["attributes"].get("role", []))
            }
        )

    def bodies(self, text: str, actors: list[Mention]) -> list[str]:
        """The actors of ``actors`` and the PUNOs ``text`` names (no people)."""
        found = [a.node_id for a in actors if not self.kg.is_a(a.node_id, "Person")]
        if _PUNOS.search(text):
            found += self.punos
        return list(dict.fromkeys(found))

    def read(self, sentence: str, source: Source) -> None:
        actors = self.b.mentions(sentence)
        for mechanism in self.b.mentions(sentence, "mechanism"):
            if not self.kg.is_a(mechanism.node_id, "Mechanism"):
                continue
            before, after = sentence[: mechanism.start], sentence[mechanism.end :]
            join = None
            for match in _JOIN.finditer(before):
                if match.end() == len(before):
                    join = match
            if join is not None:
                head = before[: join.start()]
                subjects = [a for a in actors if a.end <= join.start()]
                listed: list[Mention] = []
                for actor in reversed(subjects):
                    gap = head[actor.end : listed[0].start] if listed else head[actor.end :]
                    if not _SUBJECT_GAP.match(re.sub(r"\([^()]*\)", "", gap)):
                        break
                    listed.insert(0, actor)
                puno = _PUNOS.search(head[-40:])
                for body in self.bodies(head[-40:] if puno else "", listed):
                    self.kg.add_edge(body, "memberOf", mechanism.node_id, source)
            headed = _HEADED.match(after)
            if headed:
                rest = after[headed.end() :]
                heads = self.b.mentions(rest)
                chosen = [a for a in heads[:1] if _SUBJECT_GAP.match(rest[: a.start])]
                for actor in heads[1:]:
                    if chosen and _SUBJECT_GAP.match(re.sub(r"\([^()]*\)", "", rest[chosen[-1].end : actor.start])):
                        chosen.append(actor)
                for actor in chosen:
                    if not self.kg.is_a(actor.node_id, "Person"):
                        self.kg.add_edge(actor.node_id, "leads", mechanism.node_id, source)
            composition = _COMPOSITION.match(after)
            if composition:
                for item in composition.group("items").split("+"):
                    for body in self.bodies(item, self.b.mentions(item)):
                        self.kg.add_edge(body, "memberOf", mechanism.node_id, source)

    def load(self) -> None:
        for number, raw in enumerate(self.doc.lines, start=1):
            if not (_JOIN.search(raw) or "+" in raw or re.search(r"\b(?:headed|chaired|presided|led)\b", raw, re.I)):
                continue
            source = self.b.source(self.doc.id, number)
            for cell in _CELL.split(raw):
                for sentence in sentences(plain(cell)):
                    self.read(sentence, source)


def load(builder: Builder, doc: Document) -> None:
    """Read a document's sentences and table cells for mechanism members and heads."""
    MembershipReader(builder, doc).load()
