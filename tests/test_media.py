"""Media items of a Joint SDG Fund report's communication tables that name their maker
(``loaders/jsdgf/media.py``), on invented rows of a programme in Ghana."""

from __future__ import annotations

from gapgraph.graph.ids import node_iri
from gapgraph.loaders.jsdgf import media
from tests.synthetic import agencies_builder, doc_of, edge_names, known

ROWS = (
    "Annex 3: Strategic communication results",
    "Title of the document\tDate when finalized (MM/YY)\tBrief description and hyperlink (if it exists)",
    "Installation of the Steering Committee\t02/2021\tThe installation was announced on the agencies' portals.",
    "Cocoa farmers lack pensions\t03/2021\tAn interview about the Programme was held with Daily Graphic, one of the "
    "main newspapers in Ghana. https://x.example/1",
    "<p>Women growers, our allies</p>\t<p>04/2021</p>\t<p>opinion article by UNICEF representative, Ama Owusu "
    "https://x.example/2</p>",
    "Webinar: Safety at work in cocoa\t05/2021\tWebinar https://x.example/3",
    "Cocoa and the law\t06/2021\tOp-ed by UNICEF https://x.example/4",
    "Launch of the Advisory Board\t07/2021\tBoard launched.",
)


def test_rows_naming_their_maker_are_products_it_made_and_an_installation_is_the_programmes_event():
    b = agencies_builder(["UNICEF"])
    programme = known(b, "Programme", "Cocoa futures")
    committee = known(b, "Mechanism", "Steering Committee")
    known(b, "Mechanism", "Advisory Board")
    b.kg.add_edge(committee, "partOf", programme, b.source("reg", 1))
    person = b.kg.add_node(node_iri("Person", "Ama Owusu"), "Person", "Ama Owusu", b.source("t", 5))
    media.load(b, doc_of(*ROWS), programme)
    b.finish()
    assert edge_names(b, "produces") == {
        ("Daily Graphic", "Cocoa farmers lack pensions"),
        ("Ama Owusu", "Women growers, our allies"),
        ("UNICEF", "Cocoa and the law"),
    }
    assert b.kg.node(b.resolve("Daily Graphic"))["type"] == "PrivateCompany"
    assert b.kg.value(b.resolve("Women growers, our allies"), "date") == "2021-04"
    assert not b.resolve("Webinar: Safety at work in cocoa"), "a row naming no maker is left to other readers"
    assert person in {u for u, _, _, _ in b.kg.edges("produces")}
    assert edge_names(b, "partOf") == {
        ("Steering Committee", "Cocoa futures"),
        ("Installation of the Steering Committee", "Cocoa futures"),
    }, "the launch of a board that is not the programme's is no event of it"
