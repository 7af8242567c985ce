"""Contradictions of schedule: a planned date that slipped, a stated duration its dates contradict.

- A thing's planned date (``plannedDate``: "will be concluded in April 2021"; a programme's
  ``endDate``, the end as planned) against the date it was done (``date``; ``actualEndDate``; for a
  law without a date, the month of a status at the approval stage or beyond, "approved by the
  Senate (March 2022)"), when the actual date is later. Severity low, medium for a programme's end
  or a law's approval.
- A programme's stated duration ("The project lasted two years", a ``duration of the programme``
  figure in months) against its start and (actual) end dates, when they differ by more than a tenth.

>>> months_between("2020-02-01", "2022-05-31")
28
"""

from __future__ import annotations

import re
from typing import Any

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.ontology.statuses import STAGES, stage, status_date
from gapgraph.queries.conflict import Conflict, sources_of

PLANNED = (("plannedDate", "date"), ("endDate", "actualEndDate"))
"""(planned, actual) attribute pairs of one thing."""
APPROVED = next(rank for rank, (name, _) in enumerate(STAGES, start=1) if name == "approved")
DURATION = "duration of the programme"
"""The measure of a stated duration (``loaders/figures.py``), in months."""


def _month(date: str) -> str:
    return str(date)[:7]


def _approved(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Statuses at the approval stage or beyond that give their month, as dated claims."""
    dated = []
    for claim in claims:
        rank, when = stage(str(claim["value"])), status_date(str(claim["value"]))
        if rank is not None and rank >= APPROVED and when and len(when) == 7:
            dated.append({"value": when, "status": claim["value"], "sources": claim["sources"]})
    return dated


def slipped(kg: KnowledgeGraph) -> list[Conflict]:
    """Things done later than a document had planned (a law: approved later than its deadline)."""
    found = []
    for node_id, data in kg.nodes():
        attributes = data["attributes"]
        for planned, actual in PLANNED:
            plans, done = attributes.get(planned, []), attributes.get(actual, [])
            if planned == "plannedDate" and not done:
                done, actual = _approved(attributes.get("status", [])), "status"
            if not plans or not done:
                continue
            latest = max(_month(c["value"]) for c in done)
            late = [c for c in plans if len(_month(c["value"])) == 7 and _month(c["value"]) < latest]
            if not late:
                continue
            values: list[dict[str, Any]] = [
                {"value": c["value"], "as": planned, "sources": sources_of(c["sources"])} for c in late
            ]
            values += [
                {"value": c.get("status", c["value"]), "as": actual, "sources": sources_of(c["sources"])} for c in done
            ]
            judged = "medium" if kg.is_a(node_id, "Programme", "LegalInstrument") else "low"
            found.append(Conflict(node_id, data["name"], f"{planned} slipped ({actual} later)", values, judged=judged))
    return found


def months_between(start: str, end: str) -> int | None:
    """Whole months from a start date to an end date (the end month counted), None if unreadable."""
    first, last = re.match(r"(\d{4})-(\d\d)", str(start)), re.match(r"(\d{4})-(\d\d)", str(end))
    if first is None or last is None:
        return None
    return (int(last[1]) - int(first[1])) * 12 + int(last[2]) - int(first[2]) + 1


def durations(kg: KnowledgeGraph) -> list[Conflict]:
    """Programmes whose stated duration their own start and end dates contradict."""
    found = []
    for programme, data in kg.nodes("Programme"):
        starts = kg.claims(programme, "startDate")
        ends = kg.claims(programme, "actualEndDate") or kg.claims(programme, "endDate")
        if not starts or not ends:
            continue
        start = max(starts, key=lambda c: len(str(c["value"])))
        end = max(ends, key=lambda c: (str(c["value"])[:7], len(str(c["value"]))))
        months = months_between(start["value"], end["value"])
        if months is None:
            continue
        for observation in kg.out(programme, "hasObservation"):
            if kg.value(observation, "measure") != DURATION:
                continue
            for claim in kg.claims(observation, "numericValue"):
                stated = claim["value"]
                if isinstance(stated, int | float) and abs(stated - months) > max(1.0, months / 10):
                    printed = kg.value(observation, "value")
                    values = [
                        {"value": f"{printed} ({stated:g} months)", "sources": sources_of(claim["sources"])},
                        {
                            "value": f"{months} months ({start['value']} to {end['value']})",
                            "sources": sources_of([*start["sources"], *end["sources"]]),
                        },
                    ]
                    found.append(Conflict(programme, data["name"], "duration", values, judged="low"))
    return found
