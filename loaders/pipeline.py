"""Build the graph from a corpus folder: manifest, documents, registry, one loader per kind.

Every document is read and checked before anything is loaded, so bad input stops the build with
one clear error (naming the file and the line) and nothing is written.

>>> from pathlib import Path
>>> build(Path("/no/such/corpus"))
Traceback (most recent call last):
...
gapgraph.loaders.errors.LoadError: /no/such/corpus: corpus folder not found
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gapgraph.graph.ids import doc_iri
from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.graph.validate import Violation, check_models
from gapgraph.loaders import attribution
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document, read_document
from gapgraph.loaders.errors import LoadError, LoadWarning
from gapgraph.loaders.kinds import loader_for
from gapgraph.loaders.manifest import MANIFEST, read_manifest
from gapgraph.loaders.registry import load_registry, read_registry_document


class BuildError(RuntimeError):
    """The loaders produced a graph that breaks the ontology's models (a bug, not bad input)."""

    def __init__(self, violations: list[Violation]) -> None:
        super().__init__(f"{len(violations)} model violations, first: {violations[0]}")
        self.violations = violations


@dataclass
class BuildResult:
    """A built graph, with the documents it came from and the warnings of the build."""

    kg: KnowledgeGraph
    documents: list[Document]
    warnings: list[LoadWarning] = field(default_factory=list)

    def meta(self) -> dict[str, Any]:
        """What a store records about its build."""
        return {
            "documents": [
                {"id": d.id, "kind": d.kind, "file": Path(d.path).name, "lines": len(d), **d.meta}
                for d in self.documents
            ],
            "warnings": [str(w) for w in self.warnings],
        }


def add_document_node(builder: Builder, doc: Document) -> None:
    """The document itself as a node, citing its whole text."""
    attributes = {"documentKind": doc.kind, "fileName": Path(doc.path).name, "lineCount": len(doc)}
    if doc.meta.get("date"):
        attributes["date"] = doc.meta["date"]
    if doc.meta.get("publisher"):
        attributes["publisher"] = doc.meta["publisher"]
    name = doc.meta.get("title") or doc.id
    builder.kg.add_node(
        doc_iri(doc.id), "SourceDocument", name, builder.source(doc.id, 1, len(doc)), attributes=attributes
    )


def build(corpus: Path, progress: Callable[[str], None] | None = None) -> BuildResult:
    """Read every document of ``corpus/manifest.yaml`` and build the graph."""
    step = progress or (lambda _: None)
    step("reading the manifest")
    entries = read_manifest(corpus)
    documents = []
    for entry in entries:
        step(f"reading {entry.file.name}")
        if not entry.file.exists():
            raise LoadError(entry.file, f"no such file (listed in {Path(corpus) / MANIFEST}:{entry.line})")
        documents.append(read_document(entry.file, entry.id, entry.kind, entry.meta))
    builder = Builder()
    registry = read_registry_document()
    add_document_node(builder, registry)
    for doc in documents:
        add_document_node(builder, doc)
    step("loading the registry")
    load_registry(builder, registry, {d.id for d in documents})
    for doc in documents:
        step(f"loading {doc.id}")
        loader_for(doc.kind)(builder, doc)
        attribution.load(builder, doc)  # who did what, in every document's prose
    builder.finish()
    step("checking the graph against the ontology")
    violations = check_models(builder.kg)
    if violations:
        raise BuildError(violations)
    return BuildResult(builder.kg, [registry, *documents], builder.warnings)


__all__ = ["BuildError", "BuildResult", "LoadError", "build"]
