"""Trainings read from report sentences of an invented programme in Ghana: the course, who trained
whom, how many (``loaders/trainings.py`` through ``loaders/narrative.py``)."""

from __future__ import annotations

from gapgraph.graph.ids import node_iri
from gapgraph.loaders import narrative
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from tests.synthetic import edge_names

PROGRAMME = node_iri("Programme", "Decent work for cocoa farmers in Ghana")


def invented(*lines: str, doc_id: str = "gha") -> tuple[Builder, Document]:
    """A builder that knows the programme and a few Ghanaian bodies."""
    b = Builder()
    src = b.source("reg", 1)
    b.kg.add_node(PROGRAMME, "Programme", "Decent work for cocoa farmers in Ghana", src)
    for cls, name, acronym in (
        ("UNAgency", "International Labour Organization", "ILO"),
        ("TrainingInstitute", "National Vocational Training Institute", "NVTI"),
        ("TrainingInstitute", "International Training Centre of the ILO", "ITC-ILO"),
        ("GovernmentBody", "Ministry of Employment and Labour Relations", "MELR"),
        ("GovernmentBody", "Kumasi Metropolitan Assembly", "KMA"),
    ):
        node = b.kg.add_node(node_iri(cls, acronym), cls, name, src, aliases=[acronym])
        b.register(node, name)
        b.register(node, acronym)
    return b, Document(id=doc_id, kind="k", path="gha.txt", lines=list(lines))


def trains(b: Builder) -> set[tuple[str, str]]:
    return {(b.kg.node(u)["name"], b.kg.node(v)["name"]) for u, v, _, _ in b.kg.edges("trains")}


def trainings(b: Builder) -> dict[str, list[int]]:
    return {
        d["name"]: sorted(c["value"] for c in b.kg.claims(n, "participantCount")) for n, d in b.kg.nodes("Training")
    }


def test_a_course_is_named_after_its_title_and_trained_by_the_institute_named():
    b, doc = invented(
        "- 80 labour inspectors received a training course on child labour monitoring in cocoa farms "
        "(with NVTI). 30 district officers took the on-line course *Social dialogue in agriculture*, "
        "delivered by the International Training Centre of the ILO."
    )
    narrative.load(b, doc, PROGRAMME)
    assert trainings(b) == {
        "Training course on child labour monitoring in cocoa farms": [80],
        "Social dialogue in agriculture": [30],
    }
    programme = "Decent work for cocoa farmers in Ghana"
    assert ("National Vocational Training Institute", "labour inspectors") in trains(b)
    assert (programme, "labour inspectors") in trains(b)
    assert ("Training course on child labour monitoring in cocoa farms", "labour inspectors") in trains(b)
    assert ("International Training Centre of the ILO", "district officers") in trains(b)
    assert ("International Training Centre of the ILO", "labour inspectors") not in trains(b)


def test_a_generic_count_gives_the_groups_its_list_names_never_people():
    b, doc = invented(
        "- 420 people (cocoa farmers, extension officers and market women) received training in cooperative "
        "management. More than 300 people were trained, including local and district public servants, "
        "legislators, and the Kumasi Metropolitan Assembly."
    )
    narrative.load(b, doc, PROGRAMME)
    trained = {obj for _, obj in trains(b)}
    assert {"cocoa farmers", "extension officers", "market women"} <= trained
    assert {"local and district public servants", "legislators", "Kumasi Metropolitan Assembly"} <= trained
    assert not trained & {"people", "participants", "members", "local"}
    assert not [d for _, d in b.kg.nodes("TargetGroup") if d["name"] in ("people", "participants")]


def test_one_course_counted_differently_in_two_documents_is_one_node_with_two_values():
    b, first = invented("- 45 labour inspectors completed the course on *Labour inspection in agriculture*.")
    narrative.load(b, first, PROGRAMME)
    _, second = invented(
        "- 52 labour inspectors completed the course on *Labour Inspection in Agriculture*.", doc_id="gha2"
    )
    narrative.load(b, second, PROGRAMME)
    assert list(trainings(b).values()) == [[45, 52]]
    node = next(n for n, _ in b.kg.nodes("Training"))
    assert {s.doc for c in b.kg.claims(node, "participantCount") for s in c["sources"]} == {"gha", "gha2"}


def test_the_body_trained_and_the_trainer_are_told_apart():
    b, doc = invented(
        "- Training to the Ministry of Employment and Labour Relations was provided by the ILO on labour statistics."
    )
    narrative.load(b, doc, PROGRAMME)
    assert trains(b) == {
        ("International Labour Organization", "Ministry of Employment and Labour Relations"),
        ("Decent work for cocoa farmers in Ghana", "Ministry of Employment and Labour Relations"),
    }


def test_a_new_course_is_not_taken_for_a_known_one_sharing_a_word():
    from gapgraph.loaders import attribution

    b, doc = invented(
        "- 30 district officers took the on-line course *Cocoa cooperatives and social dialogue*.",
        "- The design of a course on the professionalization of cocoa grading will be developed in collaboration "
        "with NVTI.",
    )
    narrative.load(b, doc, PROGRAMME)
    attribution.load(b, doc)
    assert edge_names(b, "developedWith") == {
        ("Course on the professionalization of cocoa grading", "National Vocational Training Institute")
    }  # the planned course's own node, not the known one


def test_who_delivered_a_course_implements_it_not_a_plan_nor_a_bare_with():
    """The course named right before "delivered by" / "conducted by" is implemented by the body named
    after the cue ("ILO's ITC-ILO" is the centre), a course named by its topic after a titled one
    too; a plan or a bare "with" implements nothing; a course "being implemented by NVTI" is not
    the programme's own implementation."""
    b, doc = invented(
        "- This number reflects the on-line course *Social dialogue in agriculture* delivered by ILO's ITC-ILO "
        "as well as the ongoing course on cocoa grading for farmers conducted by the NVTI.",
        "- Training courses on farm safety are currently being implemented by NVTI.",
        "- The design of a course on cocoa marketing will be developed in collaboration with KMA.",
    )
    narrative.load(b, doc, PROGRAMME)
    implemented = {
        (b.kg.node(u)["name"], b.kg.node(v)["name"]) for u, v, _, _ in b.kg.edges("implements") if u != PROGRAMME
    }
    assert implemented == {
        ("International Training Centre of the ILO", "Social dialogue in agriculture"),
        ("National Vocational Training Institute", "Course on cocoa grading for farmers"),
        ("National Vocational Training Institute", "Training courses on farm safety"),
    }
    assert not [v for u, v, _, _ in b.kg.edges("implements") if u == PROGRAMME]


def test_the_programme_implements_a_course_it_says_it_implemented_and_grantees_deliver_theirs():
    """ "implemented alongside NVTI": the programme and NVTI implement the course; "delivered through
    the grants awarded to A and B": A and B implement it; a course only counted is nobody's."""
    b, doc = invented(
        "- Ongoing training for cocoa farmers of Kumasi on farm safety and first aid, implemented alongside the "
        "National Vocational Training Institute (NVTI) will provide a better understanding of the subject.",
        "- **Capacity building of farmer unions:** Training in this topic is being delivered through the grants "
        "awarded to MELR and KMA, which should reach a total 225 participants.",
        "- 40 extension officers received training on cocoa cooperatives and marketing.",
    )
    narrative.load(b, doc, PROGRAMME)
    implemented = {(b.kg.node(u)["name"], b.kg.node(v)["name"]) for u, v, _, _ in b.kg.edges("implements")}
    course = "Training for cocoa farmers of Kumasi on farm safety and first aid"
    assert implemented == {
        ("Decent work for cocoa farmers in Ghana", course),
        ("National Vocational Training Institute", course),
        ("Ministry of Employment and Labour Relations", "Capacity building of farmer unions"),
        ("Kumasi Metropolitan Assembly", "Capacity building of farmer unions"),
    }


def test_one_course_worded_two_ways_is_one_node():
    """ "a training program for cocoa farmers of Kumasi on farm safety and first aid" and, later,
    "a course on farm safety for cocoa farmers" (every word of the shorter in the longer) are one
    course; "training in cooperatives" (two words) stays its own."""
    b, doc = invented(
        "- 30 cocoa farmers received a training program for cocoa farmers of Kumasi on farm safety and first aid.",
        "- 25 cocoa farmers received a course on farm safety for cocoa farmers (with NVTI).",
        "- 12 officers were trained in cooperatives management.",
    )
    narrative.load(b, doc, PROGRAMME)
    courses = trainings(b)
    assert len(courses) == 2
    assert sorted(courses.values()) == [[12], [25, 30]]


def test_whom_a_course_name_trains_its_place_a_groups_unions_and_a_plan():
    """ "a training program for cocoa farmers of Kumasi" trains the farmers of Kumasi; "capacity
    building of labour inspectors to develop a protocol" is a course training the inspectors;
    "capacity building of cocoa farmers trade unions" does not train the farmers; a training that
    "will be developed" trains nobody yet."""
    b, doc = invented(
        "- Ongoing training program for cocoa farmers of Kumasi on farm safety, implemented alongside NVTI.",
        "- Capacity building of labour inspectors to develop an inspection protocol for the cocoa sector.",
        "- **Capacity building of cocoa farmers trade unions:** Training in this topic is being delivered through "
        "the grants awarded to KMA, which should reach a total 225 participants.",
        "- Capacity building on coverage extension of social protection for cocoa farmers will be developed.",
    )
    kumasi = b.kg.add_node(node_iri("State", "Kumasi"), "State", "Kumasi", b.source("reg", 1))
    b.add_place_name("Kumasi", kumasi)
    narrative.load(b, doc, PROGRAMME)
    assert ("Training program for cocoa farmers of Kumasi on farm safety", "cocoa farmers of Kumasi") in trains(b)
    assert ("Capacity building of labour inspectors", "labour inspectors") in trains(b)
    assert not [edge for edge in trains(b) if edge[1] == "cocoa farmers"]
    assert "Capacity building on coverage extension of social protection for cocoa farmers" not in trainings(b)


def test_a_results_table_explanation_states_who_delivered_which_course_and_whom_it_trained():
    """A results-table cell: "through the grant awarded to KMA, 125 cocoa farmers attended virtual
    trainings on X, Y and Z" (KMA implements the course named after the cue); "the course *A*
    delivered by ITC-ILO as well as the course on B for cocoa farmers conducted by NVTI": whom B's
    name trains is trained by B and NVTI, not by the ITC-ILO."""
    b, doc = invented(
        "Output 2.1. Indicator Number of people trained\t0\t80\t382\tThrough the grant awarded to KMA, 125 cocoa "
        "farmers attended virtual trainings on social protection rights, OSH and sanitation in the COVID-19 context.",
        "Output 2.1. Indicator Number of courses\t0\t1\t2\tThis number reflects the on-line course <i>Social dialogue "
        "in agriculture</i> delivered by ILO's ITC-ILO as well as the ongoing on-line course on farm safety for "
        "cocoa farmers conducted by the NVTI.",
    )
    narrative.load(b, doc, PROGRAMME)
    implemented = {(b.kg.node(u)["name"], b.kg.node(v)["name"]) for u, v, _, _ in b.kg.edges("implements")}
    assert (
        "Kumasi Metropolitan Assembly",
        "Trainings on social protection rights, OSH and sanitation in the COVID-19 context",
    ) in implemented
    assert ("National Vocational Training Institute", "Course on farm safety for cocoa farmers") in implemented
    assert ("International Training Centre of the ILO", "Social dialogue in agriculture") in implemented
    trained = trains(b)
    assert ("Course on farm safety for cocoa farmers", "cocoa farmers") in trained
    assert ("National Vocational Training Institute", "cocoa farmers") in trained
    assert ("International Training Centre of the ILO", "cocoa farmers") not in trained


def test_a_row_counting_courses_validated_by_training_institutions_gives_validates():
    """ "Number of courses validated by training institutions ... the course on farm safety for cocoa
    farmers conducted by the NVTI": the NVTI validates the course it delivered (the ILO, no training
    institute, validates nothing)."""
    b, doc = invented(
        "Output 2.1. Indicator Number of courses validated by training institutions\t0\t1\t2\tThis number reflects "
        "the on-line course <i>Social dialogue in agriculture</i> delivered by the ILO as well as the ongoing "
        "on-line course on farm safety for cocoa farmers conducted by the NVTI.",
    )
    narrative.load(b, doc, PROGRAMME)
    validated = {(b.kg.node(u)["name"], b.kg.node(v)["name"]) for u, v, _, _ in b.kg.edges("validates")}
    assert validated == {("National Vocational Training Institute", "Course on farm safety for cocoa farmers")}


def test_grants_awarded_to_two_bodies_support_the_course_named_after_them():
    """ "Grants awarded to MELR and KMA, are supporting capacity building of cocoa farmers' in Ashanti
    and Volta respectively": both bodies implement that course (its name without "respectively")."""
    b, doc = invented(
        "- Grants awarded to MELR and KMA, are supporting capacity building of cocoa farmers' in Ashanti and "
        "Volta respectively, and promoting technical skills among the members of this sector."
    )
    narrative.load(b, doc, PROGRAMME)
    implemented = {(b.kg.node(u)["name"], b.kg.node(v)["name"]) for u, v, _, _ in b.kg.edges("implements")}
    course = "Capacity building of cocoa farmers' in Ashanti and Volta"
    assert implemented == {
        ("Ministry of Employment and Labour Relations", course),
        ("Kumasi Metropolitan Assembly", course),
    }


def test_a_training_conducted_for_a_body_trains_it():
    """ "in 2023 a training was conducted for the Ministry of Employment and Labour Relations so that ...":
    the programme trains the ministry."""
    b, doc = invented(
        "- A report on inspection has been prepared, and in 2023 a training was conducted for the Ministry of "
        "Employment and Labour Relations so that they know how to develop the protocol."
    )
    narrative.load(b, doc, PROGRAMME)
    assert trains(b) == {("Decent work for cocoa farmers in Ghana", "Ministry of Employment and Labour Relations")}


def test_a_planned_course_is_a_node_that_trains_nobody_and_a_planned_line_of_work_is_none():
    """ "The design of a course on X will be developed with NVTI" and "A workshop for Y will begin"
    name courses a later sentence can refer to (and a heading relate); nobody is trained yet.
    "Capacity building of Z will be developed" is a line of work, no course."""
    b, doc = invented(
        "- The design of a course on certification of cocoa graders will be developed in collaboration with NVTI.",
        "- A workshop for capacity building of pesticide inspection will begin using the audit report as a baseline.",
        "- Capacity building of district assemblies for the monitoring of the child labour plan will be developed.",
        "- Preparations of the workshop for capacity building of pesticide inspection are on track.",
    )
    narrative.load(b, doc, PROGRAMME)
    assert set(trainings(b)) == {
        "Course on certification of cocoa graders",
        "Workshop for capacity building of pesticide inspection",
    }
    assert not trains(b)
    workshop = next(n for n, d in b.kg.nodes("Training") if d["name"].startswith("Workshop"))
    assert [m.node_id for m in b.mentions(doc.lines[3], "activity")] == [workshop]


def test_one_training_of_one_group_worded_more_or_less_fully_is_one_node():
    """ "Capacity building of pesticide inspectors", then "60 pesticide inspectors received training of
    pesticide inspection", then "60 pesticide inspectors were trained in pesticide inspection systems for
    cocoa farms": one course (each wording's stems among another's, one group trained); a course on
    another topic for the same group, or one of the same words for another group, stays apart."""
    b, doc = invented(
        "- Capacity building of pesticide inspectors to develop an inspection protocol for the cocoa sector.",
        "- 60 pesticide inspectors received training of pesticide inspection, to elaborate a future protocol.",
        "- 60 pesticide inspectors were trained in pesticide inspection systems for cocoa farms.",
        "- 25 pesticide inspectors received a training course on first aid at work.",
        "- 40 district officers received training on pesticide inspection rules and cocoa export permits.",
    )
    narrative.load(b, doc, PROGRAMME)
    courses = {d["name"]: sorted(d["aliases"]) for _, d in b.kg.nodes("Training")}
    one = "Capacity building of pesticide inspectors"
    assert one in courses
    assert {"Training of pesticide inspection", "Training in pesticide inspection systems for cocoa farms"} <= set(
        courses[one]
    )
    assert "Training course on first aid at work" in courses
    assert (one, "pesticide inspectors") in trains(b)
    assert ("Training on pesticide inspection rules and cocoa export permits", "district officers") in trains(b)
    assert (one, "district officers") not in trains(b)


def test_a_training_given_by_a_body_is_that_bodys_not_the_programmes():
    """ "after training provided by the International Training Centre": the centre trains the
    inspectors, the programme does not; "alongside NVTI" and "(with NVTI)" are the programme's and NVTI's."""
    b, doc = invented(
        "- Cocoa farmers have improved their skills after training provided alongside NVTI. 60 pesticide "
        "inspectors have the knowledge to implement a protocol, after training provided by the International "
        "Training Centre of the ILO.",
        "- 90 district officers received a training course on cocoa export rules (with NVTI).",
        "- Through the grant awarded to KMA, 125 market workers attended virtual trainings on hygiene in markets.",
    )
    narrative.load(b, doc, PROGRAMME)
    programme = "Decent work for cocoa farmers in Ghana"
    assert ("International Training Centre of the ILO", "pesticide inspectors") in trains(b)
    assert (programme, "pesticide inspectors") not in trains(b)
    assert ("Kumasi Metropolitan Assembly", "market workers") in trains(b)  # the grantee delivered it
    assert (programme, "market workers") not in trains(b)
    assert {(programme, "cocoa farmers"), ("National Vocational Training Institute", "cocoa farmers")} <= trains(b)
    assert {
        (programme, "district officers"),
        ("National Vocational Training Institute", "district officers"),
    } <= trains(b)


def test_a_group_named_more_fully_earlier_in_the_document_is_the_one_trained():
    b, doc = invented(
        "The programme reached cocoa day labourers in the Ashanti region.",
        "- More than 900 people were trained, including cocoa labourers, district officers and nurses.",
    )
    b.kg.add_node(
        node_iri("TargetGroup", "cocoa day labourers"), "TargetGroup", "cocoa day labourers", b.source("gha", 1)
    )
    b.kg.add_node(
        node_iri("TargetGroup", "district labour officers"),
        "TargetGroup",
        "district labour officers",
        b.source("other", 3),
    )
    narrative.load(b, doc, PROGRAMME)
    programme = "Decent work for cocoa farmers in Ghana"
    assert (programme, "cocoa day labourers") in trains(b)
    assert (programme, "cocoa labourers") not in trains(b)
    assert (programme, "district officers") in trains(b), "a fuller name another document wrote is no evidence"


def test_a_training_for_a_body_known_only_once_every_document_is_read_trains_it():
    b, doc = invented(
        "- A report was prepared, and in 2022 a training was conducted for the Fisheries Commission of Ghana "
        "so that they know how to apply the protocol."
    )
    narrative.load(b, doc, PROGRAMME)
    commission = b.kg.add_node(
        node_iri("GovernmentBody", "FC"), "GovernmentBody", "Fisheries Commission", b.source("reg", 2)
    )
    b.register(commission, "Fisheries Commission of Ghana")  # another document's spelling, read later
    b.finish()
    assert ("Decent work for cocoa farmers in Ghana", "Fisheries Commission") in trains(b)


def test_officials_of_a_body_trained_by_a_trainer_are_that_body_trained_by_it():
    """ "58 officials of the MELR and the KMA were trained by the NVTI": the NVTI trains both bodies
    (not the programme, nor a group "officials"); "46 KMA officials" names the body too; the course
    "on the inspection manual" is a training of its own that trains them."""
    b, doc = invented(
        "- 58 officials of the MELR and the KMA were trained by the NVTI on the inspection manual.",
        "- 46 KMA officials were trained by the ITC-ILO on registration (hybrid course, 2021).",
    )
    narrative.load(b, doc, PROGRAMME)
    assert trains(b) == {
        ("National Vocational Training Institute", "Ministry of Employment and Labour Relations"),
        ("National Vocational Training Institute", "Kumasi Metropolitan Assembly"),
        ("International Training Centre of the ILO", "Kumasi Metropolitan Assembly"),
        ("Training on the inspection manual", "Ministry of Employment and Labour Relations"),
        ("Training on the inspection manual", "Kumasi Metropolitan Assembly"),
    }
    (edge,) = [
        d
        for u, v, _, d in b.kg.edges("trains")
        if b.kg.node(v)["name"] == "Ministry of Employment and Labour Relations" and b.kg.is_a(u, "Actor")
    ]
    assert [c["value"] for c in edge["attributes"]["participants"]] == [58]
