"""A pilot a text calls a programme's own: "UN Women carried out the pilot of “Closing gaps” in
Iztapalapa".

"the pilot (project / test) of <programme> in <place>" gives the pilot the phrase refers to (a known
pilot, found as the attribution rules find things) ``partOf`` that programme and ``locatedIn`` the
place named right after it, each edge citing the line. A pilot "of" anything else ("the pilot of
the care strategy") is not a programme's part.

>>> bool(_PILOT_OF.search("carried out the pilot of “Closing gaps” in Iztapalapa"))
True
"""

from __future__ import annotations

import re

from gapgraph.loaders import attribution
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.sections import cued_sentences

_PILOT_OF = re.compile(r"\bpilot(?:\s+(?:project|test|programme|program|phase))?\s+of\s+", re.I)
_IN = re.compile(r"^[”\"’']?\s*(?:in|at)\s+(?:the\s+)?", re.I)


def read(builder: Builder, sentence: str, source) -> None:
    """The programme and place of each pilot the sentence calls a programme's."""
    kg = builder.kg
    for match in _PILOT_OF.finditer(sentence):
        rest = sentence[match.end() :]
        named = next(iter(builder.mentions(rest, "programme")), None)
        if named is None or named.start > 1 or not kg.is_a(named.node_id, "Programme"):
            continue
        after = rest[named.end :]
        opening = _IN.match(after)
        place = None
        if opening is not None:
            places = builder.mentions(after[opening.end() :], "place")
            place = places[0].node_id if places and places[0].start == 0 else None
        phrase_end = match.end() + named.end + (opening.end() + 40 if opening else 0)
        start = sentence.rfind(" the ", 0, match.start())
        phrase = sentence[start + 1 if start >= 0 else 0 : phrase_end]
        pilots = [t for t in attribution.referred(builder, phrase) if kg.is_a(t, "Pilot")]
        if len(pilots) != 1:
            continue
        kg.add_edge(pilots[0], "partOf", named.node_id, source)
        if place is not None:
            kg.add_edge(pilots[0], "locatedIn", place, source)


def load(builder: Builder, doc: Document) -> None:
    """Read every line of a document that names a pilot "of" something."""
    for number, sentence in cued_sentences(doc.lines, _PILOT_OF, tables=True):
        read(builder, sentence, builder.source(doc.id, number))
