"""Commands on the graph itself: build, stats, export, validate, conflicts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from gapgraph.cli.common import (
    DEFAULT_STORE,
    StoreOption,
    app,
    console,
    fail,
    open_graph,
    reported_errors,
    say,
    warn,
    with_status,
)
from gapgraph.stores import EXPORT_FORMATS


@app.command()
def build(
    corpus: Annotated[
        Path,
        typer.Option("--corpus", envvar="GAPGRAPH_CORPUS", help="Folder with manifest.yaml and the documents."),
    ],
    store_dir: StoreOption = DEFAULT_STORE,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Do not list warnings.")] = False,
    force: Annotated[
        bool,
        typer.Option(
            "--force", help="Replace the --store folder even if it is not a gapgraph store (never the corpus)."
        ),
    ] = False,
    registry: Annotated[
        list[Path] | None,
        typer.Option(
            "--registry",
            help="A programme registry (YAML) to apply besides the base registry; repeatable. "
            "Default: the files GAPGRAPH_REGISTRY lists (os.pathsep-separated).",
        ),
    ] = None,
) -> None:
    """Build the graph from every document of CORPUS/manifest.yaml and save it to the store.

    Only a gapgraph store is replaced: a file, a folder with other things in it (unless --force),
    the corpus or a folder holding it or inside it are refused before anything is read."""
    from gapgraph.facade import build as build_graph
    from gapgraph.stores.folder import check_target

    with reported_errors():
        check_target(store_dir, corpus, force)
        kg = with_status("building", lambda step: build_graph(corpus, registry or (), progress=step))
        kg.save(store_dir, corpus=corpus, force=force)
    if not quiet:
        for warning in kg.warnings:
            warn("warning", warning)
    say(
        f"built {len(kg)} nodes, {kg.number_of_edges()} edges from {len(kg.meta.get('documents', []))} documents "
        f"({len(kg.warnings)} warnings) into {store_dir}"
    )


@app.command()
def stats(
    store_dir: StoreOption = DEFAULT_STORE,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")] = False,
) -> None:
    """Counts of nodes by class, edges by relation, and the documents loaded."""
    with reported_errors():
        data = open_graph(store_dir).stats()
    if as_json:
        console().print_json(json.dumps(data))
        return
    from rich.table import Table
    from rich.text import Text

    say(f"{data['nodes']} nodes, {data['edges']} edges")
    for title, counts, column in (
        ("Nodes by class", data["classes"], "class"),
        ("Edges by relation", data["relations"], "relation"),
    ):
        table = Table(title=title, title_justify="left")
        table.add_column(column)
        table.add_column("count", justify="right")
        for name, count in counts.items():
            table.add_row(Text(name), str(count))
        console().print(table)
    table = Table(title="Documents loaded", title_justify="left")
    for column in ("id", "kind", "lines", "facts citing it"):
        table.add_column(column, justify="right" if column in ("lines", "facts citing it") else "left")
    for doc in data["documents"]:
        table.add_row(Text(doc["id"]), Text(doc["kind"]), str(doc["lines"]), str(doc["facts"]))
    console().print(table)


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(EXPORT_FORMATS)}.")],
    out_file: Annotated[Path, typer.Option("--out", "-o", help="File to write.")],
    store_dir: StoreOption = DEFAULT_STORE,
) -> None:
    """Write the graph as node-link JSON, Turtle, JSON-LD, N-Triples, GraphML or GEXF."""
    if fmt not in EXPORT_FORMATS:
        raise fail(f"unknown format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}", 2)
    with reported_errors():
        open_graph(store_dir).export(fmt, out_file)
    say(f"wrote {fmt} to {out_file}")


@app.command()
def conflicts(
    store_dir: StoreOption = DEFAULT_STORE,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    within: Annotated[
        bool, typer.Option("--within-documents", help="Also list a document contradicting itself.")
    ] = False,
) -> None:
    """Values the documents disagree on: the thing, each value, each source."""
    with reported_errors():
        found = open_graph(store_dir).conflicts(across_documents=not within)
    if as_json:
        console().print_json(json.dumps([c.__dict__ for c in found]))
        return
    from rich.table import Table
    from rich.text import Text

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
            attribute = f"{conflict.attribute} ({conflict.severity})"
            cells = (conflict.name if first else "", attribute if first else "", shown, sources)
            table.add_row(*(Text(c) for c in cells))
    console().print(table)


@app.command()
def validate(store_dir: StoreOption = DEFAULT_STORE) -> None:
    """Check the graph against the SHACL shapes and the pydantic models of the ontology."""
    with reported_errors():
        kg = open_graph(store_dir)
        violations = with_status("validating", lambda _: kg.validate())
    if violations:
        for violation in violations:
            say(str(violation), stderr=True)
        raise fail(f"{len(violations)} violations", 1)
    say(f"valid: {len(kg)} nodes and {kg.number_of_edges()} edges conform to the shapes and models")
