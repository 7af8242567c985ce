"""How the ontology's names are spelled in other systems: Neo4j labels and relationship types.

One place for these rules, so the Bolt loader, the CSV export and the Cypher questions agree; the
property layout built on them, both ways, is :mod:`gapgraph.stores.neo4j_mapping`.

>>> relationship_type("providesTechnicalAssistanceTo")
'PROVIDES_TECHNICAL_ASSISTANCE_TO'
"""

from __future__ import annotations

import re

LABEL = "Resource"
"""The label every gapgraph node carries in Neo4j, besides its class and the class's ancestors."""


def relationship_type(relation: str) -> str:
    """``participatesIn`` -> ``PARTICIPATES_IN``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", relation).upper()
