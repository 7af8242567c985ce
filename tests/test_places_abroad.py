"""Bodies the text names that lie in no place of the document's country, or in one its name names
(invented text of other countries)."""

from __future__ import annotations

import pytest

from gapgraph.loaders import generic
from gapgraph.loaders.builder import last_sentence
from gapgraph.loaders.discovery import organisations
from gapgraph.loaders.registry import read_registries
from tests.synthetic import builder_for, doc_of


@pytest.fixture(scope="module")
def registries():
    return read_registries([])


def _places(builder) -> dict[str, set[str]]:
    kg = builder.kg
    out: dict[str, set[str]] = {}
    for u, v, _, _ in kg.edges("locatedIn"):
        out.setdefault(kg.node(u)["name"], set()).add(kg.node(v)["name"])
    return out


def test_a_body_of_another_countrys_city_is_not_in_the_documents_country(registries):
    builder = builder_for(registries, "lesotho")
    doc = doc_of(
        "KEY PARTNERS: Government of Ciudad del Este, districts and municipalities in both cities.",
        "A legislative partnership between the District of Mafeteng Congress and civil society began.",
        "The Government of the Republic and the Ministry of Gender met.",
    )
    organisations.load(builder, doc)
    builder.finish()
    places = _places(builder)
    assert "Government of Ciudad del Este" not in places, "a city no place of Lesotho is called"
    assert places.get("District of Mafeteng Congress") == {"Mafeteng"}, "a district's assembly lies in it"
    assert places.get("Government of the Republic") == {"Lesotho"}
    assert places.get("Ministry of Gender") == {"Lesotho"}


def test_a_united_nations_department_is_no_countrys(registries):
    builder = builder_for(registries, "paraguay")
    doc = doc_of(
        "Source: United Nations, Department of Economic and Social Affairs, Population Division (2022).",
        "The Office for Disaster Risk Reduction of the United Nations and the Ministry of Health met.",
    )
    organisations.load(builder, doc)
    builder.finish()
    places = _places(builder)
    assert "Department of Economic and Social Affairs" not in places
    assert "Office for Disaster Risk Reduction" not in places
    assert places.get("Ministry of Health") == {"Paraguay"}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Lesotho. The National Commission for Refugees", "National Commission for Refugees"),
        ("Paraguay. Ministry of Labour", "Ministry of Labour"),
        ("St. Louis University", "St. Louis University"),
        ("Ministry of Labour", "Ministry of Labour"),
        ("Maseru. UNDP", "Maseru. UNDP"),
    ],
)
def test_a_name_starts_after_the_end_of_a_sentence(name, expected):
    assert last_sentence(name) == expected


def test_an_acronym_defined_after_a_sentence_end_names_the_body_alone(registries):
    builder = builder_for(registries, "lesotho")
    doc = doc_of(
        "People fleeing violence seek asylum in Lesotho. The Lesotho Commission for Refugee Affairs (LCRA) "
        "reports 1,200 new applications."
    )
    generic.definitions(builder, doc)
    builder.finish()
    names = {d["name"] for _, d in builder.kg.nodes("Actor")}
    assert "Lesotho Commission for Refugee Affairs" in names
    assert not any(". " in n for n in names)
    assert builder.resolve("LCRA") == builder.resolve("Lesotho Commission for Refugee Affairs")
