"""Which product, pilot, law or activity counts under which output or outcome of the programme.

Report narratives group their results under headings: "Output 1.1. Permanent social regime ...",
"1.2. National Care Strategy ..." (the word "Output" left out), "Outcome 2. Key stakeholders ...".
Every thing a line under such a heading names or refers to (see :func:`attribution.referred`)
``contributesTo`` that output or outcome of the programme, if the programme has it (its results
framework is read first), citing the line and its heading. A heading of the Fund's own results
("Global Outcome 1", "Contribution to Joint SDG Fund Outcome 1") or any other short heading ends
the section: the Fund's outcomes are never the programme's.

>>> _heading("Output 1.1. Permanent social regime for domestic workers drafted.")
('Output', '1.1')
>>> _heading("2.1. Key stakeholders equipped with knowledge of social protection extension")
('Output', '2.1')
>>> _heading("Global Outcome 1: Integrated multi-sectoral policies") is None
True
"""

from __future__ import annotations

import re

from gapgraph.graph.ids import node_iri
from gapgraph.loaders import attribution
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.observations import thing_key
from gapgraph.loaders.text import plain

_OUTPUT = re.compile(r"^(?:Output\s+)?(\d{1,2})\.(\d{1,2})\.?:?\s+[A-Z]")
_OUTCOME = re.compile(r"^Outcome\s+(\d{1,2})\s*[.:]\s+[A-Z]")


def _heading(line: str) -> tuple[str, str] | None:
    """("Output", "1.2") or ("Outcome", "2") for a results heading of the programme, else None."""
    output = _OUTPUT.match(line)
    if output:
        return "Output", f"{output.group(1)}.{output.group(2)}"
    outcome = _OUTCOME.match(line)
    return ("Outcome", outcome.group(1)) if outcome else None


def _ends_section(line: str) -> bool:
    """A short line that is no bullet, footnote or sentence: a heading of another part."""
    return len(line) < 120 and not line.startswith(("-", "•")) and not line[:1].isdigit() and not line.endswith(".")


def load(builder: Builder, doc: Document, programme: str) -> None:
    """Link the things under each results heading of a report's narrative to that output or outcome."""
    kg = builder.kg
    prefix = thing_key(kg.node(programme)["name"])
    current: str | None = None
    heading_line = 0
    contributors = kg.schema.relations["contributesTo"].domain
    for number, raw in enumerate(doc.lines, start=1):
        line = plain(raw)
        if not line or "\t" in raw or line.startswith(("¹", "²", "³")):
            continue
        heading = _heading(line) if len(line) < 250 and not line.startswith(("-", "•")) else None
        if heading is not None:
            cls, code = heading
            node = node_iri(cls, prefix, f"{cls} {code}")
            current = node if kg.has_node(node) else None
            heading_line = number
            continue
        if _ends_section(line) or re.match(r"^(?:⇒|Global\s+Out|Annex\b)", line):
            current = None
            continue
        if current is None:
            continue
        source = builder.source(doc.id, number)
        for thing in attribution.referred(builder, line):
            if kg.schema.fits(kg.node(thing)["type"], contributors):
                kg.add_edge(thing, "contributesTo", current, source)
                kg.add_edge(thing, "contributesTo", current, builder.source(doc.id, heading_line))
