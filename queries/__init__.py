"""Questions asked of the graph; they return data and draw nothing.

This package's root stays light (the command line reads these names without importing the
questions themselves); :mod:`gapgraph.queries.named` holds the questions.
"""

QUESTIONS = (
    "partners",
    "shared-partners",
    "network",
    "brokers",
    "communities",
    "profile",
    "sources",
    "path",
    "results",
    "funding",
    "where",
)
"""The named questions of ``gapgraph ask``, in the order the help lists them (``named.QUERIES`` holds them)."""

BACKENDS = ("networkx", "sparql", "neo4j")
"""Where a named question can be answered."""

RESULT_FORMATS = ("table", "csv", "json")
"""How answers are printed."""
