"""What the programme registry adds: recall against every gold annotation, with and without it.

Run ``python -m tests.quality_registry`` to print, for every gold file with entities and relations
(``tests/gold/``, written by reading the text), entity and typed-relation recall when the corpus is
built with the base registry alone and with ``data/registries/closing-gaps-mexico.yaml`` too, and
the ratios the project's targets bound (entities >= 0.85, typed relations >= 0.75). The scoring is
:mod:`tests.quality`'s. ``--misses`` also lists what the registry finds and the bare build misses,
each with why, grouped by that reason.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.graph.resolve import normalise
from tests.quality import GOLD, GoldIndex, _cites, load_gold, overall, score_entities, score_relations


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
    (p0, q0, _), (p1, q1, _) = overall(without), overall(with_registry)
    for label, a, b in (("entity precision", p0, p1), ("typed relation precision", q0, q1)):
        first, second = (f"{s.precision:.2f} ({s.true_positives}/{s.predicted})" for s in (a, b))
        lines.append(f"{label:28} {first:>20} {second:>28}")
    return "\n".join(lines)


def entity_status(kg: KnowledgeGraph, index: GoldIndex, entity: dict) -> str:
    """'found', or why a gold entity is not found in ``kg`` (as :func:`tests.quality.score_entities` scores)."""
    node = index.find(entity["name"], entity.get("scope"), entity["type"])
    if node is None:
        many = index.names.get(normalise(entity["name"]), set())
        return f"ambiguous ({len(many)} nodes)" if len(many) > 1 else "no node of that name"
    if kg.node(node)["type"] != entity["type"]:
        return f"typed {kg.node(node)['type']}"
    if entity.get("place") and normalise(entity["place"]) not in index.places_of(node):
        return "not placed in " + entity["place"]
    return "found"


def relation_status(kg: KnowledgeGraph, index: GoldIndex, gold: dict, triple: tuple[str, str, str]) -> str:
    """'found', or why a gold triple is not found in ``kg`` (as :func:`tests.quality.relation_scores` scores)."""
    types = {e["name"]: e["type"] for e in gold.get("entities") or [] if e["type"] in kg.schema.classes}
    subject, relation, obj = triple
    s, o = index.find(subject, cls=types.get(subject)), index.find(obj, cls=types.get(obj))
    if s is None or o is None:
        return "unresolved " + " and ".join(n for n, x in (("subject", s), ("object", o)) if x is None)
    doc, lines = gold["document"], tuple(gold["lines"])
    for u, v, _, d in kg.edges(relation):
        if {u, v} == {s, o} and _cites(d["sources"], doc, lines):
            return "found"
    return "no edge"


def misses(without: KnowledgeGraph, with_registry: KnowledgeGraph) -> str:
    """The gold entities and relations found with the programme registry and missed without it, each
    with why it is missed (no node, another type, not placed, an endpoint unresolved, no edge),
    grouped by that reason."""
    out: list[str] = []
    reasons: Counter[str] = Counter()
    for name in gold_files():
        gold = load_gold(name)
        i0, i1 = GoldIndex(without), GoldIndex(with_registry)
        for entity in gold.get("entities") or []:
            if entity["type"] not in without.schema.classes or entity_status(with_registry, i1, entity) != "found":
                continue
            why = entity_status(without, i0, entity)
            if why != "found":
                reasons["entity: " + why.split(" (")[0].split(" in ")[0]] += 1
                out.append(f"E {name}: {entity['name']!r} {entity['type']}: {why}")
        for triple in gold.get("relations") or []:
            if len(triple) != 3 or triple[1] not in without.schema.relations:
                continue
            if relation_status(with_registry, i1, gold, tuple(triple)) != "found":
                continue
            why = relation_status(without, i0, gold, tuple(triple))
            if why != "found":
                reasons["relation: " + why] += 1
                out.append(f"R {name}: {triple}: {why}")
    summary = [f"{n:4}  {r}" for r, n in reasons.most_common()]
    return "\n".join(["found with the programme registry, missed without it:", *summary, *out])


if __name__ == "__main__":
    from gapgraph.loaders.pipeline import build
    from tests.conftest import CORPUS, MEXICO_REGISTRY

    bare, curated = build(Path(CORPUS), registries=[]).kg, build(Path(CORPUS), registries=[MEXICO_REGISTRY]).kg
    print(report(bare, curated))
    if "--misses" in sys.argv:
        print(misses(bare, curated))
