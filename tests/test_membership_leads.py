"""Who heads a mechanism (``loaders/membership.py``), on invented sentences of another country's report."""

from __future__ import annotations

from gapgraph.loaders import membership
from tests.synthetic import builder_knowing, doc_of, edge_names


def test_a_mechanism_led_by_a_body_is_led_by_it():
    b = builder_knowing(["ILO", "UNICEF"], [("Mechanism", "Technical Working Group on Child Labour")])
    doc = doc_of("The Technical Working Group on Child Labour, led by UNICEF, met every month.")
    membership.load(b, doc)
    assert edge_names(b, "leads") == {("UNICEF", "Technical Working Group on Child Labour")}


def test_led_by_after_another_noun_is_not_the_mechanisms_head():
    b = builder_knowing(["ILO", "UNICEF"], [("Mechanism", "Technical Working Group on Child Labour")])
    doc = doc_of("The Technical Working Group on Child Labour reviewed a study led by UNICEF.")
    membership.load(b, doc)
    assert edge_names(b, "leads") == set()
