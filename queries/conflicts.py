"""Where documents disagree: the same attribute of the same thing given different values.

Besides one attribute given two values, a programme whose documents name different funders is a
conflict (:func:`funders`); a law step dated differently is one through the ``onDate`` of its edge.
Each conflict has a severity (:func:`severity`).

Two values are *not* a conflict when they only differ in precision: dates where one is the other
made less precise ("2020-02" and "2020-02-01"), numbers where the coarser is the finer rounded
(49,000 and 49,161; "12.5 million" and 12,517,648), printed values whose numbers agree, texts
where one only goes on longer than the other. Statuses are not compared as values: a law
"presented" in one report and "approved" in a later one is progress, not a contradiction; a later
document giving an earlier stage than an earlier one is (:func:`statuses_backwards`). A share of
a population reported for two periods is compared across them (:func:`shares_across_periods`):
the make-up of a population does not swing by tens of points between two reports.

>>> compatible_numbers(49000, 49161), compatible_numbers(43158, 49161)
(True, False)
"""

from __future__ import annotations

import math
import re
from typing import Any

from gapgraph.graph.ids import doc_iri
from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.graph.resolve import normalise
from gapgraph.ontology.models import Source
from gapgraph.ontology.statuses import STAGES, body, stage, status_date, step_word, waiting
from gapgraph.queries.alignment import priorities_served
from gapgraph.queries.approvals import approved_by_commission
from gapgraph.queries.attendance import donors_attending
from gapgraph.queries.conflict import Conflict, sources_of
from gapgraph.queries.explanations import not_adding_up
from gapgraph.queries.firsts import counted_before_made
from gapgraph.queries.names import names_differing
from gapgraph.queries.schedules import durations, slipped
from gapgraph.queries.twins import twins

IGNORED = {"status", "value", "varianceExplanation", "acronym", "jobTitle", "countryCode", "writtenName"}
"""Attributes whose several values are expected (a country's alpha-2 and alpha-3 codes), or that are
compared through another attribute (a status by its stage, a printed value by its number, written
names by :func:`gapgraph.queries.names.names_differing`)."""

DATES = {"startDate", "endDate", "actualEndDate", "date", "onDate"}
GROWING = {"participantCount", "participants"}
"""Counts that grow as a programme goes on: a course's 56 participants in the annual report and 150
in the final report are the course's growth, not a contradiction (:func:`grew`)."""


def _significant_zeros(value: float) -> int:
    """How many trailing zeros an integer-valued number has (its rounding)."""
    if value != int(value) or value == 0:
        return 0
    count, number = 0, int(abs(value))
    while number % 10 == 0:
        number //= 10
        count += 1
    return count


def compatible_numbers(a: float, b: float) -> bool:
    """Whether two numbers agree up to the rounding of the coarser one."""
    if a == b:
        return True
    coarse, fine = (a, b) if _significant_zeros(a) >= _significant_zeros(b) else (b, a)
    zeros = _significant_zeros(coarse)
    return zeros > 0 and math.isclose(round(fine, -zeros), coarse)


def compatible(attribute: str, a: Any, b: Any) -> bool:
    """Whether two values of an attribute say the same thing."""
    if attribute in DATES:
        return str(a).startswith(str(b)) or str(b).startswith(str(a))
    if isinstance(a, int | float) and isinstance(b, int | float):
        return compatible_numbers(float(a), float(b))
    first, second = normalise(str(a)), normalise(str(b))
    return first.startswith(second) or second.startswith(first)


def _disagreeing(attribute: str, claims: list[dict[str, Any]]) -> bool:
    values = [c["value"] for c in claims]
    return any(not compatible(attribute, a, b) for i, a in enumerate(values) for b in values[i + 1 :])


def grew(kg: KnowledgeGraph, attribute: str, claims: list[dict[str, Any]]) -> bool:
    """Whether the values of a growing count only grow from earlier documents to later ones (by the
    documents' dates, :func:`_document_date`); two values of one document, or of undated documents,
    or a later document giving fewer, are not growth."""
    if attribute not in GROWING:
        return False
    for i, a in enumerate(claims):
        for b in claims[i + 1 :]:
            if compatible(attribute, a["value"], b["value"]):
                continue
            for first in a["sources"]:
                for second in b["sources"]:
                    when_a, when_b = _document_date(kg, first.doc), _document_date(kg, second.doc)
                    if not when_a or not when_b or when_a.startswith(when_b) or when_b.startswith(when_a):
                        return False
                    earlier, later = (a, b) if when_a < when_b else (b, a)
                    if not (isinstance(earlier["value"], int | float) and isinstance(later["value"], int | float)):
                        return False
                    if later["value"] < earlier["value"]:
                        return False
    return True


def _printed_conflict(data: dict[str, Any]) -> bool:
    """Observations without numbers still conflict when their printed values differ."""
    claims = data["attributes"].get("value", [])
    return "numericValue" not in data["attributes"] and _disagreeing("value", claims)


def conflicts(kg: KnowledgeGraph, across_documents: bool = True) -> list[Conflict]:
    """Every attribute (of a node or an edge) given incompatible values.

    With ``across_documents`` (the default) only disagreements between different documents are
    listed; a document contradicting itself is listed too when the other values come from elsewhere.
    """
    found: list[Conflict] = []
    for node_id, data in kg.nodes():
        for attribute, claims in sorted(data["attributes"].items()):
            ignored = attribute in IGNORED and not (attribute == "value" and _printed_conflict(data))
            if ignored or len(claims) < 2 or not _disagreeing(attribute, claims) or grew(kg, attribute, claims):
                continue
            values = [{"value": c["value"], "sources": sources_of(c["sources"])} for c in claims]
            if attribute == "numericValue":
                printed = data["attributes"].get("value", [])
                for value, claim in zip(values, claims, strict=True):
                    value["printed"] = [str(p["value"]) for p in printed if set(p["sources"]) & set(claim["sources"])]
            found.append(Conflict(node_id, data["name"], attribute, values))
    for u, v, key, data in kg.edges():
        for attribute, claims in sorted(data["attributes"].items()):
            if len(claims) >= 2 and _disagreeing(attribute, claims) and not grew(kg, attribute, claims):
                name = f"{kg.node(u)['name']} {data['type']} {kg.node(v)['name']}"
                found.append(
                    Conflict(
                        f"{u} {key} {v}",
                        name,
                        attribute,
                        [{"value": c["value"], "sources": sources_of(c["sources"])} for c in claims],
                    )
                )
    found += funders(kg)
    found += statuses_backwards(kg)
    found += statuses_redated(kg)
    found += shares_across_periods(kg)
    found += names_differing(kg)
    found += slipped(kg)
    found += durations(kg)
    found += not_adding_up(kg)
    found += approved_by_commission(kg)
    found += donors_attending(kg)
    found += twins(kg)
    found += counted_before_made(kg)
    found += priorities_served(kg)
    if across_documents:
        found = [c for c in found if len(c.documents()) > 1]
    for conflict in found:
        conflict.severity = severity(conflict)
    return sorted(found, key=lambda c: (c.name, c.attribute))


FUNDERS = ("Fund", "Donor")
"""Classes whose ``funds`` edges to a programme say who funds it (agencies' co-funding is another matter)."""


def funders(kg: KnowledgeGraph) -> list[Conflict]:
    """Programmes whose funder differs between statements: lines naming funders other lines do not.

    A line that names both is no contradiction (nor are the other lines, then); one naming only the
    European Union where other lines, of the same document or another, name only the Joint SDG Fund
    is.
    """
    found = []
    for programme, data in kg.nodes("Programme"):
        by_line: dict[tuple[str, tuple[int, int]], set[str]] = {}
        claims: dict[str, list[Source]] = {}
        for u, _, edge in kg.in_edges(programme, "funds"):
            if not kg.is_a(u, *FUNDERS):
                continue
            for source in edge["sources"]:
                by_line.setdefault((source.doc, source.lines), set()).add(u)
                claims.setdefault(u, []).append(source)
        named = list(by_line.values())

        def reconciled(a: set[str], b: set[str], named: list[set[str]] = named) -> bool:
            return any(g & a and g & b for g in named)

        if any(not (a & b) and not reconciled(a, b) for i, a in enumerate(named) for b in named[i + 1 :]):
            values = [{"value": kg.node(u)["name"], "sources": sources_of(claims[u])} for u in sorted(claims)]
            found.append(Conflict(programme, data["name"], "funder", values))
    return found


def _document_date(kg: KnowledgeGraph, doc: str) -> str | None:
    """A document's date (the manifest's), else the year it reports on when its period is one year
    (an annual report states its statuses as of that year); None for a document not dated so."""
    iri = doc_iri(doc)
    if not kg.has_node(iri):
        return None
    if kg.value(iri, "date"):
        return str(kg.value(iri, "date"))
    period = str(kg.value(iri, "period") or "").strip()
    return period if re.fullmatch(r"(?:19|20)\d\d", period) else None


def statuses_backwards(kg: KnowledgeGraph) -> list[Conflict]:
    """Things whose status a later document puts at an earlier stage than an earlier document did.

    A status is dated by the month it gives ("approved by the Senate (March 2022)"), else by its
    document's date (the manifest's); undated statuses are not compared. Two statuses naming
    different bodies ("approved by the Chamber of Deputies", "pending in the Senate") are two steps,
    not a step back; nor are two statuses of one document.
    """
    found = []
    for node_id, data in kg.nodes():
        dated = []
        for claim in data["attributes"].get("status", []):
            rank = stage(str(claim["value"]))
            for source in claim["sources"]:
                when = status_date(str(claim["value"])) or _document_date(kg, source.doc)
                if rank is not None and when:
                    dated.append((when, rank, source.doc, claim))
        backwards = [
            (earlier, later)
            for earlier in dated
            for later in dated
            if earlier[2] != later[2]
            and later[0] > earlier[0]
            and not later[0].startswith(earlier[0])
            and later[1] < earlier[1]
            and not (body(str(earlier[3]["value"])) and body(str(later[3]["value"])) != body(str(earlier[3]["value"])))
        ]
        if backwards:
            claims = {id(c): c for pair in backwards for (_, _, _, c) in pair}.values()
            values = [
                {
                    "value": c["value"],
                    "stage": STAGES[(stage(str(c["value"])) or 1) - 1][0],
                    "sources": sources_of(c["sources"]),
                }
                for c in claims
            ]
            found.append(Conflict(node_id, data["name"], "status (went backwards)", values))
    return found


def statuses_redated(kg: KnowledgeGraph) -> list[Conflict]:
    """Things whose statuses give one step two dates: "presented to the Assembly (8 March 2021)" and
    "presented to the Assembly (17 May 2021)" of one bill (high, as any date of a law's step).

    Only dates a status states itself count (not its document's), at the precision both give
    ("March 2021" and "2021" agree); a status of waiting ("pending") dates no step, and two statuses
    naming different bodies or different steps of one stage ("deposited", "in force") are different
    steps.
    """
    found = []
    for node_id, data in kg.nodes():
        steps: dict[tuple[int, str], dict[str, list]] = {}
        for claim in data["attributes"].get("status", []):
            value = str(claim["value"])
            rank, when = stage(value), status_date(value)
            if rank is None or when is None or waiting(value):
                continue
            steps.setdefault((rank, f"{step_word(value)} {body(value)}"), {}).setdefault(when, []).append(claim)
        for (rank, _), by_date in sorted(steps.items()):
            dates = sorted(by_date)
            apart = [(a, b) for i, a in enumerate(dates) for b in dates[i + 1 :] if not b.startswith(a)]
            if not apart:
                continue
            values = [
                {"value": c["value"], "stage": STAGES[rank - 1][0], "sources": sources_of(c["sources"])}
                for when in dates
                for c in by_date[when]
            ]
            conflict = Conflict(node_id, data["name"], f"status date ({STAGES[rank - 1][0]})", values)
            conflict.judged = "high"
            found.append(conflict)
    return found


SHARE_SWING = 20.0
"""Percentage points between two periods' shares of one population beyond which they contradict."""


def shares_across_periods(kg: KnowledgeGraph) -> list[Conflict]:
    """A reported share (%) of the same population, for the same owner, swinging by more than
    :data:`SHARE_SWING` points between two periods ("around 70% are women" in 2020, "33%" at the end).

    Only figures the documents report in passing (``observationKind`` "reported") are compared:
    indicators' baselines, targets and results are meant to move.
    """
    found = []
    for owner, _ in kg.nodes():
        by_measure: dict[str, list[tuple[str, float, dict[str, Any]]]] = {}
        for observation in kg.out(owner, "hasObservation"):
            if kg.value(observation, "unit") != "%" or kg.value(observation, "observationKind") != "reported":
                continue
            for claim in kg.claims(observation, "numericValue"):
                if isinstance(claim["value"], int | float):
                    measure = str(kg.value(observation, "measure"))
                    by_measure.setdefault(measure, []).append(
                        (str(kg.value(observation, "period")), claim["value"], claim)
                    )
        for measure, shares in sorted(by_measure.items()):
            periods = {period for period, _, _ in shares}
            numbers = [number for _, number, _ in shares]
            if len(periods) > 1 and max(numbers) - min(numbers) > SHARE_SWING:
                values = [
                    {"value": number, "period": period, "sources": sources_of(claim["sources"])}
                    for period, number, claim in sorted(shares, key=lambda s: s[0])
                ]
                found.append(Conflict(owner, f"{kg.node(owner)['name']}: {measure}", "share across periods", values))
    return found


def _one_within_another(values: list[dict]) -> bool:
    """Whether every date lies within the interval another value gives ("2020-11/2020-12" and
    "2020-12"): the documents differ in how precisely they date it, not on when it was.

    >>> _one_within_another([{"value": "2020-11/2020-12"}, {"value": "2020-12"}])
    True
    >>> _one_within_another([{"value": "2020-11/2020-12"}, {"value": "2021-03"}])
    False
    """
    spans = [str(v["value"]).split("/") for v in values]
    intervals = [s for s in spans if len(s) == 2]
    return bool(intervals) and all(
        len(s) == 2 or any(lo[: len(s[0])] <= s[0] <= hi[: len(s[0])] for lo, hi in intervals) for s in spans
    )


def severity(conflict: Conflict) -> str:
    """How much a contradiction matters: a date or a funder more than a rounding.

    >>> severity(Conflict("n", "x", "numericValue", [{"value": 49161}, {"value": 43158}]))
    'medium'
    >>> severity(Conflict("n", "x", "onDate", [{"value": "2021-10-21"}, {"value": "2021-11-30"}]))
    'high'
    """
    if conflict.judged:
        return conflict.judged
    if conflict.attribute in DATES and _one_within_another(conflict.values):
        return "low"
    if conflict.attribute in DATES or conflict.attribute == "funder":
        return "high"
    if conflict.attribute.startswith("status"):
        return "low"
    numbers = [v["value"] for v in conflict.values if isinstance(v["value"], int | float)]
    if len(numbers) >= 2 and max(numbers) > 0 and (max(numbers) - min(numbers)) / max(numbers) > 0.1:
        return "medium"
    return "low"
