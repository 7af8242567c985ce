"""Key figures that several documents state about the same thing, read wherever they appear.

A figure is an ``Observation`` of its programme (``hasObservation``) identified by what it measures
and its period, so that two documents giving two numbers for the same thing land on the same node
with both values side by side (see ``gapgraph conflicts``). Each measure is a short list of
patterns; the period is the report's year for an annual report, "end of programme" for a final
report or a press release, and "as reported" for context statistics that are not about a period.

>>> [m.key for m in MEASURES][:2]
['domestic-workers-affiliated', 'people-trained']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gapgraph.graph.ids import node_iri, slug
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.jsdgf.results import numeric
from gapgraph.loaders.text import plain

END_KINDS = ("jsdgf-final-narrative-report", "press-release")
"""Document kinds whose figures describe the end of the programme."""


@dataclass(frozen=True)
class Measure:
    """A figure documents report: its key, label, unit, patterns (with a group ``n``), and whether it has a period."""

    key: str
    label: str
    unit: str | None
    patterns: tuple[re.Pattern[str], ...]
    periodic: bool = True


def _p(*patterns: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.I) for p in patterns)


MEASURES: tuple[Measure, ...] = (
    Measure(
        "domestic-workers-affiliated",
        "domestic workers affiliated to social security (IMSS)",
        "people",
        _p(
            r"(?P<n>\d[\d,.]*)\s+domestic workers\s+(?:are\s+|have been\s+|were\s+)?(?:affiliated|registered|enrolled)",
            r"affiliation amongst domestic workers:?\s*[\d.,]+%\s*(?:increase\s*)?"
            r"\((?P<n>\d[\d,.]*)\s+domestic workers\)",
            r"[\d.,]+%\s+increase\s+\((?P<n>\d[\d,.]*)\s+domestic workers\)",
            r"program to which (?P<n>\d[\d,.]*) domestic workers",
        ),
    ),
    Measure(
        "people-trained",
        "people trained in social protection",
        "people",
        _p(
            r"(?P<n>(?:more than\s+)?\d[\d,]*)\s+people\s+(?:were\s+)?(?:directly\s+)?trained",
            r"(?P<n>(?:more than\s+)?\d[\d,]*)\s+people have developed competencies",
        ),
    ),
    Measure(
        "campaign-impressions",
        "impressions of the domestic workers' rights campaign",
        "impressions",
        _p(r"reached (?P<n>[\d.,]+\s*million) impressions", r"(?P<n>\d[\d,]{6,}) impressions on social networks"),
    ),
    Measure(
        "domestic-workers-in-mexico",
        "domestic workers in Mexico",
        "people",
        _p(r"(?P<n>\d[\d.,]*\s*million)\s+domestic workers in Mexico"),
        periodic=False,
    ),
    Measure(
        "women-share-of-domestic-workers",
        "share of women among domestic workers in Mexico",
        "%",
        _p(
            r"(?P<n>\d+)% of the [\d.,]+ million domestic workers in Mexico are women",
            r"domestic workers in Mexico, among which (?P<n>\d+)% are women",
            r"domestic work, where women represent (?:above\s+)?(?P<n>\d+)%",
        ),
        periodic=False,
    ),
)


def period_of(doc: Document, measure: Measure) -> str:
    """The period a document's figure is about."""
    if not measure.periodic:
        return "as reported"
    if doc.kind in END_KINDS:
        return "end of programme"
    year = re.fullmatch(r"\s*((?:19|20)\d\d)\s*", doc.meta.get("period", ""))
    return year.group(1) if year else doc.meta.get("period") or "report"


def load(builder: Builder, doc: Document, programme: str | None) -> None:
    """Record every key figure the document states, for ``programme`` (or the programme a line names)."""
    kg = builder.kg
    for number, raw in enumerate(doc.lines, start=1):
        line = plain(raw)
        if not line:
            continue
        for measure in MEASURES:
            for pattern in measure.patterns:
                for match in pattern.finditer(line):
                    owner = programme or next(iter(m.node_id for m in builder.mentions(line, ("programme",))), None)
                    if owner is None:
                        continue
                    printed = match.group("n").strip()
                    value, _ = numeric(printed)
                    period = period_of(doc, measure)
                    name = kg.node(owner)["name"]
                    node = node_iri("Observation", slug(name)[:40], measure.key, period)
                    source = builder.source(doc.id, number)
                    attributes = {
                        "measure": measure.label,
                        "value": printed,
                        "numericValue": value,
                        "unit": measure.unit,
                        "period": period,
                        "observationKind": "reported",
                    }
                    kg.add_node(
                        node, "Observation", f"{name}: {measure.label} ({period})", source, attributes=attributes
                    )
                    kg.add_edge(owner, "hasObservation", node, source)
