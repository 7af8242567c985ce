"""Real servers for the store tests: Neo4j 5 (Bolt), Apache Jena Fuseki and Oxigraph (SPARQL 1.1).

Neo4j and Fuseki are started through the project's launchers (``scripts/neo4j-server PORT DIR``,
``scripts/fuseki-server PORT``, built by ``.ci/setup.sh``), which print a line with ``ready`` once
they accept connections. Ports: the kernel picks a free one (bind to port 0); should another process
take it before the server binds it, the server exits before ``ready`` and is started again on a new
port, so two servers never share a port.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SCRIPTS = REPO / "scripts"
NEO4J_PASSWORD = "gapgraph-test"  # Neo4j 5 wants at least 8 characters
_handed_out: set[int] = set()
_lock = threading.Lock()


def free_port() -> int:
    """A loopback port the kernel has just found free, never handed out before in this process."""
    while True:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        with _lock:
            if port not in _handed_out:
                _handed_out.add(port)
                return port


@dataclass
class Server:
    process: subprocess.Popen
    port: int
    output: list[str] = field(default_factory=list)

    def stop(self) -> int:
        """Stop the server with SIGTERM (SIGKILL after 30 s); returns its exit code."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode


def _drain(process: subprocess.Popen, lines: list[str], ready: threading.Event) -> None:
    assert process.stdout is not None
    for line in process.stdout:
        lines.append(line.rstrip("\n"))
        if "ready" in line:
            ready.set()
    ready.set()  # the process ended


def _start_until_ready(
    command: Callable[[int], list[str]], env: dict[str, str] | None = None, seconds: float = 180, attempts: int = 3
) -> Server:
    """Start ``command(port)`` and wait for its ``ready`` line; on an early exit, retry on a new port."""
    for _ in range(attempts):
        port = free_port()
        process = subprocess.Popen(
            command(port),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env={**os.environ, **(env or {})},
        )
        lines: list[str] = []
        ready = threading.Event()
        threading.Thread(target=_drain, args=(process, lines, ready), daemon=True).start()
        ready.wait(seconds)
        if process.poll() is None and any("ready" in line for line in lines):
            return Server(process, port, lines)
        Server(process, port).stop()
    raise RuntimeError(f"{command(0)[0]} did not become ready: " + "\n".join(lines[-20:]))


def start_neo4j(directory: Path, password: str = NEO4J_PASSWORD, seed: Path | None = None) -> Server:
    """A Neo4j 5 server with only Bolt on loopback, data under ``directory``, user ``neo4j``.

    ``seed``: a Neo4j home whose ``data/`` holds a database (from ``neo4j-admin database import``)."""
    env = {"NEO4J_PASSWORD": password}
    if seed is not None:
        env["NEO4J_SEED"] = str(seed)
    return _start_until_ready(lambda port: [str(SCRIPTS / "neo4j-server"), str(port), str(directory)], env)


def start_fuseki() -> Server:
    """An Apache Jena Fuseki with one in-memory dataset at ``/ds``, on loopback."""
    return _start_until_ready(lambda port: [str(SCRIPTS / "fuseki-server"), str(port)])


def _wait_for_port(port: int, process: subprocess.Popen, seconds: float = 30) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return True
        except OSError:
            time.sleep(0.1)
    return False


def start_oxigraph(location: Path, attempts: int = 3) -> Server:
    """An Oxigraph SPARQL server (read-write) on loopback."""
    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    for _ in range(attempts):
        port = free_port()
        process = subprocess.Popen(
            [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        if _wait_for_port(port, process):
            return Server(process, port)
        Server(process, port).stop()
    raise RuntimeError("oxigraph did not start")
