"""Named queries: the same answers from networkx, SPARQL and Cypher, for every query; lookup; the CLI."""

from __future__ import annotations

import json

import pytest

import gapgraph
from gapgraph.queries.lookup import NameLookupError, find
from gapgraph.queries.named import QUERIES, raw_cypher, raw_networkx, raw_sparql, run_cypher, run_networkx, run_sparql
from gapgraph.queries.sparql import Endpoint
from gapgraph.queries.tabular import render
from gapgraph.stores import folder as store
from gapgraph.stores.bolt import BoltLoader
from gapgraph.stores.sparql_endpoint import push
from tests.conftest import bolt_options, run_cli

ID = "https://w3id.org/gapgraph/id/"
JP = ID + "programme/closing-gaps-making-social-protection-work-for-women-in-mexico"
OUTCOME = ID + "outcome/closing-gaps-making-social-protection-wo-outcome-"
OUTPUT = ID + "output/closing-gaps-making-social-protection-wo-output-"
SDG = "http://metadata.un.org/sdg/"
ACTORS = ["imss", "ilo", "un-women", "fao", "sinactraho", "caceh", "inmujeres", "stps-jalisco", "joint-sdg-fund"]

CASES: list[tuple[str, dict, dict]] = [
    *[("partners", {"actor": ID + "actor/" + a}, {}) for a in ACTORS],
    *[("partners", {"actor": ID + "actor/" + a}, {"role": "implementing"}) for a in ("ilo", "fao")],
    ("partners", {"actor": ID + "actor/imss"}, {"component": JP}),
    *[("partners", {"actor": ID + "actor/" + a}, {"direct": True}) for a in ("eclac", "ilo", "shcp")],
    ("network", {}, {"direct": True}),
    ("shared-partners", {"first": ID + "actor/ilo", "second": ID + "actor/fao"}, {}),
    ("shared-partners", {"first": ID + "actor/sinactraho", "second": ID + "actor/caceh"}, {}),
    ("network", {}, {}),
    ("network", {}, {"types": ["GovernmentBody", "TradeUnion", "CivilSocietyOrganization"]}),
    ("brokers", {}, {}),
    ("communities", {}, {}),
    *[("profile", {"node": ID + "actor/" + a}, {}) for a in ("imss", "ilo", "sinactraho", "joint-sdg-fund")],
    *[("profile", {"node": ID + n}, {}) for n in ("pilot/iztapalapa-care-pilot", "law/care-general-law")],
    ("profile", {"node": JP}, {}),
    ("profile", {"node": OUTCOME + "1"}, {}),
    ("sources", {"node": ID + "actor/ilo"}, {}),
    ("sources", {"node": OUTCOME + "2"}, {}),
    ("path", {"start": ID + "actor/ilo", "goal": SDG + "8.8"}, {}),
    ("path", {"start": ID + "actor/ilo", "goal": OUTCOME + "1"}, {"all_paths": True}),
    ("path", {"start": ID + "actor/iztapalapa-government", "goal": SDG + "5.4"}, {"all_paths": True}),
    ("path", {"start": ID + "product/imss-pilot-study", "goal": OUTCOME + "1"}, {}),
    ("path", {"start": ID + "actor/sinactraho", "goal": SDG + "1.3"}, {"all_paths": True, "max_length": 8}),
    ("results", {"scope": OUTCOME + "2"}, {}),
    ("results", {"scope": OUTPUT + "2.2"}, {}),
    ("results", {"scope": None}, {}),
    ("funding", {}, {}),
    ("where", {"place": ID + "place/ciudad-de-mexico-mexico"}, {}),
    ("where", {"place": ID + "place/jalisco-mexico"}, {}),
    ("where", {"place": ID + "place/mexico"}, {}),
]


UNORDERED_RAW = ("path", "brokers", "communities", "shared-partners")
"""Questions whose rows before the finishing step differ in order between backends."""


@pytest.fixture(scope="module")
def loaded_bolt(neo4j_server, built):
    """The session's Neo4j holding the corpus graph (loaded once for this module)."""
    neo4j_server.clear()
    BoltLoader(neo4j_server.driver).load(built.kg)
    return neo4j_server.uri, neo4j_server.driver


@pytest.fixture(scope="module")
def sparql_servers(built, oxigraph_server, fuseki_server):
    """The query endpoints of a real Oxigraph server and a real Fuseki, each holding the corpus graph."""
    push(built.kg, oxigraph_server)
    push(built.kg, fuseki_server + "/data")
    return {"Oxigraph server": Endpoint(oxigraph_server + "/query"), "Fuseki": Endpoint(fuseki_server + "/query")}


@pytest.fixture(scope="module")
def oxigraph(store_dir):
    return store.sparql_store(store_dir)


def test_every_named_query_is_tested_on_three_backends():
    assert {name for name, _, _ in CASES} == set(QUERIES)


@pytest.mark.parametrize(("name", "arguments", "options"), CASES, ids=lambda v: v if isinstance(v, str) else None)
def test_same_answer_from_three_backends(built, oxigraph, loaded_bolt, name, arguments, options):
    query = QUERIES[name]
    expected = run_networkx(query, built.kg, arguments, **options)
    assert expected, f"{name} {arguments} has an answer on the corpus"
    assert run_sparql(query, oxigraph, arguments, **options) == expected
    assert run_cypher(query, loaded_bolt[1], arguments, **options) == expected


@pytest.mark.parametrize(("name", "arguments", "options"), CASES, ids=lambda v: v if isinstance(v, str) else None)
def test_same_answer_from_sparql_servers(built, sparql_servers, name, arguments, options):
    """Every queries/sparql/*.rq, unchanged, on Jena ARQ (Fuseki) and on Oxigraph's server."""
    query = QUERIES[name]
    expected = run_networkx(query, built.kg, arguments, **options)
    raw = raw_networkx(query, built.kg, arguments) if name not in UNORDERED_RAW else None
    for server, endpoint in sparql_servers.items():
        assert run_sparql(query, endpoint, arguments, **options) == expected, server
        if raw is not None:
            assert raw_sparql(query, endpoint, arguments) == raw, server


@pytest.mark.parametrize(
    ("name", "arguments"),
    [(n, a) for n, a, o in CASES if not o and n not in UNORDERED_RAW],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_same_raw_rows_from_three_backends(built, oxigraph, loaded_bolt, name, arguments):
    """Not only the final answers: the rows each backend returns before the shared finishing step."""
    query = QUERIES[name]
    expected = raw_networkx(query, built.kg, arguments)
    assert raw_sparql(query, oxigraph, arguments) == expected
    assert raw_cypher(query, loaded_bolt[1], arguments) == expected


def test_names_in_english_spanish_codes_and_any_case(built):
    kg = built.kg
    assert find(kg, "instituto mexicano del seguro social", ("Actor",)) == ID + "actor/imss"
    assert find(kg, "MEXICAN SOCIAL SECURITY INSTITUTE", ("Actor",)) == ID + "actor/imss"
    assert find(kg, "Sindicato Nacional de Trabajadores del Hogar", ("Actor",)) == ID + "actor/sinactraho"
    assert find(kg, "Outcome 2", ("Outcome", "Output")) == OUTCOME + "2"
    assert find(kg, "sdg 8.8", ("SDGTarget",)) == SDG + "8.8"


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
    assert ID + "actor/inmujeres" in {c[0] for c in unknown.value.candidates}


def test_path_limits(built):
    query = QUERIES["path"]
    arguments = {"start": ID + "actor/ilo", "goal": OUTCOME + "1"}
    shortest = run_networkx(query, built.kg, arguments)
    every = run_networkx(query, built.kg, arguments, all_paths=True, max_length=8, via_programme=True)
    chain = [h for h in every if not h.through_programme]
    assert {h.length for h in shortest} == {min(h.length for h in chain)}
    for group in (chain, [h for h in every if h.through_programme]):
        lengths = [h.length for h in group if h.hop == 1]
        assert lengths == sorted(lengths), "shortest first"
    assert max(h.path for h in chain) < min(h.path for h in every if h.through_programme), "the chain first"
    limited = run_networkx(query, built.kg, arguments, all_paths=True, limit=3, via_programme=True)
    assert len({h.path for h in limited}) == 3
    with pytest.raises(ValueError, match="at most 8"):
        run_networkx(query, built.kg, arguments, max_length=9)


def test_rows_convert_to_a_dataframe(built):
    from gapgraph.queries.tabular import dataframe

    rows = run_networkx(QUERIES["brokers"], built.kg, {})
    frame = dataframe(rows)
    assert list(frame.columns) == ["rank", "actor", "name", "type", "betweenness", "degree", "partner_types"]
    assert len(frame) == len(rows) and frame.loc[0, "name"] == rows[0].name


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


def test_ask_any_sparql_endpoint(store_dir, sparql_servers):
    """``ask ... --backend sparql --endpoint URL``: a named question over HTTP, as on the embedded store
    (every question runs on both servers in ``test_same_answer_from_sparql_servers``)."""
    common = ["ask", "partners", "CACEH", "--backend", "sparql", "--format", "json", "--store", str(store_dir)]
    local = run_cli(*common)
    assert local.code == 0, local.stderr
    for server, endpoint in sparql_servers.items():
        remote = run_cli(*common, "--endpoint", endpoint.url)
        assert remote.code == 0, (server, remote.stderr)
        assert json.loads(remote.stdout) == json.loads(local.stdout) != [], server
    closed = run_cli(*common, "--endpoint", "http://127.0.0.1:9/query")
    assert closed.code != 0 and closed.stderr.startswith("error: cannot reach") and len(closed.stderr.splitlines()) == 1


def test_ask_every_question_from_the_command_line(store_dir):
    asked = {
        "partners": ["IMSS"],
        "shared-partners": ["ILO", "FAO"],
        "network": [],
        "brokers": [],
        "communities": [],
        "profile": ["SINACTRAHO"],
        "sources": ["Iztapalapa care pilot"],
        "path": ["ILO", "SDG 8.8"],
        "results": ["Outcome 2"],
        "funding": [],
        "where": ["Jalisco"],
    }
    shows = {  # something each answer must hold, read in the documents (lines in tests/test_answers.py)
        "partners": "International Labour Organization",
        "shared-partners": "UN Women",
        "network": "National Institute for Women",
        "brokers": "International Labour Organization",
        "communities": "UN Women",
        "profile": "TradeUnion",
        "sources": "jp-final-report-2022",
        "path": "http://metadata.un.org/sdg/8.8",
        "results": "baseline",
        "funding": "International Labour Organization",
        "where": "Jalisco",
    }
    assert set(asked) == set(QUERIES) == set(shows)
    kg = gapgraph.load(store_dir)
    for name, names in asked.items():
        result = run_cli("ask", name, *names, "--format", "csv", "--store", str(store_dir))
        assert result.code == 0, (name, result.stderr)
        assert result.stdout == render(kg.ask(name, *names).table(), "csv"), name
        assert shows[name] in result.stdout, name
    table = run_cli("ask", "path", "ILO", "SDG 8.8", "--store", str(store_dir))
    assert table.code == 0 and "produces" in table.stdout and "alignedWith" not in table.stdout
    hub = run_cli("ask", "path", "ILO", "SDG 8.8", "--via-programme", "--store", str(store_dir))
    assert hub.code == 0 and "produces" in hub.stdout and "alignedWith" in hub.stdout and "SDG target 8.8" in hub.stdout


def test_ask_refuses_clearly(store_dir):
    ambiguous = run_cli("ask", "partners", "Secretary of Welfare", "--store", str(store_dir))
    assert ambiguous.code == 6 and "names several" in ambiguous.stderr and "Traceback" not in ambiguous.stderr
    missing = run_cli("ask", "path", "ILO", "--store", str(store_dir))
    assert missing.code == 2 and "usage: gapgraph ask path START GOAL" in missing.stderr
    unknown_class = run_cli("ask", "network", "--types", "Unicorn", "--store", str(store_dir))
    assert unknown_class.code == 2 and "unknown class Unicorn" in unknown_class.stderr
    too_long = run_cli("ask", "path", "ILO", "SDG 8.8", "--all", "--max-length", "12", "--store", str(store_dir))
    assert too_long.code == 2 and "at most 8" in too_long.stderr and "Traceback" not in too_long.stderr


def test_show_query_binds_values(store_dir):
    shown = run_cli("ask", "--show-query", "sparql", "partners", "IMSS", "--store", str(store_dir))
    assert "VALUES (?actor) { (<https://w3id.org/gapgraph/id/actor/imss>) }" in shown.stdout
    assert "SELECT ?actor ?partner" in shown.stdout
    two = run_cli("ask", "--show-query", "sparql", "shared-partners", "ILO", "FAO", "--store", str(store_dir))
    assert (
        "VALUES (?actor) { (<https://w3id.org/gapgraph/id/actor/ilo>) (<https://w3id.org/gapgraph/id/actor/fao>) }"
        in two.stdout
    )
    cypher = run_cli("ask", "--show-query", "cypher", "path", "ILO", "SDG 8.8", "--store", str(store_dir))
    assert ":param start => 'https://w3id.org/gapgraph/id/actor/ilo'" in cypher.stdout
    assert ":param goal => 'http://metadata.un.org/sdg/8.8'" in cypher.stdout and "$start" in cypher.stdout


def test_names_as_analysts_write_them(built):
    kg = built.kg
    assert find(kg, "C189") == ID + "law/ilo-c189"
    assert find(kg, "IMSS pilot") == ID + "pilot/imss-domestic-workers-pilot"
    assert find(kg, "Iztapalapa pilot") == ID + "pilot/iztapalapa-care-pilot"
    assert find(kg, "the Collaboration Pact") == ID + "mechanism/jalisco-private-sector-pact"
    assert find(kg, "Oaxaca roundtable") == ID + "mechanism/oaxaca-roundtable"
    assert find(kg, "Jalisco round-table") == ID + "mechanism/jalisco-roundtable"


def test_the_closest_names_share_most_words(built):
    with pytest.raises(NameLookupError, match="closest") as unknown:
        find(built.kg, "costing methodolgy for care services")
    first = unknown.value.candidates[0][0]
    assert first == ID + "product/care-costing-methodology", unknown.value.candidates


def test_an_instrument_by_number_is_the_instrument_not_a_study_titled_after_it():
    """ "C189" is the convention even where a product's title names it too (invented titles)."""
    from gapgraph.graph.knowledge_graph import KnowledgeGraph
    from gapgraph.ontology.models import Source

    kg = KnowledgeGraph()
    source = Source(doc="doc", lines=(1, 1))
    convention = kg.add_node("urn:c189", "Convention", "ILO Domestic Workers Convention, 2011 (No. 189)", source)
    kg.add_node("urn:study", "KnowledgeProduct", "Lesotho and the Convention 189", source)
    assert find(kg, "C189") == convention
    kg.add_node("urn:other", "KnowledgeProduct", "Ghana and the Convention 190", source)
    assert find(kg, "C190") == "urn:other", "no instrument of that number: the product is what there is"
