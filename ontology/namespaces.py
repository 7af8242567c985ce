"""The namespaces of the model, and the standard vocabularies it reuses.

>>> str(GG.Actor)
'https://w3id.org/gapgraph/ontology#Actor'
>>> str(SDG["8.8"])
'http://metadata.un.org/sdg/8.8'
"""

from rdflib import Namespace
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, QB, RDF, RDFS, SH, SKOS, XSD

GG = Namespace("https://w3id.org/gapgraph/ontology#")
"""Classes and properties of the gapgraph ontology."""

ID = Namespace("https://w3id.org/gapgraph/id/")
"""Node identifiers (one per real-world thing)."""

DOC = Namespace("https://w3id.org/gapgraph/doc/")
"""Source documents, by their manifest id."""

SDG = Namespace("http://metadata.un.org/sdg/")
"""UN SDG knowledge organisation system: goals and targets (``SDG["5.4"]``)."""

PREFIXES: dict[str, Namespace] = {
    "gg": GG,
    "id": ID,
    "doc": DOC,
    "sdg": SDG,
    "org": ORG,
    "prov": PROV,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "qb": QB,
    "foaf": FOAF,
    "owl": OWL,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "sh": SH,
}
"""Prefixes bound in every RDF the project writes."""
