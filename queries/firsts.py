"""A count of products a report's own text says none of which is finished yet.

A report whose results table counts "Number of action plans developed ...: 2" for its year while
its narrative says "The draft of the first action plan ... is being prepared" counts what it has
not made yet (it counts two diagnostics as the two plans). The narrative's statement is a reported
observation of the programme, "<kind> finished", valued 0 and printed "none: ..." (read by
``loaders/listings.py``); an indicator named "Number of <kind> ..." with a result of one or more in
the same document is set against it (medium), each side citing its line.

>>> counts_kind("Number of action plans developed to extend social protection", "action plans")
True
>>> counts_kind("Number of people trained on action plans", "action plans")
False
"""

from __future__ import annotations

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.graph.resolve import normalise
from gapgraph.queries.conflict import Conflict, sources_of

FINISHED = " finished"
"""How the measure of a kind's finished products ends ("action plans finished")."""


def counts_kind(indicator: str, kind: str) -> bool:
    """Whether an indicator counts products of ``kind`` ("Number of action plans developed ...")."""
    return normalise(indicator).startswith(normalise(f"number of {kind}"))


def counted_before_made(kg: KnowledgeGraph) -> list[Conflict]:
    """Indicator results counting products the same report says none of which is finished."""
    statements = []
    for observation, _ in kg.nodes("Observation"):
        measure = str(kg.value(observation, "measure") or "")
        if measure.endswith(FINISHED) and kg.value(observation, "numericValue") == 0:
            for claim in kg.claims(observation, "value"):
                statements.append((measure[: -len(FINISHED)], claim))
    if not statements:
        return []
    found = []
    for indicator, data in kg.nodes("Indicator"):
        for kind, statement in statements:
            if not counts_kind(data["name"], kind):
                continue
            docs = {s.doc for s in statement["sources"]}
            for observation in kg.out(indicator, "hasObservation"):
                if kg.value(observation, "observationKind") != "result":
                    continue
                for result in kg.claims(observation, "numericValue"):
                    cited = [s for s in result["sources"] if s.doc in docs]
                    if not isinstance(result["value"], int | float) or result["value"] < 1 or not cited:
                        continue
                    values = [
                        {"value": result["value"], "sources": sources_of(cited)},
                        {"value": statement["value"], "sources": sources_of(statement["sources"])},
                    ]
                    name = kg.node(observation)["name"]
                    found.append(Conflict(observation, name, "counted before made", values, judged="medium"))
    return found
