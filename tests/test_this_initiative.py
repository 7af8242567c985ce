"""What "this initiative" a page names contributed to (``loaders/this_initiative.py``), on invented text
of a programme in Ghana."""

from __future__ import annotations

from gapgraph.loaders import this_initiative
from gapgraph.loaders.builder import Builder
from tests.synthetic import doc_of, edge_names, known


def ghana() -> Builder:
    b = Builder()
    known(b, "Programme", "Cocoa futures")
    known(b, "Policy", "National Child Labour Plan", key="ghana-child-labour-plan")
    return b


def test_this_initiative_after_a_programme_is_named_is_that_programme():
    b = ghana()
    doc = doc_of(
        "This initiative promotes the establishment of the National Child Labour Plan.",  # no programme yet
        "“Cocoa futures” is an initiative of the Fund, implemented by the ILO. This initiative also promotes "
        "the establishment of the National Child Labour Plan in the country.",
    )
    this_initiative.load(b, doc)
    b.finish()
    assert edge_names(b, "contributesTo") == {("Cocoa futures", "National Child Labour Plan")}
    edge = next(d for _, _, _, d in b.kg.edges("contributesTo"))
    assert [s.lines for s in edge["sources"]] == [(2, 2)]
