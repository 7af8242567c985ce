"""Cover page, budget table and SDG targets of Joint SDG Fund reports: this programme's and another's."""

from __future__ import annotations

from pathlib import Path

import pytest

from gapgraph.graph.ids import node_iri, sdg_target_iri
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.jsdgf import cover
from gapgraph.loaders.pipeline import build
from gapgraph.ontology.models import Source
from tests.synthetic import edge_names

JP = node_iri("Programme", "Closing gaps: making social protection work for women in Mexico")
FUND = node_iri("Fund", "joint-sdg-fund")
ILO, UNW, FAO = (node_iri("UNAgency", k) for k in ("ilo", "un-women", "fao"))
A, F = "jp-2020-annual-report", "jp-final-report-2022"
OTHER = Path(__file__).parent / "data" / "other-programme"


def cites(data: dict, doc: str, line: int) -> bool:
    return any(s.doc == doc and s.lines[0] <= line <= s.lines[1] for s in data["sources"])


def qualifiers(data: dict) -> dict:
    return {k: [c["value"] for c in v] for k, v in data["attributes"].items()}


def edge(kg, u, relation, v, **key):
    found = [
        d
        for a, b, k, d in kg.edges(relation)
        if a == u and b == v and all(qualifiers(d).get(q) == [val] for q, val in key.items())
    ]
    assert len(found) == 1, (u, relation, v, key, found)
    return found[0]


def test_programme_cover_fields_with_their_lines(built):
    kg = built.kg
    jp = kg.node(JP)
    assert jp["type"] == "Programme"
    assert "Closing gaps" in jp["aliases"]
    assert cites(jp, A, 13) and cites(jp, F, 14)
    assert kg.value(JP, "mptfId") == "00118979"
    assert [c["value"] for c in kg.claims(JP, "startDate")] == ["2020-02", "2020-02-01"]
    assert kg.value(JP, "actualEndDate") == "2022-05-31"
    mexico = node_iri("Country", "mexico")
    assert cites(edge(kg, JP, "locatedIn", mexico), A, 11)


def test_lead_and_participating_agencies(built):
    kg = built.kg
    lead = [u for u, v, _, _ in kg.edges("leads") if v == JP]
    assert lead == [ILO]
    leads = edge(kg, ILO, "leads", JP)
    assert cites(leads, A, 25) and cites(leads, F, 30)
    for agency in (ILO, UNW, FAO):
        implementing = edge(kg, agency, "participatesIn", JP, role="implementing")
        assert cites(implementing, A, 27), "List of PUNOs: ILO/UN Women/FAO"
    assert not [d for u, v, _, d in kg.edges("participatesIn") if u == FUND and v == JP], (
        "the budget line states funding (the funds edge), not taking part (annual report L35, final report L47)"
    )
    assert cites(edge(kg, FUND, "funds", JP, fundingKind="fund-contribution"), F, 47)


@pytest.mark.parametrize(
    ("agency", "line", "contribution", "co_funding"),
    [
        (ILO, 54, 660479, 119254),
        (UNW, 55, 855451, 160714),
        (FAO, 56, 484070, 120440),
    ],
)
def test_budget_per_agency_as_printed_with_its_row(built, agency, line, contribution, co_funding):
    kg = built.kg
    fund = edge(kg, FUND, "grantsTo", agency, fundingKind="fund-contribution")  # a grant to the recipient agency
    assert qualifiers(fund)["amount"] == [contribution] and qualifiers(fund)["currency"] == ["USD"]
    assert fund["sources"] == [Source(doc=F, lines=(line, line))]
    co = edge(kg, agency, "funds", JP, fundingKind="co-funding")
    assert qualifiers(co)["amount"] == [co_funding] and cites(co, F, line)


def test_budget_totals_agree_across_reports_and_bad_sums_are_flagged(built):
    kg = built.kg
    total = edge(kg, FUND, "funds", JP, fundingKind="fund-contribution")
    assert qualifiers(total)["amount"] == [2000000]
    assert cites(total, A, 35) and cites(total, F, 47) and cites(total, F, 57)
    overall = [n for n, d in kg.nodes("Observation") if "overall budget" in d["name"]]
    assert len(overall) == 1
    assert [c["value"] for c in kg.claims(overall[0], "numericValue")] == [2400408]
    assert cites(kg.node(overall[0]), A, 37) and cites(kg.node(overall[0]), F, 57)
    warnings = [str(w) for w in built.warnings]
    assert f"{F}:56: budget row 'FAO': 484,070 + 120,440 = 604,510, printed total 604,150 (kept as printed)" in warnings
    assert any(w.startswith(f"{F}:57: budget column 'total'") for w in warnings)
    fao_total = [n for n, d in kg.nodes("Observation") if "total budget of Food" in d["name"]]
    assert kg.value(fao_total[0], "value") == "604,150"


def test_delivery_rate_of_the_year(built):
    kg = built.kg
    rate = [n for n, d in kg.nodes("Observation") if "delivery rate" in d["name"]]
    assert len(rate) == 1
    assert kg.value(rate[0], "numericValue") == 52.22
    assert kg.value(rate[0], "period") == "2020" and kg.value(rate[0], "unit") == "%"
    assert cites(kg.node(rate[0]), A, 39)


def test_people_their_organisations_and_positions(built):
    kg = built.kg
    expected = {
        "Christian Skoog": ("unicef", "Resident Coordinator (a.i.)"),
        "Gemma Santana": ("presidency", "Government focal point"),
        "Pedro Américo Furtado de Oliveira": ("ilo", "Representative of the lead PUNO"),
        "Ricardo Irra": ("ilo", "Lead agency focal point"),
        "Daniela Rangel": ("un-women", "Joint communications contact"),
        "Peter Grohmann": ("rco", "Resident Coordinator"),
        "Alfredo González": (
            "agenda-2030-office",
            "Government focal point",
        ),  # L28 "Director of the 2030 Agenda Office"
        "Paula Álvarez Reparaz": ("ilo", "Lead agency focal point"),
        "Eduardo Benitez": ("fao", "PUNO focal point"),
    }
    for name, (org, position) in expected.items():
        person = node_iri("Person", name)
        member = [v for u, v, _, _ in kg.edges("memberOf") if u == person]
        assert [m.rsplit("/", 1)[-1] for m in member] == [org], name
        if "focal point" in position:
            focal = edge(kg, person, "focalPointOf", JP)
            assert qualifiers(focal)["position"] == [position]
        else:  # the cover's role, not a focal point of the programme
            assert JP not in kg.out(person, "focalPointOf")
            assert position in [c["value"] for c in kg.claims(person, "jobTitle")]


def test_sdg_targets_named_by_the_programme(built):
    """The annual report lists the targets the JP "primarily focused on" (425-429): alignedWith; the
    final report those it "primarily contributed to" (470-474) and its "SDG acceleration" section
    (143, 156, 162): contributesTo."""
    kg = built.kg
    annex_lines = {"1.3": (425, 470, 143), "5.4": (427, 472, 156), "8.8": (429, 474, 162)}
    for code, (line_a, line_f, acceleration) in annex_lines.items():
        target = sdg_target_iri(code)
        assert target == f"http://metadata.un.org/sdg/{code}"
        assert kg.node(target)["type"] == "SDGTarget"
        aligned = edge(kg, JP, "alignedWith", target)
        assert cites(aligned, A, line_a) and not cites(aligned, F, line_f)
        contributes = edge(kg, JP, "contributesTo", target)
        assert cites(contributes, F, line_f) and cites(contributes, F, acceleration)
    targets = {t for u, t, _, _ in kg.edges("alignedWith") if u == JP and kg.node(t)["type"] == "SDGTarget"}
    assert targets == {sdg_target_iri(c) for c in annex_lines}  # (the UNCT report aligns its priorities too)


def test_another_programme_in_the_same_template_parses():
    result = build(OTHER)
    kg = result.kg
    jp = node_iri("Programme", "Care that counts: social protection for older persons in Paraguay")
    assert kg.value(jp, "mptfId") == "00124567"
    assert "Care that counts" in kg.node(jp)["aliases"]
    paraguay = [v for u, v, _, _ in kg.edges("locatedIn") if u == jp]
    assert [kg.node(p)["name"] for p in paraguay] == ["Paraguay"]
    unicef = node_iri("UNAgency", "unicef")
    assert [u for u, v, _, _ in kg.edges("leads") if v == jp] == [unicef]
    wfp = [n for n, d in kg.nodes("UNAgency") if d["name"] == "World Food Programme"]
    assert len(wfp) == 1 and "WFP" in kg.node(wfp[0])["aliases"], "the table's and the list's WFP are one node"
    amounts = {
        (u.rsplit("/", 1)[-1], qualifiers(d)["fundingKind"][0]): qualifiers(d)["amount"]
        for u, v, _, d in kg.edges("funds")
        if v == jp
    }
    assert amounts[("unicef", "co-funding")] == [150000], "the in-kind column is not read as co-funding"
    assert amounts[("wfp", "co-funding")] == [100000]
    assert amounts[("joint-sdg-fund", "fund-contribution")] == [1500000]
    john = node_iri("Person", "John Smith")
    assert [v for u, v, _, _ in kg.edges("memberOf") if u == john] == wfp, "organisation found from wfp.org"
    assert jp in kg.out(john, "focalPointOf")
    ana = node_iri("Person", "Ana Pereira")  # the Resident Coordinator: her role, not a focal point
    assert jp not in kg.out(ana, "focalPointOf")
    assert [c["value"] for c in kg.claims(ana, "jobTitle")] == ["Resident Coordinator"]
    garbled = [str(w) for w in result.warnings if w.doc == "jp-paraguay-final" and w.line == 40]
    assert garbled == ["jp-paraguay-final:40: budget row 'ILO' has no amounts: passed over"]
    rate = [n for n, d in kg.nodes("Observation") if "delivery rate" in d["name"]]
    assert kg.value(rate[0], "numericValue") == 40 and kg.value(rate[0], "period") == "2021"
    assert {kg.node(t)["name"] for _, t, _, _ in kg.edges("alignedWith")} == {"SDG target 1.3", "SDG target 10.2"}


def _cover_of(focal_point: str) -> Document:
    lines = [
        "Country: Ghana",
        "Joint Programme (JP) title: Fair pay for care work in Ghana",
        "Government Focal Point (ministry/agency, focal point name and email): " + focal_point,
    ]
    return Document(id="gh", kind="jsdgf-final-narrative-report", path="gh.txt", lines=lines, meta={})


def test_a_focal_points_office_is_part_of_the_ministry_the_cover_names():
    """ "Director of the <office>, <ministry>": the person is a member of the office, the office part of
    the ministry (both unknown to any registry, and a known ministry alike)."""
    b = Builder()
    cover.load(b, _cover_of("**Kofi Mensah, Director of the Social Protection Office, Ministry of Gender**"))
    assert edge_names(b, "memberOf") == {("Kofi Mensah", "Social Protection Office")}
    assert edge_names(b, "partOf") == {("Social Protection Office", "Ministry of Gender")}
    b = Builder()
    cover.load(b, _cover_of("**Ama Owusu, Director of the 2030 Agenda, Ministry of Planning**"))
    assert edge_names(b, "memberOf") == {("Ama Owusu", "Ministry of Planning")}, "a policy is no office"
    assert not edge_names(b, "partOf")


def cambodian_cover(*lines: str, agencies: dict[str, str] | None = None) -> Builder:
    """A builder that knows ``agencies`` (acronym -> name; ILO by default), with an invented Cambodian
    cover page of ``lines`` loaded."""
    b = Builder()
    src = Source(doc="reg", lines=(1, 1))
    for acronym, name in (agencies or {"ILO": "ILO"}).items():
        node = b.kg.add_node(node_iri("UNAgency", acronym.lower()), "UNAgency", name, src)
        b.register(node, name)
        b.register(node, acronym)
    head = ["Country: Cambodia", "Joint Programme (JP) title: Social security for informal workers in Cambodia"]
    document = Document(id="kh", kind="jsdgf-final-narrative-report", path="kh.txt", lines=[*head, *lines], meta={})
    cover.load(b, document)
    return b


def test_a_budget_row_of_a_government_co_funder_is_no_un_agency_and_takes_no_grant():
    """ "NSSF (in kind)" in the agencies' budget table: a national body's co-funding, not a PUNO."""
    b = cambodian_cover(
        "List of PUNOs: ILO, UNICEF",
        "Agency/others\tJoint SDG Fund contribution\tCo-funding\tTotal",
        "ILO\t820,000\t110,000\t930,000",
        "UNICEF\t640,000\t80,500\t720,500",
        "NSSF (in kind)\t-\t120,000\t120,000",
        "Total\t1,460,000\t310,500\t1,770,500",
        agencies={"ILO": "International Labour Organization", "UNICEF": "United Nations Children's Fund"},
    )
    kg = b.kg
    (nssf,) = [n for n, d in kg.nodes() if d["name"] == "NSSF"]
    assert not kg.is_a(nssf, "UNAgency") and "in kind" not in kg.node(nssf)["aliases"]
    assert edge_names(b, "grantsTo") == {
        ("Joint SDG Fund", n) for n in ("International Labour Organization", "United Nations Children's Fund")
    }
    funders = {u for u, _ in edge_names(b, "funds")}
    assert "NSSF" in funders, "its co-funding is cited"
    implementing = {kg.node(u)["name"] for u, v, _, _ in kg.edges("participatesIn")}
    assert implementing == {"International Labour Organization", "United Nations Children's Fund"}


def test_numbered_co_fundings_are_parts_of_the_co_funding_not_its_total():
    from gapgraph.queries.conflicts import conflicts

    b = cambodian_cover(
        "List of PUNOs: ILO",
        "Co-funding 1 (PUNOs' regular and core resources): USD 110,000",
        "Co-funding 2 (Government, in-kind contribution): USD 120,000",
        "Agency/others\tJoint SDG Fund contribution\tCo-funding\tTotal",
        "ILO\t820,000\t110,000\t930,000",
        "NSSF (in kind)\t-\t120,000\t120,000",
        "Total\t820,000\t230,000\t1,050,000",
    )
    printed = sorted(
        (d["name"].split(": ", 1)[1], b.kg.value(n, "numericValue"))
        for n, d in b.kg.nodes("Observation")
        if d["name"].split(": ", 1)[1].startswith("co-funding")
    )
    assert printed == [
        ("co-funding (programme)", 230000),
        ("co-funding 1 (programme)", 110000),
        ("co-funding 2 (programme)", 120000),
    ]
    assert not [c for c in conflicts(b.kg, across_documents=False) if "co-funding" in c.name]


def test_a_punos_role_in_the_list_is_no_acronym_of_it():
    b = cambodian_cover(
        "List of PUNOs: ILO (lead), Tourism Agency of the UN System (TAUS) (co-lead)",
        "Agency/others\tJoint SDG Fund contribution\tCo-funding\tTotal",
        "TAUS\t100\t10\t110",
        "Total\t100\t10\t110",
    )
    assert "lead" not in b.kg.node(node_iri("UNAgency", "ilo"))["aliases"]
    (taus,) = [n for n, d in b.kg.nodes("UNAgency") if "Tourism" in d["name"]]
    assert b.kg.node(taus)["name"] == "Tourism Agency of the UN System" and "TAUS" in b.kg.node(taus)["aliases"]
    assert b.resolve("TAUS") == taus and b.resolve("co-lead") is None
