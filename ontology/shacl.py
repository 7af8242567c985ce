"""SHACL shapes built from the ontology.

``ontology/shapes.ttl`` is this module's output, committed so that it ships and can be read and used
by any SHACL engine; a test checks that it is up to date with ``gapgraph.ttl``. Regenerate it with
``python -m gapgraph.ontology.shacl > ontology/shapes.ttl``.

What the shapes require of the RDF the graph exports:

- every node of a class has exactly one ``skos:prefLabel`` and is ``prov:wasDerivedFrom`` at least one
  ``gg:SourceSpan``; each attribute has its declared datatype (and enumeration); required
  attributes (``owl:minCardinality``) are present;
- a node that is the subject of a relation is of a class of the relation's domain; its object is of a
  class of the relation's range;
- every reified statement (edge or attribute value) names its subject, predicate and object once and
  is derived from at least one source span; edge qualifiers have their datatypes.
"""

from __future__ import annotations

import sys

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, PROV, RDF, SH, SKOS, XSD

from gapgraph.ontology.namespaces import GG, PREFIXES
from gapgraph.ontology.schema import THING, AttributeDef, Schema, schema

_XSD = {"string": XSD.string, "integer": XSD.integer, "decimal": XSD.decimal, "boolean": XSD.boolean}

SHAPES_NS = Namespace("https://w3id.org/gapgraph/shapes#")
SHAPES = URIRef("https://w3id.org/gapgraph/shapes")


def _list(g: Graph, items: list) -> BNode:
    head = BNode()
    Collection(g, head, items)
    return head


def _skolem(name: str) -> URIRef:
    """Named (not blank) nodes for property shapes, so that the output is stable and diffable."""
    return SHAPES_NS[name]


def _add_property(g: Graph, shape: URIRef, name: str, path: URIRef, **constraints: object) -> None:
    prop = _skolem(name)
    g.add((shape, SH.property, prop))
    g.add((prop, SH.path, path))
    for key, value in constraints.items():
        g.add((prop, SH[key], value))  # type: ignore[arg-type]


def _attribute_constraints(g: Graph, attr: AttributeDef) -> dict[str, object]:
    constraints: dict[str, object] = {"datatype": _XSD[attr.datatype]}
    if attr.allowed:
        constraints["in"] = _list(g, [Literal(v) for v in attr.allowed])
    return constraints


def _class_or(g: Graph, classes: tuple[str, ...], s: Schema) -> BNode:
    return _list(g, [_class_constraint(g, s.classes[c].iri) for c in classes])


def _class_constraint(g: Graph, iri: URIRef) -> BNode:
    node = BNode()
    g.add((node, SH["class"], iri))
    return node


def build_shapes(s: Schema | None = None) -> Graph:
    """The SHACL shapes graph of the model."""
    s = s or schema()
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    g.bind("shape", SHAPES_NS)
    g.add((SHAPES, RDF.type, URIRef("http://www.w3.org/2002/07/owl#Ontology")))

    for name, cls in s.classes.items():
        shape = _skolem(name)
        g.add((shape, RDF.type, SH.NodeShape))
        g.add((shape, SH.targetClass, cls.iri))
        if not cls.parents:  # labels and provenance, once for each root of the hierarchy
            _add_property(
                g,
                shape,
                f"{name}-prefLabel",
                SKOS.prefLabel,
                minCount=Literal(1),
                maxCount=Literal(1),
                datatype=XSD.string,
            )
            _add_property(g, shape, f"{name}-altLabel", SKOS.altLabel, datatype=XSD.string)
            if name == "SourceSpan":  # a span is the provenance itself: it is part of a document
                _add_property(
                    g,
                    shape,
                    f"{name}-document",
                    DCTERMS.isPartOf,
                    minCount=Literal(1),
                    maxCount=Literal(1),
                    **{"class": GG.SourceDocument},
                )
            else:
                _add_property(
                    g, shape, f"{name}-provenance", PROV.wasDerivedFrom, minCount=Literal(1), **{"class": GG.SourceSpan}
                )
        for attr in s.attributes.values():
            if attr.on_edges or name not in attr.domain:
                continue
            _add_property(g, shape, f"{name}-{attr.name}", attr.iri, **_attribute_constraints(g, attr))
        for required in cls.required:
            _add_property(g, shape, f"{name}-{required}-required", s.attributes[required].iri, minCount=Literal(1))

    for name, rel in s.relations.items():
        shape = _skolem(f"{name}-relation")
        g.add((shape, RDF.type, SH.NodeShape))
        g.add((shape, SH.targetSubjectsOf, rel.iri))
        if THING not in rel.domain:
            g.add((shape, SH["or"], _class_or(g, rel.domain, s)))
        if THING not in rel.range:
            _add_property(g, shape, f"{name}-range", rel.iri, **{"or": _class_or(g, rel.range, s)})

    statement = _skolem("Statement")
    g.add((statement, RDF.type, SH.NodeShape))
    g.add((statement, SH.targetClass, RDF.Statement))
    for part in (RDF.subject, RDF.predicate, RDF.object):
        _add_property(g, statement, f"Statement-{part.fragment}", part, minCount=Literal(1), maxCount=Literal(1))
    _add_property(
        g, statement, "Statement-provenance", PROV.wasDerivedFrom, minCount=Literal(1), **{"class": GG.SourceSpan}
    )
    for attr in s.attributes.values():
        if attr.on_edges:
            _add_property(g, statement, f"Statement-{attr.name}", attr.iri, **_attribute_constraints(g, attr))
    return g


def shapes_turtle(s: Schema | None = None) -> str:
    """The shapes as Turtle, in a stable order."""
    return build_shapes(s).serialize(format="longturtle")


def main() -> None:
    sys.stdout.write(shapes_turtle())


if __name__ == "__main__":
    main()
