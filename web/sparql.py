"""The read-only SPARQL 1.1 Protocol endpoint of the workbench, over the embedded Oxigraph store.

Queries only: an update is refused, and so is ``SERVICE`` (the endpoint never makes a request on a
caller's behalf). Each query has a time limit and a row limit; hitting one is a clear error, never a
silently cut answer. The project's prefixes are predeclared (as pyoxigraph ``prefixes``, so the
line numbers of syntax errors are the caller's own).

The ``SERVICE`` check is the one every caller of the embedded engine uses
(:func:`gapgraph.queries.sparql.uses_service`), here always with federation off.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import queue
import re
import threading
import time
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from gapgraph.ontology.namespaces import PREFIXES
from gapgraph.queries.sparql import uses_service

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


@dataclass
class Answer:
    """What a query gave: ``kind`` is ``select``, ``ask`` or ``graph``."""

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[list[Any]] = field(default_factory=list)
    boolean: bool = False
    triples: list[Any] = field(default_factory=list)
    seconds: float = 0.0


def _term_data(term: Any) -> tuple | None:
    """A term as plain data that crosses a process boundary."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return ("uri", term.value)
    if isinstance(term, ox.BlankNode):
        return ("bnode", term.value)
    if isinstance(term, ox.Literal):
        return ("literal", term.value, term.datatype.value, term.language)
    return ("literal", str(term), "http://www.w3.org/2001/XMLSchema#string", None)


def _term(data: tuple | None) -> Any:
    if data is None:
        return None
    if data[0] == "uri":
        return ox.NamedNode(data[1])
    if data[0] == "bnode":
        return ox.BlankNode(data[1])
    if data[3]:
        return ox.Literal(data[1], language=data[3])
    return ox.Literal(data[1], datatype=ox.NamedNode(data[2]))


def evaluate(store: ox.Store, query: str, row_limit: int) -> tuple:
    """The answer as plain data: ``("ask", bool)``, ``("select", variables, rows)``,
    ``("graph", triples)``, or ``("refused", message, status)``."""
    prefixes = {name: str(ns) for name, ns in PREFIXES.items()}
    try:
        result = store.query(query, prefixes=prefixes)
        if isinstance(result, ox.QueryBoolean):
            return ("ask", bool(result))
        select = isinstance(result, ox.QuerySolutions)
        variables = [v.value for v in result.variables] if select else []
        collected: list = []
        for item in result:
            if len(collected) >= row_limit:
                unit = "rows" if select else "triples"
                return ("refused", f"the answer has more than {row_limit} {unit} (the row limit): add a LIMIT", 413)
            if select:
                collected.append([_term_data(item[v]) for v in variables])
            else:
                collected.append([_term_data(item.subject), _term_data(item.predicate), _term_data(item.object)])
    except SyntaxError as exc:
        return ("refused", f"SPARQL syntax error: {exc}", 400)
    except OSError as exc:
        return ("refused", f"the query failed: {exc}", 400)
    return ("select", variables, collected) if select else ("graph", collected)


def _worker(path: str, connection: Any) -> None:
    """A query process: opens the store read-only, answers queries until told to stop."""
    store = ox.Store.read_only(path)
    connection.send("ready")
    while True:
        try:
            message = connection.recv()
        except EOFError:
            return
        if message is None:
            return
        connection.send(evaluate(store, message[0], message[1]))


class _Process:
    """One query process and the pipe to it."""

    def __init__(self, context: Any, path: str) -> None:
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_worker, args=(path, child), daemon=True)
        self.process.start()
        child.close()
        if not self.connection.poll(60) or self.connection.recv() != "ready":
            self.kill()
            raise QueryRefused("the SPARQL store could not be opened", 500)

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.connection.close()


class Endpoint:
    """Runs queries on the store at ``path``, in worker processes: a query over the time limit is
    stopped by ending its process (pyoxigraph cannot cancel a query, and holds the interpreter while
    it computes), and a fresh process takes its place."""

    def __init__(
        self, path: Any, time_limit_s: float = TIME_LIMIT_S, row_limit: int = ROW_LIMIT, workers: int = 2
    ) -> None:
        import multiprocessing

        self.path = str(path)
        self.time_limit_s = time_limit_s
        self.row_limit = row_limit
        self._context = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[_Process] = queue.Queue()
        self._all: list[_Process] = []
        self._lock = threading.Lock()
        self._workers = workers
        self._started = 0

    def _take(self) -> _Process:
        with self._lock:
            if self._idle.empty() and self._started < self._workers:
                self._started += 1
                try:
                    worker = _Process(self._context, self.path)
                except BaseException:
                    self._started -= 1
                    raise
                self._all.append(worker)
                return worker
        return self._idle.get()

    def close(self) -> None:
        for worker in self._all:
            with contextlib.suppress(OSError):
                worker.connection.send(None)
            worker.kill()
        self._all.clear()

    def run(self, query: str) -> Answer:
        """The answer to ``query``; :class:`QueryRefused` with a clear message otherwise."""
        if not query.strip():
            raise QueryRefused("no query given: send it as the `query` parameter")
        if uses_service(query):
            raise QueryRefused("SERVICE is not allowed: this endpoint never sends requests to other servers")
        started = time.perf_counter()
        worker = self._take()
        try:
            worker.connection.send((query, self.row_limit))
            if not worker.connection.poll(self.time_limit_s):
                raise TimeoutError
            data = worker.connection.recv()
        except (TimeoutError, EOFError, OSError):
            worker.kill()
            with self._lock:
                self._all.remove(worker)
                self._started -= 1
            raise QueryRefused(
                f"the query ran over the time limit of {self.time_limit_s:g} s: narrow it or add a LIMIT", 503
            ) from None
        self._idle.put(worker)
        seconds = time.perf_counter() - started
        if data[0] == "refused":
            raise QueryRefused(data[1], data[2])
        if data[0] == "ask":
            return Answer("ask", boolean=data[1], seconds=seconds)
        if data[0] == "select":
            return Answer("select", data[1], [[_term(t) for t in row] for row in data[2]], seconds=seconds)
        triples = [ox.Triple(_term(s), _term(p), _term(o)) for s, p, o in data[1]]
        return Answer("graph", triples=triples, seconds=seconds)


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
