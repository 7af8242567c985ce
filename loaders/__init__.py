"""From documents to the graph: the manifest, reading and checking documents, the curated registry,
and one loader per document kind. Never imports queries or viz."""
