"""gapgraph: a knowledge graph of the actors, policies and results of UN joint programmes.

The public API: build a graph from a corpus (or load a built store), then ask it questions, query
it in SPARQL, list its contradictions, export it, draw it and save it. Everything here is imported
on first use, so ``import gapgraph`` costs almost nothing.

>>> import gapgraph
>>> kg = gapgraph.build(gapgraph.example_corpus())
>>> kg.is_a(kg.find("ILO"), gapgraph.CLASSES.Actor)
True
>>> rows = kg.ask("partners", "ILO")
>>> len(rows) > 10, rows.table().columns[:3]
(True, ['actor', 'partner', 'name'])

The layers underneath (``gapgraph.ontology``, ``gapgraph.graph``, ``gapgraph.stores``,
``gapgraph.loaders``, ``gapgraph.queries``, ``gapgraph.viz``) stay importable for anything the
facade does not cover.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from gapgraph.facade import KnowledgeGraph, Rows, build, example_corpus, load
    from gapgraph.ontology.terms import ATTRIBUTES, CLASSES, RELATIONS

__all__ = ["ATTRIBUTES", "CLASSES", "RELATIONS", "KnowledgeGraph", "Rows", "build", "example_corpus", "load"]

_LAZY = {
    **{name: "gapgraph.facade" for name in ("KnowledgeGraph", "Rows", "build", "example_corpus", "load")},
    **{name: "gapgraph.ontology.terms" for name in ("ATTRIBUTES", "CLASSES", "RELATIONS")},
}


def __getattr__(name: str) -> Any:
    """Import the public names on first use (as pydantic does)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'gapgraph' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
