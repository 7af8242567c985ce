"""The stores: embedded SPARQL, a real SPARQL server, a real Bolt server — the same graph in each."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import urllib.parse
import urllib.request
from decimal import Decimal

from gapgraph.queries.sparql import run
from gapgraph.stores import folder as store
from gapgraph.stores.bolt import BoltLoader, relationship_type
from gapgraph.stores.sparql_endpoint import DEFAULT_GRAPH, push
from tests.conftest import BATCH, BOLT_PASSWORD, BOLT_USER, bolt_options, run_cli
from tests.servers import start_falkordb


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


def endpoint_select(base):
    """Run SELECT queries on the server's copy of the graph (its named graph as the default graph)."""

    def select(query):
        body = urllib.parse.urlencode({"query": query, "default-graph-uri": DEFAULT_GRAPH}).encode()
        headers = {"Accept": "application/sparql-results+json", "Content-Type": "application/x-www-form-urlencoded"}
        with urllib.request.urlopen(
            urllib.request.Request(f"{base}/query", data=body, headers=headers), timeout=60
        ) as r:
            data = json.load(r)
        variables = data["head"]["vars"]
        return [[_json_value(b.get(v)) for v in variables] for b in data["results"]["bindings"]]

    return select


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
        "rdf:predicate gg:leads ; prov:wasDerivedFrom ?span . ?span dcterms:isPartOf ?doc ; gg:firstLine ?first } "
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


def test_endpoint_push_replaces_its_copy(built, oxigraph_server, store_dir):
    first = run_cli("load", "sparql", "--endpoint", oxigraph_server, "--store", str(store_dir))
    assert first.code == 0, first.stderr
    select = endpoint_select(oxigraph_server)
    count = select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0][0]
    push(built.kg, oxigraph_server)
    assert select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0][0] == count
    from gapgraph.graph.rdf import to_rdf

    assert count == len(to_rdf(built.kg))


def test_unreachable_endpoint_is_one_clear_error(store_dir):
    result = run_cli("load", "sparql", "--endpoint", "http://127.0.0.1:9", "--store", str(store_dir))
    assert result.code != 0 and "cannot reach" in result.stderr and "Traceback" not in result.stderr


def test_bolt_load_twice_leaves_the_same_counts(built, bolt):
    _, driver = bolt
    loader = BoltLoader(driver, batch_bytes=BATCH)
    report = loader.load(built.kg)
    assert report.nodes == len(built.kg) and report.relationships == built.kg.number_of_edges()
    assert report.batches > 10, "small batches, as FalkorDB needs"
    assert any("quotes" in note for note in report.notes), "the probe found FalkorDB's quote bug"
    with driver.session() as session:
        counts = session.run("MATCH (n:Resource) WITH count(n) AS n MATCH ()-[r]->() RETURN n, count(r) AS r").single()
    loader.load(built.kg)
    with driver.session() as session:
        again = session.run("MATCH (n:Resource) WITH count(n) AS n MATCH ()-[r]->() RETURN n, count(r) AS r").single()
    assert (counts["n"], counts["r"]) == (again["n"], again["r"]) == (len(built.kg), built.kg.number_of_edges())
    with driver.session() as session:
        ilo = session.run(
            "MATCH (a:UNAgency:Actor {id: $id})-[r:LEADS]->(p:Programme) RETURN a.name AS a, r.sources AS s",
            id="https://w3id.org/gapgraph/id/actor/ilo",
        ).single()
    assert ilo["a"] == "International Labour Organization" and "jp-final-report-2022:30" in ilo["s"]
    with driver.session() as session:
        quoted = session.run(
            "MATCH (n:Resource {id: $id}) RETURN n.name AS name", id="https://w3id.org/gapgraph/id/actor/driscolls"
        ).single()
    assert quoted["name"] == "Driscoll's", "quotes survive the escaping"


def test_the_same_graph_in_every_store(built, store_dir, oxigraph_server, bolt):
    kg = built.kg
    _, driver = bolt
    BoltLoader(driver, batch_bytes=BATCH).load(kg)
    push(kg, oxigraph_server)
    expected = networkx_view(kg)
    embedded = store.sparql_store(store_dir)
    views = {
        "embedded SPARQL": sparql_view(lambda q: run(embedded, q).rows, kg),
        "SPARQL endpoint": sparql_view(endpoint_select(oxigraph_server), kg),
        "Bolt": bolt_view(driver, kg),
    }
    for name, (nodes, edges, values) in views.items():
        assert nodes == expected[0], name
        assert edges == expected[1], name
        assert values == expected[2], name


def test_killing_the_bolt_server_mid_load_then_rerunning(store_dir, built):
    server = start_falkordb()
    uri = f"bolt://127.0.0.1:{server.port}"
    command = [
        sys.executable,
        "-m",
        "gapgraph.cli.main",
        "load",
        "neo4j",
        *bolt_options(uri),
        "--batch-bytes",
        "600",
        "--store",
        str(store_dir),
    ]
    load = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    threading.Timer(1.0, server.process.kill).start()
    _, stderr = load.communicate(timeout=120)
    assert load.returncode != 0
    assert stderr.strip().startswith("error:") and "Traceback" not in stderr
    server.stop()
    restarted = start_falkordb()
    try:
        uri = f"bolt://127.0.0.1:{restarted.port}"
        rerun = run_cli(
            "load",
            "neo4j",
            *bolt_options(uri),
            "--batch-bytes",
            str(BATCH),
            "--store",
            str(store_dir),
        )
        assert rerun.code == 0, rerun.stderr
        assert f"loaded {len(built.kg)} nodes and {built.kg.number_of_edges()} relationships" in rerun.stdout
    finally:
        restarted.stop()


def test_cypher_command_prints_rows(built):
    # A server of its own, loaded through a driver that stays open: FalkorDB's Bolt port stops
    # answering new handshakes once a client has disconnected (Neo4j does not), so the command
    # line gets one fresh connection here.
    from neo4j import GraphDatabase

    server = start_falkordb()
    uri = f"bolt://127.0.0.1:{server.port}"
    driver = GraphDatabase.driver(uri, auth=(BOLT_USER, BOLT_PASSWORD))
    try:
        BoltLoader(driver, batch_bytes=BATCH).load(built.kg)
        result = run_cli(
            "cypher",
            "MATCH (a:Actor)-[:LEADS]->(p:Programme) RETURN a.name AS agency ORDER BY agency",
            *bolt_options(uri),
            "--format",
            "csv",
        )
    finally:
        driver.close()
        server.stop()
    assert result.code == 0, result.stderr
    assert "International Labour Organization" in result.stdout.splitlines()


def test_unreachable_bolt_server_is_one_clear_error(store_dir):
    result = run_cli("load", "neo4j", "--uri", "bolt://127.0.0.1:9", "--store", str(store_dir))
    assert result.code != 0 and result.stderr.startswith("error: cannot reach") and "Traceback" not in result.stderr


def test_neo4j_csv_export_for_bulk_import(store_dir, tmp_path, built):
    import csv

    out = tmp_path / "neo4j"
    assert run_cli("export", "--format", "neo4j-csv", "--out", str(out), "--store", str(store_dir)).code == 0

    def rows(path):
        return list(csv.reader(path.read_text(encoding="utf-8").splitlines()))

    nodes = sum(len(rows(p)) - 1 for p in out.glob("nodes-*.csv"))
    relationships = sum(len(rows(p)) - 1 for p in out.glob("relationships-*.csv"))
    assert (nodes, relationships) == (len(built.kg), built.kg.number_of_edges())
    header = rows(out / "relationships-FUNDS.csv")[0]
    assert header[:4] == [":START_ID", ":END_ID", ":TYPE", "key"] and "amount:string[]" in header
    assert "neo4j-admin database import full" in (out / "IMPORT.txt").read_text()
