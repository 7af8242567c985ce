"""Benchmark the named queries on a synthetic graph of about 100,000 nodes, in one run.

    python bench/queries.py [--programmes 1400] [--pairs 200] [--no-bolt]

``path`` from an agency or a partner to an outcome of a programme it works in (goal: median under
10 ms with networkx), timed alongside on the embedded Oxigraph store (SPARQL) and on FalkorDB (Cypher,
over Bolt), with the same answers checked on a sample; then ``partners`` and ``profile`` the same way.
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
    parser.add_argument("--no-bolt", action="store_true", help="skip the Cypher timings (no FalkorDB here)")
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

    if args.no_bolt:
        return
    from neo4j import GraphDatabase

    from gapgraph.stores.bolt import BoltLoader
    from tests.servers import start_falkordb

    server = start_falkordb()
    driver = GraphDatabase.driver(f"bolt://127.0.0.1:{server.port}", auth=("falkordb", ""))
    try:
        started = time.perf_counter()
        BoltLoader(driver, batch_bytes=3500).load(kg)
        print(f"  (FalkorDB: loaded over Bolt in {time.perf_counter() - started:.0f} s)")
        cypher_times, cypher_answers = timings(lambda a: run_cypher(path, driver, a), sample)
        assert cypher_answers == networkx_answers[: len(sample)], "Cypher gives the same paths"
        print("path, Cypher")
        print(
            line("Cypher (FalkorDB)", cypher_times)
            + f"   {statistics.median(cypher_times) / statistics.median(networkx_times):.0f}x networkx"
        )
    finally:
        driver.close()
        server.stop()


if __name__ == "__main__":
    main()
