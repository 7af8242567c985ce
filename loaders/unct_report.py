"""UN country team results reports (Markdown-ish text of the annual "Results Report").

The report is long and mostly about other work; what it yields for this graph:

- **UN entities and national partners** from its acronyms table (``<b>ACR</b> TAB Spanish name
  (English name)``): a known body gains the acronym and both names as aliases; an unknown one
  becomes a node typed by its name (a UN entity, a federal government body, an international
  organisation); table rows that are not organisations (GDP, NOM, PPE...) are left out;
- **the Cooperation Framework** (a ``Programme``), its strategic priorities (``Component``) and its
  outcomes (``Outcome``, part of their priority), from the priorities table and headings;
- **key partnership blocks** ("KEY PARTNERSHIPS: CLOSING GAPS" then "- DONOR:", "- AGENCIES:",
  "- COUNTERPARTS:", "- KEY PARTNERS:"): the joint programme named (found by any of its names, or
  a new ``Programme``, named by the fuller name the block's text gives: "KEY PARTNERSHIPS: SPOTLIGHT"
  above "the Spotlight Initiative to eliminate ... (2019-2022)") with its donor (``funds``; "DONOR:"
  states funding, not taking part), agencies (``participatesIn`` *implementing*), counterparts and
  partners (``participatesIn``); "State Governments (CDMX, Chiapas, ...)" gives one government per
  place, also known by the name the list writes ("State Government of CDMX"); an item listing
  places after a word for them ("five municipalities from three states (A, B, and C)") places the
  programme in each;
- **sections on social protection, care, domestic and agricultural workers**: a sentence that states a
  partnership ("strategic partnerships (...)", "in collaboration with ...") makes the UN entity it names
  (the UN system in the country), else the agencies line that closes the section ("FAO, ILO, and UN
  Women"), ``partnersWith`` each national body it names (never a donor or fund); "in coordination
  with" one activity, and a programme "implemented in partnership with" bodies, are no partnership of
  the UN's; in a section that names a known programme, the bodies a partnership sentence names after
  its cue ("implemented in partnership with ... the National Union of Domestic Workers") take part in
  it, not every body a sentence names ("to affiliate domestic workers to the Social Security Institute");
- **the UN system's joint programmes**: "the UNS created the joint program X", "The UNS strengthened
  its joint efforts ... through five inter-agency initiatives: A; B; C" (the list may run over the
  next lines): each known programme named is ``partOf`` the UN system (a UN entity called a system
  or a country team; "UNDP created the joint programme" makes no agency its whole);
- **results groups** under each strategic priority ("RG Co-Chair: UN Women and UNESCO", "RG
  Agencies: ECLAC, FAO, ..."; label and list may sit on separate lines): the priority's results group
  (a ``Mechanism``, part of the priority) that each co-chair ``leads`` and each agency is ``memberOf``;
- **who "the UNS" is**: each block of paragraphs closes with a line naming the agencies that did the
  work; the attribution rules read "the UNS" of the block as those agencies
  (:mod:`gapgraph.loaders.speakers`);
- **what a strategic priority answers** ("Targets: 1.3, 2.2, 5.4"; a national plan's areas, "PND:"
  above "Area 1. Politics and Government"; label and list may sit on separate lines): the priority
  ``alignedWith`` each SDG target and each area (a ``Policy`` named by the plan's acronym and the
  area, "PND Area 1. Politics and Government");
- **sections under a framework outcome** ("**OUTCOME 2.** Full exercise of rights ..." then "## NATIONAL
  CARE SYSTEM"): the heading's wording of the outcome is an alias of it (the line cited); a
  section whose heading names a known policy or law reports that thing's progress under the
  outcome, which it ``contributesTo`` (citing the heading and the outcome's line), up to the next
  outcome or strategic priority; so does a policy or law a sentence of the section says was adopted
  or approved ("the Commission on OSH adopted OSH guidelines for the cocoa chain");
- the sentence rules of :mod:`gapgraph.loaders.narrative` over the whole text.
"""

from __future__ import annotations

import re

from gapgraph.graph.ids import node_iri, slug
from gapgraph.loaders import figures, narrative, speakers
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.kinds import register
from gapgraph.loaders.reader import DocumentReader
from gapgraph.loaders.sdgs import sdg_node
from gapgraph.loaders.sections import sentences, split_list
from gapgraph.loaders.text import plain, split_entry

KINDS = ("unct-results-report",)

_ACRONYM_ROW = re.compile(r"^<b>(?P<acronym>[^<]+)</b>\t(?P<name>.+)$")
_UN_ENTITY = re.compile(
    r"United Nations|^UN[ -]|World (?:Meteorological|Health) Organization|International Labour Organization|"
    r"International Organization for Migration|International Fund for Agricultural Development|"
    r"Food and Agriculture Organization|Pan American Health|Economic Commission for Latin America|"
    r"International Atomic Energy Agency|International Civil Aviation Organization|Joint United Nations",
    re.I,
)
_NATIONAL = r"(?:Nacional|[A-ZÁÉÍÓÚ][a-záéíóúñ]+[oa])\b"  # "Nacional", or a demonym ("Instituto Paraguayo")
_GOVERNMENT = re.compile(
    rf"^(?:Secretar[ií]a|Ministerio|Instituto {_NATIONAL}|Comisi[oó]n {_NATIONAL}|Consejo Nacional|Fiscal[ií]a"
    rf"|Procuradur[ií]a|Agencia {_NATIONAL}|Banco (?:Central|de [A-ZÁÉÍÓÚ]\w+)|Oficina de la Presidencia"
    r"|Secretariado Ejecutivo)",
)
_INTERNATIONAL = re.compile(
    r"Bank|Organization of American States|Organi[sz]ation for Economic|Finance Corporation|Inter-American|"
    r"Development Bank|International (?:Maize|Climate)",
    re.I,
)
_NOT_AN_ORGANISATION = re.compile(
    r"Framework|\bPlan\b|Strategy|Agenda|Goals|Response|Task Force|\bTeam\b|\bGroups?\b|Assessment|"
    r"Solutions Network",
    re.I,
)
_PRIORITY = re.compile(r"^(?:#+\s*)?(?:STRATEGIC PRIORITY|AT)\s+(?P<number>\d)\s*[.:]\s*(?P<name>[^\t]+?)\s*$", re.I)
_RESULTS_GROUP = re.compile(
    r"^(?:RG|Results group)\s*(?P<label>co-?chairs?|leads?|agencies|members?)\s*:\s*(?P<items>.*)$", re.I
)
_TARGETS_LABEL = re.compile(r"^(?:SDG\s+)?targets?\s*(?:impacted|addressed)?\s*:\s*(?P<items>.*)$", re.I)
_TARGET_CODE = re.compile(r"\b\d{1,2}\.(?:\d{1,2}|[a-z])\b")
_OUTCOME_HEADING = re.compile(r"^(?:#+\s*)?\**OUTCOME\s+(?P<number>\d{1,2})\s*[.:]", re.I)
_PLAN_LABEL = re.compile(r"^(?P<plan>[A-Z]{2,6})\s*:\s*$")
_PLAN_AREA = re.compile(r"^(?P<area>(?:Area|Axis|Pillar|Eje)\s+\d{1,2}\s*[.:]\s*\S.{2,80}?)\s*$", re.I)
_PARTNERSHIP = re.compile(
    r"\bpartnerships?\b|\bin (?:close )?(?:collaboration|cooperation|alliance) with\b"
    r"|\b(?:together|jointly|works?|worked|working) (?:closely )?with\b|\balliances?\b",
    re.I,
)
_IMPLEMENTED_WITH = re.compile(
    r"\b(?:implemented|executed|delivered|carried out)\s+in\s+(?:close\s+)?partnership\s+with\b", re.I
)
"""A programme "implemented in partnership with" bodies: they take part in the programme; the UN is
not said to partner with them."""
_ENACTED = re.compile(r"\b(?:adopted|approved|enacted|issued|promulgated)\b")
"""A sentence under a framework outcome stating that a policy or law came into being (adopted,
enacted, issued, promulgated): progress towards that outcome."""
_CF_OUTCOME = re.compile(r"<b>OUTCOME\s+(?P<number>\d+)</b>\s*(?P<text>.+?)\s*<b>", re.I)
_KEY_PARTNERSHIP = re.compile(r"^#+\s*KEY PARTNERSHIPS[,:]?\s+(?P<name>.+?)\s*$", re.I)
_ROLE_LINE = re.compile(
    r"^(?:-\s*)?\**(?P<role>DONORS?|AGENCIES|COUNTERPARTS|CONTRAPARTES|KEY PARTNERS|ALIADOS CLAVE)\s*:\**\s*"
    r"(?P<items>.+)$",
    re.I,
)
_ROLES = {"CONTRAPARTES": "COUNTERPARTS", "ALIADOS CLAVE": "KEY PARTNERS", "DONORS": "DONOR"}
_THEMES = re.compile(
    r"care system|national care|childcare|social protection|domestic workers|agricultural|field workers|joint sdg fund",
    re.I,
)
_HEADING = re.compile(r"^(?:#+\s+|\*\*)?(?P<title>[A-Z][A-Z0-9 ,.:()'&/-]*[A-Z]{3}[A-Z0-9 ,.:()'&/-]*)\**\s*$")
_PLACES_WORKED_IN = re.compile(
    r"\b(?:states|provinces|regions|districts|departments|municipalities)\b[^()]*\((?P<places>[^)]+)\)", re.I
)
"""A partner item naming where the programme works: "five municipalities from three states (A, B, and C)"."""
_SYSTEM_PROGRAMMES = re.compile(
    r"\b(?:created|launched|established)\s+the\s+joint\s+program(?:me)?\b|"
    r"\b(?:inter-?agency|joint)\s+(?:initiatives|programmes|programs)\s*:",
    re.I,
)
_SYSTEM = re.compile(r"\bSystem\b|\bCountry Team\b", re.I)
_STATE_GOVERNMENTS = re.compile(r"(?P<head>state government)s?\s*\((?P<places>[^)]+)\)", re.I)


class UnctReportLoader(DocumentReader):
    """Reads one UN country team results report."""

    def __init__(self, builder: Builder, doc: Document) -> None:
        super().__init__(builder, doc)
        self.framework: str | None = None

    def load(self) -> None:
        self.cooperation_framework()
        self.acronyms()
        self.key_partnerships()
        self.results_groups()
        self.priority_alignment()
        self.outcome_sections()
        self.themed_sections()
        self.agency_blocks()
        self.system_programmes()
        narrative.load(self.b, self.doc, None)
        figures.load(self.b, self.doc, None)

    # -- acronyms --------------------------------------------------------------------------

    def acronyms(self) -> None:
        """Rows of the acronyms table(s): under an ACRONYMS heading, up to the next heading."""
        in_table = False
        for number in range(1, len(self.doc) + 1):
            line = self.doc.line(number)
            if line.startswith("#"):
                in_table = bool(re.match(r"^#+\s*ACRONYMS\s*$", line))
                continue
            match = _ACRONYM_ROW.match(line) if in_table else None
            if match is None:
                continue
            acronym = plain(match.group("acronym"))
            name = plain(match.group("name"))
            bracket = re.match(r"^(?P<first>.+?)\s*\((?P<second>[^()]+)\)\s*$", name)
            spanish, english = (bracket.group("first"), bracket.group("second")) if bracket else (name, name)
            self.acronym(acronym, spanish, english, number)

    def acronym(self, acronym: str, spanish: str, english: str, number: int) -> None:
        source = self.src(number)
        names = (english, spanish, acronym)
        known = next((n for n in (self.b.resolve(x) for x in names) if n), None)
        if known is not None and self.kg.is_a(known, "Actor"):
            self.b.actor(english, source, aliases=(spanish, acronym))
            return
        if known is not None:
            return
        cls, level = self.classify(spanish, english)
        if cls is None:
            return
        node = self.b.actor(english, source, new_type=cls, aliases=(spanish, acronym))
        assert node is not None
        if level:
            self.kg.add_claim(node, "level", level, source)
            country = self.b.place(self.b.country) if self.b.country else None
            if country:
                self.kg.add_edge(node, "locatedIn", country, source)
        self.kg.add_claim(node, "acronym", acronym, source)

    @staticmethod
    def classify(spanish: str, english: str) -> tuple[str | None, str | None]:
        """The class (and government level) an acronyms row names, or None for a non-organisation."""
        if _NOT_AN_ORGANISATION.search(english) or _NOT_AN_ORGANISATION.search(spanish) or english == "United Nations":
            return None, None
        if _UN_ENTITY.search(english) or _UN_ENTITY.search(spanish):
            return "UNAgency", None
        if _GOVERNMENT.search(spanish):
            return "GovernmentBody", "federal"
        if _INTERNATIONAL.search(english):
            return "InternationalOrganization", None
        return None, None

    # -- Cooperation Framework -------------------------------------------------------------

    def cooperation_framework(self) -> None:
        row = next(
            (n for n in range(1, len(self.doc) + 1) if re.match(r"^<b>Cooperation Framework</b>\t", self.doc.line(n))),
            None,
        )
        mention = next((n for n in range(1, len(self.doc) + 1) if "Cooperation Framework" in self.doc.line(n)), None)
        if mention is None:
            return
        name = plain(self.doc.line(row).split("\t", 1)[1]) if row else "Cooperation Framework"
        country = self.b.country
        self.framework = node_iri("Programme", name, "" if country is None or country in slug(name) else country)
        self.kg.add_node(self.framework, "Programme", name, self.src(row or mention), aliases=["Cooperation Framework"])
        self.b.register(self.framework, name, country)
        self.b.register(self.framework, "Cooperation Framework", country)
        priority: str | None = None
        for number in range(1, len(self.doc) + 1):
            line = self.doc.line(number)
            heading = _PRIORITY.match(plain(line))
            if heading:
                priority = self.priority(heading.group("number"), heading.group("name"), number)
            for outcome in _CF_OUTCOME.finditer(line):
                self.cf_outcome(outcome.group("number"), plain(outcome.group("text")), priority, number)

    def priority(self, number: str, name: str, line: int) -> str:
        assert self.framework is not None
        code = f"Strategic priority {number}"
        node = node_iri("Component", "cooperation-framework", code, self.b.country or "")
        label = f"{code}: {name.strip().capitalize()}"
        if not self.kg.has_node(node):
            self.kg.add_node(node, "Component", label, self.src(line), attributes={"code": code})
            self.kg.add_edge(node, "partOf", self.framework, self.src(line))
        else:
            self.kg.add_node(node, "Component", label, self.src(line))
        return node

    def cf_outcome(self, number: str, text: str, priority: str | None, line: int) -> None:
        assert self.framework is not None
        code = f"Cooperation Framework outcome {number}"
        node = node_iri("Outcome", "cooperation-framework", number, self.b.country or "")
        self.kg.add_node(
            node,
            "Outcome",
            f"{code}: {text}",
            self.src(line),
            aliases=[code, f"Direct Effect {number}"],  # the template's other word for a framework outcome
            attributes={"code": code, "statement": text},
        )
        self.kg.add_edge(node, "partOf", priority or self.framework, self.src(line))
        self.b.register(node, code, self.b.country)
        self.b.register(node, f"Direct Effect {number}", self.b.country)

    # -- results groups --------------------------------------------------------------------

    def results_groups(self) -> None:
        """'RG Co-Chair:' and 'RG Agencies:' lists under a strategic priority: who leads and who is a member."""
        if self.framework is None:
            return
        priority: str | None = None
        lines = [plain(self.doc.line(n)) for n in range(1, len(self.doc) + 1)]
        for number, line in enumerate(lines, start=1):
            heading = _PRIORITY.match(line)
            if heading and line.startswith("#"):
                priority = self.priority(heading.group("number"), heading.group("name"), number)
                continue
            following = [(n, text) for n, text in enumerate(lines[number : number + 6], start=number + 1) if text]
            label = _RESULTS_GROUP.match(" ".join([line, *(t for _, t in following[:1])])) if line else None
            if priority is None or label is None or not re.match(r"^(?:RG|Results group)\b", line, re.I):
                continue
            items, last = label.group("items"), following[0][0] if following else number
            if not items.strip() and len(following) > 1:
                last, items = following[1]
            elif not items.strip():
                continue
            group = self.results_group(priority, number)
            relation = "memberOf" if label.group("label").lower().startswith(("agenc", "member")) else "leads"
            source = self.b.source(self.doc.id, number, last)
            for mention in self.b.mentions(items):
                if relation == "leads":
                    self.kg.add_edge(mention.node_id, "leads", group, source)
                else:
                    self.kg.add_edge(mention.node_id, "memberOf", group, source)

    def priority_alignment(self) -> None:
        """Under a strategic priority's heading, "Targets: 1.3, 2.2 ..." and a plan's "PND:" above
        "Area 1. ..." lines: the priority ``alignedWith`` each target and each area of the plan."""
        if self.framework is None:
            return
        priority: str | None = None
        heading_line = 0
        lines = [plain(self.doc.line(n)) for n in range(1, len(self.doc) + 1)]
        for number, line in enumerate(lines, start=1):
            heading = _PRIORITY.match(line)
            if heading and line.startswith("#"):
                priority = self.priority(heading.group("number"), heading.group("name"), number)
                heading_line = number
                continue
            if priority is None:
                continue
            if line.startswith("#"):
                priority = None  # the next section ("## 2020 RESULTS") ends the priority's box
                continue
            following = [(n, text) for n, text in enumerate(lines[number : number + 6], start=number + 1) if text]
            label = _TARGETS_LABEL.match(line)
            if label is not None:
                items, last = label.group("items"), number
                if not items.strip() and following:
                    last, items = following[0]
                for code in _TARGET_CODE.findall(items):
                    target = sdg_node(self.b, f"Target {code}")
                    if target is not None and self.kg.is_a(target, "SDGTarget"):
                        self.kg.add_edge(priority, "alignedWith", target, self.b.source(self.doc.id, number, last))
                        self.kg.add_edge(priority, "alignedWith", target, self.src(heading_line))
                continue
            plan = _PLAN_LABEL.match(line)
            if plan is not None:
                for n, text in following:
                    area = _PLAN_AREA.match(text)
                    if area is None:
                        break
                    name = plan.group("plan") + " " + " ".join(area.group("area").split())
                    node = node_iri("Policy", name, self.b.country or "")
                    source = self.b.source(self.doc.id, number, n)
                    self.kg.add_node(node, "Policy", name, source)
                    self.kg.add_edge(priority, "alignedWith", node, source)
                    self.kg.add_edge(priority, "alignedWith", node, self.src(heading_line))

    def outcome_sections(self) -> None:
        """Under "**OUTCOME 2.** ...", a "## NATIONAL CARE SYSTEM" section: the policy ``contributesTo``
        that framework outcome."""
        outcome: str | None = None
        outcome_line = 0
        for number in range(1, len(self.doc) + 1):
            line = plain(self.doc.line(number))
            if _PRIORITY.match(line):
                outcome = None
                continue
            heading = _OUTCOME_HEADING.match(line)
            if heading:
                node = node_iri("Outcome", "cooperation-framework", heading.group("number"), self.b.country or "")
                outcome, outcome_line = (node, number) if self.kg.has_node(node) else (None, 0)
                if outcome is not None:
                    self.outcome_wording(outcome, line[heading.end() :], number)
                continue
            title = re.match(r"^#+\s+(?P<title>.+?)\s*$", line)
            if outcome is not None and title is None and _ENACTED.search(line):
                self.b.at_finish(lambda o=outcome, n=number, at=outcome_line: self.adopted_under(o, n, at))
            if outcome is None or title is None:
                continue
            for mention in self.b.mentions(title.group("title"), ("policy", "law")):
                if mention.end - mention.start >= len(title.group("title")) - 4:  # the heading is its name
                    self.contributes(mention.node_id, outcome, number, outcome_line)

    def adopted_under(self, outcome: str, number: int, outcome_line: int) -> None:
        """A policy or law a sentence under a framework outcome says was adopted or approved ("the
        National Advisory Commission on OSH adopted OSH guidelines for the cocoa chain") is progress
        towards that outcome: it ``contributesTo`` it (citing the line and the outcome's heading).
        Run at the end of the build, when the sentence readers have made the things they name."""
        for sentence in sentences(plain(self.doc.line(number))):
            verb = _ENACTED.search(sentence)
            if verb is None:
                continue
            adopted = re.split(r";|,?\s+(?:and\s+)?(?:it|they|which|who|while|but)\s", sentence[verb.end() :])[0]
            for mention in self.b.mentions(adopted, ("policy", "law")):
                if self.kg.has_node(mention.node_id):
                    self.contributes(mention.node_id, outcome, number, outcome_line)

    def contributes(self, thing: str, outcome: str, number: int, outcome_line: int) -> None:
        """``thing`` contributesTo the framework ``outcome``, citing line ``number`` and the outcome's heading."""
        self.kg.add_edge(thing, "contributesTo", outcome, self.src(number))
        self.kg.add_edge(thing, "contributesTo", outcome, self.src(outcome_line))

    def outcome_wording(self, outcome: str, text: str, number: int) -> None:
        """The statement a results section's heading gives a framework outcome ("**OUTCOME 5.**
        Decent-work programs to address the needs of the labour market."): an alias, the heading's
        line among the outcome's sources (another wording, not another statement to contradict the
        priorities table's)."""
        statement = plain(text).strip(" *.").strip()
        if len(statement.split()) < 3:
            return
        data = self.kg.node(outcome)
        self.kg.add_node(outcome, data["type"], data["name"], self.src(number), aliases=[statement])
        self.b.register(outcome, statement, self.b.country)

    def results_group(self, priority: str, line: int) -> str:
        name = f"Results group of {self.kg.node(priority)['name']}"
        node = node_iri("Mechanism", "results-group", priority.rsplit("/", 1)[-1])
        self.kg.add_node(node, "Mechanism", name, self.src(line))
        self.kg.add_edge(node, "partOf", priority, self.src(line))
        return node

    # -- key partnership blocks ------------------------------------------------------------

    def key_partnerships(self) -> None:
        for number in range(1, len(self.doc) + 1):
            match = _KEY_PARTNERSHIP.match(plain(self.doc.line(number)))
            if match:
                self.partnership_block(match.group("name"), number)

    def partnership_block(self, name: str, heading: int) -> None:
        end = next(
            (n for n in range(heading + 1, len(self.doc) + 1) if self.doc.line(n).startswith("#")), len(self.doc) + 1
        )
        roles = [(n, _ROLE_LINE.match(plain(self.doc.line(n)))) for n in range(heading + 1, end)]
        roles = [(n, m) for n, m in roles if m]
        if not roles:
            return
        programme = self.programme_named(name, heading, end)
        for number, match in roles:
            role = _ROLES.get(match.group("role").upper(), match.group("role").upper())
            for item in split_list(match.group("items")):
                for node in self.parties(item, number):
                    self.party(node, role, programme, number)
                self.places_worked_in(item, programme, number)

    def places_worked_in(self, item: str, programme: str, number: int) -> None:
        """The programme lies in each place a partner item lists after a word for places ("five
        municipalities from three states (Chihuahua, Guerrero)"); a list of governments ("State
        Governments (A, B)") names counterparts, not where the programme works."""
        listed = _PLACES_WORKED_IN.search(item)
        if listed is None or _STATE_GOVERNMENTS.search(item):
            return
        for place_name in re.split(r",\s*(?:and\s+)?|\s+and\s+", listed.group("places")):
            place = self.b.place(place_name.strip())
            if place is not None and not self.kg.is_a(place, "Country"):
                self.kg.add_edge(programme, "locatedIn", place, self.src(number))

    def programme_named(self, name: str, heading: int, end: int) -> str:
        """The programme a block is about: a known one named in its heading or first lines, or a new one."""
        for number in range(heading, end):
            text = plain(self.doc.line(number))
            for candidate in (name, *re.split(r"\s+-\s+|:\s+(?=[A-Z])|\s+\(", text)):
                node = self.b.resolve(candidate.strip())
                if node is not None and self.kg.is_a(node, "Programme"):
                    self.kg.add_node(node, "Programme", candidate.strip(), self.src(number))
                    return node
        title = name.title() if name.isupper() else name
        node = node_iri("Programme", title)
        self.kg.add_node(node, "Programme", title, self.src(heading))
        self.b.register(node, title, self.b.country)
        fuller = self.fuller_name(title, heading, end)
        if fuller is not None:
            self.kg.add_node(node, "Programme", title, self.src(fuller[1]))
            self.kg.rename(node, fuller[0])
            self.b.register(node, fuller[0], self.b.country)
        return node

    def fuller_name(self, short: str, heading: int, end: int) -> tuple[str, int] | None:
        """The block's own longer name of a programme its heading calls by one word ("KEY PARTNERSHIPS:
        SPOTLIGHT" above "the Spotlight Initiative to eliminate violence against women and girls
        (2019-2022)"): the short name, a capitalised word, then words up to the first punctuation."""
        pattern = re.compile(
            rf"\b{re.escape(short)}\s+(?P<rest>[A-Z][\w-]*(?:\s+[\w-]+)*?)\s*(?=[(,;:.]|\s+which\b|\s+that\b|$)",
            re.I,
        )
        for number in range(heading + 1, end):
            match = pattern.search(plain(self.doc.line(number)))
            if match and match.group("rest")[0].isupper() and len(match.group("rest").split()) <= 12:
                return f"{short} {match.group('rest')}", number
        return None

    def parties(self, item: str, number: int) -> list[str]:
        """The actors one list item names: a body, or one state government per place listed."""
        source = self.src(number)
        governments = _STATE_GOVERNMENTS.search(item)
        if governments:
            nodes = []
            for place_name in re.split(r",\s*(?:and\s+)?|\s+and\s+", governments.group("places")):
                place = self.b.place(place_name.strip())
                if place is None:
                    continue
                label = f"Government of {self.kg.node(place)['name']}"
                written = (f"{governments.group('head')} of {place_name.strip()}",)
                node = self.b.actor(label, source, aliases=written) or self.b.actor(
                    label, source, new_type="GovernmentBody", aliases=written
                )
                assert node is not None
                if not self.kg.node(node)["attributes"].get("level"):
                    self.kg.add_claim(node, "level", "state", source)
                    self.kg.add_edge(node, "locatedIn", place, source)
                nodes.append(node)
            return nodes
        name, acronyms = split_entry(re.sub(r"^(?:and\s+)?the\s+", "", item.strip(), flags=re.I))
        if not name or name[0].isdigit() or name.lower().startswith(("private sector", "five ", "nine ")):
            return []
        known = self.b.actor(name, source, aliases=acronyms)
        if known is None:
            cls, level = self.classify(name, name)
            if cls is not None and level is None:
                known = self.b.actor(name.title() if name.isupper() else name, source, new_type=cls, aliases=acronyms)
        return [known] if known else []

    def party(self, node: str, role: str, programme: str, number: int) -> None:
        source = self.src(number)
        if role.startswith("DONOR"):
            self.kg.add_edge(node, "funds", programme, source)
        elif role == "AGENCIES":
            self.kg.add_edge(node, "participatesIn", programme, source, {"role": "implementing"})
        else:
            self.kg.add_edge(node, "participatesIn", programme, source)

    # -- the UN system's joint programmes ---------------------------------------------------

    def system_programmes(self) -> None:
        for number in range(1, len(self.doc) + 1):
            text = plain(self.doc.line(number))
            cue = _SYSTEM_PROGRAMMES.search(text)
            if cue is None:
                continue
            system = [
                m.node_id
                for m in self.b.mentions(text[: cue.start()])
                if self.kg.is_a(m.node_id, "UNAgency") and _SYSTEM.search(self.kg.node(m.node_id)["name"])
            ]
            if not system:
                continue
            rest, line = text[cue.end() :], number
            while line <= len(self.doc):
                for mention in self.b.mentions(rest, ("programme",)):
                    if mention.node_id != self.framework:
                        self.kg.add_edge(mention.node_id, "partOf", system[-1], self.src(line))
                if re.search(r"\.(?:<sup>.*)?\s*$", rest) or cue.group(0).lower().startswith(("created", "launched")):
                    break
                line += 1
                while line <= len(self.doc) and not plain(self.doc.line(line)).strip():
                    line += 1
                rest = plain(self.doc.line(line)) if line <= len(self.doc) else ""

    # -- themed sections -------------------------------------------------------------------

    def themed_sections(self) -> None:
        headings = [
            (n, m.group("title"))
            for n in range(1, len(self.doc) + 1)
            if (m := _HEADING.match(plain(self.doc.line(n)).replace("### ", "# ")))
        ]
        for index, (start, title) in enumerate(headings):
            end = headings[index + 1][0] if index + 1 < len(headings) else len(self.doc) + 1
            if _THEMES.search(title) and not title.upper().startswith("KEY PARTNERSHIPS"):
                self.themed_section(start, end)

    def agencies_line(self, text: str) -> list[str]:
        """The UN agencies a line names and nothing else ("FAO, ILO, and UN Women"), else []."""
        if "\t" in text or len(text) > 160:
            return []
        mentions = self.b.mentions(text)
        rest = re.sub(r"\b(?:and|,)\b|,", " ", text)
        for mention in mentions:
            rest = rest.replace(mention.text, " ")
        if mentions and not rest.strip(" *#.") and all(self.kg.is_a(m.node_id, "UNAgency") for m in mentions):
            return list(dict.fromkeys(m.node_id for m in mentions))
        return []

    def agency_blocks(self) -> None:
        """For each block of paragraphs (from a heading or the previous agencies line), the agencies
        of the line that closes it: "the UNS" above speaks for them (:mod:`gapgraph.loaders.speakers`)."""
        start = 1
        for number in range(1, len(self.doc) + 1):
            text = plain(self.doc.line(number)).strip()
            if not text:
                continue
            if text.startswith("#") or _HEADING.match(text):
                start = number + 1
                continue
            agencies = self.agencies_line(text)
            if agencies and not any(speakers.is_un_system(self.kg, a) for a in agencies):
                speakers.record(self.b, self.doc.id, start, number, agencies)
                start = number + 1

    def themed_section(self, start: int, end: int) -> None:
        agencies: list[str] = []
        agencies_line = None
        for number in range(start + 1, end):
            found = self.agencies_line(plain(self.doc.line(number)))
            if found:
                agencies = found
                agencies_line = number
        if not agencies or agencies_line is None:
            return
        programme = None
        for number in range(start + 1, end):
            text = plain(self.doc.line(number))
            if number == agencies_line or "\t" in self.doc.line(number):
                continue
            for mention in self.b.mentions(text, ("programme",)):
                if mention.node_id != self.framework:
                    programme = mention.node_id
            for sentence in sentences(text):
                named = self.b.mentions(sentence)
                cue = _PARTNERSHIP.search(sentence)  # where the bodies taking part start
                stated = _PARTNERSHIP.search(_IMPLEMENTED_WITH.sub(" ", sentence))  # a partnership of the UN's
                un = [m.node_id for m in named if self.kg.is_a(m.node_id, "UNAgency")]
                partners = un or agencies  # "the UNS ... in partnership with": the one the sentence names
                for mention in named:
                    if self.kg.is_a(mention.node_id, "UNAgency", "Fund", "Donor"):
                        continue
                    if stated:
                        cited = self.src(number) if un else self.src(number, agencies_line)
                        for agency in partners:
                            self.kg.add_edge(agency, "partnersWith", mention.node_id, cited)
                    if programme is not None and cue and mention.start >= cue.start():
                        self.kg.add_edge(mention.node_id, "participatesIn", programme, self.src(number))
        if programme is not None:
            for agency in agencies:
                self.kg.add_edge(agency, "participatesIn", programme, self.src(agencies_line), {"role": "implementing"})


@register(*KINDS)
def load(builder: Builder, doc: Document) -> None:
    """Load a UN country team results report."""
    UnctReportLoader(builder, doc).load()
