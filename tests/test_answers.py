"""Questions an analyst asks of the corpus, with the answers read in the documents themselves.

Each test asks as a user would (names as typed, through the named queries) and checks the answer
against what the documents say, with the line cited in the test. The three backends give the same
answers (tests/test_queries.py), so these run on networkx.
"""

from __future__ import annotations

from typing import Any

import pytest

from gapgraph.queries.conflicts import conflicts
from gapgraph.queries.named import QUERIES, resolve, run_networkx


@pytest.fixture(scope="module")
def ask(built):
    def answer(question: str, *names: str, **options: Any) -> list[Any]:
        query = QUERIES[question]
        return run_networkx(query, built.kg, resolve(query, built.kg, list(names)), **options)

    return answer


def names_of(rows: list[Any], attribute: str = "name") -> set[str]:
    return {getattr(r, attribute) for r in rows}


# -- who worked with whom ---------------------------------------------------------------------


def test_the_grants_went_to_sinactraho_and_caceh(ask):
    # jp-2020-annual-report:67 and :150: grants awarded to SINACTRAHO and CACEH
    grants = [r for r in ask("funding") if r.kind == "grantsTo"]
    assert {r.recipient for r in grants} == {
        "National Union of Domestic Workers",
        "Support and Training Center for Domestic Workers",
    }
    assert all(any(s.startswith("jp-2020-annual-report:") for s in r.sources) for r in grants)


def test_ilo_is_the_lead_agency_among_the_three(ask):
    # jp-final-report-2022:30 "Lead PUNO ... ilo.org"; jp-2020-annual-report:25
    leaders = {
        agency
        for agency in ("ILO", "UN Women", "FAO")
        if any(r.facet == "leads" and r.other_name.startswith("Closing gaps") for r in ask("profile", agency))
    }
    assert leaders == {"ILO"}


def test_imss_partners_include_ilo_and_the_work_on_its_pilot(ask):
    rows = ask("partners", "IMSS")
    assert "International Labour Organization" in names_of(rows)
    pilots = {r.other_name for r in ask("profile", "IMSS") if r.facet == "pilot"}
    assert any("domestic" in p.lower() for p in pilots), pilots  # jp-2020-annual-report:147


def test_the_three_agencies_implement_the_programme(ask):
    # jp-final-report-2022:54-56 budget table: ILO, UN WOMEN, FAO
    implementing = names_of(ask("partners", "ILO", role="implementing"))
    assert {"UN Women", "Food and Agriculture Organization of the United Nations"} <= implementing


def test_sinactraho_and_caceh_share_the_programme_and_its_grants(ask):
    shared = ask("shared-partners", "SINACTRAHO", "CACEH")
    assert {"International Labour Organization", "UN Women"} <= names_of(shared)
    # each way of working together is a shared engagement, a direct relation or joint work
    from gapgraph.queries.partners import DIRECT, WORK, WORK_WITH

    ways = {"participatesIn", *DIRECT, *WORK, *WORK_WITH}
    assert all(how.split(" (")[0] in ways for r in shared for how in r.with_first.split("; "))
    # the OSH guide ILO made was developed with SINACTRAHO, CACEH and CONCAMIN (000:567)
    joint = {r.name for r in shared if "developedWith (Guide on occupational safety" in r.with_first}
    assert "Confederation of Industrial Chambers of the United Mexican States" in joint


def test_the_programme_gave_technical_assistance_to_imss(ask):
    # the programme, not an agency, is the subject of the technical assistance: no actor partner row
    rows = ask("partners", "IMSS")
    assert not [r for r in rows if r.relation == "providesTechnicalAssistanceTo"]
    received = [r for r in ask("profile", "IMSS") if r.facet == "technical assistance received"]
    assert {r.other_type for r in received} == {"Programme"}


def test_sinactraho_profile(ask):
    rows = ask("profile", "Sindicato Nacional de Trabajadores del Hogar")
    assert [r.value for r in rows if r.facet == "type"] == ["TradeUnion"]
    assert {r.other_type for r in rows if r.facet == "grant received"} == {"Programme"}
    assert "programme" in {r.facet for r in rows}


def test_imss_is_a_federal_body(ask):
    rows = ask("profile", "instituto mexicano del seguro social")
    assert [r.value for r in rows if r.facet == "level"] == ["federal"]  # jp-final-report-2022:231
    assert "IMSS" in {r.value for r in rows if r.facet == "alias"}


# -- money --------------------------------------------------------------------------------------


def test_fund_contribution_by_agency(ask):
    # jp-final-report-2022:54-56
    flows = {(r.funder, r.recipient): r.amount for r in ask("funding") if r.kind == "fund-contribution"}
    assert flows[("Joint SDG Fund", "International Labour Organization")] == 660479
    assert flows[("Joint SDG Fund", "UN Women")] == 855451
    assert flows[("Joint SDG Fund", "Food and Agriculture Organization of the United Nations")] == 484070


def test_co_funding_by_agency(ask):
    flows = {r.funder: r.amount for r in ask("funding") if r.line == "flow" and r.kind == "co-funding"}
    assert flows == {
        "International Labour Organization": 119254,
        "UN Women": 160714,
        "Food and Agriculture Organization of the United Nations": 120440,
    }


def test_budget_sums_reported_as_printed_and_recomputed(ask):
    # FAO: 484,070 + 120,440 = 604,510 but the table prints 604,150; so the Total column is off by 360
    checks = {r.kind: r for r in ask("funding") if r.line == "check"}
    fao = checks["total budget of Food and Agriculture Organization of the United Nations"]
    assert fao.amount == 604150 and "DOES NOT ADD UP" in fao.note and "604,510" in fao.note
    overall = checks["overall budget"]
    assert overall.amount == 2400408 and "DOES NOT ADD UP" in overall.note and "2,400,048" in overall.note
    for fine in (
        "total budget of International Labour Organization",
        "total budget of UN Women",
        "fund contribution",
        "co-funding",
    ):
        assert checks[fine].note.startswith("adds up"), fine


def test_delivery_rate_2020_recomputed(ask):
    # jp-2020-annual-report:39-40: 495,837 / 949,483 = 52.22%
    check = next(r for r in ask("funding") if r.line == "check" and r.kind.startswith("delivery rate"))
    assert check.amount == 52.22 and check.note.startswith("adds up")


# -- results ------------------------------------------------------------------------------------


def test_outcome_2_affiliation_achievement(ask):
    # jp-final-report-2022:523: target 2% (46,000), result 1.8% (49,161), baseline 0% 6,300
    lines = {r.period: r for r in ask("results", "Outcome 2") if r.indicator.startswith("% increase in affiliation")}
    final = lines["final"]
    assert final.achievement == 0.9
    assert "49,161" in final.result and "46,000" in final.target
    assert "legislative power" in final.variance


def test_conflicting_baselines_stay_side_by_side(ask):
    # jp-2020-annual-report:545 vs jp-final-report-2022:523 print the baseline two ways
    final = next(r for r in ask("results", "Outcome 2") if r.indicator.startswith("% increase") and r.period == "final")
    assert "|" in final.baseline
    assert "jp-2020-annual-report:545" in final.baseline and "jp-final-report-2022:523" in final.baseline


def test_outcome_1_institutions_exceeded_their_target(ask):
    # jp-final-report-2022:511: 52 institutions against a target of 50
    line = next(
        r
        for r in ask("results", "Outcome 1")
        if r.indicator.startswith("Number of institutions") and r.period == "final"
    )
    assert (line.target, line.result, line.achievement) == ("50", "52", 1.04)


def test_every_results_line_cites_the_results_framework(ask):
    lines = ask("results")
    assert len({r.scope for r in lines}) >= 10
    assert all(r.sources for r in lines)


def test_output_2_2_statement_has_two_versions(ask):
    # the 2020 report and the final report word Output 2.2 differently: both kept, each with its source
    facts = [r for r in ask("sources", "Output 2.2") if r.fact.startswith("statement = ")]
    assert {r.document for r in facts} == {"jp-2020-annual-report", "jp-final-report-2022"}
    assert len({r.fact for r in facts}) == 2


# -- where the documents disagree -----------------------------------------------------------------


def test_the_date_contradiction_of_the_general_law(ask, built):
    # jp-final-report-2022:479 "presented by a group of Senators on November 30th, 2021";
    # unwomen-portal-mex-d-2.1:1188 "On October 21, 2021, a bill was presented in the Senate"
    presented = [
        r
        for r in ask("profile", "General Law of the National Care System")
        if r.facet == "presented to" and r.other_name == "Senate of the Republic"
    ]
    assert {r.on_date for r in presented} == {"2021-10-21", "2021-11-30"}
    [dated] = [c for c in conflicts(built.kg) if c.attribute == "onDate" and "General Law" in c.name]
    assert {v["value"]: [(s["doc"], s["lines"][0]) for s in v["sources"]] for v in dated.values} == {
        "2021-10-21": [("unwomen-portal-mex-d-2.1", 1188)],
        "2021-11-30": [("jp-final-report-2022", 479)],
    }
    assert dated.severity == "high"


def test_one_ministry_named_three_ways(built):
    # jp-2020-annual-report:67 "Secretary of Labour and Social Welfare of Mexico (STPS ...)";
    # jp-final-report-2022:115 "Secretary of Labor and Social Security (STPS)"
    [named] = [
        c for c in conflicts(built.kg) if c.attribute == "name" and c.name == "Ministry of Labour and Social Welfare"
    ]
    cited = {v["value"].split(" / ")[0]: {(s["doc"], s["lines"][0]) for s in v["sources"]} for v in named.values}
    assert ("jp-2020-annual-report", 67) in cited["Secretary of Labour and Social Welfare of Mexico"]
    assert cited["Secretary of Labor and Social Security"] == {("jp-final-report-2022", 115)}


def test_the_planned_report_came_three_months_late(built):
    # jp-2020-annual-report:305 "will be concluded in April 2021"; jp-final-report-2022:562 "July 2021"
    [late] = [c for c in conflicts(built.kg) if "slipped" in c.attribute and c.name.startswith("Technical report")]
    assert [(v["value"], v["sources"][0]["doc"], v["sources"][0]["lines"][0]) for v in late.values] == [
        ("2021-04", "jp-2020-annual-report", 305),
        ("2021-07", "jp-final-report-2022", 562),
    ]


# -- contribution paths ---------------------------------------------------------------------------


def test_ilo_to_sdg_8_8_through_its_own_product(ask):
    """ILO developed the OSH guide (annual report 94: "the ILO, with the support of SINACTRAHO and
    CACEH, developed and launched a guide"), which a bullet under "Target 8.8" credits (158)."""
    hops = ask("path", "ILO", "SDG 8.8")
    assert hops and not any(h.through_programme for h in hops)
    assert not any(h.target_type == "Programme" for h in hops)
    first = [h for h in hops if h.path == 1]
    assert first[0].relation == "produces" and first[0].target_name.startswith("Guide on occupational safety")
    assert "jp-2020-annual-report:94" in first[0].sources
    assert first[-1].relation == "contributesTo" and "jp-2020-annual-report:158" in first[-1].sources
    assert all(h.sources for h in hops)


def test_ilo_to_sdg_8_8_via_the_programme_comes_after_its_own_work(ask):
    hops = ask("path", "ILO", "SDG 8.8", via_programme=True)
    chain = {h.path for h in hops if not h.through_programme}
    hub = {h.path for h in hops if h.through_programme}
    assert chain and hub and max(chain) < min(hub)
    assert {h.relation for h in hops if h.through_programme and h.hop == 1} == {"leads", "funds", "participatesIn"}


def test_iztapalapa_pilot_contributes_to_sdg_5_4(ask):
    hops = ask("path", "Government of Iztapalapa", "SDG 5.4")
    first = [h for h in hops if h.path == 1]
    assert (
        first[0].relation == "implements" and first[0].target_name == "Care services pilot for children in Iztapalapa"
    )
    assert first[-1].relation == "contributesTo" and "jp-final-report-2022:159" in first[-1].sources


def test_imss_pilot_study_to_outcome_1_through_output_1_1(ask):
    hops = ask("path", "imss pilot study", "Outcome 1")
    assert [h.target_name.split(":")[0] for h in hops] == ["Output 1.1", "Outcome 1"]


def test_ilo_reaches_outcome_1_by_several_paths(ask):
    every = ask("path", "ILO", "Outcome 1", all_paths=True, via_programme=True)
    assert len({h.path for h in every}) > 3
    assert any(h.target_name.startswith("Output 1.1") and not h.through_programme for h in every)


def test_ilos_path_to_sdg_8_8_is_its_own_work_each_hop_cited(ask):
    """ILO's path to SDG 8.8 runs through what ILO itself made: "the ILO, with the support of
    SINACTRAHO and CACEH, developed and launched a guide" (jp-2020-annual-report:94), which the bullet
    under "Target 8.8" credits (:158 "the guide for domestic workers and their employers"). No hop
    enters the programme, and every hop cites the lines that state it."""
    hops = ask("path", "ILO", "SDG 8.8", all_paths=True)
    assert hops and all(not h.through_programme and h.sources for h in hops)
    assert {h.relation for h in hops if h.hop == 1} <= {
        "produces",
        "implements",
        "pilots",
        "trains",
        "providesTechnicalAssistanceTo",
        "adopts",
        "deposits",
    }
    own = {h.target_name for h in hops if h.hop == 1}
    assert any(name.startswith("Guide on occupational safety and health") for name in own), own


def test_who_developed_and_who_validated_the_costing_methodology(ask):
    """jp-final-report-2022:139: "the methodology to estimate the costs and returns of investment on
    care services developed in collaboration with the Economic Commission for Latin America and the
    Caribbean (ECLAC), and validated by the Secretary of Finance (SCHP)"."""
    rows = ask("profile", "methodology to estimate the costs and returns of investment on care services")
    made_with = {r.other_name: r.sources for r in rows if r.facet == "made with"}
    assert "jp-final-report-2022:139" in made_with["Economic Commission for Latin America and the Caribbean"]
    validated = {r.other_name: r.sources for r in rows if r.facet == "validated by"}
    assert list(validated) == ["Ministry of Finance and Public Credit"]
    assert "jp-final-report-2022:139" in validated["Ministry of Finance and Public Credit"]


def test_who_implemented_the_iztapalapa_pilot(ask):
    """unwomen-portal-mex-d-2.1:1188 "UN Women carried out the pilot of "Closing gaps" in Iztapalapa";
    jp-final-report-2022:315 "The JP implemented the pilot of the National Care Strategy in the
    municipality of Iztapalapa"; :510 "The care service pilot was adopted and implemented in
    Iztapalapa" (the registry reads it as the Government of Iztapalapa, citing that line)."""
    rows = ask("profile", "Iztapalapa pilot")
    implemented = {r.other_name: r.sources for r in rows if r.facet in ("implemented by", "piloted by")}
    assert "unwomen-portal-mex-d-2.1:1188" in implemented["UN Women"]
    assert "jp-final-report-2022:315" in implemented["Closing gaps: making social protection work for women in Mexico"]
    assert "jp-final-report-2022:510" in implemented["Government of Iztapalapa"]
    leads = {r.other_name for r in rows if r.facet == "leads to"}
    assert "SDG target 5.4" in leads  # jp-final-report-2022:159, under "Target 5.4"


def test_the_follow_up_funding_from_ireland(ask):
    """jp-final-report-2022:258 "The government of Ireland will invest $110,000 USD to continue with
    social protection actions for women temporary agricultural workers in Jalisco"; :455 "The
    government of Ireland has financed a one-year program with special focus on rural women"."""
    other = [r for r in ask("funding") if r.kind == "other" and "Ireland" in (r.funder or "")]
    amounts = {(r.amount, r.currency): r.sources for r in other}
    assert "jp-final-report-2022:258" in amounts[(110000, "USD")]
    assert any("jp-final-report-2022:455" in r.sources for r in other)


def test_a_law_profile_gives_its_statuses_and_dated_steps(ask):
    """The General Law initiative: "presented by a group of Senators on November 30th, 2021"
    (jp-final-report-2022:479) and "On October 21, 2021, a bill was presented in the Senate"
    (unwomen-portal-mex-d-2.1:1188): both dates side by side, and the programme's contribution
    (jp-final-report-2022:343 "contributed to ... the law initiative that creates the System")."""
    rows = ask("profile", "General Law of the National Care System")
    steps = {r.on_date for r in rows if r.facet == "presented to" and r.other_name == "Senate of the Republic"}
    assert steps == {"2021-10-21", "2021-11-30"}
    assert any(r.facet == "status" and "pending approval by the Senate" in str(r.value) for r in rows)
    contributions = [r for r in rows if r.facet == "contributions" and r.other_type == "Programme"]
    assert contributions and any(s.startswith("jp-final-report-2022:") for s in contributions[0].sources)


def test_profile_answers_for_an_outcome(ask):
    """An outcome's profile: the programme it is part of, its indicators, what contributes to it
    (jp-final-report-2022:382 under "Outcome 1.": "(a) a proposal for a General Law on the National
    Care System and a constitutional reform on the right to care")."""
    rows = ask("profile", "Outcome 1")
    assert any(r.facet == "part of" and r.other_type == "Programme" for r in rows)
    assert any(r.facet == "indicator" for r in rows)
    contributing = {r.other_name for r in rows if r.facet == "contributions"}
    assert "General Law of the National Care System (initiative)" in contributing


def test_results_show_the_portals_milestones(ask):
    """unwomen-portal-mex-d-2.1:501-513: "Number of evidence-based knowledge products/key analyses on
    time use ...": baseline 0 (2019), milestone 1 and result 3 in 2020, milestone 2 and result 6 in 2021."""
    rows = [r for r in ask("results", "MEX_D_2.1.1") if r.indicator.startswith("Number of evidence-based")]
    by_period = {r.period: (r.baseline, r.milestone, r.result) for r in rows}
    assert by_period["2020"] == ("0", "1", "3") and by_period["2021"] == ("0", "2", "6")
    assert any("unwomen-portal-mex-d-2.1:508" in r.sources for r in rows)


# -- places and the network -------------------------------------------------------------------------


def test_what_is_in_mexico_city(ask):
    rows = ask("where", "Mexico City")
    things = names_of(rows)
    assert "Care services pilot for children in Iztapalapa" in things  # Iztapalapa is part of Mexico City
    assert "Ministry of Labour and Employment Promotion of Mexico City" in things
    assert {r.in_place_name for r in rows} >= {"Mexico City", "Iztapalapa"}


def test_what_is_in_jalisco(ask):
    things = names_of(ask("where", "Jalisco"))
    assert "Ministry of Labour and Social Welfare of the State of Jalisco" in things
    assert "Mexico City" not in things


def test_the_agencies_are_brokers(ask):
    top = [r.name for r in ask("brokers")[:5]]
    assert "International Labour Organization" in top and "UN Women" in top


def test_the_closest_pairs_share_the_work_the_documents_name(ask):
    network = ask("network")
    # the two grantees: both deliver the capacity building the grants pay for (jp-2020-annual-report:239,
    # :306) and commented on the OSH guide (:567)
    heaviest = network[0]
    assert {heaviest.a_name, heaviest.b_name} == {
        "National Union of Domestic Workers",
        "Support and Training Center for Domestic Workers",
    }
    assert "Capacity building of domestic workers trade unions" in heaviest.shared
    assert "Guide on occupational safety and health and COVID-19 for employers and domestic workers" in heaviest.shared
    # INMUJERES and UN Women: the programme and the Global Alliance for Care (jp-final-report-2022:139, :273),
    # among the heaviest pairs beside the agencies' own joint work (e.g. the sessions FAO, ILO and UN Women
    # held together, un-mexico-results-report-2020:886-888)
    pair = next(w for w in network if {w.a_name, w.b_name} == {"National Institute for Women", "UN Women"})
    assert pair.weight >= 3 and "Global Alliance for Care" in pair.shared
    assert sum(w.weight > pair.weight for w in network) <= 3, "no more than three pairs share more"


def test_communities_cover_the_network_once(ask):
    members = ask("communities")
    actors = [m.actor for m in members]
    assert len(actors) == len(set(actors)) and len({m.community for m in members}) >= 2
