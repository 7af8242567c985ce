"""``gapgraph serve``: the analyst's workbench, a local web application over the store."""

from __future__ import annotations

from typing import Annotated

import typer

from gapgraph.cli.common import DEFAULT_STORE, StoreOption, app, reported_errors, say


@app.command()
def serve(
    store_dir: StoreOption = DEFAULT_STORE,
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on; 0.0.0.0 exposes the graph to your network.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """Serve the analyst's workbench: search, node pages, evidence, questions, SPARQL (read-only)."""
    import uvicorn

    from gapgraph.web.app import create_app

    with reported_errors():
        application = create_app(store_dir)
    say(f"serving {store_dir} at http://{host}:{port}/ (Ctrl-C stops)", stderr=True)
    uvicorn.run(application, host=host, port=port, log_level="warning")
