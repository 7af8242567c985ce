"""Where the corpus build spends its time, in one run, as shares of the whole.

    python bench/build.py [--corpus ../shared/corpus] [--registry data/registries/closing-gaps-mexico.yaml]

Builds the corpus once with the pipeline's own stages timed (the progress steps: manifest and
documents read, the registries, each document's loader) and each reader that runs on every document
(``loaders.pipeline.EVERY_DOCUMENT``), the generic reading and discovery timed apart by wrapping
them for this run only; then the same corpus without the programme registry. It prints each stage's
seconds and share of the build, and the ratio of the two builds, so a rule that makes the build
slower shows as a larger share in one run, whatever the machine's load.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gapgraph.loaders import discovery, generic, pipeline

REPO = Path(__file__).resolve().parents[1]


class Timer:
    """Seconds spent per stage name, for one build."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self._stage: str | None = None
        self._since = 0.0

    def step(self, message: str) -> None:
        """The pipeline's progress callback: a new stage starts."""
        self.stop()
        if message.startswith("loading ") and "registry" not in message:
            message = "loading a document (its own loader)"
        elif message.startswith("reading ") and "manifest" not in message:
            message = "reading the documents"
        self._stage = message
        self._since = time.perf_counter()

    def stop(self) -> None:
        if self._stage is not None:
            self.seconds[self._stage] += time.perf_counter() - self._since
            self._stage = None

    def wrap(self, name: str, work: Callable) -> Callable:
        """``work`` timed under ``name``, its time taken out of the stage that calls it."""

        def timed(*args, **kwargs):
            start = time.perf_counter()
            try:
                return work(*args, **kwargs)
            finally:
                spent = time.perf_counter() - start
                self.seconds[name] += spent
                if self._stage is not None:
                    self.seconds[self._stage] -= spent

        return timed


def timed_build(corpus: Path, registries: list[str]) -> tuple[float, Timer, int, int]:
    """One build with its stages timed: (seconds, timer, nodes, edges)."""
    timer = Timer()
    originals = [(reader, reader.load) for reader in pipeline.EVERY_DOCUMENT]
    wrapped = [
        (generic, "reading", generic.reading),
        (discovery, "things_first", discovery.things_first),
        (pipeline, "check_models", pipeline.check_models),
    ]
    try:
        for reader, load in originals:
            reader.load = timer.wrap(f"every document: {reader.__name__.rsplit('.', 1)[-1]}", load)
        for module, name, work in wrapped:
            setattr(module, name, timer.wrap(f"{module.__name__.rsplit('.', 1)[-1]}.{name}", work))
        start = time.perf_counter()
        result = pipeline.build(corpus, progress=timer.step, registries=registries)
        timer.stop()
        total = time.perf_counter() - start
    finally:
        for reader, load in originals:
            reader.load = load
        for module, name, work in wrapped:
            setattr(module, name, work)
    return total, timer, len(result.kg), result.kg.number_of_edges()


def report(title: str, total: float, timer: Timer, nodes: int, edges: int) -> None:
    print(f"{title}: {total:.2f} s ({nodes} nodes, {edges} edges)")
    for stage, seconds in sorted(timer.seconds.items(), key=lambda item: -item[1]):
        if seconds >= 0.005:
            print(f"  {seconds / total:6.1%}  {seconds:6.2f} s  {stage}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    parser.add_argument("--registry", default=str(REPO / "data" / "registries" / "closing-gaps-mexico.yaml"))
    args = parser.parse_args(argv)
    pipeline.build(args.corpus, registries=[])  # warm: imports and compiled patterns are not the build's
    with_registry = timed_build(args.corpus, [args.registry])
    report("with the programme registry", *with_registry)
    without = timed_build(args.corpus, [])
    report("without it", *without)
    print(f"with / without the registry: {with_registry[0] / without[0]:.2f}x")


if __name__ == "__main__":
    main()
