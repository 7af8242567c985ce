"""Where built graphs are kept and sent: the store folder (``graph.json`` and an embedded Oxigraph
store), the export formats (RDF serialisations, GraphML, GEXF, neo4j-csv...), a SPARQL server
(Graph Store Protocol) and Neo4j over Bolt. Knows the graph and the ontology; no document formats,
no questions."""
