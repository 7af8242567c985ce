"""People named after their organisation's position (``loaders/representatives.py``), on invented
text of a programme in Ghana."""

from __future__ import annotations

from gapgraph.loaders import representatives
from tests.synthetic import agencies_builder, doc_of, edge_names


def test_an_organisations_representative_named_after_the_comma_is_its_member():
    b = agencies_builder(["UNICEF", "WFP"])
    doc = doc_of(
        "<p>Cocoa children back to school</p>\t<p>10/2021</p>\t<p>opinion article by UNICEF representative, "
        "Ama Serwaa Mensah https://news.example/opinion</p>",
        "Remarks by the WFP Deputy Representative, Kofi Boateng, closed the session.",
        "The FAO representative, who could not attend, sent a message.",  # no known FAO, no name: nobody
    )
    representatives.load(b, doc)
    assert edge_names(b, "memberOf") == {("Ama Serwaa Mensah", "UNICEF"), ("Kofi Boateng", "WFP")}
    person = next(n for n, d in b.kg.nodes("Person") if d["name"] == "Kofi Boateng")
    edge = next(d for u, _, _, d in b.kg.edges("memberOf") if u == person)
    assert [v["value"] for v in edge["attributes"]["position"]] == ["WFP Deputy Representative"]
    assert [s.lines for s in edge["sources"]] == [(2, 2)]
