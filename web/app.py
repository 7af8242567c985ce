"""``gapgraph serve``: the analyst's workbench, a Starlette application over one store.

Pages are rendered on the server by Jinja2 with autoescaping on; the only scripts are the app's own
files (no inline script, no CDN), which a Content-Security-Policy enforces. Routes:

- ``/`` and ``/search?q=``: the search box, results grouped by class; ``/api/names?q=`` for autocomplete;
- ``/node?id=IRI``: a node's facts by facet with their evidence, its timeline, its 1-hop map;
- ``/doc/<id>#L54-L60``: a document's text with line numbers, the cited lines highlighted;
- ``/questions`` and ``/ask/<question>``: each named question as a form, its answer, CSV and XLSX;
- ``/conflicts``; ``/query`` (a SPARQL page) and ``/sparql`` (the read-only SPARQL 1.1 Protocol endpoint).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode

import jinja2
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from gapgraph.graph.ids import short_id
from gapgraph.ontology.namespaces import PREFIXES
from gapgraph.queries.conflicts import conflicts as find_conflicts
from gapgraph.queries.lookup import NameLookupError, find
from gapgraph.queries.named import QUERIES, NamedQuery, run_networkx, usage
from gapgraph.queries.named import resolve as resolve_arguments
from gapgraph.queries.tabular import Result, as_result, cell
from gapgraph.viz import page as map_page
from gapgraph.viz.maps import Map, ego_map, path_map, trimmed
from gapgraph.web import downloads
from gapgraph.web.sparql import QueryRefused, negotiate, plain, serialise
from gapgraph.web.workbench import Workbench, evidence, node_url

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
"""Only the app's own scripts and styles; no request to any other host; no inline script."""

STATIC = Path(__file__).parent / "static"
TEMPLATES = Path(__file__).parent / "templates"
MAP_LIMIT = 300
"""The most nodes a page's map draws (a hub's 1-hop map on a large graph is cut to its best cited)."""
OPTIONS = {
    "path": ("all_paths", "max_length"),
    "partners": ("role", "component"),
}


def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True, undefined=jinja2.StrictUndefined
    )
    environment.globals.update(node_url=node_url, evidence=evidence, short_id=short_id, cell=cell)
    return environment


class App:
    """The routes over one :class:`Workbench`."""

    def __init__(self, bench: Workbench) -> None:
        self.bench = bench
        self.templates = _environment()

    def html(self, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        page = self.templates.get_template(template).render(meta=self.bench.meta, **context)
        return HTMLResponse(page, status_code=status)

    def error(self, message: str, status: int) -> HTMLResponse:
        return self.html("error.html", status=status, title="Not found" if status == 404 else "Error", message=message)

    # -- pages ------------------------------------------------------------------------------

    def home(self, request: Request) -> Response:
        kg = self.bench.kg
        return self.html(
            "home.html",
            title="gapgraph",
            nodes=len(kg),
            edges=kg.number_of_edges(),
            documents=list(self.bench.documents.values()),
            questions=QUERIES,
        )

    def search(self, request: Request) -> Response:
        text = request.query_params.get("q", "")
        groups = self.bench.index.grouped(text) if text.strip() else {}
        return self.html(
            "search.html", title=f"Search: {text}", q=text, groups=groups, count=sum(len(g) for g in groups.values())
        )

    def names(self, request: Request) -> Response:
        hits = self.bench.index.search(request.query_params.get("q", ""), limit=20)
        return JSONResponse([{"name": h.name, "matched": h.matched, "class": h.cls, "id": h.id} for h in hits])

    def node(self, request: Request) -> Response:
        node = request.query_params.get("id", "")
        kg = self.bench.kg
        if not kg.has_node(node):
            return self.error(f"no node {node!r} in the graph", 404)
        data = kg.node(node)
        direct = request.query_params.get("direct") in ("1", "on", "true")
        drawn = trimmed(ego_map(kg, node, 1, direct=direct), MAP_LIMIT)
        return self.html(
            "node.html",
            title=data["name"],
            node=node,
            data=data,
            facets=self.bench.facets(node),
            timeline=self.bench.timeline(node),
            sources=[evidence(str(s)) for s in data["sources"]],
            direct=direct,
            map_data=map_page.script_json(drawn) if len(drawn.nodes) > 1 else None,
            map_size=(len(drawn.nodes), len(drawn.edges)),
            map_title=drawn.title,
        )

    def document(self, request: Request) -> Response:
        doc = request.path_params["doc"]
        entry = self.bench.document(doc)
        lines = self.bench.lines(doc) if entry else None
        if entry is None:
            return self.error(f"no document {doc!r} in this store", 404)
        if lines is None:
            return self.error(f"the store keeps no text of {doc!r}: build it again with this version", 404)
        return self.html("doc.html", title=str(entry.get("title") or doc), doc=doc, entry=entry, lines=lines)

    def questions(self, request: Request) -> Response:
        return self.html("questions.html", title="Questions", questions=QUERIES, usage=usage)

    def ask(self, request: Request) -> Response:
        name = request.path_params["question"]
        query = QUERIES.get(name)
        if query is None:
            return self.error(f"no question {name!r}", 404)
        params = request.query_params
        names = [params.get(p.name, "").strip() for p in query.parameters]
        asked = any(names) or "go" in params or not query.parameters
        context: dict[str, Any] = {
            "title": f"ask {name}",
            "query": query,
            "names": names,
            "params": params,
            "options": OPTIONS.get(name, ()),
            "result": None,
            "message": None,
            "map_data": None,
            "downloads": None,
        }
        if asked:
            try:
                result, drawn = self._answer(query, [n for n in names if n], params)
            except (NameLookupError, ValueError) as exc:
                context["message"] = str(exc)
                return self.html("question.html", status=400, **context)
            fmt = params.get("download")
            if fmt == "csv":
                return Response(
                    downloads.csv_bytes(result),
                    media_type="text/csv; charset=utf-8",
                    headers=downloads.attachment(f"{name}.csv"),
                )
            if fmt == "xlsx":
                return Response(
                    downloads.xlsx(result, name),
                    media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    headers=downloads.attachment(f"{name}.xlsx"),
                )
            base = [(k, v) for k, v in params.multi_items() if k != "download"]
            context |= {
                "result": result,
                "map_data": map_page.script_json(drawn) if drawn is not None and drawn.nodes else None,
                "downloads": {f: f"/ask/{name}?" + urlencode([*base, ("download", f)]) for f in ("csv", "xlsx")},
            }
        return self.html("question.html", **context)

    def _answer(self, query: NamedQuery, names: list[str], params: Any) -> tuple[Result, Map | None]:
        kg = self.bench.kg
        arguments = resolve_arguments(query, kg, names)
        options: dict[str, Any] = {
            "role": params.get("role") or None,
            "component": None,
            "all_paths": params.get("all_paths") in ("1", "on"),
            "max_length": min(int(params.get("max_length") or 6), 8),
            "limit": 200,
            "types": None,
        }
        if params.get("component"):
            options["component"] = find(kg, params["component"])
        rows = run_networkx(query, kg, arguments, **options)
        drawn: Map | None = None
        if query.name == "path" and rows:
            drawn = path_map(
                kg, arguments["start"] or "", arguments["goal"] or "", options["all_paths"], options["max_length"]
            )
        elif query.name in ("partners", "profile") and (arguments.get("actor") or arguments.get("node")):
            centre = arguments.get("actor") or arguments.get("node") or ""
            drawn = trimmed(ego_map(kg, centre, 1, direct=query.name == "partners"), MAP_LIMIT)
        elif query.name == "where" and arguments.get("place"):
            drawn = trimmed(ego_map(kg, arguments["place"] or "", 1), MAP_LIMIT)
        return as_result(rows), drawn

    def conflicts(self, request: Request) -> Response:
        found = find_conflicts(self.bench.kg)
        return self.html("conflicts.html", title="Conflicts", conflicts=found)

    def query_page(self, request: Request) -> Response:
        text = request.query_params.get("query", "")
        context: dict[str, Any] = {
            "title": "SPARQL",
            "text": text,
            "prefixes": PREFIXES,
            "answer": None,
            "message": None,
            "links": None,
        }
        if text.strip():
            try:
                context["answer"] = self.bench.query(text)
            except QueryRefused as exc:
                context["message"] = str(exc)
                return self.html("query.html", status=exc.status, plain=plain, **context)
            context["links"] = {
                f: "/sparql?" + urlencode({"query": text, "format": f}) for f in ("csv", "json", "tsv", "xml")
            }
        return self.html("query.html", plain=plain, **context)

    # -- the SPARQL 1.1 Protocol --------------------------------------------------------------

    async def sparql(self, request: Request) -> Response:
        params = dict(request.query_params)
        if request.method == "POST":
            body = (await request.body()).decode("utf-8", "replace")
            kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
            if kind == "application/sparql-query":
                params["query"] = body
            elif kind == "application/x-www-form-urlencoded":
                params |= {k: v[0] for k, v in parse_qs(body, keep_blank_values=True).items()}
            elif kind == "application/sparql-update":
                return _refusal("this endpoint is read-only: SPARQL Update is not accepted", 403)
            else:
                return _refusal(f"send the query as application/sparql-query or a form, not {kind!r}", 415)
        if "update" in params:
            return _refusal("this endpoint is read-only: SPARQL Update is not accepted", 403)
        if "query" not in params:
            return RedirectResponse("/query", status_code=303)
        try:
            answer = await run_in_threadpool(self.bench.query, params["query"])
            media = negotiate(request.headers.get("accept", ""), params.get("format"), answer.kind)
            body_bytes = await run_in_threadpool(serialise, answer, media)
        except QueryRefused as exc:
            return _refusal(str(exc), exc.status)
        charset = "; charset=utf-8" if media.startswith("text/") or media.endswith("json") else ""
        return Response(body_bytes, media_type=media + charset, headers={"X-Query-Seconds": f"{answer.seconds:.4f}"})

    # -- files ------------------------------------------------------------------------------

    def static(self, request: Request) -> Response:
        name = request.path_params["name"]
        files = {p.name: p for p in STATIC.iterdir() if p.is_file()} | map_page.vis_files()
        if name == "map.js":
            return Response(map_page.map_script(), media_type="text/javascript; charset=utf-8")
        if name not in files:
            return Response("not found", status_code=404, media_type="text/plain")
        return FileResponse(files[name], headers={"Cache-Control": "max-age=3600"})


def _refusal(message: str, status: int) -> Response:
    return Response(message + "\n", status_code=status, media_type="text/plain; charset=utf-8")


class SecurityHeaders:
    """ASGI middleware: the CSP and a few safe defaults on every response, and the time it took."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()

        async def wrapped(message: dict) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [
                    (b"content-security-policy", CSP.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"server-timing", f"app;dur={(time.perf_counter() - started) * 1000:.1f}".encode()),
                ]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, wrapped)


def create_app(store_dir: Path, time_limit_s: float = 10.0, row_limit: int = 10_000) -> Any:
    """The ASGI application serving the store at ``store_dir``."""
    bench = Workbench(Path(store_dir), time_limit_s, row_limit)
    app = App(bench)
    routes = [
        Route("/", app.home),
        Route("/search", app.search),
        Route("/api/names", app.names),
        Route("/node", app.node),
        Route("/doc/{doc}", app.document),
        Route("/questions", app.questions),
        Route("/ask/{question}", app.ask),
        Route("/conflicts", app.conflicts),
        Route("/query", app.query_page),
        Route("/sparql", app.sparql, methods=["GET", "POST"]),
        Route("/static/{name}", app.static),
    ]

    @contextlib.asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        yield
        bench.close()

    starlette = Starlette(routes=routes, lifespan=lifespan)
    starlette.state.bench = bench
    return SecurityHeaders(starlette)
