"""People a text names after their organisation's position: "opinion article by FAO representative,
Lina Pohl".

"<organisation> representative, <Name>" (also "Representative", "Deputy Representative", "Country
Representative") gives a ``Person`` of that name who is ``memberOf`` the organisation, with the
position as the edge's ``position``, citing the line. The organisation must be a known body named
right before the position; the name is two to four capitalised words right after the comma.

>>> [m["name"] for m in _POSITION.finditer("article by FAO representative, Lina Pohl https://x")]
['Lina Pohl']
>>> [m["name"] for m in _POSITION.finditer("the FAO representative, who spoke")]
[]
"""

from __future__ import annotations

import re

from gapgraph.graph.ids import node_iri
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.text import plain

_NAME_WORD = r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?"
_POSITION = re.compile(
    r"\s(?P<position>(?:(?:Deputy|Country|Resident)\s+)?[Rr]epresentative),\s+"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})\b(?![\w-])"
)


def read(builder: Builder, line: str, source) -> None:
    """Each person the line names after "<organisation> representative,"."""
    for match in _POSITION.finditer(line):
        before = line[: match.start()]
        named = [m for m in builder.mentions(before) if m.end == len(before)]
        if not named:
            continue
        organisation = named[-1].node_id
        name = match["name"]
        position = f"{named[-1].text} {match['position']}"
        person = node_iri("Person", name)
        builder.kg.add_node(person, "Person", name, source, attributes={"jobTitle": position})
        builder.kg.add_edge(person, "memberOf", organisation, source, {"position": position})


def load(builder: Builder, doc: Document) -> None:
    """Read every line of a document for people named after their organisation's position."""
    for number, raw in enumerate(doc.lines, start=1):
        if "epresentative," not in raw:
            continue
        read(builder, plain(raw), builder.source(doc.id, number))
