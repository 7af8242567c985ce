"""The UN Resident Coordinator's Office of a document's country, wherever the text names it.

Every country with a UN country team has one Resident Coordinator's Office; a text names it "the
RCO", "the Resident Coordinator's Office", "the Office of the Resident Coordinator". Those names
mean the office of the document's country only: a ``UNAgency`` node of that country (its IRI ends
with the country), located there, citing each line that names it. A registry's entry for the
office wins (its names resolve first). Without a country the names stay unread.

>>> [m.group() for m in _OFFICE.finditer("The RCO, the Resident Coordinator Office and the RC met.")]
['RCO', 'Resident Coordinator Office']
"""

from __future__ import annotations

import re

from gapgraph.graph.ids import node_iri
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.discovery.lines import plain_lines
from gapgraph.loaders.document import Document
from gapgraph.ontology.models import Source

_OFFICE = re.compile(
    r"\bRCO\b|\b(?:UN\s+|United Nations\s+)?Resident Coordinator(?:['’]s)? Office\b|"
    r"\bOffice of the (?:UN\s+|United Nations\s+)?Resident Coordinator\b"
)
_NAMES = ("RCO", "Resident Coordinator's Office", "Resident Coordinator Office", "Office of the Resident Coordinator")


def office(builder: Builder, spelling: str, source: Source) -> str | None:
    """The Resident Coordinator's Office of the document's country (new if unknown), or None without a country."""
    known = builder.actor(spelling, source)
    if known is not None or builder.country is None:
        return known
    country = builder.place(builder.country)
    if country is None:
        return None
    kg = builder.kg
    name = f"Resident Coordinator's Office, {kg.node(country)['name']}"
    node = node_iri("UNAgency", "Resident Coordinator's Office", builder.country)
    kg.add_node(node, "UNAgency", name, source, aliases=[spelling])
    for alias in (name, spelling, *_NAMES):
        if builder.resolve(alias) is None:
            builder.register(node, alias, builder.country)
    kg.add_edge(node, "locatedIn", country, source)
    return node


def load(builder: Builder, doc: Document) -> None:
    """Every line of ``doc`` that names the Resident Coordinator's Office."""
    for number, line in enumerate(plain_lines(doc), start=1):
        for match in _OFFICE.finditer(line):
            office(builder, match.group(), builder.source(doc.id, number))
