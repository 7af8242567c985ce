"""No programme facts in code: the string literals of loaders/, graph/, queries/, viz/ and ontology/
name no Mexican body or place and no corpus document (docstrings and comments may, as examples)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from gapgraph.loaders.manifest import read_manifest

REPO = Path(__file__).resolve().parents[1]
FOLDERS = ("loaders", "graph", "queries", "viz", "ontology")
MEXICAN = re.compile(r"Mexic|IMSS|STPS|INMUJERES|SINACTRAHO|CACEH|Jalisco|Oaxaca|Chiapas|Iztapalapa|SHCP|\bMEX\b", re.I)


def literals(path: Path) -> list[tuple[int, str]]:
    """The string literals of a module that are not docstrings (a string standing alone as a statement)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    alone = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)}
    return [
        (n.lineno, n.value)
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in alone
    ]


def test_no_mexican_name_and_no_corpus_document_in_code(corpus):
    documents = [e.id for e in read_manifest(corpus)]
    hits = []
    for folder in FOLDERS:
        for path in sorted((REPO / folder).rglob("*.py")):
            for line, text in literals(path):
                if MEXICAN.search(text) or any(d in text for d in documents):
                    hits.append(f"{path.relative_to(REPO)}:{line}: {text[:60]!r}")
    assert hits == []


def test_the_grep_finds_what_it_looks_for(tmp_path):
    """The check can fail: a module with such a literal is caught, its docstring is not."""
    module = tmp_path / "m.py"
    module.write_text('"""About IMSS."""\nPLACES = {"MEX": "mexico"}\n', encoding="utf-8")
    assert [text for _, text in literals(module) if MEXICAN.search(text)] == ["MEX", "mexico"]
