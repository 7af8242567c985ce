"""Named initiatives and paying funds (:mod:`gapgraph.loaders.discovery.initiatives`) and who pays a
funder (:mod:`gapgraph.loaders.financing`), on invented text of a Ghanaian programme."""

from __future__ import annotations

from gapgraph.loaders import financing
from gapgraph.loaders.discovery import initiatives
from tests.synthetic import builder_knowing, doc_of, edge_names


def _builder():
    return builder_knowing(
        ["UNICEF", "WFP"],
        [
            ("Fund", "Joint SDG Fund"),
            ("Donor", "European Union"),
            ("Programme", "Cash Plus"),
            ("Programme", "Safe Schools Initiative for the girls of the North"),
        ],
    )


def _discovered(b, cls: str) -> set[str]:
    return {data["name"] for _, data in b.kg.nodes(cls) if {s.doc for s in data["sources"]} == {"t"}}


def test_named_initiatives_and_paying_funds_become_nodes_citing_their_line():
    b = _builder()
    doc = doc_of(
        "The UNS, through the Cocoa Care initiative, trained farmers.",
        "Cash Plus, financed by the Green Harvest Fund with resources from the European Union, grew.",
    )
    initiatives.load(b, doc)
    assert _discovered(b, "Programme") == {"Cocoa Care initiative"}
    assert _discovered(b, "Fund") == {"Green Harvest Fund"}
    [(_, fund)] = [(n, d) for n, d in b.kg.nodes("Fund") if d["name"] == "Green Harvest Fund"]
    assert [s.lines for s in fund["sources"]] == [(2, 2)]


def test_no_initiative_for_a_draft_law_an_adjective_a_known_funds_own_or_a_longer_known_name():
    b = _builder()
    doc = doc_of(
        "The Social Protection Bill initiative and the private initiative were discussed.",
        "The Regional initiative met; the Joint SDG Fund initiative, Cash Plus, began.",
        "The Safe Schools initiative reached 40 schools; the Regional Initiative Africa Free of Child Labour too.",
        "The National Social Security Fund registered 300 carers.",
    )
    initiatives.load(b, doc)
    assert _discovered(b, "Programme") == set()
    assert _discovered(b, "Fund") == set(), "a fund is only discovered where it pays for something"


def test_a_donor_paying_the_funder_funds_the_funder():
    b = _builder()
    initiatives.load(b, doc_of("Cash Plus, financed by the Green Harvest Fund with resources from the European Union."))
    financing.load(b, doc_of("Cash Plus, financed by the Green Harvest Fund with resources from the European Union."))
    assert edge_names(b, "funds") == {("Green Harvest Fund", "Cash Plus"), ("European Union", "Green Harvest Fund")}
    near_miss = _builder()
    financing.load(near_miss, doc_of("Cash Plus, financed by the Joint SDG Fund, works with the European Union."))
    assert edge_names(near_miss, "funds") == {("Joint SDG Fund", "Cash Plus")}
