"""Who made what: the rules that read a programme's own work and its makers' partners, on invented
sentences of a programme in Lesotho (the builders of tests/test_attribution.py)."""

from __future__ import annotations

from gapgraph.graph.ids import node_iri
from gapgraph.loaders import attribution
from tests.test_attribution import _with_programme, edges, invented

PROGRAMME = "Child grants for all"
MASERU = "Diagnostic of informal workers in Maseru"
LERIBE = "Diagnostic of informal workers in Leribe"


def _thing(b, cls: str, name: str) -> None:
    b.register(b.kg.add_node(node_iri(cls, name), cls, name, b.source("reg", 1)), name)


def test_we_in_a_programmes_report_is_the_programme_and_completing_is_making():
    b, doc = invented("Finally, following the reform of 2021, we completed a study on the costs of a child grant.")
    _with_programme(b, doc)
    attribution.load(b, doc)
    assert edges(b, "produces") == {(PROGRAMME, "Study on the costs of a child grant in Lesotho")}


def test_an_agentless_sentence_after_a_maker_is_that_makers_work():
    """ "UNICEF produced 12 products ... A study ... has been completed with the BoS": UNICEF made it
    (not the programme), with the BoS."""
    b, doc = invented(
        "- UNICEF produced 12 knowledge products on informal work. A study on the costs of a child grant in "
        "Lesotho has been completed with a recognised office of statistics (BoS).",
        "- A study on the costs of a child grant in Lesotho was finalized.",
    )
    _with_programme(b, doc)
    attribution.load(b, doc)
    study = "Study on the costs of a child grant in Lesotho"
    assert edges(b, "produces") == {("UNICEF", study), (PROGRAMME, study)}  # the second line: the programme's
    assert edges(b, "developedWith") == {(study, "Bureau of Statistics")}


def test_soon_to_be_published_products_are_the_programmes_work():
    b, doc = invented(
        "The diagnostic of informal workers has informed the BoS. A similar effect is expected from the soon to "
        "be published diagnostics of Maseru and Leribe."
    )
    _with_programme(b, doc)
    attribution.load(b, doc)
    assert edges(b, "produces") == {(PROGRAMME, MASERU), (PROGRAMME, LERIBE)}


def test_the_subject_of_an_agentless_verb_opens_its_clause():
    """ "The methodology for the diagnosis ... for a pilot in Maseru was concluded": the methodology
    (known as a "Methodological proposal"), not the pilot of its complement."""
    b, doc = invented(
        "The methodology for the diagnosis and intervention for a child grant pilot in Maseru was concluded."
    )
    _with_programme(b, doc)
    proposal = "Methodological proposal for a child grant pilot in Maseru"
    _thing(b, "KnowledgeProduct", proposal)
    attribution.load(b, doc)
    assert edges(b, "produces") == {(PROGRAMME, proposal)}


def test_a_counted_plural_of_another_head_names_one_thing_per_place_of_its_clause():
    b, doc = invented(
        "In 2020 and 2021 the JP produced two Situational Assessments of informal workers, one in Maseru and the "
        "second one in Leribe, that nourished the grant rules."
    )
    _with_programme(b, doc)
    attribution.load(b, doc)
    assert edges(b, "produces") == {(PROGRAMME, MASERU), (PROGRAMME, LERIBE)}


def test_a_counted_plural_without_places_names_no_single_thing():
    b, doc = invented("The methodology was applied in three costing studies in collaboration with UNICEF.")
    _thing(b, "KnowledgeProduct", "Comprehensive study of costs of grants")
    attribution.load(b, doc)
    assert not any(name == "Comprehensive study of costs of grants" for name, _ in edges(b, "developedWith"))


def test_an_actor_named_by_its_people_ends_a_with_list():
    b, doc = invented(
        "A study on the costs of a child grant in Lesotho was produced with the inputs of UNICEF and LCN, as well "
        "regional and headquarters specialists of the WFP."
    )
    attribution.load(b, doc)
    study = "Study on the costs of a child grant in Lesotho"
    assert edges(b, "developedWith") == {
        (study, "UNICEF"),
        (study, "Lesotho Council of NGOs"),
        (study, "World Food Programme"),
    }


def test_work_under_way_with_an_aside_between_subject_and_verb():
    """ "A and B, in coordination with C, are working on a concept note": A and B make it, with C."""
    b, doc = invented(
        "UNICEF and the WFP, in coordination with the BoS, are working on a concept note and the design of a "
        "second phase."
    )
    note = "Concept note to seek funding for a second phase of the grants"
    _thing(b, "KnowledgeProduct", note)
    attribution.load(b, doc)
    assert edges(b, "produces") == {("UNICEF", note), ("World Food Programme", note)}
    assert edges(b, "developedWith") == {(note, "Bureau of Statistics")}


def test_a_passive_verb_far_from_a_thing_is_not_about_it():
    b, doc = invented(
        "The BoS will work on the study on the costs of a child grant in Lesotho and the design of the second "
        "phase of the programme to ensure sustainability of achieved results and to promote the replicability "
        "of methodologies developed by UNICEF."
    )
    attribution.load(b, doc)
    assert edges(b, "produces") == set()


def test_a_step_not_taken_is_no_adoption():
    b, doc = invented("The Social Protection Bill has not yet been approved by the Senate of Lesotho.")
    src = b.source("reg", 1)
    b.register(
        b.kg.add_node(node_iri("LegalInstrument", "SPB"), "LegalInstrument", "Social Protection Bill", src),
        "Social Protection Bill",
    )
    senate = b.kg.add_node(node_iri("GovernmentBody", "Senate of Lesotho"), "GovernmentBody", "Senate of Lesotho", src)
    b.register(senate, "Senate of Lesotho")
    attribution.load(b, doc)
    assert edges(b, "adopts") == set()


def test_requests_from_a_body_included_in_a_document_make_it_developed_with_the_body():
    b, doc = invented(
        "Specific requests from the Bureau of Statistics have been included in the development of this study."
    )
    attribution.read_row(b, doc, 1, doc.lines[0], node_iri("KnowledgeProduct", MASERU))
    assert edges(b, "developedWith") == {(MASERU, "Bureau of Statistics")}


def test_a_campaign_of_a_body_is_its_work():
    b, doc = invented(
        'To widen our reach, we joined the campaign "#GrantsForAll" of the Ministry of Finance of Lesotho.'
    )
    b.register(node_iri("Campaign", "#GrantsForAll campaign"), "#GrantsForAll")
    attribution.load(b, doc)
    assert edges(b, "produces") == {("Ministry of Finance of Lesotho", "#GrantsForAll campaign")}


def test_a_qualified_proposal_is_a_product_and_a_bare_one_is_not():
    from gapgraph.loaders.discovery.things import products

    assert list(products("A curricular proposal for the training of street vendors was redesigned with the VTI.")) == [
        "Curricular proposal for the training of street vendors"
    ]
    assert list(products("The Senate received a proposal for a General Law on child grants.")) == []


def test_an_achievement_listed_by_its_making_is_the_programmes_work():
    b, doc = invented("- Preparing a technical study requested by the BoS on the costs of a child grant in Lesotho.")
    _with_programme(b, doc)
    attribution.load(b, doc)
    assert edges(b, "produces") == {(PROGRAMME, "Study on the costs of a child grant in Lesotho")}


def test_a_subject_working_through_a_product_made_it():
    b, doc = invented(
        "While waiting for the vote, we advised all counterparts through a study on the costs of a child grant.",
        "Capacities increased through a study on the costs of a child grant.",  # no subject: nobody
    )
    _with_programme(b, doc)
    attribution.load(b, doc)
    assert edges(b, "produces") == {(PROGRAMME, "Study on the costs of a child grant in Lesotho")}
    assert all(s.lines[0] == 1 for _, _, _, d in b.kg.edges("produces") for s in d["sources"])


def test_media_are_products_and_a_reworded_one_is_the_known_one():
    from gapgraph.loaders.discovery import things

    b, doc = invented(
        "- The radio spots for street vendors on grant rules in local languages were produced in May.",
        "- Three radio spots on local languages (Sesotho and Xhosa) regarding grant rules for street vendors, "
        "were produced and aired.",
        "A leaflet was developed, as well as two communication spots in local languages (Sesotho and Xhosa).",
    )
    _with_programme(b, doc)
    b.country = None
    things.load(b, doc)
    spots = sorted(n["name"] for _, n in b.kg.nodes() if "spots" in n["name"])
    assert spots == [
        "Communication spots in local languages",
        "Radio spots for street vendors on grant rules in local languages",
    ]
    attribution.load(b, doc)
    made = {(s.lines[0], b.kg.node(v)["name"]) for u, v, _, d in b.kg.edges("produces") for s in d["sources"]}
    assert made == {
        (1, "Radio spots for street vendors on grant rules in local languages"),
        (2, "Radio spots for street vendors on grant rules in local languages"),  # reworded, the same spots
        (3, "Communication spots in local languages"),  # "..., as well as" the spots
    }


def test_an_alliance_formed_with_bodies_for_a_course_makes_it_developed_with_them():
    b, doc = invented(
        "- A strategic alliance was formed with the regional offices of UNICEF and the WFP, for the development "
        "of the regional on-line course on grant rules."
    )
    course = "Course on grant rules"
    _thing(b, "Activity", course)
    attribution.load(b, doc)
    assert edges(b, "developedWith") == {(course, "UNICEF"), (course, "World Food Programme")}
