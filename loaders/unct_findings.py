"""What a results paragraph says a piece of work found and led to (the UN country team's results
reports write so, and any report may): read one paragraph (line) at a time, sentence by sentence.

- **a study defined by what it found**: "The UNS, through the Zero Harm initiative, conducted a study
  that identified the barriers to safety in the cocoa chain" is a ``KnowledgeProduct`` ("Study on
  the barriers to safety in the cocoa chain"), ``produces`` by the bodies the sentence names before
  its verb (the UN system read as the agencies of the block's closing line,
  :mod:`gapgraph.loaders.speakers`), ``partOf`` the programme the "through ..." aside names;
- **an event held in places**: "Study results promoted the first tripartite dialogue of the cocoa
  sector in the producing regions of Ashanti and Volta, and in Accra" is an ``Event`` (named up to
  its places) ``locatedIn`` each known place of the document's country the sentence lists after
  "in" (an unknown word in the list is passed over, not an end of it);
- **what was done in consequence**: a sentence opening "In consequence," / "As a result," /
  "Consequently," that names a policy or law: each product an earlier sentence of the paragraph
  names or defines ``contributesTo`` it;
- **whom it will benefit**: "The foregoing will favourably impact the conditions of some 90,000
  growers and porters in the cocoa chain in Ghana": a ``TargetGroup`` (the words after the count,
  the country dropped) that the thing the previous sentence names last (a policy, a law, a pilot,
  a product) ``targets``.

Every edge cites the paragraph's line (and, for a stand-in agency, its closing line).
"""

from __future__ import annotations

import re

from gapgraph.graph.ids import node_iri
from gapgraph.loaders import speakers
from gapgraph.loaders.builder import Builder, Mention
from gapgraph.loaders.discovery.lines import plain_lines
from gapgraph.loaders.document import Document
from gapgraph.loaders.sections import sentences
from gapgraph.ontology.models import Source

THINGS = ("law", "policy", "pilot", "mechanism", "campaign", "product")

_STUDY = re.compile(
    r"\b(?P<verb>conducted|carried out|undertook|developed|prepared|produced|published|launched|elaborated)\s+"
    r"(?:an?|the)\s+(?P<qualifier>(?-i:[a-z]+(?:al|ic|ive|ory|ary)\s+))?"
    r"(?P<kind>study|diagnostic|diagnosis|assessment|analysis|survey|mapping|review)\s+"
    r"(?:that|which)\s+(?:identified|analy[sz]ed|examined|assessed|explored|documented|mapped|estimated|"
    r"revealed|described|measured|evaluated)\s+(?P<topic>[^.;]{6,160}?)\s*(?=[.;]|$)",
    re.I,
)
"""A product defined by what it found: "conducted a study that identified the barriers to ..."."""
_THROUGH = re.compile(r"\bthrough\s+(?:the\s+)?(?P<what>[^,]{3,80}),")
_EVENT = re.compile(
    r"\b(?:promoted|held|organi[sz]ed|convened|hosted|led to|gave rise to|enabled)\s+(?:the\s+|an?\s+)?"
    r"(?P<name>(?:(?:first|second|third|fourth|fifth|1st|2nd|3rd|\d+th)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:dialogue|forum|round-?table|roundtable|meeting|conference|summit|encounter|congress|workshop)s?"
    r"\s+(?:of|on|for|between|with)\s+[^,.;]{3,100}?)"
    r"(?=\s+in\s+(?:the\s+)?(?:[\w-]+\s+)?(?:states?|regions?|provinces?|districts?|departments?|municipalit(?:y|ies)|"
    r"cities)\s+of\b|\s+in\s+(?-i:[A-Z]))",
    re.I,
)
"""An event a sentence says was held (or promoted) in places: its name runs up to those places."""
_IN_PLACES = re.compile(
    r"\bin\s+(?:the\s+)?(?:[\w-]+\s+)?(?:(?:states?|regions?|provinces?|districts?|departments?|"
    r"municipalit(?:y|ies)|cities)\s+of\s+)?(?=[A-Z])"
)
_LIST_LINK = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_UNKNOWN_ITEM = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")
_CONSEQUENCE = re.compile(r"^(?:In consequence|As a (?:result|consequence)|Consequently|Thanks to (?:this|these))\b,?")
_BENEFIT = re.compile(
    r"^(?:The foregoing|This|These|It|They|Th(?:is|ese)\s+(?:measures?|guidelines|actions?|changes?|policy|polic"
    r"ies|reforms?))\s+(?:will|would|is expected to|are expected to|could)\s+(?:\w+ly\s+)?"
    r"(?:impact|benefit|improve|reach|protect)\b[^.;]*?\b(?:some|about|around|approximately|nearly|over|more than|"
    r"up to)?\s*(?P<count>\d[\d,.]*(?:\s+(?:million|thousand))?)\s+(?P<group>[a-z][^.;]{3,120}?)\s*[.;]?\s*$"
)
"""Whom the thing just named will benefit: "The foregoing will favourably impact ... some 9,000 growers"."""


def _places(builder: Builder, text: str) -> list[Mention]:
    """The known places of the document's country that ``text`` lists after each "in" ("in the
    regions of A, B, and C, which ..., and in D"); an unknown capitalised item does not end a list."""
    found: list[Mention] = []
    for opening in _IN_PLACES.finditer(text):
        rest = text[opening.end() :]
        at = 0
        while True:
            mention = next(iter(builder.mentions(rest[at : at + 120], "place")), None)
            if mention is not None and mention.start == 0:
                key = mention.node_id.rsplit("/", 1)[-1]
                if key != builder.country and (builder.country is None or builder.country in builder.within(key)):
                    found.append(mention)
                at += mention.end
            else:
                unknown = _UNKNOWN_ITEM.match(rest[at:])
                if unknown is None:
                    break
                at += unknown.end()
            link = _LIST_LINK.match(rest[at:])
            if link is None:
                break
            at += link.end()
    return list({m.node_id: m for m in found}.values())


class FindingsReader:
    """Reads the paragraphs of one document."""

    def __init__(self, builder: Builder, doc: Document) -> None:
        self.b = builder
        self.kg = builder.kg
        self.doc = doc

    def load(self) -> None:
        for number, (raw, line) in enumerate(zip(self.doc.lines, plain_lines(self.doc), strict=True), start=1):
            if not line or "\t" in raw:
                continue
            source = self.b.source(self.doc.id, number)
            products: list[str] = []
            last: str | None = None
            for sentence in sentences(line):
                named = [m.node_id for m in self.b.mentions(sentence, THINGS)]
                study = self.study(sentence, source)
                self.event(sentence, source)
                if _CONSEQUENCE.match(sentence):
                    self.consequence(sentence, products, source)
                benefit = _BENEFIT.match(sentence)
                if benefit is not None and last is not None:
                    self.beneficiaries(last, benefit, source)
                if study is not None:
                    named.append(study)
                products += [n for n in named if self.kg.is_a(n, "KnowledgeProduct") and n not in products]
                last = named[-1] if named else None

    def study(self, sentence: str, source: Source) -> str | None:
        """A study "that identified Y": the study on Y, made by who conducted it."""
        match = _STUDY.search(sentence)
        if match is None:
            return None
        kind = (match["qualifier"] or "").strip()
        kind = f"{kind.capitalize()} {match['kind'].lower()}" if kind else match["kind"].capitalize()
        name = f"{kind} on {match['topic'].strip()}"
        node = self.b.resolve(name) or node_iri("KnowledgeProduct", name, self.b.country or "")
        self.kg.add_node(node, "KnowledgeProduct", name, source)
        self.b.register(node, name, self.b.country)
        before = sentence[: match.start("verb")]
        through = _THROUGH.search(before)
        for mention in self.b.mentions(before):
            if through is not None and through.start("what") <= mention.start < through.end("what"):
                continue
            if self.kg.is_a(mention.node_id, "Place"):
                continue
            makers = speakers.stand_ins(self.b, mention.node_id, source) or [(mention.node_id, source)]
            for maker, cited in makers:
                self.kg.add_edge(maker, "produces", node, cited)
        if through is not None:
            for mention in self.b.mentions(through["what"], ("programme",)):
                self.kg.add_edge(node, "partOf", mention.node_id, source)
        return node

    def event(self, sentence: str, source: Source) -> None:
        """An event "promoted ... in the regions of A and B", placed in each."""
        match = _EVENT.search(sentence)
        if match is None:
            return
        name, rest = match["name"].strip(), sentence[match.end("name") :]
        country = re.match(r"\s+in\s+(?:the\s+)?(?P<place>[A-Z][\w]+(?:\s+[A-Z][\w]+)*)", rest)
        place = self.b.place(country["place"]) if country is not None else None
        if country is not None and place is not None and self.kg.is_a(place, "Country"):
            name, rest = name + country.group(0), rest[country.end() :]  # "... of the sector in Ghana"
        places = _places(self.b, rest)
        if not places:
            return
        name = name[0].upper() + name[1:]
        node = self.b.resolve(name) or node_iri("Event", name, self.b.country or "")
        if not self.kg.has_node(node) or self.kg.is_a(node, "Event"):
            self.kg.add_node(node, "Event", name, source)
            self.b.register(node, name, self.b.country)
            for place in places:
                self.kg.add_edge(node, "locatedIn", place.node_id, source)

    def consequence(self, sentence: str, products: list[str], source: Source) -> None:
        """What was adopted "in consequence": the paragraph's products led to it."""
        ends = self.kg.schema.relations["contributesTo"].range
        for mention in self.b.mentions(sentence, THINGS):
            if not self.kg.schema.fits(self.kg.node(mention.node_id)["type"], ends):
                continue
            for product in products:
                if product != mention.node_id:
                    self.kg.add_edge(product, "contributesTo", mention.node_id, source)

    def beneficiaries(self, thing: str, benefit: re.Match[str], source: Source) -> None:
        """Whom "the foregoing will benefit": the thing just named targets them."""
        if not self.kg.schema.fits(self.kg.node(thing)["type"], self.kg.schema.relations["targets"].domain):
            return
        group = benefit["group"].strip(" ,")
        tail = re.search(r"\s+in\s+(?:the\s+)?(?P<place>[A-Z][\w ]+)$", group)
        if tail is not None:
            place = self.b.place(tail["place"])
            if place is not None and self.kg.is_a(place, "Country"):
                group = group[: tail.start()]
        node = node_iri("TargetGroup", group.lower())
        self.kg.add_node(node, "TargetGroup", group, source)
        self.kg.add_edge(thing, "targets", node, source)


def load(builder: Builder, doc: Document) -> None:
    """Read what ``doc``'s paragraphs say their studies found and led to."""
    FindingsReader(builder, doc).load()
