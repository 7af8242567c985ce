"""The partnership section's sentences, on invented text of another programme (Lesotho): a body the
line names takes part in the programme, unless the line gives it a narrower role."""

from __future__ import annotations

from gapgraph.graph.ids import node_iri
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.jsdgf import partners
from tests.synthetic import doc_of, edge_names, known

PROGRAMME = "Grants for all: social protection for informal workers in Lesotho"


def test_a_body_the_line_assists_or_that_made_a_thing_with_the_programme_does_not_take_part_in_it():
    b = Builder()
    src = b.source("reg", 1)
    programme = b.kg.add_node(node_iri("Programme", PROGRAMME), "Programme", PROGRAMME, src)
    senate = known(b, "GovernmentBody", "Senate of Lesotho")
    wfp = known(b, "UNAgency", "World Food Programme", "WFP")
    known(b, "GovernmentBody", "Ministry of Social Development", "MoSD")
    doc = doc_of(
        "Partnerships",
        "- Technical assistance was provided at the legislative level, particularly the Senate of Lesotho.",
        "- An alliance was formed with the regional office of the WFP for the development of a course.",
        "- The partnership with the MoSD has grown.",
        "Strategic meetings",
    )
    course = b.kg.add_node(node_iri("Training", "grants course"), "Training", "Course on grants", src)
    b.kg.add_edge(programme, "providesTechnicalAssistanceTo", senate, b.source("t", 2))  # what other readers read
    b.kg.add_edge(course, "developedWith", wfp, b.source("t", 3))
    partners.load(b, doc, programme)
    b.finish()
    assert edge_names(b, "participatesIn") == {("Ministry of Social Development", PROGRAMME)}
