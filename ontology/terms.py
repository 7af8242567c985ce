"""The ontology's class, relation and attribute names as closed namespaces (as rdflib closes its
namespaces): a name the ontology does not define fails at once, with the closest names.

>>> from gapgraph.ontology.terms import CLASSES as C, RELATIONS as R
>>> C.UNAgency, R.participatesIn
('UNAgency', 'participatesIn')
>>> try:
...     R.participates_in
... except AttributeError as exc:
...     print(exc)
the ontology has no relation 'participates_in'; did you mean participatesIn?
>>> "TradeUnion" in C
True
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Iterator

from gapgraph.ontology.schema import schema


class ClosedNames:
    """Names of one kind (class, relation, attribute) read from the ontology on first use."""

    def __init__(self, kind: str, names: Callable[[], Iterable[str]]) -> None:
        self._kind = kind
        self._names = names
        self._known: frozenset[str] | None = None

    def _all(self) -> frozenset[str]:
        if self._known is None:
            self._known = frozenset(self._names())
        return self._known

    def __getattr__(self, name: str) -> str:
        if name.startswith("_"):
            raise AttributeError(name)
        if name in self._all():
            return name
        close = difflib.get_close_matches(name, sorted(self._all()), n=3, cutoff=0.7)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise AttributeError(f"the ontology has no {self._kind} {name!r}{hint}")

    def __contains__(self, name: object) -> bool:
        return name in self._all()

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._all()))

    def __dir__(self) -> list[str]:
        return sorted(self._all())

    def __repr__(self) -> str:
        return f"<{len(self._all())} {self._kind} names of the gapgraph ontology>"


CLASSES = ClosedNames("class", lambda: schema().classes)
RELATIONS = ClosedNames("relation", lambda: schema().relations)
ATTRIBUTES = ClosedNames("attribute", lambda: schema().attributes)
