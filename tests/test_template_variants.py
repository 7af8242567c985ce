"""The Joint SDG Fund template as another programme fills it, read from an invented Philippine annual
report: a results table with a column of its own for indicators, an events table extracted as one
HTML line ticked with "X", provinces ISO lists under their regions, and what the prose says
otherwise than the tables (a count, the launch date, a co-funder's amount): both values, each
cited, for ``gapgraph conflicts``."""

from __future__ import annotations

import pytest

from gapgraph.queries.conflicts import conflicts
from tests.synthetic import built_report

REPORT = [
    "Joint SDG Fund",
    "Joint Programme Annual Progress Report",
    "Country: Philippines",
    "Joint Programme (JP) title: Social protection for farm workers in the Philippines",
    "List of PUNOs: UNICEF (convening) – ILO (ILO Country Office for the Philippines, Manila)",
    "",
    "Budget by recipient organization (USD)",
    "Recipient\tCo-funding\tJoint SDG Fund contribution\tTotal",
    "UNICEF\t100,000\t900,000\t1,000,000",
    "ILO\t50,000\t600,000\t650,000",
    "European Union\t120,000\t-\t120,000",
    "Total\t270,000\t1,500,000\t1,770,000",
    "",
    "Executive summary",
    "The JP was formally launched in Baguio on 30 June 2020.",
    "The JP works in two focus provinces, Ifugao and Benguet, where most farm workers live.",
    "- 1,050 farm workers registered with the social security system in the two focus provinces.",
    "- UNICEF trained 240 barangay health workers of Ifugao on case management.",
    "- The European Union's co-funding of USD 210,000 paid for the registry update.",
    "",
    "Strategic meetings",
    "<table><tr><td>Type of event</td><td>Yes</td><td>No</td><td>Comments</td></tr><tr><td>JP launch event</td>"
    "<td>X</td><td></td><td>Launch in Baguio on 14 July 2020, chaired by the RC.</td></tr></table>",
    "",
    "3. Results as per JP Results Framework (annual)",
    "Level\tIndicator\t2020 result\tBaseline\t2020 target\tReasons for variance from planned target (if any)",
    "Outcome 1: Farm workers are covered by social protection\t\t\t\t\t",
    "Outcome 1\t1.a Number of farm workers registered with the social security system in the focus provinces"
    "\t900\t0\t800\t",
    "Output 1.1: Health workers trained\t\t\t\t\t",
    "Output 1.1\tNumber of barangay health workers trained on case management\t214\t0\t200\t",
    "",
    "Target groups",
    "- persons with disabilities;",
    "- Estimated number of individuals reached in 2020: about 43,000 people indirectly.",
    "",
    "Partnerships",
    "Academia: the Centre for Social Research of the University of Baguio, and Saint Louis College for the "
    "training curriculum.",
    "Private sector: Globe Telecom and Smart Communications, whose platforms were used for the payments.",
    "",
    "Other findings",
    "- The Spanish Agency for International Development Cooperation (AECID) co-funded the registry.",
    "- A gender analysis of social protection was commissioned. The PUNOs report on the JP jointly in the results "
    'group of Pillar 2 "Inclusive human development and social protection".',
]


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return built_report(
        tmp_path_factory.mktemp("philippines"), REPORT, id="ph-2020", kind="jsdgf-annual-progress-report", period="2020"
    )


def _values(kg, attribute: str, name_part: str) -> list[set[tuple[object, int]]]:
    """Each conflict of ``attribute`` whose thing's name holds ``name_part``: its (value, first line) pairs."""
    return [
        {(v["value"], v["sources"][0]["lines"][0]) for v in c.values}
        for c in conflicts(kg, across_documents=False)
        if c.attribute == attribute and name_part in c.name
    ]


def test_a_results_table_with_a_column_for_indicators_gives_its_indicators_and_values(kg):
    indicators = {d["name"] for _, d in kg.nodes("Indicator")}
    assert indicators == {
        "Number of farm workers registered with the social security system in the focus provinces",
        "Number of barangay health workers trained on case management",
    }, "the table's own code ('1.a') is no part of the statement"
    (outcome,) = [d["name"] for _, d in kg.nodes("Outcome")]
    assert outcome.startswith("Outcome 1")


def test_a_count_the_prose_gives_otherwise_than_the_results_table_stands_beside_it(kg):
    assert _values(kg, "numericValue", "farm workers registered") == [{(900, 27), (1050, 17)}]
    assert _values(kg, "numericValue", "barangay health workers") == [{(214, 29), (240, 18)}], "a count after its verb"


def test_an_events_table_in_html_ticked_with_x_is_read_and_the_prose_launch_date_stands_beside_its_date(kg):
    (launch,) = [n for n, d in kg.nodes("Event") if "launch" in d["name"].lower()]
    assert {c["value"] for c in kg.claims(launch, "date")} == {"2020-07-14", "2020-06-30"}
    assert _values(kg, "date", "launch") == [{("2020-07-14", 22), ("2020-06-30", 15)}]


def test_a_co_funders_amount_stated_in_prose_stands_beside_the_budget_tables(kg):
    assert _values(kg, "amount", "European Union funds") == [{(120000, 11), (210000, 19)}]


def test_provinces_iso_lists_under_a_region_are_places_of_the_country(kg):
    (programme,) = [n for n, _ in kg.nodes("Programme")]
    assert {kg.node(p)["name"] for p in kg.out(programme, "locatedIn")} >= {"Ifugao", "Benguet"}
    (ifugao,) = [n for n, d in kg.nodes("State") if d["name"] == "Ifugao"]
    (region,) = kg.out(ifugao, "partOf")
    assert [kg.node(p)["name"] for p in kg.out(region, "partOf")] == ["Philippines"]


def test_a_list_of_punos_with_dashes_and_bracketed_offices_names_the_agencies_only(kg):
    (programme,) = [n for n, _ in kg.nodes("Programme")]
    implementing = {kg.node(u)["name"] for u, v, _, _ in kg.edges("participatesIn") if v == programme}
    assert {"United Nations Children's Fund", "International Labour Organization"} <= implementing
    assert not [d["name"] for _, d in kg.nodes("UNAgency") if "Manila" in d["name"] or "Office" in d["name"]]


def test_listed_partners_lose_their_purpose_and_relative_clauses_and_two_names_joined_by_and_are_two(kg):
    names = {d["name"] for _, d in kg.nodes("Actor")}
    assert {"Saint Louis College", "Globe Telecom", "Smart Communications"} <= names
    assert not [n for n in names if n.startswith(("and ", "whose")) or "curriculum" in n or " and Smart" in n]


def test_target_groups_keep_with_disabilities_and_a_count_label_is_no_group(kg):
    groups = {d["name"] for _, d in kg.nodes("TargetGroup")}
    assert "persons with disabilities" in groups
    assert not [
        g for g in groups if g.lower().startswith(("estimated", "persons")) and g != "persons with disabilities"
    ]


def test_a_body_named_by_another_countrys_demonym_lies_in_that_country(kg):
    (aecid,) = [n for n, d in kg.nodes() if d["name"].startswith("Spanish Agency")]
    assert [kg.node(p)["name"] for p in kg.out(aecid, "locatedIn")] == ["Spain"]


def test_a_products_qualifier_noun_stays_and_a_plural_subjects_verb_or_a_pillars_name_is_no_product(kg):
    products = {d["name"] for _, d in kg.nodes("KnowledgeProduct")}
    assert "Gender analysis of social protection" in products
    assert not [p for p in products if p.startswith("Report on the JP") or "Inclusive human development" in p]
