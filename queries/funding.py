"""funding: money by agency and kind, the reported budget and delivery figures, and whether they add up.

The raw :class:`Fact` rows are the same from networkx (:func:`facts`), SPARQL
(``sparql/funding.rq``) and Cypher (``cypher/funding.cypher``): every ``funds`` and ``grantsTo``
edge with its amount, currency and kind (fund contribution, co-funding), and every figure reported
for a programme (budget totals, co-funding, expenditures, transfers, delivery and commitment rates).
:func:`funding` lists the money flows and the financial figures, then recomputes: each agency's
total against the contribution plus co-funding, the sums of the budget table against its printed
totals, the delivery rate against expenditures / transfers. A sum that does not match is said so,
with both numbers; nothing is corrected.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.ontology import measures
from gapgraph.queries.rows import claims_of, gather
from gapgraph.stores.neo4j_mapping import claims_from_properties, relation_of


@dataclass(frozen=True)
class Fact:
    """A money flow (``line`` "flow") or a figure reported for a programme (``line`` "reported")."""

    line: str
    funder: str | None
    funder_name: str | None
    recipient: str
    recipient_name: str
    relation: str | None
    kind: str | None
    amount: float | None
    currency: str | None
    measure: str | None
    code: str | None
    """What the figure measures, as a code of :mod:`gapgraph.ontology.measures` (``measure`` is its label)."""
    period: str | None
    value: str | None
    sources: tuple[str, ...] = field(default=())


def _first(claims: dict[str, list[tuple[Any, list[str]]]], name: str) -> list[Any]:
    return [v for v, _ in claims.get(name, [])] or [None]


def _flows(prefix: tuple, claims: dict, sources: list[str]) -> list[tuple[tuple, list[str]]]:
    combos = itertools.product(_first(claims, "fundingKind"), _first(claims, "amount"), _first(claims, "currency"))
    return [
        (("flow", *prefix, kind, amount, currency, None, None, None, None), sources)
        for kind, amount, currency in combos
    ]


def _reported(prefix: tuple, claims: dict) -> list[tuple[tuple, list[str]]]:
    keyed = []
    for value, sources in claims.get("value", []):
        for measure, code, period, amount, unit in itertools.product(
            _first(claims, "measure"),
            _first(claims, "measureCode"),
            _first(claims, "period"),
            _first(claims, "numericValue"),
            _first(claims, "unit"),
        ):
            row = ("reported", None, None, *prefix, None, None, amount, unit, measure, code, period, value)
            keyed.append((row, sources))
    return keyed


def facts(kg: KnowledgeGraph) -> list[Fact]:
    """Every money flow and every figure reported for a programme, from the networkx graph."""
    keyed = []
    for u, v, _, d in kg.edges(("funds", "grantsTo")):
        prefix = (u, kg.node(u)["name"], v, kg.node(v)["name"], d["type"])
        keyed += _flows(prefix, claims_of(d["attributes"]), [str(s) for s in d["sources"]])
    for programme, data in kg.nodes("Programme"):
        for obs in kg.out(programme, "hasObservation"):
            keyed += _reported((programme, data["name"]), claims_of(kg.node(obs)["attributes"]))
    return gather(Fact, keyed)


def from_cypher(columns: list[str], rows: list[list[Any]]) -> list[Fact]:
    """Rows of ``funding.cypher``: relationship and observation properties unpacked."""
    keyed = []
    for values in rows:
        r = dict(zip(columns, values, strict=True))
        claims = claims_from_properties(r["properties"])
        if r["line"] == "flow":
            prefix = (r["funder"], r["funder_name"], r["recipient"], r["recipient_name"], relation_of(r["relation"]))
            keyed += _flows(prefix, claims, r["sources"] or [])
        else:
            keyed += _reported((r["recipient"], r["recipient_name"]), claims)
    return gather(Fact, keyed)


@dataclass(frozen=True)
class FundingRow:
    """A line of the funding answer: a flow, a reported figure, or a check of a sum."""

    line: str
    funder: str | None
    recipient: str
    kind: str | None
    amount: float | None
    currency: str | None
    period: str | None
    note: str | None
    sources: tuple[str, ...] = field(default=())


def _financial(fact: Fact) -> bool:
    return fact.currency == "USD" or measures.is_rate(fact.code)


def _money(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}"


def funding(raw: list[Fact], **_: Any) -> list[FundingRow]:
    """Flows by funder and kind, the financial figures as reported, and the sums recomputed."""
    flows = [f for f in raw if f.line == "flow"]
    reported = [f for f in raw if f.line == "reported" and _financial(f)]
    rows = [
        FundingRow(
            "flow", f.funder_name, f.recipient_name, f.kind or f.relation, f.amount, f.currency, None, None, f.sources
        )
        for f in flows
    ]
    seen = set()
    for f in reported:
        key = (f.recipient_name, f.measure, f.period, f.amount, f.currency)
        if key in seen:  # the same figure printed two ways ('400,408' and '400,408.00')
            continue
        seen.add(key)
        same = [g for g in reported if (g.recipient_name, g.measure, g.period, g.amount, g.currency) == key]
        printed = " / ".join(sorted({g.value or "" for g in same}))
        sources = tuple(sorted({s for g in same for s in g.sources}))
        rows.append(
            FundingRow(
                "reported",
                None,
                f.recipient_name,
                f.measure,
                f.amount,
                f.currency,
                f.period,
                f"printed {printed}",
                sources,
            )
        )
    rows += _checks(flows, reported)
    return rows


def _check(recipient: str, what: str, printed: Fact | None, parts: list[Fact], how: str) -> list[FundingRow]:
    """A printed figure against the sum of ``parts`` (nothing if either is missing)."""
    if printed is None or printed.amount is None or not parts or any(p.amount is None for p in parts):
        return []
    computed = sum(p.amount for p in parts)
    sources = tuple(sorted({s for f in (printed, *parts) for s in f.sources}))
    if abs(printed.amount - computed) <= 0.5:
        note = f"adds up: {how} = {_money(computed)}"
    else:
        off = _money(printed.amount - computed)
        note = f"DOES NOT ADD UP: printed {_money(printed.amount)}, {how} = {_money(computed)} (off by {off})"
    return [FundingRow("check", None, recipient, what, printed.amount, "USD", None, note, sources)]


def _checks(flows: list[Fact], reported: list[Fact]) -> list[FundingRow]:
    rows = []
    by_programme: dict[str, list[Fact]] = defaultdict(list)
    for f in reported:
        by_programme[f.recipient].append(f)
    for programme, figures in sorted(by_programme.items()):
        rows += _budget_checks(programme, figures, flows) + _delivery_checks(figures)
    return rows


def _figure(figures: list[Fact], code: str, period: str | None = None) -> Fact | None:
    found = (f for f in figures if f.code == code and f.amount is not None and period in (None, f.period))
    return next(found, None)


def _budget_checks(programme: str, figures: list[Fact], flows: list[Fact]) -> list[FundingRow]:
    """Each agency's total, the Fund's contribution, the co-funding and the overall budget, recomputed."""
    name = figures[0].recipient_name
    co_funding = [f for f in flows if f.recipient == programme and f.kind == "co-funding"]
    agencies = sorted({f.funder for f in co_funding if f.funder})
    contributions = [f for f in flows if f.kind == "fund-contribution" and f.recipient in agencies]
    rows: list[FundingRow] = []
    totals = []
    for agency in agencies:
        agency_name = next(f.funder_name for f in co_funding if f.funder == agency)
        total = _figure(figures, measures.agency_total(agency))
        parts = [f for f in contributions + co_funding if agency in (f.funder, f.recipient)]
        checked = _check(name, f"total budget of {agency_name}", total, parts, "contribution + co-funding")
        if checked and total is not None:
            totals.append(total)
            rows += checked
    to_programme = next((f for f in flows if f.recipient == programme and f.kind == "fund-contribution"), None)
    rows += _check(name, "fund contribution", to_programme, contributions, "sum of the agencies' contributions")
    rows += _check(
        name, "co-funding", _figure(figures, measures.CO_FUNDING), co_funding, "sum of the agencies' co-funding"
    )
    overall = _figure(figures, measures.OVERALL_BUDGET)
    rows += _check(name, "overall budget", overall, totals, "sum of the agencies' printed totals")
    return rows


def _delivery_checks(figures: list[Fact]) -> list[FundingRow]:
    """Each delivery rate against expenditures / funds transferred of its period."""
    rows = []
    for period in sorted({f.period or "" for f in figures if f.code == measures.DELIVERY_RATE}):
        rate = _figure(figures, measures.DELIVERY_RATE, period)
        spent = _figure(figures, measures.EXPENDITURES, period)
        sent = _figure(figures, measures.TRANSFERRED, period)
        if rate is None or rate.amount is None or spent is None or sent is None or not sent.amount:
            continue
        computed = round(100 * (spent.amount or 0) / sent.amount, 2)
        sources = tuple(sorted({s for f in (rate, spent, sent) for s in f.sources}))
        how = "expenditures / funds transferred x 100"
        if abs(rate.amount - computed) <= 0.01:
            note = f"adds up: {how} = {computed}"
        else:
            note = f"DOES NOT ADD UP: printed {rate.amount}, {how} = {computed}"
        rows.append(
            FundingRow(
                "check",
                None,
                rate.recipient_name,
                f"delivery rate {period} (%)",
                rate.amount,
                "%",
                period,
                note,
                sources,
            )
        )
    return rows
