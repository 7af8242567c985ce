"""A pilot a text calls a programme's own (``loaders/pilots_of.py``), on invented text of a
programme in Ghana."""

from __future__ import annotations

from gapgraph.graph.ids import node_iri
from gapgraph.loaders import pilots_of
from gapgraph.loaders.builder import Builder
from tests.synthetic import doc_of, edge_names, known


def ghana() -> Builder:
    b = Builder()
    known(b, "Programme", "Cocoa futures")
    known(b, "Pilot", "Childcare pilot in Kumasi", key="kumasi-childcare")
    known(b, "Strategy", "Care strategy", key="care")
    kumasi = b.kg.add_node(node_iri("Municipality", "Kumasi"), "Municipality", "Kumasi", b.source("reg", 1))
    b.add_place_name("Kumasi", kumasi)
    return b


def test_the_pilot_of_a_programme_in_a_place_is_its_part_located_there():
    b = ghana()
    doc = doc_of(
        "UNICEF carried out the pilot of “Cocoa futures” in Kumasi (a city of Ashanti). This phase involved a "
        "diagnostic. The pilot of the Care strategy was postponed."
    )
    pilots_of.load(b, doc)
    assert edge_names(b, "partOf") == {("Childcare pilot in Kumasi", "Cocoa futures")}
    assert edge_names(b, "locatedIn") == {("Childcare pilot in Kumasi", "Kumasi")}
