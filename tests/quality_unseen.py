"""Precision and recall on reports the loaders were not written against (``tests/data/unseen-*``).

Each folder holds an invented report of another country's joint programme, written by a helper that
saw neither the code nor the corpus, and its gold (``gold/*.yaml``, the format of
``tests/gold/README.md``), written by another helper by reading the text only. The build uses the base
registry alone: no programme registry knows these programmes. Run ``python -m tests.quality_unseen``
to print, per folder, entities and typed relations (every type, then by type), scored as
:mod:`tests.quality` scores the corpus (the folder's programme stands for ``programme``), and
``python -m tests.quality_unseen --misses RELATION FOLDER`` (``--entity-misses FOLDER``) to list one
folder's missed and extra edges of a relation (entities). This reads the folder's gold to you: keep a
folder unread to keep its measure honest.

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
    saved, quality.PROGRAMME = quality.PROGRAMME, _programme_of(kg)
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


def _programme_of(kg: KnowledgeGraph) -> str:
    programmes = [n for n, _ in kg.nodes("Programme")]
    return programmes[0] if len(programmes) == 1 else quality.PROGRAMME


def misses(relation: str | None, folder: Path) -> str:
    """The folder's gold triples of ``relation`` the build misses and its edges the gold lacks (None:
    its gold entities the build misses and its nodes the gold lacks)."""
    from gapgraph.loaders.pipeline import build

    kg = build(folder, registries=[]).kg
    parts = {str(p): yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((folder / "gold").glob("*.yaml"))}
    parts = {p: g for p, g in parts.items() if "relations" in g}
    saved, quality.PROGRAMME = quality.PROGRAMME, _programme_of(kg)
    try:
        if relation is None:
            return quality.entity_misses(kg, folder, parts=parts)
        return quality.misses(kg, relation, folder, parts)
    finally:
        quality.PROGRAMME = saved


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
    import sys

    if len(sys.argv) == 4 and sys.argv[1] == "--misses":
        print(misses(sys.argv[2], DATA / Path(sys.argv[3]).name))
    elif len(sys.argv) == 3 and sys.argv[1] == "--entity-misses":
        print(misses(None, DATA / Path(sys.argv[2]).name))
    else:
        print(report())
