"""The communication annex of Joint SDG Fund reports: media items whose row names who made them.

The "Multi-Media" tables (header "Title of the document", a date, "Brief description and hyperlink")
outside the strategic-documents annex list articles, interviews, webinars and podcasts. Most rows
name no maker and are left to the generic readers; a row whose description does becomes a
``KnowledgeProduct`` (titled as the row, dated by its month) that its maker ``produces``:

- "opinion article by FAO representative, Ana Diaz", "Op-ed by UNICEF": the person the phrase
  names (an appositive's person, not the body she represents), else the bodies it names;
- "An interview about the Programme was held with The Daily Star, one of the main newspapers in
  Ghana": the outlet (a ``PrivateCompany`` when it is not known, its kind said by the apposition).

- "Op-ed: Care is work (extract in the UN News website. Complete note in UNICEF)": the body that
  carries the whole piece (a written piece only: op-ed, article, column, story, note).

A row titled "Installation of the Steering Committee", a mechanism of the report's programme, is
that ``Event``, ``partOf`` the programme (citing the row: the report is the programme's own). A row
titled "Launch of the publication / report / study / guide <title>" is that launch, an ``Event``
named as the row (the publication itself is a product the annex or the text names).

A bullet of the report's prose that says a communication piece was made and gives its title in
bold after a colon ("a human-interest story ... was published in the Fund's web page: **Herders
have rights too** <link>") names that ``KnowledgeProduct``, titled as written (its maker is for
the readers of who did what).

Every fact cites the row's (or the bullet's) line.
"""

from __future__ import annotations

import re

from gapgraph.graph.ids import node_iri
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.jsdgf.annex import finalised
from gapgraph.loaders.sections import find_line
from gapgraph.loaders.text import cells, plain
from gapgraph.ontology.models import Source

_TITLE_HEADER = re.compile(r"^\s*title\b", re.I)
_BY = re.compile(
    r"\b(?:op-?ed|opinion (?:article|piece|column)|article|column|blog(?:\s+post)?|editorial|essay)\s+"
    r"(?:written\s+)?by\s+(?P<maker>[^.;]+?)\s*(?=https?://|[.;]|$)",
    re.I,
)
"""A written piece and its author: "opinion article by FAO representative, Ana Diaz"."""
_APPOSED = re.compile(r",\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})\s*$")
"""The person an apposition names after a position ("..., Ana Diaz")."""
_FULL_TEXT = re.compile(
    r"^\s*(?:op-?ed|opinion (?:article|piece|column)|article|column|blog(?:\s+post)?|editorial|essay|"
    r"(?:human[- ]interest\s+)?story|note)\b.*?\b(?:complete|full|whole)\s+(?:note|text|article|version|piece)\s+"
    r"(?:is\s+)?(?:available\s+)?(?:in|on|at|by)\s+(?:the\s+)?(?:websites?\s+of\s+)?(?P<maker>[^.;()]+?)\s*(?=[.;()]|$)",
    re.I,
)
"""A written piece whose whole text a body carries: "Op-ed: ... (... Complete note in ILO)"."""
_LAUNCH = re.compile(
    r"^(?:(?:Virtual|Formal|Official|Public)\s+)?launch\s+of\s+(?:the\s+)?"
    r"(?:publication|report|study|guide|book|document|toolkit|toolbox|methodology)\s+\S",
    re.I,
)
_TITLED_PIECE = re.compile(
    r"\b(?:human[- ]interest\s+stor(?:y|ies)|stor(?:y|ies)|articles?|op-?eds?|videos?|podcasts?|infographics?|"
    r"policy\s+briefs?|factsheets?|fact\s+sheets?|publications?|brochures?|booklets?)\b[^*]{0,300}?"
    r"(?:developed|published|produced|released|launched|made|prepared|written)\b[^*]{0,200}?:\s*"
    r"\*\*(?P<title>[^*]{10,200}?)\*\*\s*(?:<?https?://\S+>?)?\s*\.?\s*$",
    re.I,
)
"""A piece a bullet says was made, its title in bold after a colon."""
_INSTALLATION = re.compile(
    r"^(?:(?:Virtual|Formal|Official)\s+)?(?:installation|inauguration|launch)\s+of\s+(?:the\s+)?", re.I
)
_OUTLET = re.compile(
    r"\binterview\b[^.]*?\b(?:held|conducted|given|granted|made)\s+(?:with|to|by)\s+"
    r"(?P<outlet>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})\s*,\s*(?:one of the|an?|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:newspapers?|magazines?|media outlets?|outlets?|radio stations?|radio|tv channels?|channels?|dailies|daily)\b",
    re.I,
)
"""An interview and the outlet that ran it: "held with The Daily Star, one of the main newspapers"."""


def _tables(doc: Document) -> list[tuple[int, int]]:
    """(header line, description column) of every media table, outside the strategic-documents annex."""
    start = find_line(doc.lines, r"^\s*annex\s+2\b")
    end = find_line(doc.lines, r"^\s*annex\s+3\b", (start or 0) + 1) if start is not None else None
    found = []
    for number in range(1, len(doc) + 1):
        if start is not None and start <= number < (end or len(doc) + 1):
            continue
        header = cells(doc.line(number))
        if len(header) < 3 or not _TITLE_HEADER.match(header[0]) or "date" not in header[1].lower():
            continue
        description = next((i for i, c in enumerate(header) if "description" in c.lower()), None)
        if description is not None:
            found.append((number, description))
    return found


class MediaReader:
    """Reads the media tables of one report."""

    def __init__(self, builder: Builder, doc: Document, programme: str | None = None) -> None:
        self.b = builder
        self.kg = builder.kg
        self.doc = doc
        self.programme = programme

    def load(self) -> None:
        self.titled_pieces()
        for header, description in _tables(self.doc):
            number = header + 1
            while number <= len(self.doc):
                raw = self.doc.line(number)
                if raw.strip() and "\t" not in raw:
                    break
                row = cells(raw)
                if len(row) > description and row[0]:
                    self.row(number, row, row[description])
                number += 1

    def titled_pieces(self) -> None:
        """The communication pieces the prose titles in bold: "... was published ...: **Title**"."""
        for number, raw in enumerate(self.doc.lines, start=1):
            if "\t" in raw or "**" not in raw:
                continue
            match = _TITLED_PIECE.search(raw)
            if match is None:
                continue
            title = plain(match["title"]).strip(' "“”')
            known = self.b.resolve(title)
            if known is not None and not self.kg.is_a(known, "KnowledgeProduct"):
                continue
            node = known or node_iri("KnowledgeProduct", title, self.b.country or "")
            self.kg.add_node(node, "KnowledgeProduct", title, self.b.source(self.doc.id, number))
            if known is None:
                self.b.register(node, title, self.b.country)

    def makers(self, text: str, source: Source) -> list[str]:
        """Who made the item a row's description speaks of."""
        written = _BY.search(text)
        if written is not None:
            named = [m.node_id for m in self.b.mentions(written["maker"])]
            people = [n for n in named if self.kg.is_a(n, "Person")]
            apposed = _APPOSED.search(written["maker"])  # "FAO representative, Ana Diaz": her node
            person = node_iri("Person", apposed["name"]) if apposed is not None else None
            if not people and person is not None and self.kg.has_node(person) and self.kg.is_a(person, "Person"):
                people = [person]
            return people or named
        carried = _FULL_TEXT.search(text)
        if carried is not None:
            return [m.node_id for m in self.b.mentions(carried["maker"]) if self.kg.is_a(m.node_id, "Actor")]
        interview = _OUTLET.search(text)
        if interview is not None:
            outlet = interview["outlet"].strip()
            known = self.b.resolve(outlet)
            if known is not None:
                return [known] if self.kg.is_a(known, "Actor") else []
            node = self.b.actor(outlet, source, new_type="PrivateCompany")
            return [node] if node is not None else []
        return []

    def installation(self, number: int, title: str) -> None:
        """A row titled "Installation of the <mechanism>" where the mechanism is part of the report's
        programme: that event, part of the programme (citing the row, of the programme's own report,
        as "the JP" in it is the programme)."""
        opening = _INSTALLATION.match(title)
        if opening is None or self.programme is None:
            return
        mechanism = self.b.resolve(title[opening.end() :].strip(" ."))
        if mechanism is None or not self.kg.is_a(mechanism, "Mechanism"):
            return
        if self.programme not in self.kg.out(mechanism, "partOf"):
            return
        node = node_iri("Event", title, self.b.country or "")
        source = self.b.source(self.doc.id, number)
        self.kg.add_node(node, "Event", title, source)
        self.kg.add_edge(node, "partOf", self.programme, source)

    def launch(self, number: int, title: str) -> None:
        """A row titled "Launch of the publication <title>": that launch, an ``Event`` citing the row."""
        if _LAUNCH.match(title) is None:
            return
        node = node_iri("Event", title, self.b.country or "")
        self.kg.add_node(node, "Event", title, self.b.source(self.doc.id, number))
        self.b.register(node, title, self.b.country)

    def row(self, number: int, row: list[str], description: str) -> None:
        source = self.b.source(self.doc.id, number)
        self.installation(number, row[0])
        self.launch(number, row[0])
        makers = self.makers(plain(description), source)
        if not makers:
            return
        title = row[0].strip(' "“”')
        known = self.b.resolve(title)
        node = known or node_iri("KnowledgeProduct", title, self.b.country or "")
        if known is not None and not self.kg.is_a(known, "KnowledgeProduct"):
            return
        date = finalised(row[1]) if len(row) > 1 and row[1] else None
        self.kg.add_node(node, "KnowledgeProduct", title, source, attributes={"date": date})
        if known is None:
            self.b.register(node, title, self.b.country)
        for maker in makers:
            self.kg.add_edge(maker, "produces", node, source)


def load(builder: Builder, doc: Document, programme: str | None = None) -> None:
    """Read the media items of a report's communication tables that name their maker, at the end of
    the build (when the people the every-document readers find, "FAO representative, Ana Diaz", are
    known)."""
    builder.at_finish(MediaReader(builder, doc, programme).load)
