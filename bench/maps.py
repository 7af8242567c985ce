"""Benchmark a large map in one run: a synthetic neighbourhood of about 10,000 nodes, written by
gapgraph and opened in headless Chromium (Debian's) with Playwright.

    python bench/maps.py [--programmes 900] [--runs 3]

Prints the time to build the page in Python and, in the browser, the time from navigation to the
first paint and to the network's first drawing (goal: under 5 s).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.synthetic_graph import generate
from gapgraph.viz.maps import ego_map
from gapgraph.viz.page import PHYSICS_LIMIT, write
from gapgraph.viz.screenshot import CHROMIUM_FLAGS, chromium_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--programmes", type=int, default=900)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    kg = generate(args.programmes)
    agency = next(n for n, _ in kg.nodes("UNAgency"))
    started = time.perf_counter()
    drawn = ego_map(kg, agency, 2)
    with tempfile.TemporaryDirectory() as folder:
        page_file = write(drawn, {"documents": [], "built": "synthetic"}, Path(folder) / "map.html")
        built = time.perf_counter() - started
        size = page_file.stat().st_size
        print(f"map: {len(drawn.nodes):,} nodes, {len(drawn.edges):,} edges (physics off above {PHYSICS_LIMIT})")
        print(f"  page built in Python in {built:.1f} s ({size / 1e6:.1f} MB, layout computed by networkx)")
        from playwright.sync_api import sync_playwright

        paints, drawings = [], []
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
            for _ in range(args.runs):
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                page.goto(page_file.resolve().as_uri())
                page.wait_for_function("document.body.dataset.ready === 'true'", timeout=120_000)
                first_paint = page.evaluate(
                    "(performance.getEntriesByName('first-paint')[0] || {startTime: NaN}).startTime"
                )
                paints.append(first_paint / 1000)
                drawings.append(page.evaluate("gapgraph.state.readyAt") / 1000)
                assert page.evaluate("gapgraph.drawn().nodes") == len(drawn.nodes)
                page.close()
            browser.close()
    print(
        f"  headless Chromium, {args.runs} runs: first paint median {statistics.median(paints):.2f} s, "
        f"network drawn median {statistics.median(drawings):.2f} s (goal < 5 s: "
        f"{'met' if statistics.median(drawings) < 5 else 'NOT met'})"
    )


if __name__ == "__main__":
    main()
