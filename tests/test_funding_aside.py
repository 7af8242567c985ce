"""A funding phrase between a subject and its verb ("A, financed by B with resources from C, designed X"),
on invented sentences of a programme in Lesotho (the builders of tests/test_attribution.py)."""

from __future__ import annotations

from gapgraph.graph.ids import node_iri
from gapgraph.loaders import attribution
from tests.test_attribution import edges, invented

GUIDE = "Practical guide for safe work in wool sheds"


def _guide(b) -> None:
    b.register(b.kg.add_node(node_iri("KnowledgeProduct", GUIDE), "KnowledgeProduct", GUIDE, b.source("reg", 1)), GUIDE)


def test_a_funding_aside_between_subject_and_verb_keeps_the_subject_the_maker():
    """ "UNICEF, financed by the BoS with resources from the MoF (Grants window), designed the guide":
    UNICEF made it; the funder in the aside made nothing."""
    b, doc = invented(
        "UNICEF, financed by the BoS with resources from the Ministry of Finance of Lesotho (Grants window), "
        f"designed the {GUIDE}, used in all districts."
    )
    _guide(b)
    attribution.load(b, doc)
    assert edges(b, "produces") == {("UNICEF", GUIDE)}


def test_a_relative_clause_after_the_funder_is_not_the_subjects_work():
    """ "UNICEF, financed by the BoS, which designed the guide, ran the grants": the guide is not UNICEF's."""
    b, doc = invented(f"UNICEF, financed by the BoS, which designed the {GUIDE}, ran the grants in Maseru.")
    _guide(b)
    attribution.load(b, doc)
    assert ("UNICEF", GUIDE) not in edges(b, "produces")
