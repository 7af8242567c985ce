"""Reports of any programme: another country's documents, alone and built together with the corpus."""

from __future__ import annotations

import shutil

import pytest
import yaml

from gapgraph.graph.ids import node_iri
from gapgraph.loaders.pipeline import build
from tests.conftest import DATA, MEXICO_REGISTRY

OTHERS = DATA / "other-countries"
PARAGUAY = DATA / "other-programme"
MEXICAN = ("Mexic", "IMSS", "STPS", "INMUJERES", "SHCP", "Jalisco", "Oaxaca", "Chiapas", "Iztapalapa")


def out(kg, node, relation):
    return {v for u, v, _, d in kg.edges(relation) if u == node}


def into(kg, node, relation):
    return {u for u, v, _, d in kg.edges(relation) if v == node}


def names(kg, nodes):
    return sorted(kg.node(n)["name"] for n in nodes)


def country_of(kg, node):
    return names(kg, [v for v in out(kg, node, "locatedIn") if kg.node(v)["type"] == "Country"])


@pytest.fixture(scope="module")
def others():
    return build(OTHERS, registries=[])


@pytest.fixture(scope="module")
def together(corpus, tmp_path_factory):
    """The corpus, the Paraguay programme and the short inputs in one build, with the corpus's registry."""
    folder = tmp_path_factory.mktemp("together")
    documents = []
    for source in (corpus, PARAGUAY, OTHERS):
        manifest = yaml.safe_load((source / "manifest.yaml").read_text(encoding="utf-8"))
        for entry in manifest["documents"]:
            shutil.copy(source / entry["file"], folder / entry["file"])
            documents.append(entry)
    (folder / "manifest.yaml").write_text(yaml.safe_dump({"documents": documents}), encoding="utf-8")
    return build(folder, registries=[MEXICO_REGISTRY])


def test_a_programme_web_page_gives_the_programme_its_country_and_agencies(others):
    kg = others.kg
    jp = node_iri("Programme", "Integrated social protection for older persons in Lesotho")
    assert country_of(kg, jp) == ["Lesotho"]
    agencies = into(kg, jp, "participatesIn")
    assert {"actor/unicef", "actor/wfp", "actor/ilo"} <= {a.split("/id/")[1] for a in agencies}
    assert names(kg, into(kg, jp, "leads")) == ["United Nations Children's Fund"]
    assert names(kg, into(kg, jp, "funds")) == ["Joint SDG Fund"]
    page = {s.lines[0] for s in kg.node(jp)["sources"] if s.doc == "lesotho-jp-page"}
    assert page == {3, 5}, "the name is cited where it is written"


def test_a_press_release_about_another_country_gives_its_programme_event_and_agencies(others):
    kg = others.kg
    jp = node_iri("Programme", "Leave no one behind")
    assert country_of(kg, jp) == ["Albania"]
    assert set(names(kg, into(kg, jp, "participatesIn"))) >= {
        "United Nations Development Programme",
        "United Nations Children's Fund",
        "UN Women",
        "United Nations Population Fund",
    }
    events = into(kg, jp, "partOf")
    assert [kg.value(e, "date") for e in events] == ["2021-03-15"]
    attendees = names(kg, into(kg, next(iter(events)), "participatesIn"))
    assert "Ministry of Finance and Economy" in attendees and "Embassy of Sweden in Albania" in attendees


def test_a_portal_page_of_another_country_takes_its_country_from_the_code_and_its_period_from_the_manifest(others):
    kg = others.kg
    note = node_iri("Programme", "un-women-strategic-note", "UZB")
    assert country_of(kg, note) == ["Uzbekistan"]
    budget = node_iri("Observation", "UZB_D_1.2", "planned budget")
    assert kg.value(budget, "period") == "2021-2025" and kg.value(budget, "numericValue") == 1_200_000


def test_no_mexican_body_appears_in_other_countries_reports(others):
    kg = others.kg
    assert not [d["name"] for _, d in kg.nodes() if any(m in d["name"] for m in MEXICAN)]
    assert not kg.has_node(node_iri("Country", "mexico"))


def test_generic_names_resolve_to_the_documents_own_country(together):
    kg = together.kg
    albania = {n for n, d in kg.nodes() if d["name"] in ("Senate", "Resident Coordinator's Office")}
    assert albania and all(n.endswith("-albania") for n in albania), sorted(albania)
    finance = [n for n, d in kg.nodes() if d["name"] == "Ministry of Finance"]
    assert finance == [node_iri("GovernmentBody", "Ministry of Finance", "lesotho")]
    shcp = node_iri("GovernmentBody", "shcp")
    assert not [s for s in kg.node(shcp)["sources"] if s.doc in ("lesotho-jp-page", "albania-press-release")]
    rco = node_iri("UNAgency", "rco")
    assert not [s for s in kg.node(rco)["sources"] if s.doc.startswith(("albania", "lesotho", "jp-paraguay"))]


def test_two_programmes_in_two_countries_share_no_national_body(together):
    kg = together.kg
    mexico = node_iri("Programme", "Closing gaps: making social protection work for women in Mexico")
    paraguay = node_iri("Programme", "Care that counts: social protection for older persons in Paraguay")
    national = ("GovernmentBody", "Legislature", "TradeUnion", "CivilSocietyOrganization", "AcademicInstitution")
    shared = into(kg, mexico, "participatesIn") & into(kg, paraguay, "participatesIn")
    assert not [n for n in shared if kg.node(n)["type"] in national]
    assert {kg.node(n)["name"] for n in shared} <= {"Joint SDG Fund", "International Labour Organization", "UN Women"}
    for body in into(kg, paraguay, "participatesIn"):
        if kg.node(body)["type"] in national:
            assert not [s for s in kg.node(body)["sources"] if s.doc.startswith(("jp-2020", "jp-final", "press-"))]


def test_both_programmes_are_complete_when_built_together(together, built):
    kg = together.kg
    paraguay = node_iri("Programme", "Care that counts: social protection for older persons in Paraguay")
    assert len([n for n in into(kg, paraguay, "participatesIn") if "role" not in str(n)]) >= 12
    assert names(kg, into(kg, paraguay, "leads")) == ["United Nations Children's Fund"]
    mexico = node_iri("Programme", "Closing gaps: making social protection work for women in Mexico")
    alone = built.kg
    for relation in ("participatesIn", "leads", "funds", "alignedWith", "produces"):
        assert into(kg, mexico, relation) == into(alone, mexico, relation) or out(kg, mexico, relation) == out(
            alone, mexico, relation
        ), relation
