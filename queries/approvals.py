"""Who approved a law: a chamber credited with an approval its own title gives to one of its commissions.

A report saying "At the National Assembly, a key result was the approval of the Pension Reform"
(the assembly ``adopts`` the reform) while the same or another document titles the act "Resolution
of the Committee on Social Affairs of the National Assembly which reforms ..." (a ``writtenName``
of the reform) credits the chamber with what its commission resolved: a committee's report is not
the chamber's vote. Listed low, each side citing its lines; a title that names no body the approver
is a part of is not compared.

>>> commission_of("Resolution of the Committee on Social Affairs of the National Assembly", ["National Assembly"])
'Committee on Social Affairs of the National Assembly'
>>> commission_of("Resolution of the National Assembly", ["National Assembly"]) is None
True
"""

from __future__ import annotations

import re

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.graph.resolve import normalise
from gapgraph.queries.conflict import Conflict, sources_of

_ACT = re.compile(
    r"\b(?:resolution|decision|opinion|ruling|report|dictamen|dictum|recommendation)\s+(?:issued\s+)?(?:of|by)\s+"
    r"(?:the\s+)?(?P<sub>(?:[\w'-]+\s+){0,3}?(?:commission|committee|subcommittee|sub-committee)\b.*)",
    re.I,
)
APPROVING = ("adopts",)
"""Relations that say an actor approved a thing."""


def commission_of(title: str, bodies: list[str]) -> str | None:
    """The commission or committee of one of ``bodies`` a title gives the act to, as written, if any."""
    match = _ACT.search(title)
    if match is None:
        return None
    rest = match.group("sub")
    for body in sorted(bodies, key=len, reverse=True):
        found = re.search(rf"\bof\s+(?:the\s+)?{re.escape(body)}\b", rest, re.I)
        if found:
            return rest[: found.end()].strip()
    return None


def approved_by_commission(kg: KnowledgeGraph) -> list[Conflict]:
    """Things an actor ``adopts`` whose written title is the resolution of a commission of that actor."""
    found = []
    for thing, data in kg.nodes():
        titles = kg.claims(thing, "writtenName")
        if not titles:
            continue
        for actor, _, edge in kg.in_edges(thing, APPROVING):
            names = [n for n in (kg.node(actor)["name"], *kg.node(actor)["aliases"]) if len(n) > 3]
            for title in titles:
                commission = commission_of(str(title["value"]), names)
                if commission is None or normalise(commission) == normalise(kg.node(actor)["name"]):
                    continue
                if set(edge["sources"]) <= set(title["sources"]):
                    continue  # the title itself is what credits the actor
                values = [
                    {"value": f"{kg.node(actor)['name']} (the approval)", "sources": sources_of(edge["sources"])},
                    {"value": f"{commission} (the act's title)", "sources": sources_of(title["sources"])},
                ]
                found.append(
                    Conflict(thing, data["name"], "approved by (a chamber or its commission)", values, judged="low")
                )
                break
    return found
