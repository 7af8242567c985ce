"""A counted series of sessions with a quoted title: "held 6 virtual sessions on "Safety at work for
herders"" names one ``Activity``, called as the text writes it (count, kind and title), citing the line.

The title must be quoted and start with a capital; a series without a title ("three sessions on the
law") says too little of what it was, and a workshop or course is a training (:mod:`..trainings`).

>>> _SERIES.search('we held 4 online webinars on "Grants for herders in Leribe" in May').group(0)
'4 online webinars on "Grants for herders in Leribe"'
"""

from __future__ import annotations

import re

from gapgraph.graph.ids import node_iri
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.discovery.lines import plain_lines
from gapgraph.loaders.document import Document

_COUNT = r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve)"
_SERIES = re.compile(
    rf"\b{_COUNT}\s+(?:(?:virtual|online|on-line|in-person|face-to-face|regional|national|local|public)\s+)?"
    r"(?:sessions|webinars|seminars|forums|dialogues|talks|conferences)\s+on\s+"
    r"(?P<open>[“\"])(?P<title>[A-Z][^“”\"]{8,150})[”\"]"
)


def load(builder: Builder, doc: Document) -> None:
    """One ``Activity`` per titled series of sessions a line of ``doc`` names."""
    for number, text in enumerate(plain_lines(doc), start=1):
        for match in _SERIES.finditer(text):
            name = match.group(0).replace("“", '"').replace("”", '"')
            node = node_iri("Activity", name)
            builder.kg.add_node(node, "Activity", name, builder.source(doc.id, number))
            builder.register(node, match.group(0))
