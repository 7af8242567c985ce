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


class Words:
    """A text's words, their places, and their case-folded forms, computed once."""

    def __init__(self, text: str) -> None:
        self.tokens = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
        self.words = [t[0] for t in self.tokens]
        self.folded = [w.casefold() for w in self.words]


class MentionIndex:
    """Names of nodes in a word trie: one for names that ignore case, one for acronyms."""

    _END = ""  # the key under which a trie node keeps the ids of the nodes a name ends with

    def __init__(self) -> None:
        self._folded: dict[str, dict] = {}
        self._exact: dict[str, dict] = {}

    def add(self, name: str, node_id: str) -> None:
        """Index ``name`` as a way of naming ``node_id`` (a name may name several nodes; the first wins
        among those a search keeps)."""
        words = _WORD.findall(name)
        if not words or len(name.strip()) < 2:
            return
        exact = not any(c.islower() for c in name)
        trie = self._exact if exact else self._folded
        for word in words:
            trie = trie.setdefault(word if exact else word.casefold(), {})
        claimants = trie.setdefault(self._END, [])
        if node_id not in claimants:
            claimants.append(node_id)

    def _longest(self, trie: dict, words: list[str], i: int, keep: Callable[[str], bool]) -> tuple[int, str] | None:
        best = None
        for j in range(i, len(words)):
            trie = trie.get(words[j])
            if trie is None:
                break
            node_id = next((n for n in trie.get(self._END, ()) if keep(n)), None)
            if node_id is not None:
                best = (j - i + 1, node_id)
        return best

    def find(self, text: str, keep: Callable[[str], bool] = lambda _: True) -> list[Mention]:
        """The known names in ``text``, left to right, longest first, not overlapping."""
        return self.find_words(text, Words(text), keep)

    def find_words(self, text: str, split: Words, keep: Callable[[str], bool] = lambda _: True) -> list[Mention]:
        """:meth:`find` on a text already split into :class:`Words` (to search several indexes)."""
        tokens, folded, words = split.tokens, split.folded, split.words
        found: list[Mention] = []
        i = 0
        while i < len(tokens):
            candidates = [
                m
                for m in (self._longest(self._folded, folded, i, keep), self._longest(self._exact, words, i, keep))
                if m
            ]
            if not candidates:
                i += 1
                continue
            length, node_id = max(candidates, key=lambda m: m[0])
            start, end = tokens[i][1], tokens[i + length - 1][2]
            found.append(Mention(node_id, text[start:end], start, end))
            i += length
        return found
