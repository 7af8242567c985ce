"""profile and sources: everything the graph says about one node, and where each fact comes from.

The raw :class:`Fact` rows are the same from networkx (:func:`facts`), SPARQL
(``sparql/profile.rq``) and Cypher (``cypher/profile.cypher``): the node's class, aliases and
attribute values, and each of its edges either way, each with its sources. :func:`profile` sorts them
into the facets an analyst asks about (type, level, place, programmes and roles, products, laws,
pilots, trainings, funding...); :func:`sources` lists them one source span per row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.ontology.schema import schema
from gapgraph.queries.rows import from_cypher as rows_from_cypher
from gapgraph.queries.rows import gather
from gapgraph.stores.neo4j_mapping import claims_from_properties


@dataclass(frozen=True)
class Fact:
    """One fact about a node: its class (``node``), an ``alias``, an ``attribute`` value or an ``edge``."""

    node: str
    kind: str
    relation: str | None
    direction: str | None
    other: str | None
    other_name: str | None
    other_type: str | None
    role: str | None
    on_date: str | None
    value: Any
    sources: tuple[str, ...] = field(default=())


def facts(kg: KnowledgeGraph, node: str) -> list[Fact]:
    """The raw facts about ``node`` (any node: an actor, a law, a pilot, an outcome...), from networkx."""
    if not kg.has_node(node):
        return []
    data = kg.node(node)
    keyed: list[tuple[tuple, list[str]]] = [
        ((node, "node", "type", None, None, None, None, None, None, data["type"]), [str(s) for s in data["sources"]])
    ]
    keyed += [((node, "alias", None, None, None, None, None, None, None, alias), []) for alias in data["aliases"]]
    for key, claims in data["attributes"].items():
        for claim in claims:
            keyed.append(
                (
                    (node, "attribute", key, None, None, None, None, None, None, claim["value"]),
                    map(str, claim["sources"]),
                )
            )
    edges = [("out", v, d) for v, _, d in kg.out_edges(node)]
    edges += [("in", u, d) for u, _, d in kg.in_edges(node)]
    for direction, other, d in edges:
        end = kg.node(other)
        dates = [c["value"] for c in d["attributes"].get("onDate", [])] or [None]
        for role in [c["value"] for c in d["attributes"].get("role", [])] or [None]:
            for when in dates:
                key = (node, "edge", d["type"], direction, other, end["name"], end["type"], role, when, None)
                keyed.append((key, [str(s) for s in d["sources"]]))
    return gather(Fact, keyed)


def from_cypher(columns: list[str], rows: list[list[Any]]) -> list[Fact]:
    """Rows of ``profile.cypher``: the node's properties unpacked into facts, and its edges."""
    expanded: list[list[Any]] = []
    for values in rows:
        r = dict(zip(columns, values, strict=True))
        if r["kind"] != "node":  # an edge; conflicting roles (or dates) come as a list
            roles = r["role"] if isinstance(r["role"], list) else [r["role"]]
            dates = r["on_date"] if isinstance(r["on_date"], list) else [r["on_date"]]
            expanded += [_row(columns, r | {"role": role, "on_date": when}) for role in roles for when in dates]
            continue
        props = r["properties"] or {}
        base = {c: None for c in columns} | {"node": r["node"]}
        expanded.append(
            _row(
                columns,
                base | {"kind": "node", "relation": "type", "value": props["class"], "sources": props.get("sources")},
            )
        )
        for alias in props.get("aliases") or []:
            expanded.append(_row(columns, base | {"kind": "alias", "value": alias}))
        for key, claims in claims_from_properties(props).items():
            for value, sources in claims:
                expanded.append(
                    _row(columns, base | {"kind": "attribute", "relation": key, "value": value, "sources": sources})
                )
    return rows_from_cypher(Fact, columns, expanded)


def _row(columns: list[str], values: dict[str, Any]) -> list[Any]:
    return [values.get(c) for c in columns]


# -- profile -----------------------------------------------------------------------------------

_FACETS = {
    ("locatedIn", "out"): "place",
    ("leads", "out"): "leads",
    ("produces", "out"): "product",
    ("developedWith", "in"): "product",
    ("implements", "out"): "implements",
    ("pilots", "out"): "pilot",
    ("trains", "out"): "training given",
    ("trains", "in"): "training received",
    ("funds", "out"): "funding given",
    ("funds", "in"): "funding received",
    ("grantsTo", "out"): "grant given",
    ("grantsTo", "in"): "grant received",
    ("providesTechnicalAssistanceTo", "out"): "technical assistance given",
    ("providesTechnicalAssistanceTo", "in"): "technical assistance received",
    ("memberOf", "out"): "member of",
    ("memberOf", "in"): "member",
    ("focalPointOf", "in"): "focal point",
    ("partnersWith", "out"): "partner",
    ("partnersWith", "in"): "partner",
    ("adopts", "out"): "law or policy",
    ("enacts", "out"): "law or policy",
    ("ratifies", "out"): "law or policy",
    ("deposits", "out"): "law or policy",
    ("presentedTo", "in"): "presented to it",
    ("locatedIn", "in"): "located here",
    # a product, pilot, law, policy or result: who did what with it, and where it leads
    ("produces", "in"): "made by",
    ("developedWith", "out"): "made with",
    ("validates", "in"): "validated by",
    ("evaluates", "in"): "evaluated by",
    ("implements", "in"): "implemented by",
    ("pilots", "in"): "piloted by",
    ("adopts", "in"): "adopted by",
    ("enacts", "in"): "adopted by",
    ("ratifies", "in"): "adopted by",
    ("deposits", "in"): "adopted by",
    ("presentedTo", "out"): "presented to",
    ("contributesTo", "out"): "leads to",
    ("alignedWith", "out"): "aligned with",
    ("contributesTo", "in"): "contributions",
    ("partOf", "out"): "part of",
    ("partOf", "in"): "parts",
    ("measures", "in"): "indicator",
    ("targets", "out"): "targets",
    ("targets", "in"): "targeted by",
}


def facet(fact: Fact) -> str:
    """What an analyst would call the fact: ``place``, ``programme``, ``pilot``, ``funding given``..."""
    if fact.kind == "node":
        return "type"
    if fact.kind == "alias":
        return "alias"
    if fact.kind == "attribute":
        return {"level": "level", "status": "status"}.get(fact.relation or "", "attribute")
    model = schema()
    other = fact.other_type or ""
    if fact.relation == "participatesIn" and fact.direction == "out":
        if model.is_a(other, "Programme"):
            return "programme"
        if model.is_a(other, "Pilot"):
            return "pilot"
        if model.is_a(other, "Training"):
            return "training received"
        return "engagement"
    if fact.relation == "implements" and fact.direction == "out" and model.is_a(other, "Pilot"):
        return "pilot"
    if fact.relation == "participatesIn" and fact.direction == "in":
        return "participant"
    return _FACETS.get((fact.relation or "", fact.direction or ""), f"{fact.relation} ({fact.direction})")


@dataclass(frozen=True)
class ProfileRow:
    """One line of a profile: the facet, what it relates to, the value or role, the sources."""

    facet: str
    relation: str | None
    other: str | None
    other_name: str | None
    other_type: str | None
    value: Any
    on_date: str | None = None
    sources: tuple[str, ...] = field(default=())


_FACET_ORDER = [
    "type",
    "level",
    "alias",
    "place",
    "status",
    "made by",
    "made with",
    "implemented by",
    "piloted by",
    "validated by",
    "evaluated by",
    "adopted by",
    "presented to",
    "leads to",
    "aligned with",
    "part of",
    "programme",
    "engagement",
    "leads",
    "pilot",
    "implements",
    "product",
    "law or policy",
    "training given",
    "training received",
    "funding given",
    "funding received",
    "grant given",
    "grant received",
]


def profile(raw: list[Fact], **_: Any) -> list[ProfileRow]:
    """The facts sorted into facets: type, level, aliases, place and status first, then who did what
    with the node (made, implemented, validated, adopted it, each step with its date) and where it
    leads (contributes to, aligned with), then an actor's programmes, products, funding..."""
    rows = [
        ProfileRow(
            facet(f),
            f.relation,
            f.other,
            f.other_name,
            f.other_type,
            f.role if f.kind == "edge" else f.value,
            f.on_date,
            f.sources,
        )
        for f in raw
    ]

    def order(row: ProfileRow) -> tuple:
        rank = _FACET_ORDER.index(row.facet) if row.facet in _FACET_ORDER else len(_FACET_ORDER)
        return rank, row.facet, row.other_name or "", str(row.value), row.on_date or "", row.sources

    return sorted(rows, key=order)


@dataclass(frozen=True)
class SourceRow:
    """A fact about the node and one span of a document that states it."""

    fact: str
    document: str
    lines: str


def describe(fact: Fact) -> str:
    """The fact in words: ``type GovernmentBody``, ``level = federal``, ``leads -> Closing gaps``."""
    if fact.kind == "node":
        return f"is a {fact.value}"
    if fact.kind == "attribute":
        return f"{fact.relation} = {fact.value}"
    arrow = "->" if fact.direction == "out" else "<-"
    role = f" (role {fact.role})" if fact.role else ""
    when = f" on {fact.on_date}" if fact.on_date else ""
    return f"{fact.relation}{role} {arrow} {fact.other_name}{when}"


def sources(raw: list[Fact], **_: Any) -> list[SourceRow]:
    """One row per fact and source span (aliases, which carry no sources of their own, left out)."""
    found = set()
    for fact in raw:
        for source in fact.sources:
            document, _, lines = source.rpartition(":")
            found.add(SourceRow(describe(fact), document, lines))
    return sorted(found, key=lambda r: (r.fact, r.document, _first_line(r.lines)))


def _first_line(lines: str) -> int:
    return int(lines.split("-")[0]) if lines.split("-")[0].isdigit() else 0
