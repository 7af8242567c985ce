"""The entity rules of issue 11 (names, classes, places, junk), each on sentences written for another country."""

from __future__ import annotations

import pytest

from gapgraph.graph.ids import node_iri
from gapgraph.loaders import generic
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.discovery import placed
from gapgraph.loaders.document import Document
from gapgraph.loaders.registry import load_registry, read_registries


@pytest.fixture(scope="module")
def registries():
    return read_registries([])


def builder_for(registries, country: str | None = None) -> Builder:
    builder = Builder()
    for doc in registries:
        load_registry(builder, doc, {"t"})
    builder.country = country
    return builder


def doc_of(*lines: str, kind: str = "web-page", **meta: str) -> Document:
    return Document(id="t", kind=kind, path="t.txt", lines=list(lines), meta=meta)


def test_a_place_with_an_acronym_defines_no_body(registries):
    builder = builder_for(registries, "lesotho")
    ministry = builder.actor(
        "Ministry of Gender of Maseru", builder.source("t", 1), new_type="GovernmentBody", aliases=("MGM",)
    )
    generic.definitions(builder, doc_of("Local governments (Leribe, Maseru (MGM), Mafeteng) were trained."))
    assert "Maseru" not in builder.kg.node(ministry)["aliases"], "'Maseru (MGM)' is Maseru's body, not its name"


def test_a_things_name_says_where_it_lies(registries):
    builder = builder_for(registries, "lesotho")
    kg = builder.kg
    source = builder.source("t", 1)
    names = {
        "Diagnostic on barriers for herders regarding access to pensions in Maseru": ["Maseru"],
        "Training for domestic workers of Mafeteng on safety at work": ["Mafeteng"],
        "Assessment of care services in Maseru and Leribe": ["Leribe", "Maseru"],
        "Study of herders together with the Ministry of Gender of Maseru": [],
        "Study on pensions in Lesotho": [],
    }
    builder.actor("Ministry of Gender of Maseru", source, new_type="GovernmentBody")
    for name in names:
        cls = "Training" if name.startswith("Training") else "KnowledgeProduct"
        kg.add_node(node_iri(cls, name, "lesotho"), cls, name, source)
    placed.load(builder, doc_of("line"))
    for name, expected in names.items():
        cls = "Training" if name.startswith("Training") else "KnowledgeProduct"
        where = sorted(kg.node(v)["name"] for v in kg.out(node_iri(cls, name, "lesotho"), "locatedIn"))
        assert where == expected, name


def test_people_listed_after_a_word_for_people(registries):
    from gapgraph.loaders.discovery import people

    builder = builder_for(registries, "lesotho")
    doc = doc_of(
        "The campaign was shared by around 10 influencers (Lerato Mokoena, Thabo Nkosi; Palesa and Neo Molefe).",
        "Partners such as Ministry of Health, Maseru and Basotho Women's Voices joined.",
        "UNICEF's Goodwill Ambassador Mpho Letsie supported the Alliance.",
        "Champions: Ministry of Gender, National Union of Herders.",
    )
    people.load(builder, doc)
    kg = builder.kg
    found = sorted(d["name"] for _, d in kg.nodes() if d["type"] == "Person")
    assert found == ["Lerato Mokoena", "Mpho Letsie", "Neo Molefe", "Palesa", "Thabo Nkosi"]
    assert kg.node(node_iri("Person", "Mpho Letsie"))["sources"][0].lines == (3, 3)
