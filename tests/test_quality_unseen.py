"""The reading carries to reports nobody curated: floors just under what ``python -m tests.quality_unseen``
measures on the invented reports of ``tests/data/unseen-*`` (base registry only), so that a change
that loses them is seen."""

from __future__ import annotations

import pytest

from gapgraph.loaders.pipeline import build
from tests.quality_unseen import folders, score

FLOORS = {
    "unseen-cambodia": (0.8, 0.52, 0.58, 0.28),
    "unseen-ecuador": (0.62, 0.4, 0.42, 0.15),
    "unseen-malawi": (0.58, 0.27, 0.56, 0.11),
}
"""Entity P and R, typed-relation P and R (measured: Cambodia 0.85, 0.55, 0.63, 0.31; Ecuador 0.67, 0.43,
0.46, 0.17; Malawi 0.64, 0.30, 0.62, 0.13)."""
PLANTED = {
    "unseen-cambodia": [("2022-06-17", "2022-08-26"), (10845, 12480)],
    "unseen-ecuador": [("presented (8 March 2021)", "presented (17 May 2021)"), (284, 312)],
    "unseen-malawi": [(214, 240), ("2020-07-14", "2020-06-30"), (125000, 152000)],
}
"""The contradictions each report's writer planted (a decree adopted on two dates, a count the
narrative gives otherwise than the results table, a launch dated twice, a co-funder's two amounts):
two values each."""


@pytest.mark.parametrize("folder", folders(), ids=lambda f: f.name)
def test_an_uncurated_report_is_read_at_least_as_well_as_measured(folder):
    entities, relations, _ = score(build(folder, registries=[]).kg, folder)
    entity_p, entity_r, relation_p, relation_r = FLOORS[folder.name]
    assert entities.precision >= entity_p and entities.recall >= entity_r, str(entities)
    assert relations.precision >= relation_p and relations.recall >= relation_r, str(relations)


@pytest.mark.parametrize("folder", folders(), ids=lambda f: f.name)
def test_every_planted_contradiction_is_listed_with_both_values(folder):
    from gapgraph.queries.conflicts import conflicts

    listed = [
        {v["value"] for v in c.values} for c in conflicts(build(folder, registries=[]).kg, across_documents=False)
    ]
    for first, second in PLANTED[folder.name]:
        assert any({first, second} <= values for values in listed), (first, second)
