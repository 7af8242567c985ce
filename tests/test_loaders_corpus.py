"""What the loaders make of the real corpus: every part the loaders issue asks for, with sources."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from gapgraph.graph.ids import node_iri, sdg_target_iri
from gapgraph.loaders.pipeline import build
from tests.conftest import MEXICO_REGISTRY, run_cli

JP = node_iri("Programme", "Closing gaps: making social protection work for women in Mexico")
A, F, W, U, P = (
    "jp-2020-annual-report",
    "jp-final-report-2022",
    "unwomen-portal-mex-d-2.1",
    "un-mexico-results-report-2020",
    "press-release-2022-06-02",
)


def cited(data: dict, doc: str) -> bool:
    return any(s.doc == doc for s in data["sources"])


def edges(kg, relation, source=None, target=None):
    return [
        (u, v, d)
        for u, v, _, d in kg.edges(relation)
        if (source is None or u == source) and (target is None or v == target)
    ]


def by_name(kg, name):
    found = [n for n, d in kg.nodes() if d["name"] == name or name in d["aliases"]]
    assert len(found) == 1, (name, found)
    return found[0]


def test_every_document_contributes(built):
    docs = {s.doc for _, d in built.kg.nodes() for s in d["sources"]}
    assert {A, F, W, U, P} <= docs


def test_knowledge_products_of_both_annexes(built):
    kg = built.kg
    produced = {v: d for u, v, d in edges(kg, "produces", source=JP)}
    from_a = {v for v, d in produced.items() if any(s.doc == A and 563 <= s.lines[0] <= 588 for s in d["sources"])}
    from_f = {v for v, d in produced.items() if any(s.doc == F and 547 <= s.lines[0] <= 595 for s in d["sources"])}
    assert len(from_a) == 16 and len(from_f) == 28
    guide = by_name(kg, "Guide on occupational safety and health and COVID-19 for employers and domestic workers")
    # jp-2020-annual-report:567 "developed with the support of SINACTRAHO and CACEH ... Feedback from ILO's
    # specialists ... comments from the President of the Social Security Commission of ... CONCAMIN"
    assert {kg.node(v)["name"] for _, v, _ in edges(kg, "developedWith", source=guide)} == {
        "National Union of Domestic Workers",
        "Support and Training Center for Domestic Workers",
        "International Labour Organization",
        "Confederation of Industrial Chambers of the United Mexican States",
    }
    assert kg.value(guide, "date") == "2020-09"
    acdo = by_name(kg, "ACDO.AS2.HCT.220720/190.P.DIR")
    assert kg.node(acdo)["type"] == "Regulation", "the annex's legal agreement is the regulation, not a product"
    assert edges(kg, "contributesTo", source=JP, target=acdo)


def test_laws_conventions_reforms_and_pilots_with_their_status(built):
    kg = built.kg
    c189 = by_name(kg, "ILO Domestic Workers Convention, 2011 (No. 189)")
    stps = node_iri("GovernmentBody", "stps")
    deposit = edges(kg, "deposits", source=stps, target=c189)
    assert deposit and deposit[0][2]["attributes"]["onDate"][0]["value"] == "2020-07"
    reform = by_name(kg, "Constitutional reform on the right to care and the National Care System (articles 4 and 73)")
    statuses = [c["value"] for c in kg.claims(reform, "status")]
    assert "approved by the Chamber of Deputies (November 2020)" in statuses
    assert "pending approval by the Senate" in statuses
    law = by_name(kg, "Reform of the Social Security Law establishing the mandatory regime for domestic workers")
    assert kg.node(law)["type"] == "LawInitiative"
    assert edges(kg, "adopts", source=node_iri("Legislature", "senate"), target=law)
    for pilot in (
        "IMSS pilot programme for the social security of domestic workers",
        "Care services pilot for children in Iztapalapa",
    ):
        node = by_name(kg, pilot)
        assert kg.node(node)["type"] == "Pilot"
        assert {s.doc for s in kg.node(node)["sources"]} >= {A, F}


def test_grants_went_to_the_domestic_workers_organisations(built):
    kg = built.kg
    grantees = {kg.node(v)["name"] for _, v, d in edges(kg, "grantsTo", source=JP)}
    assert grantees == {"National Union of Domestic Workers", "Support and Training Center for Domestic Workers"}


def test_trainings_with_their_numbers(built):
    kg = built.kg
    counts = {c["value"] for n, _ in kg.nodes("Training") for c in kg.claims(n, "participantCount")}
    assert {1956, 647, 44, 150, 54, 12} <= counts


def test_contribution_paths_have_evidence_at_each_hop(built):
    kg = built.kg
    pilot = by_name(kg, "Care services pilot for children in Iztapalapa")
    reached = [v for _, v, _ in edges(kg, "contributesTo", source=pilot) if kg.node(v)["type"] == "Output"]
    outputs = [v for v in reached if JP in kg.out(v, "partOf")]
    assert [kg.value(o, "code") for o in outputs] == ["Output 1.2"]
    # the Fund's own output too: jp-final-report-2022:315, under "Contribution to Joint SDG Fund Output 3" (311)
    assert [kg.value(o, "code") for o in reached if o not in outputs] == ["Global Output 3"]
    outcome = [v for _, v, _ in edges(kg, "contributesTo", source=outputs[0])]
    assert [kg.value(o, "code") for o in outcome] == ["Outcome 1"]
    assert edges(kg, "contributesTo", source=pilot, target=sdg_target_iri("5.4"))


def test_portal_outcome_is_mexico_not_the_page_header(built):
    kg = built.kg
    outcome = node_iri("Outcome", "MEX_D_2.1")
    assert kg.node(outcome)["name"].startswith("MEX_D_2.1: By 2025")
    outputs = {kg.value(u, "code") for u, _, _ in edges(kg, "contributesTo", target=outcome)}
    assert outputs == {"MEX_D_2.1.1", "MEX_D_2.1.2", "MEX_D_2.1.3"}
    strategic_note = next(v for _, v, _ in edges(kg, "partOf", source=outcome))
    assert [kg.node(v)["name"] for _, v, _ in edges(kg, "locatedIn", source=strategic_note)] == ["Mexico"]
    assert not [n for n, d in kg.nodes() if "afghan" in d["name"].lower()]
    planned = node_iri("Observation", "MEX_D_2.1", "planned budget")
    assert kg.value(planned, "numericValue") == 934310
    indicator = node_iri("Indicator", "MEX_D_2.1.2", "MEX_D_2.1.2A")
    results = {
        kg.value(o, "period"): kg.value(o, "value")
        for _, o, _ in edges(kg, "hasObservation", source=indicator)
        if kg.value(o, "observationKind") == "result"
    }
    assert results == {"2020": "0", "2021": "59"}


def test_results_report_partners_framework_and_programme(built):
    kg = built.kg
    imss = node_iri("GovernmentBody", "imss")
    assert "Instituto Mexicano del Seguro Social" in kg.node(imss)["aliases"]
    outcome_2 = node_iri("Outcome", "cooperation-framework", "2", "mexico")
    # jp-2020-annual-report:108 "the JP contributed directly to the Direct Effect 2"
    assert edges(kg, "contributesTo", source=JP, target=outcome_2), "the JP contributes to Direct Effect 2"
    sinactraho = node_iri("TradeUnion", "sinactraho")
    assert any(cited(d, U) for _, _, d in edges(kg, "participatesIn", source=sinactraho, target=JP))
    inegi = by_name(kg, "INEGI")
    assert kg.node(inegi)["type"] == "GovernmentBody" and kg.value(inegi, "level") == "federal"


def test_the_closing_event_is_one_node_across_documents(built):
    kg = built.kg
    event = node_iri("Event", JP.rsplit("/", 1)[-1], "2022-05-18")
    assert cited(kg.node(event), F) and cited(kg.node(event), P)
    speakers = {
        kg.node(u)["name"] for u, _, _ in edges(kg, "participatesIn", target=event) if kg.node(u)["type"] == "Person"
    }
    assert speakers == {
        "Peter Grohmann",
        "Gerson Eli Martínez Ramos",
        "Belén Sanz Luque",
        "Lina Pohl Alfaro",
        "Lisa Kurbiel",
    }


def test_conflicts_command_lists_the_disagreements(store_dir):
    result = run_cli("conflicts", "--store", str(store_dir), "--json")
    assert result.code == 0, result.stderr
    found = {c["name"].rsplit(": ", 1)[-1]: c for c in json.loads(result.stdout)}
    affiliated = found["domestic workers affiliated to social security (IMSS) (end of programme)"]
    values = {v["value"]: {s["doc"] for s in v["sources"]} for v in affiliated["values"]}
    assert values[49161] == {F} and values[43158] == {P}
    assert "share of women among domestic workers in Mexico (as reported)" in found
    assert any(c["attribute"] == "statement" and c["name"].startswith("Output 2.2") for c in found.values())


def test_unknown_kind_gets_the_generic_loader(tmp_path, corpus):
    result = build(Path(__file__).parent / "data" / "unknown-kind", registries=[MEXICO_REGISTRY])
    kg = result.kg
    inmujeres, imss = node_iri("GovernmentBody", "inmujeres"), node_iri("GovernmentBody", "imss")
    assert any(s.doc == "blog-2022" for s in kg.node(imss)["sources"])
    assert edges(kg, "mentionedWith", source=min(imss, inmujeres), target=max(imss, inmujeres))
    ahcp = by_name(kg, "Association of Home Care Providers")
    assert kg.node(ahcp)["type"] == "CivilSocietyOrganization" and "AHCP" in kg.node(ahcp)["aliases"]
    assert not [n for n, d in kg.nodes() if d["name"] == "Gross Domestic Product"]


@pytest.mark.parametrize(
    ("damage", "line"),
    [
        ("truncate", None),
        ("garble-row", 513),
        ("missing-cells", 54),
    ],
)
def test_damaged_documents_warn_by_line_and_the_rest_loads(corpus, tmp_path, damage, line):
    copy = tmp_path / "corpus"
    shutil.copytree(corpus, copy)
    for f in copy.iterdir():
        f.chmod(0o644)
    final = copy / "001_8ce10608601b715e.txt"
    lines = final.read_text(encoding="utf-8").split("\n")
    if damage == "truncate":
        lines = lines[:520]  # cut in the middle of the results framework
    elif damage == "garble-row":
        lines[line - 1] = "%%%\t3\t6\t??\t"
    else:
        lines[line - 1] = "ILO\t\t\t"
    final.write_text("\n".join(lines), encoding="utf-8")
    result = build(copy)
    assert len({s.doc for _, d in result.kg.nodes() for s in d["sources"]}) >= 6, "every document still loads"
    if damage == "truncate":
        assert len([n for n, d in result.kg.nodes("Indicator") if cited(d, F)]) < 13
    else:
        assert any(w.doc == F and w.line == line for w in result.warnings), [str(w) for w in result.warnings]


def test_the_final_reports_wording_names_a_result_and_earlier_ones_stay_aliases(built):
    kg = built.kg
    output = node_iri("Output", "closing-gaps-making-social-protection-wo", "Output 2.2")
    data = kg.node(output)
    final = (
        "Domestic workers and employers have increased knowledge on the access to social protection regime"
        " for domestic workers"
    )
    annual = "Key stakeholders equipped with knowledge on social protection extension"
    assert data["name"] == f"Output 2.2: {final}"  # jp-final-report-2022:530
    assert f"Output 2.2: {annual}" in data["aliases"]  # jp-2020-annual-report:553
    statements = {c["value"]: {s.doc for s in c["sources"]} for c in data["attributes"]["statement"]}
    assert statements == {final: {"jp-final-report-2022"}, annual: {"jp-2020-annual-report"}}


def test_a_renamed_node_keeps_its_old_name_as_an_alias():
    from gapgraph.graph.knowledge_graph import KnowledgeGraph
    from gapgraph.ontology.models import Source

    kg = KnowledgeGraph()
    node = kg.add_node(
        "https://w3id.org/gapgraph/id/output/x", "Output", "Output 1.1: old", Source(doc="a", lines=(1, 1))
    )
    kg.add_node(node, "Output", "Output 1.1: new", Source(doc="b", lines=(2, 2)))
    kg.rename(node, "Output 1.1: new")
    assert kg.node(node)["name"] == "Output 1.1: new" and kg.node(node)["aliases"] == ["Output 1.1: old"]
