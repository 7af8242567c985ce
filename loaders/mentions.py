"""Finding known names in text, fast however many names are known.

Names are indexed by their first word; a text is read word by word and, at each word, only the
names starting with it are compared, longest first. Adding a name is a dictionary insert, so the
index grows with the corpus without being rebuilt. Punctuation between words is ignored
("Secretary of Labor and Social Protection, State of México" matches with or without the comma);
names without a lower-case letter (acronyms) match only as written, other names ignore case.

>>> index = MentionIndex()
>>> index.add("IMSS", "imss")
>>> index.add("National Institute for Women", "inmujeres")
>>> [(m.node_id, m.text) for m in index.find("The national institute for women and IMSS; imss.")]
[('inmujeres', 'national institute for women'), ('imss', 'IMSS')]
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Mention:
    """A known node named in a text: which node, the spelling used, and where."""

    node_id: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class _Name:
    words: tuple[str, ...]
    exact: bool
    node_id: str


class MentionIndex:
    """Names of nodes, indexed by first word."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[_Name]] = defaultdict(list)
        self._known: set[tuple[tuple[str, ...], bool]] = set()

    def add(self, name: str, node_id: str) -> None:
        """Index ``name`` as a way of naming ``node_id`` (the first node to claim a name keeps it)."""
        words = tuple(_WORD.findall(name))
        if not words or len(name.strip()) < 2:
            return
        exact = not any(c.islower() for c in name)
        key = words if exact else tuple(w.casefold() for w in words)
        if (key, exact) in self._known:
            return
        self._known.add((key, exact))
        entries = self._by_first[key[0].casefold()]
        entries.append(_Name(key, exact, node_id))
        entries.sort(key=lambda n: len(n.words), reverse=True)

    def find(self, text: str, keep: Callable[[str], bool] = lambda _: True) -> list[Mention]:
        """The known names in ``text``, left to right, longest first, not overlapping."""
        tokens = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
        folded = [t[0].casefold() for t in tokens]
        found: list[Mention] = []
        i = 0
        while i < len(tokens):
            match = None
            for name in self._by_first.get(folded[i], ()):
                n = len(name.words)
                if i + n > len(tokens) or not keep(name.node_id):
                    continue
                words = tuple(t[0] for t in tokens[i : i + n]) if name.exact else tuple(folded[i : i + n])
                if words == name.words:
                    match = (name, n)
                    break
            if match is None:
                i += 1
                continue
            name, n = match
            start, end = tokens[i][1], tokens[i + n - 1][2]
            found.append(Mention(name.node_id, text[start:end], start, end))
            i += n
        return found
