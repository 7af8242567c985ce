"""Precision and recall on reports the loaders were not written against (``tests/data/unseen-*``).

Each folder holds an invented report of another country's joint programme, written by a helper that
saw neither the code nor the corpus, and its gold (``gold/*.yaml``, the format of
``tests/gold/README.md``), written by another helper by reading the text only. The build uses the base
registry alone: no programme registry knows these programmes. Run ``python -m tests.quality_unseen``
to print, per folder, entities and typed relations (every type, then by type), scored as
:mod:`tests.quality` scores the corpus (the folder's programme stands for ``programme``).

These figures say how far the reading carries to a programme nobody curated; they are far below the
corpus's (see the README, "Reports nobody curated").
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import yaml

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from tests import quality

DATA = Path(__file__).parent / "data"


def folders() -> list[Path]:
    """The unseen-report folders that hold gold."""
    return sorted(p for p in DATA.glob("unseen-*") if list((p / "gold").glob("*.yaml")))


def score(kg: KnowledgeGraph, folder: Path) -> tuple[quality.Score, quality.Score, dict[str, quality.Score]]:
    """Entities, typed relations and relations by type of ``kg`` against the folder's gold."""
    programmes = [n for n, _ in kg.nodes("Programme")]
    saved = quality.PROGRAMME
    quality.PROGRAMME = programmes[0] if len(programmes) == 1 else saved
    try:
        entities, by_type = [], defaultdict(list)
        for path in sorted((folder / "gold").glob("*.yaml")):
            gold = yaml.safe_load(path.read_text(encoding="utf-8"))
            entities.append(quality.score_entities(kg, gold))
            for relation, value in quality.relation_scores(kg, gold).items():
                by_type[relation].append(value)
    finally:
        quality.PROGRAMME = saved
    per_type = {r: quality.total(v) for r, v in by_type.items()}
    return quality.total(entities), quality.total(list(per_type.values())), per_type


def report() -> str:
    from gapgraph.loaders.pipeline import build

    out = []
    for folder in folders():
        kg = build(folder, registries=[]).kg
        entities, relations, per_type = score(kg, folder)
        out.append(f"{folder.name}: entities {entities}; typed relations {relations}")
        for relation, value in sorted(per_type.items(), key=lambda item: -item[1].gold):
            out.append(f"  {relation}: {value}")
    return "\n".join(out)


if __name__ == "__main__":
    print(report())
