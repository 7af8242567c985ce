"""The partnership section of Joint SDG Fund reports: who the programme worked with, typed and placed.

Final reports list partners under labels — "Federal government: ...", "Mexico City: ...", "State of
Jalisco: ...", "Civil Society and workers' unions: ...", "Academia: ...", "Private Sector: ...",
"International organizations: ...", "Donors: ..." — and annual reports write bullets. Each listed
entry is resolved (within the label's place, so Jalisco's "Secretary of Labor and Social
Protection" is STPS Jalisco) or created with the type, government level and place its label
implies; it ``participatesIn`` the programme, citing the line. Known actors named in the section's
sentences participate too, unless the line gives them a narrower role (a chamber the programme
gave technical assistance, an agency's regional office a course was developed with). A listed body
"that led a coordination mechanism in which the following institutions participated: ..." gives a
``Mechanism`` it ``leads`` and the others take part in (the place's mechanism of that name, when one
is known: "the round-table in each state, as a coordination mechanism").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gapgraph.graph.ids import node_iri, short_id
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.reader import DocumentReader
from gapgraph.loaders.sections import section, split_list
from gapgraph.loaders.text import plain, split_entry
from gapgraph.ontology.models import Source

_ENDS = (
    r"strategic meetings",
    r"additional funding",
    r"funding and financing",
    r"innovation, learning",
    r"strategic communications",
    r"[A-Z]\.\s",
    r"II\.",
)
_LABEL = re.compile(r"^\s*(?:-\s*)?([A-Z][A-Za-z' ,&]{2,60}?)\s*:\s*(.*)$")
_PURPOSE = re.compile(r"\s+for\s+(?:the|its|their)\s+[a-z][^A-Z]*$")
"""What a listed partner did, after its name: "Chancellor College for the training curriculum"."""
_RELATIVE = re.compile(r"^(?:whose|which|who|that|where)\b")
_TWO_NAMES = re.compile(r"^[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*\s+and\s+[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*$")
"""Two names of capitalised words joined by "and", neither with "of" or lower-case words."""
_MECHANISM = re.compile(
    r"^(?P<leader>.+?)\s+that led (?:an? |the )?(?P<mechanism>.+?) in which the following "
    r"(?:institutions|organizations|bodies) participated:\s*(?P<members>.+)$",
    re.I,
)


@dataclass(frozen=True)
class Category:
    """What a list label says of its entries."""

    cls: str
    level: str | None = None
    place: str | None = None


_CATEGORIES: tuple[tuple[str, Category], ...] = (
    (r"federal government|national government|central government", Category("GovernmentBody", "federal")),
    (r"civil society|workers'? unions|ngos?", Category("CivilSocietyOrganization")),
    (r"academia|academic", Category("AcademicInstitution")),
    (r"private sector|companies|business", Category("PrivateCompany")),
    (r"international organi[sz]ations?", Category("InternationalOrganization")),
    (r"donors?", Category("Donor")),
    (r"employers", Category("EmployerOrganization")),
    (r"unions?", Category("TradeUnion")),
)


class PartnersLoader(DocumentReader):
    """Reads one report's partnership section."""

    def __init__(self, builder: Builder, doc: Document, programme: str) -> None:
        super().__init__(builder, doc)
        self.programme = programme
        self.country = self._country()

    def _country(self) -> str | None:
        return next(iter(self.kg.out(self.programme, "locatedIn")), None)

    def load(self) -> None:
        span = section(self.doc.lines, r"partnerships", _ENDS)
        if span is None:
            return
        seen_lines: set[str] = set()
        for number in range(span[0], span[1] + 1):
            line = plain(self.doc.line(number))
            if not line or line in seen_lines:
                continue  # extracted text repeats paragraphs: read each once
            seen_lines.add(line)
            label = _LABEL.match(line)
            category = self.category(label.group(1), number) if label else None
            if label and category is not None:
                if label.group(2).strip():
                    self.entries(label.group(2), category, number)
            else:
                self.sentence_mentions(line, number)

    def category(self, label: str, number: int) -> Category | None:
        """The category of a list label: a kind of actor, or a place (its government bodies)."""
        text = label.lower().strip()
        for pattern, category in _CATEGORIES:
            if re.search(pattern, text):
                return category
        if re.search(r"local governments?", text):
            return Category("GovernmentBody", "state")
        place = self.place_named(label) or self.new_place(label, number)
        if place is not None:
            level = "municipal" if self.kg.is_a(place, "Municipality") else "state"
            return Category("GovernmentBody", level, place)
        return None

    def scope(self, category: Category) -> str | None:
        return short_id(category.place).rsplit("/", 1)[-1] if category.place else None

    def entries(self, text: str, category: Category, number: int) -> None:
        source = self.b.source(self.doc.id, number)
        mechanism = _MECHANISM.match(text)
        members: list[str] = []
        if mechanism:
            text = mechanism.group("leader")
            members = re.split(r"[.,;]\s*(?=[A-Z])", mechanism.group("members"))
        items = self.items(text, self.scope(category))
        nodes = [self.partner(item, category, source) for item in items]
        if mechanism and nodes:
            self.mechanism(mechanism.group("mechanism"), nodes[-1], members, category, source)

    def items(self, text: str, scope: str | None = None) -> list[str]:
        """List entries, repairing what extraction broke.

        A missing comma after a bracket is put back; a lone place ("State of México (STPS Mexico)")
        rejoins the entry it belongs to; an entry that is no known name is split at "and the" or
        ") and" ("the Senate Gender Equality Committee and the Senate Labor ... Committee"), or at
        "and" between two names of capitalised words only ("Airtel Malawi and TNM"). A leading "and",
        a purpose after the name ("Chancellor College for the training curriculum") and a relative
        clause after a comma (", whose platforms were used ...") are no part of an entry.
        """
        text = re.sub(r"\)\s+(?=[A-Z])", "), ", text)
        items: list[str] = []
        for item in split_list(text):
            item = _PURPOSE.sub("", re.sub(r"^and\s+", "", item))
            if not item or _RELATIVE.match(item):
                continue  # "..., whose mobile money platforms were used": what the entry before did
            name, _ = split_entry(item)
            if items and name != item and self.place_named(name):
                items[-1] = f"{items[-1]}, {item}"
            elif self.b.resolve(name, scope) is None and _TWO_NAMES.match(item):
                items.extend(p.strip() for p in item.split(" and "))  # "Airtel Malawi and TNM": two companies
            elif self.b.resolve(name, scope) is None:
                items.extend(p.strip() for p in re.split(r"\s+and the\s+(?=[A-Z])|(?<=\))\s+and\s+(?=[A-Z])", item))
            else:
                items.append(item)
        return items

    def new_place(self, label: str, number: int) -> str | None:
        """A state, department, province or region a label names that the registry does not know."""
        match = re.match(r"^(?:the\s+)?(?:state|department|province|region)\s+of\s+(?P<name>.+)$", label.strip(), re.I)
        if match is None:
            return None
        node = node_iri("State", match["name"], short_id(self.country or "").rsplit("/", 1)[-1])
        source = self.b.source(self.doc.id, number)
        if not self.kg.has_node(node):
            self.kg.add_node(node, "State", match["name"], source, aliases=[label.strip()])
            if self.country:
                self.kg.add_edge(node, "partOf", self.country, source)
        self.b.add_place_name(label.strip(), node)
        self.b.add_place_name(match["name"], node)
        return node

    def place_named(self, name: str) -> str | None:
        """The place a label or entry names ('State of Jalisco', 'Mexico City')."""
        return self.b.place(name) or self.b.place(re.sub(r"^(the )?state of ", "", name.strip(), flags=re.I))

    def partner(self, item: str, category: Category, source: Source) -> str:
        name, acronyms = split_entry(item)
        node = self.b.actor(name, source, scope=self.scope(category), new_type=category.cls, aliases=acronyms)
        assert node is not None
        for acronym in acronyms:
            self.kg.add_node(node, self.kg.node(node)["type"], acronym, source)
        self.describe(node, category, source)
        self.kg.add_edge(node, "participatesIn", self.programme, source)
        return node

    def describe(self, node: str, category: Category, source: Source) -> None:
        """Give a new body the level and place its label implies (a registry body keeps its own)."""
        data = self.kg.node(node)
        if self.kg.is_a(node, "GovernmentBody") and category.level and not data["attributes"].get("level"):
            municipal = re.match(r"(?:municipality|township|municipal|city council)\b", data["name"], re.I)
            self.kg.add_claim(node, "level", "municipal" if municipal else category.level, source)
        place = category.place or (self.country if category.level == "federal" else None)
        if place and not self.kg.out(node, "locatedIn"):
            self.kg.add_edge(node, "locatedIn", place, source)

    def mechanism(self, name: str, leader: str, members: list[str], category: Category, source: Source) -> None:
        place_name = self.kg.node(category.place)["name"] if category.place else ""
        label = f"{name[0].upper()}{name[1:]} ({place_name})" if place_name else name
        known = self.b.resolve(name, self.scope(category))  # the place's mechanism of that name, if the text names one
        node = known if known is not None and self.kg.is_a(known, "Mechanism") else node_iri("Mechanism", label)
        self.kg.add_node(node, "Mechanism", label, source)
        if category.place and category.place not in self.kg.out(node, "locatedIn"):
            self.kg.add_edge(node, "locatedIn", category.place, source)
        self.kg.add_edge(leader, "leads", node, source)
        for member in members:
            member = member.strip(" .")
            if not member:
                continue
            member_category = category
            if re.match(r"municipality|municipal", member, re.I):
                member_category = Category("GovernmentBody", "municipal", category.place)
            partner = self.partner(member, member_category, source)
            self.kg.add_edge(partner, "participatesIn", node, source)

    def sentence_mentions(self, line: str, number: int) -> None:
        """Known bodies a sentence of the section names take part; in "A of the B", A is part of B."""
        source = self.src(number)
        mentions = self.b.mentions(line, scope=self.b.place_in(line))
        containers = set()
        for part, whole in self.b.nested(line, mentions):
            self.kg.add_edge(part.node_id, "partOf", whole.node_id, source)
            containers.add(id(whole))
        named = [m.node_id for m in mentions if m.node_id != self.programme and id(m) not in containers]
        self.b.at_finish(lambda: self.take_part(named, source))

    def take_part(self, named: list[str], source: Source) -> None:
        """Each body a sentence of the section names ``participatesIn`` the programme, unless the same
        line gives it a narrower role (:data:`_NARROWER_ROLES`: "providing technical assistance ... to
        the Senate", "an alliance with A for the development of the course"): read once every
        document is loaded, when the other readers have read the line."""
        for node in named:
            if not self.narrower_role(node, source):
                self.kg.add_edge(node, "participatesIn", self.programme, source)

    def narrower_role(self, node: str, source: Source) -> bool:
        """The line is cited for another relation of the body: one it receives or one it has in a thing."""
        for relation, incoming in _NARROWER_ROLES:
            edges = self.kg.in_edges(node, relation) if incoming else self.kg.out_edges(node, relation)
            for *_, data in edges:
                if any(s.doc == source.doc and s.lines[0] <= source.lines[0] <= s.lines[1] for s in data["sources"]):
                    return True
        return False


_NARROWER_ROLES = (("providesTechnicalAssistanceTo", True), ("developedWith", True), ("adopts", False))
"""Roles a line gives a body that say what it did there, more than taking part in the programme:
it received technical assistance, helped make a thing, adopted a law."""


def load(builder: Builder, doc: Document, programme: str) -> None:
    """Load the partnership section of a report."""
    PartnersLoader(builder, doc, programme).load()
