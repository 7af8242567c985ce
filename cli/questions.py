"""Commands that ask the graph: the named questions (``ask``), SPARQL and Cypher."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from gapgraph.cli.common import (
    DEFAULT_STORE,
    DatabaseOption,
    FormatOption,
    PasswordOption,
    StoreOption,
    UriOption,
    UserOption,
    app,
    bolt_uri,
    check_choice,
    fail,
    open_graph,
    print_result,
    query_text,
    readable,
    reported_errors,
    say,
)
from gapgraph.queries import BACKENDS, QUESTIONS, RESULT_FORMATS


@app.command()
def sparql(
    query: Annotated[str, typer.Argument(help="A SPARQL query, or a file holding one.")],
    store_dir: StoreOption = DEFAULT_STORE,
    fmt: FormatOption = "table",
    allow_service: Annotated[
        bool,
        typer.Option("--allow-service", help="Let SERVICE clauses fetch data from other servers (federation)."),
    ] = False,
) -> None:
    """Run a SPARQL query on the built graph (embedded Oxigraph); the project's prefixes are declared.

    A query with SERVICE is refused unless --allow-service is given: it makes the engine send
    requests to the servers it names."""
    check_choice(fmt, RESULT_FORMATS, "format")
    with reported_errors():
        from gapgraph.queries.sparql import check_federation, run
        from gapgraph.stores.folder import sparql_store

        text = query_text(query)
        check_federation(text, allow_service)
        result = run(sparql_store(store_dir), text, allow_service=allow_service)
    print_result(result, fmt)


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
    check_choice(fmt, RESULT_FORMATS, "format")
    with reported_errors():
        from gapgraph.queries.cypher import run
        from gapgraph.stores.bolt import connect

        driver = connect(uri, user, password)
        try:
            result = run(driver, query_text(query), database)
        finally:
            driver.close()
    print_result(result, fmt)


@app.command()
def ask(
    query: Annotated[str, typer.Argument(help=f"The question: {', '.join(QUESTIONS)}.")],
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
    max_length: Annotated[
        int, typer.Option("--max-length", min=1, help="path: the longest path, in hops (at most 8).")
    ] = 6,
    limit: Annotated[int, typer.Option("--limit", min=1, help="path: at most this many paths.")] = 200,
    direct: Annotated[
        bool,
        typer.Option(
            "--direct", help="partners, shared-partners, network, brokers, communities: stated collaborations only."
        ),
    ] = False,
    via_programme: Annotated[
        bool,
        typer.Option("--via-programme", help="path: also paths through the programme hub, after the results chain."),
    ] = False,
    backend: Annotated[str, typer.Option("--backend", help="networkx, sparql or neo4j.")] = "networkx",
    show_query: Annotated[
        str | None, typer.Option("--show-query", help="Print the sparql or cypher query with its values, and stop.")
    ] = None,
    fmt: FormatOption = "table",
    store_dir: StoreOption = DEFAULT_STORE,
    uri: Annotated[
        str | None, typer.Option("--uri", envvar="NEO4J_URI", callback=bolt_uri, help="Bolt URI (neo4j backend).")
    ] = None,
    user: UserOption = "neo4j",
    password: PasswordOption = "",
    database: DatabaseOption = None,
    endpoint: Annotated[
        str | None,
        typer.Option("--endpoint", help="sparql backend: a SPARQL 1.1 query URL, e.g. Fuseki's /ds/query."),
    ] = None,
) -> None:
    """Ask a named question of the graph; the same answer from networkx, SPARQL or Neo4j.

    Questions: partners ACTOR, shared-partners A B, network, brokers, communities, profile NODE,
    sources NODE, path START GOAL, results [OUTCOME|OUTPUT], funding, where PLACE.
    """
    check_choice(query, QUESTIONS, "question")
    if backend not in BACKENDS or fmt not in RESULT_FORMATS:
        raise fail(f"choose --backend from {', '.join(BACKENDS)} and --format from {', '.join(RESULT_FORMATS)}", 2)
    if show_query is not None and show_query not in ("sparql", "cypher"):
        raise fail("--show-query takes sparql or cypher", 2)
    if endpoint and backend != "sparql":
        raise fail("--endpoint goes with --backend sparql", 2)
    if backend == "neo4j" and not uri and not show_query:
        raise fail("the neo4j backend needs --uri (or NEO4J_URI)", 2)
    options = {
        "role": role,
        "component": component,
        "types": types,
        "all_paths": all_paths,
        "max_length": max_length,
        "limit": limit,
        "direct": direct,
        "via_programme": via_programme,
    }
    with reported_errors():
        kg = open_graph(store_dir)
        try:
            if show_query:
                sys.stdout.write(kg.show_query(query, show_query, *(names or [])))
                return
            if backend == "neo4j":
                from gapgraph.stores.bolt import connect

                driver = connect(uri or "", user, password)
                try:
                    rows = kg.ask(query, *(names or []), backend=backend, driver=driver, database=database, **options)
                finally:
                    driver.close()
            else:
                rows = kg.ask(query, *(names or []), backend=backend, endpoint=endpoint, **options)
        except ValueError as exc:
            raise fail(str(exc), 2) from None
    result = rows.table()
    if fmt == "table":
        if not result.rows:
            say("no answer", stderr=True)
            return
        result = readable(result)
    print_result(result, fmt)
