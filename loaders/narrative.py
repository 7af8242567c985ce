"""Sentence rules for report narrative: grants, technical assistance, trainings, SDG contributions.

Each rule reads one sentence at a time and only relates nodes the sentence names (actors and the
registry's laws, pilots, mechanisms, campaigns, products), so every edge cites the line of its
sentence. The rules are deliberately narrow: they prefer missing a fact to inventing one.

- a sentence about *grants* "awarded to" / "provided to" / "through" named bodies: the programme
  ``grantsTo`` each body that is not a UN agency or fund (in a table cell, the bodies after the
  phrase: "through the grant awarded to A");
- "technical support / assistance / advice ... provided to X", "accompanying and advising ... X",
  "advice and technical assistance in ... X": the programme ``providesTechnicalAssistanceTo`` X;
- a sentence about a *training*, *course* or *workshop*: the course, who trained whom and how many
  (:mod:`gapgraph.loaders.trainings`);
- under a heading "Target 5.4. ..." (SDG acceleration): each registry item the bullets name
  ``contributesTo`` that SDG target (citing the bullet and the heading);
- "<agency> (with ...) developed / produced / launched <product>": the agency ``produces`` it;
- a list of a fund's donors: each ``funds`` it (:mod:`gapgraph.loaders.donors`);
- "A in collaboration with B": A ``partnersWith`` B (:mod:`gapgraph.loaders.partnerships`);
- "A provided (technical) support / advice to B": A ``providesTechnicalAssistanceTo`` B
  (:mod:`gapgraph.loaders.assistance`);
- "the JP's engagement / dialogue with A, B", "in partnership with A" (no actor before): A
  ``participatesIn`` the programme (:mod:`gapgraph.loaders.engagement`);
- "the JP is aligned with the Direct Effect 2": the programme ``alignedWith`` that outcome of the
  Cooperation Framework (linked once every document is loaded); "the JP contributed to ...": the
  programme ``contributesTo`` what it names (:func:`chain.contribution`).
"""

from __future__ import annotations

import re

from gapgraph.graph.ids import sdg_target_iri
from gapgraph.loaders import assistance, attribution, chain, donors, engagement, partnerships, purpose, speakers
from gapgraph.loaders.builder import Builder, Mention
from gapgraph.loaders.document import Document
from gapgraph.loaders.reader import DocumentReader
from gapgraph.loaders.sections import sentences
from gapgraph.loaders.text import plain
from gapgraph.loaders.trainings import TrainingReader
from gapgraph.ontology.models import Source

THINGS = ("law", "policy", "pilot", "mechanism", "campaign", "product")
"""The IRI groups of registry items that narrative sentences name."""

_GRANT = re.compile(
    r"\bgrants?\b[^.]*?\b(?:awarded|provided|given)\s+(?:respectively\s+)?to\b|\bthrough (?:the )?grants?\b", re.I
)
_ASSISTANCE = re.compile(
    r"\b(?:technical|legal)(?: and (?:technical|legal))? (?:support|assistance|advice|cooperation)\b[^.]*?"
    r"\b(?:provided|given|offered)\s+to\s+(?P<object>[^.;]+)",
    re.I,
)
_ADVICE = re.compile(r"\b(?:accompanying and advising|advising|advice and technical assistance in)\b", re.I)
_SDG_HEADING = re.compile(r"^\s*Target\s+(\d{1,2}\.[0-9a-z]{1,2})\.\s", re.I)
_FRAMEWORK = re.compile(r"\balign\w*\b[^.]*\b(?:Direct Effect|Cooperation Framework outcome)\s+\d+", re.I)
_PRODUCED = re.compile(r"\b(?:developed|produced|launched|published|prepared|designed)\b", re.I)


class NarrativeReader(DocumentReader):
    """Applies the sentence rules to one document."""

    def __init__(self, builder: Builder, doc: Document, programme: str | None) -> None:
        super().__init__(builder, doc)
        self.programme = programme
        self.heading_line = 0
        self.raw = ""

    def is_agency(self, node: str) -> bool:
        return self.kg.is_a(node, "UNAgency", "Fund")

    def load(self) -> None:
        target: str | None = None
        for number, raw in enumerate(self.doc.lines, start=1):
            line = plain(raw)
            if "\t" in raw and self.programme is not None:
                self.cell_grants(raw, number)
            if not line or "\t" in raw or re.match(r"^\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s", raw):
                continue  # a footnote between two bullets does not end the target's list
            heading = _SDG_HEADING.match(line)
            if heading and not line.lower().startswith("sdg:"):
                target = (
                    sdg_target_iri(heading.group(1)) if self.kg.has_node(sdg_target_iri(heading.group(1))) else None
                )
                self.heading_line = number
                continue
            if target and not line.startswith("-"):
                target = None
            self.raw = raw
            for sentence in sentences(line.lstrip("-• ")):
                self.read(sentence, number, target)

    def read(self, sentence: str, number: int, target: str | None) -> None:
        source = self.b.source(self.doc.id, number)
        actors = self.b.mentions(sentence)
        things = self.b.mentions(sentence, THINGS)
        if self.programme is not None:
            if _GRANT.search(sentence):
                for actor in actors:
                    if not self.is_agency(actor.node_id):
                        self.kg.add_edge(self.programme, "grantsTo", actor.node_id, source)
            stated = _ASSISTANCE.search(sentence)
            if stated:
                for actor in self.b.mentions(stated.group("object")):
                    if not self.is_agency(actor.node_id):
                        self.kg.add_edge(self.programme, "providesTechnicalAssistanceTo", actor.node_id, source)
            advice = _ADVICE.search(sentence)
            if advice:
                for actor in actors:
                    if actor.start > advice.end() and not self.is_agency(actor.node_id):
                        self.kg.add_edge(self.programme, "providesTechnicalAssistanceTo", actor.node_id, source)
            TrainingReader(self.b, self.programme, source).read(self.raw, sentence, actors)
        if target is not None:
            for thing in chain.counted(self.b, sentence):
                if self.kg.schema.fits(self.kg.node(thing)["type"], self.kg.schema.relations["contributesTo"].domain):
                    self.kg.add_edge(thing, "contributesTo", target, source)
                    self.kg.add_edge(thing, "contributesTo", target, self.b.source(self.doc.id, self.heading_line))
        self.production(sentence, source, actors, things)
        donors.read(self.b, sentence, source)
        partnerships.read(self.b, sentence, actors, source, self.programme)
        assistance.read(self.b, sentence, actors, source, self.programme)
        engagement.read(self.b, sentence, actors, source, self.programme)
        if self.programme is not None and _FRAMEWORK.search(sentence):
            self.b.at_finish(lambda: self.alignment(sentence, source))
        if self.programme is not None:
            programme = self.programme
            self.b.at_finish(lambda: chain.contribution(self.b, sentence, source, programme))
            purpose.read(self.b, sentence, source, programme)
        if purpose.FOCUS_WORDS.search(sentence):
            self.b.at_finish(lambda: purpose.focus(self.b, sentence, source))

    def cell_grants(self, raw: str, number: int) -> None:
        """A table cell's "through the grant awarded to A": the programme ``grantsTo`` the bodies
        named after the phrase (a results table explains its figures so); the trainings a cell's
        explanation states."""
        assert self.programme is not None
        source = self.b.source(self.doc.id, number)
        for cell in re.split(r"\t|</?p>", raw):
            for sentence in sentences(plain(cell)):
                if len(sentence.split()) >= 12:  # an explanation, not a header: its trainings
                    TrainingReader(self.b, self.programme, source).read(raw, sentence, self.b.mentions(sentence))
                grant = _GRANT.search(sentence)
                if grant is None:
                    continue
                for actor in self.b.mentions(sentence[grant.start() :]):
                    if not self.is_agency(actor.node_id):
                        self.kg.add_edge(self.programme, "grantsTo", actor.node_id, source)

    def alignment(self, sentence: str, source: Source) -> None:
        """'The JP contributed directly to the Direct Effect 2': aligned with that framework outcome.

        Run at the end of the build, when the framework's outcomes (from another document) are known.
        """
        assert self.programme is not None
        for mention in self.b.mentions(sentence, ("outcome",)):
            if self.kg.has_node(mention.node_id):
                self.kg.add_edge(self.programme, "alignedWith", mention.node_id, source)

    def production(self, sentence: str, source, actors: list[Mention], things: list[Mention]) -> None:
        verb = _PRODUCED.search(sentence)
        if verb is None or not things:
            return
        agencies = [a for a in actors if a.end <= verb.start() and self.kg.is_a(a.node_id, "UNAgency")]
        if len(agencies) != 1 or any(a.start < agencies[0].start for a in actors):
            return  # only a sentence whose subject is one agency
        produces = self.kg.schema.relations["produces"].range
        makers = speakers.stand_ins(self.b, agencies[0].node_id, source) or [(agencies[0].node_id, source)]
        for thing in things:
            if thing.start > verb.start() and self.kg.schema.fits(self.kg.node(thing.node_id)["type"], produces):
                for maker, cited in makers:
                    self.kg.add_edge(maker, "produces", thing.node_id, cited)


def load(builder: Builder, doc: Document, programme: str | None) -> None:
    """Apply the narrative rules to a document (the programme-level ones only if it names one).

    The programme is also noted as the document's own, so that the attribution rules read "the JP"
    as that programme."""
    if programme is not None:
        builder.index(attribution.PROGRAMME_OF_DOCUMENT)[doc.id] = programme
    NarrativeReader(builder, doc, programme).load()
