"""Dates a document gives as planned: "A technical report ... is being prepared and will be concluded
in April 2021" gives the report a ``plannedDate`` (2021-04) citing the line, so that a later document
dating the report otherwise (July 2021) shows the plan slipped (``gapgraph conflicts``).

The thing is the last one the sentence names before the words of the plan (its subject).

>>> bool(_PLANNED.search("The guide is being prepared and will be concluded in April 2021."))
True
"""

from __future__ import annotations

import re

from gapgraph.loaders.attribution import THINGS, referred
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.sections import sentences
from gapgraph.loaders.text import WRITTEN_DATE, parse_date, plain
from gapgraph.ontology.models import Source

_PLANNED = re.compile(
    r"\b(?:will|is expected to|are expected to|is scheduled to|are scheduled to|should)\s+be\s+"
    r"(?:concluded|finali[sz]ed|completed|finished|published|launched|delivered|ready|presented)\s+"
    rf"(?:in|by|before|no later than|on)\s+(?P<date>{WRITTEN_DATE.pattern})",
    re.I,
)

_DEADLINE = re.compile(
    r"\b(?:obligated|obliged|required|expected|due|should|must)\s+(?:to\s+)?(?:sanction|approve|adopt|pass|enact)\s+"
    rf"(?P<what>[^.;]{{3,120}}?)\s+(?:no later than|by|before)\s+(?P<date>{WRITTEN_DATE.pattern})",
    re.I,
)
"""A deadline for a law's approval: "Congress, which is obligated to sanction the mandatory regime no
later than April 2021" gives the law the regime names a planned date."""


_FILLERS = {"the", "a", "an", "of", "for", "on", "to", "and", "its", "their", "this", "that", "new"}


def _law_named(builder: Builder, phrase: str) -> str | None:
    """The one known law a phrase names, or whose names hold every word of it ("the mandatory regime")."""
    kg = builder.kg
    laws = [t for t in referred(builder, phrase) if kg.is_a(t, "LegalInstrument")]
    if laws:
        return laws[0] if len(laws) == 1 else None
    wanted = {w for w in re.findall(r"\w+", phrase.casefold()) if w not in _FILLERS}
    if not wanted:
        return None
    holding = [
        node
        for node, data in kg.nodes()
        if kg.is_a(node, "LegalInstrument")
        and any(wanted <= set(re.findall(r"\w+", name.casefold())) for name in [data["name"], *data["aliases"]])
    ]
    return holding[0] if len(holding) == 1 else None


def _deadlines(builder: Builder, sentence: str, source: Source) -> None:
    for deadline in _DEADLINE.finditer(sentence):
        date, law = parse_date(deadline["date"]), _law_named(builder, deadline["what"])
        if date is not None and law is not None:
            builder.kg.add_claim(law, "plannedDate", date, source)


def load(builder: Builder, doc: Document) -> None:
    """Every planned date the prose of ``doc`` gives a thing it names."""
    kg = builder.kg
    for number, raw in enumerate(doc.lines, start=1):
        if "\t" in raw or not raw.strip():
            continue
        for sentence in sentences(plain(raw).lstrip("-•⇒ ")):
            _deadlines(builder, sentence, builder.source(doc.id, number))
            for plan in _PLANNED.finditer(sentence):
                date = parse_date(plan["date"])
                before = [m for m in builder.mentions(sentence[: plan.start()], THINGS)]
                if date is None or not before:
                    continue
                thing = before[-1].node_id
                if "plannedDate" in kg.schema.attributes_for(kg.node(thing)["type"]):
                    kg.add_claim(thing, "plannedDate", date, builder.source(doc.id, number))
