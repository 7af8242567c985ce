"""Observations: one printed value of a thing (an indicator's baseline, a programme's budget, a key
figure), built the same way by every loader.

An observation's id is made of the thing's key and what tells the value apart (its measure, kind and
period), so that two documents printing the same value land on one node with their values side by
side. :func:`thing_key` is the key of a thing by its name (the same rule in every loader).

>>> from gapgraph.graph.knowledge_graph import KnowledgeGraph
>>> from gapgraph.ontology.models import Source
>>> kg, src = KnowledgeGraph(), Source(doc="d", lines=(7, 7))
>>> jp = kg.add_node("https://w3id.org/gapgraph/id/programme/jp", "Programme", "Closing gaps", src)
>>> obs = add_observation(kg, jp, src, key=(thing_key("Closing gaps"), "budget", "programme"),
...                       name="Closing gaps: budget", printed="USD 2,000,000", kind="reported",
...                       period="programme", unit="USD", number=2000000, code="fund-contribution")
>>> obs, kg.value(obs, "numericValue"), kg.out(jp, "hasObservation") == [obs]
('https://w3id.org/gapgraph/id/observation/closing-gaps-budget-programme', 2000000, True)
"""

from __future__ import annotations

from typing import Any

from gapgraph.graph.ids import node_iri, slug
from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.loaders.text import numeric
from gapgraph.ontology.models import Source

KEY_LENGTH = 40
"""How much of a thing's name goes into the ids of its observations."""


def thing_key(name: str) -> str:
    """The part of an observation id that stands for the thing observed, from its name."""
    return slug(name)[:KEY_LENGTH]


def node_key(node_id: str) -> str:
    """The part of an observation id that stands for the thing observed, from its node id."""
    return node_id.rsplit("/", 1)[-1]


def add_observation(
    kg: KnowledgeGraph,
    subject: str,
    source: Source,
    *,
    key: tuple[str, ...],
    name: str,
    printed: str,
    kind: str,
    period: str,
    unit: str | None = None,
    number: int | float | None = None,
    measure: str | None = None,
    code: str | None = None,
    explanation: str | None = None,
) -> str:
    """Add (or cite again) the observation ``key`` of ``subject``, linked by ``hasObservation``.

    ``printed`` is the value as the document prints it; its number (and a ``%`` unit) is read from
    it unless ``number`` is given. ``measure`` is the label for people, ``code`` the measure code
    queries read (:mod:`gapgraph.ontology.measures`).
    """
    if number is None:
        number, printed_unit = numeric(printed)
        unit = unit or printed_unit
    attributes: dict[str, Any] = {
        "measure": measure,
        "measureCode": code,
        "value": printed,
        "numericValue": number,
        "unit": unit,
        "period": period,
        "observationKind": kind,
        "varianceExplanation": explanation or None,
    }
    node = node_iri("Observation", *key)
    kg.add_node(node, "Observation", name, source, attributes={k: v for k, v in attributes.items() if v is not None})
    kg.add_edge(subject, "hasObservation", node, source)
    return node
