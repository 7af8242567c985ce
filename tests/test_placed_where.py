"""Where a sentence says a thing named before it was carried out (``loaders/discovery/placed_where.py``)
and the short names of listed places (``loaders/discovery/place_lists.py``), on invented text of another
country."""

from __future__ import annotations

from gapgraph.graph.ids import node_iri
from gapgraph.loaders.discovery import placed_where
from tests.synthetic import doc_of
from tests.synthetic import edge_names as names
from tests.test_places import lesotho


def test_the_campaign_launched_in_listed_places_and_it_developed_in_a_district_are_located_there():
    b = lesotho()
    src = b.source("reg", 1)
    for cls, name in (("Campaign", "#FairWool"), ("KnowledgeProduct", "Methodology to estimate the costs of care")):
        b.register(b.kg.add_node(node_iri(cls, name), cls, name, src), name)
    placed_where.load(
        b,
        doc_of(
            "The campaign #FairWool raised awareness among employers. The campaign was launched on March 3rd, 2022"
            " and ended on April 9th, 2022, particularly in the metropolitan areas of Maseru and Leribe (Lesotho),"
            " with national impact.",
            "The Methodology to estimate the costs of care is a tool; it has been developed in the district of"
            " Mafeteng and countries in Africa and Botswana have shown interest.",
            "The campaign #FairWool reached 2 million people in Maseru.",  # no verb of doing: nothing
            "The campaign was launched in Quthing.",  # no campaign named before on the line: nothing
        ),
    )
    b.finish()
    assert {(u, v) for u, v in names(b, "locatedIn") if u != "Cash plus in Lesotho"} == {
        ("#FairWool", "Maseru"),
        ("#FairWool", "Leribe"),
        ("Methodology to estimate the costs of care", "Mafeteng"),
    }


def test_a_listed_name_that_starts_one_known_places_longer_name_is_its_short_name():
    from gapgraph.loaders.discovery import place_lists

    b = lesotho()
    place_lists.load(b, doc_of("A dialogue in the mountain districts of Maseru, Thaba, and Quthing, which grow wool."))
    thaba = b.place("Thaba")
    assert thaba is not None and b.kg.node(thaba)["name"] == "Thaba-Tseka"
    assert "Thaba" in b.kg.node(thaba)["aliases"]
    assert b.place("Mountain") is None  # not a listed name


def test_an_event_held_in_listed_places_is_a_node_placed_in_each():
    b = lesotho()
    placed_where.load(
        b,
        doc_of(
            "Study results promoted the first tripartite dialogue of the wool sector in Lesotho in the wool-growing"
            " districts of Maseru, Leribe, Kolonyama, and Mafeteng, which grow most wool, and in Quthing for a"
            " national view.",
            "The ministry held the annual meeting of herders in Maseru.",  # a meeting: too often nameless
        ),
    )
    b.finish()
    event = "First tripartite dialogue of the wool sector in Lesotho"  # Kolonyama: no known place, passed over
    assert {(u, v) for u, v in names(b, "locatedIn") if u == event} == {
        (event, "Maseru"),
        (event, "Leribe"),
        (event, "Mafeteng"),
        (event, "Quthing"),
    }
    assert [d["name"] for _, d in b.kg.nodes("Event")] == [event]


def test_a_thing_whose_creation_was_established_in_listed_places_is_located_there():
    b = lesotho()
    src = b.source("reg", 1)
    name = "Network of wool shearers for the rights of women herders"
    b.register(b.kg.add_node(node_iri("Mechanism", name), "Mechanism", name, src), name)
    placed_where.load(
        b,
        doc_of(
            "- The creation of the network of wool shearers for the rights of women herders and the training of its"
            " members, was established in herding communities in Leribe and Quthing.",
            "- The creation of the network of wool shearers for the rights of women herders raised hopes in Maseru.",
        ),
    )
    b.finish()
    assert {(u, v) for u, v in names(b, "locatedIn") if u == name} == {(name, "Leribe"), (name, "Quthing")}
