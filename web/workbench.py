"""What the workbench serves from one store: the graph, its search index, its SPARQL endpoint, the
documents' text; and the views of a node the pages show (facts by facet, timeline, evidence links).

Nothing here draws HTML: :mod:`gapgraph.web.app` renders it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.queries import profile
from gapgraph.stores import folder
from gapgraph.stores import oxigraph as oxigraph_store
from gapgraph.web.search import SearchIndex
from gapgraph.web.sparql import Answer, Endpoint, QueryRefused

DATES = ("startDate", "endDate", "actualEndDate", "date", "period", "onDate")
TIMED = (*DATES, "status")


def node_url(node: str) -> str:
    """``/node?id=…``: the page of a node.

    >>> node_url("https://w3id.org/gapgraph/id/actor/ilo")
    '/node?id=https%3A%2F%2Fw3id.org%2Fgapgraph%2Fid%2Factor%2Filo'
    """
    return "/node?id=" + quote(node, safe="")


@dataclass(frozen=True)
class Evidence:
    """One cited span: ``jp-final-report-2022:54-60`` and the link to it."""

    label: str
    url: str
    doc: str
    first: int
    last: int


def evidence(source: str) -> Evidence:
    """The evidence link of a source span (``doc:54-60`` or ``doc:54``).

    >>> evidence("jp-final-report-2022:54-60").url
    '/doc/jp-final-report-2022#L54-L60'
    >>> evidence("press:7").url
    '/doc/press#L7'
    """
    doc, _, lines = str(source).rpartition(":")
    first, _, last = lines.partition("-")
    a = int(first) if first.isdigit() else 1
    b = int(last) if last.isdigit() else a
    fragment = f"L{a}" if a == b else f"L{a}-L{b}"
    return Evidence(str(source), f"/doc/{quote(doc, safe='')}#{fragment}", doc, a, b)


@dataclass
class Fact:
    """One row of a node page: what is related or stated, and the evidence."""

    relation: str
    value: str
    other: str | None
    other_name: str | None
    other_type: str | None
    sources: list[Evidence] = field(default_factory=list)


@dataclass(frozen=True)
class Moment:
    """A status or a date of the node, placed in time when its text or its source says when."""

    when: str
    what: str
    sources: tuple[Evidence, ...]


class Workbench:
    """One store, opened once for every request."""

    def __init__(self, store_dir: Path, time_limit_s: float = 10.0, row_limit: int = 10_000) -> None:
        self.store_dir = Path(store_dir)
        self.kg: KnowledgeGraph = folder.load(self.store_dir)
        self.meta: dict[str, Any] = folder.meta(self.store_dir)
        self.documents: dict[str, dict[str, Any]] = {
            str(d["id"]): d for d in self.meta.get("documents", []) if isinstance(d, dict) and "id" in d
        }
        self.index = SearchIndex(self.kg)
        sparql = self.store_dir / oxigraph_store.FOLDER
        self.endpoint = Endpoint(sparql, time_limit_s, row_limit) if sparql.is_dir() else None
        self.lines = lru_cache(maxsize=64)(self._lines)

    def _lines(self, doc: str) -> list[str] | None:
        if doc not in self.documents:
            return None
        return folder.document_lines(self.store_dir, doc)

    def close(self) -> None:
        if self.endpoint is not None:
            self.endpoint.close()

    def query(self, text: str) -> Answer:
        """Run a SPARQL query within the limits (:class:`QueryRefused` if the store has no SPARQL store)."""
        if self.endpoint is None:
            raise QueryRefused("this store has no SPARQL store: build it again with `gapgraph build`", 503)
        return self.endpoint.run(text)

    # -- a node's page ----------------------------------------------------------------------

    def facets(self, node: str) -> list[tuple[str, list[Fact]]]:
        """The node's facts grouped as ``gapgraph ask profile`` groups them, each with its evidence."""
        rows = profile.profile(profile.facts(self.kg, node))
        groups: dict[str, list[Fact]] = {}
        for row in rows:
            if row.facet == "type":
                continue
            value = "" if row.value is None else str(row.value)
            groups.setdefault(row.facet, []).append(
                Fact(
                    row.relation or row.facet,
                    value,
                    row.other,
                    row.other_name,
                    row.other_type,
                    [evidence(s) for s in row.sources],
                )
            )
        return list(groups.items())

    def timeline(self, node: str) -> list[Moment]:
        """Statuses and dates of the node and of its dated edges, in time order (undated last)."""
        data = self.kg.node(node)
        moments = []
        for key in TIMED:
            for claim in data["attributes"].get(key, []):
                sources = tuple(evidence(str(s)) for s in claim["sources"])
                moments.append(Moment(self._when(str(claim["value"]), sources), f"{key}: {claim['value']}", sources))
        edges = [(v, d, "->") for v, _, d in self.kg.out_edges(node)]
        edges += [(u, d, "<-") for u, _, d in self.kg.in_edges(node)]
        for other, d, arrow in edges:
            for claim in d["attributes"].get("onDate", []):
                sources = tuple(evidence(str(s)) for s in d["sources"])
                what = f"{d['type']} {arrow} {self.kg.node(other)['name']}"
                moments.append(Moment(str(claim["value"]), what, sources))
        return sorted(moments, key=lambda m: (m.when == "", m.when, m.what))

    def _when(self, text: str, sources: tuple[Evidence, ...]) -> str:
        """A date in the text (``2020-11``, ``November 2020``, ``2021``), else its first document's."""
        iso = re.search(r"\b(19|20)\d{2}(-\d{2}){0,2}\b", text)
        if iso:
            return iso.group(0)
        for source in sources:
            doc = self.documents.get(source.doc, {})
            when = doc.get("date") or doc.get("period")
            if when:
                return str(when).split("/")[0]
        return ""

    def document(self, doc: str) -> dict[str, Any] | None:
        """The manifest entry of a document (id, kind, title, date...), or None."""
        return self.documents.get(doc)
