"""Where built graphs are kept and sent: the store folder (``graph.json`` and an embedded Oxigraph
store), the export formats (RDF serialisations, GraphML, GEXF, neo4j-csv...), a SPARQL server
(Graph Store Protocol) and Neo4j over Bolt. Knows the graph and the ontology; no document formats,
no questions.

The package's root stays light: the command line reads these names without importing a store.
"""

from pathlib import Path

DEFAULT_STORE = Path(".gapgraph")
"""The store folder when none is named."""

EXPORT_FORMATS = (
    "node-link",
    "turtle",
    "jsonld",
    "ntriples",
    "trig",
    "nquads",
    "graphml",
    "gexf",
    "neo4j-csv",
    "kumu",
    "csv",
)
"""The formats of ``gapgraph export`` (``export.FORMATS`` holds their writers)."""
