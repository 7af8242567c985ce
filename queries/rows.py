"""Typed answer rows, gathered the same way from networkx, SPARQL and Cypher.

Every named query has a frozen dataclass for its rows; its SPARQL and Cypher files name their
columns after the dataclass's fields, so one pair of functions turns any backend's answer into rows:

- SPARQL answers give one solution per source span (columns ``doc``, ``first``, ``last``); they are
  gathered into the row's ``sources`` (``"doc:first-last"`` strings, as :class:`Source` prints them);
- Cypher answers give ``sources`` as a list; relationship types (``PARTICIPATES_IN``) are read back
  as the ontology's relation names (``participatesIn``), and properties as claims, both through the
  one Neo4j mapping (:mod:`gapgraph.stores.neo4j_mapping`) the loader writes with;
- ontology IRIs (``gg:GovernmentBody``) become their local names, decimals become floats.

Rows that differ only by sources are one row whose sources are the union, whatever the backend.

>>> from dataclasses import dataclass
>>> @dataclass(frozen=True)
... class Row:
...     name: str
...     sources: tuple[str, ...] = ()
>>> from_sparql(Row, ["name", "doc", "first", "last"], [["ILO", "https://w3id.org/gapgraph/doc/a", 3, 3],
...                                                     ["ILO", "https://w3id.org/gapgraph/doc/b", 1, 2]])
[Row(name='ILO', sources=('a:3', 'b:1-2'))]
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, TypeVar

from gapgraph.ontology.models import Source
from gapgraph.ontology.namespaces import DOC, GG
from gapgraph.stores.neo4j_mapping import relation_of

R = TypeVar("R")


def plain(value: Any) -> Any:
    """A value as every backend should report it: ontology IRIs as local names, decimals as floats."""
    if isinstance(value, str) and value.startswith(str(GG)):
        return value[len(str(GG)) :]
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral() else float(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _fields(row_type: type) -> list[str]:
    return [f.name for f in dataclasses.fields(row_type) if f.name != "sources"]


def gather(row_type: type[R], keyed: Iterable[tuple[tuple, Iterable[str]]]) -> list[R]:
    """Rows from ``(values, sources)`` pairs; equal values are one row with the union of sources."""
    grouped: dict[tuple, set[str]] = {}
    for key, sources in keyed:
        grouped.setdefault(tuple(plain(v) for v in key), set()).update(sources)
    rows = [row_type(*key, tuple(sorted(sources))) for key, sources in grouped.items()]
    return sorted(rows, key=sort_key)


def sort_key(row: Any) -> tuple:
    """A stable order for rows: field by field, missing values first, numbers before text."""
    return tuple(
        (0, "") if v is None else (1, f"{v:020.6f}") if isinstance(v, int | float) else (2, str(v))
        for v in dataclasses.astuple(row)
    )


def span(doc_iri: str, first: int, last: int) -> str:
    """``"doc:first-last"`` for a source span as SPARQL returns it."""
    doc = doc_iri[len(str(DOC)) :] if doc_iri.startswith(str(DOC)) else doc_iri.rsplit("/", 1)[-1]
    return str(Source(doc=doc, lines=(int(first), int(last))))


def from_sparql(row_type: type[R], columns: list[str], rows: list[list[Any]]) -> list[R]:
    """Rows of a query whose columns are the fields of ``row_type`` plus ``doc``, ``first``, ``last``."""
    fields = _fields(row_type)

    def keyed() -> Iterable[tuple[tuple, list[str]]]:
        for values in rows:
            r = dict(zip(columns, values, strict=True))
            sources = [span(r["doc"], r["first"], r["last"])] if r.get("doc") is not None else []
            yield tuple(r.get(f) for f in fields), sources

    return gather(row_type, keyed())


def from_cypher(row_type: type[R], columns: list[str], rows: list[list[Any]]) -> list[R]:
    """Rows of a query whose columns are the fields of ``row_type`` (``sources`` a list)."""
    fields = _fields(row_type)

    def value(field: str, v: Any) -> Any:
        return relation_of(v) if field == "relation" else v

    def keyed() -> Iterable[tuple[tuple, list[str]]]:
        for values in rows:
            r = dict(zip(columns, values, strict=True))
            yield tuple(value(f, r.get(f)) for f in fields), r.get("sources") or []

    return gather(row_type, keyed())


def claims_of(attributes: dict[str, Any]) -> dict[str, list[tuple[Any, list[str]]]]:
    """A networkx node's or edge's attributes in the shape of :func:`claims_from_properties`."""
    return {key: [(c["value"], [str(s) for s in c["sources"]]) for c in claims] for key, claims in attributes.items()}
