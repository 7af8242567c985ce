"""partners: who worked with an actor, how (relation and role), on what, with the sources.

Two kinds of partnership, both with the documents that state them:

- a shared engagement: the partner takes part in a programme, mechanism, event or pilot the actor
  takes part in (``participatesIn``; the partner's IATI role there, if any);
- a direct relation between the two, either way: funds, grants to, partners with, member of,
  provides technical assistance to, trains;
- joint work: both had a hand in the same product, pilot, campaign, law or activity (one produced,
  implemented, piloted, led, validated or evaluated it, the other too, or it was developed with the
  other), e.g. the partner a methodology was "developed with" (``direction`` "joint work", ``via`` the
  work). A programme is never the work: that is the shared engagement above.

The same answer comes from the networkx graph (:func:`partners`), from SPARQL
(``queries/sparql/partners.rq``) and from Cypher (``queries/cypher/partners.cypher``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib.resources import files
from typing import Any

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.ontology.naming import relationship_type
from gapgraph.queries.rows import gather

DIRECT = ("partnersWith", "memberOf", "funds", "grantsTo", "providesTechnicalAssistanceTo", "trains")
"""Relations between two actors that make them partners."""

WORK = ("produces", "implements", "pilots", "leads", "validates", "evaluates")
"""Relations from an actor to a piece of work it had a hand in."""

WORK_WITH = ("developedWith",)
"""Relations from a piece of work to an actor that had a hand in it."""

SPARQL = files("gapgraph.queries") / "sparql" / "partners.rq"
CYPHER = files("gapgraph.queries") / "cypher" / "partners.cypher"


@dataclass(frozen=True)
class PartnerRow:
    """One way a partner worked with the actor."""

    actor: str
    partner: str
    name: str
    type: str
    relation: str
    direction: str
    role: str | None
    via: str | None
    via_name: str | None
    sources: tuple[str, ...] = field(default=())


def partners(kg: KnowledgeGraph, actor: str) -> list[PartnerRow]:
    """Every partner of ``actor``: one row per relation, role and engagement, with its sources.

    >>> from gapgraph.graph.knowledge_graph import KnowledgeGraph
    >>> partners(KnowledgeGraph(), "https://w3id.org/gapgraph/id/actor/nobody")
    []
    """
    if not kg.has_node(actor):
        return []

    def is_actor(node: str) -> bool:
        return kg.is_a(node, "Actor")

    def row(partner: str, relation: str, direction: str, via: str | None, data: dict) -> tuple[tuple, list]:
        node = kg.node(partner)
        roles = [c["value"] for c in data["attributes"].get("role", [])] or [None]
        via_name = kg.node(via)["name"] if via else None
        key = (actor, partner, node["name"], node["type"], relation, direction, roles[0], via, via_name)
        return key, [str(s) for s in data["sources"]]

    keyed = []
    for via in kg.out(actor, "participatesIn"):
        for partner, _, data in kg.in_edges(via, "participatesIn"):
            if partner != actor and is_actor(partner):
                keyed.append(row(partner, "participatesIn", "shared", via, data))
    for partner, _, data in kg.out_edges(actor, DIRECT):
        if is_actor(partner):
            keyed.append(row(partner, data["type"], "to partner", None, data))
    for partner, _, data in kg.in_edges(actor, DIRECT):
        if is_actor(partner):
            keyed.append(row(partner, data["type"], "from partner", None, data))
    for work in set(kg.out(actor, WORK)) | set(kg.into(actor, WORK_WITH)):
        if kg.is_a(work, "Actor", "Programme"):
            continue
        hands = [(p, d) for p, _, d in kg.in_edges(work, WORK)] + [(p, d) for p, _, d in kg.out_edges(work, WORK_WITH)]
        for partner, data in hands:
            if partner != actor and is_actor(partner):
                keyed.append(row(partner, data["type"], "joint work", work, data))
    return gather(PartnerRow, keyed)


def only(
    rows: list[PartnerRow], role: str | None = None, component: str | None = None, direct: bool = False, **_: Any
) -> list[PartnerRow]:
    """The rows with IATI role ``role`` and engagement ``component``, if given; with ``direct``, only
    stated relations between the two (not taking part in the same programme, mechanism or event)."""
    return [
        r
        for r in rows
        if (role is None or r.role == role)
        and (component is None or r.via == component)
        and not (direct and r.direction == "shared")
    ]


def cypher_parameters(actors: list[str]) -> dict[str, Any]:
    return {
        "actors": actors,
        "direct": [relationship_type(r) for r in DIRECT],
        "work": [relationship_type(r) for r in WORK],
        "work_with": [relationship_type(r) for r in WORK_WITH],
    }


@dataclass(frozen=True)
class SharedPartnerRow:
    """A partner of both actors, and how it worked with each."""

    partner: str
    name: str
    type: str
    with_first: str
    with_second: str
    sources: tuple[str, ...] = field(default=())


def _how(rows: list[PartnerRow]) -> str:
    return "; ".join(
        sorted({f"{r.relation} ({r.via_name})" if r.via_name else f"{r.relation} ({r.direction})" for r in rows})
    )


def shared(
    rows: list[PartnerRow], first: str | None = None, second: str | None = None, direct: bool = False, **_: Any
) -> list[SharedPartnerRow]:
    """The partners that the rows of ``first`` and of ``second`` have in common (not the two themselves);
    with ``direct``, partners each is related to directly."""
    by_partner: dict[str, dict[str, list[PartnerRow]]] = {}
    for row in only(rows, direct=direct):
        by_partner.setdefault(row.partner, {}).setdefault(row.actor, []).append(row)
    answer = []
    for partner, by_actor in sorted(by_partner.items()):
        if partner in (first, second) or first not in by_actor or second not in by_actor:
            continue
        one, other = by_actor[first], by_actor[second]
        sources = tuple(sorted({s for r in one + other for s in r.sources}))
        answer.append(SharedPartnerRow(partner, one[0].name, one[0].type, _how(one), _how(other), sources))
    return answer
