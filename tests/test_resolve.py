"""One node per real body however it is spelled; namesakes in other places stay apart."""

from __future__ import annotations

import pytest

from gapgraph.graph.ids import node_iri
from gapgraph.graph.resolve import AmbiguousAlias, Resolver, normalise


def test_spellings_of_one_name_normalise_alike():
    same = [
        "Secretary of Labour and Social Welfare",
        "Ministry of Labor and Social Welfare",
        "SECRETARIAT OF LABOR AND SOCIAL WELFARE",
        "the Ministry of Labor & Social Welfare",
    ]
    assert len({normalise(s) for s in same}) == 1
    assert normalise("Secretaría de Bienestar") == normalise("Secretaria de Bienestar")
    assert normalise("STPS Jalisco") != normalise("STPS")


def test_scoped_alias_wins_in_its_place_only():
    r = Resolver()
    r.add("stps", "Secretary of Labor and Social Protection")
    r.add("stps-jalisco", "Secretary of Labor and Social Protection", scope="jalisco")
    assert r.resolve("Secretary of Labor and Social Protection") == "stps"
    assert r.resolve("Secretary of Labor and Social Protection", scope="jalisco") == "stps-jalisco"
    assert r.resolve("Secretary of Labor and Social Protection", scope="oaxaca") == "stps"


def test_one_alias_for_two_nodes_is_refused():
    r = Resolver()
    r.add("a", "Secretary of Welfare")
    with pytest.raises(AmbiguousAlias):
        r.add("b", "Ministry of Welfare")


def test_unknown_names_suggest_close_ones():
    r = Resolver()
    r.add("inmujeres", "National Institute for Women")
    assert r.resolve("National Institute for Woman") is None
    assert r.candidates("National Institute for Woman") == ["inmujeres"]


def test_registry_resolves_the_corpus_spellings(built):
    kg = built.kg
    stps, stps_jalisco = node_iri("GovernmentBody", "stps"), node_iri("GovernmentBody", "stps-jalisco")
    names = {kg.node(stps)["name"], *kg.node(stps)["aliases"]}
    for spelling in ("STPS", "Secretary of Labour and Social Welfare", "Ministry of Labor and Social Welfare"):
        assert spelling in names
    assert "STPS Jalisco" in kg.node(stps_jalisco)["aliases"]
    assert stps != stps_jalisco
    assert kg.value(stps, "level") == "federal"
    assert kg.value(stps_jalisco, "level") == "state"
