"""The on-disk store of a built graph: a folder holding ``graph.json`` (node-link data),
``oxigraph/`` (the same graph as an embedded SPARQL store), ``docs/<id>.txt`` (each source
document's text, so the evidence of every fact can be shown without the corpus) and
``gapgraph-store.json``, the marker that says the folder is a gapgraph store (with its format version).

A store is written whole or not at all: it is built in a temporary folder beside the target and
renamed into place, so a failed build never leaves a half-written store and never harms the last
good one. Only a gapgraph store is ever replaced: a folder with other things in it, a file, the
corpus (or a folder holding it, or one inside it) are refused with a :class:`StoreError`. Staging
folders left by a killed build are removed by the next build.

>>> import tempfile, pathlib
>>> from gapgraph.graph.knowledge_graph import KnowledgeGraph
>>> folder = pathlib.Path(tempfile.mkdtemp()) / "store"
>>> save(KnowledgeGraph(), folder, {"documents": []})
>>> len(load(folder)), is_store(folder)
(0, True)
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

GRAPH_FILE = "graph.json"
DOCS_FOLDER = "docs"
_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,199}")
MARKER_FILE = "gapgraph-store.json"
FORMAT_VERSION = 1
STORE_KIND = "gapgraph-store"
_LEGACY_ENTRIES = {GRAPH_FILE, oxigraph_store.FOLDER, DOCS_FOLDER}
"""What a store written before the marker holds: it is still recognised as a store."""


class StoreError(RuntimeError):
    """No store where one is expected, one that cannot be read, or a path a store may not replace."""


def is_store(folder: Path) -> bool:
    """Whether ``folder`` is a gapgraph store: it holds the marker file, or (a store written before
    the marker existed) exactly ``graph.json`` and ``oxigraph/``, ``graph.json`` being node-link JSON."""
    folder = Path(folder)
    if not folder.is_dir() or folder.is_symlink():
        return False
    marker = folder / MARKER_FILE
    if marker.is_file():
        try:
            data = json.loads(marker.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        return isinstance(data, dict) and data.get("kind") == STORE_KIND
    entries = {p.name for p in folder.iterdir()}
    if GRAPH_FILE not in entries or not entries <= _LEGACY_ENTRIES:
        return False
    try:
        with open(folder / GRAPH_FILE, encoding="utf-8") as f:
            head = f.read(64)
    except (OSError, ValueError):
        return False
    return re.match(r'\s*\{\s*"directed"', head) is not None


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_target(folder: Path, corpus: Path | None = None, force: bool = False) -> None:
    """Refuse (a :class:`StoreError`) to write a store at ``folder`` if that would replace anything
    but a gapgraph store: a file, a folder with other things in it (unless ``force``), or the corpus,
    a folder holding it or one inside it (``force`` or not).

    >>> import tempfile, pathlib
    >>> corpus = pathlib.Path(tempfile.mkdtemp())
    >>> try:
    ...     check_target(corpus / "sub", corpus)
    ... except StoreError as exc:
    ...     print("refused:", "inside the corpus folder" in str(exc))
    refused: True
    """
    folder = Path(folder)
    target = folder.resolve()
    if corpus is not None:
        home = Path(corpus).resolve()
        if target == home:
            raise StoreError(f"{folder} is the corpus folder: choose another --store")
        if _inside(home, target):
            raise StoreError(f"{folder} contains the corpus folder {corpus}: choose another --store")
        if _inside(target, home):
            raise StoreError(f"{folder} lies inside the corpus folder {corpus}: choose another --store")
    if not folder.exists() and not folder.is_symlink():
        return
    if not folder.is_dir() or folder.is_symlink():
        raise StoreError(f"{folder} is not a folder: it is not a gapgraph store and will not be replaced")
    if is_store(folder) or force or not any(folder.iterdir()):
        return
    raise StoreError(
        f"{folder} is not a gapgraph store (no {MARKER_FILE}) and is not empty: it will not be replaced "
        "(choose another --store, or --force to replace it)"
    )


def _staging_pattern(folder: Path) -> re.Pattern[str]:
    return re.compile(rf"\.{re.escape(folder.name)}\.(?:staging|old)-(\d+)-.+")


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_stale(folder: Path) -> list[Path]:
    """Remove the staging folders that builds of ``folder`` killed before the end left beside it
    (those whose process is gone), and return them. An old store that a build had moved aside but
    not yet replaced (it was killed between the two renames) is put back first."""
    folder = Path(folder)
    pattern = _staging_pattern(folder)
    removed = []
    if not folder.parent.is_dir():
        return removed
    for path in sorted(folder.parent.iterdir()):
        match = pattern.fullmatch(path.name)
        if match is None or not path.is_dir() or path.is_symlink() or _alive(int(match[1])):
            continue
        if ".old-" in path.name and not folder.exists() and is_store(path / "store"):
            os.replace(path / "store", folder)
        shutil.rmtree(path, ignore_errors=True)
        removed.append(path)
    return removed


def _marker() -> dict[str, Any]:
    return {"kind": STORE_KIND, "format": FORMAT_VERSION, "written by": "gapgraph build"}


def save(
    kg: KnowledgeGraph,
    folder: Path,
    meta: dict[str, Any],
    with_sparql: bool = True,
    corpus: Path | None = None,
    force: bool = False,
    texts: Mapping[str, Sequence[str]] | None = None,
) -> None:
    """Write the graph to ``folder`` atomically (replacing the store that was there), with its SPARQL
    store and the ``texts`` (lines by document id) of its documents; :func:`check_target` decides
    first whether what is at ``folder`` may be replaced."""
    folder = Path(folder)
    check_target(folder, corpus, force)
    folder.parent.mkdir(parents=True, exist_ok=True)
    clean_stale(folder)
    tag = f".{folder.name}.staging-{os.getpid()}-"
    staging = Path(tempfile.mkdtemp(prefix=tag, dir=folder.parent))
    try:
        data = to_node_link(kg, {"format": FORMAT_VERSION, **meta})
        with open(staging / GRAPH_FILE, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=1)
        if with_sparql:
            oxigraph_store.write(kg, staging / oxigraph_store.FOLDER)
        _write_texts(staging / DOCS_FOLDER, texts or {})
        with open(staging / MARKER_FILE, "w", encoding="utf-8") as out:
            json.dump(_marker(), out)
        check_target(folder, corpus, force)  # again: something may have appeared there meanwhile
        if folder.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{folder.name}.old-{os.getpid()}-", dir=folder.parent))
            os.replace(folder, old / "store")
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


def _shape_problem(data: Any) -> str | None:
    """What is wrong with the shape of node-link data read from ``graph.json``, or None."""
    if not isinstance(data, dict):
        return f"expected a JSON object, found {type(data).__name__}"
    if not isinstance(data.get("graph"), dict):
        return "no `graph` object"
    for part in ("nodes", "links"):
        if not isinstance(data.get(part), list):
            return f"no `{part}` list"
    ids = set()
    for index, node in enumerate(data["nodes"]):
        problem = _item_problem(node, ("id", "type", "name"))
        if problem is None and not (
            isinstance(node.get("aliases"), list) and all(isinstance(a, str) for a in node["aliases"])
        ):
            problem = "`aliases` is not a list of text"
        if problem:
            return f"node {index}: {problem}"
        ids.add(node["id"])
    for index, link in enumerate(data["links"]):
        problem = _item_problem(link, ("source", "target", "key", "type"))
        if problem is None and not (link["source"] in ids and link["target"] in ids):
            problem = "an end that is not a node"
        if problem:
            return f"link {index}: {problem}"
    return None


def _sources_problem(sources: Any) -> str | None:
    if not isinstance(sources, list):
        return "`sources` is not a list"
    for source in sources:
        lines = source.get("lines") if isinstance(source, dict) else None
        if not (
            isinstance(source, dict)
            and isinstance(source.get("doc"), str)
            and isinstance(lines, list)
            and len(lines) == 2
            and all(isinstance(n, int) and not isinstance(n, bool) for n in lines)
        ):
            return "a source is not {doc, lines: [first, last]}"
    return None


def _item_problem(item: Any, texts: tuple[str, ...]) -> str | None:
    if not isinstance(item, dict):
        return "not a JSON object"
    for key in texts:
        if not isinstance(item.get(key), str):
            return f"`{key}` is not text"
    problem = _sources_problem(item.get("sources"))
    if problem:
        return problem
    attributes = item.get("attributes", {})
    if not isinstance(attributes, dict):
        return "`attributes` is not an object"
    for name, claims in attributes.items():
        if not isinstance(claims, list) or not all(isinstance(c, dict) and "value" in c for c in claims):
            return f"attribute {name!r} is not a list of {{value, sources}}"
        for claim in claims:
            if isinstance(claim["value"], dict | list) or _sources_problem(claim.get("sources")):
                return f"attribute {name!r} has a value that is not {{value, sources}}"
    return None


def _read_graph_json(folder: Path) -> tuple[Path, dict[str, Any]]:
    """``graph.json`` of the store, read and checked (shape and format version)."""
    path = Path(folder) / GRAPH_FILE
    if not path.is_file():
        raise StoreError(f"no graph in {folder}: run `gapgraph build --corpus DIR` first")
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError, RecursionError) as exc:
        raise StoreError(
            f"cannot read {path}: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}"
        ) from None
    problem = _shape_problem(data)
    if problem:
        raise StoreError(f"{path} is not a gapgraph graph ({problem}): run `gapgraph build` again")
    if data["graph"].get("format") != FORMAT_VERSION:
        raise StoreError(f"{path} was written by another version of gapgraph: run `gapgraph build` again")
    return path, data


def sparql_store(folder: Path):
    """The embedded SPARQL store of the graph saved in ``folder``."""
    path = Path(folder) / oxigraph_store.FOLDER
    if not path.is_dir():
        raise StoreError(f"no SPARQL store in {folder}: run `gapgraph build --corpus DIR` first")
    try:
        return oxigraph_store.open_read_only(path)
    except (OSError, RuntimeError, ValueError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise StoreError(f"cannot open the SPARQL store {path}: {first}; run `gapgraph build` again") from None


def load(folder: Path) -> KnowledgeGraph:
    """Read the graph saved in ``folder``."""
    path, data = _read_graph_json(folder)
    try:
        kg = from_node_link(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise StoreError(f"{path} is not a gapgraph graph ({exc}): run `gapgraph build` again") from None
    unknown = {d["type"] for _, d in kg.nodes()} - set(kg.schema.classes)
    unknown |= {d["type"] for *_, d in kg.edges()} - set(kg.schema.relations)
    if unknown:
        raise StoreError(
            f"{path} uses types the ontology lacks ({', '.join(sorted(unknown))}): run `gapgraph build` again"
        )
    return kg


def meta(folder: Path) -> dict[str, Any]:
    """What the saved graph says of itself: its documents (id, kind, title, date or period) and
    ``built``, the day the store was written."""
    path, data = _read_graph_json(folder)
    built = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC).date().isoformat()
    return {**data["graph"], "built": built}
