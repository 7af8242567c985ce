"""The model as Python reads it: classes, relations and attributes of ``gapgraph.ttl``.

The OWL file is the one statement of the model; this module parses it once and answers questions
about it. Nothing here is written by hand twice: the pydantic models and the SHACL shapes are both
built from :func:`schema`.

>>> s = schema()
>>> s.is_a("TradeUnion", "Actor")
True
>>> s.relations["funds"].key_qualifiers
('fundingKind',)
>>> s.attributes["level"].allowed
('federal', 'state', 'municipal')
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files

from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.collection import Collection

from gapgraph.ontology.namespaces import GG

THING = "Thing"
"""The name used for owl:Thing in domains and ranges: any class."""

XSD_TYPES = {
    XSD.string: "string",
    XSD.integer: "integer",
    XSD.decimal: "decimal",
    XSD.boolean: "boolean",
}


@dataclass(frozen=True)
class ClassDef:
    """One class of the model."""

    name: str
    iri: URIRef
    parents: tuple[str, ...]
    external_parents: tuple[URIRef, ...]
    required: tuple[str, ...]
    label: str
    comment: str = ""


@dataclass(frozen=True)
class AttributeDef:
    """A datatype property: a node attribute, or an edge qualifier when ``on_edges``."""

    name: str
    iri: URIRef
    domain: tuple[str, ...]
    datatype: str
    allowed: tuple[str, ...] | None
    on_edges: bool
    label: str
    comment: str = ""


@dataclass(frozen=True)
class RelationDef:
    """An object property: a typed edge between two nodes."""

    name: str
    iri: URIRef
    domain: tuple[str, ...]
    range: tuple[str, ...]
    qualifiers: tuple[str, ...]
    key_qualifiers: tuple[str, ...]
    symmetric: bool
    label: str
    comment: str = ""


@dataclass
class Schema:
    """The parsed ontology, with the subclass closure precomputed."""

    graph: Graph
    classes: dict[str, ClassDef]
    attributes: dict[str, AttributeDef]
    relations: dict[str, RelationDef]
    _ancestors: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for name in self.classes:
            self._ancestors[name] = frozenset(self._walk_up(name))

    def _walk_up(self, name: str) -> set[str]:
        seen = {name}
        stack = [name]
        while stack:
            for parent in self.classes[stack.pop()].parents:
                if parent not in seen:
                    seen.add(parent)
                    stack.append(parent)
        return seen

    def ancestors(self, cls: str) -> frozenset[str]:
        """The class itself and every gg: class above it."""
        return self._ancestors[cls]

    def is_a(self, cls: str, other: str) -> bool:
        """Whether ``cls`` is ``other`` or one of its subclasses (``Thing`` matches all)."""
        return other == THING or other in self._ancestors.get(cls, ())

    def fits(self, cls: str, allowed: tuple[str, ...]) -> bool:
        """Whether ``cls`` is one of ``allowed`` classes (a domain or a range)."""
        return any(self.is_a(cls, a) for a in allowed)

    def attributes_for(self, cls: str) -> dict[str, AttributeDef]:
        """The node attributes a class may carry (its own and its ancestors')."""
        up = self._ancestors[cls]
        return {
            a.name: a
            for a in self.attributes.values()
            if not a.on_edges and (THING in a.domain or up.intersection(a.domain))
        }

    def required_for(self, cls: str) -> set[str]:
        """The attributes a class must carry (its own and its ancestors' restrictions)."""
        return {r for c in self._ancestors[cls] for r in self.classes[c].required}

    def subclasses(self, cls: str) -> list[str]:
        """Every class that is ``cls`` or below it, sorted."""
        return sorted(c for c in self.classes if self.is_a(c, cls))


def _local(iri: URIRef) -> str:
    return str(iri)[len(str(GG)) :]


def _is_gg(node: object) -> bool:
    return isinstance(node, URIRef) and str(node).startswith(str(GG))


def _class_list(g: Graph, node: object) -> tuple[str, ...]:
    """A domain or range: one gg: class, owl:Thing, or an owl:unionOf list of gg: classes."""
    if node == OWL.Thing:
        return (THING,)
    if _is_gg(node):
        return (_local(node),)
    union = g.value(node, OWL.unionOf)
    if union is None:
        raise ValueError(f"unsupported domain or range: {node!r}")
    return tuple(_local(member) for member in Collection(g, union))


def _text(g: Graph, node: URIRef, prop: URIRef) -> str:
    value = g.value(node, prop)
    return str(value) if value is not None else ""


def _datatype(g: Graph, rng: object) -> tuple[str, tuple[str, ...] | None]:
    if rng in XSD_TYPES:
        return XSD_TYPES[rng], None
    one_of = g.value(rng, OWL.oneOf)
    if one_of is not None:
        values = tuple(str(v) for v in Collection(g, one_of) if isinstance(v, Literal))
        return "string", values
    raise ValueError(f"unsupported datatype range: {rng!r}")


def parse_schema(g: Graph) -> Schema:
    """Read classes, attributes and relations out of an ontology graph."""
    classes: dict[str, ClassDef] = {}
    for iri in sorted(g.subjects(RDF.type, OWL.Class)):
        if not _is_gg(iri):
            continue
        supers = list(g.objects(iri, RDFS.subClassOf))
        restrictions = [s for s in supers if (s, RDF.type, OWL.Restriction) in g]
        classes[_local(iri)] = ClassDef(
            name=_local(iri),
            iri=iri,
            parents=tuple(sorted(_local(s) for s in supers if _is_gg(s))),
            external_parents=tuple(sorted(s for s in supers if isinstance(s, URIRef) and not _is_gg(s))),
            required=tuple(
                sorted(
                    _local(g.value(r, OWL.onProperty))
                    for r in restrictions
                    if int(g.value(r, OWL.minCardinality, default=Literal(0))) >= 1
                )
            ),
            label=_text(g, iri, RDFS.label),
            comment=_text(g, iri, RDFS.comment),
        )

    attributes: dict[str, AttributeDef] = {}
    for iri in sorted(g.subjects(RDF.type, OWL.DatatypeProperty)):
        domain = g.value(iri, RDFS.domain)
        datatype, allowed = _datatype(g, g.value(iri, RDFS.range))
        on_edges = domain == RDF.Statement
        attributes[_local(iri)] = AttributeDef(
            name=_local(iri),
            iri=iri,
            domain=() if on_edges else _class_list(g, domain),
            datatype=datatype,
            allowed=allowed,
            on_edges=on_edges,
            label=_text(g, iri, RDFS.label),
            comment=_text(g, iri, RDFS.comment),
        )

    relations: dict[str, RelationDef] = {}
    for iri in sorted(g.subjects(RDF.type, OWL.ObjectProperty)):
        relations[_local(iri)] = RelationDef(
            name=_local(iri),
            iri=iri,
            domain=_class_list(g, g.value(iri, RDFS.domain)),
            range=_class_list(g, g.value(iri, RDFS.range)),
            qualifiers=tuple(sorted(_local(q) for q in g.objects(iri, GG.qualifier))),
            key_qualifiers=tuple(sorted(_local(q) for q in g.objects(iri, GG.keyQualifier))),
            symmetric=(iri, RDF.type, OWL.SymmetricProperty) in g,
            label=_text(g, iri, RDFS.label),
            comment=_text(g, iri, RDFS.comment),
        )
    return Schema(graph=g, classes=classes, attributes=attributes, relations=relations)


def ontology_path() -> str:
    """Where the installed OWL file is."""
    return str(files("gapgraph.ontology") / "gapgraph.ttl")


@cache
def ontology_graph() -> Graph:
    """The OWL ontology as an rdflib graph (parsed once)."""
    return Graph().parse(ontology_path(), format="turtle")


@cache
def schema() -> Schema:
    """The model of the installed ontology (parsed once)."""
    return parse_schema(ontology_graph())
