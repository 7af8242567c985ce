"""Asides and possessives of the attribution rules (``loaders/attribution.py``), on invented text of
other countries' programmes."""

from __future__ import annotations

from gapgraph.loaders import attribution
from tests.synthetic import builder_knowing, doc_of, edge_names, known

SESSIONS = "4 webinars on safety at work for street vendors"


def test_coordination_aside_before_held_makes_the_partner_a_participant():
    b = builder_knowing(["WFP"], [("Activity", SESSIONS)])
    known(b, "GovernmentBody", "Ministry of Labour of Ghana", "MoL")
    doc = doc_of(
        f"In this context, the WFP, in coordination with the Ministry of Labour of Ghana (MoL), held {SESSIONS}"
    )
    attribution.load(b, doc)
    assert edge_names(b, "participatesIn") == {("Ministry of Labour of Ghana", SESSIONS)}
    assert edge_names(b, "developedWith") == set()


def test_coordination_aside_before_a_verb_of_making_stays_developed_with():
    b = builder_knowing(["WFP"], [("KnowledgeProduct", "Guide for street vendors")])
    known(b, "GovernmentBody", "Ministry of Labour of Ghana", "MoL")
    doc = doc_of("The WFP, in coordination with the MoL, developed the Guide for street vendors.")
    attribution.load(b, doc)
    assert edge_names(b, "developedWith") == {("Guide for street vendors", "Ministry of Labour of Ghana")}
    assert edge_names(b, "produces") == {("WFP", "Guide for street vendors")}
    assert edge_names(b, "participatesIn") == set()


def test_support_aside_between_subject_and_verb_gives_maker_and_partners():
    b = builder_knowing(["ILO", "UNICEF"], [("KnowledgeProduct", "Guide for street vendors")])
    known(b, "CivilSocietyOrganization", "Street Vendors Union of Accra", "SVUA")
    doc = doc_of("The ILO, with the support of UNICEF and SVUA, developed the Guide for street vendors in 2021.")
    attribution.load(b, doc)
    assert edge_names(b, "produces") == {("ILO", "Guide for street vendors")}
    assert edge_names(b, "developedWith") == {
        ("Guide for street vendors", "UNICEF"),
        ("Guide for street vendors", "Street Vendors Union of Accra"),
    }


def test_support_from_aside_reads_as_with_the_support_of():
    b = builder_knowing(["WFP", "UNICEF"], [("KnowledgeProduct", "Guide for street vendors")])
    doc = doc_of("UNICEF, with support from the WFP, produced the Guide for street vendors.")
    attribution.load(b, doc)
    assert edge_names(b, "produces") == {("UNICEF", "Guide for street vendors")}
    assert edge_names(b, "developedWith") == {("Guide for street vendors", "WFP")}


def test_possessive_before_a_course_makes_the_possessor_run_it():
    course = "Social protection for informal economies"
    b = builder_knowing(["ILO", "UNICEF"], [("Training", course)])
    known(b, "TrainingInstitute", "International Training Centre", "ITC")
    doc = doc_of(f"Three officials have participated in ILO's ITC on-line course *{course}*.")
    attribution.load(b, doc)
    assert edge_names(b, "implements") == {("ILO", course)}


def test_possessive_far_from_the_course_name_gives_nothing():
    course = "Social protection for informal economies"
    b = builder_knowing(["ILO"], [("Training", course)])
    doc = doc_of(f"The ILO's regional office, in its annual programme, reported on the course {course}.")
    attribution.load(b, doc)
    assert edge_names(b, "implements") == set()


def test_a_partner_described_before_its_name_in_brackets_is_the_partner():
    b = builder_knowing([], [("KnowledgeProduct", "Study on informal traders in Ghana")])
    known(b, "AcademicInstitution", "University of Ghana", "UG")
    doc = doc_of("The Study on informal traders in Ghana was completed with a leading university in Accra (UG).")
    attribution.load(b, doc)
    assert edge_names(b, "developedWith") == {("Study on informal traders in Ghana", "University of Ghana")}


def test_a_bracketed_name_after_a_long_clause_is_no_partner():
    b = builder_knowing([], [("KnowledgeProduct", "Study on informal traders in Ghana")])
    known(b, "AcademicInstitution", "University of Ghana", "UG")
    doc = doc_of(
        "The Study on informal traders in Ghana was completed with a grant, which the board approved last year (UG)."
    )
    attribution.load(b, doc)
    assert edge_names(b, "developedWith") == set()


def test_a_second_indefinite_phrase_before_presented_is_what_was_presented():
    b = builder_knowing(["UNICEF"], [("Policy", "National Youth Employment Policy")])
    known(b, "Legislature", "Parliament of Ghana", "Parliament")
    doc = doc_of(
        "UNICEF contributed to the National Youth Employment Policy and a bill presented in the Parliament of Ghana."
    )
    attribution.load(b, doc)
    assert edge_names(b, "presentedTo") == set()


def test_a_thing_right_before_presented_is_presented():
    b = builder_knowing(["UNICEF"], [("Policy", "National Youth Employment Policy")])
    known(b, "Legislature", "Parliament of Ghana", "Parliament")
    doc = doc_of("The National Youth Employment Policy was presented to the Parliament of Ghana in May.")
    attribution.load(b, doc)
    assert edge_names(b, "presentedTo") == {("National Youth Employment Policy", "Parliament of Ghana")}


def test_a_counted_phrase_between_a_thing_and_a_with_phrase_takes_the_with_phrase():
    b = builder_knowing(["UNICEF", "WFP"], [("KnowledgeProduct", "Methodology to cost child grants")])
    doc = doc_of("The Methodology to cost child grants was applied in three costing studies in collaboration with WFP.")
    attribution.load(b, doc)
    assert edge_names(b, "developedWith") == set()
    doc = doc_of("The Methodology to cost child grants was developed in collaboration with WFP.")
    attribution.load(b, doc)
    assert edge_names(b, "developedWith") == {("Methodology to cost child grants", "WFP")}


def _pilots_builder():
    b = builder_knowing([], [("Pilot", "child grant pilot")])
    _own = known(b, "Programme", "Child grants for all")
    b.index(attribution.PROGRAMME_OF_DOCUMENT)["t"] = _own
    specific = known(b, "Pilot", "Child grant pilot for orphans in Maseru")
    place = known(b, "Municipality", "Maseru")
    b.add_place_name("Maseru", place)
    b.kg.add_edge(specific, "locatedIn", place, b.source("reg", 1))
    return b


def test_a_place_after_a_generic_name_picks_the_thing_of_that_place():
    b = _pilots_builder()
    attribution.load(b, doc_of("The programme developed the first child grant pilot at local level, in Maseru."))
    assert edge_names(b, "pilots") == {("Child grants for all", "Child grant pilot for orphans in Maseru")}


def test_without_a_place_the_name_is_the_thing_it_names():
    b = _pilots_builder()
    attribution.load(b, doc_of("The programme developed the first child grant pilot."))
    assert edge_names(b, "pilots") == {("Child grants for all", "child grant pilot")}


def test_a_plural_of_bodies_in_a_with_phrase_gives_one_partner_per_place():
    b = builder_knowing(["UNICEF"], [("KnowledgeProduct", "Technical report on labour inspection in Lesotho")])
    for place in ("Maseru", "Leribe"):
        node = known(b, "State", place)
        b.add_place_name(place, node)
        body = known(b, "GovernmentBody", f"Secretariat of Labour of {place}", key=f"labour-{place}")
        b.register(body, f"Secretariat of Labour of {place}", place.lower())
        b.kg.add_edge(body, "locatedIn", node, b.source("reg", 1))
    doc = doc_of(
        "In direct collaboration with UNICEF and the Secretariats of Labour of Maseru and Leribe, the "
        "Technical report on labour inspection in Lesotho will be finalized."
    )
    attribution.load(b, doc)
    report = "Technical report on labour inspection in Lesotho"
    assert edge_names(b, "developedWith") == {
        (report, "UNICEF"),
        (report, "Secretariat of Labour of Maseru"),
        (report, "Secretariat of Labour of Leribe"),
    }


def test_a_table_cell_saying_where_a_law_was_presented_is_read():
    b = builder_knowing([], [("LawInitiative", "Child Grants Bill")])
    known(b, "Legislature", "Parliament of Lesotho", "Parliament")
    row = "Outcome 1 indicator\t2\t4\t3\tThe Child Grants Bill has been officially presented in Parliament."
    attribution.load(b, doc_of(row, "Output 1.1 indicator\t1\t2\t2\tThe Child Grants Bill was drafted."))
    assert edge_names(b, "presentedTo") == {("Child Grants Bill", "Parliament of Lesotho")}
    assert edge_names(b, "produces") == set()


def test_developed_along_a_body_in_a_table_cell_gives_developed_with():
    b = builder_knowing([], [("Campaign", "Campaign on child grants for all")])
    known(b, "GovernmentBody", "Ministry of Social Development of Lesotho", "MoSD")
    row = "Output 2.2 indicator\t0\t2\t1\tIncludes the campaign developed along the MoSD on child grants."
    attribution.load(b, doc_of(row))
    assert edge_names(b, "developedWith") == {
        ("Campaign on child grants for all", "Ministry of Social Development of Lesotho")
    }


def test_a_cell_without_such_a_phrase_is_not_read():
    b = builder_knowing([], [("Campaign", "Campaign on child grants for all")])
    known(b, "GovernmentBody", "Ministry of Social Development of Lesotho", "MoSD")
    attribution.load(b, doc_of("Output 2.2 indicator\t0\t2\t1\tIncludes the campaign, with the MoSD on child grants."))
    assert edge_names(b, "developedWith") == set()


def _strategies_builder():
    b = builder_knowing([], [])
    for place in ("Maseru", "Leribe"):
        node = known(b, "State", place)
        b.add_place_name(place, node)
        plan = known(b, "Strategy", f"Child grant strategy for {place}")
        b.kg.add_edge(plan, "locatedIn", node, b.source("reg", 1))
        government = known(b, "GovernmentBody", f"Government of {place}", key=f"gov-{place}")
        b.kg.add_edge(government, "locatedIn", node, b.source("reg", 1))
    return b


def test_both_presented_to_public_authorities_goes_to_each_places_government():
    b = _strategies_builder()
    line = (
        'These plans are: 1) "Child grant strategy for Maseru"; and 2) "Child grant strategy for Leribe". '
        "Both were presented to public authorities and are being implemented."
    )
    attribution.load(b, doc_of(line))
    assert edge_names(b, "presentedTo") == {
        ("Child grant strategy for Maseru", "Government of Maseru"),
        ("Child grant strategy for Leribe", "Government of Leribe"),
    }


def test_both_needs_exactly_two_things_named_before():
    b = _strategies_builder()
    line = 'The plan is "Child grant strategy for Maseru". Both were presented to public authorities.'
    attribution.load(b, doc_of(line))
    assert edge_names(b, "presentedTo") == set()


def test_soon_to_be_published_products_are_found_again_once_every_document_is_read():
    b = builder_knowing([], [("KnowledgeProduct", "Diagnostic of informal workers in Maseru")])
    programme = known(b, "Programme", "Child grants for all")
    b.index(attribution.PROGRAMME_OF_DOCUMENT)["t"] = programme
    for place in ("Maseru", "Leribe"):
        b.add_place_name(place, known(b, "State", place))
    line = (
        "Informal workers gained. The same is expected from the soon to be published diagnostics of Maseru and Leribe."
    )
    attribution.load(b, doc_of(line))
    assert edge_names(b, "produces") == {("Child grants for all", "Diagnostic of informal workers in Maseru")}
    known(b, "KnowledgeProduct", "Diagnostic of informal workers in Leribe")  # a later document's annex
    b.finish()
    assert edge_names(b, "produces") == {
        ("Child grants for all", "Diagnostic of informal workers in Maseru"),
        ("Child grants for all", "Diagnostic of informal workers in Leribe"),
    }
    assert {s.lines for _, _, _, d in b.kg.edges("produces") for s in d["sources"]} == {(1, 1)}
