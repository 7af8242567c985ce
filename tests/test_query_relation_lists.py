"""The SPARQL files spell out the relation lists :mod:`gapgraph.queries.partners` holds as tuples
(SPARQL cannot import them); these tests keep each file's lists equal to the tuples, so a relation
added to one is not missing from the other. The Cypher files take the tuples as parameters."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from gapgraph.queries.partners import DIRECT, WORK, WORK_WITH

SPARQL = Path(__file__).resolve().parents[1] / "queries" / "sparql"

_PATH = re.compile(r"\?\w+ \(((?:\^?gg:\w+\|?)+)\) \?via")
_IN = re.compile(r"FILTER\(\?relation IN \(([^)]*)\)\)", re.S)
_VALUES = re.compile(r"VALUES \(\?p \?relation\) \{(.*?)\}", re.S)


def _names(text: str) -> list[str]:
    return re.findall(r"\^?gg:(\w+)", text)


def work_paths(query: str) -> list[tuple[list[str], list[str]]]:
    """Each property path to ``?via``: (relations from the actor, relations read backwards with ``^``)."""
    paths = []
    for match in _PATH.finditer(query):
        steps = match.group(1).split("|")
        paths.append(([s[3:] for s in steps if s.startswith("gg:")], [s[4:] for s in steps if s.startswith("^gg:")]))
    return paths


@pytest.mark.parametrize("file", ["partners.rq", "network.rq"])
def test_the_work_paths_list_the_work_relations(file):
    paths = work_paths((SPARQL / file).read_text(encoding="utf-8"))
    assert paths, f"{file} has no work path"
    for forward, backward in paths:
        assert forward == list(WORK) and backward == list(WORK_WITH), file


def test_partners_rq_lists_the_direct_and_work_relations():
    query = (SPARQL / "partners.rq").read_text(encoding="utf-8")
    lists = [_names(m.group(1)) for m in _IN.finditer(query)]
    assert lists.count(list(DIRECT)) == 2, "both directions of the direct relations"
    assert lists.count(list(WORK)) == 1, "the partner's hand in the work"
    assert "FILTER(?relation = gg:developedWith)" in query and WORK_WITH == ("developedWith",)


def test_network_rq_lists_the_direct_relations():
    values = _VALUES.search((SPARQL / "network.rq").read_text(encoding="utf-8"))
    assert values is not None
    assert _names(values.group(1)) == list(DIRECT)


def test_a_missing_relation_is_caught():
    query = (SPARQL / "network.rq").read_text(encoding="utf-8").replace("|gg:evaluates", "")
    assert any(forward != list(WORK) for forward, _ in work_paths(query))
