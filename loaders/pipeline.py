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

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gapgraph.graph.ids import doc_iri
from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.graph.validate import Violation, check_models
from gapgraph.loaders import (
    attribution,
    beneficiaries,
    courses,
    discovery,
    financing,
    generic,
    implementers,
    membership,
    part_of,
    partnerships,
    pilots_of,
    plans,
    representatives,
    supporters,
    this_initiative,
    unct_findings,
)
from gapgraph.loaders import names as written_names
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.country import document_country
from gapgraph.loaders.document import Document, read_document
from gapgraph.loaders.errors import LoadError, LoadWarning
from gapgraph.loaders.kinds import known, loader_for
from gapgraph.loaders.manifest import MANIFEST, DocumentEntry, read_manifest
from gapgraph.loaders.registry import load_registry, read_registries

GENERIC_KINDS = ("generic",)
"""Kinds that ask for the generic loader by name; any other kind no loader registered is read by it
too, with a warning naming the kinds known (a typo would otherwise pass unseen)."""

EVERY_DOCUMENT = (
    attribution,
    plans,
    courses,
    supporters,
    implementers,
    financing,
    membership,
    partnerships,
    representatives,
    part_of,
    pilots_of,
    this_initiative,
    beneficiaries,
    unct_findings,
)
"""Readers of every document's prose, run in this order after its own loader and the generic reading:
who did what (``attribution``), dates given as planned (``plans``), courses by their titles
(``courses``), people listed as a campaign's or event's supporters (``supporters``), "<programme>,
implemented by A, as lead agency, B and C" (``implementers``), "<programme>, financed by F"
(``financing``), "PUNOs participate in the X", "the X, headed by A" (``membership``), "A works
closely with B", "the agreement between A and B" (``partnerships``), "..., as part of the joint
programme X" (``part_of``), "FAO representative, Lina Pohl" (``representatives``), "the pilot of
<programme> in <place>" (``pilots_of``), what "this initiative" a page names contributed to
(``this_initiative``), whom "to the benefit of ..." names (``beneficiaries``), what a study found and
led to (``unct_findings``). Each has ``load(builder, doc)``."""


def kind_warning(entry: DocumentEntry, manifest: Path) -> LoadWarning | None:
    """A warning for a manifest entry whose kind no loader knows."""
    kinds = known()
    if entry.kind in kinds or entry.kind in GENERIC_KINDS:
        return None
    names = ", ".join(sorted([*kinds, *GENERIC_KINDS]))
    return LoadWarning(
        str(manifest), entry.line, f"unknown kind {entry.kind!r}, read by the generic loader; known kinds: {names}"
    )


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
    if doc.meta.get("period"):
        attributes["period"] = str(doc.meta["period"])
    if doc.meta.get("publisher"):
        attributes["publisher"] = doc.meta["publisher"]
    name = doc.meta.get("title") or doc.id
    builder.kg.add_node(
        doc_iri(doc.id), "SourceDocument", name, builder.source(doc.id, 1, len(doc)), attributes=attributes
    )


def build(
    corpus: Path,
    progress: Callable[[str], None] | None = None,
    registries: Iterable[Path | str] | None = None,
) -> BuildResult:
    """Read every document of ``corpus/manifest.yaml`` and build the graph.

    The base registry (world knowledge) is always loaded; ``registries`` are programme registries
    to apply too (None: those ``GAPGRAPH_REGISTRY`` lists, os.pathsep-separated; ``[]``: none).
    """
    step = progress or (lambda _: None)
    step("reading the manifest")
    entries = read_manifest(corpus)
    documents = []
    for entry in entries:
        step(f"reading {entry.file.name}")
        if not entry.file.exists():
            raise LoadError(entry.file, f"no such file (listed in {Path(corpus) / MANIFEST}:{entry.line})")
        documents.append(read_document(entry.file, entry.id, entry.kind, entry.meta))
    registry_docs = read_registries(registries)
    builder = Builder()
    builder.warnings.extend(w for w in (kind_warning(e, Path(corpus) / MANIFEST) for e in entries) if w)
    for doc in [*registry_docs, *documents]:
        add_document_node(builder, doc)
    ids = {d.id: len(d) for d in documents}
    for registry in registry_docs:
        step(f"loading the registry {registry.id}")
        load_registry(builder, registry, ids)
    for doc in documents:
        step(f"loading {doc.id}")
        builder.country = document_country(builder, doc)
        load = loader_for(doc.kind)
        discovery.things_first(builder, doc)
        load(builder, doc)
        if load is not generic.load:
            generic.reading(builder, doc)  # no loader drops what the generic reader finds
        for reader in EVERY_DOCUMENT:
            reader.load(builder, doc)
    builder.country = None
    builder.finish()
    written_names.load(builder, documents)  # each name as each document writes it, cited
    step("checking the graph against the ontology")
    violations = check_models(builder.kg)
    if violations:
        raise BuildError(violations)
    return BuildResult(builder.kg, [*registry_docs, *documents], builder.warnings)


__all__ = ["BuildError", "BuildResult", "LoadError", "build"]
