"""The graph as RDF, in the ontology's vocabulary, with line-level provenance.

What is written for each part of the graph:

- a node: ``rdf:type`` its class (and the standard classes above it, such as ``org:Organization`` or
  ``qb:Observation``, so that plain SPARQL finds them), ``skos:prefLabel`` its name, ``skos:altLabel``
  each alias, and ``prov:wasDerivedFrom`` the source spans that state it;
- a source span: ``<doc/ID#L10-L12>`` is a ``gg:SourceSpan``, ``dcterms:isPartOf`` its document, with
  ``gg:firstLine`` and ``gg:lastLine``; documents are ``gg:SourceDocument`` nodes of the graph;
- an edge or an attribute value: the plain triple, and a reified ``rdf:Statement`` (stable IRI) that
  names subject, predicate and object, carries the edge's qualifiers and is ``prov:wasDerivedFrom``
  the spans that state it. Two conflicting values are two triples and two statements, each with
  its own sources.

So "where does this come from" is one query:

    SELECT ?doc ?first ?last WHERE {
      ?st rdf:subject id:actor/ilo ; rdf:predicate gg:leads ; rdf:object ?programme ;
          prov:wasDerivedFrom ?span .
      ?span dcterms:isPartOf ?doc ; gg:firstLine ?first ; gg:lastLine ?last .
    }
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS, XSD

from gapgraph.graph.ids import doc_iri, span_iri, statement_iri
from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.ontology.models import Source
from gapgraph.ontology.namespaces import GG, PREFIXES
from gapgraph.ontology.schema import Schema

_XSD = {"string": XSD.string, "integer": XSD.integer, "decimal": XSD.decimal, "boolean": XSD.boolean}


def literal(value: Any, datatype: str) -> Literal:
    """A typed literal for a value of an ontology datatype (decimals keep their exact digits)."""
    if datatype == "decimal":
        return Literal(Decimal(str(value)), datatype=XSD.decimal)
    if datatype == "integer":
        return Literal(int(value), datatype=XSD.integer)
    if datatype == "boolean":
        return Literal(bool(value), datatype=XSD.boolean)
    return Literal(str(value))


class _Writer:
    def __init__(self, kg: KnowledgeGraph, g: Graph) -> None:
        self.kg = kg
        self.schema: Schema = kg.schema
        self.g = g
        self.spans: set[Source] = set()

    def cite(self, subject: URIRef, sources: list[Source]) -> None:
        for source in sources:
            self.spans.add(source)
            self.g.add((subject, PROV.wasDerivedFrom, URIRef(span_iri(source.doc, *source.lines))))

    def statement(self, s: URIRef, p: URIRef, o: Any, sources: list[Source], *key: str) -> URIRef:
        st = URIRef(statement_iri(str(s), str(p), str(o), *key))
        self.g.add((st, RDF.type, RDF.Statement))
        self.g.add((st, RDF.subject, s))
        self.g.add((st, RDF.predicate, p))
        self.g.add((st, RDF.object, o))
        self.cite(st, sources)
        return st

    def node(self, node_id: str, data: dict[str, Any]) -> None:
        s = URIRef(node_id)
        cls = self.schema.classes[data["type"]]
        self.g.add((s, RDF.type, cls.iri))
        for ancestor in self.schema.ancestors(cls.name):
            for external in self.schema.classes[ancestor].external_parents:
                self.g.add((s, RDF.type, external))
        self.g.add((s, SKOS.prefLabel, Literal(data["name"])))
        for alias in data["aliases"]:
            self.g.add((s, SKOS.altLabel, Literal(alias)))
        self.cite(s, data["sources"])
        for key, claims in data["attributes"].items():
            attr = self.schema.attributes[key]
            for claim in claims:
                o = literal(claim["value"], attr.datatype)
                self.g.add((s, attr.iri, o))
                self.statement(s, attr.iri, o, claim["sources"])

    def edge(self, u: str, v: str, key: str, data: dict[str, Any]) -> None:
        s, o = URIRef(u), URIRef(v)
        p = self.schema.relations[data["type"]].iri
        self.g.add((s, p, o))
        st = self.statement(s, p, o, data["sources"], key)
        for name, claims in data["attributes"].items():
            attr = self.schema.attributes[name]
            for claim in claims:
                self.g.add((st, attr.iri, literal(claim["value"], attr.datatype)))

    def span_nodes(self) -> None:
        for source in self.spans:
            span = URIRef(span_iri(source.doc, *source.lines))
            self.g.add((span, RDF.type, GG.SourceSpan))
            self.g.add((span, DCTERMS.isPartOf, URIRef(doc_iri(source.doc))))
            self.g.add((span, GG.firstLine, Literal(source.lines[0], datatype=XSD.integer)))
            self.g.add((span, GG.lastLine, Literal(source.lines[1], datatype=XSD.integer)))
            first, last = source.lines
            self.g.add((span, SKOS.prefLabel, Literal(f"{source.doc} lines {first}-{last}")))


def to_dataset(kg: KnowledgeGraph) -> Dataset:
    """The graph as an RDF dataset: everything in the default graph, and one named graph per document.

    The named graph ``<https://w3id.org/gapgraph/doc/ID>`` holds the plain triples document ID states
    (each node's class and name, each edge, each attribute value), so a researcher can ask
    ``GRAPH doc:jp-final-report-2022 { ... }``; line spans stay on the reified statements of the
    default graph.
    """
    dataset = Dataset()
    for prefix, ns in PREFIXES.items():
        dataset.bind(prefix, ns)
    default = dataset.default_graph
    for triple in to_rdf(kg):
        default.add(triple)
    schema = kg.schema
    graphs: dict[str, Graph] = {}

    def graph_of(doc: str) -> Graph:
        if doc not in graphs:
            graphs[doc] = dataset.graph(URIRef(doc_iri(doc)))
        return graphs[doc]

    for node_id, data in kg.graph.nodes(data=True):
        s = URIRef(node_id)
        for doc in {src.doc for src in data["sources"]}:
            graph_of(doc).add((s, RDF.type, schema.classes[data["type"]].iri))
            graph_of(doc).add((s, SKOS.prefLabel, Literal(data["name"])))
        for key, claims in data["attributes"].items():
            attr = schema.attributes[key]
            for claim in claims:
                for doc in {src.doc for src in claim["sources"]}:
                    graph_of(doc).add((s, attr.iri, literal(claim["value"], attr.datatype)))
    for u, v, _, data in kg.graph.edges(keys=True, data=True):
        for doc in {src.doc for src in data["sources"]}:
            graph_of(doc).add((URIRef(u), schema.relations[data["type"]].iri, URIRef(v)))
    return dataset


def to_rdf(kg: KnowledgeGraph) -> Graph:
    """The whole graph as one rdflib Graph."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    writer = _Writer(kg, g)
    for node_id, data in kg.graph.nodes(data=True):
        writer.node(node_id, data)
    for u, v, key, data in kg.graph.edges(keys=True, data=True):
        writer.edge(u, v, key, data)
    writer.span_nodes()
    return g
