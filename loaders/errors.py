"""Errors and warnings that name the file and the line.

A :class:`LoadError` stops a build before anything is written; a :class:`LoadWarning` is noted and
the rest of the document still loads.

>>> str(LoadError("corpus/manifest.yaml", "no such file: 009.txt", line=12))
'corpus/manifest.yaml:12: no such file: 009.txt'
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class LoadError(Exception):
    """Input that cannot be loaded at all: the build stops and no store is written."""

    def __init__(self, path: str | Path, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.path = str(path)
        self.message = message
        self.line = line

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class LoadWarning:
    """Input that was passed over: which document, which line, and why."""

    doc: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.doc}:{self.line}: {self.message}"
