"""results: indicators of an outcome or output with baseline, targets and results per period.

The raw :class:`Value` rows (one per observation and stated value, with that value's sources) are
the same from networkx (:func:`values`), SPARQL (``sparql/results.rq``) and Cypher
(``cypher/results.cypher``). :func:`results` lays them out as one line per indicator and period:
baseline, milestone (a portal's interim target), target, result, achievement (result / target), and
the variance explanation. When the
documents disagree on a value, the line shows each value with its sources, side by side.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.queries.rows import claims_of, gather
from gapgraph.stores.neo4j_mapping import claims_from_properties

_DETAILS = ("observationKind", "period", "numericValue", "unit", "varianceExplanation")


@dataclass(frozen=True)
class Value:
    """One value stated for one observation of an indicator."""

    scope: str
    scope_name: str
    scope_type: str
    indicator: str
    indicator_name: str
    observation: str
    kind: str | None
    period: str | None
    value: str
    numeric: float | None
    unit: str | None
    variance: str | None
    sources: tuple[str, ...] = field(default=())


def _keyed(prefix: tuple, claims: dict[str, list[tuple[Any, list[str]]]]) -> list[tuple[tuple, list[str]]]:
    details = [[v for v, _ in claims.get(name, [])] or [None] for name in _DETAILS]
    keyed = []
    for value, sources in claims.get("value", []):
        for kind, period, numeric, unit, variance in itertools.product(*details):
            keyed.append(((*prefix, kind, period, value, numeric, unit, variance), sources))
    return keyed


def values(kg: KnowledgeGraph, scope: str | None = None) -> list[Value]:
    """Every value of every indicator that measures ``scope`` (all outcomes and outputs if None)."""
    keyed = []
    for indicator, scoped, _, _ in kg.edges("measures"):
        if scope is not None and scoped != scope:
            continue
        s, i = kg.node(scoped), kg.node(indicator)
        for observation in kg.out(indicator, "hasObservation"):
            prefix = (scoped, s["name"], s["type"], indicator, i["name"], observation)
            keyed += _keyed(prefix, claims_of(kg.node(observation)["attributes"]))
    return gather(Value, keyed)


def from_cypher(columns: list[str], rows: list[list[Any]]) -> list[Value]:
    """Rows of ``results.cypher``: each observation's properties unpacked into values."""
    keyed = []
    for values_ in rows:
        r = dict(zip(columns, values_, strict=True))
        prefix = (r["scope"], r["scope_name"], r["scope_type"], r["indicator"], r["indicator_name"], r["observation"])
        keyed += _keyed(prefix, claims_from_properties(r["properties"]))
    return gather(Value, keyed)


@dataclass(frozen=True)
class ResultLine:
    """An indicator in one period: baseline, target, result, achievement, variance explanation."""

    scope: str
    indicator: str
    period: str
    baseline: str | None
    milestone: str | None
    target: str | None
    result: str | None
    achievement: float | None
    variance: str | None
    sources: tuple[str, ...] = field(default=())


def _shown(found: list[Value]) -> str | None:
    texts = sorted({v.value for v in found})
    if len(texts) <= 1:
        return texts[0] if texts else None
    return " | ".join(
        f"{t} [{', '.join(sorted({s for v in found if v.value == t for s in v.sources}))}]" for t in texts
    )


def _number(found: list[Value]) -> float | None:
    numbers = {v.numeric for v in found if v.numeric is not None}
    return next(iter(numbers)) if len(numbers) == 1 else None


def results(raw: list[Value], **_: Any) -> list[ResultLine]:
    """One line per indicator and period (baseline on every line), scopes and indicators in order."""
    by_indicator: dict[tuple[str, str, str], list[Value]] = defaultdict(list)
    for v in raw:
        by_indicator[(v.scope_name, v.indicator_name, v.indicator)].append(v)
    lines = []
    for (scope_name, indicator_name, _), found in sorted(by_indicator.items()):
        baseline = [v for v in found if v.kind == "baseline"]
        periods = sorted({v.period or "" for v in found if v.kind != "baseline"})
        for period in periods:
            milestone = [v for v in found if v.kind == "milestone" and (v.period or "") == period]
            target = [v for v in found if v.kind == "target" and (v.period or "") == period]
            result = [v for v in found if v.kind == "result" and (v.period or "") == period]
            t, r = _number(target), _number(result)
            achievement = round(r / t, 3) if t and r is not None else None
            variance = "; ".join(sorted({v.variance for v in result + target if v.variance})) or None
            sources = tuple(sorted({s for v in baseline + milestone + target + result for s in v.sources}))
            lines.append(
                ResultLine(
                    scope_name,
                    indicator_name,
                    period,
                    _shown(baseline),
                    _shown(milestone),
                    _shown(target),
                    _shown(result),
                    achievement,
                    variance,
                    sources,
                )
            )
    return lines
