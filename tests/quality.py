"""Precision and recall of the loaders against our own gold annotations (``tests/gold/``).

Run ``python -m tests.quality`` to print the figures the README reports.

How the scoring works:

- a gold name is looked up among the built graph's node names and aliases (in the resolver's
  normal form; a ``scope`` picks the node located in that place when a name is shared);
- **entities**: a gold entity is found when its node exists with the gold type and, if the gold
  gives a place, is ``locatedIn`` a place of that name. The predicted entities are the actors and
  mechanisms that cite the annotated lines. Precision = predicted entities that are correct gold
  entities / predicted; recall = correct gold entities / gold entities;
- **relations**: gold triples whose both ends resolve, against the predicted edges of the same
  relation types that cite the annotated lines;
- **indicator values**: every gold value must be a printed value of the observation (indicator,
  kind, period) citing the document — a gold value ending in "..." only has to start it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

from gapgraph.graph.ids import node_iri
from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.graph.resolve import normalise

GOLD = Path(__file__).parent / "gold"
PROGRAMME = node_iri("Programme", "Closing gaps: making social protection work for women in Mexico")
EVENT = node_iri("Event", PROGRAMME.rsplit("/", 1)[-1], "2022-05-18")
ENTITY_FAMILIES = ("Actor", "Mechanism")


@dataclass
class Score:
    """Counts behind a precision and a recall."""

    true_positives: int
    predicted: int
    gold: int
    found: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    def __str__(self) -> str:
        precision = f"P {self.precision:.2f} ({self.true_positives}/{self.predicted})"
        return f"{precision}, R {self.recall:.2f} ({self.found}/{self.gold})"


class GoldIndex:
    """Finds the nodes gold names refer to."""

    def __init__(self, kg: KnowledgeGraph) -> None:
        self.kg = kg
        self.names: dict[str, set[str]] = defaultdict(set)
        for node_id, data in kg.nodes():
            for name in (data["name"], *data["aliases"]):
                self.names[normalise(name)].add(node_id)

    def places_of(self, node_id: str) -> set[str]:
        return {
            normalise(self.kg.node(v)["name"])
            for _, v, d in self.kg.graph.out_edges(node_id, data=True)
            if d["type"] == "locatedIn"
        }

    def find(self, name: str, scope: str | None = None) -> str | None:
        if name == "programme":
            return PROGRAMME
        if name == "event":
            return EVENT
        candidates = self.names.get(normalise(name), set())
        bracket = re.match(r"^(?P<name>.+?)\s*\((?P<short>[^()]+)\)$", name)
        if not candidates and bracket:  # "Secretary of Labor and Social Protection (STPS)": both must name it
            candidates = self.names.get(normalise(bracket["name"]), set()) & self.names.get(
                normalise(bracket["short"]), set()
            )
        if scope is not None:
            candidates = {c for c in candidates if normalise(scope.replace("-", " ")) in self.places_of(c)}
        return next(iter(candidates)) if len(candidates) == 1 else None


def _cites(sources: list, doc: str, lines: tuple[int, int]) -> bool:
    return any(s.doc == doc and lines[0] <= s.lines[0] <= lines[1] for s in sources)


def score_entities(kg: KnowledgeGraph, gold: dict) -> Score:
    index = GoldIndex(kg)
    doc, lines = gold["document"], tuple(gold["lines"])
    correct: set[str] = set()
    for entity in gold["entities"]:
        node = index.find(entity["name"], entity.get("scope"))
        if node is None or kg.node(node)["type"] != entity["type"]:
            continue
        if entity.get("place") and normalise(entity["place"]) not in index.places_of(node):
            continue
        correct.add(node)
    predicted = {
        n
        for n, d in kg.nodes()
        if any(kg.schema.is_a(d["type"], f) for f in ENTITY_FAMILIES) and _cites(d["sources"], doc, lines)
    }
    return Score(len(predicted & correct), len(predicted), len(gold["entities"]), len(correct))


def score_relations(kg: KnowledgeGraph, gold: dict) -> Score:
    index = GoldIndex(kg)
    doc, lines = gold["document"], tuple(gold["lines"])
    relations = {r for _, r, _ in gold["relations"]}
    expected = set()
    for subject, relation, obj in gold["relations"]:
        s, o = index.find(subject), index.find(obj)
        if s is not None and o is not None:
            expected.add((s, relation, o))
    predicted = {
        (u, d["type"], v) for u, v, _, d in kg.edges() if d["type"] in relations and _cites(d["sources"], doc, lines)
    }
    symmetric = {(o, r, s) for s, r, o in predicted}
    found = {t for t in expected if t in predicted or t in symmetric}
    return Score(len(predicted & expected), len(predicted), len(gold["relations"]), len(found))


def check_indicator_values(kg: KnowledgeGraph, gold: dict) -> tuple[int, list[str]]:
    """How many gold indicator values and result statements the graph holds; the ones it misses."""
    total, missing = 0, []
    for report in gold["reports"]:
        doc = report["document"]
        results = {
            kg.value(n, "code"): n
            for n, d in kg.nodes()
            if d["type"] in ("Outcome", "Output")
            and any(s.doc == doc for s in d["sources"])
            and (n, PROGRAMME) in {(u, v) for u, v, _, e in kg.edges("partOf")}
        }
        for code, statement in report["results"].items():
            total += 1
            node = results.get(code)
            if node is None or statement not in [c["value"] for c in kg.claims(node, "statement")]:
                missing.append(f"{doc}: {code} statement {statement!r}")
        for item in report["indicators"]:
            parent = results.get(item["result"])
            indicator = None
            if parent is not None:
                indicator = next(
                    (
                        u
                        for u, _, d in kg.graph.in_edges(parent, data=True)
                        if d["type"] == "measures"
                        and normalise(item["indicator"])
                        in {normalise(x) for x in (kg.node(u)["name"], *kg.node(u)["aliases"])}
                    ),
                    None,
                )
            for column, printed in item["values"].items():
                total += 1
                kind, period = column.split(" ")[0], column.split(" ")[-1]
                values = _printed(kg, indicator, kind, period, doc) if indicator else []
                prefix = printed.endswith("...")
                wanted = " ".join(printed.rstrip(".").split()) if prefix else " ".join(printed.split())
                if not any(v == wanted or (prefix and v.startswith(wanted)) for v in values):
                    missing.append(f"{doc}: {item['result']} / {item['indicator'][:50]} / {column} = {printed!r}")
    return total, missing


def _printed(kg: KnowledgeGraph, indicator: str, kind: str, period: str, doc: str) -> list[str]:
    values = []
    for _, obs, data in kg.graph.out_edges(indicator, data=True):
        if data["type"] != "hasObservation":
            continue
        if kg.value(obs, "observationKind") == kind and kg.value(obs, "period") == period:
            values += [
                " ".join(str(c["value"]).split())
                for c in kg.claims(obs, "value")
                if any(s.doc == doc for s in c["sources"])
            ]
    return values


def load_gold(name: str) -> dict:
    with open(GOLD / name, encoding="utf-8") as f:
        return yaml.safe_load(f)


def report(kg: KnowledgeGraph) -> str:
    lines = []
    for name in ("final_report_partnerships.yaml", "press_release.yaml"):
        gold = load_gold(name)
        lines.append(f"{name}: entities {score_entities(kg, gold)}; relations {score_relations(kg, gold)}")
    total, missing = check_indicator_values(kg, load_gold("results_frameworks.yaml"))
    lines.append(f"results_frameworks.yaml: indicator values and result statements {total - len(missing)}/{total}")
    lines.extend(f"  missing: {m}" for m in missing)
    return "\n".join(lines)


if __name__ == "__main__":
    from gapgraph.loaders.pipeline import build
    from tests.conftest import CORPUS, MEXICO_REGISTRY

    print(report(build(CORPUS, registries=[MEXICO_REGISTRY]).kg))
