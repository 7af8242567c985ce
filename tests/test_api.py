"""The public API (``import gapgraph``), the house rules it stands on, and the fast command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import rdflib

import gapgraph
from gapgraph.queries import QUESTIONS
from gapgraph.queries.named import QUERIES
from gapgraph.stores import EXPORT_FORMATS
from gapgraph.stores.export import FORMATS
from tests.conftest import MEXICO_REGISTRY, REPO

HEAVY = ("neo4j", "pyshacl", "pyvis", "pandas", "playwright")
"""Libraries that take a large part of a second to import (pyoxigraph, a few milliseconds, is not one)."""


@pytest.fixture(scope="module")
def kg(corpus):
    return gapgraph.build(corpus, registries=[MEXICO_REGISTRY])


def test_the_light_name_lists_match_what_they_name():
    assert tuple(QUERIES) == QUESTIONS
    assert tuple(FORMATS) == EXPORT_FORMATS


def test_import_gapgraph_imports_nothing_heavy():
    code = "import sys, gapgraph; print(' '.join(sorted(m for m in sys.modules if '.' not in m)))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert not {"networkx", "rdflib", *HEAVY} & set(loaded)
    assert callable(gapgraph.build) and "build" in dir(gapgraph)
    with pytest.raises(AttributeError):
        gapgraph.no_such_thing  # noqa: B018


def _imported_by_cli(*args: str) -> set[str]:
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "gapgraph.cli.main", *args], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return {line.rsplit("|", 1)[-1].strip() for line in proc.stderr.splitlines() if line.startswith("import time:")}


def test_help_imports_no_library_of_any_command():
    assert not {"networkx", "rdflib", *HEAVY} & _imported_by_cli("--help")


def test_ask_imports_only_what_it_needs(store_dir):
    imported = _imported_by_cli("ask", "partners", "ILO", "--store", str(store_dir), "--format", "csv")
    assert "networkx" in imported
    assert not set(HEAVY) & imported


def test_build_ask_sparql_export_map_save_load(kg, tmp_path):
    ilo = kg.find("International Labour Organization")
    assert kg.is_a(ilo, "UNAgency") and kg.is_a(ilo, "Actor") and not kg.is_a(ilo, "Programme")
    programme = [p for p in kg.out(ilo, "leads") if kg.is_a(p, "Programme")]  # ILO also co-chairs a results group
    assert len(programme) == 1
    assert ilo in kg.into(programme[0], "leads")
    rows = kg.ask("partners", "IMSS")
    assert "International Labour Organization" in {row.name for row in rows}
    assert rows.dataframe().shape[0] == len(rows)
    assert kg.sparql("ASK { ?a gg:leads ?p }").rows == [[True]]
    found = kg.conflicts()
    assert found and all(len(c.values) >= 2 for c in found)
    turtle = kg.export("turtle", tmp_path / "g.ttl")
    assert len(rdflib.Graph().parse(turtle, format="turtle")) > 1000
    drawn = kg.map("ego", "IMSS", out=tmp_path / "imss.html", depth=1)
    assert drawn.nodes and (tmp_path / "imss.html").read_text(encoding="utf-8").count("IMSS") > 0
    kg.save(tmp_path / "store")
    again = gapgraph.load(tmp_path / "store")
    assert (len(again), again.number_of_edges()) == (len(kg), kg.number_of_edges())
    assert again.ask("partners", "IMSS") == rows
    assert again.ask("partners", "IMSS", backend="sparql") == rows


def test_api_errors_are_the_ones_the_cli_reports(kg):
    with pytest.raises(LookupError):
        kg.find("No such body at all")
    with pytest.raises(ValueError, match="unknown question"):
        kg.ask("gossip", "ILO")
    with pytest.raises(ValueError, match="unknown class Unicorn"):
        kg.ask("network", types=["Unicorn"])
    with pytest.raises(ValueError, match="unknown map"):
        kg.map("treasure", out=Path("x.html"))


def test_the_example_runs(corpus):
    proc = subprocess.run(
        [sys.executable, str(REPO / "examples" / "from_python.py"), str(corpus)], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = proc.stdout.splitlines()
    assert [line.split(".")[0] for line in lines] == ["1", "2", "3", "4", "5", "6"]
    assert "International Labour Organization is a UNAgency and leads: Closing gaps" in lines[1]
