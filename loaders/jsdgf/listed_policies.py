"""The policies a Joint SDG Fund form lists under a global indicator ("List the policies: ...").

The Fund's indicators of integrated policies ask the report to "List the policies"; the answer is
prose that names each one. A numbered item ("the launch of the (2) National Grazing Strategy, a (3)
legal reform on herders' pensions, the first (4) inspection protocol for herding work") is a
policy the programme counts: the known thing of that name, else a new ``Policy`` named as written
(the item runs from its number to the next comma, full stop or bracket), citing the answer's line.
Unnumbered answers are left to the readers of things (their items are loose descriptions: "a second
action plan ... in an additional state"). Which result the items count under is the chain reader's
(:mod:`gapgraph.loaders.chain`).

>>> numbered("the launch of the (2) Herders Strategy, a (3) grazing law reform, and a (4) Seed fund.")
['Herders Strategy', 'grazing law reform', 'Seed fund']
"""

from __future__ import annotations

import re

from gapgraph.graph.ids import node_iri
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.text import plain

_ANSWER = re.compile(r"^\s*List\s+the\s+policies\s*:\s*", re.I)
_NUMBERED = re.compile(r"\(\d{1,2}\)\s+(?P<item>[^,.;()]+)")


def numbered(text: str) -> list[str]:
    """The items ``text`` numbers "(2) ...", as written (a trailing "and" dropped; two words at least)."""
    items = []
    for match in _NUMBERED.finditer(text):
        item = re.sub(r"\s+(?:and|or)$", "", match["item"].strip())
        if len(item.split()) >= 2:
            items.append(item)
    return items


def load(builder: Builder, doc: Document) -> None:
    """The policies each "List the policies" answer of ``doc`` numbers."""
    for number, raw in enumerate(doc.lines, start=1):
        text = plain(raw.split("\t")[0])
        answer = _ANSWER.match(text)
        if answer is None:
            continue
        source = builder.source(doc.id, number)
        for name in numbered(text[answer.end() :]):
            if builder.resolve(name) is not None:
                continue
            node = node_iri("Policy", name)
            builder.kg.add_node(node, "Policy", name, source)
            builder.register(node, name)
