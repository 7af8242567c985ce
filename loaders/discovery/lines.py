"""A document's lines as plain text, computed once for all the readers of a build step.

>>> from gapgraph.loaders.document import Document
>>> plain_lines(Document(id="d", kind="k", path="d.txt", lines=["**Bold** <b>x</b>"], meta={}))
('Bold x',)
"""

from __future__ import annotations

from functools import lru_cache

from gapgraph.loaders.document import Document
from gapgraph.loaders.text import plain


@lru_cache(maxsize=8)
def _plain(lines: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(plain(line) for line in lines)


def plain_lines(doc: Document) -> tuple[str, ...]:
    """Every line of ``doc`` through :func:`gapgraph.loaders.text.plain` (cached for the last documents)."""
    return _plain(tuple(doc.lines))
