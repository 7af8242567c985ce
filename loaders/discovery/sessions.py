"""A counted series of sessions with a quoted title: "held 6 virtual sessions on "Safety at work for
herders"" names one ``Activity``, called as the text writes it (count, kind and title), citing the line.

The title must be quoted and start with a capital; a series without a title ("three sessions on the
law") says too little of what it was, and a workshop or course is a training (:mod:`..trainings`).

A series the text says was held, without a title, is one too when a word says how it ran ("a
series of monthly dialogues was held to promote grants for herders"): the ``Activity`` is named by
that word and the kind ("monthly dialogues"), also known as the series with its purpose ("series of
monthly dialogues to promote grants for herders"); a bare "a series of dialogues was held" is too
little. A webinar series is left to :mod:`.series`, which joins all its wordings in one node.

A series introduced by a colon before its quoted title ("Series of virtual sessions:
“Grazing safely”", "Cycle of webinars: ...") is the ``Activity`` named by the title.

An event the text titles, in italics or quotes, right after its kind ("a high-level event *Care
is work: a panel of generations*", "the forum “Herders and the law”") is an ``Event`` named by
its title, citing the line. A broadcast the programme takes part in by its quoted title ("a weekly
participation of 15 minutes in the radio program “Voices of herders”") is an ``Activity`` of that
title.

>>> _SERIES.search('we held 4 online webinars on "Grants for herders in Leribe" in May').group(0)
'4 online webinars on "Grants for herders in Leribe"'
>>> held("In 2021 a series of monthly dialogues were held in 2021, to promote care for elders, with mayors.")
('monthly dialogues', 'series of monthly dialogues to promote care for elders')
>>> entitled_series('- Series of virtual sessions: "Safety for herders in the face of drought" (<https://x>)')
['Safety for herders in the face of drought']
>>> held("A series of webinars was held.") is None
True
>>> broadcasts('the JP has a weekly participation of 15 minutes in the program "Mahlaseli", on 12 stations')
['Mahlaseli']
>>> titled_events('On May 2 UNICEF held a high-level event *Care is work: a panel of generations* in Maseru.')
['Care is work: a panel of generations']
"""

from __future__ import annotations

import re

from gapgraph.graph.ids import node_iri
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.discovery import series
from gapgraph.loaders.discovery.lines import plain_lines
from gapgraph.loaders.document import Document

_COUNT = r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve)"
_SERIES = re.compile(
    rf"\b{_COUNT}\s+(?:(?:virtual|online|on-line|in-person|face-to-face|regional|national|local|public)\s+)?"
    r"(?:sessions|webinars|seminars|forums|dialogues|talks|conferences)\s+on\s+"
    r"(?P<open>[“\"])(?P<title>[A-Z][^“”\"]{8,150})[”\"]"
)

_HOW = (
    r"(?:biweekly|bi-weekly|weekly|fortnightly|monthly|quarterly|daily|virtual|online|on-line|in-person|"
    r"face-to-face)"
)
_HELD = re.compile(
    rf"\ba\s+series\s+of\s+(?P<name>(?:{_HOW}\s+)+(?:sessions|webinars|seminars|forums|dialogues|talks|conferences))"
    r"\s+(?:was|were)\s+(?:held|organi[sz]ed|conducted|carried out)\b"
    r"(?:\s+(?:in|during)\s+\d{4})?,?(?:\s+(?P<purpose>to\s+[a-z][^,.;()]{5,80}?))?(?=\s+with\b|[,.;(]|$)",
    re.I,
)
"""An untitled series the text says was held, with the word that says how it ran, and its purpose."""

_ENTITLED = re.compile(
    rf"\b(?:series|cycle)\s+of\s+(?:(?:{_HOW}|regional|national|public)\s+)*"
    r"(?:sessions|webinars|seminars|forums|dialogues|talks|conferences)\s*:\s*[“\"](?P<title>[A-Z][^“”\"]{8,150})[”\"]",
    re.I,
)
"""A series named by a colon and its quoted title."""


def entitled_series(text: str) -> list[str]:
    """The quoted titles of the series a plain line introduces with a colon."""
    return [" ".join(m["title"].split()) for m in _ENTITLED.finditer(text)]


def held(text: str) -> tuple[str, str | None] | None:
    """The (name, name with purpose) of the first untitled series ``text`` says was held, or None."""
    match = _HELD.search(text)
    if match is None:
        return None
    name = " ".join(match["name"].split())
    return name, f"series of {name} {match['purpose'].strip()}" if match["purpose"] else None


_EVENT = re.compile(
    r"\b(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,3}?(?:event|panel|forum|conference|webinar|seminar|dialogue|"
    r"meeting|conversation|roundtable|round-table)\s+(?:entitled\s+|titled\s+|called\s+)?"
    r"(?:\*(?P<italic>[A-Z][^*]{8,150}?)\*|[“\"](?P<quoted>[A-Z][^“”\"]{8,150}?)[”\"])"
)
"""An event's kind (after an article and a few lower-case words) and its italic or quoted title."""


def titled_events(raw: str) -> list[str]:
    """The titles of the events a raw line (markup kept) titles after their kind."""
    return [" ".join((m["italic"] or m["quoted"]).split()) for m in _EVENT.finditer(raw)]


_BROADCAST = re.compile(
    r"\bparticipation\b[^.;“”\"]{0,40}?\s+in\s+the\s+(?:(?:weekly|monthly|daily|radio|television|TV|online)\s+){0,2}"
    r"(?:program|programme|show|broadcast|podcast)\s+[“\"](?P<title>[A-Z][^“”\"]{1,80}?)[”\"]"
)
"""A broadcast the text takes part in, by its quoted title."""


def broadcasts(text: str) -> list[str]:
    """The titles of the broadcasts a plain line says someone has a participation in."""
    return [" ".join(m["title"].split()).strip(" .,") for m in _BROADCAST.finditer(text)]


def load(builder: Builder, doc: Document) -> None:
    """One ``Activity`` per series of sessions, one ``Event`` per titled event, a line of ``doc`` names."""
    for number, (raw, text) in enumerate(zip(doc.lines, plain_lines(doc), strict=True), start=1):
        for title in titled_events(raw):
            node = node_iri("Event", title)
            builder.kg.add_node(node, "Event", title, builder.source(doc.id, number))
            builder.register(node, title)
        for match in _SERIES.finditer(text):
            name = match.group(0).replace("“", '"').replace("”", '"')
            node = node_iri("Activity", name)
            builder.kg.add_node(node, "Activity", name, builder.source(doc.id, number))
            builder.register(node, match.group(0))
        for title in (*broadcasts(text), *entitled_series(text)):
            node = node_iri("Activity", title)
            builder.kg.add_node(node, "Activity", title, builder.source(doc.id, number))
            builder.register(node, title)
        found = held(text)
        if found is not None and not any(found[0] in wording for wording in series.named(text)):
            name, purposed = found
            node = node_iri("Activity", name)
            aliases = [f"series of {name}", *([purposed] if purposed else [])]
            builder.kg.add_node(node, "Activity", name, builder.source(doc.id, number), aliases=aliases)
            for alias in (name, *aliases):
                builder.register(node, alias)
