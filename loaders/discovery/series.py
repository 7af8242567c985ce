"""Series of online sessions a programme held: "a series of biweekly webinars was held to promote
social protection", "the webinar series on pensions and OSH for herders".

A series is an ``Activity`` (the ontology's own example), one per topic within a country: every
wording that names it ("the series of webinars to promote ...", "the webinar series on ...", the
bare "series of biweekly webinars") is its name there, citing the line. A wording with a topic
joins the known series whose topic shares most of its words (or starts one); a bare wording joins
the one series known in the country, and names nothing when there are several or none yet, in
which case it waits for the document's wordings with a topic.

>>> [m["name"] for m in _SERIES.finditer("a series of biweekly webinars was held to promote pensions")]
['series of biweekly webinars']
>>> [m["name"] for m in _SERIES.finditer("attended the webinar series on pensions and OSH for herders in Maseru.")]
['webinar series on pensions and OSH for herders in Maseru']
"""

from __future__ import annotations

import re

from gapgraph.graph.ids import node_iri
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.discovery.lines import plain_lines
from gapgraph.loaders.discovery.things import acronyms, content_stems, spelled_out
from gapgraph.loaders.document import Document

_FREQUENCY = r"(?:(?:bi-?weekly|weekly|monthly|virtual|online)\s+)"
_SERIES = re.compile(
    rf"\b(?:an?|the|COVID-19)\s+(?P<name>{_FREQUENCY}?(?:series\s+of\s+{_FREQUENCY}?(?:webinars|online\s+sessions|web\s+seminars)"
    rf"|(?:webinar|online)\s+series|webinars(?=\s+(?:that|which)\s+focus))"
    r"(?P<topic>\s+(?:(?:that|which)\s+focus(?:ed|es)?\s+on|on|about|regarding|to\s+promote)\s+[^.,;:()]{6,120}?)?)"
    r"(?=\s*[.,;:()]|\s+(?:was|were|is|are|has|had|have|and\s+(?:the|a|an)|with|in\s+\d|that|which|held)\b|$)",
    re.I,
)
"""A series by its kind, its frequency and its topic, up to a verb, a new item or a punctuation mark."""
_KIND_WORDS = frozenset(
    {
        "series",
        "serie",
        "webinar",
        "biweekly",
        "bi-weekly",
        "weekly",
        "monthly",
        "online",
        "session",
        "focused",
        "focuse",
        "focus",
    }
)


def named(text: str) -> list[str]:
    """The wordings of webinar series ``text`` names (this module's reading of them).

    >>> named("A series of weekly webinars was held to promote pensions.")
    ['series of weekly webinars']
    """
    return [m["name"] for m in _SERIES.finditer(text)]


def _topic(name: str) -> frozenset[str]:
    """The content stems of a series' name, without the words of its kind."""
    return frozenset(w for w in content_stems(name) if w.rstrip("s") not in _KIND_WORDS and w not in _KIND_WORDS)


def _series_known(builder: Builder, spelled: dict[str, str]) -> dict[str, list[frozenset[str]]]:
    prefix = _iri(builder, "")
    return {
        node: [_topic(spelled_out(n, spelled)) for n in (data["name"], *data["aliases"])]
        for node, data in builder.kg.nodes("Activity")
        if node.startswith(prefix)
    }


def _iri(builder: Builder, label: str) -> str:
    """A series' IRI: the country's series first ("series-lesotho-..."), then its first name."""
    return node_iri("Activity", "series", *([builder.country] if builder.country else []), label)


def _same_topic(topic: frozenset[str], known: dict[str, list[frozenset[str]]]) -> str | None:
    """The one known series whose topic holds every word of ``topic``, else the one whose topic
    shares at least half the words of both (the best, if one)."""
    holding = {node for node, names in known.items() if any(topic <= theirs for theirs in names)}
    if len(holding) == 1:
        return next(iter(holding))
    scored = sorted(
        (
            (max((len(topic & theirs) / len(topic | theirs) for theirs in names if theirs), default=0.0), node)
            for node, names in known.items()
        ),
        reverse=True,
    )
    if scored and scored[0][0] >= 0.5 and (len(scored) == 1 or scored[1][0] < scored[0][0]):
        return scored[0][1]
    return None


def load(builder: Builder, doc: Document) -> None:
    """Every series of webinars ``doc`` names: its topic-bearing wordings first, then the bare ones."""
    kg = builder.kg
    found = [
        (number, match["name"], bool(match["topic"]))
        for number, text in enumerate(plain_lines(doc), start=1)
        if "\t" not in doc.lines[number - 1]
        for match in _SERIES.finditer(text)
    ]
    spelled = acronyms(doc)
    for number, name, topical in sorted(found, key=lambda f: not f[2]):
        source = builder.source(doc.id, number)
        known = _series_known(builder, spelled)
        if topical:
            node = _same_topic(_topic(spelled_out(name, spelled)), known)
            if node is None:
                label = name[0].upper() + name[1:]
                node = _iri(builder, label)
                kg.add_node(node, "Activity", label, source)
        elif len(known) == 1:
            (node,) = known
        else:
            continue
        kg.add_node(node, "Activity", name, source)
        bare = re.sub(r"^series\s+of\s+", "", name, flags=re.I)
        for alias in {name, bare}:
            if builder.resolve(alias) is None:
                builder.register(node, alias, builder.country)
