"""One import name: the folders install as gapgraph.*, never as top-level modules."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SUBPACKAGES = ["ontology", "graph", "stores", "loaders", "queries", "viz", "web", "cli", "data"]


def test_the_wheel_holds_only_gapgraph_and_its_data(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", str(tmp_path), str(REPO)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    wheel = next(tmp_path.glob("gapgraph-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/", 1)[0] for n in names}
    assert tops == {"gapgraph", wheel.name.split("-")[0] + "-" + wheel.name.split("-")[1] + ".dist-info"}
    for needed in (
        "gapgraph/ontology/gapgraph.ttl",
        "gapgraph/ontology/shapes.ttl",
        "gapgraph/data/base/un-system.yaml",
        "gapgraph/data/base/countries.yaml",
        "gapgraph/data/registries/closing-gaps-mexico.yaml",
        "gapgraph/graph/knowledge_graph.py",
        "gapgraph/cli/main.py",
        "gapgraph/web/app.py",
        "gapgraph/web/templates/node.html",
        "gapgraph/web/static/app.js",
        "gapgraph/viz/templates/map.js",
    ):
        assert needed in names
    assert not any(n.startswith("gapgraph/tests") for n in names)


def test_import_graph_does_not_work_outside_the_repo(tmp_path):
    code = "import importlib.util as u; print(u.find_spec('graph'), u.find_spec('gapgraph.graph') is not None)"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert proc.stdout.split() == ["None", "True"], proc.stdout + proc.stderr


def _modules():
    for sub in SUBPACKAGES:
        package = importlib.import_module(f"gapgraph.{sub}")
        yield package.__name__
        for info in pkgutil.walk_packages(package.__path__, prefix=f"{package.__name__}."):
            yield info.name


@pytest.mark.parametrize("name", sorted(_modules()))
def test_docstring_examples_run(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
