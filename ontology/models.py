"""Pydantic models of the graph's records, built from the ontology.

A node or an edge is a record with provenance. Every attribute value is a :class:`Claim`: the value
and the sources that state it, so that two documents giving two values keep both.

There is one node model per ontology class and one edge model per relation; their ``attributes``
field only admits what the ontology declares for that class or relation, with the declared types
and enumerations.

>>> GovernmentBody = node_model("GovernmentBody")
>>> body = GovernmentBody(
...     id="https://w3id.org/gapgraph/id/stps", type="GovernmentBody",
...     name="Ministry of Labour and Social Welfare", aliases=["STPS"],
...     sources=[{"doc": "jp-2020-annual-report", "lines": (68, 68)}],
...     attributes={"level": [{"value": "federal", "sources": [{"doc": "jp-2020-annual-report", "lines": (68, 68)}]}]},
... )
>>> body.attributes.level[0].value
'federal'
"""

from __future__ import annotations

from functools import cache
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, create_model, field_validator

from gapgraph.ontology.schema import AttributeDef, schema

T = TypeVar("T")


class Source(BaseModel):
    """Where a fact is stated: a document of the manifest and a span of its lines (1-based, inclusive)."""

    model_config = ConfigDict(frozen=True)

    doc: str = Field(min_length=1)
    lines: tuple[int, int]

    @field_validator("lines")
    @classmethod
    def _ordered_span(cls, lines: tuple[int, int]) -> tuple[int, int]:
        first, last = lines
        if first < 1 or last < first:
            raise ValueError(f"line span must be 1 <= first <= last, got {list(lines)}")
        return lines

    def __eq__(self, other: object) -> bool:  # faster than BaseModel's, which compares more than fields
        return isinstance(other, Source) and self.doc == other.doc and self.lines == other.lines

    def __hash__(self) -> int:
        return hash((self.doc, self.lines))

    def __str__(self) -> str:
        first, last = self.lines
        return f"{self.doc}:{first}" if first == last else f"{self.doc}:{first}-{last}"


class Claim(BaseModel, Generic[T]):
    """One value of an attribute, with the sources that state it."""

    value: T
    sources: list[Source] = Field(min_length=1)


class Record(BaseModel):
    """What nodes and edges share: at least one source."""

    model_config = ConfigDict(extra="forbid")

    type: str
    sources: list[Source] = Field(min_length=1)


class NodeRecord(Record):
    """A node: a thing with a stable IRI, a name, its other spellings, and where it is stated."""

    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)


class EdgeRecord(Record):
    """An edge: a typed relation between two nodes, with evidence."""

    source: str = Field(min_length=1)
    target: str = Field(min_length=1)


_PYTHON_TYPES: dict[str, Any] = {
    "string": str,
    "integer": int,
    "decimal": int | float,
    "boolean": bool,
}


def _value_type(attr: AttributeDef) -> Any:
    if attr.allowed:
        return Literal[attr.allowed]  # type: ignore[valid-type]
    return _PYTHON_TYPES[attr.datatype]


def _attributes_model(name: str, attrs: list[AttributeDef], required: set[str]) -> type[BaseModel]:
    fields: dict[str, Any] = {}
    for a in attrs:
        claims = list[Claim[_value_type(a)]]  # type: ignore[misc]
        if a.name in required:
            fields[a.name] = (claims, Field(min_length=1, description=a.comment or a.label))
        else:
            fields[a.name] = (claims | None, Field(default=None, description=a.comment or a.label))
    return create_model(name, __config__=ConfigDict(extra="forbid"), **fields)


@cache
def node_model(cls: str) -> type[NodeRecord]:
    """The pydantic model of nodes of ontology class ``cls``."""
    s = schema()
    if cls not in s.classes:
        raise KeyError(f"unknown class {cls!r}")
    required = s.required_for(cls)
    attrs = _attributes_model(f"{cls}Attributes", list(s.attributes_for(cls).values()), required)
    return create_model(
        cls,
        __base__=NodeRecord,
        __doc__=s.classes[cls].comment or s.classes[cls].label,
        type=(Literal[cls], ...),  # type: ignore[valid-type]
        attributes=(attrs, ...) if required else (attrs, Field(default_factory=attrs)),
    )


@cache
def edge_model(relation: str) -> type[EdgeRecord]:
    """The pydantic model of edges of ontology relation ``relation``."""
    s = schema()
    rel = s.relations[relation]
    attrs = _attributes_model(f"{relation}Qualifiers", [s.attributes[q] for q in rel.qualifiers], set())
    return create_model(
        relation,
        __base__=EdgeRecord,
        __doc__=rel.comment or rel.label,
        type=(Literal[relation], ...),  # type: ignore[valid-type]
        attributes=(attrs, Field(default_factory=attrs)),
    )


def all_node_models() -> dict[str, type[NodeRecord]]:
    """One model per ontology class."""
    return {cls: node_model(cls) for cls in schema().classes}


def all_edge_models() -> dict[str, type[EdgeRecord]]:
    """One model per ontology relation."""
    return {rel: edge_model(rel) for rel in schema().relations}
