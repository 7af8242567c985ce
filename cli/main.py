"""The ``gapgraph`` command: a thin layer that calls the loaders, the graph, the queries.

Errors in input are one line on stderr, naming the file and the line, and a non-zero exit; never
a traceback.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from gapgraph.graph import store
from gapgraph.graph.export import FORMATS
from gapgraph.graph.export import export as export_graph
from gapgraph.graph.ids import short_id
from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.graph.validate import validate as validate_graph
from gapgraph.loaders.errors import LoadError
from gapgraph.loaders.neo4j_store import DEFAULT_BATCH_BYTES, BoltError, BoltLoader, connect
from gapgraph.loaders.pipeline import BuildError
from gapgraph.loaders.pipeline import build as build_graph
from gapgraph.loaders.sparql_endpoint import EndpointError, push
from gapgraph.queries.conflicts import conflicts as find_conflicts
from gapgraph.queries.cypher import run as run_cypher
from gapgraph.queries.lookup import find as find_node
from gapgraph.queries.named import BACKENDS, QUERIES, shown
from gapgraph.queries.named import resolve as resolve_arguments
from gapgraph.queries.named import run_cypher as run_named_cypher
from gapgraph.queries.named import run_networkx as run_named_networkx
from gapgraph.queries.named import run_sparql as run_named_sparql
from gapgraph.queries.sparql import Endpoint
from gapgraph.queries.sparql import run as run_sparql
from gapgraph.queries.stats import summary
from gapgraph.queries.tabular import FORMATS as RESULT_FORMATS
from gapgraph.queries.tabular import Result, as_result, cell, render
from gapgraph.viz.maps import Map, ego_map, partners_map, path_map, programme_map
from gapgraph.viz.page import write as write_page
from gapgraph.viz.screenshot import ScreenshotError
from gapgraph.viz.screenshot import screenshot as take_screenshot

app = typer.Typer(
    name="gapgraph",
    help="A knowledge graph of the actors, policies and results of UN joint programmes, with provenance.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
out = Console()
err = Console(stderr=True)

T = TypeVar("T")

StoreOption = Annotated[
    Path,
    typer.Option("--store", envvar="GAPGRAPH_STORE", help="Folder of the built graph.", show_default=True),
]


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one error line and give the exit to raise."""
    err.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


@contextmanager
def reported_errors() -> Iterator[None]:
    """Turn the errors users can cause into one line and an exit code."""
    try:
        yield
    except LoadError as exc:
        raise fail(str(exc), 2) from None
    except store.StoreError as exc:
        raise fail(str(exc), 3) from None
    except BuildError as exc:
        for violation in exc.violations[:20]:
            err.print(f"  {violation}", highlight=False, soft_wrap=True)
        raise fail(str(exc), 4) from None
    except (BoltError, EndpointError) as exc:
        raise fail(str(exc), 5) from None
    except (ValueError, OSError) as exc:
        raise fail(str(exc), 1) from None


def with_status(message: str, work: Callable[[Callable[[str], None]], T]) -> T:
    """Run ``work`` with a spinner that shows its current step (quiet when not a terminal)."""
    if not err.is_terminal:
        return work(lambda _: None)
    with err.status(message) as status:
        return work(lambda step: status.update(f"{message}: {step}"))


@app.command()
def build(
    corpus: Annotated[
        Path,
        typer.Option("--corpus", envvar="GAPGRAPH_CORPUS", help="Folder with manifest.yaml and the documents."),
    ],
    store_dir: StoreOption = store.DEFAULT_STORE,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Do not list warnings.")] = False,
) -> None:
    """Build the graph from every document of CORPUS/manifest.yaml and save it to the store."""
    with reported_errors():
        result = with_status("building", lambda step: build_graph(corpus, step))
        store.save(result.kg, store_dir, result.meta())
    if not quiet:
        for warning in result.warnings:
            err.print(f"[yellow]warning:[/] {warning}", highlight=False, soft_wrap=True)
    out.print(
        f"built {len(result.kg)} nodes, {result.kg.number_of_edges()} edges from {len(result.documents)} documents "
        f"({len(result.warnings)} warnings) into {store_dir}",
        highlight=False,
    )


@app.command()
def stats(
    store_dir: StoreOption = store.DEFAULT_STORE,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")] = False,
) -> None:
    """Counts of nodes by class, edges by relation, and the documents loaded."""
    with reported_errors():
        data = summary(store.load(store_dir))
    if as_json:
        out.print_json(json.dumps(data))
        return
    out.print(f"{data['nodes']} nodes, {data['edges']} edges", highlight=False)
    for title, counts, column in (
        ("Nodes by class", data["classes"], "class"),
        ("Edges by relation", data["relations"], "relation"),
    ):
        table = Table(title=title, title_justify="left")
        table.add_column(column)
        table.add_column("count", justify="right")
        for name, count in counts.items():
            table.add_row(name, str(count))
        out.print(table)
    table = Table(title="Documents loaded", title_justify="left")
    for column in ("id", "kind", "lines", "facts citing it"):
        table.add_column(column, justify="right" if column in ("lines", "facts citing it") else "left")
    for doc in data["documents"]:
        table.add_row(doc["id"], doc["kind"], str(doc["lines"]), str(doc["facts"]))
    out.print(table)


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(FORMATS)}.")],
    out_file: Annotated[Path, typer.Option("--out", "-o", help="File to write.")],
    store_dir: StoreOption = store.DEFAULT_STORE,
) -> None:
    """Write the graph as node-link JSON, Turtle, JSON-LD, N-Triples, GraphML or GEXF."""
    if fmt not in FORMATS:
        raise fail(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}", 2)
    with reported_errors():
        kg = store.load(store_dir)
        export_graph(kg, fmt, out_file)
    out.print(f"wrote {fmt} to {out_file}", highlight=False)


@app.command()
def conflicts(
    store_dir: StoreOption = store.DEFAULT_STORE,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    within: Annotated[
        bool, typer.Option("--within-documents", help="Also list a document contradicting itself.")
    ] = False,
) -> None:
    """Values the documents disagree on: the thing, each value, each source."""
    with reported_errors():
        found = find_conflicts(store.load(store_dir), across_documents=not within)
    if as_json:
        out.print_json(json.dumps([c.__dict__ for c in found]))
        return
    table = Table(title=f"{len(found)} conflicts", title_justify="left", show_lines=True)
    for column in ("thing", "attribute", "value", "sources"):
        table.add_column(column, overflow="fold")
    for conflict in found:
        for index, value in enumerate(conflict.values):
            sources = ", ".join(
                f"{s['doc']}:{s['lines'][0]}" + (f"-{s['lines'][1]}" if s["lines"][1] != s["lines"][0] else "")
                for s in value["sources"]
            )
            printed = ", ".join(p for p in value.get("printed", []) if p != str(value["value"]))
            shown = f"{value['value']} (printed: {printed})" if printed else str(value["value"])
            first = index == 0
            table.add_row(conflict.name if first else "", conflict.attribute if first else "", shown, sources)
    out.print(table)


FormatOption = Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")]


def print_result(result: Result, fmt: str) -> None:
    """Print query answers as a table, CSV or JSON."""
    if fmt == "table":
        table = Table(show_lines=False)
        for column in result.columns:
            table.add_column(column, overflow="fold")
        for row in result.rows:
            table.add_row(*(cell(v) for v in row))
        out.print(table)
        out.print(f"{len(result.rows)} rows", highlight=False)
    else:
        sys.stdout.write(render(result, fmt))


def query_text(query: str) -> str:
    """The query given, or the contents of the file it names."""
    path = Path(query)
    return path.read_text(encoding="utf-8") if len(query) < 4096 and path.is_file() else query


@app.command()
def sparql(
    query: Annotated[str, typer.Argument(help="A SPARQL query, or a file holding one.")],
    store_dir: StoreOption = store.DEFAULT_STORE,
    fmt: FormatOption = "table",
) -> None:
    """Run a SPARQL query on the built graph (embedded Oxigraph); the project's prefixes are declared."""
    if fmt not in RESULT_FORMATS:
        raise fail(f"unknown format {fmt!r}; choose one of {', '.join(RESULT_FORMATS)}", 2)
    with reported_errors():
        result = run_sparql(store.sparql_store(store_dir), query_text(query))
    print_result(result, fmt)


load_app = typer.Typer(help="Load the built graph into a graph database or a SPARQL server.", no_args_is_help=True)
app.add_typer(load_app, name="load")

UriOption = Annotated[str, typer.Option("--uri", envvar="NEO4J_URI", help="bolt://HOST:PORT or neo4j://...")]
UserOption = Annotated[str, typer.Option("--user", envvar="NEO4J_USER", help="User name.")]
PasswordOption = Annotated[str, typer.Option("--password", envvar="NEO4J_PASSWORD", help="Password.")]
DatabaseOption = Annotated[str | None, typer.Option("--database", envvar="NEO4J_DATABASE", help="Database name.")]


@load_app.command("neo4j")
def load_neo4j(
    uri: UriOption,
    user: UserOption = "neo4j",
    password: PasswordOption = "",
    database: DatabaseOption = None,
    batch_bytes: Annotated[
        int, typer.Option("--batch-bytes", help="Largest batch payload in bytes (the default measured fastest).")
    ] = DEFAULT_BATCH_BYTES,
    store_dir: StoreOption = store.DEFAULT_STORE,
) -> None:
    """Write the graph to Neo4j over Bolt (MERGE in batches; loading again changes nothing)."""
    with reported_errors():
        kg = store.load(store_dir)
        driver = connect(uri, user, password)
        try:
            report = with_status("loading", lambda _: BoltLoader(driver, database, batch_bytes).load(kg))
        finally:
            driver.close()
    for note in report.notes:
        err.print(f"note: {note}", highlight=False)
    out.print(
        f"loaded {report.nodes} nodes and {report.relationships} relationships in {report.batches} batches "
        f"into {uri} ({report.constraint})",
        highlight=False,
    )


@load_app.command("sparql")
def load_sparql(
    endpoint: Annotated[str, typer.Option("--endpoint", help="Graph Store URL (Oxigraph: http://HOST:PORT/store).")],
    graph: Annotated[
        str | None, typer.Option("--graph", help="Put the whole graph into this named graph, not the default graph.")
    ] = None,
    store_dir: StoreOption = store.DEFAULT_STORE,
) -> None:
    """Replace the default graph and each document's named graph on a SPARQL 1.1 server (Graph Store
    HTTP Protocol PUT), as the embedded store holds them."""
    with reported_errors():
        sent = push(store.load(store_dir), endpoint, graph)
    whole = graph or "default"
    out.print(
        f"replaced the {'default graph' if graph is None else f'graph <{graph}>'} on {endpoint} with {sent[whole]} "
        f"triples, and {len(sent) - 1} document graphs with {sum(sent.values()) - sent[whole]}",
        highlight=False,
    )


@app.command()
def cypher(
    query: Annotated[str, typer.Argument(help="A Cypher query, or a file holding one.")],
    uri: UriOption,
    user: UserOption = "neo4j",
    password: PasswordOption = "",
    database: DatabaseOption = None,
    fmt: FormatOption = "table",
) -> None:
    """Run a Cypher query on a Bolt server holding the graph."""
    if fmt not in RESULT_FORMATS:
        raise fail(f"unknown format {fmt!r}; choose one of {', '.join(RESULT_FORMATS)}", 2)
    with reported_errors():
        driver = connect(uri, user, password)
        try:
            result = run_cypher(driver, query_text(query), database)
        finally:
            driver.close()
    print_result(result, fmt)


@app.command()
def ask(
    query: Annotated[str, typer.Argument(help=f"The question: {', '.join(QUERIES)}.")],
    names: Annotated[
        list[str] | None,
        typer.Argument(help="What the question is about: actors, places, outcomes... by any of their names."),
    ] = None,
    role: Annotated[str | None, typer.Option("--role", help="partners: only those with this IATI role.")] = None,
    component: Annotated[
        str | None, typer.Option("--component", help="partners: only those met in this engagement or component.")
    ] = None,
    types: Annotated[
        list[str] | None, typer.Option("--types", help="network, brokers, communities: only actors of these classes.")
    ] = None,
    all_paths: Annotated[
        bool, typer.Option("--all", help="path: every simple path up to --max-length, not only the shortest.")
    ] = False,
    max_length: Annotated[int, typer.Option("--max-length", help="path: the longest path, in hops (at most 8).")] = 6,
    limit: Annotated[int, typer.Option("--limit", help="path: at most this many paths.")] = 200,
    backend: Annotated[str, typer.Option("--backend", help="networkx, sparql or neo4j.")] = "networkx",
    show_query: Annotated[
        str | None, typer.Option("--show-query", help="Print the sparql or cypher query with its values, and stop.")
    ] = None,
    fmt: FormatOption = "table",
    store_dir: StoreOption = store.DEFAULT_STORE,
    uri: Annotated[str | None, typer.Option("--uri", envvar="NEO4J_URI", help="Bolt URI (neo4j backend).")] = None,
    user: UserOption = "neo4j",
    password: PasswordOption = "",
    database: DatabaseOption = None,
    endpoint: Annotated[
        str | None,
        typer.Option("--endpoint", help="sparql backend: a SPARQL 1.1 query URL, e.g. Fuseki's /ds/query."),
    ] = None,
) -> None:
    """Ask a named question of the graph; the same answer from networkx, SPARQL or Neo4j.

    Questions: partners ACTOR, shared-partners A B, network, brokers, communities, profile ACTOR,
    sources NODE, path START GOAL, results [OUTCOME|OUTPUT], funding, where PLACE.
    """
    named = QUERIES.get(query)
    if named is None:
        raise fail(f"unknown question {query!r}; ask one of: {', '.join(QUERIES)}", 2)
    if backend not in BACKENDS or fmt not in RESULT_FORMATS:
        raise fail(f"choose --backend from {', '.join(BACKENDS)} and --format from {', '.join(RESULT_FORMATS)}", 2)
    if endpoint and backend != "sparql":
        raise fail("--endpoint goes with --backend sparql", 2)
    with reported_errors():
        kg = store.load(store_dir)
        try:
            arguments = resolve_arguments(named, kg, names or [])
            options = {
                "role": role,
                "component": find_node(kg, component) if component else None,
                "types": check_classes(kg, types),
                "all_paths": all_paths,
                "max_length": max_length,
                "limit": limit,
            }
        except LookupError as exc:
            raise fail(str(exc), 6) from None
        except ValueError as exc:
            raise fail(str(exc), 2) from None
        if show_query:
            if show_query not in ("sparql", "cypher"):
                raise fail("--show-query takes sparql or cypher", 2)
            sys.stdout.write(shown(named, show_query, arguments))
            return
        try:
            if backend == "networkx":
                rows = run_named_networkx(named, kg, arguments, **options)
            elif backend == "sparql":
                target = Endpoint(endpoint) if endpoint else store.sparql_store(store_dir)
                rows = run_named_sparql(named, target, arguments, **options)
            else:
                if not uri:
                    raise fail("the neo4j backend needs --uri (or NEO4J_URI)", 2)
                driver = connect(uri, user, password)
                try:
                    rows = run_named_cypher(named, driver, arguments, database, **options)
                finally:
                    driver.close()
        except ValueError as exc:
            raise fail(str(exc), 2) from None
    result = as_result(rows)
    if fmt == "table":
        if not result.rows:
            err.print("no answer", highlight=False)
            return
        result = readable(result)
    print_result(result, fmt)


def readable(result: Result, spans: int = 3) -> Result:
    """A narrower table for the terminal: id columns that sit beside a name column are left out, other
    ids shortened, and long source lists cut to their first spans (CSV and JSON keep everything)."""
    names = set(result.columns)
    keep = [
        i
        for i, c in enumerate(result.columns)
        if not (f"{c}_name" in names or (c in ("partner", "thing", "actor", "node") and "name" in names))
    ]

    def short(column: str, value: Any) -> Any:
        if column == "sources" and isinstance(value, tuple | list) and len(value) > spans:
            return [*value[:spans], f"(+{len(value) - spans} more)"]
        return short_id(value) if isinstance(value, str) else value

    columns = [result.columns[i] for i in keep]
    return Result(columns, [[short(result.columns[i], row[i]) for i in keep] for row in result.rows])


def check_classes(kg: KnowledgeGraph, types: list[str] | None) -> list[str] | None:
    """The class names given to --types, checked against the ontology."""
    unknown = [t for t in types or [] if t not in kg.schema.classes]
    if unknown:
        raise ValueError(f"unknown class {', '.join(unknown)}; classes are: {', '.join(sorted(kg.schema.classes))}")
    return types or None


map_app = typer.Typer(
    help="Write an interactive HTML map (one offline file), and a PNG if asked.", no_args_is_help=True
)
app.add_typer(map_app, name="map")

OutOption = Annotated[Path, typer.Option("--out", help="The HTML file to write.")]
PngOption = Annotated[
    Path | None, typer.Option("--png", help="Also write a PNG picture (headless Chromium, after drawing).")
]


def draw(build_map: Callable[[KnowledgeGraph], Map], out: Path, png: Path | None, store_dir: Path) -> None:
    """Build a map from the stored graph, write the page (and the picture), say where."""
    with reported_errors():
        kg = store.load(store_dir)
        try:
            drawn = build_map(kg)
        except LookupError as exc:
            raise fail(str(exc), 6) from None
        except ValueError as exc:
            raise fail(str(exc), 2) from None
        if not drawn.nodes:
            raise fail(f"nothing to draw: {drawn.title}", 4)
        write_page(drawn, store.meta(store_dir), out)
        if png is not None:
            try:
                with_status("drawing the picture", lambda _: take_screenshot(out, png))
            except ScreenshotError as exc:
                raise fail(str(exc), 5) from None
    pictured = f" and {png}" if png else ""
    err.print(f"wrote {out}{pictured}: {len(drawn.nodes)} nodes, {len(drawn.edges)} edges", highlight=False)


@map_app.command("partners")
def map_partners(
    types: Annotated[list[str] | None, typer.Option("--types", help="Only actors of these classes.")] = None,
    out: OutOption = Path("partners.html"),
    png: PngOption = None,
    store_dir: StoreOption = store.DEFAULT_STORE,
) -> None:
    """The partnership network: actors linked by what they share, sized by betweenness."""

    def build(kg: KnowledgeGraph) -> Map:
        return partners_map(kg, check_classes(kg, types))

    draw(build, out, png, store_dir)


@map_app.command("ego")
def map_ego(
    name: Annotated[str, typer.Argument(help="An actor (or any node), by any of its names.")],
    depth: Annotated[int, typer.Option("--depth", help="How many hops around it.")] = 2,
    out: OutOption = Path("ego.html"),
    png: PngOption = None,
    store_dir: StoreOption = store.DEFAULT_STORE,
) -> None:
    """An actor's neighbourhood."""
    draw(lambda kg: ego_map(kg, find_node(kg, name), depth), out, png, store_dir)


@map_app.command("path")
def map_path(
    start: Annotated[str, typer.Argument(help="An actor, product, pilot or law.")],
    goal: Annotated[str, typer.Argument(help="An output, outcome or SDG target.")],
    all_paths: Annotated[bool, typer.Option("--all", help="Every simple path, not only the shortest.")] = False,
    max_length: Annotated[int, typer.Option("--max-length", help="The longest path, in hops (at most 8).")] = 6,
    out: OutOption = Path("path.html"),
    png: PngOption = None,
    store_dir: StoreOption = store.DEFAULT_STORE,
) -> None:
    """Contribution paths, the chain laid out left to right."""

    def build(kg: KnowledgeGraph) -> Map:
        arguments = resolve_arguments(QUERIES["path"], kg, [start, goal])
        return path_map(kg, arguments["start"] or "", arguments["goal"] or "", all_paths, max_length)

    draw(build, out, png, store_dir)


@map_app.command("programme")
def map_programme(
    name: Annotated[
        str | None, typer.Argument(help="A programme (the one with most participants if left out).")
    ] = None,
    out: OutOption = Path("programme.html"),
    png: PngOption = None,
    store_dir: StoreOption = store.DEFAULT_STORE,
) -> None:
    """A programme whole: agencies, components, outcomes, outputs, SDG targets, partners."""
    draw(lambda kg: programme_map(kg, find_node(kg, name, ("Programme",)) if name else None), out, png, store_dir)


@app.command()
def validate(store_dir: StoreOption = store.DEFAULT_STORE) -> None:
    """Check the graph against the SHACL shapes and the pydantic models of the ontology."""
    with reported_errors():
        kg = store.load(store_dir)
        violations = with_status("validating", lambda _: validate_graph(kg))
    if violations:
        for violation in violations:
            err.print(str(violation), highlight=False, soft_wrap=True)
        raise fail(f"{len(violations)} violations", 1)
    out.print(
        f"valid: {len(kg)} nodes and {kg.number_of_edges()} edges conform to the shapes and models", highlight=False
    )


def main() -> None:
    """Entry point of the console script."""
    logging.getLogger("neo4j").setLevel(logging.CRITICAL)  # its own log lines would precede our one-line errors
    if not sys.stdout.isatty():
        os.environ.setdefault("COLUMNS", "120")  # tables piped to a file are not cut at 80 columns
    app()


if __name__ == "__main__":
    main()
