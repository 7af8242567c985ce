"""The stores: embedded SPARQL, a real SPARQL server, a real Bolt server — the same graph in each."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import urllib.parse
import urllib.request
from decimal import Decimal

import pytest
import yaml

from bench.synthetic_graph import generate
from gapgraph.graph.ids import doc_iri
from gapgraph.graph.rdf import to_dataset
from gapgraph.queries.sparql import PREAMBLE, run
from gapgraph.stores import folder as store
from gapgraph.stores.bolt import (
    EXIT_AFTER,
    BoltLoader,
    batches,
    node_rows,
    relationship_rows,
    relationship_type,
)
from gapgraph.stores.sparql_endpoint import push
from tests.conftest import DATA, REPO, bolt_options, run_cli
from tests.servers import start_neo4j
from tests.synthetic import agencies_builder


def canonical(value):
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float | Decimal):
        return round(float(value), 6)
    return str(value)


def networkx_view(kg):
    nodes = set(kg.graph.nodes)
    edges = {(u, d["type"], v) for u, v, _, d in kg.edges()}
    values = {
        (n, key, canonical(c["value"]))
        for n, d in kg.nodes()
        for key, claims in d["attributes"].items()
        for c in claims
    }
    return nodes, edges, values


def sparql_view(select, kg):
    """The same three sets read back through SPARQL (``select`` runs a query and returns rows)."""
    schema = kg.schema
    classes = " ".join(f"<{c.iri}>" for name, c in schema.classes.items() if name != "SourceSpan")
    nodes = {r[0] for r in select(f"SELECT DISTINCT ?s WHERE {{ VALUES ?c {{ {classes} }} ?s a ?c }}")}
    relations = {str(r.iri): name for name, r in schema.relations.items()}
    edges = {
        (r[0], relations[r[1]], r[2])
        for r in select(f"SELECT ?s ?p ?o WHERE {{ VALUES ?p {{ {' '.join(f'<{p}>' for p in relations)} }} ?s ?p ?o }}")
    }
    attributes = {str(a.iri): name for name, a in schema.attributes.items() if not a.on_edges}
    rows = select(f"SELECT ?s ?p ?o WHERE {{ VALUES ?p {{ {' '.join(f'<{p}>' for p in attributes)} }} ?s ?p ?o }}")
    values = {(r[0], attributes[r[1]], canonical(r[2])) for r in rows if "#L" not in r[0]}  # spans are not nodes
    return nodes, edges, values


def bolt_view(driver, kg):
    with driver.session() as session:
        nodes = {r["id"] for r in session.run("MATCH (n:Resource) RETURN n.id AS id")}
        types = {relationship_type(name): name for name in kg.schema.relations}
        edges = {
            (r["a"], types[r["t"]], r["b"])
            for r in session.run("MATCH (a:Resource)-[r]->(b:Resource) RETURN a.id AS a, type(r) AS t, b.id AS b")
        }
        attributes = [name for name, a in kg.schema.attributes.items() if not a.on_edges]
        values = set()
        for record in session.run("MATCH (n:Resource) RETURN n.id AS id, properties(n) AS p"):
            for key in attributes:
                value = record["p"].get(key)
                for v in value if isinstance(value, list) else [value] if value is not None else []:
                    values.add((record["id"], key, canonical(v)))
    return nodes, edges, values


def endpoint_select(query_url):
    """Run SELECT queries on a SPARQL server (its default graph), rows of plain values."""

    def select(query):
        body = urllib.parse.urlencode({"query": query}).encode()
        headers = {"Accept": "application/sparql-results+json", "Content-Type": "application/x-www-form-urlencoded"}
        with urllib.request.urlopen(urllib.request.Request(query_url, data=body, headers=headers), timeout=60) as r:
            data = json.load(r)
        variables = data["head"]["vars"]
        return [[_json_value(b.get(v)) for v in variables] for b in data["results"]["bindings"]]

    return select


@pytest.fixture(scope="module", params=["oxigraph", "fuseki"])
def sparql_server(request):
    """(Graph Store URL for ``load sparql``, query URL) of each real SPARQL server."""
    if request.param == "oxigraph":
        base = request.getfixturevalue("oxigraph_server")
        return base + "/store", base + "/query"
    base = request.getfixturevalue("fuseki_server")
    return base + "/data", base + "/query"


def _json_value(term):
    if term is None:
        return None
    if term["type"] == "literal" and "datatype" in term:
        dt = term["datatype"].rsplit("#", 1)[-1]
        if dt in ("integer", "decimal", "double", "float"):
            return float(term["value"])
    return term["value"]


def test_embedded_sparql_answers_on_the_corpus(store_dir):
    result = run_cli(
        "sparql",
        "SELECT ?doc ?first WHERE { ?st rdf:subject <https://w3id.org/gapgraph/id/actor/ilo> ; "
        "rdf:predicate gg:leads ; rdf:object ?programme ; prov:wasDerivedFrom ?span . ?programme a gg:Programme . "
        "?span dcterms:isPartOf ?doc ; gg:firstLine ?first } "
        "ORDER BY ?first",
        "--store",
        str(store_dir),
        "--format",
        "json",
    )
    assert result.code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [(r["doc"].rsplit("/", 1)[-1], r["first"]) for r in rows] == [
        ("jp-2020-annual-report", 25),
        ("jp-final-report-2022", 30),
        ("jp-2020-annual-report", 31),
        ("unwomen-portal-mex-d-2.1", 1188),  # "implemented by the International Labour Organization (ILO), as lead"
    ]
    csv = run_cli(
        "sparql",
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH doc:press-release-2022-06-02 { ?s gg:participatesIn ?e } }",
        "--store",
        str(store_dir),
        "--format",
        "csv",
    )
    assert csv.stdout.splitlines()[0] == "n" and int(csv.stdout.splitlines()[1]) > 30


def test_sparql_query_from_a_file_and_bad_queries(store_dir, tmp_path):
    query = tmp_path / "q.rq"
    query.write_text("ASK { <https://w3id.org/gapgraph/id/actor/ilo> gg:leads ?p }")
    assert json.loads(run_cli("sparql", str(query), "--store", str(store_dir), "-f", "json").stdout) == [
        {"answer": True}
    ]
    bad = run_cli("sparql", "SELECT WHERE {", "--store", str(store_dir))
    assert bad.code != 0 and "SPARQL syntax error" in bad.stderr and "Traceback" not in bad.stderr


def test_trig_has_one_named_graph_per_document(store_dir, tmp_path):
    out = tmp_path / "graph.trig"
    assert run_cli("export", "--format", "trig", "--out", str(out), "--store", str(store_dir)).code == 0
    from rdflib import Dataset

    dataset = Dataset()
    dataset.parse(out, format="trig")
    names = {str(g.identifier).rsplit("/", 1)[-1] for g in dataset.graphs()}
    assert {"jp-2020-annual-report", "jp-final-report-2022", "press-release-2022-06-02"} <= names


GRAPH_COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
DEFAULT_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def test_endpoint_push_sends_the_default_graph_and_each_document_graph(built, sparql_server, store_dir):
    store_url, query_url = sparql_server
    first = run_cli("load", "sparql", "--endpoint", store_url, "--store", str(store_dir))
    assert first.code == 0, first.stderr
    select = endpoint_select(query_url)
    embedded = store.sparql_store(store_dir)
    expected_graphs = {g: n for g, n in run(embedded, GRAPH_COUNTS).rows}
    expected_default = run(embedded, DEFAULT_COUNT).rows[0][0]
    documents = {doc for doc in expected_graphs if doc.startswith("https://w3id.org/gapgraph/doc/")}
    assert len(documents) >= 5 and expected_default == len(to_dataset(built.kg).default_graph)
    assert {g: int(n) for g, n in select(GRAPH_COUNTS)} == expected_graphs
    assert select(DEFAULT_COUNT)[0][0] == expected_default
    # the README's kind of query, without FROM: a document's graph answers on the server
    press = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH doc:press-release-2022-06-02 { ?s gg:participatesIn ?e } }"
    assert select(PREAMBLE + press)[0][0] == run(embedded, press).rows[0][0] > 30
    again = run_cli("load", "sparql", "--endpoint", store_url, "--store", str(store_dir))
    assert again.code == 0 and again.stdout == first.stdout
    assert {g: int(n) for g, n in select(GRAPH_COUNTS)} == expected_graphs, "pushing twice changes nothing"
    assert select(DEFAULT_COUNT)[0][0] == expected_default


def test_a_push_deletes_the_graphs_of_documents_no_longer_in_the_graph(built, sparql_server):
    store_url, query_url = sparql_server
    push(built.kg, store_url)
    select = endpoint_select(query_url)
    corpus_graphs = {g for g, _ in select(GRAPH_COUNTS)}
    assert doc_iri("press-release-2022-06-02") in corpus_graphs
    smaller = agencies_builder(["ILO"]).kg  # one agency, cited to a document "reg" only
    sent = push(smaller, store_url)
    assert {g for g, _ in select(GRAPH_COUNTS)} == {doc_iri("reg")}, "only the document the graph has is left"
    assert {iri for iri, n in sent.items() if n == 0} == corpus_graphs, "each stale graph is reported deleted"
    assert select(DEFAULT_COUNT)[0][0] == len(to_dataset(smaller).default_graph)
    again = push(smaller, store_url)
    assert 0 not in again.values(), "nothing is stale the second time"


def test_unreachable_endpoint_is_one_clear_error(store_dir):
    result = run_cli("load", "sparql", "--endpoint", "http://127.0.0.1:9", "--store", str(store_dir))
    assert result.code != 0 and "cannot reach" in result.stderr and "Traceback" not in result.stderr


def server_counts(neo4j):
    return neo4j.counts()


def test_bolt_load_twice_leaves_the_same_counts_as_the_export(built, neo4j, store_dir, tmp_path):
    export = tmp_path / "neo4j"
    assert run_cli("export", "--format", "neo4j-csv", "--out", str(export), "--store", str(store_dir)).code == 0
    exported = (
        sum(len(p.read_text(encoding="utf-8").splitlines()) - 1 for p in export.glob("nodes-*.csv")),
        sum(len(p.read_text(encoding="utf-8").splitlines()) - 1 for p in export.glob("relationships-*.csv")),
    )
    outputs = []
    for _ in range(2):
        result = run_cli("load", "neo4j", *bolt_options(neo4j.uri), "--store", str(store_dir))
        assert result.code == 0, result.stderr
        assert neo4j.counts() == exported == (len(built.kg), built.kg.number_of_edges())
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1] and "uniqueness constraint on Resource.id" in outputs[0]
    with neo4j.driver.session() as session:
        constraints = [
            (c["type"], c["labelsOrTypes"], c["properties"])
            for c in session.run("SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties")
        ]
        ilo = session.run(
            "MATCH (a:UNAgency:Actor {id: $id})-[r:LEADS]->(p:Programme) RETURN a.name AS a, r.sources AS s",
            id="https://w3id.org/gapgraph/id/actor/ilo",
        ).single()
        quoted = session.run(
            "MATCH (n:Resource {id: $id}) RETURN n.name AS name", id="https://w3id.org/gapgraph/id/actor/driscolls"
        ).single()
    assert ("UNIQUENESS", ["Resource"], ["id"]) in constraints
    assert ilo["a"] == "International Labour Organization" and "jp-final-report-2022:30" in ilo["s"]
    assert quoted["name"] == "Driscoll's", "a quote arrives as it is"


def test_the_same_graph_in_every_store(built, store_dir, oxigraph_server, fuseki_server, neo4j):
    kg = built.kg
    BoltLoader(neo4j.driver).load(kg)
    push(kg, oxigraph_server)
    push(kg, fuseki_server + "/data")
    expected = networkx_view(kg)
    embedded = store.sparql_store(store_dir)
    views = {
        "embedded SPARQL": sparql_view(lambda q: run(embedded, q).rows, kg),
        "Oxigraph server": sparql_view(endpoint_select(oxigraph_server + "/query"), kg),
        "Fuseki": sparql_view(endpoint_select(fuseki_server + "/query"), kg),
        "Neo4j": bolt_view(neo4j.driver, kg),
    }
    for name, (nodes, edges, values) in views.items():
        assert nodes == expected[0], name
        assert edges == expected[1], name
        assert values == expected[2], name


def planned_batches(kg, batch_bytes):
    """How many batches a load of ``kg`` sends (the loader's own cutting, run without a server)."""
    load_id = "0" * 32  # as long as a real one (a uuid4 in hex)
    rows = [*node_rows(kg, load_id).values(), *relationship_rows(kg, load_id).values()]
    return sum(len(list(batches(r, batch_bytes))) for r in rows)


def test_a_load_killed_on_a_batch_is_completed_by_running_it_again(built, neo4j, store_dir):
    """Graph A loaded; then the corpus (B) killed after half its batches are committed, on the same
    server; the second run of B leaves exactly B: nothing of A, nothing twice."""
    other = generate(2, seed=7)
    BoltLoader(neo4j.driver).load(other)
    assert neo4j.counts() == (len(other), other.number_of_edges())
    batch_bytes = 20_000
    total = planned_batches(built.kg, batch_bytes)
    assert total > 20
    command = [sys.executable, "-m", "gapgraph.cli.main", "load", "neo4j", *bolt_options(neo4j.uri)]
    command += ["--batch-bytes", str(batch_bytes), "--store", str(store_dir)]
    env = {**os.environ, EXIT_AFTER: str(total // 2)}
    killed = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    assert killed.returncode == 99, killed.stderr
    with neo4j.driver.session() as session:
        present = {r["id"] for r in session.run("MATCH (n:Resource) RETURN n.id AS id")}
    corpus_ids, other_ids = set(built.kg.graph.nodes), set(other.graph.nodes)
    assert present & (corpus_ids - other_ids), "part of B was written"
    assert present & (other_ids - corpus_ids), "A is still there: the load was cut before its sweep"
    rerun = run_cli(
        "load", "neo4j", *bolt_options(neo4j.uri), "--batch-bytes", str(batch_bytes), "--store", str(store_dir)
    )
    assert rerun.code == 0, rerun.stderr
    assert (
        f"loaded {len(built.kg)} nodes and {built.kg.number_of_edges()} relationships in {total} batches"
        in rerun.stdout
    )
    assert neo4j.counts() == (len(built.kg), built.kg.number_of_edges())
    assert bolt_view(neo4j.driver, built.kg) == networkx_view(built.kg)


def test_loading_graph_b_after_graph_a_leaves_only_b(built, neo4j):
    BoltLoader(neo4j.driver).load(built.kg)
    other = generate(1, seed=3)
    report = BoltLoader(neo4j.driver).load(other)
    assert (report.nodes, report.relationships) == neo4j.counts() == (len(other), other.number_of_edges())
    with neo4j.driver.session() as session:
        present = {r["id"] for r in session.run("MATCH (n) RETURN n.id AS id")}
    assert present == set(other.graph.nodes)


def test_bolt_errors_are_one_line(neo4j_server, store_dir):
    wrong = run_cli(
        "load", "neo4j", "--uri", neo4j_server.uri, "--password", "not-the-password", "--store", str(store_dir)
    )
    closed = run_cli("load", "neo4j", "--uri", "bolt://127.0.0.1:9", "--store", str(store_dir))
    missing = run_cli(
        "load", "neo4j", *bolt_options(neo4j_server.uri), "--database", "nowhere", "--store", str(store_dir)
    )
    asked = run_cli("cypher", "RETURN 1", *bolt_options(neo4j_server.uri), "--database", "nowhere")
    for result, words in ((wrong, "unauthorized"), (closed, "cannot reach"), (missing, "nowhere"), (asked, "nowhere")):
        assert result.code != 0, result.stdout
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error:") and words in lines[0], result.stderr


def test_titles_that_once_broke_the_query_text_load_intact(neo4j, tmp_path):
    """Strings go to Neo4j as parameters, as they are: no title can end a string or add a clause."""
    corpus = tmp_path / "corpus"
    shutil.copytree(DATA / "other-programme", corpus)
    manifest = yaml.safe_load((corpus / "manifest.yaml").read_text(encoding="utf-8"))
    titles = ["x\\''}}] MATCH (n) DETACH DELETE n //", "Annual report ending in a backslash \\"]
    for document, title in zip(manifest["documents"], titles, strict=True):
        document["title"] = title
    (corpus / "manifest.yaml").write_text(yaml.safe_dump(manifest), encoding="utf-8")
    target = tmp_path / "store" / ".gapgraph"
    assert run_cli("build", "--corpus", str(corpus), "--store", str(target)).code == 0
    kg = store.load(target)
    result = run_cli("load", "neo4j", *bolt_options(neo4j.uri), "--store", str(target))
    assert result.code == 0, result.stderr
    assert f"loaded {len(kg)} nodes and {kg.number_of_edges()} relationships" in result.stdout
    assert neo4j.counts() == (len(kg), kg.number_of_edges())
    with neo4j.driver.session() as session:
        names = {r["name"] for r in session.run("MATCH (d:SourceDocument) RETURN d.name AS name")}
    assert set(titles) <= names


def test_cypher_command_prints_rows(built, neo4j):
    BoltLoader(neo4j.driver).load(built.kg)
    result = run_cli(
        "cypher",
        "MATCH (a:Actor)-[:LEADS]->(p:Programme) RETURN a.name AS agency ORDER BY agency",
        *bolt_options(neo4j.uri),
        "--format",
        "csv",
    )
    assert result.code == 0, result.stderr
    assert "International Labour Organization" in result.stdout.splitlines()


def test_unreachable_bolt_server_is_one_clear_error(store_dir):
    result = run_cli("load", "neo4j", "--uri", "bolt://127.0.0.1:9", "--store", str(store_dir))
    assert result.code != 0 and result.stderr.startswith("error: cannot reach") and "Traceback" not in result.stderr


def as_strings(value):
    """A property value as the list of its items' text (numbers by value), for comparing a CSV import
    (every attribute a string array) with a Bolt load (numbers, lists only where documents disagree)."""
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        try:
            out.append(repr(float(item)) if not isinstance(item, bool) else str(item))
        except (TypeError, ValueError):
            out.append(str(item))
    return out


def neo4j_contents(driver):
    """Every node (labels, properties) and relationship (type, key, properties) a server holds."""

    def props(p):
        return {k: as_strings(v) for k, v in p.items() if k != "loadId" and v not in (None, "", [])}

    with driver.session() as session:
        nodes = {
            r["id"]: (sorted(r["labels"]), props(r["p"]))
            for r in session.run("MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS p")
        }
        relationships = {
            (r["a"], r["t"], r["k"], r["b"]): props(r["p"])
            for r in session.run(
                "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, r.key AS k, b.id AS b, properties(r) AS p"
            )
        }
    return nodes, relationships


def test_neo4j_csv_export_imports_with_neo4j_admin(store_dir, tmp_path, built, neo4j):
    """``neo4j-admin database import full`` (from Maven Central) on the export, a Neo4j started on the
    imported database: it holds what a Bolt load of the same graph holds."""
    from neo4j import GraphDatabase

    out = tmp_path / "neo4j"
    assert run_cli("export", "--format", "neo4j-csv", "--out", str(out), "--store", str(store_dir)).code == 0
    header = (out / "relationships-FUNDS.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header[:4] == [":START_ID", ":END_ID", ":TYPE", "key"] and "amount:string[]" in header
    command = (out / "IMPORT.txt").read_text(encoding="utf-8").strip().splitlines()[-1]
    assert command.startswith("neo4j-admin database import full")
    home = tmp_path / "home"
    args = [a.replace("'", "") for a in command.split()[1:]]
    imported = subprocess.run(
        [str(REPO / "scripts" / "neo4j-admin"), *args],
        cwd=out,
        capture_output=True,
        text=True,
        env={**os.environ, "NEO4J_HOME": str(home)},
        timeout=300,
    )
    assert imported.returncode == 0, imported.stdout[-2000:] + imported.stderr[-2000:]
    BoltLoader(neo4j.driver).load(built.kg)
    server = start_neo4j(tmp_path / "imported", seed=home)
    try:
        driver = GraphDatabase.driver(f"bolt://127.0.0.1:{server.port}", auth=("neo4j", "gapgraph-test"))
        try:
            imported_graph, loaded = neo4j_contents(driver), neo4j_contents(neo4j.driver)
            for imported_part, loaded_part in zip(imported_graph, loaded, strict=True):
                assert imported_part.keys() == loaded_part.keys()
                assert [(k, v, loaded_part[k]) for k, v in imported_part.items() if v != loaded_part[k]][:3] == []
        finally:
            driver.close()
    finally:
        assert server.stop() == 0
