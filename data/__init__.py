"""Curated facts written by the gapgraph developers from the corpus (``registry.yaml``), each cited."""
