"""Builders and documents for the rule tests that run on invented text of other programmes."""

from __future__ import annotations

from collections.abc import Iterable

from gapgraph.graph.ids import node_iri
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.registry import load_registry


def builder_for(registries: Iterable[Document], country: str | None = None) -> Builder:
    """A builder that knows ``registries`` (cited as document ``t``), reading a document of ``country``."""
    builder = Builder()
    for doc in registries:
        load_registry(builder, doc, {"t"})
    builder.country = country
    return builder


def doc_of(*lines: str, kind: str = "web-page", **meta: str) -> Document:
    """A document ``t`` of these lines."""
    return Document(id="t", kind=kind, path="t.txt", lines=list(lines), meta=meta)


def agencies_builder(acronyms: Iterable[str]) -> Builder:
    """A builder that knows only these UN agencies, each by its acronym."""
    b = Builder()
    src = b.source("reg", 1)
    for acronym in acronyms:
        node = b.kg.add_node(node_iri("UNAgency", acronym), "UNAgency", acronym, src, aliases=[acronym])
        b.register(node, acronym)
    return b


def edge_names(b: Builder, relation: str) -> set[tuple[str, str]]:
    """The (source name, target name) pairs of ``relation``'s edges."""
    return {(b.kg.node(u)["name"], b.kg.node(v)["name"]) for u, v, _, _ in b.kg.edges(relation)}
