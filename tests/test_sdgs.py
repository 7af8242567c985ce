"""The SDG goals and targets of the base registry: every one with its UN IRI and source, found by the
spellings documents use, made nodes only when named, one node per target."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from gapgraph.graph.ids import sdg_target_iri
from gapgraph.loaders import lined_yaml
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.errors import LoadError
from gapgraph.loaders.pipeline import build
from gapgraph.loaders.registry import base_paths, load_registry, read_registry_document
from gapgraph.loaders.sdgs import sdg_code, sdg_node

SDG = "http://metadata.un.org/sdg/"


@pytest.fixture(scope="module")
def sdg_file():
    (path,) = [p for p in base_paths() if p.stem == "sdgs"]
    doc = read_registry_document(path, base=True)
    return doc, lined_yaml.parse("\n".join(doc.lines), doc.path)


@pytest.fixture()
def builder() -> Builder:
    b = Builder()
    for path in base_paths():
        load_registry(b, read_registry_document(path, base=True))
    return b


def test_the_file_holds_17_goals_and_169_targets_each_with_its_iri_and_a_named_source(sdg_file):
    doc, data = sdg_file
    header = " ".join(line for line in doc.lines[:8] if line.startswith("#"))
    assert "metadata.un.org/sdg" in header and "Source" in header
    goals, targets = data["goals"], data["targets"]
    assert [str(g["code"]) for g in goals] == [str(n) for n in range(1, 18)]
    assert len(targets) == 169
    per_goal = Counter(str(t["code"]).split(".")[0] for t in targets)
    assert per_goal["8"] == 12 and per_goal["17"] == 19 and per_goal["5"] == 9
    for entry in [*goals, *targets]:
        assert str(entry["iri"]) == SDG + str(entry["code"])
        assert str(entry["text"]).strip()
    codes = {str(t["code"]): str(t["text"]) for t in targets}
    assert {"5.a", "17.19", "8.10", "1.b"} <= set(codes)
    assert codes["8.8"].startswith("Protect labour rights and promote safe and secure working environments")
    assert codes["5.4"].startswith("Recognize and value unpaid care and domestic work")


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("SDG 8.8", "8.8"),
        ("target 8.8", "8.8"),
        ("Target 5.4.", "5.4"),
        ("Meta 8.8", "8.8"),
        ("ODS 8.8", "8.8"),
        ("Cible 1.3", "1.3"),
        ("SDG target 17.17", "17.17"),
        ("SDG 5.a", "5.a"),
        ("8.8", "8.8"),
        ("SDG 5", "5"),
        ("Goal 8", "8"),
        ("Objetivo 1", "1"),
        ("ODS No. 5", "5"),
    ],
)
def test_spellings_resolve_to_the_base_nodes(builder, name, code):
    assert sdg_node(builder, name) == SDG + code
    assert builder.kg.has_node(SDG + code)


@pytest.mark.parametrize("name", ["Target 2021", "Goal 8.8", "Target 5", "SDG 18", "SDG 8.13", "8.8.1", "Meta 1"])
def test_names_that_are_no_goal_or_target_resolve_to_nothing(builder, name):
    assert sdg_node(builder, name) is None
    assert not any(builder.kg.nodes("SDGGoal")) and not any(builder.kg.nodes("SDGTarget"))


def test_a_target_is_made_only_when_named_and_brings_its_goal(builder):
    assert not any(builder.kg.nodes("SDGTarget"))
    target = sdg_node(builder, "Meta 5.a")
    kg = builder.kg
    assert kg.is_a(target, "SDGTarget") and kg.node(target)["name"] == "SDG target 5.a"
    assert kg.out(target, "partOf") == [SDG + "5"] and kg.is_a(SDG + "5", "SDGGoal")
    assert kg.node(SDG + "5")["name"] == "SDG 5" and "Gender equality" in kg.node(SDG + "5")["aliases"]
    statement = kg.node(target)["attributes"]["statement"][0]
    assert statement["value"].startswith("Undertake reforms to give women equal rights to economic resources")
    assert statement["sources"][0].doc == "gapgraph-base-sdgs"
    assert {s.doc for s in kg.node(target)["sources"]} == {"gapgraph-base-sdgs"}
    assert [n for n, _ in kg.nodes("SDGTarget")] == [target]
    assert [n for n, _ in kg.nodes("SDGGoal")] == [SDG + "5"]


def test_a_wrong_iri_is_refused(tmp_path: Path):
    path = tmp_path / "sdgs.yaml"
    path.write_text(
        '# Source: test\ngoals:\n- {code: "8", iri: http://metadata.un.org/sdg/8, text: "x"}\n'
        'targets:\n- {code: "8.8", iri: http://metadata.un.org/sdg/8.9, text: "y"}\n',
        encoding="utf-8",
    )
    with pytest.raises(LoadError, match=r"IRI of 8\.8"):
        load_registry(Builder(), read_registry_document(path, base=True))


def test_the_corpus_gives_one_node_per_target_it_names_each_part_of_its_goal(built):
    kg = built.kg
    targets = [sdg_target_iri(c) for c in ("1.3", "5.4", "8.8")]
    by_programme = {
        n for n, _ in kg.nodes("SDGTarget") if any(kg.is_a(u, "Programme") for u in kg.into(n, "alignedWith"))
    }
    assert by_programme == set(targets)
    # the results report's priorities are aligned with the targets their boxes list (569-572: 17.17 ...)
    assert any(kg.is_a(u, "Component") for u in kg.into(sdg_target_iri("17.17"), "alignedWith"))
    for listed in {n for n, _ in kg.nodes("SDGTarget")} - set(targets):  # "Targets: 1.3, 2.2, ..." (results report)
        assert any(s.doc == "un-mexico-results-report-2020" for s in kg.node(listed)["sources"]), listed
    assert {SDG + g for g in ("1", "5", "8")} <= {n for n, _ in kg.nodes("SDGGoal")}
    assert sdg_target_iri("17.17") in {n for n, _ in kg.nodes("SDGTarget")}  # results report 569
    for target in targets:
        assert len(kg.out(target, "partOf")) == 1 and kg.is_a(kg.out(target, "partOf")[0], "SDGGoal")
        docs = {s.doc for s in kg.node(target)["sources"]}
        assert {"gapgraph-base-sdgs", "jp-2020-annual-report", "jp-final-report-2022"} <= docs
        assert kg.into(target, "alignedWith"), target
    names = Counter(d["name"] for _, d in [*kg.nodes("SDGTarget"), *kg.nodes("SDGGoal")])
    assert all(n == 1 for n in names.values())


def test_a_build_without_the_programme_registry_links_the_same_targets(corpus):
    kg = build(corpus, registries=[]).kg
    linked = {n for n, _ in kg.nodes("SDGTarget") if any(kg.is_a(u, "Programme") for u in kg.into(n, "alignedWith"))}
    assert linked == {sdg_target_iri(c) for c in ("1.3", "5.4", "8.8")}


def test_codes_read_from_names():
    assert sdg_code("SDG 17.a") == "17.a"
    assert sdg_code("Sustainable Development Goal 16") == "16"
    assert sdg_code("SDG 5.1.1") is None  # an indicator, not a target
