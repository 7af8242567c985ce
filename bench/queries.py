"""Benchmark the named queries on a synthetic graph of about 100,000 nodes, in one run.

    python bench/queries.py [--programmes 1400] [--pairs 200] [--no-servers]

``path`` from an agency or a partner to an outcome of a programme it works in (goal: median under
10 ms with networkx), timed alongside on the embedded Oxigraph store (SPARQL), on a real Neo4j 5
(Cypher over Bolt) and on a real Apache Jena Fuseki (SPARQL over HTTP), with the same answers
checked on a sample; then ``partners`` and ``profile`` the same way.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.synthetic_graph import generate
from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.queries.named import QUERIES, run_cypher, run_networkx, run_sparql
from gapgraph.stores.oxigraph import in_memory


def pairs(kg: KnowledgeGraph, count: int, seed: int = 3) -> list[dict[str, str]]:
    """(start, goal) pairs: an actor of a programme and one of that programme's outcomes."""
    rng = random.Random(seed)
    outcomes: dict[str, list[str]] = {}
    for outcome, programme, _, _ in kg.edges("partOf"):
        if kg.node(outcome)["type"] == "Outcome":
            outcomes.setdefault(programme, []).append(outcome)
    members = [(u, v) for u, v, _, _ in kg.edges("participatesIn") if v in outcomes]
    chosen = rng.sample(members, count)
    return [{"start": actor, "goal": rng.choice(outcomes[programme])} for actor, programme in chosen]


def timings(work, cases: list[dict[str, str]]) -> tuple[list[float], list]:
    times, answers = [], []
    for arguments in cases:
        start = time.perf_counter()
        answers.append(work(arguments))
        times.append(time.perf_counter() - start)
    return times, answers


def line(label: str, times: list[float]) -> str:
    ms = sorted(t * 1000 for t in times)
    p95 = ms[int(0.95 * (len(ms) - 1))]
    return f"  {label:<22} median {statistics.median(ms):8.2f} ms   p95 {p95:8.2f} ms   ({len(ms)} runs)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--programmes", type=int, default=1400)
    parser.add_argument("--pairs", type=int, default=200)
    parser.add_argument("--no-servers", action="store_true", help="skip Neo4j and Fuseki (not built here)")
    args = parser.parse_args()

    started = time.perf_counter()
    kg = generate(args.programmes)
    print(
        f"synthetic graph: {len(kg):,} nodes, {kg.number_of_edges():,} edges "
        f"({args.programmes} programmes, {time.perf_counter() - started:.0f} s to generate)"
    )
    cases = pairs(kg, args.pairs)
    sample = cases[: max(20, args.pairs // 10)]
    path = QUERIES["path"]

    networkx_times, networkx_answers = timings(lambda a: run_networkx(path, kg, a), cases)
    assert all(networkx_answers), "every pair has a contribution path"
    print("path (actor -> outcome of its programme)")
    print(
        line("networkx", networkx_times)
        + f"   goal < 10 ms: {'met' if statistics.median(networkx_times) < 0.010 else 'NOT met'}"
    )

    started = time.perf_counter()
    store = in_memory(kg)
    print(f"  (Oxigraph: {len(store):,} triples loaded in {time.perf_counter() - started:.0f} s)")
    sparql_times, sparql_answers = timings(lambda a: run_sparql(path, store, a), sample)
    assert sparql_answers == networkx_answers[: len(sample)], "SPARQL gives the same paths"
    print(
        line("SPARQL (Oxigraph)", sparql_times)
        + f"   {statistics.median(sparql_times) / statistics.median(networkx_times):.0f}x networkx"
    )

    others = {"partners": [{"actor": c["start"]} for c in sample], "profile": [{"actor": c["start"]} for c in sample]}
    for name, argument_list in others.items():
        query = QUERIES[name]
        nx_times, nx_answers = timings(lambda a, q=query: run_networkx(q, kg, a), argument_list)
        sp_times, sp_answers = timings(lambda a, q=query: run_sparql(q, store, a), argument_list)
        assert sp_answers == nx_answers, name
        print(f"{name}")
        print(line("networkx", nx_times))
        print(line("SPARQL (Oxigraph)", sp_times))

    if args.no_servers:
        return
    servers(kg, sample)


def servers(kg: KnowledgeGraph, sample: list[dict[str, str]]) -> None:
    """``path`` and ``partners`` in Cypher on Neo4j and in SPARQL on Fuseki (same answers as networkx)."""
    import logging
    import tempfile

    from neo4j import GraphDatabase

    from gapgraph.queries.sparql import Endpoint
    from gapgraph.stores.bolt import BoltLoader
    from gapgraph.stores.sparql_endpoint import push
    from tests.servers import NEO4J_PASSWORD, start_fuseki, start_neo4j

    logging.getLogger("neo4j").setLevel(logging.ERROR)  # not a notice per relationship type a graph lacks
    arguments = {"path": sample, "partners": [{"actor": c["start"]} for c in sample]}
    answers = {name: [run_networkx(QUERIES[name], kg, a) for a in cases] for name, cases in arguments.items()}
    with tempfile.TemporaryDirectory() as folder:
        neo4j, fuseki = start_neo4j(Path(folder), NEO4J_PASSWORD), start_fuseki()
        driver = GraphDatabase.driver(f"bolt://127.0.0.1:{neo4j.port}", auth=("neo4j", NEO4J_PASSWORD))
        try:
            started = time.perf_counter()
            BoltLoader(driver).load(kg)
            print(f"  (Neo4j: loaded over Bolt in {time.perf_counter() - started:.0f} s)")
            started = time.perf_counter()
            push(kg, f"http://127.0.0.1:{fuseki.port}/ds/data")
            print(f"  (Fuseki: pushed in {time.perf_counter() - started:.0f} s)")
            endpoint = Endpoint(f"http://127.0.0.1:{fuseki.port}/ds/query")
            for name, cases in arguments.items():
                query = QUERIES[name]
                cypher_times, cypher_answers = timings(lambda a, q=query: run_cypher(q, driver, a), cases)
                fuseki_times, fuseki_answers = timings(lambda a, q=query: run_sparql(q, endpoint, a), cases)
                assert cypher_answers == answers[name], f"{name}: Cypher gives the networkx answers"
                assert fuseki_answers == answers[name], f"{name}: Fuseki gives the networkx answers"
                print(f"{name}, servers")
                print(line("Cypher (Neo4j 5)", cypher_times))
                print(line("SPARQL (Fuseki)", fuseki_times))
        finally:
            driver.close()
            neo4j.stop()
            fuseki.stop()


if __name__ == "__main__":
    main()
