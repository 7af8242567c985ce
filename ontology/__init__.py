"""The model: classes, relations and attributes (``gapgraph.ttl``), with the SHACL shapes and pydantic
models built from it. Knows nothing of storage, documents or questions."""
