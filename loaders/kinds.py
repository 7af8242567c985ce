"""The registry of document kinds: which loader reads which ``kind`` of the manifest.

A loader registers itself with :func:`register` (as rdflib registers its parsers); the built-in
loaders are imported on first use, and other packages add kinds through the entry-point group
``gapgraph.document_kinds`` (each entry point names a module that registers its loaders when
imported). A kind no loader registered is read by the generic loader.

>>> from gapgraph.loaders.kinds import known, loader_for, register, unregister
>>> loader_for("press-release").__module__.rsplit(".", 1)[-1]
'press_release'
>>> loader_for("blog-post").__module__.rsplit(".", 1)[-1]
'generic'
>>> "jsdgf-final-narrative-report" in known()
True
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from importlib.metadata import entry_points
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gapgraph.loaders.builder import Builder
    from gapgraph.loaders.document import Document

Loader = Callable[["Builder", "Document"], None]
"""``load(builder, doc)``: read one document into the graph being built."""

ENTRY_POINT_GROUP = "gapgraph.document_kinds"
BUILTIN = (
    "gapgraph.loaders.jsdgf",
    "gapgraph.loaders.press_release",
    "gapgraph.loaders.unwomen_portal",
    "gapgraph.loaders.unct_report",
)
"""The modules of the loaders shipped with gapgraph; each registers the kinds it reads."""

_loaders: dict[str, Loader] = {}
_discovered = False


def register(*kinds: str) -> Callable[[Loader], Loader]:
    """Register the decorated function as the loader of each of ``kinds``.

    >>> @register("example-kind")
    ... def load(builder, doc): ...
    >>> loader_for("example-kind") is load
    True
    >>> unregister("example-kind")
    """

    def decorate(load: Loader) -> Loader:
        for kind in kinds:
            other = _loaders.get(kind)
            if other is None:
                _loaders[kind] = load
            elif not _same(other, load):
                raise ValueError(f"document kind {kind!r} already has a loader ({other.__module__}.{other.__name__})")
        return load

    return decorate


def _same(one: Loader, other: Loader) -> bool:
    """The same function, perhaps imported twice under two module names (as pytest's doctest
    collection imports ``loaders/x.py`` as ``loaders.x`` beside ``gapgraph.loaders.x``)."""
    a, b = one.__module__, other.__module__
    return one.__qualname__ == other.__qualname__ and (a.endswith("." + b) or b.endswith("." + a) or a == b)


def unregister(kind: str) -> None:
    """Forget the loader of ``kind`` (for tests and plugins that replace one)."""
    _loaders.pop(kind, None)


def _discover() -> None:
    global _discovered
    if _discovered:
        return
    _discovered = True
    for module in BUILTIN:
        importlib.import_module(module)
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        entry.load()


def known() -> dict[str, Loader]:
    """Every registered kind and its loader."""
    _discover()
    return dict(_loaders)


def loader_for(kind: str) -> Loader:
    """The loader of ``kind``; the generic loader for a kind nobody registered."""
    from gapgraph.loaders import generic

    return known().get(kind, generic.load)
