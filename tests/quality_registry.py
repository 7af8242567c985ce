"""What the programme registry adds: recall against every gold annotation, with and without it.

Run ``python -m tests.quality_registry`` to print, for every gold file with entities and relations
(``tests/gold/``, written by reading the text), entity and typed-relation recall when the corpus is
built with the base registry alone and with ``data/registries/closing-gaps-mexico.yaml`` too, and
the ratios the project's targets bound (entities >= 0.85, typed relations >= 0.75). The scoring is
:mod:`tests.quality`'s.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from tests.quality import GOLD, load_gold, score_entities, score_relations


@dataclass(frozen=True)
class Recall:
    """Found and gold counts over a set of gold files."""

    found: int
    gold: int

    @property
    def value(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    def __str__(self) -> str:
        return f"{self.value:.2f} ({self.found}/{self.gold})"


def gold_files() -> list[str]:
    """The gold files that annotate entities and relations of one document's lines."""
    names = []
    for path in sorted(GOLD.glob("*.yaml")):
        data = load_gold(path.name)
        if isinstance(data, dict) and data.get("document") and data.get("lines") and data.get("entities"):
            names.append(path.name)
    return names


def recalls(kg: KnowledgeGraph, names: list[str]) -> tuple[Recall, Recall]:
    """Entity and typed-relation recall of ``kg`` over the gold files ``names``."""
    entities = relations = gold_entities = gold_relations = 0
    for name in names:
        gold = load_gold(name)
        gold.setdefault("relations", [])
        e, r = score_entities(kg, gold), score_relations(kg, gold)
        entities, gold_entities = entities + e.found, gold_entities + e.gold
        relations, gold_relations = relations + r.found, gold_relations + r.gold
    return Recall(entities, gold_entities), Recall(relations, gold_relations)


def report(without: KnowledgeGraph, with_registry: KnowledgeGraph) -> str:
    names = gold_files()
    (e0, r0), (e1, r1) = recalls(without, names), recalls(with_registry, names)
    lines = [
        f"{len(names)} gold files",
        f"{'':28} {'base registry only':>20} {'with the programme registry':>28}  ratio",
    ]
    lines.append(f"{'entity recall':28} {e0!s:>20} {e1!s:>28}  {e0.value / e1.value if e1.value else 1:.2f}")
    lines.append(f"{'typed relation recall':28} {r0!s:>20} {r1!s:>28}  {r0.value / r1.value if r1.value else 1:.2f}")
    return "\n".join(lines)


if __name__ == "__main__":
    from gapgraph.loaders.pipeline import build
    from tests.conftest import CORPUS, MEXICO_REGISTRY

    print(report(build(Path(CORPUS), registries=[]).kg, build(Path(CORPUS), registries=[MEXICO_REGISTRY]).kg))
