"""Finding one's way in extracted text: headings, sections, list items, sentences.

>>> lines = ["Intro", "Partnerships", "- ILO and IMSS.", "Strategic meetings", "x"]
>>> section(lines, r"Partnerships", [r"Strategic meetings"])
(3, 3)
>>> sentences("The JP met STPS. It trained 12 people (e.g. inspectors). Done")
['The JP met STPS.', 'It trained 12 people (e.g. inspectors).', 'Done']
>>> split_list("A (X), B and the C, D, A.C.(E); F")
['A (X)', 'B and the C', 'D, A.C.(E)', 'F']
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from gapgraph.loaders.text import plain

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“(#])")
_ABBREVIATIONS = ("e.g.", "i.e.", "No.", "A.C.", "Mr.", "Ms.", "Dr.", "approx.", "etc.")


def find_line(lines: Sequence[str], pattern: str, start: int = 1, flags: int = re.IGNORECASE) -> int | None:
    """The first line number (from ``start``) whose plain text matches ``pattern`` at its start."""
    regex = re.compile(pattern, flags)
    for number in range(start, len(lines) + 1):
        if regex.match(plain(lines[number - 1])):
            return number
    return None


def section(lines: Sequence[str], heading: str, ends: Sequence[str], start: int = 1) -> tuple[int, int] | None:
    """The lines after a heading line matching ``heading``, up to (not including) the first ``ends`` heading."""
    head = find_line(lines, rf"^\s*(?:{heading})\s*:?\s*$", start)
    if head is None:
        return None
    last = len(lines)
    for end in ends:
        found = find_line(lines, rf"^\s*(?:{end})", head + 1)
        if found is not None:
            last = min(last, found - 1)
    return head + 1, last


def sentences(text: str) -> list[str]:
    """A paragraph cut into sentences (abbreviations such as 'e.g.' and 'A.C.' do not end one)."""
    protected = text
    for i, abbreviation in enumerate(_ABBREVIATIONS):
        protected = protected.replace(abbreviation, f"\x00{i}\x00")
    parts = _SENTENCE_END.split(protected)
    restored = []
    for part in parts:
        for i, abbreviation in enumerate(_ABBREVIATIONS):
            part = part.replace(f"\x00{i}\x00", abbreviation)
        if part.strip():
            restored.append(part.strip())
    return restored


def split_list(text: str) -> list[str]:
    """Items of an enumeration: split at top-level commas and semicolons (not inside brackets).

    A comma before 'A.C.' or 'S.A.' (a legal form) does not split.
    """
    items: list[str] = []
    depth = 0
    current = ""
    i = 0
    while i < len(text):
        char = text[i]
        depth += char in "(["
        depth -= char in ")]" and depth > 0
        rest = text[i:]
        if depth == 0 and char in ",;" and not re.match(r"[,;]\s*(?:A\.C\.|S\.A\.|A\.C\b)", rest):
            items.append(current)
            current = ""
        else:
            current += char
        i += 1
    items.append(current)
    return [item.strip(" .") for item in items if item.strip(" .")]


def cued_sentences(lines: Sequence[str], *cues: re.Pattern[str], tables: bool = False) -> Iterator[tuple[int, str]]:
    """(line number, sentence) of each line that one of ``cues`` matches, its text made plain and
    split into sentences; table rows (a line holding a tab) only when ``tables``. The loop every
    sentence reader of a document's prose runs.

    >>> row = "x" + chr(9) + "funded"  # a table row
    >>> list(cued_sentences(["A is funded. B too.", row, "C."], re.compile("funded")))
    [(1, 'A is funded.'), (1, 'B too.')]
    """
    for number, raw in enumerate(lines, start=1):
        if (tables or "\t" not in raw) and any(cue.search(raw) for cue in cues):
            for sentence in sentences(plain(raw)):
                yield number, sentence
