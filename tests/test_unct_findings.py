"""What a results paragraph says a study found and led to (``loaders/unct_findings.py``), and the
policy a section under a framework outcome says was adopted, on invented text of a UN country
team in Ghana."""

from __future__ import annotations

from gapgraph.graph.ids import node_iri
from gapgraph.loaders import speakers, unct_findings, unct_report
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from tests.synthetic import doc_of, edge_names, known

PARAGRAPH = (
    "The UNS, through the Zero Harm initiative, conducted a study that identified the barriers and risks "
    "affecting safety at work in the cocoa chain. Study results promoted the first tripartite dialogue of the "
    "cocoa sector in Ghana in the cocoa-growing regions of Ashanti, Bono, and Volta, which grow most of the "
    "crop, and in Accra for a national view. In consequence, the Cocoa Safety Board adopted the Cocoa safety "
    "guidelines. The foregoing will favourably impact the conditions of some 90,000 growers and porters in the "
    "cocoa chain in Ghana."
)


def ghana() -> Builder:
    b = Builder()
    country = b.kg.add_node(node_iri("Country", "Ghana"), "Country", "Ghana", b.source("reg", 1))
    b.add_place_name("Ghana", country)
    ghana_key = country.rsplit("/", 1)[-1]
    for name in ("Ashanti", "Volta", "Accra"):
        place = b.kg.add_node(node_iri("State", name), "State", name, b.source("reg", 1))
        b.add_place_name(name, place)
        b.place_parents[place.rsplit("/", 1)[-1]] = ghana_key
    b.country = ghana_key
    known(b, "UNAgency", "United Nations System in Ghana", "UNS")
    known(b, "UNAgency", "International Labour Organization", "ILO")
    known(b, "Programme", "Zero Harm initiative")
    known(b, "GovernmentBody", "Cocoa Safety Board")
    known(b, "Policy", "Cocoa safety guidelines")
    return b


def test_a_study_defined_by_what_it_found_is_made_by_the_block_agencies_within_its_initiative():
    b = ghana()
    speakers.record(b, "t", 1, 3, [b.resolve("ILO")])
    unct_findings.load(b, doc_of(PARAGRAPH, "", "ILO"))
    study = "Study on the barriers and risks affecting safety at work in the cocoa chain"
    assert edge_names(b, "produces") == {("International Labour Organization", study)}
    assert edge_names(b, "partOf") == {(study, "Zero Harm initiative")}
    assert edge_names(b, "contributesTo") == {(study, "Cocoa safety guidelines")}
    assert not edge_names(b, "locatedIn") and not edge_names(b, "targets"), "placed_where and beneficiaries read those"


def test_no_study_or_consequence_without_their_cues():
    b = ghana()
    unct_findings.load(
        b,
        doc_of(
            "The UNS conducted a study on the cocoa chain. A dialogue of the sector was useful. The Cocoa Safety "
            "Board adopted the Cocoa safety guidelines. It has 90,000 members in Ghana."
        ),
    )
    assert not edge_names(b, "contributesTo") and not edge_names(b, "produces")


def test_a_policy_adopted_under_a_framework_outcome_contributes_to_it_once_the_readers_made_it():
    lines = [
        "<b>Cooperation Framework</b>\tUnited Nations Sustainable Development Cooperation Framework for Ghana",
        "## STRATEGIC PRIORITY 2. PROSPERITY",
        "<b>OUTCOME 5</b> Decent work for all <b>",
        "## 2021 RESULTS",
        "**OUTCOME 5.** Decent-work programmes for rural workers.",
        "### SAFETY AT WORK",
        "In consequence, the Cocoa Safety Board adopted the Cocoa safety guidelines.",
        "The Board adopted the Cocoa labour policy; it discussed the Cocoa wage policy.",
        "## STRATEGIC PRIORITY 3. PEACE",
        "The Board adopted the Cocoa wage policy.",
    ]
    b = ghana()
    unct_report.load(b, Document(id="gha", kind="unct-results-report", path="gha.txt", lines=lines))
    known(b, "Policy", "Cocoa labour policy")  # made by a reader after the report's own loader
    known(b, "Policy", "Cocoa wage policy")
    b.finish()
    got = {(u, v.split(":")[0]) for u, v in edge_names(b, "contributesTo")}
    assert got == {(p, "Cooperation Framework outcome 5") for p in ("Cocoa safety guidelines", "Cocoa labour policy")}
    lines_cited = {u: {s.lines[0] for s in d["sources"]} for u, _, _, d in b.kg.edges("contributesTo")}
    assert lines_cited[b.resolve("Cocoa safety guidelines")] == {5, 7}, "the sentence and the outcome's heading"
