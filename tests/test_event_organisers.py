"""Who organised a strategic-meetings row's event (``loaders/jsdgf/events.py``), on invented rows of
another country's report."""

from __future__ import annotations

from gapgraph.graph.ids import node_iri
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.jsdgf import events
from tests.synthetic import agencies_builder, edge_names, known

PROGRAMME = node_iri("Programme", "Decent jobs for youth in Ghana")


def _report(*descriptions: str) -> Document:
    """A report whose strategic-meetings table has one checked "Other strategic events" row per description."""
    lines = [
        "Type of event\tYes\tNo\tDescription/Comments",
        *(f'Other strategic events\t<input checked="checked"/>\t<input/>\t{d}' for d in descriptions),
        "",
        "Innovation, learning and sharing",
    ]
    return Document(id="gha", kind="k", path="gha.txt", lines=lines)


def _builder() -> Builder:
    b = agencies_builder(["ILO"])
    b.kg.add_node(PROGRAMME, "Programme", "Decent jobs for youth in Ghana", b.source("reg", 1))
    known(b, "GovernmentBody", "Ministry of Youth of Ghana", "MoY")
    known(b, "GovernmentBody", "National Youth Authority", "NYA")
    return b


def test_organised_with_bodies_makes_them_lead_the_event_not_take_part():
    b = _builder()
    events.load(
        b, _report("Dialogue on youth employment, organized with the MoY and NYA. Three tables (May 2023)."), PROGRAMME
    )
    assert edge_names(b, "leads") == {
        ("Ministry of Youth of Ghana", "Dialogue on youth employment"),
        ("National Youth Authority", "Dialogue on youth employment"),
    }
    assert edge_names(b, "participatesIn") == set()


def test_a_body_named_later_in_the_row_does_not_lead_it():
    b = _builder()
    events.load(
        b, _report("Dialogue on youth employment (May 2023). The MoY organized with the ILO a second table."), PROGRAMME
    )
    assert edge_names(b, "leads") == set()
