"""Mechanisms set up (``loaders/founding.py``), on invented text of other countries' programmes."""

from __future__ import annotations

from gapgraph.loaders import attribution
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.founding import founded_name
from tests.synthetic import builder_knowing, doc_of, edge_names, known


def _own_report(b: Builder, name: str = "Decent jobs for youth in Ghana") -> str:
    """The invented document ``t`` is the programme's own report: "the JP" names the programme."""
    programme = known(b, "Programme", name)
    b.index(attribution.PROGRAMME_OF_DOCUMENT)["t"] = programme
    return programme


def test_installed_mechanism_becomes_a_node_the_programme_implements():
    b = builder_knowing(["UNICEF"], [])
    _own_report(b)
    doc = doc_of(
        "- The JP has installed a mechanism for the exchange and sharing of good practices for market vendors. "
        "The district committees will follow up on these actions."
    )
    attribution.load(b, doc)
    mechanism = "Mechanism for the exchange and sharing of good practices for market vendors"
    assert edge_names(b, "implements") == {("Decent jobs for youth in Ghana", mechanism)}
    node = next(n for n, d in b.kg.nodes() if d["type"] == "Mechanism")
    assert b.kg.node(node)["sources"][0].lines == (1, 1)


def test_creation_opening_a_sentence_is_the_programmes_work_and_the_name_stops_at_a_second_phrase():
    b = builder_knowing([], [])
    _own_report(b)
    doc = doc_of(
        "- The creation of the network of youth advocates for decent work in Kumasi and training of members of "
        "this network, was established in three districts."
    )
    attribution.load(b, doc)
    assert edge_names(b, "implements") == {
        ("Decent jobs for youth in Ghana", "Network of youth advocates for decent work in Kumasi")
    }


def test_creation_inside_a_clause_or_with_a_subject_is_not_attributed():
    b = builder_knowing(["UNICEF"], [])
    _own_report(b)
    doc = doc_of(
        "The diagnostics, together with the creation of a round-table on youth employment, allowed progress.",
        "UNICEF supported the creation of a network of youth advocates in Tamale.",
    )
    attribution.load(b, doc)
    assert edge_names(b, "implements") == set()
    assert not [n for n, d in b.kg.nodes() if d["type"] == "Mechanism"]


def test_an_actor_that_established_a_working_group_implements_it_and_a_date_ends_the_name():
    b = builder_knowing(["ILO"], [])
    doc = doc_of("The ILO established a working group on informal employment statistics in March 2021.")
    attribution.load(b, doc)
    assert edge_names(b, "implements") == {("ILO", "Working group on informal employment statistics")}


def test_a_known_mechanism_is_not_named_again():
    b = builder_knowing(["ILO"], [("Mechanism", "Tripartite committee on youth employment")])
    doc = doc_of("The ILO set up the Tripartite committee on youth employment.")
    attribution.load(b, doc)
    assert edge_names(b, "implements") == {("ILO", "Tripartite committee on youth employment")}
    assert len([n for n, d in b.kg.nodes() if d["type"] == "Mechanism"]) == 1


def test_founded_name_needs_a_mechanism_head_and_more_than_a_bare_noun():
    assert founded_name("a guide for employers of domestic workers") is None
    assert founded_name("a network.") is None
    assert founded_name("a platform for cooperatives, which") == "platform for cooperatives"


def test_mechanisms_created_through_known_round_tables_are_the_programmes():
    b = builder_knowing(
        [],
        [
            ("Mechanism", "District round-table on youth employment in Kumasi"),
            ("Mechanism", "Coordination committee of the markets"),
        ],
    )
    _own_report(b)
    doc = doc_of(
        "Local mechanisms were created through the District round-table on youth employment in Kumasi.",
        "The Coordination committee of the markets was established in 2021.",
        "The Coordination committee of the markets was established by the city council.",
    )
    attribution.load(b, doc)
    assert edge_names(b, "implements") == {
        ("Decent jobs for youth in Ghana", "District round-table on youth employment in Kumasi"),
        ("Decent jobs for youth in Ghana", "Coordination committee of the markets"),
    }
    cited = {s.lines[0] for u, v, _, d in b.kg.edges("implements") for s in d["sources"]}
    assert cited == {1, 2}


def test_agentless_set_up_outside_a_programmes_own_report_gives_nothing():
    b = builder_knowing([], [("Mechanism", "Coordination committee of the markets")])
    attribution.load(b, doc_of("The Coordination committee of the markets was established in 2021."))
    assert edge_names(b, "implements") == set()
