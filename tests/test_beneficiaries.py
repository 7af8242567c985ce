"""Whom a programme or a thing is for, from the words for its beneficiaries (``loaders/beneficiaries.py``),
on invented text of another programme and country."""

from __future__ import annotations

from gapgraph.graph.ids import node_iri
from gapgraph.loaders import beneficiaries
from gapgraph.loaders.builder import Builder
from tests.synthetic import doc_of, edge_names, known

PROGRAMME = "Herding futures: decent work for women herders in Lesotho"


def _builder() -> Builder:
    b = Builder()
    known(b, "Programme", PROGRAMME, key="herding-futures")
    b.register(next(n for n, _ in b.kg.nodes("Programme")), "Herding Futures")
    known(b, "Pilot", "Wool cooperative pilot")
    return b


def test_to_the_benefit_of_people_targets_them_from_the_thing_or_the_programme_the_line_names():
    b = _builder()
    beneficiaries.load(
        b,
        doc_of(
            "Joint Fund Programme - Herding futures: decent work for women herders in Lesotho (2020-2022)."
            " One key activity was the holding of roundtables in Maseru, to the benefit of women herders"
            " who move between districts.",
            "The Wool cooperative pilot was expanded, to the benefit of young shearers and their families.",
            "The team also supports a national herding policy, which is expected to benefit the elderly.",
            "Herding futures: decent work for women herders in Lesotho improved services for the benefit of"
            " all women in Lesotho.",
        ),
    )
    assert edge_names(b, "targets") == {
        (PROGRAMME, "women herders who move between districts"),
        ("Wool cooperative pilot", "young shearers and their families"),
    }


def test_the_programme_contributed_to_a_framework_for_listed_groups_and_a_subtitle_for_people():
    b = _builder()
    beneficiaries.load(
        b,
        doc_of(
            "“Herding futures: decent work for women herders in Lesotho” is an initiative of the Fund."
            " This joint initiative contributed to an effective legal framework for female herders and"
            " women miners, through dialogue.",
            "The UN created the joint program Herding Futures: social protection for wool workers, financed by"
            " the Fund.",
            "The programme contributed to a framework for better wool prices.",  # no people listed
        ),
    )
    assert edge_names(b, "targets") == {
        (PROGRAMME, "female herders"),
        (PROGRAMME, "women miners"),
        (PROGRAMME, "wool workers"),
    }


def test_a_campaign_or_activity_whose_name_says_for_whom_targets_them_citing_a_line_naming_both():
    b = _builder()
    doc = doc_of(
        "The campaign #FairWool, to raise employers' awareness of women herders' rights, reached 2 million people.",
        'The team held 4 sessions on "Safety at work for women miners in the dry season".',
        "The training programme for wool workers of Maseru ended.",
    )
    for cls, name, line in (
        ("Campaign", "#FairWool campaign on the rights of women herders", 1),
        ("Activity", '4 sessions on "Safety at work for women miners in the dry season"', 2),
        ("Training", "Training programme for wool workers of Maseru", 3),  # a training: its name is its topic
        ("Campaign", "Campaign for rural women", 3),  # no line of the document names the women
    ):
        b.kg.add_node(node_iri(cls, name), cls, name, b.source("t", line))
    beneficiaries.load(b, doc)
    b.finish()
    assert edge_names(b, "targets") == {
        ("#FairWool campaign on the rights of women herders", "women herders"),
        ('4 sessions on "Safety at work for women miners in the dry season"', "women miners"),
    }


def test_people_of_an_age_range_are_targeted_by_the_one_service_the_sentence_names():
    b = _builder()
    study = "Costing study of care for children"
    b.register(b.kg.add_node(node_iri("KnowledgeProduct", study), "KnowledgeProduct", study, b.source("t", 1)), study)
    beneficiaries.load(
        b,
        doc_of(
            "A key local policy was the Wool cooperative pilot for young women (16-24 years old) in Maseru.",
            "The Costing study of care for children (0-5 years old) was presented.",  # a product: its subject
        ),
    )
    b.finish()
    assert edge_names(b, "targets") == {("Wool cooperative pilot", "young women (16-24 years old)")}


def test_people_a_thing_named_before_will_reach_are_its_targets_but_not_after_a_plural_subject():
    b = _builder()
    guide = "Wool safety guidelines"
    b.register(b.kg.add_node(node_iri("Policy", guide), "Policy", guide, b.source("t", 1)), guide)
    beneficiaries.load(
        b,
        doc_of(
            "The National Commission adopted the Wool safety guidelines. The foregoing will favorably impact the"
            " working conditions of some 20,000 herders, shearers, and traders in the wool chain in Lesotho.",
            "The Wool cooperative pilot was expanded. The pilots have the potential to impact 3,000 women herders.",
        ),
    )
    b.finish()
    assert edge_names(b, "targets") == {(guide, "herders, shearers, and traders in the wool chain")}
