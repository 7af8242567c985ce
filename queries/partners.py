"""partners: who worked with an actor, how (relation and role), on what, with the sources.

Two kinds of partnership, both with the documents that state them:

- a shared engagement: the partner takes part in a programme, mechanism, event or pilot the actor
  takes part in (``participatesIn``; the partner's IATI role there, if any);
- a direct relation between the two, either way: funds, grants to, partners with, member of,
  provides technical assistance to, trains.

The same answer comes from the networkx graph (:func:`partners`), from SPARQL
(``queries/sparql/partners.rq``) and from Cypher (``queries/cypher/partners.cypher``).
"""

from __future__ import annotations

from dataclasses import astuple, dataclass, field
from importlib.resources import files
from typing import Any

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.graph.neo4j_csv import relationship_type
from gapgraph.ontology.models import Source

DIRECT = ("partnersWith", "memberOf", "funds", "grantsTo", "providesTechnicalAssistanceTo", "trains")
"""Relations between two actors that make them partners."""

SPARQL = files("gapgraph.queries") / "sparql" / "partners.rq"
CYPHER = files("gapgraph.queries") / "cypher" / "partners.cypher"


@dataclass(frozen=True)
class PartnerRow:
    """One way a partner worked with the actor."""

    partner: str
    name: str
    type: str
    relation: str
    direction: str
    role: str | None
    via: str | None
    via_name: str | None
    sources: tuple[str, ...] = field(default=())


def ordered(rows: set[PartnerRow] | list[PartnerRow], role: str | None = None) -> list[PartnerRow]:
    """Rows in a stable order (missing values first), only those with ``role`` if given."""
    kept = [r for r in rows if role is None or r.role == role]
    return sorted(kept, key=lambda r: tuple("" if v is None else str(v) for v in astuple(r)))


def _row(kg: KnowledgeGraph, partner: str, relation: str, direction: str, via: str | None, data: dict) -> PartnerRow:
    node = kg.node(partner)
    claims = data["attributes"].get("role", [])
    role = claims[0]["value"] if claims else None
    via_name = kg.node(via)["name"] if via else None
    sources = tuple(sorted(str(s) for s in data["sources"]))
    return PartnerRow(partner, node["name"], node["type"], relation, direction, role, via, via_name, sources)


def partners(kg: KnowledgeGraph, actor: str, role: str | None = None) -> list[PartnerRow]:
    """Every partner of ``actor`` (only those with IATI role ``role`` in a shared engagement, if given)."""

    def is_actor(node: str) -> bool:
        return kg.schema.is_a(kg.node(node)["type"], "Actor")

    rows: set[PartnerRow] = set()
    engagements = {v for _, v, d in kg.graph.out_edges(actor, data=True) if d["type"] == "participatesIn"}
    for via in engagements:
        for partner, _, data in kg.graph.in_edges(via, data=True):
            if data["type"] == "participatesIn" and partner != actor and is_actor(partner):
                rows.add(_row(kg, partner, "participatesIn", "shared", via, data))
    for _, partner, data in kg.graph.out_edges(actor, data=True):
        if data["type"] in DIRECT and is_actor(partner):
            rows.add(_row(kg, partner, data["type"], "to partner", None, data))
    for partner, _, data in kg.graph.in_edges(actor, data=True):
        if data["type"] in DIRECT and is_actor(partner):
            rows.add(_row(kg, partner, data["type"], "from partner", None, data))
    return ordered(rows, role)


def from_sparql(rows: list[list[Any]], columns: list[str], role: str | None = None) -> list[PartnerRow]:
    """Rows of ``partners.rq`` (one per source span) gathered into :class:`PartnerRow` s."""
    grouped: dict[tuple, set[str]] = {}
    for values in rows:
        r = dict(zip(columns, values, strict=True))
        key = (
            r["partner"],
            r["name"],
            r["type"].rsplit("#", 1)[-1],
            r["relation"],
            r["direction"],
            r["role"],
            r["via"],
            r["viaName"],
        )
        doc = r["doc"].rsplit("/", 1)[-1]
        grouped.setdefault(key, set()).add(str(Source(doc=doc, lines=(int(r["first"]), int(r["last"])))))
    return ordered({PartnerRow(*key, tuple(sorted(sources))) for key, sources in grouped.items()}, role)


def from_cypher(rows: list[list[Any]], columns: list[str], role: str | None = None) -> list[PartnerRow]:
    """Rows of ``partners.cypher`` as :class:`PartnerRow` s."""
    names = {relationship_type(r): r for r in (*DIRECT, "participatesIn")}
    found = set()
    for values in rows:
        r = dict(zip(columns, values, strict=True))
        found.add(
            PartnerRow(
                r["partner"],
                r["name"],
                r["type"],
                names[r["relation"]],
                r["direction"],
                r["role"],
                r["via"],
                r["viaName"],
                tuple(sorted(r["sources"] or [])),
            )
        )
    return ordered(found, role)


def cypher_parameters(actor: str) -> dict[str, Any]:
    return {"actor": actor, "direct": [relationship_type(r) for r in DIRECT]}
