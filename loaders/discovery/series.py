"""Series of webinars a text names ("a series of biweekly webinars on social protection for herders",
"the webinar series on OSH", "webinars that focused on social protection"): an ``Activity``.

Every mention of a series is one node with the others it fits: a mention whose topic words are
all in a known series' names, or shares most of them, or a mention with no topic when the graph
holds exactly one series, is that series (its wording kept as an alias); else a new series.
Each cites its line.

>>> [m["name"] for m in _SERIES.finditer("a series of weekly webinars was held; the webinar series on OSH risks, and")]
['series of weekly webinars', 'webinar series on OSH risks']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from gapgraph.graph.ids import node_iri
from gapgraph.graph.resolve import normalise
from gapgraph.loaders.discovery.lines import plain_lines

if TYPE_CHECKING:
    from gapgraph.loaders.builder import Builder
    from gapgraph.loaders.document import Document

_HEAD = r"(?:series of (?:[a-z]+ )?(?:webinars|online sessions|virtual sessions)|webinar series|webinars)"
_SERIES = re.compile(
    rf"\b(?P<name>{_HEAD}(?:\s+(?:on|about|to promote|that focused on)\s+[^.,;:()]{{4,110}}?)?)"
    r"(?=\s*[.,;:()]|\s+(?:was|were|is|are|has|have|had|held|with|in \d|by|which|that (?!focused)|recognizing|"
    r"and the|will)\b|\s*$)",
    re.I,
)
_FORMAT = frozenset(("series", "webinar", "webinars", "biweekly", "weekly", "monthly", "online", "virtual", "sessions"))
_STOP = frozenset(("of", "on", "about", "to", "the", "a", "and", "for", "in", "that", "focused", "promote", "with"))
_SPELLED = {"osh": ("occupational", "health", "safety")}


def _topic(name: str) -> set[str]:
    words = set()
    for word in normalise(name).split():
        if word not in _FORMAT and word not in _STOP:
            words.update(_SPELLED.get(word, (word,)))
    return words


def _same(builder: Builder, name: str) -> str | None:
    """The known series ``name`` describes (see the module's rule), or None."""
    kg = builder.kg
    known = [n for n, d in kg.nodes() if kg.is_a(n, "Activity") and "webinar" in normalise(d["name"])]
    topic = _topic(name)
    if not topic:
        return known[0] if len(known) == 1 else None
    fits = []
    for node in known:
        names = (kg.node(node)["name"], *kg.node(node)["aliases"])
        best = max(len(topic & _topic(n)) / len(topic | _topic(n)) if _topic(n) else 0.0 for n in names)
        if any(topic <= _topic(n) for n in names) or best >= 0.5:
            fits.append(node)
    return fits[0] if len(fits) == 1 else None


def load(builder: Builder, doc: Document) -> None:
    """Every series of webinars ``doc`` names."""
    kg = builder.kg
    for number, (raw, line) in enumerate(zip(doc.lines, plain_lines(doc), strict=True), start=1):
        if not line or "\t" in raw:
            continue
        for match in _SERIES.finditer(line):
            name = match["name"].strip()
            if len(name.split()) < 2:
                continue
            name = name[:1].upper() + name[1:]
            source = builder.source(doc.id, number)
            node = builder.resolve(name) or _same(builder, name)
            if node is None:
                if not _topic(name):
                    continue  # "webinars": too little to name a series by
                node = node_iri("Activity", name, builder.country or "")
                kg.add_node(node, "Activity", name, source)
            else:
                kg.add_node(node, kg.node(node)["type"], name, source)
            if builder.resolve(name) is None:
                builder.register(node, name, builder.country)
