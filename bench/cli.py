"""Benchmark the command line's start: ``gapgraph --help`` and ``gapgraph ask partners ILO`` against
``python -c "import typer"``, paired in one run (medians of interleaved runs, so load on the machine
weighs on all three alike).

    python bench/cli.py [--corpus ../shared/corpus] [--runs 15]

Goals: ``--help`` within 4x and ``ask partners ILO`` within 10x the time of importing typer.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    parser.add_argument("--registry", type=Path, action="append", default=[])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    python = sys.executable
    cli = [python, "-m", "gapgraph.cli.main"]
    with tempfile.TemporaryDirectory() as folder:
        store = str(Path(folder) / "store")
        registries = [part for r in args.registry for part in ("--registry", str(r))]
        subprocess.run([*cli, "build", "--corpus", str(args.corpus), *registries, "--store", store, "-q"], check=True)
        commands = {
            "import typer": [python, "-c", "import typer"],
            "gapgraph --help": [*cli, "--help"],
            "gapgraph ask partners ILO": [*cli, "ask", "partners", "ILO", "--store", store, "--format", "csv"],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                times[name].append(timed(command))
    base = statistics.median(times["import typer"])
    print(f"{'command':28} {'median':>9} {'ratio':>6}  goal")
    for name, goal in (("import typer", None), ("gapgraph --help", 4), ("gapgraph ask partners ILO", 10)):
        median = statistics.median(times[name])
        ratio = median / base
        verdict = "" if goal is None else f"< {goal}x {'met' if ratio < goal else 'NOT met'}"
        print(f"{name:28} {median * 1000:7.0f} ms {ratio:5.1f}x  {verdict}")


if __name__ == "__main__":
    main()
