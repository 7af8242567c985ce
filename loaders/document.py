"""Reading a source document: checked text, split into numbered lines.

Lines are numbered from 1 and split on ``\\n`` only, so that line numbers match what ``sed -n``,
``grep -n`` and editors show.

>>> doc = Document(id="d", kind="press-release", path="d.txt", lines=["Title", "", "Body"])
>>> doc.line(3)
'Body'
>>> doc.text(1, 3)
'Title\\n\\nBody'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from gapgraph.loaders.errors import LoadError


@dataclass
class Document:
    """One document of the corpus, as lines of text, with its manifest entry."""

    id: str
    kind: str
    path: str
    lines: list[str]
    meta: dict[str, str] = field(default_factory=dict)

    def line(self, number: int) -> str:
        """The text of line ``number`` (1-based)."""
        return self.lines[number - 1]

    def text(self, first: int, last: int) -> str:
        """Lines ``first`` to ``last`` (inclusive), joined."""
        return "\n".join(self.lines[first - 1 : last])

    def __len__(self) -> int:
        return len(self.lines)


def read_text(path: Path) -> str:
    """The UTF-8 text of a document; a :class:`LoadError` naming file and line if it is not text."""
    if not path.exists():
        raise LoadError(path, "no such file")
    if not path.is_file():
        raise LoadError(path, "not a regular file")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise LoadError(path, f"cannot read: {exc.strerror}") from None
    if not raw.strip():
        raise LoadError(path, "empty file")
    if b"\x00" in raw:
        line = raw.count(b"\n", 0, raw.index(b"\x00")) + 1
        raise LoadError(path, "binary file (NUL byte), not text", line)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise LoadError(path, f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start})", line) from None
    return text.removeprefix("\ufeff")


def split_lines(text: str) -> list[str]:
    """Lines split on newline only, without their line endings."""
    lines = [line.removesuffix("\r") for line in text.split("\n")]
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def read_document(path: Path, doc_id: str, kind: str, meta: dict[str, str] | None = None) -> Document:
    """Read and check one document."""
    return Document(id=doc_id, kind=kind, path=str(path), lines=split_lines(read_text(path)), meta=meta or {})
