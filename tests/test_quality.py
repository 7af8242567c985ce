"""The loaders measured against our gold annotations, at the targets the project set itself."""

from __future__ import annotations

import pytest

from tests.quality import (
    check_contradictions,
    check_indicator_values,
    load_gold,
    merged_parts,
    overall,
    score_entities,
    score_relations,
)


@pytest.mark.parametrize("name", ["final_report_partnerships.yaml", "press_release.yaml"])
def test_entities_and_relations_reach_their_targets(built, name):
    gold = load_gold(name)
    entities = score_entities(built.kg, gold)
    # relations on the part the file is scored in: the press release's relations are annotated in
    # press_release.yaml and press_release_attribution.yaml together (tests/gold/README.md), so the
    # programme's places (L14, in the second file) count as right, not as edges the first lacks
    part = next(g for parts, g in merged_parts().items() if name in parts.split(" + "))
    relations = score_relations(built.kg, part)
    assert entities.precision >= 0.9 and entities.recall >= 0.9, str(entities)
    assert relations.precision >= 0.85 and relations.recall >= 0.7, str(relations)


def test_every_indicator_value_of_both_results_frameworks(built):
    total, missing = check_indicator_values(built.kg, load_gold("results_frameworks.yaml"))
    assert total >= 90
    assert missing == []


def test_the_scorer_is_not_blind(built):
    """A gold file that disagrees with the graph scores low: the measure can fail."""
    gold = load_gold("press_release.yaml")
    gold["entities"] = [{**e, "type": "Fund"} for e in gold["entities"]]
    gold["relations"] = [[s, "leads", o] for s, _, o in gold["relations"]]
    assert score_entities(built.kg, gold).recall < 0.1
    assert score_relations(built.kg, gold).recall < 0.1


def test_every_annotated_part_together_does_not_fall_back(built):
    """The whole gold (both annotators, every document) measured as the README reports it: the
    issue's entity goals (P and R 0.9) and typed-relation recall goals (R 0.75, each type R 0.6) are
    reached (entities P 0.900, R 0.908; relations R 0.79, the lowest type R 0.61); its
    typed-relation precision goal (0.9) is not (0.88), so that floor keeps what is reached."""
    entities, relations, per_type = overall(built.kg)
    assert entities.precision >= 0.895 and entities.recall >= 0.9, str(entities)
    assert relations.precision >= 0.87 and relations.recall >= 0.75, str(relations)
    low = {r: str(s) for r, s in per_type.items() if s.recall < 0.6}
    assert not low, f"each relation type R >= 0.6: {low}"
    for relation in ("produces", "participatesIn", "focalPointOf", "grantsTo", "providesTechnicalAssistanceTo"):
        assert per_type[relation].precision >= 0.8, (relation, str(per_type[relation]))
    assert per_type["partnersWith"].precision >= 0.75 and per_type["partnersWith"].recall >= 0.6, str(
        per_type["partnersWith"]
    )
    chain = (("contributesTo", 0.74, 0.52), ("alignedWith", 0.9, 0.85), ("targets", 0.9, 0.45))
    for relation, precision, recall in chain:  # the results chain
        score = per_type[relation]
        assert score.precision >= precision and score.recall >= recall, (relation, str(score))
    for relation, floor_p, floor_r in (("participatesIn", 0.87, 0.87), ("locatedIn", 0.48, 0.6), ("partOf", 0.5, 0.36)):
        score = per_type[relation]
        assert score.precision >= floor_p and score.recall >= floor_r, (relation, str(score))


def test_who_did_the_work_does_not_fall_back(built):
    """Issue 11's doers: implements, trains, pilots, adopts and the steps of laws keep what is reached
    (measured: implements P 0.82 R 0.50, trains P 0.44 R 0.64, pilots P 0.88 R 0.70, adopts P 0.67
    R 0.55, validates / deposits / ratifies 1.00)."""
    _, _, per_type = overall(built.kg)
    floors = {
        "implements": (0.75, 0.45),
        "trains": (0.4, 0.6),
        "pilots": (0.8, 0.6),
        "adopts": (0.6, 0.5),
        "validates": (0.9, 0.9),
        "deposits": (0.9, 0.9),
        "ratifies": (0.9, 0.9),
    }
    for relation, (precision, recall) in floors.items():
        score = per_type[relation]
        assert score.precision >= precision and score.recall >= recall, (relation, str(score))


def test_contradictions_and_the_funds_own_results(built):
    total, missing = check_contradictions(built.kg)
    assert total >= 30 and total - len(missing) >= 29, missing
    values, missed = check_indicator_values(built.kg, load_gold("fund_global_results.yaml"))
    assert values == 10 and missed == []
    values, missed = check_indicator_values(built.kg, load_gold("annual_report_global_results.yaml"))
    assert values == 4 and missed == [], "the totals the annual form prints (L453, L465), the Yes/No left alone"


def test_without_the_programme_registry_most_of_the_graph_remains(built, corpus):
    """Issue 10's measure: the base registry alone finds at least 0.85 of the entities and 0.75 of the
    typed relations that the build with the programme registry finds (recall over the whole gold)."""
    from gapgraph.loaders.pipeline import build
    from tests.quality_registry import gold_files, recalls

    names = gold_files()
    bare_entities, bare_relations = recalls(build(corpus, registries=[]).kg, names)
    entities, relations = recalls(built.kg, names)
    assert bare_entities.value >= 0.85 * entities.value, (str(bare_entities), str(entities))
    assert bare_relations.value >= 0.75 * relations.value, (str(bare_relations), str(relations))


def test_every_portal_value_as_printed(built):
    """The portal's indicator blocks (gold read by hand): every baseline, milestone, target and result,
    "TBD" included as printed (a "-" is an empty cell, not a value)."""
    values, missed = check_indicator_values(built.kg, load_gold("portal_results.yaml"))
    assert values >= 100 and missed == [], missed[:5]
