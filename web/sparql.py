"""The read-only SPARQL 1.1 Protocol endpoint of the workbench, over the embedded Oxigraph store.

Queries only: an update is refused, and so is ``SERVICE`` (the endpoint never makes a request on a
caller's behalf). Each query has a time limit and a row limit; hitting one is a clear error, never a
silently cut answer. The project's prefixes are predeclared (as pyoxigraph ``prefixes``, so the
line numbers of syntax errors are the caller's own).

>>> uses_service("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
True
>>> uses_service('SELECT * WHERE { ?s ?p "SERVICE" } # SERVICE in a comment')
False
"""

from __future__ import annotations

import csv
import io
import json
import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from gapgraph.ontology.namespaces import PREFIXES

TIME_LIMIT_S = 10.0
ROW_LIMIT = 10_000

RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
SHORT_NAMES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "nt": "application/n-triples",
}


class QueryRefused(ValueError):
    """A query the endpoint does not run: bad syntax, an update, SERVICE, or over a limit."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


_LEXEMES = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*',
    re.S,
)


def uses_service(query: str) -> bool:
    """Whether the query has the ``SERVICE`` keyword (strings, IRIs and comments set aside; a prefixed
    name or variable named so does not count)."""
    bare = _LEXEMES.sub(" ", query)
    return re.search(r"(?<![\w:?$.-])SERVICE(?![\w:-])", bare, re.IGNORECASE) is not None


@dataclass
class Answer:
    """What a query gave: ``kind`` is ``select``, ``ask`` or ``graph``."""

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[list[Any]] = field(default_factory=list)
    boolean: bool = False
    triples: list[Any] = field(default_factory=list)
    seconds: float = 0.0


class Endpoint:
    """Runs queries on ``store`` within the limits, a few at a time."""

    def __init__(
        self, store: ox.Store, time_limit_s: float = TIME_LIMIT_S, row_limit: int = ROW_LIMIT, workers: int = 4
    ) -> None:
        self.store = store
        self.time_limit_s = time_limit_s
        self.row_limit = row_limit
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="sparql")
        self._prefixes = {name: str(ns) for name, ns in PREFIXES.items()}

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    def run(self, query: str) -> Answer:
        """The answer to ``query``; :class:`QueryRefused` with a clear message otherwise."""
        if not query.strip():
            raise QueryRefused("no query given: send it as the `query` parameter")
        if uses_service(query):
            raise QueryRefused("SERVICE is not allowed: this endpoint never sends requests to other servers")
        stop = threading.Event()
        started = time.perf_counter()
        future = self._pool.submit(self._evaluate, query, stop, started + self.time_limit_s)
        try:
            answer = future.result(timeout=self.time_limit_s + 0.5)
        except FutureTimeout:
            stop.set()
            raise QueryRefused(self._slow(), 503) from None
        answer.seconds = time.perf_counter() - started
        return answer

    def _slow(self) -> str:
        return f"the query ran over the time limit of {self.time_limit_s:g} s: narrow it or add a LIMIT"

    def _evaluate(self, query: str, stop: threading.Event, deadline: float) -> Answer:
        try:
            result = self.store.query(query, prefixes=self._prefixes)
        except SyntaxError as exc:
            raise QueryRefused(f"SPARQL syntax error: {exc}") from None
        except OSError as exc:
            raise QueryRefused(f"the query failed: {exc}") from None
        if isinstance(result, ox.QueryBoolean):
            return Answer("ask", boolean=bool(result))
        kind = "select" if isinstance(result, ox.QuerySolutions) else "graph"
        answer = Answer(kind, variables=[v.value for v in result.variables] if kind == "select" else [])
        collected = answer.rows if kind == "select" else answer.triples
        try:
            for item in result:
                if stop.is_set() or time.perf_counter() > deadline:
                    raise QueryRefused(self._slow(), 503)
                if len(collected) >= self.row_limit:
                    unit = "rows" if kind == "select" else "triples"
                    raise QueryRefused(
                        f"the answer has more than {self.row_limit} {unit} (the row limit): add a LIMIT", 413
                    )
                collected.append([item[v] for v in answer.variables] if kind == "select" else item)
        except (SyntaxError, OSError) as exc:
            raise QueryRefused(f"the query failed: {exc}") from None
        return answer


def negotiate(accept: str, requested: str | None, kind: str) -> str:
    """The media type to answer with: the ``format`` parameter, else the first acceptable type."""
    table = RESULT_TYPES if kind in ("select", "ask") else GRAPH_TYPES
    default = "application/sparql-results+json" if kind in ("select", "ask") else "text/turtle"
    if requested:
        media = SHORT_NAMES.get(requested, requested)
        if media not in table:
            raise QueryRefused(f"cannot answer a {kind} query as {requested!r}; choose one of {', '.join(table)}", 406)
        return media
    ranked = []
    for position, part in enumerate(accept.split(",")):
        media, _, params = part.strip().partition(";")
        q = 1.0
        match = re.search(r"q=([0-9.]+)", params)
        if match:
            q = float(match.group(1))
        ranked.append((-q, position, media.strip().lower()))
    for _, _, media in sorted(ranked):
        if media in table:
            return media
        if media in ("*/*", "application/*", "text/*", ""):
            return default
    return default


def serialise(answer: Answer, media: str) -> bytes:
    """The answer in ``media`` (one of :data:`RESULT_TYPES` or :data:`GRAPH_TYPES`)."""
    if answer.kind == "graph":
        return ox.serialize(answer.triples, format=GRAPH_TYPES[media]) or b""
    fmt = RESULT_TYPES[media]
    return {"json": _json, "xml": _xml, "csv": _csv, "tsv": _tsv}[fmt](answer)


def _json_term(term: Any) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "literal", "value": str(term)}


def _json(answer: Answer) -> bytes:
    if answer.kind == "ask":
        data: dict[str, Any] = {"head": {}, "boolean": answer.boolean}
    else:
        bindings = [
            {v: _json_term(t) for v, t in zip(answer.variables, row, strict=True) if t is not None}
            for row in answer.rows
        ]
        data = {"head": {"vars": answer.variables}, "results": {"bindings": bindings}}
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def _xml(answer: Answer) -> bytes:
    out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">']
    out.append("<head>" + "".join(f"<variable name={quoteattr(v)}/>" for v in answer.variables) + "</head>")
    if answer.kind == "ask":
        out.append(f"<boolean>{'true' if answer.boolean else 'false'}</boolean>")
    else:
        out.append("<results>")
        for row in answer.rows:
            out.append("<result>")
            for v, term in zip(answer.variables, row, strict=True):
                if term is None:
                    continue
                t = _json_term(term)
                if t["type"] == "uri":
                    inner = f"<uri>{escape(t['value'])}</uri>"
                elif t["type"] == "bnode":
                    inner = f"<bnode>{escape(t['value'])}</bnode>"
                else:
                    attrs = ""
                    if "xml:lang" in t:
                        attrs = f" xml:lang={quoteattr(t['xml:lang'])}"
                    elif "datatype" in t:
                        attrs = f" datatype={quoteattr(t['datatype'])}"
                    inner = f"<literal{attrs}>{escape(_xml_safe(t['value']))}</literal>"
                out.append(f"<binding name={quoteattr(v)}>{inner}</binding>")
            out.append("</result>")
        out.append("</results>")
    out.append("</sparql>\n")
    return "".join(out).encode("utf-8")


def _xml_safe(text: str) -> str:
    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "\ufffd", text)


def _csv(answer: Answer) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    if answer.kind == "ask":
        writer.writerow(["_askResult"])
        writer.writerow(["true" if answer.boolean else "false"])
    else:
        writer.writerow(answer.variables)
        writer.writerows([["" if t is None else t.value for t in row] for row in answer.rows])
    return out.getvalue().encode("utf-8")


def _tsv(answer: Answer) -> bytes:
    if answer.kind == "ask":
        return f"?_askResult\n{'true' if answer.boolean else 'false'}\n".encode()
    lines = ["\t".join(f"?{v}" for v in answer.variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in answer.rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def plain(term: Any) -> Any:
    """A term as the text a table shows."""
    if term is None:
        return ""
    return term.value if hasattr(term, "value") else str(term)
