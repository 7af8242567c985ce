"""The framing sections of a Joint SDG Fund report: where the programme works, what it is aligned
with, and the Fund's own global results.

- **Focus places**: "with a special focus in the states of A, B and C", "in five states (A, B, C)":
  the programme ``locatedIn`` each place listed (a listed name that is the country's own, in a list
  of states, is the state of that name when one is known: "State of <name>"). Only where the clause
  names the programme ("The JP has positioned an agenda in five states (...)"): "strategies for
  workers in the states of A and B" places the strategies, not the programme. The list is read item
  by item, each item wholly a known place, up to the first that is not.
- **Alignment**: a sentence saying the programme is "aligned to / with", "in alignment with",
  "responded to the outcomes agreed on", or "based on ... recommendations included in" names laws,
  conventions, recommendations, policies, programmes (the Cooperation Framework) or outcomes: the
  programme ``alignedWith`` each (linked at the end of the build, when every document is loaded).
- **Target groups**: "the target population of the JP (A and B)", and the labelled bullets of a
  "target groups" / "vulnerable groups" section ("Women: ...", "X comprise another ... group"): the
  programme ``targets`` each, a ``TargetGroup`` named as written.
- **The Fund's global results** ("Global Outcome 1: ...", "Global Output 3: ..."): an outcome or
  output node of the Fund, never the programme's "Outcome 1", with the indicator rows of the table
  under it ("1.1: Number of ... <tab> target <tab> result <tab> reasons") as indicators that
  ``measures`` it and observations of the final target and result.

>>> bool(_FOCUS.search("with a special focus in the districts of Maseru and Leribe"))
True
>>> _GLOBAL.match("Global Outcome 1: Integrated policies implemented").group("kind", "number")
('Outcome', '1')
"""

from __future__ import annotations

import re

from gapgraph.graph.ids import node_iri
from gapgraph.graph.resolve import normalise
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.observations import add_observation, node_key
from gapgraph.loaders.reader import DocumentReader
from gapgraph.loaders.sections import sentences
from gapgraph.loaders.text import cells, plain
from gapgraph.ontology.models import Source

_FOCUS = re.compile(
    r"\b(?:focus(?:es|ed)? (?:in|on)|in|across)\s+(?:the\s+)?(?:\w+\s+){0,2}"
    r"(?:states|provinces|regions|districts|municipalities)(?:\s+of|,|:)?\s*\(?",
    re.I,
)
_LIST_END = re.compile(r"[).;:]|\s(?:by|based|where|with|to|that|which|who|for|through|in)\b")
_LIST_SEP = re.compile(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
_PROGRAMME = re.compile(r"\b(?:JP|joint\s+program(?:me)?|program(?:me)?)\b", re.I)
_ALIGNED = re.compile(
    r"\b(?:aligned (?:to|with)|aligns (?:to|with)|(?:in|the) alignment with|responded to the outcomes agreed on"
    r"|based on [^.]*?recommendations? included in)\b",
    re.I,
)
_ALIGNMENT_HEADING = re.compile(r"^(?:[\dIVX.]+\s+)?alignment(?:\s+with\b.{0,80})?\s*:?\s*$", re.I)
"""A section of alignment statements ("Alignment", "Alignment with national priorities")."""
_TARGET_POPULATION = re.compile(
    r"\btarget (?:population|groups?) of the (?:JP|programme|program|joint programme|joint program)"
    r"\s*\((?P<groups>[^)]+)\)",
    re.I,
)
_GROUPS_HEADING = re.compile(
    r"^(?:directly influenced )?(?:target groups|vulnerable groups)|\bvulnerable groups\s*$", re.I
)
_GROUP_LABEL = re.compile(r"^(?P<group>[A-Z][^:.]{2,90}?):\s+\S")
_GROUP_SENTENCE = re.compile(r"^(?P<group>[A-Z][^.:]{2,80}?) comprises? (?:another|a|the)\b[^.]*\bgroup\b")
_GLOBAL = re.compile(r"^\s*Global\s+(?P<kind>Outcome|Output)\s+(?P<number>\d+)\s*:\s*(?P<statement>.+?)\s*$")
_INDICATOR = re.compile(r"^\s*(?P<code>\d+\.\d+)\s*:?\s+(?P<statement>\D.+?)\s*$")
_ALIGNED_GROUPS = ("law", "policy", "programme", "outcome")
_RESULTS_GROUPS = re.compile(r"\bresults?\s+groups?\s+(?P<items>1\)\s*[^.;]+)", re.I)
_RG_NAME = re.compile(r"^results?\s+group\b", re.I)
_MINOR = frozenset(("of", "the", "for", "and", "on", "in", "to", "a"))


_A_VERB = re.compile(r"\b(?:is|are|was|were|will|has|have|had|can|could|should|would|includes|represents?)\b", re.I)
_GROUP_END = re.compile(
    r",|\s\(|\s+(?:including|such as|especially|particularly|in the|of the|from|with(?!\s+disabilit)|who|that)\s", re.I
)
"""Where a group's name ends: not inside "persons with disabilities"."""
_COUNT_LABEL = re.compile(r"^(?:(?:estimated|total|approximate)\s+)?number\b|^estimated\b", re.I)
"""A template's count label ("Estimated number of individuals reached in 2020: ..."): no group."""


def named_groups(bullet: str) -> list[str]:
    """The groups a bullet names without a sentence: its words up to a comma, a bracket or a
    qualifying phrase, split at "and" where both sides end with the same noun; a bullet whose head
    (before its first preposition) ends with no word for people names none ("Articulation with ...").

    >>> named_groups("Home-based workers and own-account workers in the two focus provinces")
    ['Home-based workers', 'own-account workers']
    >>> named_groups("Pregnant women and mothers of children under two in informal employment")
    ['Pregnant women and mothers of children under two in informal employment']
    >>> named_groups("Provincial and national officials of the Ministry of Labour and the NSSF")
    ['Provincial and national officials']
    >>> named_groups("Accompaniment to local governments in the design of strategies")
    []
    >>> named_groups("persons with disabilities, and older persons caring for children")
    ['persons with disabilities']
    """
    end = _GROUP_END.search(bullet)
    name = (bullet[: end.start()] if end else bullet).strip(" .;:")
    words = name.split()
    head = re.split(r"\s+(?:of|in|under|with|from|for|to|at|on)\s+", name, maxsplit=1)[0].split()
    if not 1 <= len(words) <= 12 or not head or not _for_people(head[-1]):
        return []
    first, _, second = name.partition(" and ")
    if second and first.split()[-1].lower() == second.split()[-1].lower():
        return [first.strip(), second.strip()]
    return [name]


_PEOPLE = frozenset(
    w.rstrip("s")
    for w in [
        "workers",
        "women",
        "men",
        "girls",
        "boys",
        "children",
        "youth",
        "persons",
        "people",
        "vendors",
        "officials",
        "mothers",
        "fathers",
        "migrants",
        "farmers",
        "households",
        "communities",
        "employers",
        "staff",
        "caregivers",
        "carers",
        "elderly",
        "adolescents",
        "survivors",
        "refugees",
        "producers",
        "entrepreneurs",
        "laborers",
        "labourers",
        "servants",
        "inspectors",
        "teachers",
        "students",
        "families",
    ]
)
"""Words for people a group's head ends with (singular or plural)."""


def _for_people(word: str) -> bool:
    """Whether a head word names people: a word of :data:`_PEOPLE`, or a plural agent noun
    ("herders", "pensioners", "vendors", "beneficiaries" aside: "-ers", "-ors", "-ists", "-ants")."""
    word = word.lower()
    return word.rstrip("s") in _PEOPLE or re.search(r"(?:er|or|ist|ant)s$", word) is not None


class FramingReader(DocumentReader):
    """Reads the focus places, the alignment and the Fund's global results of one report."""

    def __init__(self, builder: Builder, doc: Document, programme: str) -> None:
        super().__init__(builder, doc)
        self.programme = programme

    def load(self) -> None:
        result: str | None = None
        groups = aligning = False
        for number, raw in enumerate(self.doc.lines, start=1):
            line = plain(raw)
            if line and "\t" not in raw and not line.startswith(("-", "•")):
                groups = bool(_GROUPS_HEADING.search(line)) or (groups and not len(line) < 100)
                aligning = bool(_ALIGNMENT_HEADING.match(line)) or (aligning and not len(line) < 100)
            elif groups and line.startswith(("-", "•")):
                self.group_bullet(line.lstrip("-• "), number)
            elif aligning and line.startswith(("-", "•")) and not _ALIGNED.search(line):
                bullet, src = line.lstrip("-• "), self.src(number)
                self.b.at_finish(lambda text=bullet, at=src: self.aligned_in(text, at))
            glob = _GLOBAL.match(line) if "\t" not in raw else None
            if glob:
                result = self.global_result(glob.group("kind"), glob.group("number"), glob.group("statement"), number)
                continue
            if "\t" in raw:
                if result is not None:
                    self.indicator_row(result, cells(raw), number)
                continue
            if line and result is not None and not line.startswith(("<", "¹", "²")) and len(line) < 90:
                result = None if not line.lower().startswith(("outcome indicators", "output indicators")) else result
            for sentence in sentences(line.lstrip("-•⇒ ")):
                source = self.src(number)
                self.focus(sentence, source)
                if _ALIGNED.search(sentence):
                    self.b.at_finish(lambda s=sentence, src=source: self.alignment(s, src))
            if "*" in raw and "\t" not in raw:
                self.quoted_results(raw, number)

    def target_group(self, name: str, source: Source) -> None:
        """A ``TargetGroup`` the programme targets; "Human rights defenders (specifically NGOs ...)"
        is named without its bracket, kept as an alias."""
        name = " ".join(name.split()).strip(" ,.*")
        short = re.sub(r"\s*\([^()]*\)$", "", name)
        if 2 < len(short) < 100:
            node = node_iri("TargetGroup", short)
            self.kg.add_node(node, "TargetGroup", short, source, aliases=[name] if short != name else ())
            self.kg.add_edge(self.programme, "targets", node, source)

    def group_bullet(self, line: str, number: int) -> None:
        """ "Women: As a cross-cutting group ...", "Indigenous people ... comprise another ... group", or a
        bullet that only names groups ("Street and market vendors, including mobile food vendors";
        "Home-based workers and own-account workers in the two focus provinces": two groups)."""
        match = _GROUP_LABEL.match(line) or _GROUP_SENTENCE.match(line)
        if match and _COUNT_LABEL.match(match.group("group")):
            return
        if match and not re.match(r"(?:the|this|these|our|in|by|through)\b", match.group("group"), re.I):
            self.target_group(match.group("group"), self.src(number))
            return
        if match is None and not _A_VERB.search(line):
            for group in named_groups(line):
                self.target_group(group, self.src(number))

    def focus(self, sentence: str, source: Source) -> None:
        population = _TARGET_POPULATION.search(sentence)
        if population:
            for group in re.split(r",\s*|\s+and\s+", population.group("groups")):
                self.target_group(group, source)
        for match in _FOCUS.finditer(sentence):
            if not self.programme_clause(sentence[: match.start()]):
                continue  # "strategies for workers in the states of A and B": the strategies' places
            listed = self.listed_places(sentence[match.end() : match.end() + 200])
            for node in listed:
                if self.kg.is_a(node, "Country") and len(listed) > 1:
                    node = self.b.place(f"State of {self.kg.node(node)['name']}") or node
                    if self.kg.is_a(node, "Country"):
                        continue
                self.kg.add_edge(self.programme, "locatedIn", node, source)

    def programme_clause(self, before: str) -> bool:
        """The clause before "in the states of" names the programme: its places, not another thing's."""
        clause = re.split(r"[:;]", before)[-1]
        names = [self.kg.node(self.programme)["name"], *self.kg.node(self.programme)["aliases"]]
        return bool(_PROGRAMME.search(clause)) or any(n.lower() in clause.lower() for n in names if len(n) > 3)

    def listed_places(self, tail: str) -> list[str]:
        """The places a list names item by item ("Chiapas, Jalisco, Mexico City and the State of Mexico"),
        up to the first item that is not wholly a known place."""
        end = _LIST_END.search(tail)
        found: list[str] = []
        for item in _LIST_SEP.split(tail[: end.start()] if end else tail):
            item = re.sub(r"^the\s+", "", item.strip(), flags=re.I)
            places = self.b.mentions(item, "place") if item else []
            if len(places) != 1 or places[0].start != 0 or places[0].end != len(item):
                break
            found.append(places[0].node_id)
        return found

    def alignment(self, sentence: str, source: Source) -> None:
        """Run at the end of the build: the framework and its outcomes may come from another document.

        A name written with an acronym of its leading words before it ("UNSD Cooperation Framework"
        for the United Nations Sustainable Development Cooperation Framework) becomes an alias of
        the node, and so does the acronym of the whole ("UNSDCF")."""
        match = _ALIGNED.search(sentence)
        assert match is not None
        tail = sentence[match.start() :]
        if match.group().lower().endswith("included in"):
            self.listed_instruments(sentence[match.end() :], source)
        self.aligned_with_named(tail, source, acronyms=True)

    def aligned_in(self, text: str, source: Source) -> None:
        """A bullet of an "Alignment" section ("ILO standards: the design followed the Social Protection
        Floors Recommendation, 2012 (No. 202) ..."): the programme is aligned with each framework,
        law, policy or outcome its first clause names (after a ";" another subject may speak: "; the
        legal gap analysis also used C189 as a benchmark")."""
        self.aligned_with_named(text.split(";", 1)[0], source)

    def aligned_with_named(self, text: str, source: Source, acronyms: bool = False) -> None:
        """The programme ``alignedWith`` each framework, law, policy, outcome and results group
        ``text`` names; with ``acronyms``, a name's leading acronym becomes an alias
        (:meth:`acronym_alias`)."""
        allowed = self.kg.schema.relations["alignedWith"].range
        for mention in self.b.mentions(text, _ALIGNED_GROUPS):
            node = mention.node_id
            if node != self.programme and self.kg.schema.fits(self.kg.node(node)["type"], allowed):
                self.kg.add_edge(self.programme, "alignedWith", node, source)
                if acronyms:
                    self.acronym_alias(node, text[: mention.start], text[mention.start : mention.end])
        for group in self.results_groups(text):
            self.kg.add_edge(self.programme, "alignedWith", group, source)

    def results_groups(self, text: str) -> list[str]:
        """ "the Cooperation Framework results groups 1) equality and inclusion and 2) prosperity and
        innovation": the results groups (read from the country team's report) named by each item."""
        listed = _RESULTS_GROUPS.search(text)
        if listed is None:
            return []
        groups = [
            (node, normalise(data["name"])) for node, data in self.kg.nodes("Mechanism") if _RG_NAME.match(data["name"])
        ]
        found = []
        for item in re.split(r"\s*(?:\band\s+)?\b\d\)\s*", listed.group("items")):
            key = normalise(item.strip(" ,.;"))
            matches = [node for node, name in groups if key and re.search(rf"\b{re.escape(key)}$", name)]
            if len(matches) == 1:
                found.append(matches[0])
        return found

    def listed_instruments(self, items: str, source: Source) -> None:
        """ "recommendations included in the CEDAW General Recommendation 34 ...; the Concluding
        Observations on ... in 2018; the CSW 63 and ILO's Convention 102": each listed name that is
        no known node becomes a ``LegalInstrument`` named as written (the year it is dated by left
        out), which the programme ``alignedWith``."""
        for item in re.split(r";\s*|,\s+(?:and\s+)?|\s+and\s+(?=[A-Z])", items):
            item = re.sub(r"^\s*(?:the\s+)", "", item).strip(" .")
            item = re.sub(r"\s+(?:in|of)\s+(?:19|20)\d\d$", "", item)
            if not re.match(r"[A-Z]", item) or not 3 < len(item) < 120 or self.b.mentions(item, _ALIGNED_GROUPS):
                continue
            if self.b.mentions(item):  # an actor's name, not an instrument's
                continue
            node = node_iri("LegalInstrument", "aligned", item)
            self.kg.add_node(node, "LegalInstrument", item, source)
            self.kg.add_edge(self.programme, "alignedWith", node, source)

    def acronym_alias(self, node: str, before: str, written: str) -> None:
        """ "UNSD" right before "Cooperation Framework", the initials of the node's leading words."""
        acronym = re.search(r"\b([A-Z]{2,6})\s*$", before)
        if acronym is None:
            return
        words = [w for w in re.findall(r"[A-Za-z]+", self.kg.node(node)["name"]) if w.lower() not in _MINOR]
        initials = "".join(w[0].upper() for w in words)
        rest = "".join(w[0].upper() for w in re.findall(r"[A-Za-z]+", written) if w.lower() not in _MINOR)
        if initials.startswith(acronym.group(1) + rest):
            for alias in (f"{acronym.group(1)} {written}", acronym.group(1) + rest):
                self.kg.add_node(node, self.kg.node(node)["type"], self.kg.node(node)["name"], self.src(1), [alias])
                self.b.register(node, alias)

    def quoted_results(self, raw: str, number: int) -> None:
        """ "the JP aligns to the Expected Result *"Social protection systems are expanded ..."*",
        "aligned with the third pillar of the SERP on *Economic response and recovery ...*": the
        programme ``alignedWith`` (or, "contributes to the expected outcome related to *...*",
        ``contributesTo``) the result or policy named in italics, a node named as written (an
        ``Outcome`` after "result" or "outcome", else a ``Policy``)."""
        for match in re.finditer(r"\*\"?(?P<name>[^*\"]{12,300}?)\"?\*", raw):
            before = plain(raw[: match.start()])
            clause = re.split(r"[.;]\s", before)[-1]
            verb = list(re.finditer(rf"{_ALIGNED.pattern}|\bcontribut\w*\s+(?:\w+\s+)?to\b", clause, re.I))
            if not verb or re.search(r"[*]", clause[verb[-1].end() :]):
                continue
            relation = "alignedWith" if _ALIGNED.match(verb[-1].group()) else "contributesTo"
            between = clause[verb[-1].end() :]
            if len(between) > 80:
                continue
            cls = "Outcome" if re.search(r"\b(?:result|outcome)s?\b", between, re.I) else "Policy"
            name = plain(match.group("name")).strip(" ,.")
            if cls == "Policy" and relation == "contributesTo":
                continue
            node = node_iri(cls, "quoted", name)
            self.kg.add_node(node, cls, name, self.src(number))
            self.kg.add_edge(self.programme, relation, node, self.src(number))

    def fund(self) -> str:
        """The Fund whose template this is (the programme's funder of class Fund), by its name otherwise."""
        for u in self.kg.into(self.programme, "funds"):
            if self.kg.is_a(u, "Fund"):
                return u
        return self.b.actor("Joint SDG Fund", self.src(1), new_type="Fund") or ""

    def global_result(self, kind: str, number: str, statement: str, line: int) -> str:
        fund = self.fund()
        code = f"Global {kind} {number}"
        fund_name = self.kg.node(fund)["name"]
        node = node_iri(kind, fund.rsplit("/", 1)[-1], code)
        self.kg.add_node(
            node,
            kind,
            f"{fund_name} {code}: {statement}",
            self.src(line),
            aliases=[f"{fund_name} {code}", f"{fund_name} {kind} {number}"],
            attributes={"code": code, "statement": statement},
        )
        self.kg.add_edge(node, "partOf", fund, self.src(line))
        return node

    def indicator_row(self, result: str, row: list[str], line: int) -> None:
        match = _INDICATOR.match(row[0])
        if match is None or len(row) < 3:
            return
        statement = match.group("statement")
        source = self.src(line)
        indicator = node_iri("Indicator", result.rsplit("/", 1)[-1], match.group("code"))
        self.kg.add_node(
            indicator, "Indicator", statement, source, attributes={"code": match.group("code"), "statement": statement}
        )
        self.kg.add_edge(indicator, "measures", result, source)
        explanation = row[3] if len(row) > 3 else ""
        for kind, printed in (("target", row[1]), ("result", row[2])):
            if not printed:
                continue
            add_observation(
                self.kg,
                indicator,
                source,
                key=(node_key(indicator), kind, "final"),
                name=f"{statement[:80]}: {kind} final",
                printed=printed,
                kind=kind,
                period="final",
                explanation=plain(explanation) if kind == "result" and explanation else None,
            )


def load(builder: Builder, doc: Document, programme: str) -> None:
    """Read the framing sections and the Fund's global results of a report."""
    FramingReader(builder, doc, programme).load()
