"""Who a sentence says finances a named programme, pilot or activity.

- "<programme>, financed / funded / co-funded by F": F ``funds`` it;
- "financed by F with resources from D": D ``funds`` F (whatever F finances);
- "<programme> is an initiative of / by F", when F is a fund ("an initiative of the Joint SDG Fund"):
  the fund ``funds`` it (an agency's "initiative" is its work, not its money, so only funds count).

The funded thing is the last programme, pilot or activity the sentence names before the phrase, with
nothing but its own description in between (no other sentence, no other actor); the funder is the
first actor named right after "by" (an article or "the UN" may come first). Each edge cites the line.
Amounts are read elsewhere (:mod:`gapgraph.loaders.money`, the budget tables).

>>> bool(FINANCED_BY.search("the joint programme Child Grants, financed by the Joint SDG Fund"))
True
>>> bool(_INITIATIVE.search("“Child Grants” is an initiative by the Joint SDG Fund Programme"))
True
"""

from __future__ import annotations

import re

from gapgraph.loaders.builder import Builder, Mention
from gapgraph.loaders.document import Document
from gapgraph.loaders.sections import cued_sentences
from gapgraph.loaders.text import FINANCED_BY
from gapgraph.ontology.models import Source

_INITIATIVE = re.compile(r"\b(?:is|was)\s+an?\s+initiative\s+(?:of|by|from)\b", re.I)
_RESOURCES = re.compile(
    r"^\s*,?\s*(?:with|using)\s+(?:the\s+)?(?:resources|funds|funding|contributions?)\s+(?:from|of)\b", re.I
)
"""After a funder's name, where its own money comes from: "with resources from", "with funds of"."""
_LEAD_IN = re.compile(r"^[\s,]*(?:(?:the|a|an)\s+)?$", re.I)
"""What may stand between "by" and the funder's name."""
_FUNDED_GROUPS = ("programme", "pilot", "activity")
_FUNDED_CLASSES = ("Programme", "Component", "Pilot", "Activity")
_DESCRIPTION = 160
"""How far before the phrase the funded thing's name may end (its own description between)."""


def _funded(builder: Builder, before: str) -> Mention | None:
    """The programme, pilot or activity named last in ``before``, if only its description follows."""
    kg = builder.kg
    named = [m for m in builder.mentions(before, _FUNDED_GROUPS) if kg.is_a(m.node_id, *_FUNDED_CLASSES)]
    if not named:
        return None
    last = named[-1]
    between = before[last.end :]
    if len(between) > _DESCRIPTION or builder.mentions(between):
        return None
    return last


def _funder(builder: Builder, after: str, fund_only: bool) -> str | None:
    """The actor named first in ``after`` with only an article before it."""
    for actor in builder.mentions(after):
        if not _LEAD_IN.match(after[: actor.start]):
            return None
        if fund_only and not builder.kg.is_a(actor.node_id, "Fund"):
            return None
        return actor.node_id
    return None


def _behind(builder: Builder, after: str, funder: str) -> str | None:
    """Who pays the funder: "financed by F with resources from D" names D right after F."""
    named = [m for m in builder.mentions(after) if m.node_id == funder]
    if not named:
        return None
    rest = after[named[0].end :]
    cue = _RESOURCES.match(rest)
    if cue is None:
        return None
    donor = _funder(builder, rest[cue.end() :], fund_only=False)
    return donor if donor not in (None, funder) else None


def read(builder: Builder, sentence: str, source: Source) -> None:
    """Add a ``funds`` edge for each funder ``sentence`` names for a programme, pilot or activity,
    and for each donor it says pays that funder ("financed by F with resources from D": D funds F,
    whatever F finances)."""
    for pattern, fund_only in ((FINANCED_BY, False), (_INITIATIVE, True)):
        for match in pattern.finditer(sentence):
            after = re.sub(r"^\s*(?:the\s+)?UN\s+(?=\S)", " ", sentence[match.end() :])
            funded = _funded(builder, sentence[: match.start()])
            funder = _funder(builder, after, fund_only)
            if funded is not None and funder is not None and funder != funded.node_id:
                builder.kg.add_edge(funder, "funds", funded.node_id, source)
            donor = _behind(builder, after, funder) if funder is not None else None
            if donor is not None:
                builder.kg.add_edge(donor, "funds", funder, source)


def load(builder: Builder, doc: Document) -> None:
    """Read every prose line of a document for who finances what it names."""
    for number, sentence in cued_sentences(doc.lines, FINANCED_BY, _INITIATIVE):
        read(builder, sentence, builder.source(doc.id, number))
