"""The Fund's global indicators as an annual report's form prints them: one question per paragraph.

Under a heading "Global Output 3: ..." the annual template prints each numbered indicator on a line
of its own, its answer a few lines below::

    1.3 Number of innovative solutions tested in 2020
    Total number disaggregated by % successful and unsuccessful: **0**
    Provide the list
    Explain briefly: It will be done in 2021.

Each such question becomes an ``Indicator`` that ``measures`` the Fund's global result (the node
:mod:`gapgraph.loaders.jsdgf.framing` makes of the heading), with a ``result`` observation of the
printed total for the year the question names ("in 2020"), else the year the report covers, and
the "Explain briefly" text as its explanation. Yes/No questions are left alone: the form prints
both answers and the extracted text does not say which one was ticked, so no answer is invented.

>>> _TOTAL.match("Total number disaggregated by % successful and unsuccessful: **0**").group("n")
'0'
>>> _QUESTION.match("1.4 Number of integrated policy solutions implemented in 2020").group("code")
'1.4'
"""

from __future__ import annotations

import re

from gapgraph.graph.ids import node_iri
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.jsdgf import listed_policies
from gapgraph.loaders.observations import add_observation, node_key
from gapgraph.loaders.reader import DocumentReader
from gapgraph.loaders.text import plain

_HEADING = re.compile(r"^\s*Global\s+(?P<kind>Outcome|Output)\s+(?P<number>\d+)\s*:")
_QUESTION = re.compile(r"^\s*(?P<code>\d+\.\d+)\s*:?\s+(?P<statement>(?:Number|Share|Percentage)\s+of\s.+?)\s*$", re.I)
_TOTAL = re.compile(r"^\s*Total\s+number\b[^:]*:\s*\**\s*(?P<n>\d[\d,.]*)\s*\**\s*$", re.I)
_EXPLAIN = re.compile(r"^\s*Explain\s+briefly\s*:\s*(?P<text>.+?)\s*$", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_REACH = 12
"""How many lines after a question its answer may come (the form's hints come in between)."""


class AnswersReader(DocumentReader):
    """Reads the numbered global questions that print a total under a "Global Outcome/Output N" heading."""

    def __init__(self, builder: Builder, doc: Document, programme: str) -> None:
        super().__init__(builder, doc)
        self.programme = programme

    def fund_result(self, kind: str, number: str) -> str | None:
        """The node of the Fund's global result the heading names, if the framing reader made it."""
        for fund in self.kg.into(self.programme, "funds"):
            if self.kg.is_a(fund, "Fund"):
                node = node_iri(kind, fund.rsplit("/", 1)[-1], f"Global {kind} {number}")
                if self.kg.has_node(node):
                    return node
        return None

    def load(self) -> None:
        result: str | None = None
        lines = [plain(raw) if "\t" not in raw else "" for raw in self.doc.lines]
        for number, line in enumerate(lines, start=1):
            heading = _HEADING.match(line)
            if heading:
                result = self.fund_result(heading.group("kind"), heading.group("number"))
                continue
            question = _QUESTION.match(line) if result else None
            if result and question:
                self.question(result, question.group("code"), question.group("statement"), number, lines)

    def question(self, result: str, code: str, statement: str, line: int, lines: list[str]) -> None:
        """One question: its total (if printed before the next question) and its explanation."""
        total: tuple[int, str] | None = None
        explanation: tuple[int, str] | None = None
        for number in range(line + 1, min(line + _REACH, len(lines)) + 1):
            text = lines[number - 1]
            if _QUESTION.match(text) or _HEADING.match(text):
                break
            if (match := _TOTAL.match(text)) and total is None:
                total = (number, match.group("n"))
            elif (match := _EXPLAIN.match(text)) and explanation is None:
                explanation = (number, match.group("text"))
        if total is None:
            return
        source = self.src(line, (explanation or total)[0])
        year = _YEAR.search(statement) or _YEAR.fullmatch(str(self.doc.meta.get("period", "")).strip())
        period = year.group() if year else "final"
        indicator = node_iri("Indicator", result.rsplit("/", 1)[-1], code)
        self.kg.add_node(indicator, "Indicator", statement, source, attributes={"code": code, "statement": statement})
        self.kg.add_edge(indicator, "measures", result, source)
        add_observation(
            self.kg,
            indicator,
            self.src(total[0]),
            key=(node_key(indicator), "result", period),
            name=f"{statement[:80]}: result {period}",
            printed=total[1],
            kind="result",
            period=period,
            explanation=explanation[1] if explanation else None,
        )


def load(builder: Builder, doc: Document, programme: str) -> None:
    """Read the totals of the Fund's numbered global questions in a report's form, and the policies
    its "List the policies" answers name (:mod:`.listed_policies`)."""
    AnswersReader(builder, doc, programme).load()
    listed_policies.load(builder, doc)
