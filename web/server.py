"""The workbench on a uvicorn server in a background thread, on a loopback socket bound before the
server starts (so no other process can take the port in between): for tests and benchmarks.
``gapgraph serve`` runs uvicorn in the foreground instead."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import uvicorn

from gapgraph.web.app import create_app


@contextmanager
def serving(store_dir: Path, **limits: Any) -> Iterator[str]:
    """The base URL (``http://127.0.0.1:PORT``) of the workbench over ``store_dir``, until the block ends."""
    app = create_app(store_dir, **limits)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            sock.close()
            raise RuntimeError("the workbench did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
