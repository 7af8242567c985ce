"""``gapgraph serve``'s application on a real uvicorn server in a thread, on a loopback port that is
bound before the server starts (no race for the port), for the web tests."""

from __future__ import annotations

import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import uvicorn

from gapgraph.web.app import create_app


@dataclass
class Served:
    url: str
    app: object

    def get(self, path: str, accept: str | None = None) -> tuple[int, dict[str, str], bytes]:
        """GET ``path``: status, headers (lower-case names) and body, error statuses included."""
        return request(self.url + path, accept=accept)

    def post(self, path: str, body: bytes, content_type: str, accept: str | None = None) -> tuple[int, dict, bytes]:
        return request(self.url + path, body, content_type, accept)


def request(
    url: str, body: bytes | None = None, content_type: str | None = None, accept: str | None = None
) -> tuple[int, dict[str, str], bytes]:
    headers = {k: v for k, v in (("Content-Type", content_type), ("Accept", accept)) if v}
    req = urllib.request.Request(url, data=body, headers=headers, method="POST" if body is not None else "GET")
    try:
        with urllib.request.urlopen(req, timeout=60) as answer:
            return answer.status, {k.lower(): v for k, v in answer.headers.items()}, answer.read()
    except urllib.error.HTTPError as exc:
        return exc.code, {k.lower(): v for k, v in exc.headers.items()}, exc.read()


@contextmanager
def serving(store_dir: Path, **limits: float) -> Iterator[Served]:
    """The workbench over ``store_dir``, served until the block ends."""
    app = create_app(store_dir, **limits)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the workbench did not start")
        time.sleep(0.05)
    try:
        yield Served(f"http://127.0.0.1:{port}", app)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
