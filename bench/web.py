"""Benchmark ``gapgraph serve`` on the corpus and on the ~100,000-node synthetic graph, in one run.

    python bench/web.py [--store .gapgraph] [--programmes 1400] [--requests 40]

Page time (median, p95) of a node page — an agency (the best connected kind of node) and a partner
— and of the evidence view, each fetched over HTTP from a real uvicorn server on loopback; then the
SPARQL endpoint's throughput on the corpus: small SELECT queries from 8 client threads. (The
synthetic store is saved without its SPARQL store: rdflib's serialisation of its 3.9M triples takes
longer than the rest of the run.)
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.synthetic_graph import generate
from gapgraph.stores import folder
from gapgraph.web.server import serving
from gapgraph.web.workbench import node_url

QUERY = "SELECT ?p ?name WHERE { ?p a prov:Agent ; skos:prefLabel ?name } LIMIT 50"


def fetch(url: str) -> float:
    start = time.perf_counter()
    with urllib.request.urlopen(url, timeout=120) as answer:
        answer.read()
        assert answer.status == 200, url
    return time.perf_counter() - start


def line(label: str, times: list[float]) -> str:
    ms = sorted(t * 1000 for t in times)
    p95 = ms[int(0.95 * (len(ms) - 1))]
    return f"  {label:<34} median {statistics.median(ms):8.1f} ms   p95 {p95:8.1f} ms   ({len(ms)} requests)"


def measure(
    label: str, store: Path, agency: str, partner: str, doc: str, lines: tuple[int, int], n: int, sparql: bool = True
) -> None:
    print(f"{label}:")
    with serving(store) as base:
        for name, path in (
            ("node page, agency", node_url(agency)),
            ("node page, partner", node_url(partner)),
            ("evidence view", f"/doc/{doc}#L{lines[0]}-L{lines[1]}"),
        ):
            fetch(base + path)  # warm
            print(line(name, [fetch(base + path) for _ in range(n)]), flush=True)
        if not sparql:
            return
        url = base + "/sparql?" + urlencode({"query": QUERY})
        fetch(url)
        start = time.perf_counter()
        with ThreadPoolExecutor(8) as pool:
            times = list(pool.map(lambda _: fetch(url), range(400)))
        wall = time.perf_counter() - start
        print(line("SPARQL SELECT, 8 threads", times))
        print(f"  SPARQL throughput: {400 / wall:.0f} queries/s (400 queries in {wall:.2f} s)", flush=True)


def synthetic_store(programmes: int, folder_path: Path) -> Path:
    kg = generate(programmes)
    docs = sorted({s.doc for _, d in kg.nodes() for s in d["sources"]})
    texts = {doc: [f"line {i} of {doc}: a sentence that states a fact" for i in range(1, 401)] for doc in docs}
    meta = {"documents": [{"id": doc, "kind": "synthetic", "title": doc, "lines": 400} for doc in docs]}
    started = time.perf_counter()
    folder.save(kg, folder_path, meta, with_sparql=False, texts=texts)  # pages only: SPARQL is timed on the corpus
    print(
        f"synthetic store: {len(kg)} nodes, {kg.number_of_edges()} edges saved in {time.perf_counter() - started:.0f} s"
    )
    return folder_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=Path(".gapgraph"), help="a store built from the corpus")
    parser.add_argument("--programmes", type=int, default=1400)
    parser.add_argument("--requests", type=int, default=40)
    args = parser.parse_args()
    ident = "https://w3id.org/gapgraph/id/actor/"
    measure("corpus", args.store, ident + "ilo", ident + "imss", "jp-final-report-2022", (54, 60), args.requests)
    with tempfile.TemporaryDirectory() as tmp:
        store = synthetic_store(args.programmes, Path(tmp) / "store")
        kg = folder.load(store)
        agency = next(n for n, d in kg.nodes("UNAgency"))
        partner = next(n for n, d in kg.nodes("GovernmentBody"))
        del kg
        label = f"synthetic, {args.programmes} programmes"
        measure(label, store, agency, partner, "report-7", (54, 60), args.requests, sparql=False)


if __name__ == "__main__":
    main()
