"""The results chain on invented text of another programme (Lesotho): what counts under which output,
outcome, Fund result or SDG target, what contributed to what, the framing sections' alignment and
target groups, and which SDG targets a template question says the programme focused on or
contributed to."""

from __future__ import annotations

import shutil
from pathlib import Path

from gapgraph.graph.ids import node_iri, sdg_target_iri
from gapgraph.loaders import chain, money, narrative, purpose
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.jsdgf import framing, results
from gapgraph.loaders.observations import thing_key
from gapgraph.loaders.pipeline import build
from tests.synthetic import edge_names

PROGRAMME_NAME = "Grants for all: social protection for informal workers in Lesotho"
OTHER = Path(__file__).parent / "data" / "other-programme"


def invented(*lines: str) -> tuple[Builder, Document, str]:
    """A builder that knows an invented Lesotho programme, its results, its Fund and a few things."""
    b = Builder()
    src = b.source("reg", 1)
    kg = b.kg
    programme = kg.add_node(node_iri("Programme", PROGRAMME_NAME), "Programme", PROGRAMME_NAME, src, ["Grants for all"])
    b.register(programme, "Grants for all")
    fund = kg.add_node(node_iri("Fund", "joint-sdg-fund"), "Fund", "Joint SDG Fund", src)
    b.register(fund, "Joint SDG Fund")
    kg.add_edge(fund, "funds", programme, src)
    prefix = thing_key(PROGRAMME_NAME)
    for cls, code in (("Outcome", "Outcome 1"), ("Output", "Output 1.1"), ("Output", "Output 1.2")):
        node = kg.add_node(node_iri(cls, prefix, code), cls, f"{code}: a result", src, attributes={"code": code})
        kg.add_edge(node, "partOf", programme, src)
    for kind, number in (("Outcome", "1"), ("Output", "3")):
        code = f"Global {kind} {number}"
        node = kg.add_node(node_iri(kind, "joint-sdg-fund", code), kind, f"Joint SDG Fund {code}", src)
        kg.add_edge(node, "partOf", fund, src)
    for cls, name in (
        ("KnowledgeProduct", "Diagnostic of informal workers in Maseru"),
        ("KnowledgeProduct", "Study on the costs of a child grant in Lesotho"),
        ("Pilot", "Child grant pilot in Maseru"),
        ("LawInitiative", "Social Protection Bill"),
        ("Strategy", "National Social Protection Strategy"),
        ("Convention", "ILO Convention 102"),
        ("Policy", "Lesotho Development Framework"),
    ):
        node = kg.add_node(node_iri(cls, name), cls, name, src)
        b.register(node, name)
    return b, Document(id="lso", kind="k", path="lso.txt", lines=list(lines)), programme


def contributions(b: Builder) -> set[tuple[str, str]]:
    return {(b.kg.node(u)["name"], b.kg.node(v)["name"].split(":")[0]) for u, v, _, _ in b.kg.edges("contributesTo")}


def test_the_funds_results_sections_count_what_they_name():
    b, doc, _ = invented(
        "Contribution to Joint SDG Fund Outcome 1 (as per targets set by the JP)",
        "- The programme developed the Social Protection Bill and the child grant pilot in Maseru.",
        "",
        "Global Output 3: Integrated policy solutions implemented",
        "3.1 Did your Joint Programme contribute to integrated solutions?",
        "Yes",
        "Explain briefly: the Study on the costs of a child grant in Lesotho was validated.",
        "",
        "JP Outputs and Outcomes",
        "- The National Social Protection Strategy was adopted.",
    )
    chain.load(b, doc, node_iri("Programme", PROGRAMME_NAME))
    assert contributions(b) == {
        (PROGRAMME_NAME, "Joint SDG Fund Global Outcome 1"),
        ("Social Protection Bill", "Joint SDG Fund Global Outcome 1"),
        ("Child grant pilot in Maseru", "Joint SDG Fund Global Outcome 1"),
        ("Study on the costs of a child grant in Lesotho", "Joint SDG Fund Global Output 3"),
        (PROGRAMME_NAME, "Joint SDG Fund Global Output 3"),
    }, "the Fund's numbered question is no programme output, the next heading ends the section"


def test_under_an_output_a_convention_a_complement_and_a_quoted_target_do_not_count():
    b, doc, _ = invented(
        "Output 1.1. Social protection floor drafted.",
        "- Technical assistance to apply ILO Convention 102, and the pilot of the National Social Protection Strategy.",
        "- *By the end of year 1, the programme will have promoted the Social Protection Bill:* the Diagnostic of "
        "informal workers in Maseru was published.",
    )
    chain.load(b, doc, node_iri("Programme", PROGRAMME_NAME))
    assert contributions(b) == {("Diagnostic of informal workers in Maseru", "Output 1.1")}


def test_contributed_to_sentences():
    b, _, programme = invented()
    source = b.source("lso", 7)
    chain.contribution(
        b,
        "The JP contributed to the development of the Social Protection Bill and the Lesotho Development "
        "Framework through the Study on the costs of a child grant in Lesotho.",
        source,
        programme,
    )
    chain.contribution(
        b, "The Diagnostic of informal workers in Maseru contributed to the Social Protection Bill.", source, programme
    )
    chain.contribution(b, "The JP will contribute to the National Social Protection Strategy.", source, programme)
    chain.contribution(b, "Grants for all contributes to the Lesotho Development Framework", source, programme)
    chain.contribution(
        b, '"This work will help", said M. Thabo, Lesotho Development Framework adviser.', source, programme
    )
    assert contributions(b) == {
        (PROGRAMME_NAME, "Social Protection Bill"),
        (PROGRAMME_NAME, "Lesotho Development Framework"),
        ("Diagnostic of informal workers in Maseru", "Social Protection Bill"),
    }, "the means (through ...) and planned work (will contribute) give nothing"


def test_a_product_made_to_support_the_application_of_a_convention_contributes_to_it():
    b, _, programme = invented()
    source = b.source("lso", 7)
    chain.contribution(
        b,
        "- Preparing a study requested by the Senate on the costs of a child grant in Lesotho, to support the "
        "application of ILO Convention 102.",
        source,
        programme,
    )
    chain.contribution(
        b,
        "The Diagnostic of informal workers in Maseru will be drafted, to support the implementation of the "
        "Social Protection Bill.",
        source,
        programme,
    )
    assert contributions(b) == {("Study on the costs of a child grant in Lesotho", "ILO Convention 102")}, (
        "a planned product supports nothing yet"
    )


def test_support_for_the_design_of_and_promoting_the_establishment_of_are_contributions():
    b, _, programme = invented()
    source = b.source("lso", 8)
    chain.contribution(
        b, "The JP provided support for the design of a National Social Protection Strategy.", source, programme
    )
    chain.contribution(
        b, "UNICEF, within the JP, promotes the establishment of the Social Protection Bill.", source, programme
    )
    chain.contribution(b, "The JP provided support to the Social Protection Bill drafting team.", source, programme)
    assert contributions(b) == {
        (PROGRAMME_NAME, "National Social Protection Strategy"),
        (PROGRAMME_NAME, "Social Protection Bill"),
    }


def test_a_footnote_between_bullets_keeps_the_targets_list():
    b, doc, programme = invented(
        "Target 1.3. Implement nationally appropriate social protection systems",
        "- The Social Protection Bill was drafted.",
        "⁴ https://www.gov.ls/bill",
        "- The child grant pilot in Maseru reached 2,000 households.",
        "Policy integration",
        "- The Lesotho Development Framework was revised.",
    )
    b.kg.add_node(sdg_target_iri("1.3"), "SDGTarget", "SDG target 1.3", b.source("reg", 1))  # no base registry here
    narrative.load(b, doc, programme)
    got = {(u, v) for u, v in contributions(b) if v.startswith("SDG target")}
    assert got == {("Social Protection Bill", "SDG target 1.3"), ("Child grant pilot in Maseru", "SDG target 1.3")}


def annex_doc(*rows: str, heading: str = "Strategic documents developed or adapted by JP") -> Document:
    """An invented report's strategic-documents annex: a heading, then the table's header and rows."""
    lines = ["Annex 2: Strategic documents", heading, *rows, "Annex 3"]
    return Document(id="lso", kind="k", path="lso.txt", lines=lines)


def test_purpose_sentences_give_target_groups():
    b, _, programme = invented()
    source = b.source("lso", 3)
    purpose.read(
        b,
        "The purpose of the JP is to increase Basotho women's access to social protection, particularly those in "
        "informal trade and seasonal farm work at national level.",
        source,
        programme,
    )
    purpose.read(
        b, "The objective was to reach workers, especially those such as street vendors and miners.", source, programme
    )
    purpose.read(b, "The JP reached women, particularly those in textile factories.", source, programme)  # no purpose
    groups = {b.kg.node(v)["name"] for v in b.kg.out(programme, "targets")}
    assert groups == {"women in informal trade", "women in seasonal farm work", "street vendors", "miners"}


def test_framing_alignment_italic_results_listed_instruments_and_acronym_aliases():
    b, doc, programme = invented(
        '- The JP aligns to the Expected Result *"Informal workers are covered by social insurance"*, by '
        "generating evidence.",
        "- The JP is also aligned with the second pillar of the recovery plan on *Jobs and incomes for informal "
        "workers*.",
        "- Technical assistance is based on social security recommendations included in the CEDAW General "
        "Recommendation 34 on the rights of rural women; the Concluding Observations on Lesotho of the CEDAW in "
        "2018 and ILO Convention 102.",
        "- The JP is aligned with the UNSD Cooperation Framework and the Lesotho Development Framework.",
    )
    name = "United Nations Sustainable Development Cooperation Framework for Lesotho 2019-2023"
    framework = b.kg.add_node(
        node_iri("Programme", name), "Programme", name, b.source("reg", 1), ["Cooperation Framework"]
    )
    b.register(framework, "Cooperation Framework")
    framing.load(b, doc, programme)
    b.finish()
    aligned = {b.kg.node(v)["name"]: b.kg.node(v)["type"] for v in b.kg.out(programme, "alignedWith")}
    assert aligned == {
        "Informal workers are covered by social insurance": "Outcome",
        "Jobs and incomes for informal workers": "Policy",
        "CEDAW General Recommendation 34 on the rights of rural women": "LegalInstrument",
        "Concluding Observations on Lesotho of the CEDAW": "LegalInstrument",
        "ILO Convention 102": "Convention",
        "Lesotho Development Framework": "Policy",
        name: "Programme",
    }
    assert {"UNSD Cooperation Framework", "UNSDCF"} <= set(b.kg.node(framework)["aliases"])
    assert b.kg.node(node_iri("Policy", "Lesotho Development Framework"))["aliases"] == []


def test_the_template_question_decides_aligned_or_contributing(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(OTHER, corpus)
    report = corpus / "paraguay-final.txt"
    lines = report.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("SDG: Target 10.2"))
    lines.insert(at, "Select up to 3 SDG indicators that your Joint Programme primarily contributed to")
    lines.insert(at + 1, "")
    report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    kg = build(corpus, registries=[]).kg
    jp = node_iri("Programme", "Care that counts: social protection for older persons in Paraguay")
    aligned = {kg.node(t)["name"] for t in kg.out(jp, "alignedWith") if kg.is_a(t, "SDGTarget")}
    contributed = {kg.node(t)["name"] for t in kg.out(jp, "contributesTo") if kg.is_a(t, "SDGTarget")}
    assert aligned == {"SDG target 1.3"}, "no question above: aligned, as before"
    assert contributed == {"SDG target 10.2"}


def test_a_contribution_of_work_is_no_funding():
    b, _, _ = invented()
    source = b.source("lso", 9)
    jp = b.kg.add_node(node_iri("Actor", "JP"), "Actor", "Joint Programme", source, ["JP"])  # an acronym table's
    b.register(jp, "JP")
    money.read(b, "The JP contributed to the development of the Social Protection Bill.", source)
    money.read(b, "The Embassy of Ireland contributed $50,000 USD to the child grant pilot in Maseru.", source)
    other = [(u, v) for u, v, _, d in b.kg.edges("funds") if d["attributes"].get("fundingKind")]
    assert [(b.kg.node(u)["name"], b.kg.node(v)["name"]) for u, v in other] == [
        ("Embassy of Ireland", "Child grant pilot in Maseru")
    ], "only the sentence that prints an amount"


def test_focus_places_come_from_the_programmes_own_clause_item_by_item():
    """The focus list is read item by item (a place whose name holds another's, "Maseru City"), and
    only where the clause names the programme: another thing's places are not the programme's."""
    b, doc, programme = invented(
        "The overall purpose of the JP is to reach informal workers, with a special focus in the districts of "
        "Leribe, Maseru City, Mafeteng and the District of Berea.",
        "- The diagnostics of informal workers in the districts of Quthing and Mokhotlong, based on field work.",
        "This implied adjustments in the work with the target population in the districts of Thaba-Tseka.",
    )
    for place in (
        "Leribe",
        "Maseru City",
        "Maseru",
        "Mafeteng",
        "District of Berea",
        "Quthing",
        "Mokhotlong",
        "Thaba-Tseka",
    ):
        b.add_place_name(place, b.kg.add_node(node_iri("State", place), "State", place, b.source("reg", 1)))
    framing.load(b, doc, programme)
    placed = {b.kg.node(p)["name"] for p in b.kg.out(programme, "locatedIn")}
    assert placed == {"Leribe", "Maseru City", "Mafeteng", "District of Berea"}


def test_a_variance_explanation_counts_what_is_listed_only_further_on():
    """The results table comes before the annex that lists the products it counts: the explanation is
    read once the build is done, so a product known only later still counts under the output."""
    b, doc, programme = invented(
        "Result / Indicators\tBaseline\tExpected 2021 target\t2021 Result\tReasons for variance from planned target",
        "Output 1.1 Informal workers registered\t\t\t\t",
        "Output 1.1 indicator Number of knowledge products drafted\t0\t2\t2\tIncludes the situational "
        "diagnostics for Leribe and Mafeteng.",
    )
    results.load(b, doc, programme)
    for place in ("Leribe", "Mafeteng"):  # the annex further on lists them
        b.add_place_name(place, b.kg.add_node(node_iri("State", place), "State", place, b.source("reg", 1)))
        name = f"Situational diagnostic of street vendors in {place}"
        product = b.kg.add_node(node_iri("KnowledgeProduct", name), "KnowledgeProduct", name, b.source("lso", 9))
        b.register(product, name)
    b.finish()
    counted = {(u, v) for u, v in contributions(b) if v == "Output 1.1"}
    assert counted == {
        ("Situational diagnostic of street vendors in Leribe", "Output 1.1"),
        ("Situational diagnostic of street vendors in Mafeteng", "Output 1.1"),
    }


def test_what_a_thing_is_about_does_not_count_under_the_output():
    """ "the pilot for the implementation of the Strategy", "a reform for the creation of the Bill":
    the pilot and the reform count, not what they are about; "a proposal for a Bill" is the bill."""
    b, doc, programme = invented(
        "Output 1.1. Informal workers registered",
        "- Progress was made on the child grant pilot for the implementation of the National Social Protection "
        "Strategy.",
        "Output 1.2. Grants designed",
        "- A proposal for a Social Protection Bill was presented.",
    )
    chain.load(b, doc, programme)
    assert contributions(b) == {
        ("Child grant pilot in Maseru", "Output 1.1"),
        ("Social Protection Bill", "Output 1.2"),
    }


def test_what_the_work_starts_from_does_not_count_under_the_output():
    """ "A workshop will begin using as a baseline the study": the study is an input, not a result."""
    b, doc, programme = invented(
        "Output 1.1. Informal workers registered",
        "- A workshop for labour officers will begin using as a baseline the Study on the costs of a child grant in "
        "Lesotho.",
        "- Harnessing the results of the Diagnostic of informal workers in Maseru, the child grant pilot in Maseru "
        "was extended.",
    )
    chain.load(b, doc, programme)
    assert contributions(b) == {("Child grant pilot in Maseru", "Output 1.1")}


def test_a_plural_name_two_places_things_share_counts_both():
    """ "the district round-tables on grants", a name each district's round-table holds within its
    district: both count under the output; a singular shared name decides nothing."""
    b, doc, programme = invented(
        "Output 1.1. Informal workers registered",
        "- 30 institutions take part in the district round-tables on grants.",
        "Output 1.2. Grants designed",
        "- The district round-table on grants met twice.",
    )
    for district in ("maseru", "leribe"):
        name = f"District round-table on grants in {district.capitalize()}"
        node = b.kg.add_node(node_iri("Mechanism", name), "Mechanism", name, b.source("reg", 1))
        for alias in ("district round-tables on grants", "district round-table on grants"):
            b.register(node, alias, scope=district)
    chain.load(b, doc, programme)
    assert contributions(b) == {
        ("District round-table on grants in Maseru", "Output 1.1"),
        ("District round-table on grants in Leribe", "Output 1.1"),
    }


def test_a_generic_predicate_is_no_reference():
    """ "X will be the first study of its kind": says what X is, names no known study."""
    b, doc, programme = invented(
        "Output 1.1. Informal workers registered",
        "- The child grant pilot in Maseru will be the first study of costs of its kind in Lesotho.",
    )
    chain.load(b, doc, programme)
    assert contributions(b) == {("Child grant pilot in Maseru", "Output 1.1")}


def test_the_things_a_basis_includes_contribute_to_what_it_is_for():
    """ "The basis for the construction of X, including A and B, which presents C": A and B
    contribute to X; C (what B presents) and a plan ("will be the basis") do not."""
    b, _, programme = invented()
    source = b.source("lso", 9)
    chain.contribution(
        b,
        "2. The basis for the construction of the National Social Protection Strategy, including the Social "
        "Protection Bill and the child grant pilot in Maseru, which presents the Diagnostic of informal workers "
        "in Maseru.",
        source,
        programme,
    )
    chain.contribution(
        b,
        "The Study on the costs of a child grant in Lesotho will be the basis for the Lesotho Development Framework, "
        "including the Social Protection Bill.",
        source,
        programme,
    )
    assert contributions(b) == {
        ("Social Protection Bill", "National Social Protection Strategy"),
        ("Child grant pilot in Maseru", "National Social Protection Strategy"),
    }


def test_under_sdg_acceleration_the_programme_contributes_only_where_a_bullet_says_it_did(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(OTHER, corpus)
    report = corpus / "paraguay-final.txt"
    lines = report.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("SDG: Target 1.3"))
    lines[at:at] = [
        "SDG acceleration",
        "",
        "Target 1.4. Ensure that all men and women have equal rights to economic resources",
        "",
        "- Training on pensions for the JP stakeholders has improved their understanding.",
        "",
        "Target 5.4. Recognize and value unpaid care and domestic work",
        "",
        "- The JP has contributed to the recognition of care work through a national campaign.",
        "",
        "Annex 1",
        "",
    ]
    report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    kg = build(corpus, registries=[]).kg
    jp = node_iri("Programme", "Care that counts: social protection for older persons in Paraguay")
    contributed = {kg.node(t)["name"] for t in kg.out(jp, "contributesTo") if kg.is_a(t, "SDGTarget")}
    assert "SDG target 5.4" in contributed
    assert "SDG target 1.4" not in contributed, "a bullet naming the JP only as a noun's qualifier does not say it did"
    (data,) = [d for v, _, d in kg.out_edges(jp, "contributesTo") if kg.node(v)["name"] == "SDG target 5.4"]
    assert len({s.lines for s in data["sources"]}) == 2, "the target line and the bullet that says so"


def test_recommendations_and_rules_for_a_thing_and_a_relative_clause_do_not_count():
    b, doc, _ = invented(
        "Output 1.1. Social protection floor drafted.",
        "- Recommendations for the Social Protection Bill were issued, and the rules of operation of the "
        "child grant pilot in Maseru were published.",
        "- The Diagnostic of informal workers in Maseru was published, which nourished the National Social "
        "Protection Strategy.",
    )
    chain.load(b, doc, node_iri("Programme", PROGRAMME_NAME))
    assert contributions(b) == {("Diagnostic of informal workers in Maseru", "Output 1.1")}


def test_the_vulnerable_groups_column_of_the_documents_annex_gives_the_groups_each_document_targets():
    from gapgraph.loaders.jsdgf import annex

    b, _, programme = invented()
    doc = annex_doc(
        "Title of the document\tDate when finalized (MM/YY)\tFocus on children (Yes/No)\t"
        "Focus on other group/s (List the group/s)\tFocus on PwDs (Yes/No)",
        "Radio spots in Sesotho on grant enrolment for herders\tMay 2021\tYes\tRural s herders and miners\tNo",
        "Guide on child grants\tJune 2021\tYes\tNo\tNo",
    )
    annex.load(b, doc, programme)
    got = {(b.kg.node(u)["name"], b.kg.node(v)["name"]) for u, v, _, _ in b.kg.edges("targets")}
    assert got == {
        ("Radio spots in Sesotho on grant enrolment for herders", "rural herders"),
        ("Radio spots in Sesotho on grant enrolment for herders", "miners"),
    }, "a Yes/No column names no group; the stray letter of 'Rural s herders' is dropped"


def test_a_documents_title_that_ends_with_the_bodies_it_was_made_with_names_them_as_co_makers():
    from gapgraph.loaders.jsdgf import annex

    b, _, programme = invented()
    src = b.source("reg", 1)
    ministry = b.kg.add_node(node_iri("GovernmentBody", "mol"), "GovernmentBody", "Ministry of Labour", src)
    b.register(ministry, "Ministry of Labour")
    doc = annex_doc(
        "Title of the document\tDate when finalized (MM/YY)\tBrief description of the document",
        "Study on paid care in Maseru together with the Ministry of Labour\tMay 2021\t",
        "Guide on child grants together with its policy brief\tJune 2021\t",
    )
    annex.load(b, doc, programme)
    kg = b.kg
    made = {(kg.node(u)["name"], kg.node(v)["name"]) for u, v, _, _ in kg.edges("developedWith")}
    assert made == {("Study on paid care in Maseru", "Ministry of Labour")}
    study = b.resolve("Study on paid care in Maseru together with the Ministry of Labour")
    assert study is not None and kg.node(study)["name"] == "Study on paid care in Maseru", "the whole title is an alias"
    produced = {kg.node(v)["name"] for v in kg.out(programme, "produces")}
    assert produced == {"Study on paid care in Maseru", "Guide on child grants together with its policy brief"}


def test_the_documents_annex_finds_its_date_column_wherever_the_header_puts_it():
    from gapgraph.loaders.jsdgf import annex

    b, _, programme = invented()
    doc = annex_doc(
        "Title of the document\tDescription (lead and partners)\tDate when finalized (MM/YY)\tFocus (Yes/No)",
        "Mapping of informal herders in Leribe\tConducted by the university\t09/20\tYes",
        "Guide on child grants\tUNICEF with the Ministry\t07/21\tNo",
    )
    annex.load(b, doc, programme)
    dated = {d["name"]: b.kg.value(n, "date") for n, d in b.kg.nodes("KnowledgeProduct") if b.kg.value(n, "date")}
    assert dated == {"Mapping of informal herders in Leribe": "2020-09", "Guide on child grants": "2021-07"}


def test_a_description_cell_that_opens_with_its_maker_names_the_lead_and_the_partners_with_it():
    from gapgraph.loaders.jsdgf import annex

    b, _, programme = invented()
    src = b.source("reg", 1)
    for key, cls, name in (
        ("ilo", "UNAgency", "ILO"),
        ("undp", "UNAgency", "UNDP"),
        ("mol", "GovernmentBody", "Ministry of Labour"),
        ("nssf", "GovernmentBody", "NSSF"),
    ):
        b.register(b.kg.add_node(node_iri(cls, key), cls, name, src), name)
    doc = annex_doc(
        "Title of the document\tDescription (lead and partners)\tDate when finalized (MM/YY)",
        "Legal gap analysis of the Social Security Act\tILO with the Ministry of Labour and the NSSF\t02/21",
        "Mapping of informal herders in Leribe\tConducted by the NSSF with UNDP funding and supervision\t09/20",
        "Guide on child grants\tThis guide was requested by the Ministry of Labour\t07/21",
    )
    annex.load(b, doc, programme)
    assert edge_names(b, "developedWith") == {
        ("Legal gap analysis of the Social Security Act", "Ministry of Labour"),
        ("Legal gap analysis of the Social Security Act", "NSSF"),
    }, "money is no partnership; a sentence opening otherwise names no maker"
    makers = {pair for pair in edge_names(b, "produces") if pair[0] != PROGRAMME_NAME}
    assert makers == {
        ("ILO", "Legal gap analysis of the Social Security Act"),
        ("NSSF", "Mapping of informal herders in Leribe"),
    }


def test_inputs_for_foundations_for_and_this_initiative_are_contributions():
    b, _, programme = invented()
    source = b.source("lso", 10)
    chain.contribution(
        b,
        "1. Inputs for the development of the Social Protection Bill and the National Social Protection "
        "Strategy through technical assistance.",
        source,
        programme,
    )
    chain.contribution(
        b,
        "The Diagnostic of informal workers in Maseru sets the foundations for the creation of the Social "
        "Protection Bill.",
        source,
        programme,
    )
    chain.contribution(
        b, "This initiative also promotes the establishment of the Lesotho Development Framework.", source, programme
    )
    assert contributions(b) == {
        (PROGRAMME_NAME, "Social Protection Bill"),
        (PROGRAMME_NAME, "National Social Protection Strategy"),
        ("Diagnostic of informal workers in Maseru", "Social Protection Bill"),
        (PROGRAMME_NAME, "Lesotho Development Framework"),
    }


def test_a_generic_phrase_is_not_read_as_a_thing_its_capitalised_modifier_does_not_name():
    b, doc, _ = invented(
        "Output 1.1. Social protection floor drafted.",
        "- A Pension Bill proposal was discussed, with care services for the elderly in Maseru.",
        "- The proposal of care services for the elderly was published.",
    )
    name = "Care for the elderly in Maseru: proposal of services and costs"
    b.register(b.kg.add_node(node_iri("KnowledgeProduct", name), "KnowledgeProduct", name, b.source("reg", 1)), name)
    chain.load(b, doc, node_iri("Programme", PROGRAMME_NAME))
    assert contributions(b) == {(name, "Output 1.1")}, "line 3's proposal, not line 2's"
    (data,) = [d for _, _, _, d in b.kg.edges("contributesTo")]
    assert {s.lines[0] for s in data["sources"]} == {1, 3}


def test_a_generic_phrase_is_not_read_as_a_thing_none_of_its_lower_case_modifiers_name():
    """ "A curricular proposal" is no "proposal of services for the elderly" (no modifier in its
    names); "the first proposal" (a modifier that only says which) and "an awareness campaign" (a head
    that says the class) keep their reading."""
    b, doc, _ = invented(
        "Output 1.1. Social protection floor drafted.",
        "- A curricular proposal for the training of carers of the elderly in Maseru was redesigned.",
        "Output 1.2. Grants designed",
        "- The first proposal of care services for the elderly in Maseru was published.",
    )
    name = "Care for the elderly in Maseru: proposal of services and costs"
    b.register(b.kg.add_node(node_iri("KnowledgeProduct", name), "KnowledgeProduct", name, b.source("reg", 1)), name)
    chain.load(b, doc, node_iri("Programme", PROGRAMME_NAME))
    assert contributions(b) == {(name, "Output 1.2")}


def test_the_documentation_of_the_results_and_experiences_of_a_pilot_is_no_pilot_counted():
    b, doc, _ = invented(
        "Output 1.1. Informal workers registered",
        "- The documentation of the results and experiences of the child grant pilot in Maseru has improved "
        "the rules of the grant.",
    )
    chain.load(b, doc, node_iri("Programme", PROGRAMME_NAME))
    assert ("Child grant pilot in Maseru", "Output 1.1") not in contributions(b)


def test_a_plural_head_after_a_preposition_names_a_kind_of_things_not_a_known_one():
    """ "grounds for the development of strategies for tackling poverty": no known strategy counts;
    "the strategies for tackling poverty" may be the known one."""
    b, doc, _ = invented(
        "Output 1.1. Informal workers registered",
        "- The diagnostic has provided grounds for the development of strategies for tackling social protection gaps.",
        "Output 1.2. Grants designed",
        "- The strategies for tackling social protection gaps were approved.",
    )
    chain.load(b, doc, node_iri("Programme", PROGRAMME_NAME))
    assert ("National Social Protection Strategy", "Output 1.1") not in contributions(b)
    assert ("National Social Protection Strategy", "Output 1.2") in contributions(b)


def test_a_generic_head_followed_by_another_is_its_modifier_not_a_thing_counted():
    """ "A pilot proposal has been developed" is a proposal, not the known pilot."""
    b, doc, _ = invented(
        "Output 1.1. Informal workers registered",
        "- A pilot proposal has been developed to link child grants in Maseru to local cooperatives.",
        "Output 1.2. Grants designed",
        "- A pilot of child grants was run in Maseru.",
    )
    chain.load(b, doc, node_iri("Programme", PROGRAMME_NAME))
    assert contributions(b) == {("Child grant pilot in Maseru", "Output 1.2")}


def test_a_documents_row_that_sets_foundations_for_a_thing_and_takes_others_into_account():
    from gapgraph.loaders.jsdgf import annex

    b, _, programme = invented()
    name = "Decree of the Senate reforming the Social Security Act"
    reform = b.kg.add_node(node_iri("ConstitutionalReform", name), "ConstitutionalReform", name, b.source("reg", 1))
    b.register(reform, name)
    doc = annex_doc(
        "Title of the document\tDate when finalized (MM/YY)\tBrief description of the document",
        f"{name}\tMay 2021\tThis reform sets the foundations for the creation of the Social Protection Bill by "
        "stating a right to a grant. It takes into account the study “Towards a National Social Protection "
        "Strategy”, as well as ILO Convention 102.",
        heading="Strategic documents for which the JP provided contribution",
    )
    annex.load(b, doc, programme)
    assert contributions(b) >= {(name, "Social Protection Bill"), ("ILO Convention 102", name)}
    assert ("National Social Protection Strategy", name) not in contributions(b), "a title that only names it"


def test_a_bare_fund_heading_in_the_narrative_relates_its_bullets_things_not_the_programme():
    b, doc, programme = invented(
        "Global Outcome 1: Integrated multi-sectoral policies implemented",
        "- The Social Protection Bill was drafted with the ministry.",
        "",
        "Contribution to Joint SDG Fund Output 3 (as per targets set by the JP)",
        "- The Study on the costs of a child grant in Lesotho was validated.",
    )
    chain.load(b, doc, programme)
    assert contributions(b) == {
        ("Social Protection Bill", "Joint SDG Fund Global Outcome 1"),
        ("Study on the costs of a child grant in Lesotho", "Joint SDG Fund Global Output 3"),
        (PROGRAMME_NAME, "Joint SDG Fund Global Output 3"),
    }


def test_what_work_contributed_to_is_no_thing_counted_under_an_output():
    b, doc, programme = invented(
        "Output 1.1. Social protection floor drafted.",
        "- The Diagnostic of informal workers in Maseru was published, and the JP has contributed to laying the "
        "foundations of the Social Protection Bill.",
        "- Officials know the policies that can contribute to a national social protection bill.",
    )
    chain.load(b, doc, programme)
    assert contributions(b) == {("Diagnostic of informal workers in Maseru", "Output 1.1")}


def test_a_variance_explanation_is_read_sentence_by_sentence():
    """Two generic "on-line course" phrases in one explanation: each is read by its own sentence."""
    b, doc, programme = invented(
        "Result / Indicators\tBaseline\tExpected 2021 target\t2021 Result\tReasons for variance from planned target",
        "Output 1.1 Informal workers registered\t\t\t\t",
        "Output 1.1 indicator Number of institutions trained\t0\t2\t2\tMembers of five ministries took the on-line "
        "course on pensions, gender and care, developed with the regional offices. Three officials attended the "
        "ITC's on-line course on E-learning on pensions: towards inclusive systems.",
    )
    for name in ("Course on pensions, care and gender", "E-learning on pensions: towards inclusive systems"):
        b.register(b.kg.add_node(node_iri("Training", name), "Training", name, b.source("lso", 9)), name)
    results.load(b, doc, programme)
    b.finish()
    counted = {u for u, v in contributions(b) if v == "Output 1.1"}
    assert counted == {"Course on pensions, care and gender", "E-learning on pensions: towards inclusive systems"}


def test_a_thing_focused_on_a_group_targets_it():
    b, _, _ = invented()
    source = b.source("lso", 11)
    purpose.focus(
        b, "The Child grant pilot in Maseru included a component focused on herder women, with a budget.", source
    )
    name = "A two-year program with special focus on mountain youth, including miners"
    b.kg.add_node(node_iri("Activity", name), "Activity", name, source)  # named so by the funding reader
    purpose.focus(
        b, "Norway financed a two-year program with special focus on mountain youth, including miners.", source
    )
    purpose.focus(b, "The ministry focused on herder women.", source)  # no thing before: nothing
    study = "Curricular proposal on herding"
    b.register(b.kg.add_node(node_iri("KnowledgeProduct", study), "KnowledgeProduct", study, source), study)
    purpose.focus(b, "A Curricular proposal on herding, focused on mountain youth, was redesigned.", source)
    got = {(b.kg.node(u)["name"], b.kg.node(v)["name"]) for u, v, _, _ in b.kg.edges("targets")}
    assert got == {("Child grant pilot in Maseru", "herder women"), (name, "mountain youth")}


def test_the_programme_is_aligned_with_the_framework_results_groups_a_sentence_numbers():
    b, doc, programme = invented(
        "- The JP has actively responded to the outcomes agreed on the UNSD Cooperation Framework results groups "
        "1) social inclusion and 2) resilient livelihoods.",
    )
    for number, priority in (("1", "Social inclusion"), ("2", "Resilient livelihoods"), ("3", "Governance")):
        name = f"Results group of Strategic priority {number}: {priority}"
        b.kg.add_node(node_iri("Mechanism", "results-group", number), "Mechanism", name, b.source("lso", 1))
    framing.load(b, doc, programme)
    b.finish()
    aligned = {b.kg.node(v)["name"] for v in b.kg.out(programme, "alignedWith") if b.kg.is_a(v, "Mechanism")}
    assert aligned == {
        "Results group of Strategic priority 1: Social inclusion",
        "Results group of Strategic priority 2: Resilient livelihoods",
    }


def test_what_a_thing_is_a_contribution_of_the_programme_to_does_not_count_under_the_output():
    b, doc, programme = invented(
        "Output 1.1. Social protection floor drafted.",
        "- The Study on the costs of a child grant in Lesotho was published; it is a key contribution of the JP to "
        "the National Social Protection Strategy.",
    )
    chain.load(b, doc, programme)
    assert contributions(b) == {("Study on the costs of a child grant in Lesotho", "Output 1.1")}


def test_bullets_that_only_name_groups_under_a_target_groups_heading_are_targeted():
    b, doc, programme = invented(
        "Target groups",
        "",
        "- Women herders (full-time and seasonal), including migrants from the lowlands",
        "- Home-based workers and own-account workers in the two focus districts",
        "- Provincial and national officials of the Ministry of Social Development and the NSSF",
        "- Articulation with municipal governments to identify good practices",
        "- The programme will reach 2,000 carers through the councils.",
        "",
        "Alignment",
    )
    framing.load(b, doc, programme)
    targeted = {b.kg.node(v)["name"] for v in b.kg.out(programme, "targets")}
    assert targeted == {
        "Women herders",
        "Home-based workers",
        "own-account workers",
        "Provincial and national officials",
    }


def test_bullets_of_an_alignment_section_align_the_programme_with_what_their_first_clause_names():
    from gapgraph.loaders.registry import load_registry, read_registries

    b = Builder()
    for registry in read_registries([]):
        if "ilo-standards" in registry.id:
            load_registry(b, registry, {"lso"})
    src = b.source("reg", 1)
    programme = b.kg.add_node(node_iri("Programme", PROGRAMME_NAME), "Programme", PROGRAMME_NAME, src)
    framework = b.kg.add_node(node_iri("Policy", "ldf"), "Policy", "Lesotho Development Framework", src)
    b.register(framework, "Lesotho Development Framework")
    lines = [
        "Alignment",
        "",
        "- ILO standards: the design followed the Social Protection Floors Recommendation, 2012 (No. 202) and the"
        " Home Work Convention; the legal gap analysis also used the Domestic Workers Convention as a benchmark.",
        "- Development framework: the JP contributed to the Lesotho Development Framework.",
        "",
        "Results",
    ]
    framing.load(b, Document(id="lso", kind="k", path="lso.txt", lines=lines), programme)
    b.finish()
    aligned = {b.kg.node(v)["name"] for v in b.kg.out(programme, "alignedWith")}
    assert aligned == {
        "ILO Social Protection Floors Recommendation, 2012 (No. 202)",
        "ILO Home Work Convention, 1996 (No. 177)",
        "Lesotho Development Framework",
    }
