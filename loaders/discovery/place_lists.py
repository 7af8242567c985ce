"""Places a text lists after a word for them ("the coffee-growing states of Oaxaca, Veracruz, and
Chiapas", "five municipalities from three states in Lesotho (Maseru, Leribe and Berea)"): each a
node, cited by the line, so that the graph holds the places its documents name.

>>> [m.group() for m in _CUE.finditer("in the states of Oaxaca; three states in Mexico (A, B)")]
['states of', 'states in Mexico']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from gapgraph.loaders.discovery.lines import plain_lines

if TYPE_CHECKING:
    from gapgraph.loaders.builder import Builder
    from gapgraph.loaders.document import Document

_CUE = re.compile(
    r"\b(?:states|provinces|districts|departments|regions|municipalities)"
    r"(?:\s+of|\s+in\s+[A-Z][\w-]*(?=\s*\())",
    re.I,
)


def load(builder: Builder, doc: Document) -> None:
    """Every place of the document's country listed after a word for places in ``doc``."""
    if builder.country is None:
        return
    kg = builder.kg
    for number, line in enumerate(plain_lines(doc), start=1):
        for match in _CUE.finditer(line):
            rest = re.sub(r"^\s*(?:the\s+)?", "", line[match.end() :])
            places = builder.places_after(f" in {rest}")
            if len(places) < 2:
                continue
            source = builder.source(doc.id, number)
            for key, place in places.items():
                if key != builder.country and builder.country in builder.within(key):
                    kg.add_node(place, kg.node(place)["type"], kg.node(place)["name"], source)
