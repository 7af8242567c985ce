"""The results framework table of Joint SDG Fund reports: outcomes, outputs, indicators and values.

The table is found by its header ("Result / Indicators", "Baseline", ...), and its columns are read by
their names, so the annual template ("Expected 2020 target", "2020 Result", "Expected 2021 target")
and the final one ("Expected final target", "Final result") both parse, whatever the order or width;
so does a table that gives its indicators a column of their own after the level ("Level |
Indicator | 2020 result | Baseline | 2020 target | ..."), a code of its own before each ("1.a").

Rows of extracted tables are messy: a label may run on to the next line, a variance explanation
may be split into several lines, an output heading may be mislabelled "indicator", cells may be
HTML. A row whose first cell does not start with "Outcome" or "Output" continues the row above; an
"indicator" row with no values at all is taken as a heading.

What it yields, for the programme of the report's cover page:

- ``Outcome`` and ``Output`` nodes (code, statement), part of the programme; each output
  ``contributesTo`` its outcome;
- ``Indicator`` nodes that ``measures`` their outcome or output; the same indicator in two reports is
  one node (matched by its statement under the same result);
- one ``Observation`` per value (baseline, target, result) and period, ``hasObservation`` of the
  indicator, with the value as printed, the number read from it, the unit and the variance
  explanation;
- a law, pilot or product the variance explanation names (by a registry name) ``contributesTo`` the
  indicator's output or outcome; read once every document is loaded, as the things it names may be
  listed only further on (the strategic-documents annex, the trainings) or in another report.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from gapgraph.graph.ids import node_iri
from gapgraph.graph.resolve import normalise
from gapgraph.loaders import chain
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.observations import add_observation, node_key, thing_key
from gapgraph.loaders.reader import DocumentReader
from gapgraph.loaders.sections import sentences
from gapgraph.loaders.text import cells, plain
from gapgraph.ontology.models import Source

_HEADER = re.compile(
    r"^\s*(?:results?\s*/\s*indicators?|(?:results?\s+)?level|results?|outcomes?\s*/\s*outputs?)\s*$|"
    r"^\s*results?\s*/\s*indicators?\b",
    re.I,
)
"""The first header cell of a results table: "Result / Indicators", or "Level" (or "Result") where
an "Indicator" column of its own follows."""
_LOCAL_CODE = re.compile(r"^(?:\d+(?:\.\d+)*\.?[a-z]?|[a-z])[.)]?\s+(?=[A-Z])")
"""A table's own code before an indicator's statement ("1.a Number of ...")."""
_OUTCOME = re.compile(r"^outcome\s+(\d+)(?:\.(\d+))?\s*\.?\s*(indicator\b)?\s*[:.]?\s*(.*)$", re.I)
_OUTPUT = re.compile(r"^output\s+(\d+)\.(\d+)\s*\.?\s*(indicator\b)?\s*[:.]?\s*(.*)$", re.I)


Warn = Callable[[int, str], None]
"""Notes a warning about a line of the document being read."""


@dataclass
class Column:
    """What a value column holds: an observation kind and its period."""

    index: int
    kind: str
    period: str


@dataclass
class Row:
    """One logical row of the table, continuation lines joined in."""

    first: int
    last: int
    cells: list[str]
    extra: list[str] = field(default_factory=list)

    def cell(self, index: int) -> str:
        return self.cells[index] if index < len(self.cells) else ""


def read_columns(header: list[str]) -> tuple[list[Column], int | None]:
    """The value columns and the variance column of a results header row."""
    columns: list[Column] = []
    variance = None
    for index, text in enumerate(header):
        name = text.lower()
        year = re.search(r"\b(19|20)\d{2}\b", name)
        period = year.group() if year else "final"
        if "variance" in name:
            variance = index
        elif "baseline" in name:
            columns.append(Column(index, "baseline", "baseline"))
        elif "target" in name:
            columns.append(Column(index, "target", period))
        elif "result" in name and index > 0:
            columns.append(Column(index, "result", period))
    return columns, variance


def indicator_column(header: list[str]) -> int | None:
    """The column of indicators' statements, where the results table gives one after its level
    column ("Level | Indicator | 2020 result | Baseline | ...")."""
    for index, text in enumerate(header[1:], start=1):
        name = text.lower()
        if "indicator" in name and not any(w in name for w in ("baseline", "target", "result", "variance")):
            return index
    return None


def read_rows(doc: Document, header_line: int, width: int, warn: Warn, value_columns: set[int]) -> list[Row]:
    """The table's rows, from after the header to the first line that is not part of a table.

    A line that does not start a row continues the row above, cell by cell; one that would put a
    second value into a value cell already filled is not a continuation but a garbled row, and is
    passed over with a warning.
    """
    rows: list[Row] = []
    for number in range(header_line + 1, len(doc) + 1):
        raw = doc.line(number)
        if not raw.strip():
            continue
        if "\t" not in raw and not (_OUTCOME.match(raw.strip()) or _OUTPUT.match(raw.strip())):
            break  # the table ends at the first line that is neither a cell row nor a result heading
        values = cells(raw)
        if all(re.fullmatch(r"-*", v) for v in values):
            continue  # a Markdown table rule
        label = values[0]
        if _OUTCOME.match(label) or _OUTPUT.match(label) or not rows:
            rows.append(Row(number, number, values + [""] * (width - len(values))))
            continue
        row = rows[-1]
        indicator_above = re.search(r"\bindicator\b", row.cells[0], re.I) is not None
        clash = [i for i in value_columns if i < len(values) and values[i] and (row.cell(i) or not indicator_above)]
        if label and clash:
            warn(number, f"results row not understood: {label[:60]!r} (passed over)")
            continue
        row.last = number
        for index, value in enumerate(values):
            if not value:
                continue
            if index < len(row.cells):
                row.cells[index] = f"{row.cells[index]} {value}".strip()
            else:
                row.extra.append(value)
    return rows


class ResultsLoader(DocumentReader):
    """Reads the results framework tables of one report into the graph."""

    def __init__(self, builder: Builder, doc: Document, programme: str) -> None:
        super().__init__(builder, doc)
        self.programme = programme
        self.prefix = thing_key(self.kg.node(programme)["name"])

    def row_src(self, row: Row) -> Source:
        return self.src(row.first, row.last)

    def load(self) -> None:
        for number, line in enumerate(self.doc.lines, start=1):
            header = cells(line)
            if len(header) >= 3 and _HEADER.match(header[0]) and any("baseline" in c.lower() for c in header):
                columns, variance = read_columns(header)
                statements = indicator_column(header)
                if statements is None and not re.search(r"indicator", header[0], re.I):
                    continue  # "Level | Baseline | ...": no indicators to read
                warn = self.warn
                for row in read_rows(self.doc, number, len(header), warn, {c.index for c in columns}):
                    self.load_row(row, columns, variance, statements)

    def load_row(self, row: Row, columns: list[Column], variance: int | None, statements: int | None = None) -> None:
        label = row.cells[0]
        values = [(c, row.cell(c.index)) for c in columns]
        has_values = any(v for _, v in values) or (variance is not None and bool(row.cell(variance)))
        statement = _LOCAL_CODE.sub("", row.cell(statements)).strip() if statements is not None else ""
        if statement and not re.search(r"\bindicator\b", label, re.I):
            label = f"{label.rstrip(' :.')} indicator {statement}"  # "Outcome 1 | 1.a Number of ...": its indicator
        outcome, output = _OUTCOME.match(label), _OUTPUT.match(label)
        if outcome:
            number, is_indicator, text = outcome.group(1), outcome.group(3), outcome.group(4).strip()
            if is_indicator and has_values:
                self.indicator(self.outcome_node(number, None, row), f"Outcome {number}", text, row, values, variance)
            else:
                self.outcome_node(number, text or None, row)
        elif output:
            code, is_indicator, text = f"{output.group(1)}.{output.group(2)}", output.group(3), output.group(4).strip()
            if is_indicator and has_values:
                self.indicator(self.output_node(code, None, row), f"Output {code}", text, row, values, variance)
            else:
                self.output_node(code, text or None, row)
        else:
            self.warn(row.first, f"results row not understood: {label[:60]!r}")

    # -- results ---------------------------------------------------------------------------

    def result_node(self, cls: str, code: str, statement: str | None, row: Row) -> tuple[str, bool]:
        """The outcome or output coded ``code``, part of the programme; whether the row added to it."""
        node = node_iri(cls, self.prefix, code)
        if statement or not self.kg.has_node(node):
            name = f"{code}: {statement}" if statement else code
            attributes = {"code": code, "statement": statement}
            self.kg.add_node(node, cls, name, self.row_src(row), attributes=attributes)
            if statement:
                self.latest_wording(node, name)
            self.kg.add_edge(node, "partOf", self.programme, self.row_src(row))
            return node, True
        return node, False

    def latest_wording(self, node: str, name: str) -> None:
        """The latest report's wording names a result (a final report restating an output); the earlier
        wordings stay cited aliases, and each statement a value of its own."""
        named = self.b.index("result wording as of")
        as_of = as_of_date(self.doc)
        if as_of >= named.get(node, ""):
            named[node] = as_of
            self.kg.rename(node, name)

    def outcome_node(self, number: str, statement: str | None, row: Row) -> str:
        """The outcome numbered ``number``; its statement is recorded when the row gives one."""
        return self.result_node("Outcome", f"Outcome {number}", statement, row)[0]

    def output_node(self, code: str, statement: str | None, row: Row) -> str:
        """The output coded ``code`` ('1.2'), contributing to its outcome."""
        node, added = self.result_node("Output", f"Output {code}", statement, row)
        if added:
            outcome = self.outcome_node(code.split(".")[0], None, row)
            self.kg.add_edge(node, "contributesTo", outcome, self.row_src(row))
        return node

    def indicator(
        self, parent: str, code: str, statement: str, row: Row, values: list[tuple[Column, str]], variance: int | None
    ) -> None:
        if not statement:
            self.warn(row.first, f"{code} indicator without a statement: passed over")
            return
        node = self.indicator_node(parent, code, statement, row)
        explanation = row.cell(variance) if variance is not None else ""
        if explanation:  # at the end: the things it names may be listed further on (an annex) or elsewhere
            self.b.at_finish(lambda: self.counted(explanation, parent, self.row_src(row)))
        for column, printed in values:
            if printed:
                self.observation(node, column, printed, explanation if column.kind == "result" else "", row)

    def counted(self, explanation: str, parent: str, source: Source) -> None:
        """Each law, pilot, product or training a variance explanation names ``contributesTo`` its result,
        read sentence by sentence (a generic "the on-line course on X" is read by its own sentence)."""
        contributors = self.kg.schema.relations["contributesTo"].domain
        for sentence in sentences(plain(explanation)):
            for thing in chain.counted(self.b, sentence):
                if self.kg.schema.fits(self.kg.node(thing)["type"], contributors):
                    self.kg.add_edge(thing, "contributesTo", parent, source)

    def indicator_node(self, parent: str, code: str, statement: str, row: Row) -> str:
        """The indicator of ``parent`` with this statement: one node across reports."""
        known = {_indicator_key(self.kg.node(u)["name"]): u for u in self.kg.into(parent, "measures")}
        key = _indicator_key(statement)
        close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.88)
        new = node_iri("Indicator", self.prefix, code, statement)
        node = known.get(key) or (known[close[0]] if close else new)
        self.kg.add_node(
            node, "Indicator", statement, self.row_src(row), attributes={"code": code, "statement": statement}
        )
        self.kg.add_edge(node, "measures", parent, self.row_src(row))
        return node

    def observation(self, indicator: str, column: Column, printed: str, explanation: str, row: Row) -> None:
        add_observation(
            self.kg,
            indicator,
            self.row_src(row),
            key=(node_key(indicator), column.kind, column.period),
            name=f"{self.kg.node(indicator)['name'][:80]}: {column.kind} {column.period}",
            printed=printed,
            kind=column.kind,
            period=column.period,
            explanation=explanation,
        )


def as_of_date(doc: Document) -> str:
    """When a report speaks: its date, else the end of its period ("2020-02/2022-05"), as an ISO prefix.

    >>> as_of_date(Document(id="d", kind="k", path="d.txt", lines=[], meta={"period": "2020"}))
    '2020'
    """
    return str(doc.meta.get("date") or str(doc.meta.get("period") or "").rsplit("/", 1)[-1])


def _indicator_key(statement: str) -> str:
    return normalise(re.sub(r"^\s*(number of|#)\s+", "", statement, flags=re.I))


def load(builder: Builder, doc: Document, programme: str) -> None:
    """Load the results framework tables of a report whose programme node is ``programme``."""
    ResultsLoader(builder, doc, programme).load()
