"""The cover page and budget table of Joint SDG Fund reports (annual progress and final narrative).

Fields are found by their labels, not by line numbers, and the labels of both templates are
understood ("Joint Programme title" / "Joint Programme (JP) title", "Lead Agency Main JP Focal Point" /
"Lead PUNO Focal Point"...). The budget table is read by its header names, whatever its width.

What a cover page yields:

- the programme (title, short title, MPTF id, dates) located in its country, aligned with the SDG
  targets the report names;
- the Joint SDG Fund (``funds``, from the budget: a funder is not a participant unless the text
  says it takes part), the participating UN organisations (``participatesIn`` role *implementing*),
  the lead agency (``leads``, and role *accountable*);
- people: the focal points, each ``focalPointOf`` the programme with their position; the resident
  coordinator, the lead agency's representative and the communications contact are not focal points:
  their cover position is their ``jobTitle``; each ``memberOf`` their organisation (found by name or
  by e-mail domain);
- money: the Fund's contribution to the programme and to each agency, each agency's co-funding, the
  overall budget, and delivery and commitment rates, as printed; a row whose total is not the sum
  of its parts is kept as printed and warned about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gapgraph.graph.ids import node_iri, slug
from gapgraph.graph.resolve import normalise
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.generic import organisation_class
from gapgraph.loaders.observations import add_observation, thing_key
from gapgraph.loaders.reader import DocumentReader
from gapgraph.loaders.sdgs import sdg_node
from gapgraph.loaders.text import cells, parse_date, parse_number, plain, split_entry
from gapgraph.ontology import measures
from gapgraph.ontology.models import Source

KINDS = ("jsdgf-annual-progress-report", "jsdgf-final-narrative-report")
FUND = "Joint SDG Fund"

# Normalised label (lower case, no footnote marks) -> field. First match wins.
_LABELS: tuple[tuple[str, str], ...] = (
    (r"^date of report", "report_date"),
    (r"^country$", "country"),
    (r"^joint programme( \(jp\))? title|^programme title$", "title"),
    (r"^short title", "short_title"),
    (r"^mptf office project reference number", "mptf_id"),
    (r"^start date", "start"),
    (r"^(original )?end date", "end"),
    (r"^actual end date", "actual_end"),
    (r"^rc \(name", "rc"),
    (r"^government (joint programme )?focal point", "government_focal_point"),
    (r"^representative of lead puno", "lead_representative"),
    (r"^list of punos", "punos"),
    (r"^rco (main jp )?focal point", "rco_focal_point"),
    (r"^(lead agency main jp|lead puno) focal point", "lead_focal_point"),
    (r"^other puno focal points", "puno_focal_points"),
    (r"^contact person for joint communications", "communications_contact"),
    (r"^budget \(joint sdg fund contribution\)|^total budget", "fund_contribution"),
    (r"^overall budget", "overall_budget"),
    (r"co-?funding", "co_funding"),
    (r"^annual financial delivery rate", "delivery_rate"),
    (r"^rate of committed funding", "commitment_rate"),
)

_POSITIONS = {
    "rc": "Resident Coordinator",
    "government_focal_point": "Government focal point",
    "lead_representative": "Representative of the lead PUNO",
    "rco_focal_point": "RCO focal point",
    "lead_focal_point": "Lead agency focal point",
    "puno_focal_points": "PUNO focal point",
    "communications_contact": "Joint communications contact",
}
_LEAD_FIELDS = ("lead_representative", "lead_focal_point")
_COVER_END = re.compile(r"^\s*(executive summary|table of contents|short description)\b", re.I)
_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_SDG = re.compile(r"^(?:SDG:\s*)?Target\s+(\d{1,2}\.[0-9a-z]{1,2})\.?\s+(.+)$", re.I)
_SDG_QUESTION = re.compile(r"\bSDGs?\b(?!\s+Fund)", re.I)
"""A line about the SDGs (not the Joint SDG Fund's name) that is no target line: the question or
heading the targets below answer."""
_CONTRIBUTION = re.compile(r"\bcontribut\w*|\bacceleration\b", re.I)
_JP_AGENT = re.compile(
    r"\b(?:the\s+)?(?:JP|joint\s+program(?:me)?|programme)\s+(?:(?:has|have|had|also|directly)\s+)*\w+(?:ed|es)\b"
    r"|\bby\s+the\s+(?:JP|joint\s+program(?:me)?|programme)\b",
    re.I,
)
"""A bullet that makes the programme the one who did it ("The JP has contributed to ...", "promoted
by the JP"), not one that only names it ("training for the JP stakeholders")."""
_ORGANISATION = re.compile(r"\b(?:Ministry|Secretar\w+|Institute|Office|Agency|Commission|Council)\b")
_UNIT = re.compile(r"^(?P<title>[\w-]+(?:\s+[\w-]+){0,2}?)\s+(?:of|at)\s+(?:the\s+)?(?P<unit>\S.+)$", re.I)
"""A title naming the office the person heads or works at: "Director of the Social Protection Office"."""
_RATE = re.compile(r"=\s*([\d.,]+)\s*%")
_FRACTION = re.compile(r"\(\s*(?:USD)?\$?\s*([\d,.]+)\s*/\s*(?:USD)?\$?\s*([\d,.]+)\s*\)")


Amounts = dict[str, int | float | None]
"""The amounts of one budget row, by column: contribution, co-funding, total."""


@dataclass(frozen=True)
class Field:
    """A cover-page field: its value, with the line it starts on and the line it ends on."""

    value: str
    first: int
    last: int


def _label_key(label: str) -> str | None:
    norm = " ".join(plain(label).lower().split())
    for pattern, key in _LABELS:
        if re.search(pattern, norm):
            numbered = re.search(r"co-?funding\s+(\d)\b", norm) if key == "co_funding" else None
            return f"co_funding {numbered[1]}" if numbered else key  # "Co-funding 1 (PUNOs' ...)": one of several
    return None


def read_cover(doc: Document) -> dict[str, Field]:
    """The labelled fields of the cover page (up to the executive summary)."""
    fields: dict[str, Field] = {}
    for number, raw in enumerate(doc.lines, start=1):
        if _COVER_END.match(plain(raw)) and fields:
            break
        label, colon, value = raw.partition(":")
        if not colon or len(label) > 160:
            continue
        key = _label_key(label)
        if key is None or key in fields:
            continue
        value = plain(value)
        last = number
        if key in ("delivery_rate", "commitment_rate") or not value:
            nxt = _next_text_line(doc, number)
            if nxt is not None and (not value or "=" in doc.line(nxt)):
                value = f"{value} {plain(doc.line(nxt))}".strip()
                last = nxt
        if value:
            fields[key] = Field(value, number, last)
    return fields


def _next_text_line(doc: Document, number: int) -> int | None:
    for nxt in range(number + 1, min(number + 3, len(doc)) + 1):
        if doc.line(nxt).strip():
            return nxt
    return None


class CoverLoader(DocumentReader):
    """Loads the cover page, budget table and SDG targets of one Joint SDG Fund report."""

    def __init__(self, builder: Builder, doc: Document) -> None:
        super().__init__(builder, doc)
        self.fields = read_cover(doc)
        self.programme: str | None = None

    def field_src(self, key: str) -> Source:
        f = self.fields[key]
        return self.src(f.first, f.last)

    def load(self) -> None:
        if "title" not in self.fields:
            self.warn(1, "no 'Joint Programme title' on the cover page: cover not loaded")
            return
        self.load_programme()
        self.load_agencies()
        self.load_budget_table()
        self.load_budget_fields()
        self.load_people()
        self.load_sdg_targets()

    # -- programme ---------------------------------------------------------------------------

    def load_programme(self) -> None:
        title = self.fields["title"]
        self.programme = node_iri("Programme", title.value)
        self.kg.add_node(self.programme, "Programme", title.value, self.field_src("title"))
        self.b.register(self.programme, title.value)
        for key, attribute in (("start", "startDate"), ("end", "endDate"), ("actual_end", "actualEndDate")):
            if key in self.fields:
                date = parse_date(self.fields[key].value)
                if date is None:
                    self.warn(self.fields[key].first, f"unreadable date {self.fields[key].value!r}")
                else:
                    self.kg.add_claim(self.programme, attribute, date, self.field_src(key))
        if "short_title" in self.fields:
            short = self.fields["short_title"]
            self.kg.add_node(self.programme, "Programme", short.value, self.field_src("short_title"))
            self.b.register(self.programme, short.value)
        if "mptf_id" in self.fields:
            mptf = re.search(r"\d{5,}", self.fields["mptf_id"].value)
            if mptf:
                self.kg.add_claim(self.programme, "mptfId", mptf.group(), self.field_src("mptf_id"))
        if "country" in self.fields:
            country = self.fields["country"].value
            place = self.b.place(country) or node_iri("Country", country)
            if not self.kg.has_node(place):
                self.kg.add_node(place, "Country", country, self.field_src("country"))
            self.kg.add_edge(self.programme, "locatedIn", place, self.field_src("country"))

    # -- organisations -----------------------------------------------------------------------

    def agency(self, name: str, first: int, last: int | None = None) -> str:
        """A participating UN organisation, by any of its names (a new UNAgency if unknown).

        ``"World Food Programme (WFP)"`` gives one node with both spellings.
        """
        name, acronym = split_entry(name)
        node = self.b.actor(name, self.src(first, last), new_type="UNAgency", aliases=acronym)
        assert node is not None
        return node

    def budget_agency(self, name: str, number: int) -> str:
        """The organisation a budget row names: a participating UN organisation, unless the row names
        another body (a government's in-kind co-funding, "NSSF (in kind)") that no name of a UN
        organisation and no item of the cover's list of PUNOs gives; that one is an actor of the class
        its name suggests, with the row's qualifier dropped.
        """
        name = _QUALIFIER.sub("", name).strip()
        full, acronym = split_entry(name)
        known = self.b.resolve(name) or self.b.resolve(full)
        punos = {normalise(split_entry(n)[0]) for n in self.puno_names()}
        listed = {normalise(name), *map(normalise, acronym)} & punos
        if (known is not None and self.kg.is_a(known, "UNAgency")) or listed or _UN.search(name):
            return self.agency(name, number)
        if known is not None:
            return known
        node = self.b.actor(full, self.src(number), new_type=organisation_class(full), aliases=acronym)
        assert node is not None
        return node

    def participates(self, actor: str, role: str, first: int, last: int | None = None) -> None:
        assert self.programme is not None
        self.kg.add_edge(actor, "participatesIn", self.programme, self.src(first, last), {"role": role})

    def fund(self, first: int, last: int | None = None) -> str:
        node = self.b.actor(FUND, self.src(first, last), new_type="Fund")
        assert node is not None
        return node

    def puno_names(self) -> list[str]:
        """The names the cover's list of PUNOs gives, without what a bracket adds to one ("ILO (lead)",
        "ILO (ILO Country Office for Zambia, Malawi and Mozambique)"), separated by commas, slashes,
        semicolons, dashes or "and"."""
        if "punos" not in self.fields:
            return []
        listed = re.sub(r"\s*\((?![A-Z][\w&/-]{1,12}\))[^()]*\)", "", self.fields["punos"].value)  # all but acronyms
        names = re.split(r"\s*[/,;]\s*|\s+[–—-]\s+|\s+and\s+", listed)
        return [name for name in (_ROLE.sub("", n).strip() for n in names) if name]

    def load_agencies(self) -> None:
        if "punos" in self.fields:
            f = self.fields["punos"]
            for name in self.puno_names():
                self.participates(self.agency(name, f.first, f.last), "implementing", f.first, f.last)

    # -- people ------------------------------------------------------------------------------

    def load_people(self) -> None:
        for key, position in _POSITIONS.items():
            if key not in self.fields:
                continue
            f = self.fields[key]
            for text in re.split(r";\s*", f.value):
                organisation = self.person(text, position, f.first, f.last)
                if organisation is None:
                    continue
                is_agency = self.kg.is_a(organisation, "UNAgency")
                if is_agency and (key in _LEAD_FIELDS or key == "puno_focal_points"):
                    self.participates(organisation, "implementing", f.first, f.last)
                if key in _LEAD_FIELDS:
                    assert self.programme is not None
                    self.kg.add_edge(organisation, "leads", self.programme, self.src(f.first, f.last))
                    self.participates(organisation, "accountable", f.first, f.last)

    def person(self, text: str, position: str, first: int, last: int) -> str | None:
        """Add the person a cover field names; returns their organisation's node, if found."""
        assert self.programme is not None
        source = self.src(first, last)
        emails = _EMAIL.findall(text)
        text = _EMAIL.sub(" ", text)
        text = re.sub(r"\be-?mail\s*:?", " ", text, flags=re.I)
        acting = bool(re.match(r"\s*a\.\s*i\.\s*", text))
        text = re.sub(r"^\s*a\.\s*i\.\s*", "", text)
        parts = [p.strip(" ,.") for p in re.split(r",|\(|\)", text) if p.strip(" ,.")]
        if not parts:
            return None
        name = parts[0]
        government = position == _POSITIONS["government_focal_point"]
        organisation, org_part, role_rest = None, None, ""
        for part in parts[1:]:
            organisation, role_rest = self._organisation_in(part, source)
            if organisation:
                org_part = part
                break
        if organisation is None:
            for email in emails:
                organisation = self.b.actor_by_email(email)
                if organisation:
                    break
        if organisation is None:
            org_part = next((p for p in parts[1:] if _ORGANISATION.search(p) and _title_unit(p) is None), None)
            if org_part is not None:  # a body the registry does not know: "Ministry of Social Development"
                organisation = self.b.actor(org_part, source, new_type="GovernmentBody" if government else "Actor")
                if government and organisation and not self.kg.claims(organisation, "level"):
                    self.kg.add_claim(organisation, "level", "federal", source)
        unit = self._unit_in([p for p in parts[1:] if p != org_part], organisation, source, government)
        titles = [p for p in parts[1:] if p != org_part and self.b.resolve(p) is None]
        if role_rest:
            titles.append(role_rest)
        person = node_iri("Person", name)
        self.kg.add_node(person, "Person", name, source)
        if titles:
            self.kg.add_claim(person, "jobTitle", ", ".join(titles), source)
        label = f"{position} (a.i.)" if acting else position
        if "focal point" in position.lower():
            self.kg.add_edge(person, "focalPointOf", self.programme, source, {"position": label})
        else:  # the resident coordinator, a representative, a contact: not the programme's focal points
            self.kg.add_claim(person, "jobTitle", label, source)
        # "Director of the Social Protection Office, Ministry of Gender": the office is part of the ministry
        if unit is not None and organisation is not None:
            self.kg.add_edge(unit, "partOf", organisation, source)
        member = unit or organisation
        if member:
            self.kg.add_edge(person, "memberOf", member, source, {"position": ", ".join(titles) or None})
        return organisation or unit

    def _unit_in(self, parts: list[str], organisation: str | None, source: Source, government: bool) -> str | None:
        """The office a person's title names inside their organisation: "Director of the Social
        Protection Office" beside "Ministry of Gender" (a known body, or, for the government's focal point,
        an unknown one with an organisation's head word; never the organisation itself, nor a
        policy: "Director of the 2030 Agenda", which names no head word of a body)."""
        for part in parts:
            name = _title_unit(part)
            if name is None:
                continue
            node = self.b.resolve(name)
            if node is not None and not self.kg.is_a(node, "Actor"):
                continue
            if node is None and not (government and _ORGANISATION.search(name)):
                continue
            new = node is None
            node = self.b.actor(name, source, new_type="GovernmentBody" if new else None)
            if new and node is not None and not self.kg.claims(node, "level"):
                self.kg.add_claim(node, "level", "federal", source)
            if node is not None and node != organisation:
                return node
        return None

    def _organisation_in(self, part: str, source: Source) -> tuple[str | None, str]:
        """The organisation a phrase names, trying shorter and shorter word prefixes ('Unicef Representative')."""
        words = part.split()
        for end in range(len(words), 0, -1):
            candidate = " ".join(words[:end])
            node = self.b.resolve(candidate)
            if node is not None and self.kg.is_a(node, "Actor"):
                self.b.actor(candidate, source)
                return node, " ".join(words[end:])
        return None, ""

    # -- money -------------------------------------------------------------------------------

    def observation(
        self,
        measure: str,
        label: str,
        printed: str,
        first: int,
        last: int | None = None,
        unit: str = "USD",
        period: str = "programme",
        kind: str = "reported",
        code: str | None = None,
    ) -> None:
        """A figure the report prints for the programme; ``code`` (:mod:`gapgraph.ontology.measures`)
        says what it measures, ``measure`` (also the code when no other is given) names the node."""
        assert self.programme is not None
        programme_name = self.kg.node(self.programme)["name"]
        add_observation(
            self.kg,
            self.programme,
            self.src(first, last),
            key=(thing_key(programme_name), measure, period, kind),
            name=f"{programme_name}: {label} ({period})",
            printed=printed,
            kind=kind,
            period=period,
            unit=unit,
            number=parse_number(printed),
            measure=label,
            code=code or measure,
        )

    def period(self) -> str:
        """The period of the report's annual figures, from the manifest ('2020')."""
        return self.doc.meta.get("period") or "report"

    def load_budget_fields(self) -> None:
        assert self.programme is not None
        if "fund_contribution" in self.fields:
            f = self.fields["fund_contribution"]
            amount = parse_number(f.value)
            if amount is not None:
                fund = self.fund(f.first, f.last)
                self.kg.add_edge(
                    fund,
                    "funds",
                    self.programme,
                    self.src(f.first, f.last),
                    {"amount": amount, "currency": "USD", "fundingKind": "fund-contribution"},
                )
        if "overall_budget" in self.fields:
            f = self.fields["overall_budget"]
            self.observation(
                measures.OVERALL_BUDGET, "overall budget (with co-funding)", _money(f.value), f.first, f.last
            )
        if "co_funding" in self.fields:
            f = self.fields["co_funding"]
            self.observation(measures.CO_FUNDING, "co-funding", _money(f.value), f.first, f.last)
        for key in sorted(k for k in self.fields if k.startswith("co_funding ")):
            f, n = self.fields[key], key.split()[-1]  # a part of the co-funding, not its total
            self.observation(f"{measures.CO_FUNDING}-{n}", f"co-funding {n}", _money(f.value), f.first, f.last)
        for key, measure, label in (
            ("delivery_rate", measures.DELIVERY_RATE, "annual financial delivery rate"),
            ("commitment_rate", measures.COMMITMENT_RATE, "rate of committed funding"),
        ):
            if key not in self.fields:
                continue
            f = self.fields[key]
            rate = _RATE.search(f.value)
            if rate is None:
                self.warn(f.first, f"no rate found in {label!r}")
                continue
            self.observation(measure, label, f"{rate.group(1)}%", f.first, f.last, unit="%", period=self.period())
            fraction = _FRACTION.search(f.value)
            if fraction:
                numerator = "total JP expenditures" if key == "delivery_rate" else "total JP commitments"
                code = measures.EXPENDITURES if key == "delivery_rate" else measures.COMMITMENTS
                self.observation(
                    slug(numerator), numerator, fraction.group(1), f.first, f.last, period=self.period(), code=code
                )
                self.observation(
                    measures.TRANSFERRED, "funds transferred", fraction.group(2), f.first, f.last, period=self.period()
                )

    def load_budget_table(self) -> None:
        for number, line in enumerate(self.doc.lines, start=1):
            header = [c.lower() for c in cells(line)]
            has_contribution = any("contribution" in c for c in header)
            has_co_funding = any("co-funding" in c or "cofunding" in c for c in header)
            if len(header) >= 3 and has_contribution and has_co_funding:
                self.read_budget_rows(number, header)
                return

    def read_budget_rows(self, header_line: int, header: list[str]) -> None:
        assert self.programme is not None
        column = {
            "contribution": next((i for i, c in enumerate(header) if "contribution" in c), None),
            "co-funding": next((i for i, c in enumerate(header) if "co-funding" in c or "cofunding" in c), None),
            "total": next((i for i, c in enumerate(header) if c.strip() == "total"), None),
        }
        rows: list[Amounts] = []
        number = header_line
        while number < len(self.doc):
            number += 1
            row = cells(self.doc.line(number))
            if len(row) < 2:
                break
            name = row[0]
            values = {k: (row[i] if i is not None and i < len(row) else "") for k, i in column.items()}
            amounts = {k: parse_number(v) if v else None for k, v in values.items()}
            if not name:
                self.warn(number, "budget row without an agency name: passed over")
                continue
            if all(a is None for a in amounts.values()):
                self.warn(number, f"budget row {name!r} has no amounts: passed over")
                continue
            missing = [k for k, i in column.items() if i is not None and amounts[k] is None]
            if missing:
                self.warn(number, f"budget row {name!r} lacks {', '.join(missing)}")
            if name.strip().lower() == "total":
                self.budget_totals(number, values, amounts)
                self._check_column_sums(number, rows, amounts)
            else:
                self.budget_row(number, name, values, amounts)
                rows.append(amounts)

    def budget_row(self, number: int, name: str, values: dict[str, str], amounts: Amounts) -> None:
        assert self.programme is not None
        agency = self.budget_agency(name, number)
        if self.kg.is_a(agency, "UNAgency"):
            self.participates(agency, "implementing", number)
        source = self.src(number)
        if amounts["contribution"] is not None:
            self.kg.add_edge(  # the Fund's transfer to a recipient organisation: a grant
                self.fund(number),
                "grantsTo",
                agency,
                source,
                {"amount": amounts["contribution"], "currency": "USD", "fundingKind": "fund-contribution"},
            )
        if amounts["co-funding"] is not None:
            self.kg.add_edge(
                agency,
                "funds",
                self.programme,
                source,
                {"amount": amounts["co-funding"], "currency": "USD", "fundingKind": "co-funding"},
            )
        if amounts["total"] is not None:
            agency_name = self.kg.node(agency)["name"]
            self.observation(
                f"total-{slug(agency_name)}",
                f"total budget of {agency_name} (contribution + co-funding)",
                values["total"],
                number,
                code=measures.agency_total(agency),
            )
            self._check_row_sum(number, name, amounts)

    def budget_totals(self, number: int, values: dict[str, str], amounts: Amounts) -> None:
        assert self.programme is not None
        if amounts["contribution"] is not None:
            fund = self.fund(number)
            self.kg.add_edge(
                fund,
                "funds",
                self.programme,
                self.src(number),
                {"amount": amounts["contribution"], "currency": "USD", "fundingKind": "fund-contribution"},
            )
        if amounts["co-funding"] is not None:
            self.observation(measures.CO_FUNDING, "co-funding", values["co-funding"], number)
        if amounts["total"] is not None:
            self.observation(measures.OVERALL_BUDGET, "overall budget (with co-funding)", values["total"], number)
            self._check_row_sum(number, "Total", amounts)

    def _check_row_sum(self, number: int, name: str, amounts: Amounts) -> None:
        parts = (amounts["contribution"], amounts["co-funding"])
        if parts[0] is None or parts[1] is None or amounts["total"] is None:
            return
        computed = parts[0] + parts[1]
        if abs(computed - amounts["total"]) > 0.5:
            self.b.warn(
                self.doc.id,
                number,
                f"budget row {name!r}: {parts[0]:,} + {parts[1]:,} = {computed:,}, "
                f"printed total {amounts['total']:,} (kept as printed)",
            )

    def _check_column_sums(self, number: int, rows: list[Amounts], totals: Amounts) -> None:
        for column, printed in totals.items():
            values = [row[column] for row in rows if row[column] is not None]
            if printed is None or not values:
                continue
            computed = sum(values)
            if abs(computed - printed) > 0.5:
                self.b.warn(
                    self.doc.id,
                    number,
                    f"budget column {column!r}: the rows add up to {computed:,}, "
                    f"printed total {printed:,} (kept as printed)",
                )

    # -- SDG targets -------------------------------------------------------------------------

    def load_sdg_targets(self) -> None:
        """Each "Target 1.3. ..." line: the programme ``alignedWith`` the target where the template
        asks what it "focused on", ``contributesTo`` it where the question or heading above speaks of
        its contribution ("primarily contributed to", "SDG acceleration": the JP's contribution)."""
        assert self.programme is not None
        relation = "alignedWith"
        for number, line in enumerate(self.doc.lines, start=1):
            match = _SDG.match(plain(line))
            if match is None:
                if "\t" not in line and _SDG_QUESTION.search(line):
                    relation = "contributesTo" if _CONTRIBUTION.search(line) else "alignedWith"
                continue
            code = match.group(1)
            target = sdg_node(self.b, code)
            if target is None or not self.kg.is_a(target, "SDGTarget"):
                self.b.warn(self.doc.id, number, f"'Target {code}' is not an SDG target: not linked")
                continue
            source = self.src(number)
            self.kg.add_node(target, "SDGTarget", f"Target {code}", source)
            bullets = self._bullets_under(number)
            if relation == "contributesTo" and bullets:  # a narrative: the bullets say who contributed
                agent = next((n for n in bullets if _JP_AGENT.search(plain(self.doc.lines[n - 1]))), None)
                if agent is not None:
                    self.kg.add_edge(self.programme, relation, target, source)
                    self.kg.add_edge(self.programme, relation, target, self.src(agent))
                continue
            self.kg.add_edge(self.programme, relation, target, source)

    def _bullets_under(self, number: int) -> list[int]:
        """The lines of the bullets under a target line (footnotes between them skipped), up to the
        next target or heading."""
        bullets = []
        for n in range(number + 1, len(self.doc.lines) + 1):
            line = plain(self.doc.lines[n - 1])
            if not line or re.match(r"^[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s", line):
                continue
            if not line.startswith(("-", "•")) or "\t" in self.doc.lines[n - 1]:
                break
            bullets.append(n)
        return bullets


def _title_unit(part: str) -> str | None:
    """The office a title names ("Director of the Social Protection Office": "Social Protection Office"); None
    for a body named outright ("Ministry of Social Development") or a part that is no such title."""
    match = _UNIT.match(part)
    if match is None or _ORGANISATION.search(match["title"]):
        return None
    return match["unit"]


_QUALIFIER = re.compile(r"\s*\((?:in[- ]kind|in cash|cash|parallel|own resources)\)\s*$", re.I)
"""How a budget row qualifies its co-funding ("NSSF (in kind)"): not part of the name."""
_UN = re.compile(r"\bUnited Nations\b|\bUN\b|^UN[A-Z]")
_ROLE = re.compile(r"\s*\((?:co-?)?(?:lead|convening|coordinating)(?:\s+(?:agency|PUNO))?\)", re.I)
"""A PUNO's role written after it in the cover's list ("ILO (lead)")."""


def _money(text: str) -> str:
    """The printed amount in a money field ('USD$ 2,400,408.00' -> '2,400,408.00')."""
    match = re.search(r"\d[\d,.]*", text)
    return match.group().rstrip(".") if match else text


def load(builder: Builder, doc: Document) -> str | None:
    """Load the cover page, budget and SDG targets of a Joint SDG Fund report; the programme's node."""
    loader = CoverLoader(builder, doc)
    loader.load()
    return loader.programme
