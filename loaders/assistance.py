"""Who gave technical assistance or support to whom, from sentences built on a verb of giving.

"The JP will continue to provide support to the IMSS for ...", "UNDP provided advice to the
Ministry of Finance to align ...", "by providing technical assistance and policy recommendations at
the Legislative level, particularly the Senate, for ...": the giver ``providesTechnicalAssistanceTo``
each body named right after "to" / "at" (up to the first "for", "of", "with", "through", "in
order to" or clause break). The giver is the last actor named before the verb; with none, the
programme of the programme's own report (a gerund or "we" there speaks for it); else nothing.
UN agencies and funds are never recipients, nor is the giver itself.

>>> bool(_GIVE.search("we accompanied and offered technical assistance to all counterparts"))
True
"""

from __future__ import annotations

import re

from gapgraph.loaders.builder import Builder, Mention
from gapgraph.ontology.models import Source

_GIVE = re.compile(
    r"\b(?:provid(?:e|es|ed|ing)|offer(?:s|ed|ing)?|giv(?:e|es|ing)|gave|render(?:s|ed|ing)?)\s+"
    r"(?:(?:direct|specialized|specialised|continued|ongoing|technical|legal|policy|methodological)\s+(?:and\s+)?)*"
    r"(?P<what>assistance|support|accompaniment|advice|advisory services)\b"
    r"(?:\s+and\s+(?:[\w-]+\s+){0,3}?(?:recommendations|advice|inputs|support|assistance))?"
    r"\s+(?:to|at)\s+(?P<object>[^.;]+)",
    re.I,
)
_CUT = re.compile(r"\s(?:for|of|on|with|through|in order to|so that|which|that|by|regarding|in the)\s|\s\(|:", re.I)
"""Where the recipients end: "to the IMSS for the implementation ..." names only the IMSS."""


def read(builder: Builder, sentence: str, actors: list[Mention], source: Source, programme: str | None) -> None:
    """Add the assistance ``sentence`` states (see the module's docstring)."""
    kg = builder.kg
    for match in _GIVE.finditer(sentence):
        before = [a for a in actors if a.end <= match.start()]
        giver = before[-1].node_id if before else programme
        if giver is None:
            continue
        start = match.start("object")
        cut = _CUT.search(match.group("object"))
        end = start + (cut.start() if cut else len(match.group("object")))
        for actor in actors:
            node = actor.node_id
            if start <= actor.start and actor.end <= end and node != giver and not kg.is_a(node, "UNAgency", "Fund"):
                kg.add_edge(giver, "providesTechnicalAssistanceTo", node, source)
