"""Contradictions of structure and statement: shares across periods, counts against their lists,
statuses going backwards; and what is not one (a change over time, a rounding, progress)."""

from __future__ import annotations

import pytest

from gapgraph.graph.ids import doc_iri, node_iri
from gapgraph.loaders import figures
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.ontology.models import Source
from gapgraph.queries.conflicts import Conflict, conflicts, severity

PROGRAMME = node_iri("Programme", "harvest-rights")


def built(*docs: tuple[str, str, dict[str, str], list[str]]) -> Builder:
    """Invented documents (id, kind, manifest entry, lines) read by the figures loader for one programme."""
    b = Builder()
    b.kg.add_node(PROGRAMME, "Programme", "Harvest rights for rural women", Source(doc="reg", lines=(1, 1)))
    for doc_id, kind, meta, lines in docs:
        figures.load(b, Document(doc_id, kind, f"{doc_id}.txt", lines, meta), PROGRAMME)
    return b


ANNUAL = "jsdgf-annual-progress-report"
FINAL = "jsdgf-final-narrative-report"


def found(b: Builder, attribute: str) -> list[Conflict]:
    return [c for c in conflicts(b.kg, across_documents=False) if c.attribute == attribute]


def test_a_share_of_one_population_swinging_between_reports_is_flagged():
    b = built(
        (
            "ar",
            ANNUAL,
            {"period": "2021"},
            ["- About 8,400 seasonal workers (of which around 64% are women) registered."],
        ),
        ("fr", FINAL, {}, ["- 15,020 seasonal workers are registered with the fund, of which 31% are women."]),
    )
    [swing] = found(b, "share across periods")
    assert [(v["value"], v["period"]) for v in swing.values] == [(64, "2021"), (31, "end of programme")]
    assert [v["sources"] for v in swing.values] == [[{"doc": "ar", "lines": [1, 1]}], [{"doc": "fr", "lines": [1, 1]}]]
    assert "share of women among seasonal workers registered" in swing.name
    assert swing.severity == "medium"


def test_a_count_growing_over_time_or_a_share_moving_a_little_is_not():
    b = built(
        (
            "ar",
            ANNUAL,
            {"period": "2021"},
            ["- About 8,400 seasonal workers (of which around 64% are women) registered."],
        ),
        ("fr", FINAL, {}, ["- 15,020 seasonal workers are registered with the fund, of which 58% are women."]),
    )
    assert conflicts(b.kg, across_documents=False) == []


def test_a_count_that_its_own_list_or_another_document_contradicts():
    b = built(
        (
            "rr",
            "unct-results-report",
            {},
            ["- COUNTERPARTS: Three District Governments (Maseru, Leribe, Berea and Mafeteng)"],
        ),
        ("fr", FINAL, {}, ["The programme worked in four districts (Berea, Leribe, Mafeteng and Maseru), with..."]),
    )
    [count] = [c for c in conflicts(b.kg, across_documents=False) if "number of districts" in c.name]
    by_value = {v["value"]: {s["doc"] for s in v["sources"]} for v in count.values}
    assert by_value == {3: {"rr"}, 4: {"rr", "fr"}}
    assert count.severity == "medium"


def test_counts_that_match_their_lists_agree():
    b = built(
        (
            "rr",
            "unct-results-report",
            {},
            ["- COUNTERPARTS: 4 district governments (Maseru, Leribe, Berea, and Mafeteng)"],
        ),
        ("fr", FINAL, {}, ["The programme worked in four districts (Berea, Leribe, Mafeteng and Maseru)."]),
    )
    assert conflicts(b.kg, across_documents=False) == []


def test_roundings_are_not_contradictions():
    b = built(
        ("fr", FINAL, {}, ["- 15,020 seasonal workers are registered with the fund."]),
        ("pr", "press-release", {}, ["More than 15,000 seasonal workers were registered by the programme."]),
    )
    assert conflicts(b.kg, across_documents=False) == []


LAW = node_iri("LawInitiative", "rural-pensions-bill")


def with_statuses(*statuses: tuple[str, str], dates: dict[str, str] | None = None) -> Builder:
    """A bill whose documents (each dated by the manifest, or not) give these statuses."""
    b = Builder()
    for doc, date in (dates or {}).items():
        b.kg.add_node(doc_iri(doc), "SourceDocument", doc, Source(doc=doc, lines=(1, 9)), attributes={"date": date})
    b.kg.add_node(LAW, "LawInitiative", "Rural pensions bill", Source(doc="reg", lines=(1, 1)))
    for i, (status, doc) in enumerate(statuses, start=1):
        b.kg.add_claim(LAW, "status", status, Source(doc=doc, lines=(i, i)))
    return b


def test_a_status_a_later_document_puts_back_is_flagged():
    b = with_statuses(
        ("approved by the Senate (March 2021)", "report-2021"),
        ("pending approval by the Senate", "final-2022"),
        dates={"final-2022": "2022-07-19"},
    )
    [back] = found(b, "status (went backwards)")
    assert {(v["value"], v["stage"]) for v in back.values} == {
        ("approved by the Senate (March 2021)", "approved"),
        ("pending approval by the Senate", "presented"),
    }
    assert back.severity == "low"
    assert back.documents() == {"report-2021", "final-2022"}


@pytest.mark.parametrize(
    "statuses",
    [
        # progress: presented, then approved
        (("presented (October 2020)", "report-2020"), ("approved", "final-2022")),
        # two steps of two chambers: approved by one, pending in the other
        (
            ("approved by the Chamber of Deputies (November 2020)", "report-2020"),
            ("pending in the Senate", "final-2022"),
        ),
        # one document giving both (the order within it is not known)
        (("approved", "final-2022"), ("pending approval by the Senate", "final-2022")),
        # an undated document cannot be placed before or after
        (("approved", "undated-report"), ("pending approval by the Senate", "final-2022")),
    ],
)
def test_progress_other_bodies_and_undated_statuses_are_not(statuses):
    b = with_statuses(*statuses, dates={"final-2022": "2022-07-19"})
    assert found(b, "status (went backwards)") == []


def test_severity_of_dates_funders_figures_and_statuses():
    assert severity(Conflict("n", "x", "onDate", [{"value": "2021-10-21"}, {"value": "2021-11-30"}])) == "high"
    assert severity(Conflict("n", "x", "funder", [{"value": "A"}, {"value": "B"}])) == "high"
    assert severity(Conflict("n", "x", "numericValue", [{"value": 49161}, {"value": 43158}])) == "medium"
    assert severity(Conflict("n", "x", "numericValue", [{"value": 2200000}, {"value": 2400000}])) == "low"
    assert (
        severity(Conflict("n", "x", "status (went backwards)", [{"value": "approved"}, {"value": "pending"}])) == "low"
    )


# -- names, plans, durations, explanations (invented documents of a Lesotho programme) -------------

from gapgraph.loaders import names as written_names  # noqa: E402
from gapgraph.loaders import plans  # noqa: E402
from gapgraph.loaders.observations import add_observation  # noqa: E402

MINISTRY = node_iri("GovernmentBody", "ministry-of-labour-lesotho")


def named_in(
    docs: dict[str, list[str]], names: list[str], cls: str = "GovernmentBody", node: str = MINISTRY
) -> Builder:
    """A body known by ``names`` (the first its name), cited at every line of every document."""
    b = Builder()
    b.kg.add_node(node, cls, names[0], Source(doc="reg", lines=(1, 1)), aliases=names[1:])
    documents = []
    for doc_id, lines in docs.items():
        for number in range(1, len(lines) + 1):
            b.kg.add_node(node, cls, names[0], Source(doc=doc_id, lines=(number, number)))
        documents.append(Document(doc_id, FINAL, f"{doc_id}.txt", lines, {}))
    written_names.load(b, documents)
    return b


def test_one_body_named_differently_by_two_documents_is_flagged():
    b = named_in(
        {
            "ar": ["Training was given by the Ministry of Labour and Social Protection (MoLSP)."],
            "fr": ["Federal government: Ministry of Labor and Employment (MoLSP)."],
        },
        ["Ministry of Labour and Social Protection", "MoLSP", "Ministry of Labor and Employment"],
    )
    [named] = found(b, "name")
    assert {v["value"]: v["sources"][0]["doc"] for v in named.values} == {
        "Ministry of Labour and Social Protection": "ar",
        "Ministry of Labor and Employment": "fr",
    }
    assert named.severity == "low"


def test_acronyms_translations_spellings_and_qualifiers_are_variants():
    b = named_in(
        {
            "ar": ["The MoLSP and the Ministry of Labour and Social Protection of Lesotho met."],
            "fr": ["the ministry of labor and social protection (Ministerio de Trabajo y Protección Social)."],
            "pr": ["Secretariat of Labor and Social Protection; MoLSP."],
        },
        [
            "Ministry of Labour and Social Protection",
            "MoLSP",
            "Ministry of Labour and Social Protection of Lesotho",
            "Ministerio de Trabajo y Protección Social",
            "Secretariat of Labor and Social Protection",
        ],
    )
    assert found(b, "name") == []


def test_a_regulation_whose_number_is_printed_differently():
    node = node_iri("Regulation", "mol-order-12")
    b = named_in(
        {"ar": ["Order MOL/2021/110-B set the rules."], "fr": ["Order MOL/2021/11 O-B (the pilot's rules)."]},
        ["Order MOL/2021/110-B", "Order MOL/2021/11 O-B", "the pilot's rules"],
        cls="Regulation",
        node=node,
    )
    [named] = found(b, "name")
    assert {v["sources"][0]["doc"] for v in named.values} == {"ar", "fr"}


REPORT = node_iri("KnowledgeProduct", "wool-value-chain-study")


def planned(*docs: tuple[str, list[str]], date: tuple[str, str] | None = None) -> Builder:
    b = Builder()
    b.kg.add_node(REPORT, "KnowledgeProduct", "Study of the wool value chain", Source(doc="reg", lines=(1, 1)))
    b.register(REPORT, "study of the wool value chain")
    if date:
        b.kg.add_claim(REPORT, "date", date[0], Source(doc=date[1], lines=(9, 9)))
    for doc_id, lines in docs:
        plans.load(b, Document(doc_id, ANNUAL, f"{doc_id}.txt", lines, {}))
    return b


def test_a_planned_date_that_slipped_is_flagged_and_one_kept_is_not():
    line = "- A study of the wool value chain is being prepared and will be concluded in March 2022."
    b = planned(("ar", [line]), date=("2022-09", "fr"))
    [late] = [c for c in conflicts(b.kg, across_documents=False) if "slipped" in c.attribute]
    assert [(v["value"], v["sources"][0]["doc"]) for v in late.values] == [("2022-03", "ar"), ("2022-09", "fr")]
    assert late.severity == "low"
    assert conflicts(planned(("ar", [line]), date=("2022-03-30", "fr")).kg, across_documents=False) == []


def test_a_law_approved_after_its_deadline_slipped():
    b = Builder()
    law = node_iri("LawInitiative", "wool-workers-pension-bill")
    b.kg.add_node(law, "LawInitiative", "Wool workers pension bill", Source(doc="reg", lines=(1, 1)))
    b.kg.add_claim(law, "status", "approved by the Senate (June 2023)", Source(doc="fr", lines=(4, 4)))
    line = "Parliament, which is obliged to pass the pension bill no later than January 2022, met twice."
    plans.load(b, Document("ar", ANNUAL, "ar.txt", [line], {}))
    [late] = [c for c in conflicts(b.kg, across_documents=False) if "slipped" in c.attribute]
    assert [v["value"] for v in late.values] == ["2022-01", "approved by the Senate (June 2023)"]
    assert late.severity == "medium"


def test_a_programme_extended_beyond_its_planned_end():
    b = Builder()
    b.kg.add_node(PROGRAMME, "Programme", "Harvest rights for rural women", Source(doc="reg", lines=(1, 1)))
    b.kg.add_claim(PROGRAMME, "endDate", "2023-03", Source(doc="ar", lines=(19, 19)))
    b.kg.add_claim(PROGRAMME, "actualEndDate", "2023-09-30", Source(doc="fr", lines=(21, 21)))
    [late] = [c for c in conflicts(b.kg) if "slipped" in c.attribute]
    assert late.severity == "medium" and late.documents() == {"ar", "fr"}


def dated_programme(said: str) -> Builder:
    b = built(("pr", "press-release", {}, [said]))
    b.kg.add_claim(PROGRAMME, "startDate", "2021-03-01", Source(doc="fr", lines=(19, 19)))
    b.kg.add_claim(PROGRAMME, "actualEndDate", "2023-08-31", Source(doc="fr", lines=(21, 21)))
    return b


def test_a_stated_duration_its_dates_contradict_and_one_they_round_to():
    [duration] = found(dated_programme("The project lasted two years in four districts."), "duration")
    assert [v["sources"][0]["doc"] for v in duration.values] == ["pr", "fr"]
    assert duration.values[1]["value"].startswith("30 months")
    assert found(dated_programme("The programme lasted 30 months."), "duration") == []


INDICATOR = node_iri("Indicator", "people-trained-on-pensions")


def with_result(result: int, explanation: str, statement: str = "Number of people trained on pensions") -> Builder:
    b = Builder()
    b.kg.add_node(INDICATOR, "Indicator", statement, Source(doc="ar", lines=(40, 40)))
    add_observation(
        b.kg,
        INDICATOR,
        Source(doc="ar", lines=(40, 40)),
        key=("people-trained", "result", "2021"),
        name=f"{statement}: result 2021",
        printed=str(result),
        kind="result",
        period="2021",
        explanation=explanation,
    )
    return b


def test_a_result_its_explanation_does_not_add_up_to():
    b = with_result(
        310, "Besides the 10 officials counted above, 200 shearers attended, and 150 people in Leribe were trained."
    )
    [sums] = found(b, "result against its explanation")
    assert [v["value"] for v in sums.values] == [310, "10 + 200 + 150 = 360 (the explanation)"]
    assert sums.severity == "medium"


@pytest.mark.parametrize(
    "explanation",
    [
        "Besides the 10 officials counted above, 200 shearers attended and 100 people in Leribe were trained.",
        "310 people were trained, of which 200 women.",
        "Trainings in four districts, with the help of two agencies.",
    ],
)
def test_explanations_that_add_up_or_break_the_total_down_are_not(explanation):
    assert found(with_result(310, explanation), "result against its explanation") == []


def test_an_annual_report_calling_a_reform_approved_then_a_final_report_pending():
    b = with_statuses(
        ("approved", "report-2021"),
        ("pending approval by the Senate", "final-2022"),
        dates={"final-2022": "2022-07-19"},
    )
    b.kg.add_node(
        doc_iri("report-2021"),
        "SourceDocument",
        "r",
        Source(doc="report-2021", lines=(1, 9)),
        attributes={"period": "2021"},
    )
    [back] = found(b, "status (went backwards)")
    assert back.documents() == {"report-2021", "final-2022"}


def test_a_count_its_enumeration_lists_otherwise_and_one_it_matches():
    def enumerated(result: int, explanation: str) -> Builder:
        b = with_result(result, explanation, statement="Number of studies drafted")
        for district in ("Maseru", "Leribe", "Berea"):
            b.kg.add_node(node_iri("State", district), "State", district, Source(doc="reg", lines=(1, 1)))
        return b

    listing = "Includes the diagnostics of Maseru (published), Leribe, Berea. And the study of the pension pilot."
    [count] = found(enumerated(5, listing), "result against its explanation")
    assert [v["value"] for v in count.values] == [5, "4 items listed (the explanation)"]
    assert count.severity == "low"
    assert found(enumerated(4, listing), "result against its explanation") == []
    both = "Includes the diagnostics of Maseru, Leribe and Berea. The pilot study and the inspection report."
    assert found(enumerated(5, both), "result against its explanation") == []
    assert found(enumerated(5, "Includes the campaign made with the ministry."), "result against its explanation") == []


def test_a_course_titled_two_ways_is_one_course_with_two_titles():
    from gapgraph.loaders import courses

    b = Builder()
    lines = [
        "- Nine officials took the on-line course on *Pensions, Wool and Gender*, from March 2022.",
        "Output 2.1 indicator\t0\t3\t9\tOfficials participated in the on-line course on Pensions, gender and wool, "
        "developed with the ILO.",
        "- Three took the course *Pensions, Wool and Gender* again.",
    ]
    doc = Document("ar", ANNUAL, "ar.txt", lines, {})
    courses.load(b, doc)
    written_names.load(b, [doc])
    [course] = [n for n, _ in b.kg.nodes("Training")]
    [titled] = found(b, "name")
    assert titled.node == course
    assert [(v["value"], [s["lines"][0] for s in v["sources"]]) for v in titled.values] == [
        ("Pensions, Wool and Gender", [1, 3]),
        ("Pensions, gender and wool", [2]),
    ]


def test_a_programme_given_another_title_after_its_short_name():
    b = Builder()
    b.kg.add_node(
        PROGRAMME,
        "Programme",
        "Harvest rights: pensions for rural women in Lesotho",
        Source(doc="reg", lines=(1, 1)),
        aliases=["Harvest rights"],
    )
    b.register(PROGRAMME, "Harvest rights")
    b.kg.add_node(PROGRAMME, "Programme", "Harvest rights", Source(doc="fr", lines=(1, 1)))
    docs = [
        Document("fr", FINAL, "fr.txt", ["Harvest rights: pensions for rural women in Lesotho - Final report"], {}),
        Document(
            "rr",
            "unct-results-report",
            "rr.txt",
            ["the joint programme Harvest rights: wool workers' pensions, financed by the Fund."],
            {},
        ),
        Document(
            "pr",
            "press-release",
            "pr.txt",
            ["The programme Harvest rights: Pensions for Rural Women in Lesotho ended."],
            {},
        ),
    ]
    written_names.load(b, docs)
    [titled] = found(b, "name")
    assert {v["sources"][0]["doc"]: v["value"] for v in titled.values} == {
        "fr": "Harvest rights: pensions for rural women in Lesotho",
        "rr": "Harvest rights: wool workers' pensions",
    }


def test_a_renamed_body_a_document_names_both_ways_at_once_is_not_a_disagreement():
    b = named_in(
        {
            "ar": [
                "The Ministry of Gender Equality, formerly the Ministry of Women's Affairs, led the round-table.",
                "The Ministry of Gender Equality joined.",
            ],
            "fr": ["State partners: Ministry of Women's Affairs."],
        },
        ["Ministry of Gender Equality", "Ministry of Women's Affairs"],
    )
    assert found(b, "name") == []


def _funded(*statements: tuple[str, int, list[str]]) -> list[Conflict]:
    """A programme whose ``funds`` edges are these (document, line, funders named there)."""
    from gapgraph.graph.knowledge_graph import KnowledgeGraph

    kg = KnowledgeGraph()
    kg.add_node(PROGRAMME, "Programme", "Harvest rights", Source(doc="reg", lines=(1, 1)))
    for doc, line, names in statements:
        for name in names:
            funder = kg.add_node(node_iri("Donor", name), "Donor", name, Source(doc=doc, lines=(line, line)))
            kg.add_edge(funder, "funds", PROGRAMME, Source(doc=doc, lines=(line, line)))
    return [c for c in conflicts(kg, across_documents=False) if c.attribute == "funder"]


def test_two_lines_of_one_document_naming_different_funders_are_a_conflict():
    [funder] = _funded(("rr", 12, ["Lesotho Trust"]), ("rr", 80, ["Wool Fund"]))
    assert {v["value"]: v["sources"][0]["lines"] for v in funder.values} == {
        "Lesotho Trust": [12, 12],
        "Wool Fund": [80, 80],
    }


def test_a_line_naming_both_funders_reconciles_the_others():
    assert (
        _funded(("rr", 12, ["Lesotho Trust"]), ("rr", 80, ["Wool Fund"]), ("fr", 3, ["Wool Fund", "Lesotho Trust"]))
        == []
    )
    assert _funded(("rr", 12, ["Wool Fund"]), ("fr", 3, ["Wool Fund"])) == []


def test_a_product_dated_over_two_months_by_one_report_and_one_month_by_another_is_a_low_conflict():
    from gapgraph.loaders.jsdgf import annex

    b = Builder()
    programme = b.kg.add_node(
        node_iri("Programme", "Grants for carers in Lesotho"), "Programme", "Grants", b.source("r", 1)
    )
    header = "Title of the document\tDate when finalized (MM/YY)\tBrief description of the document"
    for doc_id, date in (("lso-2021", "October and November 2021"), ("lso-final", "November 2021"), ("lso-x", "")):
        lines = [
            "Annex 2: Strategic documents",
            header,
            f"Guide on child grants for herders\t{date}\tA guide.",
            "Annex 3",
        ]
        annex.load(b, Document(id=doc_id, kind="k", path=f"{doc_id}.txt", lines=lines), programme)
    [conflict] = [c for c in conflicts(b.kg) if c.attribute == "date"]
    assert {(v["value"], v["sources"][0]["doc"]) for v in conflict.values} == {
        ("2021-10/2021-11", "lso-2021"),
        ("2021-11", "lso-final"),
    }
    assert severity(conflict) == "low", "one date within the other's months: a difference of precision"
    later = Conflict("n", "x", "date", [{"value": "2021-10/2021-11"}, {"value": "2022-02"}])
    assert severity(later) == "high"


def test_an_adoption_dated_twice_by_the_sentences_that_state_it_is_a_conflict():
    """Active ("the Cabinet adopted X on ...") and passive ("X was adopted by the Cabinet on ...")
    statements date the same step; two dates are a contradiction, each with its line."""
    from gapgraph.loaders import attribution
    from gapgraph.queries.conflicts import conflicts
    from tests.synthetic import doc_of, known

    b = Builder()
    known(b, "GovernmentBody", "Cabinet of Lesotho", key="cabinet")
    b.register(node_iri("GovernmentBody", "cabinet"), "Cabinet")
    decree = known(b, "Regulation", "Decree No. 12 on the Child Grant Scheme", key="decree-12")
    b.register(decree, "Decree No. 12")
    doc = doc_of(
        "Decree No. 12 was adopted by the Cabinet on 17 June 2022, after a long review.",
        "The Cabinet adopted Decree No. 12 on 26 August 2022, after a review led by the Ministry.",
    )
    attribution.load(b, doc)
    (edge,) = [d for u, v, _, d in b.kg.edges("adopts") if v == decree]
    assert sorted(c["value"] for c in edge["attributes"]["onDate"]) == ["2022-06-17", "2022-08-26"]
    dated = [c for c in conflicts(b.kg, across_documents=False) if c.attribute == "onDate"]
    assert len(dated) == 1 and {v["value"] for v in dated[0].values} == {"2022-06-17", "2022-08-26"}


def test_one_step_of_a_law_dated_twice_by_its_statuses_is_a_high_conflict_other_steps_are_not():
    from gapgraph.graph.knowledge_graph import KnowledgeGraph
    from gapgraph.queries.conflicts import statuses_redated

    kg = KnowledgeGraph()
    bill = kg.add_node(node_iri("LawInitiative", "care"), "LawInitiative", "Care Bill", Source(doc="a", lines=(1, 1)))
    for line, status in (
        (3, "presented to the National Assembly (8 March 2021)"),
        (9, "presented to the National Assembly (17 May 2021)"),
        (12, "presented to the National Assembly (March 2021)"),
        (20, "approved by the Senate (June 2021)"),
        (21, "approved by the Assembly (May 2021)"),
        (25, "deposited (July 2020)"),
        (26, "in force from July 2021"),
        (30, "pending approval (2022)"),
    ):
        kg.add_claim(bill, "status", status, Source(doc="a", lines=(line, line)))
    (found,) = statuses_redated(kg)
    assert found.attribute == "status date (presented)" and severity(found) == "high"
    lines = {v["value"]: [s["lines"][0] for s in v["sources"]] for v in found.values}
    assert lines == {
        "presented to the National Assembly (8 March 2021)": [3],
        "presented to the National Assembly (March 2021)": [12],
        "presented to the National Assembly (17 May 2021)": [9],
    }, "two bodies' approvals, a deposit and an entry into force, a waiting status: no conflict"


def test_an_explanation_that_counts_staff_adds_up_to_its_result():
    from gapgraph.queries.explanations import PEOPLE, counts

    text = "86 labour inspectors, 45 MIES technical staff and 38 municipal officials were trained"
    assert sum(counts(text, PEOPLE)) == 169
