"""The build gives the same graph every run: the corpus built in two processes with different
``PYTHONHASHSEED`` (so sets of strings iterate in different orders) has the same nodes and edges,
each with the same type, name, aliases, sources and attribute values, in the same order.

Run ``python -m tests.test_determinism`` to print one build's fingerprint (one line per node or edge).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.ontology.models import Source

REPO = Path(__file__).resolve().parents[1]
SEEDS = ("1", "2")


def _cited(sources: list[Source]) -> list[str]:
    """Sources as written, in the order the graph holds them (a first source is used by readers)."""
    return [f"{s.doc}:{s.lines[0]}-{s.lines[1]}" for s in sources]


def _claims(attributes: dict[str, Any]) -> dict[str, list[tuple[str, list[str]]]]:
    return {
        key: [(repr(claim["value"]), _cited(claim["sources"])) for claim in claims]
        for key, claims in sorted(attributes.items())
    }


def fingerprint(kg: KnowledgeGraph) -> list[str]:
    """One JSON line per node and per edge, sorted: everything the graph states about it."""
    lines = [
        json.dumps(
            [
                "node",
                node_id,
                data["type"],
                data["name"],
                data["aliases"],
                _cited(data["sources"]),
                _claims(data["attributes"]),
            ],
            ensure_ascii=False,
        )
        for node_id, data in kg.nodes()
    ]
    lines += [
        json.dumps(["edge", u, key, v, _cited(data["sources"]), _claims(data["attributes"])], ensure_ascii=False)
        for u, v, key, data in kg.edges()
    ]
    return sorted(lines)


def _build_in_process(seed: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    env.pop("GAPGRAPH_REGISTRY", None)
    return subprocess.Popen(
        [sys.executable, "-m", "tests.test_determinism"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


def test_two_hash_seeds_build_the_same_graph(corpus: Path) -> None:
    runs = [_build_in_process(seed) for seed in SEEDS]
    outputs = []
    for run in runs:
        out, err = run.communicate(timeout=300)
        assert run.returncode == 0, err[-2000:]
        outputs.append(out.splitlines())
    first, second = outputs
    assert len(first) > 1000  # the corpus graph, not an empty one
    only_first = sorted(set(first) - set(second))
    only_second = sorted(set(second) - set(first))
    assert not only_first and not only_second, (
        f"PYTHONHASHSEED={SEEDS[0]} only: {only_first[:5]}\nPYTHONHASHSEED={SEEDS[1]} only: {only_second[:5]}"
    )


def test_fingerprint_tells_a_changed_source_order() -> None:
    """The fingerprint sees the order of a node's sources, not only their set (a negative case)."""
    one, two = KnowledgeGraph(), KnowledgeGraph()
    a, b = Source(doc="d", lines=(1, 1)), Source(doc="d", lines=(2, 2))
    for kg, order in ((one, (a, b)), (two, (b, a))):
        for src in order:
            kg.add_node("x", "GovernmentBody", "Ghana Statistical Service", src)
    assert fingerprint(one) != fingerprint(two)
    same = KnowledgeGraph()
    for src in (a, b):
        same.add_node("x", "GovernmentBody", "Ghana Statistical Service", src)
    assert fingerprint(one) == fingerprint(same)


def test_a_new_sources_list_never_reads_a_dropped_lists_members() -> None:
    """The graph's cache of source sets is keyed by a list's id; a list dropped and a new one made at
    the same address (CPython reuses freed ones) must start empty, not with the dropped list's members."""
    kg, src = KnowledgeGraph(), Source(doc="albania-report", lines=(3, 3))
    for _ in range(20):
        dropped: list[Source] = []
        kg._add_source(dropped, src)
        del dropped
        fresh: list[Source] = []
        kg._add_source(fresh, src)
        assert fresh == [src]
        kg._add_source(fresh, src)
        assert fresh == [src]  # still added once


if __name__ == "__main__":
    from gapgraph.loaders.pipeline import build
    from tests.conftest import CORPUS, MEXICO_REGISTRY

    if not (CORPUS / "manifest.yaml").is_file():
        pytest.exit(f"corpus not found at {CORPUS}")
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    print("\n".join(fingerprint(build(CORPUS, registries=[MEXICO_REGISTRY]).kg)))
