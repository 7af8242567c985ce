"""Where things lie, what they are part of and who takes part in them (issue 11, task `places`):
each rule on invented text of another country, with the edges it must not add."""

from __future__ import annotations

from gapgraph.graph.ids import node_iri
from gapgraph.loaders import unct_report
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.jsdgf import events
from gapgraph.loaders.registry import load_registry, read_registries
from tests.synthetic import edge_names as names

PROGRAMME = node_iri("Programme", "Cash plus in Lesotho")


def lesotho(*bodies: tuple[str, str]) -> Builder:
    """A builder that knows the base registry's places and these (class, name) bodies, reading Lesotho."""
    b = Builder()
    for registry in read_registries([]):
        load_registry(b, registry, {"ls"})
    b.country = "lesotho"
    src = b.source("reg", 1)
    b.kg.add_node(PROGRAMME, "Programme", "Cash plus in Lesotho", src)
    b.register(PROGRAMME, "Cash plus in Lesotho")
    for cls, name in bodies:
        b.register(b.kg.add_node(node_iri("Actor", name), cls, name, src), name)
    return b


def test_other_strategic_events_are_not_parts_of_the_programme_and_their_participants_are_named_after_with():
    b = lesotho(
        ("GovernmentBody", "Ministry of Gender"),
        ("Legislature", "National Assembly"),
        ("CivilSocietyOrganization", "Women in Law Southern Africa"),
    )
    lines = [
        "Type of event\tYes\tNo\tDescription/Comments",
        'Final JP event (closing)\t<input checked="" type="checkbox"/>\t<input type="checkbox"/>\tThe final JP event'
        " was held in Maseru on June 9th, 2023 with the Ministry of Gender.",
        'Other strategic events\t<input checked="" type="checkbox"/>\t<input type="checkbox"/>\t',
        '\t<input checked="" type="checkbox"/>\t\tMeetings with the National Assembly to prepare the inputs for the'
        " bill on social grants (April 2022)",
        '\t<input checked="" type="checkbox"/>\t\tRound-table on care, organized with the Ministry of Gender'
        " (May 2022)",
        '\t<input checked="" type="checkbox"/>\t\tPresentation of the costing study to the National Assembly and'
        " Women in Law Southern Africa (July 2022)",
        "",
        "Innovation, learning and sharing",
    ]
    meetings = "Meetings with the National Assembly to prepare the inputs for the bill on social grants"
    events.load(b, Document(id="ls", kind="jsdgf-final-narrative-report", path="ls.txt", lines=lines), PROGRAMME)
    parts = {u for u, v in names(b, "partOf") if v == "Cash plus in Lesotho"}
    assert parts == {"Final JP event (closing)"}, "only the template's own rows are the programme's events"
    assert names(b, "participatesIn") == {
        ("Ministry of Gender", "Final JP event (closing)"),
        ("National Assembly", meetings),
    }, "an organiser ('organized with') or an audience ('presentation ... to') is not read as a participant"


def test_an_event_is_located_where_the_description_says_it_was_held():
    b = lesotho(("GovernmentBody", "Ministry of Labour of Leribe"))
    lines = [
        "Type of event\tYes\tNo\tDescription/Comments",
        'Final JP event (closing)\t<input checked="" type="checkbox"/>\t<input type="checkbox"/>\tThe final JP event'
        " was held at the UN House in Maseru on June 9th, 2023.",
        'JP launch event\t<input checked="" type="checkbox"/>\t<input type="checkbox"/>\tThe launch was held at the'
        " Ministry of Labour of Leribe (March 2021), after a visit in Mafeteng.",
        "",
    ]
    events.load(b, Document(id="ls", kind="jsdgf-final-narrative-report", path="ls.txt", lines=lines), PROGRAMME)
    assert names(b, "locatedIn") == {("Final JP event (closing)", "Maseru")}, "a body's place, a visit: not the venue"


def test_a_presentation_row_presents_the_known_thing_to_the_bodies_after_to():
    b = lesotho(("Legislature", "National Assembly"), ("GovernmentBody", "Ministry of Finance"))
    name = "Costing study of child grants"
    study = b.kg.add_node(node_iri("KnowledgeProduct", "c"), "KnowledgeProduct", name, b.source("r", 1))
    b.register(study, name)
    lines = [
        "Type of event\tYes\tNo\tDescription/Comments",
        'Other strategic events\t<input checked="" type="checkbox"/>\t<input type="checkbox"/>\t',
        '\t<input checked="" type="checkbox"/>\t\tPresentation of the costing study of child grants, to the Ministry of'
        " Finance and members of the National Assembly (July 2022)",
        '\t<input checked="" type="checkbox"/>\t\tPresentation of results to the Ministry of Finance (May 2022)',
        "",
    ]
    events.load(b, Document(id="ls", kind="jsdgf-final-narrative-report", path="ls.txt", lines=lines), PROGRAMME)
    assert names(b, "presentedTo") == {
        ("Costing study of child grants", "Ministry of Finance"),
        ("Costing study of child grants", "National Assembly"),
    }, "only a known thing is presented"
    dates = {c["value"] for _, _, _, d in b.kg.edges("presentedTo") for c in d["attributes"]["onDate"]}
    assert dates == {"2022-07"}


def test_with_whom_stops_at_the_first_clause():
    assert events.with_whom("Two meetings with civil society (WLSA and FIDA) on care. (July 2021)") == (
        "civil society (WLSA and FIDA) on care"
    )
    assert events.with_whom("Meetings to promote the Alliance: at the global level, with the Ministry") == ""


def _block(b: Builder, *lines: str) -> None:
    text = ["United Nations Lesotho - Results Report 2022", "### KEY PARTNERSHIPS: HARVEST", *lines, "### NEXT"]
    unct_report.load(b, Document(id="ls", kind="unct-results-report", path="ls.txt", lines=text))


def test_a_donor_line_states_funding_not_taking_part():
    b = lesotho(("Donor", "Government of Japan"))
    _block(b, "- DONOR:** Government of Japan")
    assert names(b, "funds") == {("Government of Japan", "Harvest")}
    assert names(b, "participatesIn") == set()


def test_state_governments_listed_by_place_keep_the_name_the_list_writes():
    b = lesotho()
    _block(b, "- COUNTERPARTS:** Two State Governments (Maseru and Leribe)")
    node = b.resolve("State Government of Maseru")
    assert node is not None and b.kg.node(node)["name"] == "Government of Maseru"
    assert names(b, "participatesIn") == {("Government of Maseru", "Harvest"), ("Government of Leribe", "Harvest")}
    assert names(b, "locatedIn") >= {("Government of Maseru", "Maseru")}


def test_a_themed_section_links_to_its_programme_only_the_bodies_named_as_partners():
    b = lesotho(
        ("UNAgency", "UNICEF"),
        ("UNAgency", "WFP"),
        ("CivilSocietyOrganization", "Domestic Workers Union of Lesotho"),
        ("GovernmentBody", "Social Security Agency"),
    )
    b.kg.add_node(PROGRAMME, "Programme", "Cash plus in Lesotho", b.source("reg", 1), aliases=["Cash Plus"])
    b.register(PROGRAMME, "Cash Plus")
    lines = [
        "United Nations Lesotho - Results Report 2022",
        "### SOCIAL PROTECTION FOR DOMESTIC WORKERS",
        "The UNS created the joint program Cash Plus, implemented in partnership with the Domestic Workers Union of"
        " Lesotho. In 2022, the UNS studied a pilot to affiliate domestic workers to the Social Security Agency.",
        "UNICEF and WFP",
        "### NEXT",
    ]
    unct_report.load(b, Document(id="ls", kind="unct-results-report", path="ls.txt", lines=lines))
    taking_part = {u for u, v in names(b, "participatesIn") if v == "Cash plus in Lesotho"}
    assert "Domestic Workers Union of Lesotho" in taking_part
    assert "Social Security Agency" not in taking_part


def _read_parts(b: Builder) -> set[tuple[str, str]]:
    """The partOf edges the document ``ls`` states (the registry's places are parts of countries)."""
    return {
        (b.kg.node(u)["name"], b.kg.node(v)["name"])
        for u, v, _, d in b.kg.edges("partOf")
        if any(s.doc == "ls" for s in d["sources"])
    }


def test_a_unit_is_part_of_the_body_its_name_attaches_it_to():
    from gapgraph.loaders.discovery import units

    b = lesotho(
        ("Legislature", "National Assembly"),
        ("UNAgency", "UNICEF"),
        ("TrainingInstitute", "Innocenti Research Centre"),
        ("GovernmentBody", "Ministry of Gender"),
        ("GovernmentBody", "Directorate of Gender Statistics"),
        ("GovernmentBody", "Secretariat for Women of Maseru"),
    )
    lines = [
        "Resolution of the Commission on Social Grants of the National Assembly which reforms the Pensions Act.",
        "Three officials attended UNICEF's Innocenti Research Centre's course.",
        "The Directorate of Gender Statistics of the Ministry of Gender validated the survey.",
        "The Secretariat for Women of Maseru of the District of Maseru and the Ministry of Gender met.",
        "Meetings with the National Assembly's Committee on Herders Rights to prepare the bill.",
    ]
    units.load(b, Document(id="ls", kind="web-page", path="ls.txt", lines=lines))
    assert _read_parts(b) == {
        ("Commission on Social Grants", "National Assembly"),
        ("Innocenti Research Centre", "UNICEF"),
        ("Directorate of Gender Statistics", "Ministry of Gender"),
        ("Committee on Herders Rights of the National Assembly", "National Assembly"),
    }, "a place is never the whole, and two bodies side by side are not parts of each other"
    commission = b.resolve("Commission on Social Grants")
    assert commission is not None and b.kg.is_a(commission, "Legislature")
    cited = {s.lines for _, _, _, d in b.kg.edges("partOf") for s in d["sources"] if s.doc == "ls"}
    assert cited == {(1, 1), (2, 2), (3, 3), (5, 5)}
    assert b.resolve("National Assembly's Committee on Herders Rights") is not None, "known as written too"


def test_a_unit_in_brackets_or_after_and_its_is_part_of_the_body_not_its_acronym():
    """ "Ministry of Planning (Poverty Department)": the bracket names the ministry's unit; "the
    Social Council (NSC) and its General Secretariat (GS-NSC)": a unit named after its body, known by
    its acronym, which never names the council."""
    from gapgraph.loaders import generic
    from gapgraph.loaders.discovery import units

    b = lesotho(("GovernmentBody", "Ministry of Planning"), ("GovernmentBody", "National Social Council"))
    lines = [
        "Government\tMinistry of Planning (Poverty Department); National Social Council (NSC) and its General "
        "Secretariat (GS-NSC)",
        "The survey was developed with the GS-NSC.",
    ]
    doc = Document(id="ls", kind="web-page", path="ls.txt", lines=lines)
    generic.definitions(b, doc)
    units.load(b, doc)
    assert _read_parts(b) == {
        ("Poverty Department", "Ministry of Planning"),
        ("General Secretariat of the National Social Council", "National Social Council"),
    }
    assert "Poverty Department" not in b.kg.node(b.resolve("Ministry of Planning"))["aliases"]
    assert [b.kg.node(m.node_id)["name"] for m in b.mentions(lines[1])] == [
        "General Secretariat of the National Social Council"
    ]


def test_a_post_before_a_bodys_acronym_is_no_name_of_the_body():
    """ "co-chaired by the Commissioner for Disaster Management (DoDM)": the bracket is the body's
    acronym, the words before it a person's post."""
    from gapgraph.loaders import generic

    b = lesotho(("GovernmentBody", "Department of Disaster Management"))
    node = b.resolve("Department of Disaster Management")
    b.register(node, "DoDM")
    line = "It is co-chaired by the Commissioner for Disaster Management (DoDM) and the RC."
    generic.definitions(b, Document(id="ls", kind="web-page", path="ls.txt", lines=[line]))
    assert b.resolve("Commissioner for Disaster Management") is None
    assert "Commissioner for Disaster Management" not in b.kg.node(node)["aliases"]


def test_another_countrys_subdivision_never_takes_the_name_of_a_place_of_this_one():
    """Spain's province Guadalajara, known first, and a Mexican registry's city Guadalajara: a
    Mexican report's "Guadalajara" is the city."""
    b = Builder()
    src = b.source("reg", 1)
    for key, parent in (("mexico", None), ("spain", None), ("guadalajara-spain", "spain"), ("guadalajara", "mexico")):
        node = b.kg.add_node(node_iri("Place", key), "Country" if parent is None else "State", key, src)
        if parent:
            b.place_parents[key] = parent
        b.add_place_name("Guadalajara" if parent else key.capitalize(), node)
    b.country = "mexico"
    assert b.place("Guadalajara") == node_iri("Place", "guadalajara")
    assert [m.node_id for m in b.mentions("the campaign in Guadalajara", "place")] == [node_iri("Place", "guadalajara")]
    assert [m.node_id for m in b.find_names("Guadalajara", "place")] == [node_iri("Place", "guadalajara")]


def test_a_ministry_named_of_another_ministry_is_no_unit():
    from gapgraph.loaders.discovery import units

    b = lesotho(("GovernmentBody", "Ministry of Finance"), ("GovernmentBody", "Ministry of Gender"))
    lines = ["The Ministry of Finance of the Ministry of Gender's budget committee met."]
    units.load(b, Document(id="ls", kind="web-page", path="ls.txt", lines=lines))
    assert _read_parts(b) == set()


def test_a_partner_item_listing_places_places_the_programme_but_a_list_of_governments_does_not():
    b = lesotho()
    _block(
        b,
        "- KEY PARTNERS:** four community councils from three districts in Lesotho (Maseru, Leribe, and Berea)",
        "- COUNTERPARTS:** Two State Governments (Mafeteng and Quthing)",
    )
    places = {v for u, v in names(b, "locatedIn") if u == "Harvest"}
    assert places == {"Maseru", "Leribe", "Berea"}


def test_a_press_release_sentence_about_the_project_places_it_in_the_places_it_lists():
    from gapgraph.loaders import press_release

    b = lesotho()
    lines = [
        'UN agencies present the results of "Cash plus in Lesotho"',
        "The project lasted two years and had an impact on the national and district levels in Maseru, Leribe"
        " and Berea. The objective was to increase access to social protection.",
        "The ministry also works in the districts of Mokhotlong and Quthing.",
    ]
    press_release.load(b, Document(id="ls", kind="press-release", path="ls.txt", lines=lines))
    places = {v for u, v in names(b, "locatedIn") if u == "Cash plus in Lesotho"}
    assert places == {"Maseru", "Leribe", "Berea"}, "only a sentence about the programme places it"


def test_a_things_other_names_place_it_and_a_placed_thing_only_gains_the_citation():
    from gapgraph.loaders.discovery import placed

    b = lesotho()
    src, line = b.source("reg", 1), b.source("ls", 7)
    pact = b.kg.add_node(
        node_iri("Mechanism", "pact"),
        "Mechanism",
        "Interdistrict pact on herders",
        src,
        aliases=["Pact between Maseru and Leribe's councils"],
    )
    pilot = b.kg.add_node(node_iri("Pilot", "p"), "Pilot", "Care pilot in Berea and Quthing", src)
    b.kg.add_edge(pilot, "locatedIn", b.place("Berea"), src)
    workers = b.kg.add_node(node_iri("Policy", "w"), "Policy", "Pact on herders from Mokhotlong", src)
    for node in (pact, pilot, workers):
        b.kg.add_node(node, b.kg.node(node)["type"], b.kg.node(node)["name"], line)
    line_7 = "The Pact between Maseru and Leribe's councils, the Care pilot in Berea and Quthing, Mokhotlong"
    placed.load(b, Document(id="ls", kind="web-page", path="ls.txt", lines=[""] * 6 + [line_7]))
    things = {b.kg.node(n)["name"] for n in (pact, pilot, workers)}
    where = {(u, v) for u, v in names(b, "locatedIn") if u in things}
    assert ("Interdistrict pact on herders", "Maseru") in where and ("Interdistrict pact on herders", "Leribe") in where
    assert {v for u, v in where if u == "Care pilot in Berea and Quthing"} == {"Berea"}, "placed already: no new place"
    berea = next(d for v, _, d in b.kg.out_edges(pilot, "locatedIn") if v == b.place("Berea"))
    assert {s.doc for s in berea["sources"]} == {"reg", "ls"}, "the name's line is cited too"
    assert not [u for u, _ in where if u == "Pact on herders from Mokhotlong"], "'from' says where people come from"


def test_a_plural_body_engaged_with_gives_each_known_body_of_the_places_it_lists():
    from gapgraph.loaders import engagement

    b = lesotho()
    src = b.source("reg", 1)
    for key, name in (("maseru-lesotho", "Secretariat for Women of Maseru"), ("leribe-lesotho", "Women's Office")):
        place = b.place(key)
        assert place is not None
        node = b.kg.add_node(node_iri("Actor", name), "GovernmentBody", name, src)
        b.kg.add_edge(node, "locatedIn", place, src)
        b.register(node, name, key)
    sentence = "The JP engaged with the Secretariats for Women of the districts of Maseru and Leribe."
    engagement.read(b, sentence, b.mentions(sentence), b.source("ls", 3), PROGRAMME)
    assert names(b, "participatesIn") == {("Secretariat for Women of Maseru", "Cash plus in Lesotho")}, (
        "Leribe's only body by another head is not assumed to be the secretariat"
    )


def test_the_un_systems_joint_programmes_are_part_of_it_and_an_agencys_are_not():
    b = lesotho(("UNAgency", "United Nations System in Lesotho"), ("UNAgency", "UNDP"))
    b.register(b.resolve("United Nations System in Lesotho") or "", "UNS")
    src = b.source("reg", 1)
    b.register(PROGRAMME, "Cash Plus")
    for name in ("Harvest Initiative", "Safe Schools"):
        b.register(b.kg.add_node(node_iri("Programme", name), "Programme", name, src), name)
    lines = [
        "United Nations Lesotho - Results Report 2022",
        "The UNS strengthened its joint efforts through two on going inter-agency initiatives: Harvest Initiative;",
        "",
        "Cash Plus; and Safe Schools.",
        "UNDP created the joint programme Cash plus in Lesotho with the Ministry of Gender.",
    ]
    unct_report.load(b, Document(id="ls", kind="unct-results-report", path="ls.txt", lines=lines))
    parts = {
        (b.kg.node(u)["name"], b.kg.node(v)["name"], d["sources"][-1].lines[0])
        for u, v, _, d in b.kg.edges("partOf")
        if b.kg.is_a(v, "Actor")
    }
    assert parts == {
        ("Harvest Initiative", "United Nations System in Lesotho", 2),
        ("Safe Schools", "United Nations System in Lesotho", 4),
        ("Cash plus in Lesotho", "United Nations System in Lesotho", 4),
    }


def test_two_places_joined_by_a_dash_name_what_joins_them_and_place_nothing():
    from gapgraph.loaders.discovery import placed

    b = lesotho()
    line = b.source("ls", 3)
    signing = b.kg.add_node(
        node_iri("Event", "s"), "Event", "Signing of the Maseru - Leribe interdistrict pact on herders", line
    )
    study = b.kg.add_node(
        node_iri("KnowledgeProduct", "d"), "KnowledgeProduct", "Diagnostic of herders in Maseru", line
    )
    text = "Signing of the Maseru - Leribe interdistrict pact on herders; the Diagnostic of herders in Maseru."
    placed.load(b, Document(id="ls", kind="web-page", path="ls.txt", lines=["", "", text]))
    where = names(b, "locatedIn")
    assert not [v for u, v in where if u == b.kg.node(signing)["name"]], "a pair of places names the pact's parties"
    assert (b.kg.node(study)["name"], "Maseru") in where


def test_a_meeting_with_a_chambers_commission_to_develop_inputs_names_the_commission_and_the_inputs_made_with_it():
    b = lesotho(("Legislature", "National Assembly"), ("Legislature", "Senate"))
    inputs = "Inputs for the bill based on the decree issuing the Social Grants Act"
    src = b.source("reg", 1)
    b.register(b.kg.add_node(node_iri("KnowledgeProduct", "inputs"), "KnowledgeProduct", inputs, src), inputs)
    act = b.kg.add_node(node_iri("LawInitiative", "act"), "LawInitiative", "Social Grants Act", src)
    b.register(act, "Social Grants Act", "lesotho")  # known in the country: a shorter name inside the inputs'
    lines = [
        "Type of event\tYes\tNo\tDescription/Comments",
        'Other strategic events\t<input checked="" type="checkbox"/>\t<input type="checkbox"/>\t',
        '\t<input checked="" type="checkbox"/>\t\tMeetings with the National Assembly\' and the Senate\'s Commission'
        " on Gender to develop the inputs for the bill based on the decree issuing the Social Grants Act (April 2022)",
        '\t<input checked="" type="checkbox"/>\t\tTwo meetings with civil society (WLSA and GWN) regarding the'
        " construction of a care system in Lesotho. (July 2022)",
        "",
        "Innovation, learning and sharing",
    ]
    events.load(b, Document(id="ls", kind="jsdgf-final-narrative-report", path="ls.txt", lines=lines), PROGRAMME)
    meetings = (
        "Meetings with the National Assembly' and the Senate's Commission on Gender to develop the inputs for the bill"
    )
    assert {(u, v) for u, v in names(b, "participatesIn") if v == meetings} == {
        ("National Assembly", meetings),
        ("Commission on Gender of the Senate", meetings),
    }, "the Senate's commission took part, not the Senate; the name ends before 'based on'"
    assert names(b, "developedWith") == {(inputs, "National Assembly"), (inputs, "Commission on Gender of the Senate")}
    event = next(n for n, d in b.kg.nodes() if d["name"] == meetings)
    assert "Meetings to develop the inputs for the bill" in b.kg.node(event)["aliases"]
    assert any(
        d["name"] == "Two meetings with civil society regarding the construction of a care system in Lesotho"
        for _, d in b.kg.nodes()
    ), "an aside without a date is left out of the name, which goes on"


def test_a_presentation_row_presents_its_thing_to_its_audience_and_civil_society_brackets_name_organisations():
    b = lesotho(("Legislature", "National Assembly"), ("Legislature", "Senate"))
    study = "costing study of child grants"
    b.register(b.kg.add_node(node_iri("KnowledgeProduct", "c"), "KnowledgeProduct", study, b.source("reg", 1)), study)
    lines = [
        "Type of event\tYes\tNo\tDescription/Comments",
        'Other strategic events\t<input checked="" type="checkbox"/>\t<input type="checkbox"/>\t',
        '\t<input checked="" type="checkbox"/>\t\tPresentation of the costing study of child grants, to the Cabinet'
        " and members of the Senate and National Assembly (May 2022)",
        '\t<input checked="" type="checkbox"/>\t\tTwo meetings with civil society (WLSA and GWN) on care. (July 2022)',
        "",
        "Innovation, learning and sharing",
    ]
    events.load(b, Document(id="ls", kind="jsdgf-final-narrative-report", path="ls.txt", lines=lines), PROGRAMME)
    assert names(b, "presentedTo") == {(study, "Senate"), (study, "National Assembly")}
    assert not [u for u, _ in names(b, "participatesIn") if u in ("Senate", "National Assembly")], "an audience"
    meetings = "Two meetings with civil society on care"
    assert names(b, "participatesIn") == {("WLSA", meetings), ("GWN", meetings)}
    assert {b.kg.node(n)["type"] for n, d in b.kg.nodes() if d["name"] in ("WLSA", "GWN")} == {
        "CivilSocietyOrganization"
    }
