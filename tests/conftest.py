"""Shared fixtures: the corpus, a graph built from it once, and a way to run the real CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from gapgraph.loaders.pipeline import BuildResult, build
from gapgraph.stores import folder as store

REPO = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("GAPGRAPH_CORPUS", REPO.parent / "shared" / "corpus"))
DATA = Path(__file__).resolve().parent / "data"
MEXICO_REGISTRY = REPO / "data" / "registries" / "closing-gaps-mexico.yaml"
"""The programme registry of the corpus: tests that compare with the curated figures build with it."""


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not (CORPUS / "manifest.yaml").is_file():
        pytest.fail(f"corpus not found at {CORPUS}; set GAPGRAPH_CORPUS")
    return CORPUS


@pytest.fixture(scope="session")
def built(corpus: Path) -> BuildResult:
    """The graph of the real corpus with its programme registry, built once for the session."""
    return build(corpus, registries=[MEXICO_REGISTRY])


@pytest.fixture(scope="session")
def store_dir(built: BuildResult, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("store") / ".gapgraph"
    store.save(built.kg, folder, built.meta(), texts={d.id: d.lines for d in built.documents})
    return folder


@pytest.fixture(scope="session")
def node_link(store_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    out = tmp_path_factory.mktemp("export") / "graph.json"
    result = run_cli("export", "--format", "node-link", "--out", str(out), "--store", str(store_dir))
    assert result.code == 0, result.stderr
    return json.loads(out.read_text(encoding="utf-8"))


BOLT_USER = "neo4j"
BOLT_PASSWORD = "gapgraph-test"


def bolt_options(uri: str) -> list[str]:
    """The command-line options that reach the test Bolt server at ``uri``."""
    return ["--uri", uri, "--user", BOLT_USER, "--password", BOLT_PASSWORD]


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    """A real Oxigraph SPARQL server for the session."""
    from tests.servers import start_oxigraph

    server = start_oxigraph(tmp_path_factory.mktemp("oxigraph"))
    yield f"http://127.0.0.1:{server.port}"
    server.stop()


@pytest.fixture(scope="session")
def fuseki_server():
    """A real Apache Jena Fuseki for the session; its dataset's base URL (``.../ds``)."""
    from tests.servers import start_fuseki

    server = start_fuseki()
    yield f"http://127.0.0.1:{server.port}/ds"
    assert server.stop() == 0, "Fuseki stops cleanly on SIGTERM"


@dataclass
class Neo4jServer:
    """The session's Neo4j: its Bolt URI, one driver, the folder it was started with."""

    uri: str
    driver: object
    directory: Path

    def clear(self) -> None:
        """Delete every node and relationship (the constraint stays)."""
        with self.driver.session() as session:
            while session.run("MATCH (n) WITH n LIMIT 10000 DETACH DELETE n").consume().counters.nodes_deleted:
                pass

    def counts(self) -> tuple[int, int]:
        """Nodes and relationships the server holds."""
        with self.driver.session() as session:
            nodes = session.run("MATCH (n) RETURN count(n) AS n").single()["n"]
            relationships = session.run("MATCH ()-[r]->() RETURN count(r) AS r").single()["r"]
        return nodes, relationships


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory):
    """One real Neo4j 5 for the whole session (it takes ~15 s to start): Bolt on loopback, a password."""
    from neo4j import GraphDatabase

    from tests.servers import start_neo4j

    directory = tmp_path_factory.mktemp("neo4j")
    server = start_neo4j(directory, BOLT_PASSWORD)
    uri = f"bolt://127.0.0.1:{server.port}"
    driver = GraphDatabase.driver(uri, auth=(BOLT_USER, BOLT_PASSWORD))
    yield Neo4jServer(uri, driver, directory)
    driver.close()
    assert server.stop() == 0, "Neo4j stops cleanly on SIGTERM"


@pytest.fixture()
def neo4j(neo4j_server):
    """The session's Neo4j, emptied for this test."""
    neo4j_server.clear()
    return neo4j_server


@dataclass
class CliResult:
    code: int
    stdout: str
    stderr: str


def run_cli(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> CliResult:
    """Run the installed ``gapgraph`` command in a subprocess, as a user would."""
    proc = subprocess.run(
        [sys.executable, "-m", "gapgraph.cli.main", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "COLUMNS": "200", **(env or {})},
        timeout=300,
    )
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


def nodes_by_id(data: dict) -> dict[str, dict]:
    return {n["id"]: n for n in data["nodes"]}


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium, headless, driven by Playwright (never a browser download); one per test module,
    so no Playwright session outlives the module that opened it."""
    from gapgraph.viz.screenshot import CHROMIUM_FLAGS, chromium_path

    playwright_api = pytest.importorskip("playwright.sync_api")
    if not Path(chromium_path()).is_file():
        pytest.fail(f"no Chromium at {chromium_path()}: .ci/setup.sh installs Debian's chromium")
    with playwright_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()
