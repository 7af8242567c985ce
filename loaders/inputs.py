"""What one product fed into another: "the assessments ... nourished the strategies", "the round-table
was the base to formulate the action plans".

A results bullet often says that one thing was the input of another: "Two situational assessments,
one in Lesotho's north and one in its south, that nourished the two social protection strategies";
"The district committee was the basis for drafting the plan"; "The study fed into the reform". The
things named before the verb ``contributesTo`` the things named after it, citing the sentence's line.
Under a results heading the input counts through what it fed (the strategy counts under the output,
the assessment under the strategy), so :mod:`chain` leaves the inputs out of the heading's output.
This module holds the wording; :func:`gapgraph.loaders.chain.feeds` reads the things on each side.

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
