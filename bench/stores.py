"""Benchmark the stores on a synthetic graph, in one run, printing ratios.

    python bench/stores.py [--programmes 420] [--bolt-programmes 40] [--large-programmes 1400]

- SPARQL: load time and query time of the embedded Oxigraph store against rdflib's default
  in-memory store, on the same N-Triples and the same queries (goal: Oxigraph at least 20x faster);
  then the same graph (about a million triples) pushed to a real Oxigraph server and a real Fuseki;
- Bolt, on a real Neo4j 5 (``scripts/neo4j-server``): the loader's rows per second batched against one
  statement per row (``batch_bytes=1``: every row alone; goal: at least 30x), for several batch
  sizes (the fastest is the loader's default), and the load of a graph of about 100,000 nodes.
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


def endpoints(programmes: int) -> None:
    """The ~1M-triple graph pushed (default graph and document graphs) to a real Oxigraph server and Fuseki."""
    import tempfile

    from gapgraph.stores.sparql_endpoint import push
    from tests.servers import start_fuseki, start_oxigraph

    kg = generate(programmes)
    with tempfile.TemporaryDirectory() as folder:
        servers = {"Oxigraph server": start_oxigraph(Path(folder)), "Fuseki": start_fuseki()}
        try:
            urls = {
                "Oxigraph server": f"http://127.0.0.1:{servers['Oxigraph server'].port}/store",
                "Fuseki": f"http://127.0.0.1:{servers['Fuseki'].port}/ds/data",
            }
            for name, url in urls.items():
                seconds, sent = timed(lambda u=url: push(kg, u))
                triples = sum(sent.values())
                print(f"  push to {name}: {triples:,} triples in {len(sent)} graphs, {seconds:.0f} s")
        finally:
            for server in servers.values():
                server.stop()


def bolt(programmes: int, large: int, sizes: list[int], large_sizes: list[int]) -> None:
    import tempfile

    from neo4j import GraphDatabase

    from gapgraph.stores.bolt import DEFAULT_BATCH_BYTES, BoltLoader
    from tests.servers import NEO4J_PASSWORD, start_neo4j

    def clear(driver) -> None:
        with driver.session() as session:
            while session.run("MATCH (n) WITH n LIMIT 10000 DETACH DELETE n").consume().counters.nodes_deleted:
                pass

    kg = generate(programmes)
    rows = len(kg) + kg.number_of_edges()
    with tempfile.TemporaryDirectory() as folder:
        server = start_neo4j(Path(folder), NEO4J_PASSWORD)
        driver = GraphDatabase.driver(f"bolt://127.0.0.1:{server.port}", auth=("neo4j", NEO4J_PASSWORD))
        try:
            for _ in range(3):  # warm up the server's JIT and plan cache (the first load is 4x slower)
                BoltLoader(driver).load(kg)
            clear(driver)
            one, report = timed(lambda: BoltLoader(driver, batch_bytes=1).load(kg))
            assert report.batches == rows
            print(
                f"Bolt (Neo4j 5), {len(kg):,} nodes and {kg.number_of_edges():,} relationships "
                f"({programmes} programmes)"
            )
            print(f"  row by row: {rows / one:,.0f} rows/s ({one:.0f} s)")
            best = (0.0, 0)
            for size in sizes:
                clear(driver)
                seconds, report = timed(lambda s=size: BoltLoader(driver, batch_bytes=s).load(kg))
                rate = rows / seconds
                best = max(best, (rate, size))
                print(
                    f"  batches of {size:>9,} bytes: {rate:,.0f} rows/s ({report.batches} batches) "
                    f"-> {one / seconds:.0f}x"
                )
            print(
                f"  fastest: {best[1]:,} bytes, {best[0] * one / rows:.0f}x row by row (goal >= 30x); "
                f"the loader's default is {DEFAULT_BATCH_BYTES:,}"
            )
            big = generate(large)
            big_rows = len(big) + big.number_of_edges()
            print(
                f"  {len(big):,} nodes, {big.number_of_edges():,} relationships ({large} programmes), "
                "into an empty database:"
            )
            for size in large_sizes:
                clear(driver)
                seconds, report = timed(lambda s=size: BoltLoader(driver, batch_bytes=s).load(big))
                print(
                    f"    batches of {size:>10,} bytes: {seconds:.0f} s, {big_rows / seconds:,.0f} rows/s "
                    f"({report.batches} batches)"
                )
            seconds, report = timed(lambda: BoltLoader(driver).load(big))
            print(
                f"    the same again at the default size (MERGE over the loaded graph, then the sweep): {seconds:.0f} s"
            )
        finally:
            driver.close()
            server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--programmes", type=int, default=420)
    parser.add_argument("--bolt-programmes", type=int, default=40, help="graph for row-by-row and batch sizes")
    parser.add_argument("--large-programmes", type=int, default=1400, help="about 100,000 nodes")
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 100_000, 300_000, 1_000_000, 4_000_000])
    parser.add_argument("--large-sizes", type=int, nargs="+", default=[300_000, 1_000_000, 4_000_000])
    parser.add_argument("--only", choices=["sparql", "endpoints", "bolt"], help="run one part")
    args = parser.parse_args()
    if args.only in (None, "sparql"):
        sparql(args.programmes)
    if args.only in (None, "endpoints"):
        endpoints(args.programmes)
    if args.only in (None, "bolt"):
        bolt(args.bolt_programmes, args.large_programmes, args.sizes, args.large_sizes)


if __name__ == "__main__":
    main()
