"""The reading carries to reports nobody curated: floors just under what ``python -m tests.quality_unseen``
measures on the invented reports of ``tests/data/unseen-*`` (base registry only), so that a change
that loses them is seen."""

from __future__ import annotations

import pytest

from gapgraph.loaders.pipeline import build
from tests.quality_unseen import folders, score

FLOORS = {"unseen-cambodia": (0.72, 0.39, 0.55, 0.23), "unseen-ecuador": (0.62, 0.4, 0.42, 0.15)}
"""Entity P and R, typed-relation P and R (measured: Cambodia 0.77, 0.42, 0.60, 0.25; Ecuador 0.67, 0.43,
0.46, 0.17)."""


@pytest.mark.parametrize("folder", folders(), ids=lambda f: f.name)
def test_an_uncurated_report_is_read_at_least_as_well_as_measured(folder):
    entities, relations, _ = score(build(folder, registries=[]).kg, folder)
    entity_p, entity_r, relation_p, relation_r = FLOORS[folder.name]
    assert entities.precision >= entity_p and entities.recall >= entity_r, str(entities)
    assert relations.precision >= relation_p and relations.recall >= relation_r, str(relations)
