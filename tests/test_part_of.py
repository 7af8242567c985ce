"""What a sentence says was done as part of a programme (:mod:`gapgraph.loaders.part_of`), on invented
text of a Ghanaian programme."""

from __future__ import annotations

import pytest

from gapgraph.graph.ids import node_iri
from gapgraph.loaders import part_of
from gapgraph.loaders.registry import read_registries
from tests.synthetic import builder_for, builder_knowing, doc_of, edge_names


@pytest.fixture(scope="module")
def registries():
    """The base registries (UN entities, countries) a builder of another country's document starts from."""
    return read_registries([])


KNOWN = [
    ("Programme", "Cash Plus"),
    ("Programme", "Youth Connect initiative"),
    ("Activity", '4 webinars on "Grants for carers"'),
    ("KnowledgeProduct", "Guide on child grants"),
    ("Policy", "National Social Protection Policy"),
    ("Event", "Youth Challenge Ghana"),
]


def test_activities_and_products_before_as_part_of_a_programme_are_its_parts():
    b = builder_knowing(["UNICEF"], KNOWN)
    part_of.load(
        b,
        doc_of(
            'UNICEF held 4 webinars on "Grants for carers" and the Guide on child grants, informing the National '
            "Social Protection Policy, as part of the response of the joint programme Cash Plus.",
            "As part of the Youth Connect initiative, from 2019 to 2020, UNICEF launched the Youth Challenge Ghana.",
        ),
    )
    assert edge_names(b, "partOf") == {
        ('4 webinars on "Grants for carers"', "Cash Plus"),
        ("Guide on child grants", "Cash Plus"),
        ("Youth Challenge Ghana", "Youth Connect initiative"),
    }, "a policy the work informs is no part of the programme"


def test_part_of_something_that_is_no_programme_or_with_words_between_relates_nothing():
    b = builder_knowing(["UNICEF"], KNOWN)
    part_of.load(
        b,
        doc_of(
            "As part of the communication strategy, the Guide on child grants was shared.",
            "The Guide on child grants was made as part of efforts by the government and Cash Plus.",
        ),
    )
    assert edge_names(b, "partOf") == set()


def test_work_done_as_part_of_a_known_programme_is_part_of_it(registries):
    builder = builder_for(registries, "lesotho")
    kg = builder.kg
    source = builder.source("t", 1)
    programme = kg.add_node(node_iri("Programme", "Cash Plus"), "Programme", "Cash Plus for herders", source)
    builder.register(programme, "Cash Plus")
    sessions = kg.add_node(node_iri("Activity", "s"), "Activity", '4 webinars on "Safety of herders"', source)
    builder.register(sessions, '4 webinars on "Safety of herders"')
    doc = doc_of(
        'The UN held 4 webinars on "Safety of herders", as part of the response of the joint programme Cash Plus.',
        'As part of this last step, 4 webinars on "Safety of herders" were held.',
        'The 4 webinars on "Safety of herders" were held, as part of our humanitarian work.',
    )
    part_of.load(builder, doc)
    edges = [(u, v, [s.lines for s in d["sources"]]) for u, v, _, d in kg.edges("partOf")]
    assert edges == [(sessions, programme, [(1, 1)])], "a whole no registry knows relates nothing"


def test_what_an_event_served_as_framework_for_is_part_of_it(registries):
    builder = builder_for(registries, "lesotho")
    kg = builder.kg
    source = builder.source("t", 1)
    forum = kg.add_node(node_iri("Event", "f"), "Event", "Herders' Forum 2023", source)
    network = kg.add_node(node_iri("Mechanism", "n"), "Mechanism", "Network for Care", source)
    for node in (forum, network):
        builder.register(node, kg.node(node)["name"])
    doc = doc_of(
        "The Herders' Forum 2023 served as framework for the joint launch, with the Ministry, of the Network for Care."
    )
    part_of.load(builder, doc)
    assert [(u, v) for u, v, _, _ in kg.edges("partOf")] == [(network, forum)]
