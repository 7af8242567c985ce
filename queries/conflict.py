"""A conflict: one thing, one attribute, and the values its documents give, each with its sources."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from gapgraph.ontology.models import Source


@dataclass
class Conflict:
    """One thing, one attribute, and the values the documents give, each with its sources."""

    node: str
    name: str
    attribute: str
    values: list[dict[str, Any]] = field(default_factory=list)
    severity: str = "low"
    """high (a date, a funder), medium (a figure off by more than a tenth), low (the rest)."""
    judged: str | None = None
    """A severity the finder of the conflict decides (a slipped plan, a name), kept by ``severity``."""

    def documents(self) -> set[str]:
        return {s["doc"] for v in self.values for s in v["sources"]}


def sources_of(sources: list[Source]) -> list[dict[str, Any]]:
    """Sources as plain data: document id and line span."""
    return [{"doc": s.doc, "lines": list(s.lines)} for s in sources]
