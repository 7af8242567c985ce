"""Products, plans and places of named things (task entsa), each on invented text of another country."""

from __future__ import annotations

import pytest

from gapgraph.loaders.discovery import things
from gapgraph.loaders.registry import read_registries
from tests.synthetic import builder_for, doc_of, known


@pytest.fixture(scope="module")
def registries():
    return read_registries([])


def _products(builder) -> set[str]:
    return {d["name"] for _, d in builder.kg.nodes() if d["type"] == "KnowledgeProduct"}


def test_a_study_about_a_known_convention_is_a_product_of_its_own(registries):
    builder = builder_for(registries, "lesotho")
    things.load(builder, doc_of("- Preparation of a regulatory study to assess the ratification of Convention 102."))
    assert "Regulatory study to assess the ratification of Convention 102" in _products(builder)


def test_a_product_yet_to_be_made_is_a_plan_not_a_product():
    from gapgraph.loaders.discovery.things import products

    planned = "Briefs will continue to be shared, developing a methodology of costing focusing on pensions in Maseru."
    assert list(products(planned)) == []
    assert list(products("The ministry plans to prepare a study on herders' pensions.")) == []
    made = "The JP developed a methodology of costing for Maseru."
    assert list(products(made)) == ["Methodology of costing for Maseru"]


def test_a_thing_to_be_implemented_in_a_place_lies_there(registries):
    builder = builder_for(registries, "lesotho")
    things.load(builder, doc_of("In addition, the pilot of a local pension system will be implemented in Maseru."))
    kg = builder.kg
    (pilot,) = [n for n, d in kg.nodes() if d["type"] == "Pilot"]
    assert [kg.node(p)["name"] for p in kg.out(pilot, "locatedIn")] == ["Maseru"]


def test_policy_briefs_and_two_kinds_of_products_named_together():
    from gapgraph.loaders.discovery.things import products

    briefs = "The costing tool and the policy briefs of the pension studies are aimed at decision makers."
    assert list(products(briefs)) == ["Policy briefs of the pension studies"]
    paired = (
        "Support went to the Treasury, with methodologies and studies for decision making related to the"
        " implementation of universal pension coverage for herders, miners, and their families."
    )
    assert list(products(paired)) == [
        "Methodologies and studies for decision making related to the implementation of universal pension"
        " coverage for herders"
    ]
    assert list(products("Its briefs of the pension studies were shared.")) == [], "a brief is a policy brief"


def test_a_shorter_description_written_before_the_full_name_is_that_product(registries):
    builder = builder_for(registries, "lesotho")
    doc = doc_of(
        "As a response, three radio spots in Sesotho were produced.",
        "- The radio spots for herders on pension rights in Sesotho were broadcast in May.",
    )
    things.load(builder, doc)
    kg = builder.kg
    spots = [(d["name"], sorted(s.lines[0] for s in d["sources"])) for _, d in kg.nodes() if "spots" in d["name"]]
    assert spots == [("Radio spots for herders on pension rights in Sesotho", [1, 2])]


def test_a_video_named_by_what_it_is_is_a_product():
    from gapgraph.loaders.discovery.things import products

    assert list(products("Messages reached employers mainly through a street interview video and posters.")) == [
        "Street interview video"
    ]
    assert list(products("The campaign made a short promotional video.")) == [], "no name, only adjectives"


def test_a_kind_of_body_named_in_places_is_the_known_body_of_each_place(registries):
    builder = builder_for(registries, "lesotho")
    things.load(builder, doc_of("The Intersectoral Committee for Pension Rights in Maseru and Leribe was set up."))
    kg = builder.kg
    committees = {n for n, d in kg.nodes() if d["type"] == "Mechanism"}
    assert len(committees) == 2, "one committee per place"
    things.kinds_in_places(builder, doc_of("", "The holding of multi-sector committees in Leribe and Maseru was key."))
    names = {kg.node(n)["name"]: set(kg.node(n)["aliases"]) for n in committees}
    assert "multi-sector committee in Maseru" in names["Intersectoral Committee on Pension Rights in Maseru"]
    assert "multi-sector committee in Leribe" in names["Intersectoral Committee on Pension Rights in Leribe"]
    assert all(2 in [s.lines[0] for s in kg.node(n)["sources"]] for n in committees)


def test_a_description_with_a_spelled_out_acronym_and_one_word_more_is_the_known_product(registries):
    builder = builder_for(registries, "lesotho")
    for place in ("Maseru", "Leribe"):
        known(
            builder,
            "KnowledgeProduct",
            f"Diagnostic on pension barriers for herders regarding access to benefits in {place}",
        )
    doc = doc_of(
        "- A manual on community health and hygiene and flood risks for herders and their families was printed.",
        "Community health and hygiene (CHH) matters.",
        "- The manual on CHH and flood risks prevention for herders was launched in May.",
        "- The diagnostic on access to benefits and pension barriers for herders regarding unions was shared.",
    )
    things.load(builder, doc)
    kg = builder.kg
    manuals = [(d["name"], sorted(s.lines[0] for s in d["sources"])) for _, d in kg.nodes() if "anual" in d["name"]]
    assert manuals == [
        ("Manual on community health and hygiene and flood risks for herders and their families", [1, 3])
    ]
    diagnostics = sorted(d["name"] for _, d in kg.nodes() if "iagnostic" in d["name"])
    assert len(diagnostics) == 2, "a description near several known products is left unread"


def test_a_numbered_heading_names_no_thing(registries):
    builder = builder_for(registries, "lesotho")
    things.load(builder, doc_of("Area 3. Rural Policy", "The Rural Policy was adopted in May."))
    policies = [(d["name"], [s.lines[0] for s in d["sources"]]) for _, d in builder.kg.nodes("Policy")]
    assert policies == [("Rural Policy", [2])]


def test_a_campaign_named_by_whom_it_addresses(registries):
    from gapgraph.loaders.discovery.things import named

    design = (
        "- Design of a radio campaign addressing herders and miners in the context of the drought with local radios."
    )
    assert list(named(design)) == [
        ("radio campaign addressing herders and miners in the context of the drought", "Campaign")
    ]
    joined = "The JP joined the campaign regarding herders developed by the Maseru Youth Forum."
    assert ("campaign regarding herders", "Campaign") in list(named(joined))


def test_a_bold_title_of_a_story_is_a_product():
    from gapgraph.loaders.discovery.things import bold_titles

    story = (
        "- A human-interest story on herders was published on the web page: **Herders know their rights** <http://x>"
    )
    assert bold_titles(story) == ["Herders know their rights"]
    assert bold_titles("- **Number of publications to be produced:** To date, 16 were published.") == []
    assert bold_titles("The **Pension Reform of Lesotho** was adopted.") == [], "no story, no publication"
