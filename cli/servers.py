"""Commands that write the graph to servers: ``load neo4j`` (Bolt) and ``load sparql`` (Graph Store Protocol)."""

from __future__ import annotations

from typing import Annotated

import typer

from gapgraph.cli.common import (
    DEFAULT_STORE,
    DatabaseOption,
    PasswordOption,
    StoreOption,
    UriOption,
    UserOption,
    app,
    open_graph,
    reported_errors,
    say,
    with_status,
)

load_app = typer.Typer(help="Load the built graph into a graph database or a SPARQL server.", no_args_is_help=True)
app.add_typer(load_app, name="load")


@load_app.command("neo4j")
def load_neo4j(
    uri: UriOption,
    user: UserOption = "neo4j",
    password: PasswordOption = "",
    database: DatabaseOption = None,
    batch_bytes: Annotated[
        int | None,
        typer.Option("--batch-bytes", min=1, help="Largest batch payload in bytes (default: the loader's)."),
    ] = None,
    store_dir: StoreOption = DEFAULT_STORE,
) -> None:
    """Write the graph to Neo4j over Bolt (MERGE in batches; loading again changes nothing)."""
    with reported_errors():
        from gapgraph.stores.bolt import DEFAULT_BATCH_BYTES, BoltLoader, connect

        kg = open_graph(store_dir)
        driver = connect(uri, user, password)
        try:
            loader = BoltLoader(driver, database, batch_bytes or DEFAULT_BATCH_BYTES)
            report = with_status("loading", lambda _: loader.load(kg))
        finally:
            driver.close()
    for note in report.notes:
        say(f"note: {note}", stderr=True)
    say(
        f"loaded {report.nodes} nodes and {report.relationships} relationships in {report.batches} batches "
        f"into {uri} ({report.constraint})"
    )


@load_app.command("sparql")
def load_sparql(
    endpoint: Annotated[str, typer.Option("--endpoint", help="Graph Store URL (Oxigraph: http://HOST:PORT/store).")],
    graph: Annotated[
        str | None, typer.Option("--graph", help="Put the whole graph into this named graph, not the default graph.")
    ] = None,
    store_dir: StoreOption = DEFAULT_STORE,
) -> None:
    """Replace the default graph and each document's named graph on a SPARQL 1.1 server (Graph Store
    HTTP Protocol PUT), as the embedded store holds them; each graph is counted back after the push."""
    with reported_errors():
        from gapgraph.stores.sparql_endpoint import push

        sent = push(open_graph(store_dir), endpoint, graph)
    whole = graph or "default"
    documents = {iri: n for iri, n in sent.items() if iri != whole and n}
    stale = sorted(iri for iri, n in sent.items() if iri != whole and not n)
    say(
        f"replaced the {'default graph' if graph is None else f'graph <{graph}>'} on {endpoint} with {sent[whole]} "
        f"triples, and {len(documents)} document graphs with {sum(documents.values())}"
        + (f"; deleted {len(stale)} stale document graphs: {', '.join(stale)}" if stale else "")
    )
