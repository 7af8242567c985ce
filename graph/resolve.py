"""Entity resolution: one node per real-world body, however the documents spell it.

Names are compared in a normal form that forgets case, accents, punctuation, British or American
spelling, and whether a *Secretaría* was translated "Secretary", "Secretariat" or
"Ministry". An alias may be scoped to a place, so that namesakes stay apart: the federal "Secretary
of Labor and Social Protection" is STPS, while in Jalisco the same words name STPS Jalisco.

>>> r = Resolver()
>>> r.add("stps", "Secretary of Labour and Social Welfare")
>>> r.add("stps-jalisco", "Secretary of Labor and Social Protection", scope="jalisco")
>>> r.add("stps", "Secretary of Labor and Social Protection")
>>> r.resolve("Ministry of Labor and Social Welfare")
'stps'
>>> r.resolve("Secretariat of Labor and Social Protection", scope="jalisco")
'stps-jalisco'
>>> r.resolve("secretary of labor and social protection")
'stps'
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import defaultdict

_SPELLINGS = {
    "labour": "labor",
    "centre": "center",
    "programme": "program",
    "programmes": "programs",
    "organisation": "organization",
    "organisations": "organizations",
    "secretary": "ministry",
    "secretariat": "ministry",
    "secretaria": "ministry",
    "institution": "institute",
    "roundtable": "round table",
    "roundtables": "round tables",
}
_DROP = {"the", "of", "for", "and", "de", "del", "la", "el", "y", "los", "las", "a", "c"}


def normalise(name: str) -> str:
    """The form in which two spellings of one name are equal.

    >>> normalise("Secretaría del Trabajo y Previsión Social")
    'ministry trabajo prevision social'
    >>> normalise("The Support and Training Centre for Domestic Workers")
    'support training center domestic workers'
    """
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    text = text.replace("&", " and ")
    words = re.findall(r"[a-z0-9]+", text)
    return " ".join(_SPELLINGS.get(w, w) for w in words if w not in _DROP)


class AmbiguousAlias(ValueError):
    """One alias given to two different nodes in the same scope."""


class Resolver:
    """An index from normalised names (optionally scoped to a place) to node ids."""

    def __init__(self) -> None:
        self._index: dict[tuple[str, str | None], str] = {}
        self._names: dict[str, set[str]] = defaultdict(set)
        self._scopes: dict[str, set[str | None]] = defaultdict(set)
        self._words: dict[tuple[frozenset[str], str | None], set[str]] = defaultdict(set)

    def add(self, node_id: str, alias: str, scope: str | None = None) -> None:
        """Make ``alias`` (within ``scope``, a place id, if given) resolve to ``node_id``."""
        key = (normalise(alias), scope)
        if not key[0]:
            return
        known = self._index.get(key)
        if known is not None and known != node_id:
            where = f" in {scope}" if scope else ""
            raise AmbiguousAlias(f"{alias!r}{where} names both {known} and {node_id}")
        self._index[key] = node_id
        self._names[key[0]].add(node_id)
        self._scopes[key[0]].add(scope)
        self._words[frozenset(key[0].split()), scope].add(node_id)

    def resolve(self, name: str, scope: str | None = None) -> str | None:
        """The node a name refers to (the scoped meaning first), or None."""
        norm = normalise(name)
        if scope is not None and (norm, scope) in self._index:
            return self._index[norm, scope]
        return self._index.get((norm, None))

    def resolve_exact(self, name: str, scope: str | None) -> str | None:
        """The node a name refers to within exactly ``scope`` (None: names valid everywhere)."""
        return self._index.get((normalise(name), scope))

    def reordered(self, name: str, scope: str | None) -> set[str]:
        """The nodes named within exactly ``scope`` by the same words in another order ("Mexican
        Institute for Social Security", "Social Security Mexican Institute"); names of three words or
        more only (two words say too little to be sure).

        >>> r = Resolver()
        >>> r.add("inss", "National Institute of Social Security", scope="lesotho")
        >>> r.reordered("Social Security National Institute", "lesotho")
        {'inss'}
        >>> r.reordered("Social Security Institute", "lesotho")
        set()
        """
        words = normalise(name).split()
        if len(words) < 3:
            return set()
        return set(self._words.get((frozenset(words), scope), ()))

    def within_scope(self, scope: str | None) -> list[tuple[str, str]]:
        """Every (normalised name, node id) known within exactly ``scope``."""
        return [(name, node_id) for (name, where), node_id in self._index.items() if where == scope]

    def scopes_of(self, name: str) -> set[str | None]:
        """Every scope in which ``name`` names something."""
        return set(self._scopes.get(normalise(name), ()))

    def candidates(self, name: str, limit: int = 5) -> list[str]:
        """Node ids whose names are closest to ``name`` (for 'did you mean')."""
        close = difflib.get_close_matches(normalise(name), list(self._names), n=limit, cutoff=0.6)
        found: list[str] = []
        for norm in close:
            for node_id in sorted(self._names[norm]):
                if node_id not in found:
                    found.append(node_id)
        return found[:limit]

    def __len__(self) -> int:
        return len(self._index)
