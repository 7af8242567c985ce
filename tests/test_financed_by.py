"""One "financed by" wording (``loaders/text.financed_by``) read by the three funder rules: a named
programme's funder (``loaders/financing.py``), a press release's funder (``loaders/press_release.py``)
and an announced programme's funder (``loaders/discovery/programme.py``), on invented Ghanaian text."""

from __future__ import annotations

from gapgraph.loaders import financing, press_release
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.discovery import programme
from gapgraph.loaders.text import FINANCED_BY
from tests.synthetic import builder_knowing, doc_of, edge_names


def _builder() -> Builder:
    return builder_knowing(
        ["UNICEF", "WFP"], [("Fund", "Joint SDG Fund"), ("Donor", "European Union"), ("Programme", "Ghana Cash Plus")]
    )


def test_the_shared_wording_takes_co_financed_and_funded_but_not_supported():
    found = [
        m.group() for m in FINANCED_BY.finditer("co-financed by A; funded  by B; supported by C; fundraising by D")
    ]
    assert found == ["co-financed by", "funded  by"]


def test_a_named_programme_co_funded_by_a_donor_gets_the_funds_edge_but_supported_by_does_not():
    b = _builder()
    financing.load(b, doc_of("Ghana Cash Plus, a grant for carers in Tamale, is co-funded by the European Union."))
    assert edge_names(b, "funds") == {("European Union", "Ghana Cash Plus")}
    near_miss = _builder()
    financing.load(
        near_miss, doc_of("Ghana Cash Plus, a grant for carers in Tamale, is supported by the European Union.")
    )
    assert edge_names(near_miss, "funds") == set()


def test_a_press_release_reads_the_same_wording_for_its_programme():
    b = _builder()
    doc = doc_of(
        'UN agencies present the results of "Ghana Cash Plus"',
        "The project was implemented by UNICEF and WFP and co-financed by the European Union.",
        kind="press-release",
    )
    press_release.load(b, doc)
    assert edge_names(b, "funds") == {("European Union", "Ghana Cash Plus")}
    near_miss = _builder()
    doc = doc_of(
        'UN agencies present the results of "Ghana Cash Plus"',
        "The project was implemented by UNICEF and WFP and supported by the European Union.",
        kind="press-release",
    )
    press_release.load(near_miss, doc)
    assert edge_names(near_miss, "funds") == set()


def test_an_announced_programme_takes_the_wording_and_supported_by_only_from_funds_or_donors():
    b = _builder()
    jp = b.resolve("Ghana Cash Plus")
    src = b.source("t", 2)
    programme.relate(b, jp, "It was co-funded by the European Union.", src)
    programme.relate(b, jp, "It was supported by WFP and the Joint SDG Fund.", src)
    assert edge_names(b, "funds") == {("European Union", "Ghana Cash Plus"), ("Joint SDG Fund", "Ghana Cash Plus")}
