"""Precision and recall of the loaders against our own gold annotations (``tests/gold/``).

Run ``python -m tests.quality`` to print the figures the README reports,
``python -m tests.quality --misses RELATION`` to list, per annotated part, the gold triples of
that relation the graph misses and the graph's edges the gold does not hold, with their lines, and
``python -m tests.quality --entity-misses [PART]`` to list, per part (or the parts whose file name
holds PART), the gold entities missed and why (no node, wrong class, wrong place, name shared) and
the graph's nodes citing the part that the gold lacks, with their lines.

How the scoring works:

- a gold name is looked up among the built graph's node names and aliases (in the resolver's
  normal form; a ``scope`` picks the node located in that place when a name is shared);
- **entities**: a gold entity is found when its node exists with the gold type and, if the gold
  gives a place, is ``locatedIn`` a place of that name or alias. The predicted entities are the actors and
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
        for u, v, _, _ in kg.edges("partOf"):  # "Output 1.1", "Outcome 2": the programme's own results
            if v == PROGRAMME and kg.node(u)["type"] in ("Outcome", "Output"):
                self.names[normalise(str(kg.value(u, "code")))].add(u)

    def places_of(self, node_id: str) -> set[str]:
        """The names and aliases of the places a node is ``locatedIn`` (a gold place names its node
        as any gold name does: by name or alias); a place's are the places it is ``partOf`` too (a
        province is part of its country, as the graph holds subdivisions)."""
        relations = ("locatedIn", "partOf") if self.kg.is_a(node_id, "Place") else "locatedIn"
        return {
            normalise(name)
            for place in self.kg.out(node_id, relations)
            for name in (self.kg.node(place)["name"], *self.kg.node(place)["aliases"])
        }

    def find(self, name: str, scope: str | None = None, cls: str | None = None) -> str | None:
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
        if not candidates and scope is None and cls is not None:
            candidates = self.closest(name, cls)
        return next(iter(candidates)) if len(candidates) == 1 else None

    def closest(self, name: str, cls: str) -> set[str]:
        """The one node of class ``cls`` whose name or alias shares most words with ``name`` (Jaccard
        of content words >= 0.5, and a clear winner): the linking a reader does for "the
        methodology to estimate the costs ..." where the graph's name is the annex title."""
        words = _content(name)
        if len(words) < 2:
            return set()
        scored = []
        for node_id, data in self.kg.nodes():
            if not self.kg.schema.is_a(data["type"], cls):
                continue
            best = 0.0
            for other in (data["name"], *data["aliases"]):
                theirs = _content(other)
                if theirs:
                    best = max(best, len(words & theirs) / len(words | theirs))
            scored.append((best, node_id))
        scored.sort(reverse=True)
        if scored and scored[0][0] >= 0.5 and (len(scored) == 1 or scored[1][0] < scored[0][0]):
            return {scored[0][1]}
        return set()


_STOP = frozenset(re.findall(r"\w+", "the a an of and or for in on to with by at from its their this that as"))


def _content(name: str) -> set[str]:
    return {w for w in normalise(name).split() if w not in _STOP}


def _cites(sources: list, doc: str, lines: tuple[int, int]) -> bool:
    return any(s.doc == doc and lines[0] <= s.lines[0] <= lines[1] for s in sources)


FAMILIES = (
    "Actor",
    "Mechanism",
    "KnowledgeProduct",
    "Pilot",
    "LegalInstrument",
    "Policy",
    "Campaign",
    "Activity",
    "Event",
    "TargetGroup",
)
"""The classes whose nodes count as predicted entities, when the gold file annotates that class."""


def _families(kg: KnowledgeGraph, gold: dict) -> tuple[str, ...]:
    types = {e["type"] for e in gold.get("entities") or [] if e["type"] in kg.schema.classes}
    found = {f for f in FAMILIES if any(kg.schema.is_a(t, f) for t in types)}
    return tuple(sorted(found | set(ENTITY_FAMILIES)))


def score_entities(kg: KnowledgeGraph, gold: dict) -> Score:
    index = GoldIndex(kg)
    doc, lines = gold["document"], tuple(gold["lines"])
    correct: set[str] = set()
    entities = [e for e in gold.get("entities") or [] if e["type"] in kg.schema.classes]
    for entity in entities:
        node = index.find(entity["name"], entity.get("scope"), entity["type"])
        if node is None or kg.node(node)["type"] != entity["type"]:
            continue
        if entity.get("place") and normalise(entity["place"]) not in index.places_of(node):
            continue
        correct.add(node)
    families = _families(kg, gold)
    predicted = {
        n
        for n, d in kg.nodes()
        if any(kg.schema.is_a(d["type"], f) for f in families) and _cites(d["sources"], doc, lines)
    }
    return Score(len(predicted & correct), len(predicted), len(entities), len(correct))


def relation_scores(kg: KnowledgeGraph, gold: dict) -> dict[str, Score]:
    """Precision and recall per relation type of one gold file (types the ontology has)."""
    index = GoldIndex(kg)
    doc, lines = gold["document"], tuple(gold["lines"])
    types = {e["name"]: e["type"] for e in gold.get("entities") or [] if e["type"] in kg.schema.classes}
    triples = [tuple(r) for r in gold.get("relations") or [] if len(r) == 3 and r[1] in kg.schema.relations]
    scores = {}
    for relation in sorted({r for _, r, _ in triples}):
        wanted = [(s, o) for s, r, o in triples if r == relation]
        expected = set()
        for subject, obj in wanted:
            s, o = index.find(subject, cls=types.get(subject)), index.find(obj, cls=types.get(obj))
            if s is not None and o is not None:
                expected.add((s, o))
        predicted = {(u, v) for u, v, _, d in kg.edges(relation) if _cites(d["sources"], doc, lines)}
        right = {p for p in predicted if p in expected or (p[1], p[0]) in expected}
        found = {t for t in expected if t in predicted or (t[1], t[0]) in predicted}
        scores[relation] = Score(len(right), len(predicted), len(wanted), len(found))
    return scores


def total(scores: list[Score]) -> Score:
    return Score(*(sum(getattr(s, f) for s in scores) for f in ("true_positives", "predicted", "gold", "found")))


def score_relations(kg: KnowledgeGraph, gold: dict) -> Score:
    """All relation types of one gold file together."""
    return total(list(relation_scores(kg, gold).values()))


def check_indicator_values(kg: KnowledgeGraph, gold: dict) -> tuple[int, list[str]]:
    """How many gold indicator values and result statements the graph holds; the ones it misses."""
    total, missing = 0, []
    for report in gold["reports"]:
        doc = report["document"]
        parts = {u for u, v, _, e in kg.edges("partOf") if v == PROGRAMME}
        owned = "owner" not in report and report["document"].startswith("jp-")
        results = {
            kg.value(n, "code"): n
            for n, d in kg.nodes()
            if d["type"] in ("Outcome", "Output") and any(s.doc == doc for s in d["sources"]) and (n in parts) == owned
        }
        for code, statement in (report.get("results") or {}).items():
            total += 1
            node = results.get(code)
            if node is None or statement not in [c["value"] for c in kg.claims(node, "statement")]:
                missing.append(f"{doc}: {code} statement {statement!r}")
        for item in report.get("indicators") or []:
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


def contradiction_files() -> list[str]:
    return sorted(p.name for p in GOLD.glob("*.yaml") if "contradictions" in load_gold(p.name))


def check_contradictions(kg: KnowledgeGraph) -> tuple[int, list[str]]:
    """How many gold contradictions ``gapgraph conflicts`` flags; the ones it misses.

    A gold contradiction is flagged when one conflict holds two of its values on different
    sides: a conflict value citing the line of one gold value and another citing another's. Two
    gold values printed on the same line (a result and the explanation beside it that does not add
    up to it) are told apart by the conflict's values, not by their lines: two conflict values each
    citing that line flag it.
    """
    from gapgraph.queries.conflicts import conflicts

    flagged = conflicts(kg, across_documents=False)
    total, missing = 0, []
    for name in contradiction_files():
        for item in load_gold(name)["contradictions"]:
            total += 1
            wanted = [(v.get("doc") or v.get("document"), tuple(v["lines"])) for v in item["values"]]

            def side(value: dict, wanted: list = wanted) -> set[int]:
                return {
                    i
                    for i, (doc, lines) in enumerate(wanted)
                    for s in value["sources"]
                    if s["doc"] == doc and lines[0] <= s["lines"][0] <= lines[1]
                }

            hit = False
            for conflict in flagged:
                sides = [side(v) for v in conflict.values]
                if any(x != y for i, a in enumerate(sides) for b in sides[i + 1 :] for x in a for y in b):
                    hit = True
                    break
            if not hit:
                missing.append(f"{name}: {item.get('what') or item.get('about')}")
    return total, missing


def annotated_parts() -> list[str]:
    """The gold files that annotate entities and relations of one document's lines."""
    return sorted(p.name for p in GOLD.glob("*.yaml") if "relations" in load_gold(p.name))


def merged_parts() -> dict[str, dict]:
    """The annotated parts, files of the same document and lines scored as one (a file that only
    supplements another, as ``press_release_attribution.yaml`` does ``press_release.yaml``)."""
    parts: dict[tuple[str, tuple[int, int]], tuple[str, dict]] = {}
    for name in annotated_parts():
        gold = load_gold(name)
        key = (gold["document"], tuple(gold["lines"]))
        if key in parts:
            first, merged = parts[key]
            merged = {
                **merged,
                "entities": [*(merged.get("entities") or []), *(gold.get("entities") or [])],
                "relations": [*(merged.get("relations") or []), *(gold.get("relations") or [])],
            }
            parts[key] = (f"{first} + {name}", merged)
        else:
            parts[key] = (name, gold)
    for report in _framework_tables():
        for key, (name, gold) in parts.items():
            document, (first, last) = key
            if document == report["document"] and first <= report["lines"][0] and report["lines"][1] <= last:
                implied = framework_hierarchy(report["results"])
                parts[key] = (name, {**gold, "relations": [*(gold.get("relations") or []), *implied]})
    return dict(parts.values())


def _framework_tables() -> list[dict]:
    """The results-framework tables of ``results_frameworks.yaml`` that give their lines."""
    return [r for r in load_gold("results_frameworks.yaml")["reports"] if r.get("lines")]


def framework_hierarchy(results: dict[str, str]) -> list[list[str]]:
    """The structure a results table states by its codes: each result is part of the programme and
    each output contributes to the outcome of its number.

    >>> framework_hierarchy({"Outcome 1": "...", "Output 1.1": "...", "Output 2.1": "..."})
    [['Outcome 1', 'partOf', 'programme'], ['Output 1.1', 'partOf', 'programme'], \
['Output 1.1', 'contributesTo', 'Outcome 1'], ['Output 2.1', 'partOf', 'programme']]
    """
    implied = []
    for code in results:
        implied.append([code, "partOf", "programme"])
        number = re.fullmatch(r"Output (\d+)\.\d+", code)
        if number and f"Outcome {number[1]}" in results:
            implied.append([code, "contributesTo", f"Outcome {number[1]}"])
    return implied


def value_files() -> list[str]:
    """The gold files of results and indicator values."""
    return sorted(p.name for p in GOLD.glob("*.yaml") if "reports" in load_gold(p.name))


def overall(kg: KnowledgeGraph) -> tuple[Score, Score, dict[str, Score]]:
    """Entities and typed relations of every annotated part together, and relations per type."""
    entity_scores, by_type = [], defaultdict(list)
    for gold in merged_parts().values():
        entity_scores.append(score_entities(kg, gold))
        for relation, score in relation_scores(kg, gold).items():
            by_type[relation].append(score)
    per_type = {r: total(scores) for r, scores in by_type.items()}
    return total(entity_scores), total(list(per_type.values())), per_type


def report(kg: KnowledgeGraph) -> str:
    lines = ["entities and typed relations, per annotated part:"]
    by_type: dict[str, list[Score]] = defaultdict(list)
    entity_scores = []
    for name, gold in merged_parts().items():
        entities = score_entities(kg, gold)
        entity_scores.append(entities)
        scores = relation_scores(kg, gold)
        for relation, score in scores.items():
            by_type[relation].append(score)
        lines.append(f"  {name}: entities {entities}; relations {total(list(scores.values()))}")
    every = [score for scores in by_type.values() for score in scores]
    lines.append("(each part: its entities of the classes it annotates, its typed relations of the types it annotates)")
    lines.append(f"all parts: entities {total(entity_scores)}; typed relations {total(every)}")
    lines.append("typed relations by type:")
    for relation, scores in sorted(by_type.items(), key=lambda item: -total(item[1]).gold):
        lines.append(f"  {relation}: {total(scores)}")
    outside = defaultdict(int)
    for name in annotated_parts():
        for triple in load_gold(name).get("relations") or []:
            if len(triple) == 3 and triple[1] not in kg.schema.relations:
                outside[triple[1]] += 1
    if outside:
        lines.append(
            "gold relations the ontology has no name for (not scored): "
            + ", ".join(f"{r} {n}" for r, n in sorted(outside.items()))
        )
    found_total, missed = check_contradictions(kg)
    lines.append(f"contradictions flagged by `gapgraph conflicts`: {found_total - len(missed)}/{found_total}")
    for name in value_files():
        total_values, missing = check_indicator_values(kg, load_gold(name))
        lines.append(f"{name}: indicator values and result statements {total_values - len(missing)}/{total_values}")
        lines.extend(f"  missing: {m}" for m in missing[:8])
        if len(missing) > 8:
            lines.append(f"  ... and {len(missing) - 8} more")
    return "\n".join(lines)


def _gold_comments(path: Path) -> dict[tuple[str, str, str], str]:
    """Each gold triple of a file with the comment its line carries (``# L67 "..."``)."""
    comments = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        body, _, comment = line.partition("#")
        if not body.strip().startswith("- ["):
            continue
        try:
            triple = yaml.safe_load(body.strip()[2:])
        except yaml.YAMLError:
            continue
        if isinstance(triple, list) and len(triple) == 3:
            comments[tuple(map(str, triple))] = comment.strip()
    return comments


def misses(kg: KnowledgeGraph, relation: str, corpus: Path, parts: dict[str, dict] | None = None) -> str:
    """The gold triples of ``relation`` the graph misses (with the gold's comment) and the graph's
    edges of that type on annotated lines that are not gold (with the lines they cite); ``parts``
    (gold files by path) defaults to the corpus's :func:`merged_parts`."""
    from gapgraph.loaders.manifest import read_manifest

    texts = {d.id: Path(d.file).read_text(encoding="utf-8").splitlines() for d in read_manifest(corpus)}
    index = GoldIndex(kg)
    out = []
    for part, gold in (merged_parts() if parts is None else parts).items():
        doc, lines = gold["document"], tuple(gold["lines"])
        types = {e["name"]: e["type"] for e in gold.get("entities") or [] if e["type"] in kg.schema.classes}
        comments: dict[tuple[str, str, str], str] = {}
        for name in part.split(" + "):
            comments.update(_gold_comments(GOLD / name))
        expected = {}
        for s, r, o in (tuple(t) for t in gold.get("relations") or [] if len(t) == 3):
            if r == relation:
                expected[(s, o)] = (index.find(s, cls=types.get(s)), index.find(o, cls=types.get(o)))
        predicted = {(u, v): d for u, v, _, d in kg.edges(relation) if _cites(d["sources"], doc, lines)}
        found = {ends for ends in expected.values() if None not in ends}
        missed = [
            (s, o, ends)
            for (s, o), ends in expected.items()
            if None in ends or (ends not in predicted and ends[::-1] not in predicted)
        ]
        wrong = [(p, d) for p, d in predicted.items() if p not in found and p[::-1] not in found]
        if not missed and not wrong:
            continue
        out.append(f"== {part} ({doc} {lines[0]}-{lines[1]})")
        for s, o, ends in missed:
            why = " ".join(f"[{label} unresolved]" for label, e in zip((s, o), ends, strict=True) if e is None)
            out.append(f"  MISSED {s} -{relation}-> {o} {why}  # {comments.get((s, relation, o), '')}")
        for (u, v), data in wrong:
            cited = sorted({src.lines for src in data["sources"] if src.doc == doc})
            out.append(f"  WRONG  {kg.node(u)['name']} -{relation}-> {kg.node(v)['name']}  cites {cited}")
            for first, last in cited[:2]:
                for n in range(first, min(last, first + 1) + 1):
                    out.append(f"         {n}: {texts[doc][n - 1][:220]}")
    return "\n".join(out)


def _why_missed(kg: KnowledgeGraph, index: GoldIndex, entity: dict) -> str | None:
    """Why a gold entity is not found (None when it is): no node, a node of another class (named
    or sharing words), a node not in the gold's place, a name several nodes share."""
    name, cls = entity["name"], entity["type"]
    node = index.find(name, entity.get("scope"), cls)
    if node is not None:
        if kg.node(node)["type"] != cls:
            return f"wrong class: {kg.node(node)['type']} {kg.node(node)['name']!r}"
        if entity.get("place") and normalise(entity["place"]) not in index.places_of(node):
            places = sorted(index.places_of(node)) or ["nowhere"]
            return f"wrong place: in {', '.join(places)}, gold {entity['place']}"
        return None
    named = index.names.get(normalise(name), set())
    if len(named) > 1:
        return "name shared: " + "; ".join(sorted(f"{kg.node(n)['type']} {kg.node(n)['name']!r}" for n in named))
    if len(named) == 1:
        (other,) = named
        return f"wrong class: {kg.node(other)['type']} {kg.node(other)['name']!r}"
    near = [
        (best, node)
        for other_cls in sorted({d["type"] for _, d in kg.nodes()} - {cls})
        for node in index.closest(name, other_cls)
        for best in [_overlap(kg, name, node)]
    ]
    if near:
        _, other = max(near)
        return f"wrong class (words shared): {kg.node(other)['type']} {kg.node(other)['name']!r}"
    return "no node"


def _overlap(kg: KnowledgeGraph, name: str, node: str) -> float:
    words = _content(name)
    return max(
        len(words & _content(n)) / len(words | _content(n)) for n in (kg.node(node)["name"], *kg.node(node)["aliases"])
    )


def entity_misses(
    kg: KnowledgeGraph, corpus: Path, only: str | None = None, parts: dict[str, dict] | None = None
) -> str:
    """Per annotated part: the gold entities the graph misses (and why), and the graph's nodes of
    the part's classes that cite its lines and are no gold entity (with the lines they cite);
    ``parts`` (gold files by path) defaults to the corpus's :func:`merged_parts`."""
    from gapgraph.loaders.manifest import read_manifest

    texts = {d.id: Path(d.file).read_text(encoding="utf-8").splitlines() for d in read_manifest(corpus)}
    index = GoldIndex(kg)
    out = []
    for part, gold in (merged_parts() if parts is None else parts).items():
        if only and only not in part:
            continue
        doc, lines = gold["document"], tuple(gold["lines"])
        entities = [e for e in gold.get("entities") or [] if e["type"] in kg.schema.classes]
        missed, correct = [], set()
        for entity in entities:
            why = _why_missed(kg, index, entity)
            node = index.find(entity["name"], entity.get("scope"), entity["type"]) if why is None else None
            if node in correct:
                first = next(
                    e["name"]
                    for e in entities
                    if e is not entity
                    and _why_missed(kg, index, e) is None
                    and index.find(e["name"], e.get("scope"), e["type"]) == node
                )
                missed.append((entity, f"same node as gold {first!r}: {kg.node(node)['name']!r}"))
            elif why is None:
                correct.add(node)
            else:
                missed.append((entity, why))
        families = _families(kg, gold)
        extra = sorted(
            (d["type"], d["name"], n)
            for n, d in kg.nodes()
            if n not in correct
            and any(kg.schema.is_a(d["type"], f) for f in families)
            and _cites(d["sources"], doc, lines)
        )
        out.append(f"== {part} ({doc} {lines[0]}-{lines[1]}): {len(missed)} missed, {len(extra)} not gold")
        for entity, why in missed:
            out.append(f"  MISSED {entity['type']} {entity['name']!r}: {why}")
        for cls, name, node in extra:
            cited = sorted(
                {s.lines for s in kg.node(node)["sources"] if s.doc == doc and lines[0] <= s.lines[0] <= lines[1]}
            )
            out.append(f"  EXTRA  {cls} {name!r} cites {[c[0] for c in cited][:6]}")
            first = cited[0][0]
            out.append(f"         {first}: {texts[doc][first - 1][:200]}")
    return "\n".join(out)


if __name__ == "__main__":
    import sys

    from gapgraph.loaders.pipeline import build
    from tests.conftest import CORPUS, MEXICO_REGISTRY

    built = build(CORPUS, registries=[MEXICO_REGISTRY]).kg
    if len(sys.argv) == 3 and sys.argv[1] == "--misses":
        print(misses(built, sys.argv[2], Path(CORPUS)))
    elif len(sys.argv) in (2, 3) and sys.argv[1] == "--entity-misses":
        print(entity_misses(built, Path(CORPUS), sys.argv[2] if len(sys.argv) == 3 else None))
    else:
        print(report(built))
