"""New kinds of disagreement on invented text of other countries (Kenya, Lesotho): a chamber credited
with its commission's resolution, donors listed differently at one event, one report's two lists of
places for its diagnostics under review; the Fund's global questions an annual report's form prints
one per paragraph; partnerships stated "closely", "between", "such as" and with a fronted partner."""

from __future__ import annotations

from gapgraph.graph.ids import doc_iri, node_iri
from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.loaders import listings, narrative, partnerships
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.jsdgf import answers
from gapgraph.loaders.observations import add_observation
from gapgraph.ontology.models import Source
from gapgraph.queries.approvals import approved_by_commission
from gapgraph.queries.attendance import donors_attending
from gapgraph.queries.conflicts import conflicts
from tests.synthetic import agencies_builder, builder_knowing, edge_names, known


def src(doc: str, line: int) -> Source:
    return Source(doc=doc, lines=(line, line))


def test_a_chamber_credited_with_what_its_committee_resolved():
    b = Builder()
    kg = b.kg
    reform = kg.add_node(
        node_iri("ConstitutionalReform", "pension"), "ConstitutionalReform", "Pension reform", src("ke", 40)
    )
    kg.add_claim(
        reform,
        "writtenName",
        "Report of the Committee on Social Protection of the National Assembly "
        "which amends article 43 of the Constitution of Kenya",
        src("ke", 90),
    )
    assembly = kg.add_node(node_iri("GovernmentBody", "na"), "GovernmentBody", "National Assembly", src("ke", 40))
    kg.add_edge(assembly, "adopts", reform, src("ke", 40))
    (found,) = approved_by_commission(kg)
    assert [v["value"] for v in found.values] == [
        "National Assembly (the approval)",
        "Committee on Social Protection of the National Assembly (the act's title)",
    ]
    assert [v["sources"][0]["lines"] for v in found.values] == [[40, 40], [90, 90]]
    assert found in conflicts(kg, across_documents=False) and found.severity == "low"


def test_a_title_naming_the_approver_itself_or_another_body_is_not():
    b = Builder()
    kg = b.kg
    reform = kg.add_node(node_iri("LawInitiative", "pension"), "LawInitiative", "Pension Act", src("ke", 40))
    kg.add_claim(reform, "writtenName", "Resolution of the National Assembly on the Pension Act", src("ke", 90))
    kg.add_claim(reform, "writtenName", "Report of the Committee on Finance of the Senate", src("ke", 91))
    assembly = kg.add_node(node_iri("GovernmentBody", "na"), "GovernmentBody", "National Assembly", src("ke", 40))
    kg.add_edge(assembly, "adopts", reform, src("ke", 40))
    assert approved_by_commission(kg) == []


def _event_with(donors: dict[str, list[Source]]) -> Builder:
    b = Builder()
    kg = b.kg
    event = kg.add_node(node_iri("Event", "closing-2023-03-02"), "Event", "Closing event", src("fr", 1))
    for name, sources in donors.items():
        donor = kg.add_node(node_iri("Donor", name), "Donor", name, sources[0])
        for source in sources:
            kg.add_edge(donor, "participatesIn", event, source)
    return b


def test_donors_one_document_lists_and_another_does_not_at_one_event():
    b = _event_with(
        {
            "Norway": [src("fr", 12)],
            "European Union": [src("fr", 12), src("pr", 30)],
            "Embassy of Norway in Kenya": [src("pr", 30)],
            "Embassy of Sweden in Kenya": [src("pr", 30)],
        }
    )
    (found,) = donors_attending(b.kg)
    assert [v["value"] for v in found.values] == [
        "2: European Union, Norway",
        "3: Embassy of Norway in Kenya, Embassy of Sweden in Kenya, European Union",
    ]
    assert found.judged == "low", "one list holds the other: a partial list"


def test_the_same_donors_or_a_single_donor_are_not_compared():
    same = _event_with(
        {
            "Norway": [src("fr", 12)],
            "Embassy of Norway in Kenya": [src("pr", 30)],
            "European Union": [src("fr", 12), src("pr", 30)],
        }
    )
    assert donors_attending(same.kg) == []
    single = _event_with({"Norway": [src("fr", 12)], "Sweden": [src("pr", 30)], "Finland": [src("pr", 30)]})
    assert donors_attending(single.kg) == []


def test_the_funds_numbered_questions_read_their_printed_totals():
    b = Builder()
    kg = b.kg
    reg = src("reg", 1)
    programme = kg.add_node(node_iri("Programme", "grants"), "Programme", "Grants for all in Lesotho", reg)
    fund = kg.add_node(node_iri("Fund", "joint-sdg-fund"), "Fund", "Joint SDG Fund", reg)
    kg.add_edge(fund, "funds", programme, reg)
    output = kg.add_node(node_iri("Output", "joint-sdg-fund", "Global Output 3"), "Output", "Global Output 3", reg)
    lines = [
        "Global Output 3: Integrated policy solutions implemented",
        "",
        "1.3 Number of innovative solutions tested in 2021",
        "",
        "Total number disaggregated by % successful and unsuccessful: **2**",
        "Provide the list",
        "Explain briefly: the child grant pilot in Maseru and the Leribe cash plus pilot.",
        "1.4 Did your Joint Programme contribute to integrated solutions?",
        "Yes",
        "No",
        "1.5 Number of integrated policy solutions implemented with the national partners in lead",
        "Provide the list",
    ]
    answers.load(b, Document("ls", "jsdgf-annual-progress-report", "ls.txt", lines, {"period": "2021"}), programme)
    (indicator,) = kg.into(output, "measures")
    assert kg.node(indicator)["name"] == "Number of innovative solutions tested in 2021"
    (observation,) = kg.out(indicator, "hasObservation")
    assert kg.value(observation, "value") == "2" and kg.value(observation, "period") == "2021"
    assert kg.value(observation, "varianceExplanation").startswith("the child grant pilot")
    assert kg.claims(observation, "value")[0]["sources"][0].lines == (5, 5)


def _with_places(*names: str) -> tuple[Builder, str]:
    b = Builder()
    reg = src("reg", 1)
    programme = b.kg.add_node(node_iri("Programme", "grants"), "Programme", "Grants for all in Lesotho", reg)
    for name in names:
        b.kg.add_node(node_iri("Place", name), "Place", name, reg)
    return b, programme


def test_one_report_listing_different_places_for_the_diagnostics_under_review():
    b, programme = _with_places("Maseru", "Leribe", "Berea", "Mafeteng")
    lines = [
        "The diagnostic on informal herders in Maseru was launched, and those of Leribe and Berea are under revision.",
        "- *By the end of year 1, the programme will have drafted strategies in two districts:* the four diagnostics "
        "are done (the one in Maseru has been published, and those of Leribe, Berea and Mafeteng are under review).",
        "- Diagnostics of Berea and the Leribe have been finalized and final drafts are under review.",
    ]
    listings.load(b, Document("ls", "jsdgf-annual-progress-report", "ls.txt", lines, {"period": "2021"}), programme)
    (observation,) = kg_observations(b)
    assert {c["value"]: [s.lines[0] for s in c["sources"]] for c in b.kg.claims(observation, "value")} == {
        "Berea and Leribe (two places)": [1, 3],
        "Berea, Leribe and Mafeteng (three places)": [2],
    }
    (found,) = [c for c in conflicts(b.kg, across_documents=False) if c.node == observation]
    assert found.attribute == "value"


def test_places_listed_alike_a_single_place_or_no_stage_are_not_a_disagreement():
    b, programme = _with_places("Maseru", "Leribe", "Berea")
    lines = [
        "The diagnostics of Leribe and Berea are under review.",
        "The soon to be published diagnostics of Berea and Leribe will guide the strategies.",
        "The diagnostic of Maseru is under review.",
        "The strategies of Maseru, Leribe and Berea were discussed with the districts.",
    ]
    listings.load(b, Document("ls", "jsdgf-annual-progress-report", "ls.txt", lines, {"period": "2021"}), programme)
    assert conflicts(b.kg, across_documents=False) == []
    (observation,) = kg_observations(b)
    assert [c["value"] for c in b.kg.claims(observation, "value")] == ["Berea and Leribe (two places)"]


def kg_observations(b: Builder) -> list[str]:
    return b.kg.out(next(n for n, _ in b.kg.nodes("Programme")), "hasObservation")


def _kenya() -> Builder:
    b = agencies_builder(("UNICEF", "UNDP", "ILO", "WFP"))
    for name, acronym in (
        ("National Council for Children's Services", "NCCS"),
        ("National Social Security Fund", "NSSF"),
        ("Ministry of Labour", "MOL"),
        ("Kenya Revenue Authority", "KRA"),
    ):
        known(b, "GovernmentBody", name, acronym)
    return b


def test_partnerships_stated_closely_between_such_as_and_with_a_fronted_partner():
    b = _kenya()
    lines = [
        "At county level, UNICEF Country Office works closely with the NCCS in securing birth registration.",
        "Risk\t3\t- Enhancement of the formal agreement between ILO the NSSF regarding the pilot.\tTeam",
        "UNDP is exploring opportunities in social bonds with key stakeholders such as the Kenyan Ministry of Labour,"
        " the Coast Savings Fund (CSF), and the Kenya Revenue Authority (KRA).",
        "\t\tMeetings: At the global level, with the National Social Security Fund (NSSF) of Kenya, WFP defined"
        " the vision.",
    ]
    partnerships.load(b, Document("ke", "web-page", "ke.txt", lines))
    assert {frozenset(pair) for pair in edge_names(b, "partnersWith")} == {
        frozenset(pair)
        for pair in (
            ("UNICEF", "National Council for Children's Services"),
            ("ILO", "National Social Security Fund"),
            ("UNDP", "Ministry of Labour"),
            ("UNDP", "Kenya Revenue Authority"),
            ("WFP", "National Social Security Fund"),
        )
    }, "partnersWith has no direction"


def test_coordination_with_works_with_and_no_subject_are_no_partnership():
    b = _kenya()
    lines = [
        "UNICEF, in coordination with the NCCS, held six virtual sessions.",
        "UNICEF works with the NCCS on the registry.",
        "This has entailed activities with local stakeholders such as the Ministry of Labour and the NSSF.",
        "With the support of ILO, the NSSF published a guide.",
    ]
    doc = Document("ke", "web-page", "ke.txt", lines)
    partnerships.load(b, doc)
    narrative.load(b, doc, None)
    assert edge_names(b, "partnersWith") == set()


def test_a_programme_implemented_in_partnership_or_work_in_coordination_is_no_un_partnership():
    from gapgraph.loaders import unct_report

    b = builder_knowing(
        ("UNICEF", "UNFPA"),
        (
            ("UNAgency", "United Nations System in Peru"),
            ("GovernmentBody", "Ministry of Women and Vulnerable Populations"),
            ("TradeUnion", "Union of Household Workers of Peru"),
            ("GovernmentBody", "Ministry of Development and Social Inclusion"),
        ),
    )
    b.register(node_iri("UNAgency", "United Nations System in Peru"), "UNS")
    lines = [
        "## SOCIAL PROTECTION FOR WOMEN",
        "The UNS created a joint program, implemented in partnership with the Union of Household Workers of Peru.",
        "The UNS, in coordination with the Ministry of Women and Vulnerable Populations, held 6 sessions.",
        "The UNS has established strategic partnerships (Ministry of Development and Social Inclusion, academia).",
        "",
        "UNICEF and UNFPA",
        "## 2021 RESULTS",
    ]
    unct_report.load(b, Document(id="per", kind="unct-results-report", path="per.txt", lines=lines))
    assert {frozenset(pair) for pair in edge_names(b, "partnersWith")} == {
        frozenset({"United Nations System in Peru", "Ministry of Development and Social Inclusion"})
    }


def test_people_who_developed_competencies_are_counted_as_trained_and_compared():
    from gapgraph.loaders import figures

    b, programme = _with_places()
    final = ["- 2,310 people were directly trained in social protection by the JP."]
    release = ["More than 1,900 people have developed competencies in social protection, including herders."]
    figures.load(b, Document("fr", "jsdgf-final-narrative-report", "fr.txt", final, {}), programme)
    figures.load(b, Document("pr", "press-release", "pr.txt", release, {}), programme)
    (found,) = [c for c in conflicts(b.kg) if c.attribute == "numericValue"]
    assert sorted(v["value"] for v in found.values) == [1900, 2310]
    assert "people trained" in found.name


def test_one_agreement_whose_number_two_reports_print_differently():
    from gapgraph.queries.twins import twins

    title = "AGREEMENT number {} by which the General Rules of the Phase II of the Herders Pilot are issued"

    def graph(*products: tuple[str, str, int]) -> KnowledgeGraph:
        kg = Builder().kg
        for i, (code, doc, line) in enumerate(products):
            kg.add_node(node_iri("KnowledgeProduct", str(i)), "KnowledgeProduct", title.format(code), src(doc, line))
        return kg

    kg = graph(("NSSF/BD/120321/17.P", "ar", 9), ("NSSF/BD/120321/1 7.P", "fr", 30))
    (found,) = twins(kg)
    assert [(v["value"], v["sources"][0]["doc"]) for v in found.values] == [
        ("NSSF/BD/120321/17.P", "ar"),
        ("NSSF/BD/120321/1 7.P", "fr"),
    ]
    two = graph(("NSSF/BD/120321/17.P", "ar", 9), ("NSSF/BD/120321/1 7.P", "fr", 30), ("NSSF/BD/120321/17.R", "fr", 31))
    assert twins(two) == [], "the final report names two such agreements: which one the annual report means is not said"
    other = graph(("NSSF/BD/120321/17.P", "ar", 9), ("NSSF/BD/030422/2.P", "fr", 30))
    assert twins(other) == [], "another number, not one misprinted"


def test_a_count_of_action_plans_the_same_report_says_are_not_made_yet():
    from gapgraph.queries.firsts import counted_before_made

    b, programme = _with_places("Maseru", "Leribe")
    kg = b.kg
    reg = src("reg", 1)
    indicator = kg.add_node(
        node_iri("Indicator", "plans"), "Indicator", "Number of action plans developed for seasonal herders", reg
    )
    for doc, line, value in (("ar", 40, 2), ("fr", 12, 3)):
        add_observation(
            kg,
            indicator,
            src(doc, line),
            key=("plans", "result", doc),
            name=f"plans {doc}",
            printed=str(value),
            kind="result",
            period=doc,
        )
    lines = ["- The draft of the first action plan of social protection for herders in Leribe is being prepared."]
    listings.load(b, Document("ar", "jsdgf-annual-progress-report", "ar.txt", lines, {"period": "2021"}), programme)
    (found,) = counted_before_made(kg)
    assert [(v["value"], v["sources"][0]["lines"]) for v in found.values] == [
        (2, [40, 40]),
        ("none: the first still in preparation", [1, 1]),
    ], "the final report's 3 is another document's count: plans made since"
    assert [c.severity for c in conflicts(kg, across_documents=False) if c.attribute == found.attribute] == ["medium"]


def test_a_first_plan_being_prepared_and_a_count_of_other_things_agree():
    from gapgraph.queries.firsts import counted_before_made

    b, programme = _with_places()
    kg = b.kg
    indicator = kg.add_node(node_iri("Indicator", "d"), "Indicator", "Number of diagnostics published", src("reg", 1))
    add_observation(kg, indicator, src("ar", 40), key=("d", "r"), name="d", printed="2", kind="result", period="2021")
    lines = ["The first action plan for herders is being prepared.", "The first study was published."]
    listings.load(b, Document("ar", "jsdgf-annual-progress-report", "ar.txt", lines, {"period": "2021"}), programme)
    assert counted_before_made(kg) == []


def test_a_course_growing_between_reports_and_its_described_names_are_no_conflict():
    b = Builder()
    kg = b.kg
    for doc, meta in (("ar", {"period": "2021"}), ("fr", {"date": "2023-03-02"})):
        node = doc_iri(doc)
        kg.add_node(node, "SourceDocument", doc, src(doc, 1), attributes={k: v for k, v in meta.items()})
    course = kg.add_node(node_iri("Training", "herders"), "Training", "Course for herders", src("ar", 3))
    kg.add_claim(course, "participantCount", 56, src("ar", 3))
    kg.add_claim(course, "participantCount", 150, src("fr", 9))
    kg.add_claim(course, "writtenName", "training program for herders of Maseru on animal health", src("ar", 3))
    kg.add_claim(course, "writtenName", "course on animal health and wool quality for herders", src("fr", 9))
    assert conflicts(kg, across_documents=False) == [], "a count that grew; two descriptions by the audience"
    kg.add_claim(course, "participantCount", 40, src("fr", 12))
    (found,) = conflicts(kg, across_documents=False)
    assert found.attribute == "participantCount", "the final report giving fewer than the annual one is one"


def test_reports_naming_different_framework_priorities_the_programme_serves():
    from gapgraph.queries.alignment import priorities_served

    kg = KnowledgeGraph()
    framework = kg.add_node(node_iri("Programme", "cf"), "Programme", "Cooperation Framework for Lesotho", src("r", 1))
    programme = kg.add_node(node_iri("Programme", "grants"), "Programme", "Child Grants", src("r", 1))
    own = kg.add_node(node_iri("Outcome", "grants-1"), "Outcome", "Outcome 1", src("r", 1))
    kg.add_edge(own, "partOf", programme, src("r", 1))
    parts = {}
    for n in (1, 2):
        priority = kg.add_node(node_iri("Component", f"p{n}"), "Component", f"Strategic priority {n}", src("r", 1))
        kg.add_edge(priority, "partOf", framework, src("r", 1))
        outcome = kg.add_node(node_iri("Outcome", f"cf{n}"), "Outcome", f"Framework outcome {n}", src("r", 1))
        kg.add_edge(outcome, "partOf", priority, src("r", 1))
        group = kg.add_node(node_iri("Mechanism", f"rg{n}"), "Mechanism", f"Results group {n}", src("r", 1))
        kg.add_edge(group, "partOf", priority, src("r", 1))
        parts[n] = (outcome, group)
    kg.add_edge(programme, "contributesTo", parts[1][0], src("annual", 108))  # outcome of priority 1
    kg.add_edge(programme, "contributesTo", own, src("annual", 50))  # its own outcome: no priority
    kg.add_edge(programme, "alignedWith", parts[1][1], src("final", 96))
    assert priorities_served(kg) == [], "the same priority, once through an outcome, once through its group"
    kg.add_edge(programme, "alignedWith", parts[2][1], src("final", 96))
    [conflict] = priorities_served(kg)
    assert [(v["value"], v["sources"][0]["doc"]) for v in conflict.values] == [
        ("Strategic priority 1", "annual"),
        ("Strategic priority 1; Strategic priority 2", "final"),
    ]
    assert conflict.judged == "low", "one report names fewer"
    assert [c.attribute for c in conflicts(kg)].count("framework priorities served") == 1
