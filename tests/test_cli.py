"""The command line, run as a user runs it: build, stats, export, validate, and bad input."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph

from gapgraph.loaders.registry import base_paths
from tests.conftest import MEXICO_REGISTRY, nodes_by_id, run_cli

EXPECTED_ACTORS = {
    "actor/ilo": "UNAgency",
    "actor/un-women": "UNAgency",
    "actor/fao": "UNAgency",
    "actor/imss": "GovernmentBody",
    "actor/stps": "GovernmentBody",
    "actor/inmujeres": "GovernmentBody",
    "actor/sinactraho": "TradeUnion",
    "actor/caceh": "CivilSocietyOrganization",
    "actor/joint-sdg-fund": "Fund",
}
ID = "https://w3id.org/gapgraph/id/"


def test_build_then_stats_shows_every_document(corpus, tmp_path):
    store = tmp_path / "store"
    built = run_cli("build", "--corpus", str(corpus), "--store", str(store), "--registry", str(MEXICO_REGISTRY))
    assert built.code == 0, built.stderr
    documents = 5 + len(base_paths()) + 1  # the corpus, the base registry's files, the programme registry
    assert "built" in built.stdout and f"from {documents} documents" in built.stdout
    assert "warning: jp-final-report-2022:56: budget row 'FAO'" in built.stderr
    stats = run_cli("stats", "--store", str(store), "--json")
    assert stats.code == 0, stats.stderr
    data = json.loads(stats.stdout)
    manifest_ids = {
        "jp-2020-annual-report",
        "jp-final-report-2022",
        "unwomen-portal-mex-d-2.1",
        "un-mexico-results-report-2020",
        "press-release-2022-06-02",
    }
    assert manifest_ids <= {d["id"] for d in data["documents"]}
    assert all(d["facts"] > 0 for d in data["documents"]), "every document contributes facts"
    assert data["classes"]["UNAgency"] >= 3 and data["relations"]["funds"] >= 7
    assert sum(data["classes"].values()) == data["nodes"]
    table = run_cli("stats", "--store", str(store))
    assert "Nodes by class" in table.stdout and "press-release-2022-06-02" in table.stdout


def test_corpus_may_come_from_the_environment(corpus, tmp_path):
    result = run_cli("build", "--store", str(tmp_path / "s"), env={"GAPGRAPH_CORPUS": str(corpus)})
    assert result.code == 0, result.stderr


def test_rebuilding_changes_nothing(corpus, tmp_path):
    store = tmp_path / "store"
    outputs = []
    for _ in range(2):
        assert run_cli("build", "-q", "--corpus", str(corpus), "--store", str(store)).code == 0
        outputs.append((store / "graph.json").read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]


def test_node_link_holds_the_programme_actors_and_budget_with_sources(node_link):
    nodes = nodes_by_id(node_link)
    for short, cls in EXPECTED_ACTORS.items():
        node = nodes[ID + short]
        assert node["type"] == cls
        assert node["sources"] and all(set(s) == {"doc", "lines"} for s in node["sources"])
        assert isinstance(node["aliases"], list) and node["name"]
    programmes = {n["name"] for n in node_link["nodes"] if n["type"] == "Programme"}
    assert "Closing gaps: making social protection work for women in Mexico" in programmes
    budget = {
        (link["source"].rsplit("/", 1)[-1], link["target"].rsplit("/", 1)[-1]): link["attributes"]["amount"][0]["value"]
        for link in node_link["links"]
        if link["type"] in ("funds", "grantsTo") and "amount" in link["attributes"]  # the budget table: grants
    }
    assert budget[("joint-sdg-fund", "ilo")] == 660479
    assert budget[("joint-sdg-fund", "un-women")] == 855451
    assert budget[("joint-sdg-fund", "fao")] == 484070
    for link in node_link["links"]:
        assert {"source", "target", "type", "sources"} <= set(link)
        assert link["sources"], link
        for source in link["sources"]:
            assert isinstance(source["doc"], str) and len(source["lines"]) == 2
    assert nx.node_link_graph(node_link, edges="links").number_of_nodes() == len(node_link["nodes"])


def test_every_source_points_inside_its_document(node_link, built):
    lengths = {d.id: len(d) for d in built.documents}
    items = node_link["nodes"] + node_link["links"]
    for item in items:
        for source in item["sources"]:
            first, last = source["lines"]
            assert 1 <= first <= last <= lengths[source["doc"]], (item.get("id", item.get("key")), source)


@pytest.mark.parametrize("fmt", ["turtle", "jsonld", "ntriples", "graphml", "gexf"])
def test_every_export_format_reads_back(store_dir, tmp_path, fmt, built):
    out = tmp_path / f"graph.{fmt}"
    result = run_cli("export", "--format", fmt, "--out", str(out), "--store", str(store_dir))
    assert result.code == 0, result.stderr
    if fmt in ("graphml", "gexf"):
        g = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out, version="1.3")
        assert g.number_of_nodes() == len(built.kg) and g.number_of_edges() == built.kg.number_of_edges()
        assert g.nodes[ID + "actor/ilo"]["type"] == "UNAgency"
    else:
        g = Graph().parse(out, format={"turtle": "turtle", "jsonld": "json-ld", "ntriples": "nt"}[fmt])
        assert len(g) > 1000


def test_turtle_parses_with_rapper(store_dir, tmp_path):
    out = tmp_path / "graph.ttl"
    assert run_cli("export", "--format", "turtle", "--out", str(out), "--store", str(store_dir)).code == 0
    rapper = shutil.which("rapper")
    assert rapper, "rapper (Debian raptor2-utils) must be installed: the setup script installs it"
    proc = subprocess.run([rapper, "-i", "turtle", "-c", str(out)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    count = int(proc.stderr.rsplit("returned", 1)[1].split()[0])
    assert count == len(Graph().parse(out, format="turtle"))


def test_validate_passes_on_the_corpus_graph(store_dir):
    result = run_cli("validate", "--store", str(store_dir))
    assert result.code == 0, result.stderr
    assert result.stdout.startswith("valid:")


def test_commands_without_a_store_say_to_build_first(tmp_path):
    for args in (["stats"], ["validate"], ["export", "--format", "turtle", "--out", str(tmp_path / "x.ttl")]):
        result = run_cli(*args, "--store", str(tmp_path / "none"))
        assert result.code != 0
        assert "run `gapgraph build --corpus DIR` first" in result.stderr
        assert "Traceback" not in result.stderr


def test_unknown_export_format_is_one_clear_error(store_dir, tmp_path):
    result = run_cli("export", "--format", "xml", "--out", str(tmp_path / "x"), "--store", str(store_dir))
    assert result.code != 0 and "unknown format 'xml'" in result.stderr


def _broken_corpus(corpus: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "corpus"
    shutil.copytree(corpus, copy)
    for f in copy.iterdir():
        f.chmod(0o644)
    copy.chmod(0o755)
    return copy


PRESS = "004_33e1f30a0adaba56.txt"


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        (lambda c: (c / PRESS).unlink(), f"{PRESS}: no such file (listed in "),
        (lambda c: (c / PRESS).write_bytes(b""), f"{PRESS}: empty file"),
        (lambda c: (c / PRESS).write_bytes(b"%PDF-1.4\n\x00\x01\x02binary"), f"{PRESS}:2: binary file"),
        (
            lambda c: (c / PRESS).write_bytes("Caf\u00e9\nsecond line\nd\xe9j\xe0".encode("latin-1")),
            f"{PRESS}:1: not UTF-8 text",
        ),
        (
            lambda c: (c / "manifest.yaml").write_text("documents:\n  - id: x\n    file: [oops\n"),
            "manifest.yaml:4: invalid YAML",
        ),
        (
            lambda c: (c / "manifest.yaml").write_text("documents:\n  - id: x\n    file: a.txt\n"),
            "manifest.yaml:2: document entry lacks kind",
        ),
    ],
    ids=["missing-file", "empty-file", "binary-file", "not-utf8", "bad-yaml", "incomplete-entry"],
)
def test_bad_input_is_one_error_line_and_no_store(corpus, tmp_path, damage, expected):
    broken = _broken_corpus(corpus, tmp_path)
    damage(broken)
    store = tmp_path / "store"
    result = run_cli("build", "--corpus", str(broken), "--store", str(store))
    assert result.code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ") and expected in lines[0], lines[0]
    assert "Traceback" not in result.stderr + result.stdout
    assert not store.exists(), "no store is written"


def test_bad_input_leaves_the_previous_store_untouched(corpus, tmp_path):
    store = tmp_path / "store"
    assert run_cli("build", "-q", "--corpus", str(corpus), "--store", str(store)).code == 0
    before = (store / "graph.json").read_bytes()
    broken = _broken_corpus(corpus, tmp_path)
    (broken / PRESS).write_bytes(b"")
    assert run_cli("build", "--corpus", str(broken), "--store", str(store)).code == 2
    assert (store / "graph.json").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "store"], "no temporary folders left behind"


def test_help_reads_well():
    result = run_cli("--help")
    assert result.code == 0
    for command in ("build", "stats", "export", "validate"):
        assert command in result.stdout


def test_every_command_says_what_it_did(store_dir, tmp_path):
    """A smoke test of every command: each prints what it did, checked against the graph itself (the
    commands that need a server or serve pages are checked in test_stores.py and test_web.py)."""
    import gapgraph
    from gapgraph.queries.subgraphs import main_programme

    kg = gapgraph.load(store_dir)
    counts = f"{len(kg)} nodes, {kg.number_of_edges()} edges"
    store = ["--store", str(store_dir)]

    helped = run_cli("--help")
    for command in ("build", "stats", "export", "conflicts", "validate", "sparql", "cypher", "ask", "serve", "map"):
        assert f" {command} " in helped.stdout, command
    assert " load " in helped.stdout

    stats = run_cli("stats", *store)
    assert stats.code == 0 and stats.stdout.splitlines()[0] == counts
    for document in kg.graph_data["documents"]:
        assert document["id"] in stats.stdout

    validated = run_cli("validate", *store)
    expected = f"valid: {len(kg)} nodes and {kg.number_of_edges()} edges conform to the shapes and models"
    assert validated.code == 0 and validated.stdout.strip() == expected

    out = tmp_path / "graph.ttl"
    exported = run_cli("export", "--format", "turtle", "--out", str(out), *store)
    assert exported.code == 0 and exported.stdout.strip() == f"wrote turtle to {out}"
    assert len(Graph().parse(out, format="turtle")) > len(kg)

    conflicts = run_cli("conflicts", "--json", *store)
    listed = {(c["name"], c["attribute"]) for c in json.loads(conflicts.stdout)}
    assert conflicts.code == 0 and listed == {(c.name, c.attribute) for c in kg.conflicts()} != set()

    query = "SELECT ?name WHERE { ?p a gg:Programme ; skos:prefLabel ?name }"
    answered = run_cli("sparql", query, "--format", "csv", *store)
    programmes = sorted(data["name"] for _, data in kg.nodes("Programme"))
    assert answered.code == 0 and sorted(answered.stdout.splitlines()[1:]) == programmes

    asked = run_cli("ask", "partners", "ILO", "--format", "json", *store)
    printed = {(r["partner"], r["relation"], r["direction"]) for r in json.loads(asked.stdout)}
    assert asked.code == 0 and printed == {(r.partner, r.relation, r.direction) for r in kg.ask("partners", "ILO")}
    assert {r["name"] for r in json.loads(asked.stdout)} >= {"National Institute for Women", "UN Women"}

    page = tmp_path / "programme.html"
    drawn = run_cli("map", "programme", "--out", str(page), *store)
    assert drawn.code == 0 and drawn.stdout.startswith(f"wrote {page}: ")
    assert kg.node(main_programme(kg))["name"] in page.read_text(encoding="utf-8")
