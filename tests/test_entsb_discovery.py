"""Rules of the entsb task (entity precision and recall), each on invented text of another programme."""

from __future__ import annotations

import pytest

from gapgraph.loaders.discovery import organisations
from gapgraph.loaders.registry import read_registries
from tests.synthetic import builder_for, doc_of


@pytest.fixture(scope="module")
def registries():
    return read_registries([])


def test_a_governor_is_the_government_body_of_its_state(registries):
    builder = builder_for(registries, "lesotho")
    organisations.load(builder, doc_of("The pact was signed on 3 May by the Governor of Leribe and the unions."))
    body = builder.resolve("Governor of Leribe", builder.place("Leribe").rsplit("/", 1)[-1])
    assert body is not None and builder.kg.node(body)["type"] == "GovernmentBody"
    assert builder.kg.out(body, "locatedIn") == [builder.place("Leribe")]
    assert {c["value"] for c in builder.kg.claims(body, "level")} == {"state"}


def test_an_action_coalition_is_a_mechanism_not_a_civil_society_coalition(registries):
    builder = builder_for(registries, "lesotho")
    organisations.load(
        builder, doc_of("The commitment is aligned with the Action Coalition on Feminist Movements and Leadership.")
    )
    node = builder.resolve("Action Coalition on Feminist Movements and Leadership")
    assert node is not None and builder.kg.node(node)["type"] == "Mechanism"


def test_an_untitled_series_held_is_an_activity_named_by_how_it_ran(registries):
    from gapgraph.loaders.discovery import sessions

    builder = builder_for(registries, "lesotho")
    doc = doc_of(
        "For herders, a series of weekly dialogues were held in 2021, to promote grazing rights with chiefs.",
        "A series of webinars was held.",
    )
    sessions.load(builder, doc)
    activities = [d for _, d in builder.kg.nodes() if d["type"] == "Activity"]
    assert [d["name"] for d in activities] == ["weekly dialogues"], "a bare series says too little"
    assert "series of weekly dialogues to promote grazing rights" in activities[0]["aliases"]
    assert [s.lines[0] for s in activities[0]["sources"]] == [1]


def test_an_event_titled_after_its_kind_is_an_event_named_by_its_title(registries):
    from gapgraph.loaders.discovery import sessions

    builder = builder_for(registries, "lesotho")
    doc = doc_of(
        "UNICEF carried out on 3 May 2023 a high-level event *Care is work: a dialogue of generations* in Maseru.",
        "Herders met at the forum “Grazing and the law in Leribe”.",
        "The report *Care is work in Lesotho* was published.",
    )
    sessions.load(builder, doc)
    events = {d["name"]: [s.lines[0] for s in d["sources"]] for _, d in builder.kg.nodes() if d["type"] == "Event"}
    assert events == {"Care is work: a dialogue of generations": [1], "Grazing and the law in Leribe": [2]}


def test_a_media_row_launching_a_publication_is_an_event_and_a_complete_note_names_its_maker():
    from gapgraph.loaders.jsdgf import media
    from tests.synthetic import agencies_builder, edge_names

    rows = (
        "Annex 3: Strategic communication results",
        "Title of the document\tDate when finalized (MM/YY)\tBrief description and hyperlink (if it exists)",
        "Herders and the pension law\t06/2021\tOp-ed: Herders and the pension law (extract in the UN News website."
        " Complete note in UNICEF)",
        "Launch of the publication <i>Grazing rights of women in Leribe</i>\t07/2021\tInformative note https://x.example/5",
        "Launch of the Advisory Board\t08/2021\tBoard launched.",
        "Cattle fairs in Berea\t09/2021\tPodcast on fairs, complete note in UNICEF",
    )
    b = agencies_builder(["UNICEF"])
    media.load(b, doc_of(*rows))
    b.finish()
    assert edge_names(b, "produces") == {("UNICEF", "Herders and the pension law")}, "a podcast is no written piece"
    events = {d["name"] for _, d in b.kg.nodes() if d["type"] == "Event"}
    assert events == {"Launch of the publication Grazing rights of women in Leribe"}


def test_an_ambassador_a_launch_row_names_takes_part_as_a_person():
    from gapgraph.graph.ids import node_iri
    from gapgraph.loaders.document import Document
    from gapgraph.loaders.jsdgf import events
    from tests.synthetic import agencies_builder, edge_names

    programme = node_iri("Programme", "Decent jobs for youth in Ghana")
    b = agencies_builder(["ILO"])
    b.kg.add_node(programme, "Programme", "Decent jobs for youth in Ghana", b.source("reg", 1))
    lines = [
        "Type of event\tYes\tNo\tDescription/Comments",
        'JP launch event\t<input checked="checked"/>\t<input/>\tLaunch with the ILO (with participation of the'
        " Ambassador of Sweden in Ghana, and representatives from the embassies of Denmark)",
        "",
        "Innovation, learning and sharing",
    ]
    events.load(b, Document(id="gha", kind="k", path="gha.txt", lines=lines), programme)
    people = {d["name"] for _, d in b.kg.nodes() if d["type"] == "Person"}
    assert people == {"Ambassador of Sweden in Ghana"}
    assert ("Ambassador of Sweden in Ghana", "JP launch event") in edge_names(b, "participatesIn")


def test_the_numbered_items_of_a_list_the_policies_answer_are_policies(registries):
    from gapgraph.loaders.jsdgf import listed_policies
    from tests.synthetic import known

    builder = builder_for(registries, "lesotho")
    strategy = known(builder, "Strategy", "Herders Strategy")
    doc = doc_of(
        "1.1: Number of integrated multi-sectoral policies\t5\t4\tThe law was not approved.",
        "<p><i>List the policies:</i></p> <ul> By the end of the JP, the programme promoted the (2) Herders"
        " Strategy, the first (3) grazing inspection protocol for herders, and a (4) Seed support program for"
        " women growers.\t\t\t",
        "- The (5) Plan was discussed with (6) chiefs.",
    )
    listed_policies.load(builder, doc)
    policies = {d["name"]: d["type"] for n, d in builder.kg.nodes() if builder.kg.is_a(n, "Policy")}
    assert policies == {
        "Herders Strategy": "Strategy",
        "grazing inspection protocol for herders": "Policy",
        "Seed support program for women growers": "Policy",
    }, "a known item stays what it is; numbers outside the answer name nothing"
    assert builder.kg.node(strategy)["sources"][0].doc == "reg"


def test_a_plural_mechanism_in_several_places_names_each_places_known_one(registries):
    from gapgraph.loaders.discovery import things
    from tests.synthetic import known

    builder = builder_for(registries, "lesotho")
    kg = builder.kg
    tables = {}
    for district in ("Maseru", "Leribe", "Berea"):
        tables[district] = known(builder, "Mechanism", f"Intersectoral round-table on grazing in {district}")
        kg.add_edge(tables[district], "locatedIn", builder.place(district), builder.source("reg", 1))
    other = known(builder, "Mechanism", "Grazing round table of Berea")
    kg.add_edge(other, "locatedIn", builder.place("Berea"), builder.source("reg", 1))
    doc = doc_of("A key activity was the holding of multi-sector roundtables in Maseru, Leribe and Berea, with chiefs.")
    things.kinds_in_places(builder, doc)
    assert "multi-sector roundtable in Maseru" in kg.node(tables["Maseru"])["aliases"]
    assert "multi-sector roundtable in Leribe" in kg.node(tables["Leribe"])["aliases"]
    assert not any("multi-sector" in a for a in kg.node(tables["Berea"])["aliases"]), "two round-tables there"
    assert not [n for n, d in kg.nodes() if d["type"] == "Mechanism" and "multi-sector" in d["name"]]


def test_a_broadcast_taken_part_in_by_its_quoted_title_is_an_activity(registries):
    from gapgraph.loaders.discovery import sessions

    builder = builder_for(registries, "lesotho")
    doc = doc_of(
        "Thanks to an agreement with the national radio, the JP has a weekly participation of 10 minutes in the"
        " radio program “Voices of herders²”, which reached 2 million people.",
        "The programme “Herding futures” was launched.",
    )
    sessions.load(builder, doc)
    assert {d["name"]: d["type"] for _, d in builder.kg.nodes()} == {"Voices of herders": "Activity"}


def test_legislators_who_presented_a_bill_are_a_legislature_not_looked_for_elsewhere(registries):
    from gapgraph.loaders.discovery import laws

    builder = builder_for(registries, "lesotho")
    doc = doc_of(
        "On 3 May 2023 the General Law of Social Protection was presented by a group of Deputies.",
        "We held dialogues with deputies and chiefs on the Grazing Law.",
    )
    laws.load(builder, doc)
    legislatures = [d for _, d in builder.kg.nodes() if d["type"] == "Legislature"]
    assert [(d["name"], [s.lines[0] for s in d["sources"]]) for d in legislatures] == [("Deputies", [1])]


def test_a_piece_the_prose_titles_in_bold_after_saying_it_was_published_is_a_product():
    from gapgraph.loaders.jsdgf import media
    from tests.synthetic import agencies_builder

    b = agencies_builder(["UNICEF"])
    lines = (
        "- A human-interest story on herders was developed and published in the Fund's web page:"
        " **Herders have rights too, and we claim them** <http://x.example/7>",
        "- The campaign was shared: **Grazing now** was its slogan.",
    )
    media.load(b, doc_of(*lines))
    b.finish()
    products = {
        d["name"]: [s.lines[0] for s in d["sources"]] for _, d in b.kg.nodes() if d["type"] == "KnowledgeProduct"
    }
    assert products == {"Herders have rights too, and we claim them": [1]}


def test_a_mechanism_a_strategic_meetings_row_names_is_a_mechanism_even_if_the_row_is_unchecked():
    from gapgraph.graph.ids import node_iri
    from gapgraph.loaders.document import Document
    from gapgraph.loaders.jsdgf import events
    from tests.synthetic import agencies_builder, known

    programme = node_iri("Programme", "Decent jobs for youth in Ghana")
    b = agencies_builder(["ILO"])
    b.kg.add_node(programme, "Programme", "Decent jobs for youth in Ghana", b.source("reg", 1))
    known(b, "Mechanism", "Steering Committee")
    lines = [
        "Type of event\tYes\tNo\tDescription/Comments",
        'Annual JP donors\' event*\t<input/>\t<input checked="checked"/>\tA meeting with the Steering Committee, the'
        " Technical Working Group and the National Council of Youth is expected in 2024",
        "",
        "Innovation, learning and sharing",
    ]
    events.load(b, Document(id="gha", kind="k", path="gha.txt", lines=lines), programme)
    mechanisms = sorted(d["name"] for _, d in b.kg.nodes() if d["type"] == "Mechanism")
    assert mechanisms == ["Steering Committee", "Technical Working Group"], "a body 'of ...' is no mechanism"
    assert not [d for _, d in b.kg.nodes() if d["type"] == "Event"], "the row did not take place"


def test_a_series_introduced_by_a_colon_is_the_activity_of_its_quoted_title(registries):
    from gapgraph.loaders.discovery import sessions

    builder = builder_for(registries, "lesotho")
    doc = doc_of(
        '- Series of virtual sessions: "Safety and health for herders in the face of drought" (<https://x.example/8>)',
        '- Series of studies: "Herders and the law in Lesotho"',
    )
    sessions.load(builder, doc)
    names = {d["name"]: d["type"] for _, d in builder.kg.nodes()}
    assert names == {"Safety and health for herders in the face of drought": "Activity"}, "studies are no sessions"


def test_a_decree_named_by_its_number_is_one_regulation_however_long_its_title_is_written(registries):
    """ "Decree No. 12 of 2022 on the Child Grant Scheme for Herders" in a table cell, "Decree No. 12" in
    prose: one ``Regulation``, its title not run on into the next cell or list item."""
    from gapgraph.loaders.discovery import laws

    builder = builder_for(registries, "lesotho")
    doc = doc_of(
        "Decree No. 12 on the Child Grant Scheme for Herders\tAdopted by the Cabinet\t06/22",
        "<ul><li>Decree No. 12 on the Child Grant Scheme for Herders</li><li>MoSD Circular No. 4</li></ul>",
        "The Cabinet adopted Decree No. 12 in June 2022.",
        "A Ministerial Decree No. 7/2021 on registration was published (a lower-case subject is no title).",
    )
    laws.load(builder, doc)
    names = sorted(d["name"] for _, d in builder.kg.nodes("Regulation"))
    assert names == [
        "Decree No. 12 on the Child Grant Scheme for Herders",
        "Ministerial Decree No. 7/2021",
    ]
    decree = builder.resolve("Decree No. 12")
    assert decree is not None and builder.kg.node(decree)["name"].startswith("Decree No. 12 on")
    assert {s.lines[0] for s in builder.kg.node(decree)["sources"]} == {1, 2, 3}


def test_a_law_named_in_spanish_and_its_bill_are_one_instrument(registries):
    """ "the draft Ley Orgánica de Cuidados" in prose and "Proyecto de Ley Orgánica de Cuidados" in a
    table cell are one bill; a decree, a regulation or an ordinance in Spanish is a regulation."""
    from gapgraph.loaders.discovery import laws

    builder = builder_for(registries, "albania")
    doc = doc_of(
        "The draft Ley Orgánica de Cuidados was presented to the Assembly on 8 March 2021.",
        "Proyecto de Ley Orgánica de Cuidados\tDrafted by the Council\t03/2021",
        "The Reglamento de la Ley de Seguridad Social y el Decreto Ejecutivo de Cuidados were issued.",
    )
    laws.load(builder, doc)
    got = sorted((d["name"], d["type"]) for _, d in builder.kg.nodes("LegalInstrument"))
    assert got == [
        ("Decreto Ejecutivo de Cuidados", "Regulation"),
        ("Ley Orgánica de Cuidados", "LawInitiative"),
        ("Reglamento de la Ley de Seguridad Social", "Regulation"),
    ]
    bill = builder.resolve("Proyecto de Ley Orgánica de Cuidados")
    assert bill == builder.resolve("Ley Orgánica de Cuidados")
    assert {s.lines[0] for s in builder.kg.node(bill)["sources"]} == {1, 2}
