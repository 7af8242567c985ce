"""Dates a document gives as planned: "A technical report ... is being prepared and will be concluded
in April 2021" gives the report a ``plannedDate`` (2021-04) citing the line, so that a later document
dating the report otherwise (July 2021) shows the plan slipped (``gapgraph conflicts``).

The thing is the last one the sentence names before the words of the plan (its subject).

>>> bool(_PLANNED.search("The guide is being prepared and will be concluded in April 2021."))
True
"""

from __future__ import annotations

import re

from gapgraph.loaders.attribution import THINGS
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.sections import sentences
from gapgraph.loaders.text import WRITTEN_DATE, parse_date, plain

_PLANNED = re.compile(
    r"\b(?:will|is expected to|are expected to|is scheduled to|are scheduled to|should)\s+be\s+"
    r"(?:concluded|finali[sz]ed|completed|finished|published|launched|delivered|ready|presented)\s+"
    rf"(?:in|by|before|no later than|on)\s+(?P<date>{WRITTEN_DATE.pattern})",
    re.I,
)


def load(builder: Builder, doc: Document) -> None:
    """Every planned date the prose of ``doc`` gives a thing it names."""
    kg = builder.kg
    for number, raw in enumerate(doc.lines, start=1):
        if "\t" in raw or not raw.strip():
            continue
        for sentence in sentences(plain(raw).lstrip("-•⇒ ")):
            for plan in _PLANNED.finditer(sentence):
                date = parse_date(plan["date"])
                before = [m for m in builder.mentions(sentence[: plan.start()], THINGS)]
                if date is None or not before:
                    continue
                thing = before[-1].node_id
                if "plannedDate" in kg.schema.attributes_for(kg.node(thing)["type"]):
                    kg.add_claim(thing, "plannedDate", date, builder.source(doc.id, number))
