"""Who gave technical assistance or support to whom, from sentences built on a verb of giving.

"The JP will continue to provide support to the IMSS for ...", "UNDP provided advice to the
Ministry of Finance to align ...", "by providing technical assistance and policy recommendations at
the Legislative level, particularly the Senate, for ...": the giver ``providesTechnicalAssistanceTo``
each body named right after "to" / "at" (up to the first "for", "of", "with", "through", "in
order to" or clause break, outside a body's own name); support "for" a step "by" a body ("the JP
provided accompaniment for the deposit of C189 by the Ministry of Labour") goes to that body.
The giver is the last actor named before the verb; with none, the programme of the programme's
own report (a gerund or "we" there speaks for it); else nothing.
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
    r"\s+(?P<to>to|at|for)\s+(?P<object>[^.;]+)",
    re.I,
)
_CUT = re.compile(r"\s(?:for|of|on|with|through|in order to|so that|which|that|by|regarding|in the)\s|\s\(|:", re.I)
"""Where the recipients end: "to the NSSF for the implementation ..." names only the NSSF."""
_DOER = re.compile(r"\s+by\s+(?:the\s+)?", re.I)
"""Support *for* a step "by" a body ("accompaniment for the deposit of C189 by the Ministry"): that
body receives it."""
_CLAUSE = re.compile(r",\s*(?:which|who|where|while|but)\b|\s(?:in order to|so as to)\s", re.I)


def _cut(text: str, offset: int, actors: list[Mention], pattern: re.Pattern[str] = _CUT) -> int:
    """Where ``pattern`` first matches ``text`` (at ``offset`` in the sentence) outside an actor's
    name ("the Ministry of Finance for ..." ends before "for", not at "of")."""
    for match in pattern.finditer(text):
        at = offset + match.start()
        if not any(a.start <= at < a.end for a in actors):
            return at
    return offset + len(text)


def read(builder: Builder, sentence: str, actors: list[Mention], source: Source, programme: str | None) -> None:
    """Add the assistance ``sentence`` states (see the module's docstring)."""
    kg = builder.kg
    for match in _GIVE.finditer(sentence):
        before = [a for a in actors if a.end <= match.start()]
        giver = before[-1].node_id if before else programme
        if giver is None:
            continue
        start = match.start("object")
        if match.group("to").lower() == "for":
            doer = _DOER.search(match.group("object")[: _cut(match.group("object"), 0, [], _CLAUSE)])
            if doer is None:
                continue
            start += doer.end()
            end = _cut(sentence[start:], start, actors)
            first = next((a for a in actors if a.start >= start), None)
            if first is None or first.start != start:
                continue  # "by" then no body right after: not a recipient
        else:
            end = _cut(match.group("object"), start, actors)
        for actor in actors:
            node = actor.node_id
            if start <= actor.start and actor.end <= end and node != giver and not kg.is_a(node, "UNAgency", "Fund"):
                kg.add_edge(giver, "providesTechnicalAssistanceTo", node, source)
