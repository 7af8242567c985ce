"""Benchmark the stores on a synthetic graph, in one run, printing ratios.

    python bench/stores.py [--programmes 420] [--bolt-nodes 3000]

- SPARQL: load time and query time of the embedded Oxigraph store against rdflib's default
  in-memory store, on the same N-Triples and the same queries (goal: Oxigraph at least 20x faster);
- Bolt: rows per second loading nodes batched (``UNWIND``, batches under FalkorDB's 4 KB parameter
  limit) against one statement per row, on the same FalkorDB server (goal: at least 10x).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.synthetic_graph import generate
from gapgraph.graph.rdf import to_rdf
from gapgraph.queries.sparql import PREAMBLE

QUERIES = {
    "partners per programme": "SELECT ?p (COUNT(?a) AS ?n) WHERE { ?a gg:participatesIn ?p } GROUP BY ?p",
    "results above 400": "SELECT ?i ?v WHERE { ?i gg:hasObservation ?o . ?o gg:observationKind 'result' ; "
    "gg:numericValue ?v FILTER(?v > 400) }",
    "lines of every funding edge": "SELECT ?a ?b ?doc ?first WHERE { ?a gg:funds ?b . ?st rdf:subject ?a ; "
    "rdf:predicate gg:funds ; rdf:object ?b ; prov:wasDerivedFrom ?span . ?span dcterms:isPartOf ?doc ; "
    "gg:firstLine ?first }",
    "facts per document": "SELECT ?doc (COUNT(?st) AS ?n) WHERE { ?st a rdf:Statement ; prov:wasDerivedFrom ?span . "
    "?span dcterms:isPartOf ?doc } GROUP BY ?doc",
    "agencies two programmes share": "SELECT ?p1 ?p2 (COUNT(?a) AS ?shared) WHERE { ?a a gg:UNAgency ; "
    "gg:participatesIn ?p1 , ?p2 FILTER(STR(?p1) < STR(?p2)) } GROUP BY ?p1 ?p2",
}


def timed(work):
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def sparql(programmes: int) -> None:
    kg = generate(programmes)
    data = to_rdf(kg).serialize(format="nt", encoding="utf-8")
    triples = data.count(b"\n")
    rdflib_load, graph = timed(lambda: Graph().parse(data=data, format="nt"))
    store = ox.Store()
    oxigraph_load, _ = timed(lambda: store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES))
    print(f"SPARQL, {triples:,} triples ({programmes} programmes)")
    print(f"  load: rdflib {rdflib_load:.1f} s, oxigraph {oxigraph_load:.2f} s -> {rdflib_load / oxigraph_load:.0f}x")
    total_rdflib = total_oxigraph = 0.0
    for name, query in QUERIES.items():
        slow, slow_rows = timed(lambda q=query: list(graph.query(PREAMBLE + q)))
        fast, fast_rows = timed(lambda q=query: list(store.query(PREAMBLE + q)))
        assert len(slow_rows) == len(fast_rows), name
        total_rdflib += slow
        total_oxigraph += fast
        print(f"  {name}: rdflib {slow:.2f} s, oxigraph {fast:.3f} s -> {slow / fast:.0f}x ({len(fast_rows)} rows)")
    print(f"  all queries: {total_rdflib / total_oxigraph:.0f}x (goal >= 20x)")


def bolt(nodes: int) -> None:
    from neo4j import GraphDatabase

    from tests.servers import start_falkordb

    server = start_falkordb()
    driver = GraphDatabase.driver(f"bolt://127.0.0.1:{server.port}", auth=("falkordb", ""))
    rows = [
        {"id": f"n{i}", "props": {"id": f"n{i}", "name": f"Node {i}", "sources": [f"doc:{i}-{i}"]}}
        for i in range(nodes)
    ]
    statement = "UNWIND $rows AS row MERGE (n:Resource {id: row.id}) SET n = row.props"
    try:
        with driver.session() as session:
            session.run("CREATE INDEX FOR (n:Resource) ON (n.id)").consume()
            one, _ = timed(lambda: [session.run(statement, rows=[r]).consume() for r in rows])
            session.run("MATCH (n:Resource) DETACH DELETE n").consume()
            from gapgraph.stores.bolt import batches

            batched, _ = timed(lambda: [session.run(statement, rows=b).consume() for b in batches(rows, 3500)])
            count = session.run("MATCH (n:Resource) RETURN count(n) AS n").single()["n"]
    finally:
        driver.close()
        server.stop()
    assert count == nodes
    print(f"Bolt (FalkorDB), {nodes:,} nodes")
    rates = f"row by row {nodes / one:,.0f} rows/s, batched {nodes / batched:,.0f} rows/s"
    print(f"  {rates} -> {one / batched:.0f}x (goal >= 10x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--programmes", type=int, default=420)
    parser.add_argument("--bolt-nodes", type=int, default=3000)
    args = parser.parse_args()
    sparql(args.programmes)
    bolt(args.bolt_nodes)


if __name__ == "__main__":
    main()
