"""The on-disk store of a built graph: a folder holding ``graph.json`` (node-link data),
``oxigraph/`` (the same graph as an embedded SPARQL store) and ``docs/<id>.txt`` (each source
document's text, so the evidence of every fact can be shown without the corpus).

A store is written whole or not at all: it is built in a temporary folder beside the target and
renamed into place, so a failed build never leaves a half-written store and never harms the last
good one.

>>> import tempfile, pathlib
>>> from gapgraph.graph.knowledge_graph import KnowledgeGraph
>>> folder = pathlib.Path(tempfile.mkdtemp()) / "store"
>>> save(KnowledgeGraph(), folder, {"documents": []})
>>> len(load(folder))
0
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.graph.node_link import from_node_link, to_node_link
from gapgraph.stores import oxigraph as oxigraph_store

DEFAULT_STORE = Path(".gapgraph")
GRAPH_FILE = "graph.json"
DOCS_FOLDER = "docs"
_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,199}")
FORMAT_VERSION = 1


class StoreError(RuntimeError):
    """No store where one is expected, or one that cannot be read."""


def save(
    kg: KnowledgeGraph,
    folder: Path,
    meta: dict[str, Any],
    with_sparql: bool = True,
    texts: Mapping[str, Sequence[str]] | None = None,
) -> None:
    """Write the graph to ``folder`` atomically (replacing what was there), with its SPARQL store and
    the ``texts`` (lines by document id) of its documents."""
    folder = Path(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    try:
        data = to_node_link(kg, {"format": FORMAT_VERSION, **meta})
        with open(staging / GRAPH_FILE, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=1)
        if with_sparql:
            oxigraph_store.write(kg, staging / oxigraph_store.FOLDER)
        _write_texts(staging / DOCS_FOLDER, texts or {})
        if folder.exists():
            old = folder.with_name(f".{folder.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            os.replace(folder, old)
            os.replace(staging, folder)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(staging, folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _write_texts(folder: Path, texts: Mapping[str, Sequence[str]]) -> None:
    folder.mkdir()
    for doc_id, lines in texts.items():
        if _SAFE_ID.fullmatch(doc_id):
            (folder / f"{doc_id}.txt").write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")


def document_lines(folder: Path, doc_id: str) -> list[str] | None:
    """The lines of document ``doc_id`` as the store keeps them (None if it keeps no such text)."""
    if not _SAFE_ID.fullmatch(doc_id):
        return None
    path = Path(folder) / DOCS_FOLDER / f"{doc_id}.txt"
    if not path.is_file():
        return None
    return path.read_text(encoding="utf-8").split("\n")[:-1]


def sparql_store(folder: Path):
    """The embedded SPARQL store of the graph saved in ``folder``."""
    path = Path(folder) / oxigraph_store.FOLDER
    if not path.is_dir():
        raise StoreError(f"no SPARQL store in {folder}: run `gapgraph build --corpus DIR` first")
    return oxigraph_store.open_read_only(path)


def load(folder: Path) -> KnowledgeGraph:
    """Read the graph saved in ``folder``."""
    path = Path(folder) / GRAPH_FILE
    if not path.is_file():
        raise StoreError(f"no graph in {folder}: run `gapgraph build --corpus DIR` first")
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError) as exc:
        raise StoreError(f"cannot read {path}: {exc}") from None
    if data.get("graph", {}).get("format") != FORMAT_VERSION:
        raise StoreError(f"{path} was written by another version of gapgraph: run `gapgraph build` again")
    return from_node_link(data)


def meta(folder: Path) -> dict[str, Any]:
    """What the saved graph says of itself: its documents (id, kind, title, date or period) and
    ``built``, the day the store was written."""
    path = Path(folder) / GRAPH_FILE
    if not path.is_file():
        raise StoreError(f"no graph in {folder}: run `gapgraph build --corpus DIR` first")
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f).get("graph", {})
    except (OSError, ValueError) as exc:
        raise StoreError(f"cannot read {path}: {exc}") from None
    built = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC).date().isoformat()
    return {**data, "built": built}
