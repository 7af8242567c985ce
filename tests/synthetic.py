"""Builders and documents for the rule tests that run on invented text of other programmes."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from gapgraph.graph.ids import node_iri
from gapgraph.graph.knowledge_graph import KnowledgeGraph
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


def known(b: Builder, cls: str, name: str, acronym: str | None = None, key: str | None = None) -> str:
    """Add to ``b`` a node of class ``cls`` named ``name`` (with ``acronym`` as an alias; its IRI keyed on
    ``key``, else the acronym, else the name), cited to a registry line, and let the resolver find it by
    ``name`` (and ``acronym``). Returns its IRI.

    >>> b = Builder()
    >>> known(b, "Donor", "European Union", "EU")
    'https://w3id.org/gapgraph/id/actor/eu'
    """
    aliases = [acronym] if acronym else []
    node = b.kg.add_node(node_iri(cls, key or acronym or name), cls, name, b.source("reg", 1), aliases=aliases)
    b.register(node, name)
    if acronym:
        b.register(node, acronym)
    return node


def builder_knowing(agencies: Iterable[str], things: Iterable[tuple[str, str]]) -> Builder:
    """:func:`agencies_builder` of ``agencies`` that also knows each ``(class, name)`` of ``things``."""
    b = agencies_builder(agencies)
    for cls, name in things:
        known(b, cls, name)
    return b


def built_report(folder: Path, lines: list[str], **entry: str) -> KnowledgeGraph:
    """The graph built (base registry only) from one report of ``lines`` written into ``folder`` with
    its manifest entry (``id``, ``kind`` and the rest)."""
    import yaml

    from gapgraph.loaders.pipeline import build

    file = f"{entry['id']}.txt"
    (folder / file).write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "manifest.yaml").write_text(yaml.safe_dump({"documents": [{**entry, "file": file}]}), encoding="utf-8")
    return build(folder, registries=[]).kg
