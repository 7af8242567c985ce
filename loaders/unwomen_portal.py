"""Pages of the UN Women Transparency Portal for one country outcome (open.unwomen.org, scraped).

The page gives an outcome code and its IATI activity id (``outcome MEX_D_2.1XM-DAC-41146-MEX_D_2.1``),
the outcome statement, its resources (planned, actual, expenses), then blocks for indicators (a
code line, a statement, then year / Baseline|Milestone|Target|Result / "value value" lines), and
"OUTPUT <code>" blocks with a statement, budgets and their own indicators.

The country is read from the outcome code (its first three letters are an ISO 3166-1 alpha-3 code,
looked up in the base registry) and never from the page's header: scraped pages carry the header of
whatever country the portal showed last (the corpus's says Afghanistan). The budgets' period is the
manifest's ``period``, else the page's "Plan Period".

What it yields: a ``Programme`` for UN Women's strategic note of that country, which UN Women
``leads``; the ``Outcome`` and ``Output`` nodes (codes, statements), each output ``contributesTo``
the outcome; budget ``Observation`` nodes of each; ``Indicator`` nodes that ``measures`` their result,
with an ``Observation`` for every baseline, milestone, target and result the page gives a value for
(a dash is no value).
"""

from __future__ import annotations

import re

from gapgraph.graph.ids import node_iri
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.kinds import register
from gapgraph.loaders.observations import add_observation, node_key
from gapgraph.loaders.reader import DocumentReader
from gapgraph.loaders.text import parse_number, plain

KINDS = ("unwomen-transparency-portal-outcome",)

_OUTCOME = re.compile(r"^outcome\s+(?P<code>(?P<country>[A-Z]{3})_[A-Z]_[\d.]+)(?P<iati>XM-DAC-\d+-\S+)?\s*$", re.I)
_OUTPUT = re.compile(r"^OUTPUT\s+(?P<code>[A-Z]{3}_[A-Z]_[\d.]+)\s*$")
_INDICATOR_CODE = re.compile(r"^(?:SP|[A-Z]{3})_[A-Z]_[\w.]+$")
_BUDGET = re.compile(
    r"^\$?(?P<amount>[\d.,]+)\s*(?P<scale>[KM])?\s+(?P<label>Planned Budget|Actual Budget(?: and Shortfall)?|Expenses)$"
)
_BUDGET_AFTER = re.compile(
    r"^(?P<label>Planned Budget|Actual Budget(?: and Shortfall)?|Expenses):\s*\$(?P<amount>[\d.,]+)\s*(?P<scale>[KM])?$"
)
_LABELS = {"Baseline": "baseline", "Milestone": "milestone", "Target": "target", "Result": "result"}
_NOTES = (
    "UN Women reports",
    "In addition to results",
    "Data reported",
    "Complementary indicators",
    "Common indicators",
)


def _amount(amount: str, scale: str | None) -> int | float | None:
    value = parse_number(amount)
    if value is None:
        return None
    factor = {"K": 1_000, "M": 1_000_000}.get(scale or "", 1)
    result = round(value * factor, 2)
    return int(result) if float(result).is_integer() else result


class PortalLoader(DocumentReader):
    """Reads one transparency-portal outcome page."""

    def __init__(self, builder: Builder, doc: Document) -> None:
        super().__init__(builder, doc)
        self.lines = [plain(line) for line in doc.lines]
        self.programme: str | None = None
        self.outcome_node: str | None = None
        self.result: str | None = None  # the outcome or output the next indicators measure
        self.period = "report"

    def load(self) -> None:
        start = next((n for n, line in enumerate(self.lines, 1) if _OUTCOME.match(line)), None)
        if start is None:
            self.warn(1, "no 'outcome <code>' line: not a transparency-portal outcome page")
            return
        header = next((n for n, line in enumerate(self.lines[:start], 1) if re.search(r"Plan Period", line)), None)
        if header is not None:
            self.b.warn(
                self.doc.id,
                header,
                f"page header {self.lines[header - 1][:60]!r} ignored: the country comes from the outcome code",
            )
        self.outcome(start)
        number = start + 1
        while number <= len(self.lines):
            line = self.lines[number - 1]
            if _OUTPUT.match(line):
                number = self.output(number)
            elif _INDICATOR_CODE.match(line) and self.result is not None:
                number = self.indicator(number)
            else:
                self.budget(number)
                number += 1

    def next_text(self, number: int) -> int | None:
        for n in range(number + 1, min(number + 4, len(self.lines)) + 1):
            if self.lines[n - 1]:
                return n
        return None

    def outcome(self, number: int) -> None:
        match = _OUTCOME.match(self.lines[number - 1])
        assert match is not None
        code, country = match.group("code"), match.group("country").upper()
        agency = self.b.resolve("UN Women")
        known = self.b.country_codes.get(country)
        place = self.b.ensure(known) if known else None
        programme_name = f"UN Women Strategic Note {self.kg.node(place)['name'] if place else country}"
        self.programme = node_iri("Programme", "un-women-strategic-note", country)
        period = re.search(r"Plan Period\s*:\s*(\d{4}-\d{4})", " ".join(self.lines))
        self.period = self.doc.meta.get("period") or (period.group(1) if period else "report")
        self.kg.add_node(self.programme, "Programme", programme_name, self.src(number), attributes={"code": country})
        if period:
            line = next(n for n, text in enumerate(self.lines, 1) if period.group(0) in text)
            start, end = period.group(1).split("-")
            self.kg.add_claim(self.programme, "startDate", start, self.src(line))
            self.kg.add_claim(self.programme, "endDate", end, self.src(line))
        if agency is not None:
            self.kg.add_edge(agency, "leads", self.programme, self.src(number))
        if place is not None:
            self.kg.add_edge(self.programme, "locatedIn", place, self.src(number))
        statement_line = self.next_text(number)
        statement = self.lines[statement_line - 1] if statement_line else ""
        self.result = node_iri("Outcome", code)
        self.kg.add_node(
            self.result,
            "Outcome",
            f"{code}: {statement}" if statement else code,
            self.src(number, statement_line or number),
            attributes={"code": code, "statement": statement or None},
        )
        self.kg.add_edge(self.result, "partOf", self.programme, self.src(number))
        if match.group("iati"):
            self.kg.add_node(self.result, "Outcome", match.group("iati"), self.src(number))
        self.outcome_node = self.result

    def output(self, number: int) -> int:
        match = _OUTPUT.match(self.lines[number - 1])
        assert match is not None and self.programme is not None and self.outcome_node is not None
        code = match.group("code")
        statement_line = self.next_text(number)
        statement = self.lines[statement_line - 1] if statement_line else ""
        node = node_iri("Output", code)
        self.kg.add_node(
            node,
            "Output",
            f"{code}: {statement}",
            self.src(number, statement_line or number),
            attributes={"code": code, "statement": statement or None},
        )
        self.kg.add_edge(node, "partOf", self.programme, self.src(number))
        self.kg.add_edge(node, "contributesTo", self.outcome_node, self.src(number))
        self.result = node
        return (statement_line or number) + 1

    def budget(self, number: int) -> None:
        line = self.lines[number - 1]
        match = _BUDGET.match(line) or _BUDGET_AFTER.match(line)
        if match is None or self.result is None:
            return
        label = match.group("label").replace(" and Shortfall", "").lower()
        amount = _amount(match.group("amount"), match.group("scale"))
        code = self.kg.value(self.result, "code")
        add_observation(
            self.kg,
            self.result,
            self.src(number),
            key=(code, label),
            name=f"{code}: {label}",
            printed=line,
            kind="reported",
            period=self.period,
            unit="USD",
            number=amount,
            measure=f"{label} of {code}",
        )

    def indicator(self, number: int) -> int:
        """One indicator block; returns the line after it."""
        assert self.result is not None
        code = self.lines[number - 1]
        end = number + 1
        while end <= len(self.lines) and not (
            _INDICATOR_CODE.match(self.lines[end - 1])
            or _OUTPUT.match(self.lines[end - 1])
            or self.lines[end - 1].startswith(("Output Indicator", "Strategic Note"))
        ):
            end += 1
        block = list(range(number + 1, end))
        statement_line = next(
            (
                n
                for n in block
                if len(self.lines[n - 1].split()) >= 4
                and not self.lines[n - 1].startswith(_NOTES)
                and not re.match(r"^\d{4} Result", self.lines[n - 1])
            ),
            None,
        )
        if statement_line is None:
            self.warn(number, f"indicator {code} without a statement: passed over")
            return end
        statement = self.lines[statement_line - 1]
        result_code = self.kg.value(self.result, "code")
        node = node_iri("Indicator", result_code, code)
        self.kg.add_node(
            node,
            "Indicator",
            statement,
            self.src(number, statement_line),
            attributes={"code": code, "statement": statement},
        )
        self.kg.add_edge(node, "measures", self.result, self.src(number, statement_line))
        self.values(node, block)
        return end

    def values(self, indicator: str, block: list[int]) -> None:
        year: str | None = None
        label: str | None = None
        for n in block:
            line = self.lines[n - 1]
            if re.fullmatch(r"\d{4}|0", line):
                year = line if line != "0" else None
            elif line in _LABELS:
                label = _LABELS[line]
            elif label is not None and re.fullmatch(r"(\S+(?: \S+)*) \1", line):
                printed = line[: len(line) // 2]
                if printed != "-":  # "-" is an empty cell; "TBD" is printed, and kept as printed
                    period = year or "unknown"
                    kind = "baseline" if label == "baseline" else label
                    self.observation(indicator, kind, period, printed, n)
                label = None

    def observation(self, indicator: str, kind: str, period: str, printed: str, number: int) -> None:
        code = self.kg.claims(indicator, "code")[0]["value"]
        add_observation(
            self.kg,
            indicator,
            self.src(number),
            key=(node_key(indicator), kind, period),
            name=f"{code}: {kind} {period}",
            printed=printed,
            kind=kind,
            period=period,
        )


@register(*KINDS)
def load(builder: Builder, doc: Document) -> None:
    """Load a transparency-portal outcome page."""
    PortalLoader(builder, doc).load()
