"""What every loader of one document holds: the builder, its graph, the document, and citations.

>>> from gapgraph.loaders.builder import Builder
>>> from gapgraph.loaders.document import Document
>>> reader = DocumentReader(Builder(), Document(id="d", kind="k", path="d.txt", lines=["a", "b"]))
>>> str(reader.src(1, 2))
'd:1-2'
"""

from __future__ import annotations

from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.ontology.models import Source


class DocumentReader:
    """Base of the loaders that read one document."""

    def __init__(self, builder: Builder, doc: Document) -> None:
        self.b = builder
        self.kg = builder.kg
        self.doc = doc

    def src(self, first: int, last: int | None = None) -> Source:
        """A citation of lines ``first`` to ``last`` of this document."""
        return self.b.source(self.doc.id, first, last)

    def warn(self, line: int, message: str) -> None:
        """Note that something on ``line`` of this document was passed over."""
        self.b.warn(self.doc.id, line, message)
