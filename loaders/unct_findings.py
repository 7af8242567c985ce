"""What a results paragraph says a piece of work found and led to (the UN country team's results
reports write so, and any report may): read one paragraph (line) at a time, sentence by sentence.

- **a study defined by what it found**: "The UNS, through the Zero Harm initiative, conducted a study
  that identified the barriers to safety in the cocoa chain" is a ``KnowledgeProduct`` ("Study on
  the barriers to safety in the cocoa chain"), ``produces`` by the bodies the sentence names before
  its verb (the UN system read as the agencies of the block's closing line,
  :mod:`gapgraph.loaders.speakers`), ``partOf`` the programme the "through ..." aside names;
- **what was done in consequence**: a sentence opening "In consequence," / "As a result," /
  "Consequently," that names a policy or law: each product an earlier sentence of the paragraph
  names or defines ``contributesTo`` it.

The event such a paragraph says the study promoted ("the first tripartite dialogue of the cocoa
sector in Ashanti and Volta") is read by :mod:`gapgraph.loaders.discovery.placed_where`, and whom
"the foregoing will benefit" by :mod:`gapgraph.loaders.beneficiaries`, as in any document.

Every edge cites the paragraph's line (and, for a stand-in agency, its closing line).
"""

from __future__ import annotations

import re

from gapgraph.graph.ids import node_iri
from gapgraph.loaders import speakers
from gapgraph.loaders.builder import Builder
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
_CONSEQUENCE = re.compile(r"^(?:In consequence|As a (?:result|consequence)|Consequently|Thanks to (?:this|these))\b,?")


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
            for sentence in sentences(line):
                named = [m.node_id for m in self.b.mentions(sentence, THINGS)]
                study = self.study(sentence, source)
                if _CONSEQUENCE.match(sentence):
                    self.consequence(sentence, products, source)
                if study is not None:
                    named.append(study)
                products += [n for n in named if self.kg.is_a(n, "KnowledgeProduct") and n not in products]

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

    def consequence(self, sentence: str, products: list[str], source: Source) -> None:
        """What was adopted "in consequence": the paragraph's products led to it."""
        ends = self.kg.schema.relations["contributesTo"].range
        for mention in self.b.mentions(sentence, THINGS):
            if not self.kg.schema.fits(self.kg.node(mention.node_id)["type"], ends):
                continue
            for product in products:
                if product != mention.node_id:
                    self.kg.add_edge(product, "contributesTo", mention.node_id, source)


def load(builder: Builder, doc: Document) -> None:
    """Read what ``doc``'s paragraphs say their studies found and led to."""
    FindingsReader(builder, doc).load()
