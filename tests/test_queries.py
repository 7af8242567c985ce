"""Named queries: the same answers from networkx, SPARQL and Cypher; and right on the corpus."""

from __future__ import annotations

import json

import pytest

from gapgraph.graph import store
from gapgraph.loaders.neo4j_store import BoltLoader
from gapgraph.queries.lookup import NameLookupError, find
from gapgraph.queries.named import QUERIES, run_cypher, run_networkx, run_sparql
from tests.conftest import BATCH, bolt_options, run_cli

ID = "https://w3id.org/gapgraph/id/actor/"
ACTORS = ["imss", "ilo", "un-women", "fao", "sinactraho", "caceh", "inmujeres", "stps-jalisco", "joint-sdg-fund"]


@pytest.fixture(scope="module")
def loaded_bolt(bolt, built):
    uri, driver = bolt
    BoltLoader(driver, batch_bytes=BATCH).load(built.kg)
    return uri, driver


@pytest.mark.parametrize("actor", ACTORS)
def test_partners_same_answer_from_three_backends(built, store_dir, loaded_bolt, actor):
    query = QUERIES["partners"]
    expected = run_networkx(query, built.kg, ID + actor)
    assert expected, "every one of these actors has partners"
    assert run_sparql(query, store.sparql_store(store_dir), ID + actor) == expected
    assert run_cypher(query, loaded_bolt[1], ID + actor) == expected
    implementing = run_networkx(query, built.kg, ID + actor, role="implementing")
    assert run_sparql(query, store.sparql_store(store_dir), ID + actor, role="implementing") == implementing
    assert run_cypher(query, loaded_bolt[1], ID + actor, role="implementing") == implementing


def partner_names(kg, actor, **options):
    return {row.name for row in run_networkx(QUERIES["partners"], kg, ID + actor, **options)}


def test_imss_partners_include_ilo_and_the_pilot_work(built):
    rows = run_networkx(QUERIES["partners"], built.kg, ID + "imss")
    assert "International Labour Organization" in {r.name for r in rows}
    ta = [r for r in rows if r.relation == "providesTechnicalAssistanceTo"]
    assert ta == [], "technical assistance goes from the programme, not an actor, so it is no actor partnership"
    via = {r.via_name for r in rows if r.name == "International Labour Organization"}
    assert "Closing gaps: making social protection work for women in Mexico" in via


def test_implementing_partners_of_ilo_are_the_other_agencies(built):
    assert {"UN Women", "Food and Agriculture Organization of the United Nations"} <= partner_names(
        built.kg, "ilo", role="implementing"
    )


def test_partners_carry_their_sources(built):
    for row in run_networkx(QUERIES["partners"], built.kg, ID + "sinactraho"):
        assert row.sources and all(":" in s for s in row.sources)


def test_names_in_english_spanish_and_any_case(built):
    kg = built.kg
    assert find(kg, "instituto mexicano del seguro social", ("Actor",)) == ID + "imss"
    assert find(kg, "MEXICAN SOCIAL SECURITY INSTITUTE", ("Actor",)) == ID + "imss"
    assert find(kg, "Sindicato Nacional de Trabajadores del Hogar", ("Actor",)) == ID + "sinactraho"


def test_ambiguous_and_unknown_names_say_so(built):
    with pytest.raises(NameLookupError) as ambiguous:
        find(built.kg, "Secretary of Labor and Social Protection", ("Actor",))
    assert {c[0].rsplit("/", 1)[-1] for c in ambiguous.value.candidates} == {
        "stps",
        "stps-jalisco",
        "stps-state-of-mexico",
    }
    with pytest.raises(NameLookupError, match="closest") as unknown:
        find(built.kg, "National Institute for Woman", ("Actor",))
    assert ID + "inmujeres" in {c[0] for c in unknown.value.candidates}


def test_ask_command(store_dir, loaded_bolt):
    uri, _ = loaded_bolt
    answers = {}
    for backend in ("networkx", "sparql"):
        result = run_cli(
            "ask", "partners", "CACEH", "--backend", backend, "--format", "json", "--store", str(store_dir)
        )
        assert result.code == 0, result.stderr
        answers[backend] = json.loads(result.stdout)
    assert answers["networkx"] == answers["sparql"] and answers["networkx"]
    cypher = run_cli(
        "ask",
        "partners",
        "CACEH",
        "--backend",
        "neo4j",
        *bolt_options(uri),
        "--format",
        "json",
        "--store",
        str(store_dir),
    )
    assert cypher.code == 0, cypher.stderr
    assert json.loads(cypher.stdout) == answers["networkx"]
    ambiguous = run_cli("ask", "partners", "Secretary of Welfare", "--store", str(store_dir))
    assert ambiguous.code != 0 and "names several" in ambiguous.stderr and "Traceback" not in ambiguous.stderr
    shown = run_cli("ask", "--show-query", "sparql", "partners", "IMSS", "--store", str(store_dir))
    assert "VALUES (?actor) { (<https://w3id.org/gapgraph/id/actor/imss>) }" in shown.stdout
    assert "SELECT ?actor ?partner" in shown.stdout
