"""Who "the UN system" is in one block of a UN country team's results report.

Such reports close the paragraphs of each result with a line naming the agencies that did the work
("FAO, ILO, and UN Women"). In those paragraphs "the UNS" (the UN system in the country) speaks for
these agencies: "The UNS ... designed the Practical guide for ..." above a line "ILO" means ILO
designed it. The report's loader records, for each line of a block, the agencies of the line that
closes it (:func:`record`); the attribution rules then relate each agency instead of the UN system
(:func:`stand_ins`), citing the span from the sentence to the agencies line, which names both ends.

>>> is_un_system_name("United Nations System in Lesotho"), is_un_system_name("UNICEF")
(True, False)
"""

from __future__ import annotations

import re

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.loaders.builder import Builder
from gapgraph.ontology.models import Source

STANDS_FOR = "un system stands for"
"""The builder's index: (document id, line) -> (the agencies of the block's closing line, that line)."""

_UN_SYSTEM = re.compile(r"\b(?:United Nations|UN)\s+(?:System|Country Team)\b|^UNS$|^UNCT$", re.I)


def is_un_system_name(name: str) -> bool:
    """Whether a name is the UN system or country team of a country (not one of its agencies)."""
    return bool(_UN_SYSTEM.search(name))


def is_un_system(kg: KnowledgeGraph, node: str) -> bool:
    """Whether the node is the UN system of a country: a UN entity named so."""
    data = kg.node(node)
    return kg.is_a(node, "UNAgency") and any(is_un_system_name(n) for n in [data["name"], *data["aliases"]])


def record(builder: Builder, doc_id: str, first: int, closing: int, agencies: list[str]) -> None:
    """Lines ``first`` to ``closing - 1`` of a document are a block whose work ``agencies`` did (the
    agencies named on line ``closing``)."""
    table = builder.index(STANDS_FOR)
    for number in range(first, closing):
        table[(doc_id, number)] = (tuple(agencies), closing)


def stand_ins(builder: Builder, actor: str, source: Source) -> list[tuple[str, Source]]:
    """The agencies the UN system ``actor`` stands for at ``source`` (each with the span citing the
    sentence and the agencies line), or [] when the actor is not the UN system or no block says."""
    entry = builder.index(STANDS_FOR).get((source.doc, source.lines[0]))
    if entry is None or not is_un_system(builder.kg, actor):
        return []
    agencies, closing = entry
    span = Source(doc=source.doc, lines=(source.lines[0], max(closing, source.lines[1])))
    return [(agency, span) for agency in agencies if agency != actor]
