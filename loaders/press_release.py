"""Press releases: the event, who attended and in which role, the agencies, the outcomes claimed.

- the programme, found by the name in the release's title or first lines (any of its names);
- the event of the dateline ("Mexico City, May 18, 2022.-"): an ``Event`` part of the programme,
  located in the dateline's place; the same programme's event on the same day in another document
  is the same node;
- speakers ("attended by NAME, POSITION; NAME, POSITION; and a message from NAME, POSITION"): each a
  ``Person`` who ``participatesIn`` the event and is ``memberOf`` the organisation their position names;
- institutions listed after "attended the event:": each ``participatesIn`` the event ("Embassies of
  Ireland, Sweden, ..." gives one embassy each);
- "The project ... had an impact on the national and state levels in A, B and C" (a sentence about
  the programme naming the places it worked in, after "levels in", "in the states of", "in the
  provinces"): the programme ``locatedIn`` each listed place;
- "implemented by A, B and C": each ``participatesIn`` the programme as *implementing*;
  "financed by F": F ``funds`` the programme;
- the numbered outcomes and the narrative go through the sentence rules
  (:mod:`gapgraph.loaders.narrative`).
"""

from __future__ import annotations

import re

from gapgraph.graph.ids import node_iri, short_id
from gapgraph.loaders import figures, narrative
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.discovery import programme
from gapgraph.loaders.document import Document
from gapgraph.loaders.kinds import register
from gapgraph.loaders.reader import DocumentReader
from gapgraph.loaders.sections import sentences, split_list
from gapgraph.loaders.text import financed_by, parse_date, plain, split_entry
from gapgraph.ontology.models import Source

KINDS = ("press-release",)

_DATELINE = re.compile(r"^\s*(?P<place>[A-Z][\w .]+?),\s+(?P<date>[A-Z][a-z]+\.? \d{1,2},? \d{4})\s*\.?\s*[-–—]")
_ATTENDED_BY = re.compile(r"\battended by\s+(?P<people>.+?)\.\s*$", re.I)
_ATTENDED_EVENT = re.compile(r"attended the event:\s*(?P<bodies>.+?)\.?\s*$", re.I)
_IMPLEMENTED = re.compile(r"\bimplemented by\s+(?P<agencies>.+?)(?:\s+in coordination with|\.|$)", re.I)
_FINANCED = re.compile(financed_by() + r"\s+(?:the\s+)?(?P<funder>.+?)(?:,|\.|\s+was\b|$)", re.I)
_EMBASSIES = re.compile(r"^Embassies of (?P<countries>.+)$", re.I)
_ABOUT_PROGRAMME = re.compile(r"^(?:the\s+)?(?:project|programme|program|joint\s+program(?:me)?|JP|initiative)\b", re.I)
_WORKED_IN = re.compile(
    r"\b(?:(?:state|regional|local|provincial|subnational|district)\s+levels?\s+in|in\s+(?:the\s+)?"
    r"(?:\w+\s+)?(?:states|provinces|regions|districts|departments|municipalities)(?:\s+of)?)\s*\(?",
    re.I,
)


class PressReleaseLoader(DocumentReader):
    """Reads one press release."""

    def __init__(self, builder: Builder, doc: Document) -> None:
        super().__init__(builder, doc)
        self.programme = self.find_programme()
        self.event: str | None = None

    def find_programme(self) -> str | None:
        """The programme a release is about: the first known programme name in its first lines, else
        the one it announces (:mod:`gapgraph.loaders.discovery.programme`)."""
        for number in range(1, min(len(self.doc), 15) + 1):
            text = plain(self.doc.line(number)).replace("“", '"').replace("”", '"')
            for quoted in [*re.findall(r'"([^"]+)"', text), text]:
                for candidate in (quoted, re.split(r":\s", quoted)[0]):
                    node = self.b.resolve(candidate)
                    if node is not None and self.kg.is_a(node, "Programme"):
                        self.kg.add_node(node, "Programme", candidate, self.src(number))
                        return node
        return programme.discover(self.b, self.doc)

    def load(self) -> None:
        if self.programme is None:
            self.warn(1, "no known programme named in the first lines: only sentences read")
        for number, raw in enumerate(self.doc.lines, start=1):
            line = plain(raw)
            if not line:
                continue
            self.dateline(line, number)
            self.agencies(line, number)
            self.places_worked_in(line, number)
            attended = _ATTENDED_BY.search(line)
            if attended:
                self.speakers(attended.group("people"), number)
            bodies = _ATTENDED_EVENT.search(line)
            if bodies:
                self.attendees(bodies.group("bodies"), number)
        narrative.load(self.b, self.doc, self.programme)
        figures.load(self.b, self.doc, self.programme)

    def dateline(self, line: str, number: int) -> None:
        match = _DATELINE.match(line)
        if match is None or self.event is not None or self.programme is None:
            return
        date = parse_date(match.group("date").replace(",", " "))
        if date is None:
            return
        name = f"Presentation of the outcomes of {self.kg.node(self.programme)['name']}"
        self.event = node_iri("Event", short_id(self.programme).rsplit("/", 1)[-1], date)
        self.kg.add_node(self.event, "Event", name, self.src(number), attributes={"date": date})
        self.kg.add_edge(self.event, "partOf", self.programme, self.src(number))
        place = self.b.place(match.group("place"))
        if place is not None:
            self.kg.add_edge(self.event, "locatedIn", place, self.src(number))

    def places_worked_in(self, line: str, number: int) -> None:
        """The places a sentence about the programme says it worked in, each item a known place."""
        if self.programme is None:
            return
        for sentence in sentences(line):
            cue = _WORKED_IN.search(sentence)
            if cue is None or not _ABOUT_PROGRAMME.match(sentence.strip()):
                continue
            for item in re.split(r",\s*(?:and\s+)?|\s+and\s+", re.split(r"[.;:)]", sentence[cue.end() :])[0]):
                item = re.sub(r"^the\s+", "", item.strip(), flags=re.I)
                place = self.b.place(item) if item else None
                if place is None:
                    break  # the list ends at the first item that is not wholly a known place
                if not self.kg.is_a(place, "Country"):
                    self.kg.add_edge(self.programme, "locatedIn", place, self.src(number))

    def agencies(self, line: str, number: int) -> None:
        if self.programme is None:
            return
        implemented = _IMPLEMENTED.search(line)
        if implemented:
            for mention in self.b.mentions(implemented.group("agencies")):
                if self.kg.is_a(mention.node_id, "UNAgency"):
                    self.kg.add_edge(
                        mention.node_id, "participatesIn", self.programme, self.src(number), {"role": "implementing"}
                    )
        financed = _FINANCED.search(line)
        if financed:
            for mention in self.b.mentions(financed.group("funder")):
                self.kg.add_edge(
                    mention.node_id,
                    "funds",
                    self.programme,
                    self.src(number),
                    {"fundingKind": "fund-contribution"} if self.kg.is_a(mention.node_id, "Fund") else {},
                )

    def speakers(self, text: str, number: int) -> None:
        text = re.sub(r"^(?:and\s+)?a message from\s+", "", text)
        for part in re.split(r";\s*(?:and\s+)?(?:a message from\s+)?", text):
            name, _, position = part.partition(",")
            name, position = name.strip(), position.strip()
            if not name or not position or len(name.split()) > 6:
                continue
            source = self.src(number)
            person = node_iri("Person", name)
            self.kg.add_node(person, "Person", name, source, attributes={"jobTitle": position})
            if self.event is not None:
                self.kg.add_edge(person, "participatesIn", self.event, source)
            organisation = self.organisation_of(position)
            if organisation is not None:
                self.kg.add_edge(person, "memberOf", organisation, source, {"position": position})

    def organisation_of(self, position: str) -> str | None:
        """The organisation a position names ('UN Women Representative in Mexico' is UN Women)."""
        mentions = self.b.mentions(position)
        if mentions:
            return mentions[0].node_id
        if re.search(r"resident coordinator", position, re.I):
            return self.b.resolve("RCO")
        return None

    def attendees(self, text: str, number: int) -> None:
        source = self.src(number)
        items = [i.strip() for i in text.split(";")] if ";" in text else split_list(text)
        for item in items:
            embassies = _EMBASSIES.match(item)
            names = self.embassies(embassies.group("countries")) if embassies else [item]
            for name in names:
                for piece in re.split(r"\s+and the\s+(?=[A-Z])|\s+/\s+", name):
                    node = self.attendee(piece, source)
                    if node is not None and self.event is not None:
                        self.kg.add_edge(node, "participatesIn", self.event, source)

    def host(self) -> str | None:
        """The name of the release's country (from its manifest, cover or text), or None."""
        place = self.b.place(self.b.country) if self.b.country else None
        return self.kg.node(place)["name"] if place else None

    def embassies(self, countries: str) -> list[str]:
        """'Ireland, Sweden, ... and the Delegation of the European Union to X' -> one name each."""
        names = []
        host = self.host()
        for country in re.split(r",\s*(?:and\s+)?|\s+and\s+", countries):
            country = country.strip(" .")
            if not country:
                continue
            embassy = f"Embassy of {country} in {host}" if host else f"Embassy of {country}"
            names.append(country if re.match(r"(the )?delegation", country, re.I) else embassy)
        return names

    def attendee(self, text: str, source: Source) -> str | None:
        """The body one attendee entry names: known by any spelling, or part of a known one, or new."""
        name, acronyms = split_entry(re.sub(r"^the\s+", "", text.strip(" ."), flags=re.I))
        if not name:
            return None
        known = self.b.actor(name, source, aliases=acronyms)
        host = self.host()
        if known is None and host:
            short = re.sub(rf"\s+(?:to|in)\s+{re.escape(host)}$", "", name)
            known = self.b.actor(short, source, aliases=(name,)) if short != name else None
        if known is not None:
            return known
        mentions = self.b.mentions(name)
        nested = self.b.nested(name, mentions)
        if nested and nested[0][0].start == 0:  # "Executive Secretariat ... Office of the Ministry of Economy"
            part, whole = nested[0]
            self.kg.add_node(part.node_id, self.kg.node(part.node_id)["type"], name, source)
            self.kg.add_edge(part.node_id, "partOf", whole.node_id, source)
            return part.node_id
        whole = mentions[-1] if mentions and re.search(r"\bof\s+the\s*$", name[: mentions[-1].start]) else None
        if whole is not None and self.kg.is_a(whole.node_id, "GovernmentBody"):
            node = self.b.actor(name, source, new_type="GovernmentBody", aliases=acronyms)  # a unit of a ministry
            assert node is not None
            level = self.kg.value(whole.node_id, "level")
            if level and not self.kg.claims(node, "level"):
                self.kg.add_claim(node, "level", level, source)
            self.kg.add_edge(node, "partOf", whole.node_id, source)
            return node
        embassy = name.startswith("Embassy of ")
        return self.b.actor(name, source, new_type="Donor" if embassy else "Actor", aliases=acronyms)


@register(*KINDS)
def load(builder: Builder, doc: Document) -> None:
    """Load a press release."""
    PressReleaseLoader(builder, doc).load()
