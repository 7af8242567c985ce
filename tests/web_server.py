"""``gapgraph serve``'s application on a real uvicorn server in a thread (see
:func:`gapgraph.web.server.serving`), and plain HTTP requests to it, for the web tests."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from gapgraph.web.server import serving as served_in_thread


@dataclass
class Served:
    url: str

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
    with served_in_thread(store_dir, **limits) as url:
        yield Served(url)
