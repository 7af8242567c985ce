"""The corpus manifest: which documents to load, their ids, kinds and dates.

``manifest.yaml`` holds a list ``documents``; each entry has at least ``id``, ``file`` and ``kind``
(and may have ``title``, ``publisher``, ``date``, ``period``, ``language``). A mistake in it is a
:class:`~gapgraph.loaders.errors.LoadError` naming the manifest and the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from gapgraph.loaders import lined_yaml
from gapgraph.loaders.document import read_text
from gapgraph.loaders.errors import LoadError

MANIFEST = "manifest.yaml"
REQUIRED = ("id", "file", "kind")
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
"""A document id, matched whole (``fullmatch``: ``$`` would let a final newline through)."""


@dataclass(frozen=True)
class DocumentEntry:
    """One document listed in the manifest."""

    id: str
    file: Path
    kind: str
    line: int
    meta: dict[str, str] = field(default_factory=dict)


def read_manifest(corpus: Path) -> list[DocumentEntry]:
    """The documents listed in ``corpus/manifest.yaml``, in order, checked."""
    path = Path(corpus) / MANIFEST
    if not Path(corpus).is_dir():
        raise LoadError(corpus, "corpus folder not found")
    data = lined_yaml.parse(read_text(path), path)
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
        raise LoadError(path, "expected a list `documents:`", getattr(data, "line", None) or 1)
    entries: list[DocumentEntry] = []
    seen: dict[str, int] = {}
    for item in data["documents"]:
        line = getattr(item, "line", data["documents"].line)
        if not isinstance(item, dict):
            raise LoadError(path, "each document must be a mapping with id, file and kind", line)
        missing = [k for k in REQUIRED if not str(item.get(k, "")).strip()]
        if missing:
            raise LoadError(path, f"document entry lacks {', '.join(missing)}", line)
        doc_id = str(item["id"])
        if not _ID.fullmatch(doc_id):
            raise LoadError(path, f"document id {doc_id!r} must be letters, digits, '.', '_' or '-'", item["id"].line)
        if doc_id in seen:
            raise LoadError(path, f"document id {doc_id!r} already used on line {seen[doc_id]}", item["id"].line)
        seen[doc_id] = item["id"].line
        meta = {k: text_value(v, path) for k, v in item.items() if k not in REQUIRED and isinstance(v, str)}
        file = inside_corpus(Path(corpus), str(item["file"]), path, getattr(item["file"], "line", line))
        entries.append(DocumentEntry(doc_id, file, str(item["kind"]), line, meta))
    if not entries:
        raise LoadError(path, "the manifest lists no documents", data["documents"].line)
    return entries


def inside_corpus(corpus: Path, name: str, manifest: Path, line: int) -> Path:
    """The document file ``name`` of the manifest, which must stay inside the corpus folder, even
    through symbolic links (``../x``, an absolute path or a link out is a :class:`LoadError`).

    >>> import tempfile
    >>> inside_corpus(Path(tempfile.mkdtemp()), "../../etc/passwd", Path("manifest.yaml"), 3)
    Traceback (most recent call last):
    ...
    gapgraph.loaders.errors.LoadError: manifest.yaml:3: file '../../etc/passwd' lies outside the corpus folder
    """
    file = corpus / name
    home = corpus.resolve()
    target = file.resolve()
    if target != home and home not in target.parents:
        raise LoadError(manifest, f"file {name!r} lies outside the corpus folder", line)
    return file


def text_value(value: str, manifest: Path) -> str:
    r"""A manifest value as text: a surrogate pair written as two escapes (``"\ud83d\ude00"``, as JSON
    writes it) is joined into its character; a lone surrogate is no character, a :class:`LoadError`.

    >>> text_value("\ud83d\ude00", Path("manifest.yaml"))
    '😀'
    """
    try:
        return str(value).encode("utf-16", "surrogatepass").decode("utf-16")
    except UnicodeDecodeError:
        raise LoadError(manifest, "a lone surrogate escape (\\uD800-\\uDFFF) is not a character", value.line) from None
