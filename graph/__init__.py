"""Typed nodes and cited edges on a networkx MultiDiGraph, checked against the ontology; entity
resolution, the on-disk store, RDF and the export formats. Knows no document format; answers no
questions."""
