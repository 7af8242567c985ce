"""Partnership relations read by general rules, on invented documents of other programmes
(issue 11, round 2): each rule's edges and the edges it must not add."""

from __future__ import annotations

from gapgraph.graph.ids import node_iri
from gapgraph.loaders import attribution, implementers, membership, narrative, supporters, unct_report
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.jsdgf import events
from gapgraph.loaders.registry import load_registry, read_registries
from tests.synthetic import agencies_builder, known
from tests.synthetic import edge_names as names

AGENCIES = ("UNICEF", "WFP", "UNFPA", "UNDP", "IOM")


def builder() -> Builder:
    return agencies_builder(AGENCIES)


def test_a_key_partnership_block_names_its_programme_by_the_fuller_name_its_text_gives():
    lines = [
        "United Nations Ghana - Results Report 2022",
        "### KEY PARTNERSHIPS: HARVEST",
        "A flagship example is the Harvest Initiative for school meals in the northern regions (2021-2024),"
        " which mobilised resources.",
        "- AGENCIES:** WFP, UNICEF",
        "### NEXT",
    ]
    b = builder()
    unct_report.load(b, Document(id="gha", kind="unct-results-report", path="gha.txt", lines=lines))
    programme = "Harvest Initiative for school meals in the northern regions"
    assert names(b, "participatesIn") >= {("WFP", programme), ("UNICEF", programme)}
    node = b.resolve("Harvest")
    assert node is not None and b.resolve(programme) == node
    assert "Harvest" in b.kg.node(node)["aliases"]


def test_a_block_whose_text_gives_no_fuller_name_keeps_the_heading():
    lines = [
        "United Nations Ghana - Results Report 2022",
        "### KEY PARTNERSHIPS: HARVEST",
        "Harvest, which mobilised resources, grew in 2022.",
        "- AGENCIES:** WFP",
        "### NEXT",
    ]
    b = builder()
    unct_report.load(b, Document(id="gha", kind="unct-results-report", path="gha.txt", lines=lines))
    assert names(b, "participatesIn") >= {("WFP", "Harvest")}


def _campaign(b: Builder, name: str) -> str:
    node = b.kg.add_node(node_iri("Campaign", name), "Campaign", name, b.source("gha", 1))
    b.register(node, name)
    return node


def test_people_listed_as_a_campaigns_influencers_participate_in_it_table_cells_included():
    lines = [
        "Output 1.3 Indicator\t<p>4 million views</p> <p>The campaign was shared on social media by partners and"
        " around 12 influencers and opinion leaders (Ama Owusu, Kwame Boateng; Efua Sutherland and Sarkodie)</p>",
    ]
    b = builder()
    _campaign(b, "#FeedEveryChild")
    doc = Document(id="gha", kind="jsdgf-final-narrative-report", path="gha.txt", lines=lines)
    supporters.load(b, doc)
    people = {"Ama Owusu", "Kwame Boateng", "Efua Sutherland", "Sarkodie"}
    assert names(b, "participatesIn") == {(p, "#FeedEveryChild") for p in people}
    assert all(b.kg.is_a(b.resolve(p), "Person") for p in people)
    assert all(s.lines == (1, 1) for _, _, _, d in b.kg.edges("participatesIn") for s in d["sources"])


def test_the_campaign_of_a_document_naming_two_stays_unresolved_and_non_names_are_skipped():
    b = builder()
    _campaign(b, "#FeedEveryChild")
    _campaign(b, "#SchoolFirst")
    lines = ["The campaign was promoted by 3 ambassadors (Ama Owusu, Kwame Boateng, 20 more)."]
    supporters.load(b, Document(id="gha", kind="press-release", path="gha.txt", lines=lines))
    assert names(b, "participatesIn") == set()
    named = ["#SchoolFirst was promoted by 3 ambassadors (Ama Owusu, 20 more, the private sector)."]
    supporters.load(b, Document(id="gha", kind="press-release", path="gha.txt", lines=named))
    assert names(b, "participatesIn") == {("Ama Owusu", "#SchoolFirst")}


def _body(b: Builder, name: str, acronym: str, cls: str = "GovernmentBody") -> str:
    return known(b, cls, name, acronym, key=name)


def test_support_given_to_a_body_the_giver_named_before_else_the_reports_programme():
    b = builder()
    programme = b.kg.add_node(
        node_iri("Programme", "Cash plus in Ghana"), "Programme", "Cash plus in Ghana", b.source("r", 1)
    )
    for name, acronym in (
        ("Ministry of Gender, Children and Social Protection", "MoGCSP"),
        ("National Health Insurance Authority", "NHIA"),
        ("Ministry of Finance", "MoF"),
    ):
        _body(b, name, acronym)
    lines = [
        "- The JP will continue to provide support to the NHIA for the roll-out of the scheme in the MoGCSP districts.",
        "- An advocacy strategy is carried on by providing technical assistance and policy recommendations at the"
        " executive level, particularly the MoGCSP, for a route to reform.",
        "- UNDP provided advice to the NHIA to align the bond with the framework.",
        "- Technical assistance was requested by the MoGCSP.",
        "- The JP provided accompaniment for the ratification of C102 by the Ministry of Finance, in 2021.",
        "- UNDP provided support for the design of a strategy, which the NHIA adopted.",
    ]
    doc = Document(id="gha", kind="jsdgf-final-narrative-report", path="gha.txt", lines=lines)
    narrative.load(b, doc, programme)
    assert names(b, "providesTechnicalAssistanceTo") == {
        ("Cash plus in Ghana", "National Health Insurance Authority"),
        ("Cash plus in Ghana", "Ministry of Gender, Children and Social Protection"),
        ("UNDP", "National Health Insurance Authority"),
        ("Cash plus in Ghana", "Ministry of Finance"),
    }
    ministry = b.resolve("MoGCSP")
    cited = {s.lines[0] for _, _, d in b.kg.in_edges(ministry, "providesTechnicalAssistanceTo") for s in d["sources"]}
    assert cited == {2}


def test_support_without_a_giver_outside_a_programmes_report_gives_nothing():
    b = builder()
    _body(b, "National Health Insurance Authority", "NHIA")
    lines = ["Providing support to the NHIA was a priority of the country team."]
    narrative.load(b, Document(id="gha", kind="unct-results-report", path="gha.txt", lines=lines), None)
    assert names(b, "providesTechnicalAssistanceTo") == set()


def test_bodies_a_programmes_report_engaged_with_participate_in_it_not_an_agencys_partners():
    b = builder()
    programme = b.kg.add_node(
        node_iri("Programme", "Cash plus in Ghana"), "Programme", "Cash plus in Ghana", b.source("r", 1)
    )
    for name, acronym in (
        ("Ministry of Gender, Children and Social Protection", "MoGCSP"),
        ("National Health Insurance Authority", "NHIA"),
        ("Ghana Statistical Service", "GSS"),
        ("University of Ghana", "UG"),
        ("Ministry of Finance", "MoF"),
    ):
        _body(b, name, acronym)
    lines = [
        "- The JP has expanded PUNO's engagement with the Executive (MoGCSP, NHIA), the academia (UG),"
        " 2) Knowledge generation: studies with the GSS.",
        "- UNDP, in partnership with the MoF, launched a bond.",
        "- The design of a course will be developed in collaboration with the GSS.",
        "- Strategic alliances with stakeholders to promote social protection: 1) the MoF and partners.",
    ]
    doc = Document(id="gha", kind="jsdgf-final-narrative-report", path="gha.txt", lines=lines)
    narrative.load(b, doc, programme)
    participants = {u for u, v in names(b, "participatesIn") if v == "Cash plus in Ghana"}
    assert participants == {
        "Ministry of Gender, Children and Social Protection",
        "National Health Insurance Authority",
        "University of Ghana",
    }
    assert all(s.lines == (1, 1) for _, _, _, d in b.kg.edges("participatesIn") for s in d["sources"])


def test_agencies_implementing_a_named_programme_participate_and_the_lead_agency_leads():
    b = builder()
    src = b.source("reg", 1)
    programme = b.kg.add_node(node_iri("Programme", "Cash plus in Ghana"), "Programme", "Cash plus in Ghana", src)
    b.register(programme, "Cash plus in Ghana")
    _body(b, "National Health Insurance Authority", "NHIA")
    lines = [
        "“Cash plus in Ghana” is an initiative of the Joint SDG Fund, implemented by the UNICEF (United Nations"
        " Children's Fund), as lead agency, WFP and the UNDP. It was implemented by the NHIA and UNFPA in 2021.",
    ]
    implementers.load(b, Document(id="gha", kind="press-release", path="gha.txt", lines=lines))
    assert names(b, "participatesIn") == {(a, "Cash plus in Ghana") for a in ("UNICEF", "WFP", "UNDP")}
    assert names(b, "leads") == {("UNICEF", "Cash plus in Ghana")}
    roles = {c["value"] for _, _, _, d in b.kg.edges("participatesIn") for c in d["attributes"]["role"]}
    assert roles == {"implementing"}


def _mechanism(b: Builder, name: str) -> str:
    return known(b, "Mechanism", name)


def test_punos_and_listed_agencies_sit_on_a_mechanism_and_its_head_leads_it_in_table_cells():
    b = builder()
    src = b.source("reg", 1)
    programme = b.kg.add_node(node_iri("Programme", "Cash plus in Ghana"), "Programme", "Cash plus in Ghana", src)
    for agency in ("UNICEF", "WFP"):
        b.kg.add_edge(node_iri("UNAgency", agency), "participatesIn", programme, src, {"role": "implementing"})
    b.index(attribution.PROGRAMME_OF_DOCUMENT)["gha"] = programme
    _body(b, "Ministry of Employment and Labour Relations", "MELR")
    _body(b, "Ghana Statistical Service", "GSS")
    _mechanism(b, "National Steering Committee on Child Labour")
    _mechanism(b, "Programme Steering Committee")
    lines = [
        "Budget cuts\t15\t<ul> - PUNOs participate in the National Steering Committee on Child Labour, headed by the"
        " MELR and the GSS - UNDP and UNFPA take part in the Programme Steering Committee</ul>\tProgramme Steering"
        " Committee (RC + PUNOs Rep + Government)",
        "The MELR held the Programme Steering Committee, which UNFPA praised.",
    ]
    membership.load(b, Document(id="gha", kind="jsdgf-annual-progress-report", path="gha.txt", lines=lines))
    child, steering = "National Steering Committee on Child Labour", "Programme Steering Committee"
    assert names(b, "memberOf") == {
        ("UNICEF", child),
        ("WFP", child),
        ("UNDP", steering),
        ("UNFPA", steering),
        ("UNICEF", steering),
        ("WFP", steering),
    }
    assert names(b, "leads") == {
        ("Ministry of Employment and Labour Relations", child),
        ("Ghana Statistical Service", child),
    }


def test_punos_name_no_one_outside_a_programmes_own_report():
    b = builder()
    _mechanism(b, "National Steering Committee on Child Labour")
    lines = ["PUNOs participate in the National Steering Committee on Child Labour."]
    membership.load(b, Document(id="gha", kind="unct-results-report", path="gha.txt", lines=lines))
    assert names(b, "memberOf") == set()


def test_an_events_attendee_list_gives_one_embassy_per_country_of_the_host():
    b = Builder()
    for registry in read_registries([]):
        load_registry(b, registry, {"gha"})
    b.country = "ghana"
    programme = b.kg.add_node(
        node_iri("Programme", "Cash plus in Ghana"), "Programme", "Cash plus in Ghana", b.source("r", 1)
    )
    lines = [
        "Type of event\tYes\tNo\tComments",
        'JP launch event\t<input checked="" type="checkbox"/>\t<input type="checkbox"/>\tFirst meeting of the'
        " steering committee (with participation of representatives from the embassies of Japan, the Netherlands and"
        " Canada and from the Delegation of the European Union)",
    ]
    events.load(b, Document(id="gha", kind="jsdgf-annual-progress-report", path="gha.txt", lines=lines), programme)
    attendees = {u for u, v in names(b, "participatesIn") if v == "JP launch event"}
    embassies = {f"Embassy of {c} in Ghana" for c in ("Japan", "the Netherlands", "Canada")}
    assert embassies <= attendees
    assert all(b.kg.is_a(b.resolve(e), "Donor") for e in embassies)


def test_a_results_table_cell_naming_a_grant_gives_the_programme_grants_to_the_body_after_it():
    b = builder()
    programme = b.kg.add_node(
        node_iri("Programme", "Cash plus in Ghana"), "Programme", "Cash plus in Ghana", b.source("r", 1)
    )
    _body(b, "Ghana National Household Employees Union", "GNHEU", cls="CivilSocietyOrganization")
    _body(b, "Ghana Statistical Service", "GSS")
    lines = [
        "Output 2.1. Indicator People trained\t0\t80\t382\tThe GSS counted them: through the grant awarded to GNHEU,"
        " 125 domestic workers attended virtual trainings with UNICEF.",
    ]
    narrative.load(b, Document(id="gha", kind="jsdgf-annual-progress-report", path="gha.txt", lines=lines), programme)
    assert names(b, "grantsTo") == {("Cash plus in Ghana", "Ghana National Household Employees Union")}
