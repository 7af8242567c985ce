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
