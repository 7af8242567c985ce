"""Pilots and constitutional reforms a text names by a description rather than a title.

- a pilot: "the pilot test for domestic workers registration to social security", "a care
  services pilot for children in Maseru", "the ministry's pilot project": the word *pilot* (with
  *test*, *program(me)* or *project*), the words that qualify it before (up to three, after an
  article or a preposition) and its complement after ("for / of / on / to / in ..."), up to a
  punctuation mark or a verb; a bare "the pilot" or "pilot tests" names nothing;
- a constitutional reform: "the constitutional reform for the creation of a National Care
  System", "a constitutional reform that recognizes the right to care".

>>> list(described("Results of the pilot test in Maseru will be used."))
[('pilot test in Maseru', 'Pilot')]
>>> list(described("It documented the ministry's pilot project experience and the pilot's results."))
[("ministry's pilot project", 'Pilot')]
>>> list(described("Both chambers debated a constitutional reform that recognizes the right to care, in 2021."))
[('constitutional reform that recognizes the right to care', 'ConstitutionalReform')]
>>> list(described("A pilot proposal was developed; pilot tests on care services and future pilot tests followed."))
[]
>>> list(described("Recommendations: develop a pilot of care services in rural areas."))
[]
>>> list(described("- Leribe pilot implemented by the council; 1,200 herders in the two pilot districts."))
[('Leribe pilot', 'Pilot')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_STOP = (
    r"and|or|but|was|were|is|are|be|been|has|have|had|will|would|could|should|can|may|which|that|who|with|by|"
    r"through|as|since|during|where|when|because|while|regulatory|results?|experience|phase|implemented|developed|"
    r"proposal|framework|rules?|(?-i:[a-z]\w+ed)"  # a verb in the past ("started", "implemented") ends it
)
_WORD = rf"(?!(?:{_STOP})\b)[\w'’-]+"
_PLACES = (
    r"provinces?|districts?|municipalit(?:y|ies)|sites?|areas?|regions?|states?|communes?|countries|"
    r"localities|locations|communities|schools|phase|stage"
)
"""Nouns "pilot" qualifies ("the two pilot provinces"): no pilot named."""
_COMPLEMENT = rf"(?:\s+(?:for|of|on|to|in|that\s+recogni[sz]es)\s+{_WORD}(?:\s+{_WORD}){{0,11}})"
_HEAD = re.compile(
    rf"\bpilot(?:\s+(?:test|program(?:me)?|project))?\b(?!['’]s|\s+(?:tests|programs|programmes|projects|{_PLACES})\b)"
    rf"(?P<complement>{_COMPLEMENT})?",
    re.I,
)
_BEFORE = re.compile(
    r"^(?:the|a|an|its|their|his|her|our|this|that|these|of|for|on|in|to|at|first|second|new|and|with|by|from|"
    r"future|further|next|other|possible|potential|"
    r"implement|implementing|develop|developing|promote|promoting|support|supporting)$",
    re.I,
)
_REFORM = re.compile(rf"\b(?P<name>constitutional\s+reform{_COMPLEMENT})", re.I)
_PLANNED = re.compile(
    r"\b(?:to|will|would|should|could|must|recommend\w*|promot(?:e|ing)|develop(?:ing)?|design(?:ing)?|"
    r"propos(?:e|ing)|establish(?:ing)?|launch(?:ing)?|creat(?:e|ing))\s+(?:\w+\s+)?an?\s+$",
    re.I,
)
"""An intention before an indefinite pilot ("Develop a pilot of ...", "promoting a pilot program")."""


def _qualifiers(before: str) -> str:
    """The words (up to three) that qualify a pilot, read back from it to an article or a preposition."""
    words = before.split()
    kept: list[str] = []
    for word in reversed(words[-3:]):
        if _BEFORE.match(word) or not re.fullmatch(r"[\w'’-]*\w[\w'’-]*", word) or re.fullmatch(_STOP, word, re.I):
            break
        kept.insert(0, word)
    return " ".join(kept)


def _trim(name: str) -> str:
    """A description without the links it ended on ("... in the" -> "...")."""
    return re.sub(r"(?:\s+(?:the|a|an|of|for|on|to|in|at))+$", "", name.strip(" ,"), flags=re.I)


def described(sentence: str) -> Iterator[tuple[str, str]]:
    """(description, class) of each pilot and constitutional reform a sentence describes."""
    for match in _HEAD.finditer(sentence):
        before = _qualifiers(sentence[: match.start()])
        opening = sentence[: match.start() - len(before)]
        if _PLANNED.search(opening):
            continue  # "with the objective of promoting a pilot program in ...": a pilot yet to be
        if before or match["complement"]:  # qualified before or after: a description, not "the pilot"
            yield _trim(f"{before} {match.group()}"), "Pilot"
    for match in _REFORM.finditer(sentence):
        yield _trim(match["name"]), "ConstitutionalReform"
