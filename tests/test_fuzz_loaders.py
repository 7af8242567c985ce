"""Every loader survives any text (hypothesis): no crash, warnings name real lines, facts cite real lines.

The strategy mixes real lines of the corpus (so the loaders' patterns fire on recognisable
headings, tables and lists), lines of the template with broken values, and random text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gapgraph.loaders import generic, kinds
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document, split_lines
from gapgraph.loaders.registry import load_registry, read_registries
from tests.conftest import CORPUS, MEXICO_REGISTRY

LOADERS = {**kinds.known(), "blog-post": generic.load}
"""Every registered document kind, and one no loader registered (the generic reader)."""


def _corpus_lines() -> list[str]:
    lines: list[str] = []
    for path in sorted(CORPUS.glob("*.txt")):
        lines += [line for line in split_lines(path.read_text(encoding="utf-8")) if line.strip()][:400]
    return lines


REAL = _corpus_lines() if CORPUS.is_dir() else ["Partnerships"]
BROKEN = [
    "Result / Indicators\tBaseline\tExpected final target\tFinal result",
    "Outcome 1: \t\t",
    "Output 1.1 indicator: \tx\t\t",
    "\t\t\t\t",
    "Title of the document\tDate when finalized (MM/YY)",
    "Annex 2: Strategic documents",
    "Federal government: , (, ), and the , A.C.(",
    "State of Nowhere: Secretary of X (",
    "outcome MEX_D_9.9XM-DAC-1-",
    "OUTPUT MEX_D_9.9.9",
    "SP_D_0.0.0",
    "2021",
    "Baseline",
    "1 1",
    "Mexico City, May 99, 2022.- x",
    "The presentation of outcomes was attended by ; , ; and a message from ,",
    "attended the event: ;;; Embassies of , and the",
    "### KEY PARTNERSHIPS: X",
    "- DONOR:** ",
    "Type of event\tYes\tNo\tComments",
    "x\t<input checked>\t\tMay 18 th , 2022",
    "Target 5.4. Recognize",
    "- 5 people were trained with the IMSS",
]
lines = st.lists(st.one_of(st.sampled_from(REAL), st.sampled_from(BROKEN), st.text(max_size=50)), max_size=30)


@pytest.fixture(scope="module")
def registry():
    return read_registries([MEXICO_REGISTRY])


@pytest.mark.parametrize("kind", sorted(LOADERS))
def test_loader_never_crashes(kind, registry):
    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(lines)
    def check(text_lines):
        builder = Builder()
        for doc in registry:
            load_registry(builder, doc, {"fuzz"})
        doc = Document(
            id="fuzz",
            kind=kind,
            path=str(Path("fuzz.txt")),
            lines=[line.replace("\n", " ").replace("\r", " ") for line in text_lines],
            meta={"period": "2020"},
        )
        builder.country = "mexico" if len(doc) % 2 else None  # with and without a country
        LOADERS[kind](builder, doc)
        if LOADERS[kind] is not generic.load:
            generic.reading(builder, doc)  # as the pipeline does after every loader
        builder.finish()
        for warning in builder.warnings:
            assert warning.doc == "fuzz" and 1 <= warning.line <= max(len(doc), 1)
        for _, data in builder.kg.nodes():
            for source in data["sources"]:
                if source.doc == "fuzz":
                    assert 1 <= source.lines[0] <= source.lines[1] <= len(doc)
        for *_, data in builder.kg.edges():
            assert data["sources"]

    check()
