"""The entity rules of issue 11 (names, classes, places, junk), each on sentences written for another country."""

from __future__ import annotations

import pytest

from gapgraph.graph.ids import node_iri
from gapgraph.loaders import generic
from gapgraph.loaders.discovery import placed
from gapgraph.loaders.registry import read_registries
from tests.synthetic import builder_for, doc_of


@pytest.fixture(scope="module")
def registries():
    return read_registries([])


def test_a_place_with_an_acronym_defines_no_body(registries):
    builder = builder_for(registries, "lesotho")
    ministry = builder.actor(
        "Ministry of Gender of Maseru", builder.source("t", 1), new_type="GovernmentBody", aliases=("MGM",)
    )
    generic.definitions(builder, doc_of("Local governments (Leribe, Maseru (MGM), Mafeteng) were trained."))
    assert "Maseru" not in builder.kg.node(ministry)["aliases"], "'Maseru (MGM)' is Maseru's body, not its name"


def test_a_things_name_says_where_it_lies(registries):
    builder = builder_for(registries, "lesotho")
    kg = builder.kg
    source = builder.source("t", 1)
    names = {
        "Diagnostic on barriers for herders regarding access to pensions in Maseru": ["Maseru"],
        "Training for domestic workers of Mafeteng on safety at work": ["Mafeteng"],
        "Assessment of care services in Maseru and Leribe": ["Leribe", "Maseru"],
        "Study of herders together with the Ministry of Gender of Maseru": [],
        "Study on pensions in Lesotho": [],
    }
    builder.actor("Ministry of Gender of Maseru", source, new_type="GovernmentBody")
    for name in names:
        cls = "Training" if name.startswith("Training") else "KnowledgeProduct"
        kg.add_node(node_iri(cls, name, "lesotho"), cls, name, source)
    placed.load(builder, doc_of("; ".join(names)))  # the cited line names each thing with its place
    for name, expected in names.items():
        cls = "Training" if name.startswith("Training") else "KnowledgeProduct"
        where = sorted(kg.node(v)["name"] for v in kg.out(node_iri(cls, name, "lesotho"), "locatedIn"))
        assert where == expected, name


def test_a_things_place_cites_a_line_naming_the_place(registries):
    """A training known by its full name ("... of Mafeteng ...") cites for its place only a line that
    names Mafeteng, not a line that names the training by a short name."""
    builder = builder_for(registries, "lesotho")
    kg = builder.kg
    name = "Training for domestic workers of Mafeteng on safety at work"
    node = node_iri("Training", name, "lesotho")
    kg.add_node(node, "Training", name, builder.source("t", 1), aliases=["training on safety at work"])
    kg.add_node(node, "Training", name, builder.source("t", 2))
    doc = doc_of("120 domestic workers received a training on safety at work.", "The training of Mafeteng ended.")
    placed.load(builder, doc)
    edges = [d for _, v, _, d in kg.edges("locatedIn") if kg.node(v)["name"] == "Mafeteng"]
    assert [[s.lines for s in d["sources"]] for d in edges] == [[(2, 2)]]
    alone = doc_of("120 domestic workers received a training on safety at work.")
    other = builder_for(registries, "lesotho")
    other.kg.add_node(node, "Training", name, other.source("t", 1))
    placed.load(other, alone)
    assert not list(other.kg.edges("locatedIn")), "no line of the document names Mafeteng"


def test_people_listed_after_a_word_for_people(registries):
    from gapgraph.loaders.discovery import people

    builder = builder_for(registries, "lesotho")
    doc = doc_of(
        "The campaign was shared by around 10 influencers (Lerato Mokoena, Thabo Nkosi; Palesa and Neo Molefe).",
        "Partners such as Ministry of Health, Maseru and Basotho Women's Voices joined.",
        "UNICEF's Goodwill Ambassador Mpho Letsie supported the Alliance.",
        "Champions: Ministry of Gender, National Union of Herders.",
    )
    people.load(builder, doc)
    kg = builder.kg
    found = sorted(d["name"] for _, d in kg.nodes() if d["type"] == "Person")
    assert found == ["Lerato Mokoena", "Mpho Letsie", "Neo Molefe", "Palesa", "Thabo Nkosi"]
    assert kg.node(node_iri("Person", "Mpho Letsie"))["sources"][0].lines == (3, 3)


def test_a_title_a_bodys_possessive_gives_makes_the_person_its_member(registries):
    from gapgraph.loaders.discovery import people
    from tests.synthetic import edge_names

    builder = builder_for(registries, "lesotho")
    doc = doc_of(
        "The meeting secured UNICEF's Goodwill Ambassador Mpho Letsie to support the Alliance.",
        "The Goodwill Ambassador Neo Molefe spoke.",
    )
    people.load(builder, doc)
    assert edge_names(builder, "memberOf") == {("Mpho Letsie", "United Nations Children's Fund")}


def test_products_by_kind_and_topic_end_at_the_verb_and_keep_their_qualifier():
    from gapgraph.loaders.discovery.things import products

    assert list(products("A technical report on pensions for herders will be finalized in May.")) == [
        "Technical report on pensions for herders"
    ]
    assert list(products("a study on the viability of home care in Maseru using experiences of other countries")) == [
        "Study on the viability of home care in Maseru"
    ]
    assert list(products("- Provide a self-assessment on the JP's overall progress in the past year.")) == []
    assert list(products("Update the table with the most recent analysis of risks and mitigation measures.")) == []
    assert list(products("the Concluding Observations on the Sixth Periodic Report on Lesotho of the CEDAW")) == []
    assert list(products("The book *Herders in Lesotho. Study of results for the pension scheme* was launched.")) == []


def test_a_shorter_description_of_a_known_product_is_that_product(registries):
    from gapgraph.loaders.discovery import things

    builder = builder_for(registries, "lesotho")
    doc = doc_of(
        "A technical report on labour inspection for domestic work in Lesotho was drafted.",
        "The workshop used the technical report on labour inspection as its baseline.",
        "The report on labour inspection for domestic workers was validated.",
        "A study on pensions of herders and a study on pensions of miners were done.",
        "The study on pensions was presented.",
    )
    things.load(builder, doc)
    kg = builder.kg
    reports = [(d["name"], [s.lines[0] for s in d["sources"]]) for _, d in kg.nodes() if "report" in d["name"]]
    assert reports == [("Technical report on labour inspection for domestic work in Lesotho", [1, 2, 3])]
    studies = sorted(d["name"] for _, d in kg.nodes() if d["name"].startswith("Study"))
    assert studies == ["Study on pensions of herders", "Study on pensions of miners"], "of two, neither is taken"


def test_organisation_names_without_run_ons_offices_or_generic_articles():
    from gapgraph.loaders.discovery.organisations import candidates

    assert candidates("Our partner was the Executive Secretariat of the Poverty Council the Ministry of Trade.") == [
        "Executive Secretariat of the Poverty Council",
        "Ministry of Trade",
    ]
    assert candidates("It briefed decision makers such as the Minister of Finance and the Senate.") == ["Senate"]
    assert candidates("The office will move to another agency, most likely a Secretariat of State.") == []
    assert candidates("It gave 12 products of the JP to the Lesotho Alliance for Care.") == [
        "Lesotho Alliance for Care"
    ]


def test_a_known_body_named_with_its_country_or_as_national_is_that_body(registries):
    from gapgraph.loaders.discovery import organisations

    builder = builder_for(registries, "lesotho")
    source = builder.source("t", 1)
    office = builder.actor("Office of the 2030 Agenda", source, new_type="GovernmentBody")
    finance = builder.actor("Ministry of Finance", source, new_type="GovernmentBody")
    assert organisations.discover(builder, "Office of the 2030 Agenda in Lesotho", source) == office
    assert organisations.discover(builder, "National Ministry of Finance", source) == finance
    assert organisations.discover(builder, "Office of the 2030 Agenda in Maseru", source) != office


def test_named_things_with_their_complement_never_a_word_of_a_longer_name(registries):
    from gapgraph.loaders.discovery import things

    assert list(things.named("the Dialogue Round-table on Herding Work of the MoSD met.")) == [
        ("Dialogue Round-table on Herding Work", "Mechanism")
    ]
    assert list(things.named("Thabo Nkosi, ILO Employment Policy Specialist for Southern Africa")) == []
    builder = builder_for(registries, "lesotho")
    doc = doc_of(
        "Members of the Senate Labour and Social Security Committee attended.",
        'It led the "Collaboration Pact between the District of Maseru and employers for decent herding".',
    )
    things.load(builder, doc)
    kg = builder.kg
    assert not any(d["name"] == "Social Security Committee" for _, d in kg.nodes()), "a body's name"
    assert not any(d["name"] == "Collaboration Pact" for _, d in kg.nodes()), "a word of a title"


def test_a_pilot_yet_to_be_is_no_pilot():
    from gapgraph.loaders.discovery.described import described

    assert list(described("A report was written with the objective of promoting a pilot program in rural areas.")) == []
    assert list(described("Recommendations: 2) Develop a pilot of care services in rural areas of Leribe.")) == []
    assert list(described("A child grant pilot for orphans in Maseru started.")) == [
        ("child grant pilot for orphans in Maseru", "Pilot")
    ]


def test_an_advisory_commission_is_a_government_body():
    from gapgraph.loaders.discovery.heads import classify

    assert classify("National Advisory Commission on Herders' Safety") == ("GovernmentBody", "federal")
    assert classify("Intersecretarial Commission for Care") == ("GovernmentBody", "federal")


def test_an_acronym_after_a_known_name_and_another_is_the_others(registries):
    builder = builder_for(registries, "lesotho")
    builder.actor("Lesotho Pension Fund", builder.source("t", 1), new_type="Actor")
    generic.definitions(builder, doc_of("Grants from the Lesotho Pension Fund and Herders Solidarity Fund (HSF) came."))
    generic.definitions(builder, doc_of("It used the Lesotho Pension Fund and Multi-Partner Trust Funds (MPTFs)."))
    assert builder.kg.node(builder.resolve("HSF"))["name"] == "Herders Solidarity Fund"
    assert builder.resolve("MPTFs") is None, "a plural names several funds"


def test_sdg_targets_listed_under_a_label_are_their_nodes(registries):
    from gapgraph.loaders.discovery import sdg_lists

    builder = builder_for(registries, "paraguay")
    doc = doc_of(
        "## PRIORIDAD 2. TRABAJO DECENTE",
        "Targets:",
        "",
        "8.5, 8.8 and 10.4",
        "Target 2021 was met by the ministry.",
    )
    sdg_lists.load(builder, doc)
    kg = builder.kg
    names = {kg.node(n)["name"] for n, _ in kg.nodes() if kg.is_a(n, "SDGTarget")}
    assert names == {"SDG target 8.5", "SDG target 8.8", "SDG target 10.4"}
    target = next(n for n, _ in kg.nodes() if kg.node(n)["name"] == "SDG target 8.8")
    assert any(s.doc == "t" and s.lines == (4, 4) for s in kg.node(target)["sources"])


def test_a_subdivision_is_never_named_as_its_country():
    """ISO names the State of México "México": the base registry names it by its category form, so
    the country's name is no name or alias of the state (nor of any other subdivision)."""
    import yaml

    from gapgraph.graph.resolve import normalise
    from gapgraph.loaders.registry import base_paths

    (path,) = [p for p in base_paths() if p.stem == "subdivisions"]
    places = yaml.safe_load(path.read_text(encoding="utf-8"))["places"]
    state = next(p for p in places if p["code"] == "MX-MEX")
    assert state["name"] == "State of México"
    for place in places:
        names = {normalise(n) for n in (place["name"], *(place.get("aliases") or []))}
        assert normalise(place["in"].replace("-", " ")) not in names, place["key"]


def test_a_body_named_once_for_several_places_is_one_body_per_place(registries):
    """ "the Secretariats for Youth of the districts of Maseru, Leribe and Berea": Maseru's known
    Ministry of Youth is one (a description sharing a topic word with the one body of its head there),
    the others are new bodies located in their district."""
    from gapgraph.loaders.discovery import plural_bodies

    builder = builder_for(registries, "lesotho")
    maseru = builder.place("Maseru")
    known = builder.actor("Ministry of Youth of Maseru", builder.source("t", 1), new_type="GovernmentBody")
    builder.kg.add_edge(known, "locatedIn", maseru, builder.source("t", 1))
    doc = doc_of("We met the Secretariats for Youth and Sports of the districts of Maseru, Leribe and Berea.")
    plural_bodies.load(builder, doc)
    kg = builder.kg
    assert "Secretariat for Youth and Sports of Maseru" in kg.node(known)["aliases"]
    for district in ("Leribe", "Berea"):
        key = builder.place(district).rsplit("/", 1)[-1]
        body = builder.resolve(f"Secretariat for Youth and Sports of {district}", key)
        assert body is not None and kg.is_a(body, "GovernmentBody")
        assert kg.out(body, "locatedIn") == [builder.place(district)]


def test_a_place_list_where_a_place_is_named_after_the_country(registries):
    """ "Chiapas, Mexico City and Oaxaca": "Chiapas, Mexico" (Chiapas with its country) does not
    swallow the first word of "Mexico City"."""
    builder = builder_for(registries, "mexico")
    places = builder.places_after(" in the states of Chiapas, Mexico City and Oaxaca")
    assert list(places.values()) == [builder.place(name) for name in ("Chiapas", "Mexico City", "Oaxaca")]


def test_products_named_once_for_several_places_are_one_per_place(registries):
    """ "the assessments on herders' access to social security in 3 Districts (Maseru, Leribe (published)
    and Berea)": Maseru's known assessment takes the description as an alias, Leribe and Berea get
    their own, located there; a plural with too short a complement is left alone."""
    from gapgraph.loaders.discovery import plural_things

    builder = builder_for(registries, "lesotho")
    kg = builder.kg
    maseru = builder.place("Maseru")
    known = node_iri("KnowledgeProduct", "Assessment of herders' access to social security in Maseru")
    kg.add_node(
        known, "KnowledgeProduct", "Assessment of herders' access to social security in Maseru", builder.source("t", 1)
    )
    kg.add_edge(known, "locatedIn", maseru, builder.source("t", 1))
    doc = doc_of(
        "Elaboration of the assessments on herders' access to social security in 3 Districts"
        " (Maseru, Leribe (published) and Berea)",
        "The assessments of Maseru and Leribe were shared.",
    )
    plural_things.load(builder, doc)
    assert "Assessment on herders' access to social security in Maseru" in kg.node(known)["aliases"]
    for district in ("Leribe", "Berea"):
        node = builder.resolve(f"Assessment on herders' access to social security in {district}")
        assert node is not None and kg.is_a(node, "KnowledgeProduct") and node != known
        assert kg.out(node, "locatedIn") == [builder.place(district)]
    assert len([n for n, _ in kg.nodes() if kg.is_a(n, "KnowledgeProduct")]) == 3
    plural_things.load(
        builder, doc_of("Drafts of the assessments on herders' access to social security in Maseru District and Berea.")
    )
    assert "Assessment on herders' access to social security in Maseru District" in kg.node(known)["aliases"]


def test_a_un_entity_named_with_its_country_lies_there(registries):
    """ "the United Nations System in Lesotho (UNS)": located in Lesotho; a UN entity named without a
    country, or with a district, is not placed by this rule."""
    builder = builder_for(registries, "lesotho")
    kg = builder.kg
    uns = builder.actor("United Nations System in Lesotho", builder.source("t", 1), new_type="UNAgency")
    office = builder.actor("UN Women Country Office", builder.source("t", 1), new_type="UNAgency")
    placed.load(builder, doc_of("The United Nations System in Lesotho (UNS) and the UN Women Country Office."))
    assert kg.out(uns, "locatedIn") == [builder.place("Lesotho")]
    assert kg.out(office, "locatedIn") == []


def test_places_listed_after_a_word_for_places_are_nodes(registries):
    from gapgraph.loaders.discovery import place_lists

    builder = builder_for(registries, "lesotho")
    place_lists.load(
        builder, doc_of("Five councils from three districts in Lesotho (Leribe, Berea, and Mafeteng) joined.")
    )
    kg = builder.kg
    for district in ("Leribe", "Berea", "Mafeteng"):
        place = builder.place(district)
        assert any(s.doc == "t" and s.lines == (1, 1) for s in kg.node(place)["sources"]), district


def test_a_listed_place_spelled_in_another_transliteration_is_the_iso_place(registries):
    """A report writing ISO's "Mohale's Hoek" as "Mohales Hoek" after "two focus districts," lists that
    district; a name one letter off in a short word ("Berya" for Berea) is no place."""
    from gapgraph.loaders.discovery import place_lists

    builder = builder_for(registries, "lesotho")
    place_lists.load(
        builder, doc_of("The JP worked in two focus districts, Mohales Hoek and Mokhotlong, with the councils.")
    )
    assert builder.place("Mohales Hoek") is not None
    assert builder.place("Mohales Hoek") == builder.place("Mohale's Hoek")
    assert builder.place("Mokhotlong") is not None
    other = builder_for(registries, "lesotho")
    place_lists.load(other, doc_of("Two districts, Berya and Qacha, took part."))
    assert other.place("Berya") is None, "one letter off in a five-letter name: not Berea"


def test_a_forum_or_summit_named_in_prose_is_an_event():
    from gapgraph.loaders.discovery.things import named

    found = dict(named("Partners met at the Regional Youth Employment Forum 2023 and the Programme Forum on May 3."))
    assert found.get("Regional Youth Employment Forum 2023") == "Event"
    assert found.get("Programme Forum") == "Event", "a date is no complement of a name"


def test_a_document_or_concept_note_by_topic_is_a_product():
    from gapgraph.loaders.discovery.things import products

    found = list(
        products("A concept note for a second phase of the programme and a document on good practices in herding.")
    )
    assert found == ["Concept note for a second phase of the programme", "Document on good practices in herding"]


def test_a_mechanism_of_a_known_strategy_is_a_mechanism_of_its_own(registries):
    from gapgraph.loaders.discovery import things

    builder = builder_for(registries, "lesotho")
    source = builder.source("t", 1)
    strategy = builder.kg.add_node(node_iri("Strategy", "s"), "Strategy", "National Grant Strategy", source)
    builder.register(strategy, "National Grant Strategy")
    things.load(
        builder, doc_of("Both the model and the Coordination Mechanism of the National Grant Strategy are pending.")
    )
    found = {(d["type"], d["name"]) for _, d in builder.kg.nodes() if d["type"] in ("Mechanism", "Strategy")}
    assert found == {
        ("Strategy", "National Grant Strategy"),
        ("Mechanism", "Coordination Mechanism of the National Grant Strategy"),
    }


def test_another_countrys_subdivision_or_a_word_in_capitals_is_no_place_of_a_countrys_report(registries):
    """Every country's subdivisions are known, so a Mexican report's "Centre", "North", "para" or
    "PUNO" would name regions of Burkina Faso, Cameroon, Suriname or Peru; in a document of a known
    country only that country's subdivisions are places, and no place is a word in capitals."""
    builder = builder_for(registries, "mexico")
    text = "The PUNO met at the Centre in the North, para Oaxaca, on OSH."
    named = {builder.kg.node(m.node_id)["name"] for m in builder.mentions(text, "place")}
    assert named == {"Oaxaca"}
    assert {m.text for m in builder.find_names(text, "place")} == {"Oaxaca"}
    assert builder.place("Centre") is None and builder.place("centre-burkina-faso") is not None, "by key: still"
    abroad = builder_for(registries, "burkina-faso")
    assert [m.node_id for m in abroad.mentions("Projects in the Centre region.", "place")] == [abroad.place("Centre")]


def test_pilot_qualifying_a_place_noun_names_no_pilot_and_a_bullets_dash_is_no_qualifier():
    from gapgraph.loaders.discovery.described import described

    assert list(described("1,200 herders registered in the two pilot districts of the programme.")) == []
    assert list(described("- Leribe pilot implemented by the district council.")) == [("Leribe pilot", "Pilot")]
