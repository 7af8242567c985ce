"""Lists read as lists, on invented documents of other programmes: results-group co-chairs and
members, event attendees (never the weak ``mentionedWith``)."""

from __future__ import annotations

from gapgraph.graph.ids import node_iri
from gapgraph.loaders import unct_report
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from tests.synthetic import agencies_builder, known
from tests.synthetic import edge_names as names

AGENCIES = ("UNICEF", "WFP", "UNFPA", "UNDP", "PAHO/WHO", "UN-HABITAT")


def builder() -> Builder:
    return agencies_builder(AGENCIES)


def read_unct(b: Builder, lines: list[str]) -> None:
    """Read ``lines`` as the invented Peruvian UN country team results report ``per``."""
    unct_report.load(b, Document(id="per", kind="unct-results-report", path="per.txt", lines=lines))


def test_results_group_co_chairs_lead_and_agencies_are_members_one_edge_each():
    lines = [
        "United Nations Peru - Results Report 2021: results of the Cooperation Framework",
        "## STRATEGIC PRIORITY 2. HEALTH AND NUTRITION",
        "",
        "RG  ",
        "Co-Chair:",
        "",
        "UNICEF and WFP",
        "",
        "RG  ",
        "Agencies:",
        "",
        "PAHO/WHO, UNDP, UNFPA, and UN-HABITAT",
        "## 2021 RESULTS",
    ]
    b = builder()
    read_unct(b, lines)
    group = "Results group of Strategic priority 2: Health and nutrition"
    assert names(b, "leads") == {("UNICEF", group), ("WFP", group)}
    assert names(b, "memberOf") == {(a, group) for a in ("PAHO/WHO", "UNDP", "UNFPA", "UN-HABITAT")}
    node = node_iri("Mechanism", "results-group", next(n for n, _ in b.kg.nodes("Component")).rsplit("/", 1)[-1])
    assert b.kg.out(node, "partOf") and all(s.doc == "per" for _, _, d in b.kg.out_edges(node) for s in d["sources"])


PROGRAMME = node_iri("Programme", "Universal child benefit in Nepal")


def nepal() -> Builder:
    b = builder()
    src = b.source("reg", 1)
    b.kg.add_node(PROGRAMME, "Programme", "Universal child benefit in Nepal", src)
    fund = b.kg.add_node(node_iri("Fund", "Joint SDG Fund"), "Fund", "Joint SDG Fund", src)
    b.register(fund, "Joint SDG Fund")
    for name in ("Delegation of the European Union", "Ministry of Women, Children and Senior Citizens"):
        node = b.kg.add_node(node_iri("Actor", name), "Donor" if "Delegation" in name else "GovernmentBody", name, src)
        b.register(node, name)
    return b


def test_a_template_row_is_a_type_of_event_and_attendees_go_to_the_event_they_attended():
    from gapgraph.loaders.jsdgf import events

    lines = [
        "Type of event\tYes\tNo\tDescription/Comments",
        "Annual JP development partners'/donors' event*\t<input checked=\"checked\"/>\t<input/>\t"
        "Steering committee meeting, held virtually (February 3rd, 2023). Partners were invited to the final "
        "JP event on June 9th, 2023. Attendees included representatives of the Delegation of the European Union.",
        'Other strategic events\t<input checked="checked"/>\t<input/>\tWorkshop with the Ministry of Women, '
        "Children and Senior Citizens in Pokhara on March 14th, 2023.",
        "",
        "Innovation, learning and sharing",
    ]
    b = nepal()
    events.load(b, Document(id="npl", kind="k", path="npl.txt", lines=lines), PROGRAMME)
    named = {d["name"]: b.kg.value(n, "date") for n, d in b.kg.nodes("Event")}
    assert named == {
        "Steering committee meeting": "2023-02-03",
        "Final JP event": "2023-06-09",
        "Workshop with the Ministry of Women, Children and Senior Citizens in Pokhara": "2023-03-14",
    }
    assert not [n for n in named if n.endswith("*") or "donors'" in n]
    assert names(b, "participatesIn") == {
        ("Delegation of the European Union", "Final JP event"),
        (
            "Ministry of Women, Children and Senior Citizens",
            "Workshop with the Ministry of Women, Children and Senior Citizens in Pokhara",
        ),
    }


def test_a_list_of_donors_gives_one_donor_funding_the_fund_per_item():
    from gapgraph.loaders import narrative

    b = nepal()
    line = (
        "* This refers to any event with the Joint SDG Fund's global development partners/donors (Iceland, "
        "Delegation of the European Union, Japan and Republic of Korea.)"
    )
    narrative.load(b, Document(id="npl", kind="k", path="npl.txt", lines=[line]), PROGRAMME)
    assert names(b, "funds") == {
        (donor, "Joint SDG Fund")
        for donor in ("Iceland", "Delegation of the European Union", "Japan", "Republic of Korea")
    }
    assert all(b.kg.is_a(u, "Donor") for u, _, _, _ in b.kg.edges("funds"))
    assert not list(b.kg.edges("mentionedWith"))


def test_attendee_and_partner_lists_give_no_co_mentions_but_a_plain_sentence_does():
    from gapgraph.loaders import generic

    lines = [
        "The launch was attended by UNICEF, WFP and UNFPA.",
        "Partners of the programme: UNDP; PAHO/WHO; UN-HABITAT.",
        "UNDP, UNFPA, WFP and UNICEF.",
        "UNICEF met UNDP in Lima to agree on the survey.",
    ]
    b = builder()
    generic.mentions(b, Document(id="per", kind="blog", path="per.txt", lines=lines))
    assert [{u, v} for u, v in names(b, "mentionedWith")] == [{"UNDP", "UNICEF"}]
    assert {s.lines for _, _, _, d in b.kg.edges("mentionedWith") for s in d["sources"]} == {(4, 4)}


def test_a_stated_partnership_links_the_un_system_it_names_and_a_donor_is_never_a_partner():
    b = builder()
    for cls, name in (
        ("UNAgency", "United Nations System in Peru"),
        ("GovernmentBody", "Ministry of Women and Vulnerable Populations"),
        ("GovernmentBody", "Ministry of Development and Social Inclusion"),
        ("Donor", "Government of Canada"),
    ):
        known(b, cls, name)
    b.register(node_iri("UNAgency", "United Nations System in Peru"), "UNS")
    lines = [
        "## SOCIAL PROTECTION FOR WOMEN",
        "Since 2019 the UNS has established strategic partnerships (Ministry of Women and Vulnerable Populations, "
        "Ministry of Development and Social Inclusion, academia).",
        "With resources from the Government of Canada, a study on the Ministry of Development and Social Inclusion "
        "was published.",
        "",
        "UNICEF and UNFPA",
        "## 2021 RESULTS",
    ]
    read_unct(b, lines)
    partners = {frozenset(pair) for pair in names(b, "partnersWith")}
    assert partners == {
        frozenset({"United Nations System in Peru", "Ministry of Women and Vulnerable Populations"}),
        frozenset({"United Nations System in Peru", "Ministry of Development and Social Inclusion"}),
    }


def test_a_stated_collaboration_between_actors_is_a_partnership_of_each_subject():
    from gapgraph.loaders import narrative

    b = nepal()
    lines = [
        "UNICEF and WFP, in collaboration with the Ministry of Women, Children and Senior Citizens, held a forum.",
        "The report was shared with UNDP in collaboration with nobody named.",
        "The Joint SDG Fund, together with UNFPA, met.",
    ]
    narrative.load(b, Document(id="npl", kind="k", path="npl.txt", lines=lines), PROGRAMME)
    assert {frozenset(p) for p in names(b, "partnersWith")} == {
        frozenset({"UNICEF", "Ministry of Women, Children and Senior Citizens"}),
        frozenset({"WFP", "Ministry of Women, Children and Senior Citizens"}),
    }


def test_a_priority_is_aligned_with_the_targets_and_the_national_plan_areas_its_box_lists():
    from gapgraph.loaders.registry import base_paths, load_registry, read_registry_document
    from gapgraph.loaders.sdgs import sdg_node

    b = builder()
    for path in base_paths():
        if path.stem == "sdgs":
            load_registry(b, read_registry_document(path, base=True))
    lines = [
        "United Nations Peru - Results Report 2021: results of the Cooperation Framework",
        "## STRATEGIC PRIORITY 2. HEALTH AND NUTRITION",
        "",
        "PNDP:",
        "",
        "Axis 3. Health for all  ",
        "Axis 4. Food security",
        "",
        "SDGs impacted:",
        "",
        "2, 3 and 17",
        "",
        "Targets:",
        "",
        "2.1, 3.8, 3.b",
        "",
        "RG  ",
        "Agencies:",
        "",
        "PAHO/WHO and UNICEF",
        "## 2021 RESULTS",
        "Targets: 4.1",
    ]
    b.country = "PER"
    read_unct(b, lines)
    priority = "Strategic priority 2: Health and nutrition"
    aligned = names(b, "alignedWith")
    assert aligned == {
        (priority, "PNDP Axis 3. Health for all"),
        (priority, "PNDP Axis 4. Food security"),
        *((priority, b.kg.node(sdg_node(b, f"Target {code}"))["name"]) for code in ("2.1", "3.8", "3.b")),
    }, "the goals are not aligned with, nor a target listed after the priority's box"
    for _, _, _, data in b.kg.edges("alignedWith"):
        spans = {s.lines for s in data["sources"] if s.doc == "per"}
        assert (2, 2) in spans and any(last > first for first, last in spans), "heading, label and list cited"


def test_a_framework_outcome_is_also_named_as_the_template_calls_it_a_direct_effect():
    lines = [
        "<b>Cooperation Framework</b>\tUnited Nations Sustainable Development Cooperation Framework for Peru",
        "## STRATEGIC PRIORITY 2. HEALTH AND NUTRITION",
        "<b>OUTCOME 4</b> By 2026 people have access to health services <b>",
    ]
    b = builder()
    read_unct(b, lines)
    ((_, data),) = list(b.kg.nodes("Outcome"))
    assert {"Cooperation Framework outcome 4", "Direct Effect 4"} <= set(data["aliases"])


def test_a_section_named_by_a_known_policy_under_a_framework_outcome_contributes_to_it():
    lines = [
        "<b>Cooperation Framework</b>\tUnited Nations Sustainable Development Cooperation Framework for Peru",
        "## STRATEGIC PRIORITY 1. EQUALITY AND INCLUSION",
        "<b>OUTCOME 2</b> Universal social protection <b>",
        "## 2021 RESULTS",
        "**OUTCOME 2.** Universal social protection for all.",
        "## NATIONAL PENSION SYSTEM",
        "The UNS supported the design of the pension system.",
        "## STRATEGIC PRIORITY 2. PROSPERITY",
        "## NATIONAL PENSION SYSTEM",
    ]
    b = builder()
    b.country = "peru"
    name = "National Pension System"
    b.register(b.kg.add_node(node_iri("Policy", name), "Policy", name, b.source("reg", 1)), name, "peru")
    read_unct(b, lines)
    got = {(u, v.split(":")[0]) for u, v in names(b, "contributesTo")}
    assert got == {(name, "Cooperation Framework outcome 2")}
    ((_, _, _, data),) = list(b.kg.edges("contributesTo"))
    assert {s.lines[0] for s in data["sources"]} == {5, 6}, "the outcome's line and the section heading"


def test_a_results_heading_wording_a_framework_outcome_otherwise_names_it_too():
    lines = [
        "<b>Cooperation Framework</b>\tUnited Nations Sustainable Development Cooperation Framework for Peru",
        "## STRATEGIC PRIORITY 1. EQUALITY AND INCLUSION",
        "<b>OUTCOME 3</b> Decent work for all <b>",
        "**OUTCOME 3.** Employment programmes that meet the needs of rural women.",
        "**OUTCOME 4.** A heading of an outcome the table does not hold.",
    ]
    b = builder()
    read_unct(b, lines)
    ((node, data),) = list(b.kg.nodes("Outcome"))
    assert "Employment programmes that meet the needs of rural women" in data["aliases"]
    assert (4, 4) in {s.lines for s in data["sources"]}
    assert b.resolve("Employment programmes that meet the needs of rural women") == node


def test_a_template_row_whose_description_only_says_how_it_was_held_is_that_kind_of_event_on_its_day():
    from gapgraph.loaders.jsdgf import events

    lines = [
        "Type of event\tYes\tNo\tDescription/Comments",
        "Annual JP development partners'/donors' event*\t<input checked=\"checked\"/>\t<input/>\t"
        "Held in hybrid format in Pokhara on 24 November 2022, with the Delegation of the European Union.",
        "",
        "Innovation, learning and sharing",
    ]
    b = nepal()
    events.load(b, Document(id="npl", kind="k", path="npl.txt", lines=lines), PROGRAMME)
    named = {d["name"]: b.kg.value(n, "date") for n, d in b.kg.nodes("Event")}
    assert named == {"Annual JP development partners'/donors' event, 2022-11-24": "2022-11-24"}
    assert not any(n.startswith("Held") or n.endswith("*") for n in named)
