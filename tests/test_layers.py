"""The house rules of docs/architecture.md, checked on the source: what may import what, and no module
outside ``graph/`` reaching into networkx or comparing a node's class by hand."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

MAY_IMPORT = {
    "ontology": set(),
    "graph": {"ontology"},
    "stores": {"ontology", "graph"},
    "loaders": {"ontology", "graph"},
    "queries": {"ontology", "graph", "stores"},
    "viz": {"ontology", "graph", "queries"},
    "web": {"ontology", "graph", "stores", "queries", "viz", "facade"},
    "cli": {"graph", "stores", "queries", "web", "facade"},
    "api": {"ontology", "graph", "stores", "loaders", "queries", "viz", "facade"},
    "data": set(),
}
"""``facade`` is the API's own module (``api/`` is installed as the package root)."""

OUTSIDE_GRAPH = [folder for folder in MAY_IMPORT if folder != "graph"]

_REACH_IN = re.compile(r"\bkg\.graph\.|\bself\.kg\.graph\b|\.graph\.graph\b")
_CLASS_BY_HAND = re.compile(r"\.node\([^()]*\)\[\"type\"\]\s*(?:==|!=|in\b|not in\b)")


def _modules(folder: str) -> list[Path]:
    return sorted((REPO / folder).rglob("*.py"))


def _imported(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = [node.module] if isinstance(node, ast.ImportFrom) and node.module else []
        names += [a.name for a in node.names] if isinstance(node, ast.Import) else []
        found |= {name.split(".")[1] for name in names if name.startswith("gapgraph.")}
    return found


@pytest.mark.parametrize("folder", sorted(MAY_IMPORT))
def test_each_folder_imports_only_what_it_may(folder):
    wrong = {
        str(path.relative_to(REPO)): sorted(_imported(path) - MAY_IMPORT[folder] - {folder})
        for path in _modules(folder)
        if _imported(path) - MAY_IMPORT[folder] - {folder}
    }
    assert not wrong, f"{folder}/ may import only {sorted(MAY_IMPORT[folder])}: {wrong}"


def test_no_module_outside_graph_reaches_into_networkx_or_compares_classes_by_hand():
    found = [
        f"{path.relative_to(REPO)}:{number}: {line.strip()}"
        for folder in OUTSIDE_GRAPH
        for path in _modules(folder)
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if _REACH_IN.search(line) or _CLASS_BY_HAND.search(line)
    ]
    assert not found, "use kg.out/into/out_edges/in_edges/is_a instead:\n" + "\n".join(found)


def test_the_checks_would_see_a_violation():
    assert _REACH_IN.search("for u, _, d in kg.graph.in_edges(node, data=True):")
    assert _CLASS_BY_HAND.search('if self.kg.node(node)["type"] == "Programme":')
    assert not _CLASS_BY_HAND.search('if self.kg.is_a(node, "Programme"):')
