"""Donor lists: "the Joint SDG Fund's global development partners/donors (Denmark, European Union,
Germany, ...)" or "donors: A, B and C" give one ``Donor`` per item (a known body, else a new one
named as written), each ``funds`` the fund or programme the sentence names before the list.

>>> [m.group("paren") for m in DONORS.finditer("the Fund's donors (Norway, Spain and Sweden).")]
['Norway, Spain and Sweden']
"""

from __future__ import annotations

import re

from gapgraph.loaders.builder import Builder
from gapgraph.loaders.sections import split_list
from gapgraph.ontology.models import Source

DONORS = re.compile(
    r"\b(?:development\s+partners\s*/\s*)?donors\s*(?:\((?P<paren>[^()]{3,400})\)|:\s*(?P<colon>[^.;]{3,400}))", re.I
)


def items(text: str) -> list[str]:
    """The names of a list ("Norway, Spain and Sweden."), without a closing 'and' or stop."""
    found = []
    for item in split_list(text):
        found += [p.strip(" .") for p in re.split(r"^and\s+|\s+and\s+(?=[A-Z])", item) if p.strip(" .")]
    return [f for f in found if len(f.split()) <= 6 and f[0].isupper()]


def read(builder: Builder, sentence: str, source: Source) -> None:
    """Add the donors a sentence lists, each funding the fund or programme named before the list."""
    kg = builder.kg
    for match in DONORS.finditer(sentence):
        before = [m for m in builder.mentions(sentence[: match.start()]) if kg.is_a(m.node_id, "Fund")] or [
            m for m in builder.mentions(sentence[: match.start()], "programme")
        ]
        if not before:
            continue
        funded = before[-1].node_id
        for name in items(match.group("paren") or match.group("colon")):
            donor = builder.actor(name, source, new_type="Donor")
            if donor is not None and donor != funded:
                kg.add_edge(donor, "funds", funded, source)
