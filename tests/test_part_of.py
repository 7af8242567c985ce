"""What a sentence says was done as part of a programme (:mod:`gapgraph.loaders.part_of`), on invented
text of a Ghanaian programme."""

from __future__ import annotations

from gapgraph.loaders import part_of
from tests.synthetic import builder_knowing, doc_of, edge_names

KNOWN = [
    ("Programme", "Cash Plus"),
    ("Programme", "Youth Connect initiative"),
    ("Activity", '4 webinars on "Grants for carers"'),
    ("KnowledgeProduct", "Guide on child grants"),
    ("Policy", "National Social Protection Policy"),
    ("Event", "Youth Challenge Ghana"),
]


def test_activities_and_products_before_as_part_of_a_programme_are_its_parts():
    b = builder_knowing(["UNICEF"], KNOWN)
    part_of.load(
        b,
        doc_of(
            'UNICEF held 4 webinars on "Grants for carers" and the Guide on child grants, informing the National '
            "Social Protection Policy, as part of the response of the joint programme Cash Plus.",
            "As part of the Youth Connect initiative, from 2019 to 2020, UNICEF launched the Youth Challenge Ghana.",
        ),
    )
    assert edge_names(b, "partOf") == {
        ('4 webinars on "Grants for carers"', "Cash Plus"),
        ("Guide on child grants", "Cash Plus"),
        ("Youth Challenge Ghana", "Youth Connect initiative"),
    }, "a policy the work informs is no part of the programme"


def test_part_of_something_that_is_no_programme_or_with_words_between_relates_nothing():
    b = builder_knowing(["UNICEF"], KNOWN)
    part_of.load(
        b,
        doc_of(
            "As part of the communication strategy, the Guide on child grants was shared.",
            "The Guide on child grants was made as part of efforts by the government and Cash Plus.",
        ),
    )
    assert edge_names(b, "partOf") == set()
