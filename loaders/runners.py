"""Who runs a pilot or a course, from how the sentence names it: one rule family of the attribution
rules (:mod:`gapgraph.loaders.attribution` calls these for each sentence it reads).

- "the IMSS' pilot project", "the BoS pilot programme": the actor ``pilots`` its pilot; so does the
  body a pilot's own name names ("pilot program to enrol vendors in the National Social Security
  Fund"), and the body "its pilot" refers back to;
- "ILO's ITC on-line course X": the possessor ``implements`` the course named right after.

>>> bool(_POSSESSIVE_COURSE.match("'s ITC on-line course E-coaching"))
True
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from gapgraph.loaders.references import _PHRASE_END, Thing
from gapgraph.ontology.models import Source

if TYPE_CHECKING:
    from gapgraph.loaders.attribution import AttributionReader
    from gapgraph.loaders.builder import Mention

_POSSESSIVE_PILOT = re.compile(r"^(?:['’]s?\s+|\s+)(?:[a-z-]+\s+){0,2}?pilot\b", re.I)
"""'the NSSF' pilot project', 'the NSSF pilot program': the actor runs its pilot."""
_POSSESSIVE_COURSE = re.compile(
    r"^['’]s?\s+(?:(?!(?:the|a|an|and|or|of|in|on|for)\s)[\w-]+\s+){0,3}?"
    r"(?:course|training|workshop|webinar|seminar|e-?learning|programme|program)s?\s+(?:on\s+|of\s+)?",
    re.I,
)
"""'the ILO's ITC on-line course X', 'UNICEF's training programme X': the possessor runs the course."""
_NAMED_BODY = re.compile(r"\bpilot\b[^,;()]*\b(?:of|to|into)\s+(?:the\s+)?$", re.I)
"""Words of a pilot's name before a body it names: "pilot test of the", "pilot program to affiliate
workers to the"."""
_ITS = re.compile(r"\bits\s+$", re.I)
"""'its' right before a pilot: the pilot of the body named last before it."""


def pilots(
    reader: AttributionReader, sentence: str, actors: list[Mention], things: list[Thing], source: Source
) -> None:
    """ "the IMSS' pilot project", "the BoS pilot programme": the actor ``pilots`` its pilot; so
    does the body a pilot's own name names ("pilot program to enrol vendors in the National
    Social Security Fund"), and the body "its pilot" refers back to ("advice to the BoS on ...
    its pilot test")."""
    pilots = [t for t in things if reader.kg.is_a(t.node_id, "Pilot")]
    for actor in actors:
        possessive = _POSSESSIVE_PILOT.match(sentence[actor.end :])
        if possessive is None:
            continue
        end = actor.end + possessive.end()
        around = [t for t in pilots if t.start <= actor.start < t.end or actor.end <= t.start < end]
        for thing in around:
            reader.relate(actor.node_id, "pilots", thing.node_id, source)
        if not around:  # "documentation of IMSS' pilot project experience": a product's name holds the pilot's
            named = [m for m in reader.b.mentions(sentence[actor.start :], "pilot")[:1] if m.start == 0]
            phrase = sentence[actor.start : actor.start + 80]
            phrase = phrase[: m.start()] if (m := _PHRASE_END.search(phrase, end - actor.start)) else phrase
            pilot = (
                named[0].node_id
                if named
                else reader.references.best(reader.references.candidates("pilot"), phrase, "pilot", strict=True)
            )  # "IMSS' pilot test for domestic workers": the known pilot sharing its words
            if pilot is not None:
                reader.relate(actor.node_id, "pilots", pilot, source)
    for thing in pilots:
        inside = reader.b.find_names(sentence[thing.start : thing.end], "actor")
        for named in inside:
            if _NAMED_BODY.search(sentence[thing.start : thing.start + named.start]):
                reader.relate(named.node_id, "pilots", thing.node_id, source)
        referred = _ITS.search(sentence[: thing.start])
        earlier = [a for a in actors if referred and a.end <= referred.start() and a.node_id != reader.programme]
        if referred and earlier:
            reader.relate(earlier[-1].node_id, "pilots", thing.node_id, source)


def courses(
    reader: AttributionReader, sentence: str, actors: list[Mention], things: list[Thing], source: Source
) -> None:
    """ "ILO's ITC on-line course X": the possessor ``implements`` the course (or training, workshop)
    named right after its head; a body between them ("ITC") is the possessor's own."""
    for actor in actors:
        possessive = _POSSESSIVE_COURSE.match(sentence[actor.end :])
        if possessive is None:
            continue
        end = actor.end + possessive.end()
        for thing in things:
            if abs(thing.start - end) <= 2 and reader.kg.is_a(thing.node_id, "Activity"):
                reader.relate(actor.node_id, "implements", thing.node_id, source)
