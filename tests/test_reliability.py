"""Nothing lost, nothing injected (issue 15): one test per defect the reliability probe found.

Each test runs the real command (or the real function) on real files and, where a server is
involved, a real HTTP server on loopback.
"""

from __future__ import annotations

import http.server
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from gapgraph.graph.ids import node_iri
from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.registry import load_registry
from gapgraph.ontology.models import Source
from gapgraph.stores import folder as store
from gapgraph.stores.export import export
from tests.conftest import run_cli

OTHER = Path(__file__).parent / "data" / "other-programme"
SMALL = Path(__file__).parent / "data" / "unknown-kind"


def one_error_line(stderr: str) -> str:
    """The error of a command: exactly one line, no traceback."""
    assert "Traceback" not in stderr, stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    return lines[0]


@pytest.fixture
def small(tmp_path: Path) -> Path:
    """A copy of a one-document corpus, to change."""
    corpus = tmp_path / "corpus"
    shutil.copytree(SMALL, corpus)
    return corpus


def small_manifest(corpus: Path, entry: str) -> None:
    (corpus / "manifest.yaml").write_text(f"documents:\n{entry}", encoding="utf-8")


# 1. build deletes whatever is at --store


def test_build_keeps_a_folder_that_is_not_a_store(small, tmp_path):
    thesis = tmp_path / "v" / "thesis.txt"
    thesis.parent.mkdir()
    thesis.write_text("years of work", encoding="utf-8")
    result = run_cli("build", "--corpus", str(small), "--store", str(thesis.parent))
    assert result.code != 0
    assert "not a gapgraph store" in one_error_line(result.stderr)
    assert thesis.read_text(encoding="utf-8") == "years of work"
    forced = run_cli("build", "--corpus", str(small), "--store", str(thesis.parent), "--force")
    assert forced.code == 0, forced.stderr
    assert not thesis.exists() and store.is_store(thesis.parent)


def test_build_keeps_a_file_given_as_the_store(small, tmp_path):
    file = tmp_path / "notes.txt"
    file.write_text("notes", encoding="utf-8")
    for extra in ([], ["--force"]):
        result = run_cli("build", "--corpus", str(small), "--store", str(file), *extra)
        assert result.code != 0 and "not a folder" in one_error_line(result.stderr)
    assert file.read_text(encoding="utf-8") == "notes"


@pytest.mark.parametrize("where", ["corpus", "inside", "parent"])
def test_build_never_replaces_the_corpus_even_with_force(small, where):
    target = {"corpus": small, "inside": small / "store", "parent": small.parent}[where]
    before = sorted(p.name for p in small.iterdir())
    result = run_cli("build", "--corpus", str(small), "--store", str(target), "--force")
    assert result.code != 0 and "corpus folder" in one_error_line(result.stderr)
    assert sorted(p.name for p in small.iterdir()) == before
    assert (small / "manifest.yaml").is_file()


def test_a_store_written_before_the_marker_is_still_replaced(small, tmp_path):
    folder = tmp_path / "old-store"
    assert run_cli("build", "--corpus", str(small), "--store", str(folder)).code == 0
    assert (folder / store.MARKER_FILE).is_file()
    (folder / store.MARKER_FILE).unlink()  # the layout of earlier versions: graph.json and oxigraph/
    assert store.is_store(folder)
    result = run_cli("build", "--corpus", str(small), "--store", str(folder))
    assert result.code == 0, result.stderr
    assert (folder / store.MARKER_FILE).is_file()


# 2. console markup


@pytest.mark.parametrize("name", ["[/x]", "[bold]IMSS", "[/] x [red]"])
def test_names_given_are_printed_as_text(store_dir, name):
    result = run_cli("ask", "profile", name, "--store", str(store_dir))
    assert result.code == 6
    assert name in one_error_line(result.stderr)


def test_a_warning_quoting_the_document_is_printed_as_text(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(OTHER, corpus)
    report = corpus / "paraguay-2021.txt"
    report.write_text(
        report.read_text(encoding="utf-8")
        + "\nAgency\tJoint SDG Fund contribution\tCo-funding\tTotal\nFAO [/x]\t-\t-\t-\n\nEnd\n",
        encoding="utf-8",
    )
    result = run_cli("build", "--corpus", str(corpus), "--store", str(tmp_path / "s"))
    assert result.code == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert any("'FAO [/x]'" in line for line in result.stderr.splitlines() if line.startswith("warning:"))


def test_sparql_answers_with_markup_are_printed_as_text(store_dir):
    result = run_cli("sparql", 'SELECT ?x WHERE { BIND("[/x] FAO [bold]" AS ?x) }', "--store", str(store_dir))
    assert result.code == 0, result.stderr
    assert "[/x] FAO [bold]" in result.stdout


# 4. exports


def control_graph() -> KnowledgeGraph:
    kg = KnowledgeGraph()
    source = Source(doc="d", lines=(1, 1))
    kg.add_node(node_iri("UNAgency", "a"), "UNAgency", "Agency \x02 with \x1b[31m escape \ufffe", source)
    kg.add_node(node_iri("Country", "b"), "Country", "Land \x00\x0b", source)
    kg.add_edge(node_iri("UNAgency", "a"), "locatedIn", node_iri("Country", "b"), source)
    return kg


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_xml_exports_with_control_characters_parse_back(tmp_path, fmt):
    out = tmp_path / f"g.{fmt}"
    export(control_graph(), fmt, out)
    root = ET.parse(out).getroot()  # raises on characters XML 1.0 forbids
    text = " ".join(root.itertext()) + " ".join(" ".join(e.attrib.values()) for e in root.iter())
    assert "Agency \\x02 with \\x1b[31m escape \\ufffe" in text
    import networkx as nx

    read = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    assert read.number_of_nodes() == 2 and read.number_of_edges() == 1


def limited_cli(limit: int, *args: str) -> subprocess.CompletedProcess:
    """The CLI in a process that may write no file larger than ``limit`` bytes (as on a full disk):
    the write fails once the output has grown past the limit, after the work has started."""
    code = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))\n"
        "from gapgraph.cli.main import main\n"
        f"sys.argv = ['gapgraph', *{list(args)!r}]\n"
        "main()\n"
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize(
    "command",
    [["export", "--format", "graphml"], ["export", "--format", "ntriples"], ["map", "partners"]],
    ids=["graphml", "ntriples", "map"],
)
def test_a_failed_write_leaves_the_last_good_file(store_dir, tmp_path, command):
    out = tmp_path / "out.file"
    out.write_text("the last good file", encoding="utf-8")
    result = limited_cli(100_000, *command, "--out", str(out), "--store", str(store_dir))
    assert result.returncode != 0
    assert "File too large" in one_error_line(result.stderr)
    assert out.read_text(encoding="utf-8") == "the last good file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.file"]


RDF_FORMATS = ("ntriples", "nquads", "trig", "jsonld", "turtle")


def test_rdf_exports_are_the_same_bytes_whatever_the_hash_seed(corpus, tmp_path):
    script = (
        "import sys; from pathlib import Path\n"
        "from gapgraph.loaders.pipeline import build\n"
        "from gapgraph.stores.export import export\n"
        "kg = build(Path(sys.argv[1])).kg\n"
        f"for fmt in {RDF_FORMATS!r}:\n"
        "    export(kg, fmt, Path(sys.argv[2]) / fmt)\n"
    )
    runs = []
    for seed in ("1", "2"):
        folder = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        runs.append(subprocess.Popen([sys.executable, "-c", script, str(corpus), str(folder)], env=env))
    assert [r.wait(timeout=600) for r in runs] == [0, 0]
    for fmt in RDF_FORMATS:
        assert (tmp_path / "1" / fmt).read_bytes() == (tmp_path / "2" / fmt).read_bytes(), fmt


# 5. manifest and store input


@pytest.mark.parametrize(
    ("entry", "message", "line"),
    [
        ('  - id: "blog\\n"\n    file: blog.txt\n    kind: generic\n', "document id", 2),
        ("  - id: blog\n    file: blog.txt\n    kind: generic\n    id: other\n", "duplicate key 'id'", 5),
        ("  - id: &a blog\n    file: blog.txt\n    kind: generic\n    title: *a\n", "anchors and aliases", 2),
        ("  - id: blog\n    file: ../outside.txt\n    kind: generic\n", "outside the corpus", 3),
        ("  - id: blog\n    file: link.txt\n    kind: generic\n", "outside the corpus", 3),
    ],
    ids=["id-newline", "duplicate-key", "alias", "dot-dot", "symlink"],
)
def test_bad_manifest_is_one_line_naming_file_and_line(small, tmp_path, entry, message, line):
    (small.parent / "outside.txt").write_text("A secret held outside the corpus.\n", encoding="utf-8")
    (small / "link.txt").symlink_to(small.parent / "outside.txt")
    small_manifest(small, entry)
    result = run_cli("build", "--corpus", str(small), "--store", str(tmp_path / "s"))
    assert result.code == 2
    error = one_error_line(result.stderr)
    assert f"manifest.yaml:{line}:" in error and message in error
    assert not (tmp_path / "s").exists()


def test_a_yaml_alias_bomb_is_refused_at_once(small, tmp_path):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n" for i in range(5)
    )
    (small / "manifest.yaml").write_text(bomb + "documents: []\n", encoding="utf-8")
    result = run_cli("build", "--corpus", str(small), "--store", str(tmp_path / "s"))
    assert result.code == 2 and "manifest.yaml:1:" in one_error_line(result.stderr)


def test_a_kind_typo_is_a_warning_naming_the_known_kinds(small, tmp_path):
    small_manifest(small, "  - id: blog\n    file: blog.txt\n    kind: press-relase\n")
    result = run_cli("build", "--corpus", str(small), "--store", str(tmp_path / "s"))
    assert result.code == 0, result.stderr
    warning = next(line for line in result.stderr.splitlines() if "press-relase" in line)
    assert "manifest.yaml:2:" in warning and "press-release" in warning and "jsdgf-annual-progress-report" in warning


def registry_sources(length: int) -> tuple[list[str], list[Source]]:
    """The warnings and the sources of the one actor of a registry citing line 500 of a document of
    ``length`` lines."""
    text = "actors:\n- key: acme\n  type: UNAgency\n  name: Acme Agency\n  aliases:\n  - Acme @ doc-x:500\n"
    registry = Document(id="gapgraph-registry", kind="curated-registry", path="reg.yaml", lines=text.splitlines())
    builder = Builder()
    load_registry(builder, registry, {"doc-x": length})
    builder.finish()
    return [str(w) for w in builder.warnings], builder.kg.node(node_iri("UNAgency", "acme"))["sources"]


def test_registry_citations_past_the_end_of_a_document_are_not_used():
    warnings, sources = registry_sources(10)
    assert "gapgraph-registry:4: citation doc-x:500-500 points past the end of doc-x (10 lines): not used" in warnings
    assert all(s.doc == "gapgraph-registry" for s in sources)
    warnings, sources = registry_sources(500)  # the last line is a line
    assert not warnings and Source(doc="doc-x", lines=(500, 500)) in sources


@pytest.fixture
def copied_store(store_dir, tmp_path) -> Path:
    folder = tmp_path / "store"
    shutil.copytree(store_dir, folder)
    return folder


COMMANDS = (
    ["stats"],
    ["export", "--format", "turtle", "--out", "x.ttl"],
    ["conflicts"],
    ["ask", "network"],
    ["ask", "profile", "ILO"],
    ["map", "partners", "--out", "p.html"],
    ["map", "ego", "ILO", "--out", "e.html"],
    ["validate"],
    ["load", "sparql", "--endpoint", "http://127.0.0.1:9"],
)


@pytest.mark.parametrize(
    ("damage", "commands"),
    [("[]", COMMANDS), ('{"graph": {"format": 1}, "nodes": [{}], "links": []}', COMMANDS[:3]), ("{", COMMANDS[3:5])],
    ids=["list", "empty-node", "cut"],
)
def test_a_damaged_graph_json_is_one_line_for_every_command(copied_store, tmp_path, damage, commands):
    (copied_store / store.GRAPH_FILE).write_text(damage, encoding="utf-8")
    for command in commands:
        result = run_cli(*command, "--store", str(copied_store), cwd=tmp_path)
        assert result.code == 3, (command, result.stderr)
        assert "graph.json" in one_error_line(result.stderr)


def test_a_damaged_oxigraph_folder_is_one_line(copied_store):
    for path in (copied_store / "oxigraph").iterdir():
        if path.is_file():
            path.write_bytes(b"garbage")
    for command in (["sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT 1"], ["ask", "network", "--backend", "sparql"]):
        result = run_cli(*command, "--store", str(copied_store))
        assert result.code == 3, result.stderr
        assert "SPARQL store" in one_error_line(result.stderr)


@pytest.mark.parametrize(
    "command",
    [
        ["load", "neo4j", "--uri", "http://127.0.0.1:9"],
        ["cypher", "MATCH (n) RETURN n", "--uri", "http://127.0.0.1:9"],
        ["ask", "path", "ILO", "IMSS", "--limit", "-1"],
        ["ask", "path", "ILO", "IMSS", "--max-length", "-2"],
        ["map", "ego", "ILO", "--depth", "-1"],
    ],
    ids=["load-uri", "cypher-uri", "limit", "max-length", "depth"],
)
def test_bad_option_values_are_refused(store_dir, tmp_path, command):
    extra = ["--store", str(store_dir)] if command[0] != "cypher" else []
    result = run_cli(*command, *extra, cwd=tmp_path)
    assert result.code == 2
    assert "Traceback" not in result.stderr and "Invalid value" in result.stderr


# 6. pushes are checked


class Recorder(http.server.BaseHTTPRequestHandler):
    """Answers 200 with an empty body to everything, and records what it was asked."""

    requests: list[str]

    def answer(self) -> None:
        self.requests.append(f"{self.command} {self.path}")
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_PUT = do_POST = do_DELETE = answer

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def yes_server() -> Iterator[tuple[str, list[str]]]:
    """A real HTTP server on loopback that says 200 to everything and keeps nothing."""
    requests: list[str] = []
    handler = type("Handler", (Recorder,), {"requests": requests})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", requests
    server.shutdown()
    server.server_close()


def test_a_push_to_a_server_that_keeps_nothing_is_an_error(store_dir, yes_server):
    url, requests = yes_server
    result = run_cli("load", "sparql", "--endpoint", url, "--store", str(store_dir))
    assert result.code == 5
    assert "server holds" in one_error_line(result.stderr) or "not RDF" in result.stderr
    # first what the server held (to delete stale document graphs after the push), then the push itself
    assert requests[0] == "GET /store?default" and requests[1].startswith("PUT /store?default")


def test_a_push_is_counted_on_the_real_server(built, oxigraph_server, store_dir):
    from gapgraph.graph.rdf import to_rdf
    from gapgraph.stores.sparql_endpoint import count

    graph = "https://example.org/graph/counted"
    result = run_cli("load", "sparql", "--endpoint", oxigraph_server, "--graph", graph, "--store", str(store_dir))
    try:
        assert result.code == 0, result.stderr
        assert count(oxigraph_server, graph) == len(to_rdf(built.kg))
    finally:  # the server is shared by the session's tests: leave it holding what the others expect
        url = f"{oxigraph_server}/store?{urllib.parse.urlencode({'graph': graph})}"
        urllib.request.urlopen(urllib.request.Request(url, method="DELETE"), timeout=60).close()


# 7. SERVICE


def test_service_is_refused_unless_asked_for(store_dir, yes_server):
    url, requests = yes_server
    query = f"SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}"
    refused = run_cli("sparql", query, "--store", str(store_dir))
    assert refused.code != 0 and "--allow-service" in one_error_line(refused.stderr)
    assert requests == []
    run_cli("sparql", query, "--store", str(store_dir), "--allow-service")
    assert requests and requests[0].startswith(("GET /sparql", "POST /sparql"))


def test_service_in_a_comment_or_a_string_is_not_federation(store_dir):
    query = 'SELECT ?x WHERE { BIND("SERVICE <http://127.0.0.1:9/>" AS ?x) } # SERVICE <http://127.0.0.1:9/>'
    result = run_cli("sparql", query, "--store", str(store_dir), "-f", "json")
    assert result.code == 0, result.stderr
    assert json.loads(result.stdout) == [{"x": "SERVICE <http://127.0.0.1:9/>"}]


# 1 and 8. kill -9 during a build, and the staging folders it leaves


def test_kill_during_build_keeps_the_old_store_and_the_next_build_cleans_up(corpus, tmp_path):
    folder = tmp_path / "store"
    assert run_cli("build", "--corpus", str(corpus), "--store", str(folder), "-q").code == 0
    before = (folder / store.GRAPH_FILE).read_bytes()
    process = subprocess.Popen(
        [sys.executable, "-m", "gapgraph.cli.main", "build", "--corpus", str(corpus), "--store", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    staging: list[Path] = []
    while time.monotonic() < deadline and not staging:
        staging = [p for p in tmp_path.iterdir() if p.name.startswith(".store.") and (p / store.GRAPH_FILE).exists()]
        time.sleep(0.02)
    assert staging, "the build never started writing"
    os.kill(process.pid, signal.SIGKILL)  # killed while it writes its staging folder
    process.wait()
    assert (folder / store.GRAPH_FILE).read_bytes() == before
    assert len(store.load(folder)) > 0
    assert any(p.name.startswith(".store.") for p in tmp_path.iterdir())
    again = run_cli("build", "--corpus", str(SMALL), "--store", str(folder), "-q")
    assert again.code == 0, again.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]
