"""The strategic-documents annex of Joint SDG Fund reports: the programme's knowledge products.

Tables whose header starts "Title of the document" and names the date it was finalised, inside the
"Annex 2" section. A table under a heading that says the programme "provided contribution" lists
products the programme contributed to; the others it produced. Where a description column says a
product was "presented to" or made "in collaboration with" / "with the support of" known bodies,
those become ``presentedTo`` / ``developedWith`` edges; so does a title that ends with the bodies
it was made with ("Study on paid care together with the Ministry of Labour": the product is the
"Study on paid care", the whole title an alias of it). Where a column asks for the groups a
document focuses on ("Focus on other group/s (List the group/s)"), the product ``targets`` each group
it lists (a ``TargetGroup`` named as written, a stray letter of the extraction dropped: "Domestic s
workers").

The same product in two reports is one node: titles are matched in normal form, and a title that
only adds "and policy brief" is the same product.
"""

from __future__ import annotations

import re

from gapgraph.graph.ids import node_iri
from gapgraph.graph.resolve import normalise
from gapgraph.loaders import attribution, chain
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.reader import DocumentReader
from gapgraph.loaders.sections import find_line, sentences
from gapgraph.loaders.text import MONTHS, cells, plain

_TITLE_HEADER = re.compile(r"^\s*title of the document\s*$", re.I)
_CONTRIBUTED = re.compile(r"provided contribution|contributed to|for which (the )?JP", re.I)
_PRESENTED = re.compile(r"presented to (.+?)(?:\.|;|$)", re.I)
_GROUPS_HEADER = re.compile(r"\bgroup/?s?\b.*\blist\b|\blist\b.*\bgroups?\b", re.I)
"""A column that lists the groups a document focuses on."""
_NO_GROUP = re.compile(r"^(?:yes|no|n/?a|none|-+|)$", re.I)
_WITH = re.compile(
    r"(?:in collaboration with|with the support of|together with|jointly with|made with)\s+(.+?)(?:\.|;|$)", re.I
)


_TITLE_WITH = re.compile(r"^(?P<title>.{12,}?)\s+(?P<with>(?:together|jointly|in collaboration) with\s+.+)$", re.I)
"""A title that names the bodies the document was made with at its end."""


_LEAD_BY = re.compile(r"^\s*(?:(?:developed|conducted|prepared|produced|written|led|elaborated|drafted)\s+by\s+)", re.I)
_PARTNERS = re.compile(r"^\s*,?\s*(?:together\s+|jointly\s+|in collaboration\s+)?with\s+(?P<partners>[^;.]+)", re.I)
_MONEY = re.compile(r"^\s*(?:funding|funds|financing|financial|resources|grant)\b", re.I)
"""A "with" that gives money, not a partner ("with UNDP funding and supervision")."""


def product_key(title: str) -> str:
    """The normal form a product's title is matched by."""
    return normalise(re.sub(r"\s+and\s+policy\s+brief\s*$", "", plain(title), flags=re.I))


_OTHER_TITLE = re.compile(r"^.{20,}?\s*\((?P<other>[A-Z][^()]*(?:\s+[^()\s]+){4,})\)\s*$")


def other_title(title: str) -> str | None:
    """The second title a row gives in brackets after the first (the product's working title), if any;
    a bracket of a few words ("(0-5 years old)", "(SERP)") is part of the title.

    >>> other_title("Herders' livelihoods in Mokhotlong (Diagnostic on herders' access to social security)")
    "Diagnostic on herders' access to social security"
    >>> other_title("Costs of a child care system (0-5 years old)") is None
    True
    """
    match = _OTHER_TITLE.match(plain(title))
    return match["other"].strip() if match else None


def finalised(text: str) -> str | None:
    """The month a product was finalised, as ISO 8601; two months ("November and December 2020",
    "Nov 2020 - Jan 2021") give the interval between them, as printed, so another document's single
    month stays a value of its own.

    >>> finalised("November and December 2020"), finalised("March 2020"), finalised("07/20")
    ('2020-11/2020-12', '2020-03', '2020-07')
    >>> finalised("November 2020 - January 2021")
    '2020-11/2021-01'
    """
    text = plain(text).lower()
    years = re.findall(r"\b(?:19|20)\d{2}\b", text)
    months = [MONTHS[w] for w in re.findall(r"[a-z]+", text) if w in MONTHS]
    if years and months:
        first = f"{years[0]}-{months[0]:02d}"
        last = f"{years[-1]}-{months[-1]:02d}"
        return first if first >= last else f"{first}/{last}"
    numeric = re.fullmatch(r"\s*(\d{1,2})\s*/\s*(\d{4}|\d{2})\s*", text)
    if numeric and 1 <= int(numeric.group(1)) <= 12:
        year = numeric.group(2) if len(numeric.group(2)) == 4 else f"20{numeric.group(2)}"
        return f"{year}-{int(numeric.group(1)):02d}"
    return years[-1] if years else None


class AnnexLoader(DocumentReader):
    """Reads the knowledge products of one report's strategic-documents annex."""

    def __init__(self, builder: Builder, doc: Document, programme: str) -> None:
        super().__init__(builder, doc)
        self.programme = programme
        self.groups: int | None = None
        """The column of the table being read that lists the groups its documents focus on."""
        self.dated = 1
        """The column of the table being read that gives the date each document was finalised (the
        second in the template; other reports put a description first)."""

    def load(self) -> None:
        start = find_line(self.doc.lines, r"^\s*annex\s+2\b")
        if start is None:
            return
        end = find_line(self.doc.lines, r"^\s*annex\s+3\b", start + 1) or len(self.doc) + 1
        role = "produced"
        number = start
        while number < end:
            line = self.doc.line(number)
            header = cells(line)
            if "\t" not in line and _CONTRIBUTED.search(plain(line)):
                role = "contributed"
            elif "\t" not in line and re.search(r"developed or adapted by|produced by", plain(line), re.I):
                role = "produced"
            dated = next((i for i, c in enumerate(header) if i and re.search(r"\bdate\b", c, re.I)), None)
            if _TITLE_HEADER.match(header[0]) and dated is not None:
                description = next((i for i, c in enumerate(header) if "description" in c.lower()), None)
                self.groups = next((i for i, c in enumerate(header) if _GROUPS_HEADER.search(c)), None)
                self.dated = dated
                number = self.read_table(number, end, role, description)
                continue
            number += 1

    def read_table(self, header_line: int, end: int, role: str, description: int | None) -> int:
        number = header_line + 1
        while number < end:
            raw = self.doc.line(number)
            if not raw.strip():
                number += 1
                continue
            if "\t" not in raw:
                return number
            row = cells(raw)
            if row[0] and not all(re.fullmatch(r"-*", c) for c in row):
                self.product(
                    number, row, role, row[description] if description is not None and description < len(row) else ""
                )
            number += 1
        return number

    def product(self, number: int, row: list[str], role: str, description: str) -> None:
        """One row: a knowledge product, or a registry item (a law, a strategy) the annex lists."""
        title, makers = self.makers_in_title(row[0])
        source = self.b.source(self.doc.id, number)
        known = self.b.resolve(title)
        if known is not None and not self.kg.is_a(known, "KnowledgeProduct"):
            node = known
            self.kg.add_node(node, self.kg.node(node)["type"], title, source)
        else:
            node = self.find(title) or self.find(row[0]) or known or node_iri("KnowledgeProduct", title)
            self.b.index(f"products of {self.programme}")[product_key(title)] = node
            printed = row[self.dated] if self.dated < len(row) else ""
            date = finalised(printed) if printed else None
            if printed and date is None:
                self.warn(number, f"unreadable date {printed!r} for {title[:40]!r}")
            self.kg.add_node(node, "KnowledgeProduct", title, source, attributes={"date": date})
            if self.b.resolve(title) is None:
                self.b.register(node, title)
            if title != row[0]:
                self.kg.add_node(node, "KnowledgeProduct", row[0], source)
                self.b.index(f"products of {self.programme}")[product_key(row[0])] = node
                if self.b.resolve(row[0]) is None:
                    self.b.register(node, row[0])
            other = other_title(title)
            if other is not None:
                self.kg.add_node(node, "KnowledgeProduct", other, source)
                if self.b.resolve(other) is None:
                    self.b.register(node, other)
        cls = self.kg.node(node)["type"]
        if self.kg.schema.fits(cls, self.kg.schema.relations["produces"].range):
            self.kg.add_edge(self.programme, "produces", node, source, {"productRole": role})
        else:
            self.kg.add_edge(self.programme, "contributesTo", node, source)
        lead, partners = self.lead_and_partners(description)
        for maker in [*makers, *partners]:
            if maker != node and maker not in lead:
                self.kg.add_edge(node, "developedWith", maker, source)
        if self.kg.schema.fits(cls, self.kg.schema.relations["produces"].range):
            for maker in lead:
                self.kg.add_edge(maker, "produces", node, source, {"productRole": role})
        for pattern, relation in ((_PRESENTED, "presentedTo"), (_WITH, "developedWith")):
            for match in pattern.finditer(description):
                for mention in self.b.mentions(match.group(1)):
                    self.kg.add_edge(node, relation, mention.node_id, source)
        if self.groups is not None and self.groups < len(row):
            self.target_groups(node, row[self.groups], source)
        if description:
            attribution.read_row(self.b, self.doc, number, description, node)
            for sentence in sentences(plain(description)):
                chain.row_contribution(self.b, sentence, node, source)
        attribution.issued(self.b, self.doc, number, title, node)

    def lead_and_partners(self, description: str) -> tuple[list[str], list[str]]:
        """Who a description cell that opens with its maker names: the lead, then the partners "with"
        it ("ILO with the Ministry of Labour and the NSSF", "Conducted by the University, commissioned
        by ILO": the university); nobody for a cell that opens otherwise ("This document was ...").

        The partners end at the first ";" or at a word of money ("with UNDP funding" is no partner).
        """
        text = plain(description)
        opening = _LEAD_BY.match(text)
        start = opening.end() if opening else 0
        actors = [m for m in self.b.mentions(text) if self.kg.is_a(m.node_id, "Actor")]
        first = next((m for m in actors if m.start >= start), None)
        if first is None or text[start : first.start].strip().lower() not in ("", "the"):
            return [], []
        partners: list[str] = []
        rest = _PARTNERS.match(text[first.end :])
        if rest is not None:
            offset = first.end + rest.start("partners")
            for mention in self.b.mentions(rest["partners"]):
                if self.kg.is_a(mention.node_id, "Actor") and not _MONEY.match(text[offset + mention.end :]):
                    partners.append(mention.node_id)
        return [first.node_id], partners

    def makers_in_title(self, title: str) -> tuple[str, list[str]]:
        """A title that ends "together with" / "jointly with" / "in collaboration with" known actors:
        the title before it and those actors; else the title and no one.

        Only actors count: "... together with its policy brief" is part of the title.
        """
        match = _TITLE_WITH.match(plain(title))
        if match is None:
            return title, []
        actors = [m.node_id for m in self.b.mentions(match["with"]) if self.kg.is_a(m.node_id, "Actor")]
        return (match["title"].strip(" ,"), actors) if actors else (title, [])

    def target_groups(self, node: str, cell: str, source) -> None:
        """The groups a row's focus column lists: the product ``targets`` each."""
        if not self.kg.schema.fits(self.kg.node(node)["type"], self.kg.schema.relations["targets"].domain):
            return
        for item in re.split(r"\s*(?:[,;/]|\band\b)\s*", plain(cell)):
            name = " ".join(w for w in item.split() if len(w) > 1 or w.lower() == "a").strip(" .")
            if _NO_GROUP.match(name) or not 2 < len(name) < 80:
                continue
            group = node_iri("TargetGroup", name.lower())
            self.kg.add_node(group, "TargetGroup", name[0].lower() + name[1:], source)
            self.kg.add_edge(node, "targets", group, source)

    def find(self, title: str) -> str | None:
        """A product of this programme with the same title in normal form.

        Only exact normal forms match: titles that differ by a place or an age range ("in Maseru",
        "(0-5 years old)") are different products.
        """
        return self.b.index(f"products of {self.programme}").get(product_key(title))


def load(builder: Builder, doc: Document, programme: str) -> None:
    """Load the knowledge products of a report's annex, and the media items of its communication
    tables that name their maker (:mod:`gapgraph.loaders.jsdgf.media`)."""
    from gapgraph.loaders.jsdgf import media  # media reads dates as this module does

    AnnexLoader(builder, doc, programme).load()
    media.load(builder, doc, programme)
