"""What one product fed into another: "the assessments ... nourished the strategies", "the round-table
was the base to formulate the action plans".

A results bullet often says that one thing was the input of another: "Two situational assessments,
one in Lesotho's north and one in its south, that nourished the two social protection strategies";
"The district committee was the basis for drafting the plan"; "The study fed into the reform". The
things named before the verb ``contributesTo`` the things named after it, citing the sentence's line.
Under a results heading the input counts through what it fed (the strategy counts under the output,
the assessment under the strategy), so :mod:`chain` leaves the inputs out of the heading's output.

Where both sides name things of several places ("one in Jalisco and one in Oaxaca ... those
states"), each input feeds only the things of its own place; a thing without a place feeds all.

>>> bool(_FEEDS.search("the assessments nourished the two strategies"))
True
>>> bool(_FEEDS.search("The committee was the base to formulate the plans"))
True
>>> bool(_FEEDS.search("the nourishment of children"))
False
"""

from __future__ import annotations

import re

from gapgraph.loaders import chain
from gapgraph.loaders.builder import Builder

_FEEDS = re.compile(
    r"\b(?:nourish(?:ed|es)|fed\s+into|feeds?\s+into)\b"
    r"|\b(?:was|were|is|are|served\s+as|serves?\s+as)\s+(?:the|a|an)\s+(?:main\s+|key\s+)?"
    r"(?:base|bases|basis|input|inputs|foundation|foundations)\s+(?:to|for)\s+"
    r"(?:(?:formulat|design|develop|draft|prepar|build|elaborat)\w*\b)?",
    re.I,
)
"""The verb of an input: "nourished", "fed into", "was the base to formulate", "served as input for"."""
_PLANNED = re.compile(r"\b(?:will|would|could|may|might|shall|expected to|aims? to)\b[^,.;]*$", re.I)


def split(sentence: str) -> tuple[str, str] | None:
    """The sentence's text before and after its input verb, or None when it states no input (or a
    planned one: "will be the basis for")."""
    verb = _FEEDS.search(sentence)
    if verb is None or _PLANNED.search(sentence[: verb.start()]):
        return None
    return sentence[: verb.start()], sentence[verb.end() :]


def _places(builder: Builder, node: str) -> set[str]:
    return set(builder.kg.out(node, "locatedIn"))


def read(builder: Builder, sentence: str, source) -> list[str]:
    """Each thing named before the input verb ``contributesTo`` each thing named after it (paired by
    place when both have one); the inputs, which :mod:`chain` does not count under the heading."""
    parts = split(sentence)
    if parts is None:
        return []
    kg = builder.kg
    rel = kg.schema.relations["contributesTo"]
    inputs = [t for t in chain.counted(builder, parts[0]) if kg.schema.fits(kg.node(t)["type"], rel.domain)]
    made = [  # read in the whole sentence: "those states" refers back to the places before the verb
        t
        for t in chain.counted(builder, sentence)
        if t not in inputs and kg.schema.fits(kg.node(t)["type"], rel.range)
    ]
    if not inputs or not made:
        return []
    for thing in inputs:
        here = _places(builder, thing)
        for target in made:
            there = _places(builder, target)
            if target != thing and (not here or not there or here & there):
                kg.add_edge(thing, "contributesTo", target, source)
    return inputs
