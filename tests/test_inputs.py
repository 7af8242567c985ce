"""What fed what (:mod:`gapgraph.loaders.inputs`) on invented text of another programme (Albania):
"the assessments ... nourished the strategies" gives each assessment ``contributesTo`` its own
place's strategy, and under a results heading only the strategies count under the output."""

from __future__ import annotations

from gapgraph.graph.ids import node_iri
from gapgraph.loaders import chain, narrative
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.observations import thing_key
from tests.synthetic import doc_of

PROGRAMME_NAME = "Fair work: social protection for rural women in Albania"


def invented() -> tuple[Builder, str]:
    """A builder that knows an invented Albanian programme, its Output 1.2, two regions and a product
    and a strategy of each region."""
    b = Builder()
    src = b.source("reg", 1)
    kg = b.kg
    programme = kg.add_node(node_iri("Programme", PROGRAMME_NAME), "Programme", PROGRAMME_NAME, src, ["Fair work"])
    b.register(programme, "Fair work")
    output = kg.add_node(
        node_iri("Output", thing_key(PROGRAMME_NAME), "Output 1.2"),
        "Output",
        "Output 1.2: a result",
        src,
        attributes={"code": "Output 1.2"},
    )
    kg.add_edge(output, "partOf", programme, src)
    for region in ("Shkoder", "Vlore"):
        place = kg.add_node(node_iri("State", region), "State", region, src)
        b.register(place, region)
        for cls, name in (
            ("KnowledgeProduct", f"Assessment of rural women in {region}"),
            ("Strategy", f"Strategy for rural women in {region}"),
        ):
            node = kg.add_node(node_iri(cls, name), cls, name, src)
            b.register(node, name)
            kg.add_edge(node, "locatedIn", place, src)
    return b, programme


def read(*lines: str) -> set[tuple[str, str]]:
    b, programme = invented()
    doc = doc_of("1.2. Tailored social protection strategy designed for rural women", *lines)
    narrative.load(b, doc, programme)
    b.finish()
    chain.load(b, doc, programme)
    return {(b.kg.node(u)["name"], b.kg.node(v)["name"].split(":")[0]) for u, v, _, _ in b.kg.edges("contributesTo")}


def test_an_input_feeds_its_own_places_product_and_counts_through_it():
    edges = read(
        "- The JP produced the Assessment of rural women in Shkoder and the Assessment of rural women in Vlore,"
        " that nourished the Strategy for rural women in Shkoder and the Strategy for rural women in Vlore."
    )
    assert ("Assessment of rural women in Shkoder", "Strategy for rural women in Shkoder") in edges
    assert ("Assessment of rural women in Vlore", "Strategy for rural women in Vlore") in edges
    assert ("Assessment of rural women in Shkoder", "Strategy for rural women in Vlore") not in edges
    assert ("Strategy for rural women in Vlore", "Output 1.2") in edges
    assert ("Assessment of rural women in Vlore", "Output 1.2") not in edges, "it counts through the strategy"


def test_was_the_base_to_formulate():
    edges = read(
        "- The Assessment of rural women in Vlore was the base to formulate the Strategy for rural women in Vlore."
    )
    assert ("Assessment of rural women in Vlore", "Strategy for rural women in Vlore") in edges
    assert ("Assessment of rural women in Vlore", "Output 1.2") not in edges


def test_a_planned_input_or_a_mere_list_feeds_nothing():
    planned = read(
        "- The Assessment of rural women in Vlore will be the basis for the Strategy for rural women in Vlore."
    )
    listed = read("- The Assessment of rural women in Vlore and the Strategy for rural women in Vlore were presented.")
    for edges in (planned, listed):
        assert ("Assessment of rural women in Vlore", "Strategy for rural women in Vlore") not in edges
        assert ("Assessment of rural women in Vlore", "Output 1.2") in edges, "both count under the output"
        assert ("Strategy for rural women in Vlore", "Output 1.2") in edges


def test_those_states_gives_one_product_per_place_named_earlier_in_the_sentence():
    edges = read(
        "- The JP produced two assessments of rural women, one in Shkoder and the second one in Vlore, that"
        " nourished the two strategies for rural women formulated in those states."
    )
    assert ("Assessment of rural women in Shkoder", "Strategy for rural women in Shkoder") in edges
    assert ("Assessment of rural women in Vlore", "Strategy for rural women in Vlore") in edges
    assert ("Strategy for rural women in Shkoder", "Output 1.2") in edges
    assert ("Assessment of rural women in Vlore", "Strategy for rural women in Shkoder") not in edges


def test_a_counted_plural_without_those_places_stays_unresolved():
    edges = read(
        "- The JP produced two assessments of rural women, one in Shkoder and the second one in Vlore, that"
        " nourished the two strategies for rural women formulated in 2021."
    )
    assert not any(target.startswith("Strategy") for _, target in edges), "which two strategies is not said"
