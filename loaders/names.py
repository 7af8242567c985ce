"""Names as each document writes them: a ``writtenName`` claim per name, citing the lines that print it.

Aliases carry no sources of their own, so two documents naming one body differently ("Secretary of
Labor and Social Protection", "Ministry of Labor and Social Welfare") could not be told apart. After
every document is loaded, each named thing's cited lines are searched for its name and aliases; the
ones printed there become cited ``writtenName`` values (``gapgraph conflicts`` compares them).

A programme a document names by its short name followed by a title ("the joint program Closing
Gaps: social protection for domestic workers, financed by ...") is written with that title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.mentions import MentionIndex
from gapgraph.loaders.text import plain

NAMED = (
    "Actor",
    "Programme",
    "LegalInstrument",
    "Policy",
    "Pilot",
    "KnowledgeProduct",
    "Mechanism",
    "Campaign",
    "Activity",
)
"""Classes whose names are compared across documents (people, places and results are not)."""
UNNAMED = ("Person",)

_TITLE = re.compile(r"\s*:\s*(?P<title>[A-Za-z][^,;()\n.]{3,120}?)\s*[,;(]")
"""A title after the short name, up to the comma, semicolon or bracket that ends it (a title running
to the end of a sentence cannot be told from the sentence's verb)."""
_TITLE_WORDS = 14


def _text(doc: Document, first: int, last: int) -> str:
    """Lines ``first`` to ``last`` as plain text, italics marks (``*``) dropped."""
    lines = range(first, min(last, len(doc.lines)) + 1)
    return " ".join(plain(doc.lines[i - 1]).replace("*", "") for i in lines)


def load(builder: Builder, documents: Iterable[Document]) -> None:
    """Record the ``writtenName`` of every named thing at each of its cited lines, and programme titles.

    A name several things share ("Secretary of Labor and Social Protection" of a federal and two
    state ministries) says nothing of which one a line meant, and a name inside a longer known name
    ("STPS" in "STPS Jalisco") is not written there: neither is recorded.
    """
    kg = builder.kg
    docs = {d.id: d for d in documents}
    named = [
        (node_id, data)
        for node_id, data in kg.nodes()
        if data["aliases"] and kg.is_a(node_id, *NAMED) and not kg.is_a(node_id, *UNNAMED)
    ]
    owners: dict[str, set[str]] = {}
    every = MentionIndex()
    for node_id, data in named:
        for name in [data["name"], *data["aliases"]]:
            owners.setdefault(" ".join(name.casefold().split()), set()).add(node_id)
            every.add(name, node_id)
    for node_id, data in named:
        index = MentionIndex()
        for name in [data["name"], *data["aliases"]]:
            if len(owners[" ".join(name.casefold().split())]) == 1:
                index.add(name, node_id)
        for source in list(data["sources"]):
            doc = docs.get(source.doc)
            if doc is None:
                continue
            text = _text(doc, *source.lines)
            longest = every.find(text)
            for mention in index.find(text):
                if any(
                    m.start <= mention.start and mention.end <= m.end and m.end - m.start > mention.end - mention.start
                    for m in longest
                ):
                    continue
                if mention.text.count("(") != mention.text.count(")"):
                    continue  # "PDoLVT) of Siem Reap": words across a bracket's edge, no name the line prints
                kg.add_claim(node_id, "writtenName", mention.text, source)
    for doc in docs.values():
        _programme_titles(builder, doc)


def _programme_titles(builder: Builder, doc: Document) -> None:
    """'<programme's short name>: <title>' read as the title the document gives the programme."""
    kg = builder.kg
    for number, raw in enumerate(doc.lines, start=1):
        line = plain(raw)
        if ":" not in line:
            continue
        for mention in builder.mentions(line, ("programme",)):
            if not kg.is_a(mention.node_id, "Programme") or len(mention.text) >= len(kg.node(mention.node_id)["name"]):
                continue
            data = kg.node(mention.node_id)
            here = " ".join(line[mention.start :].casefold().split())
            if any(
                here.startswith(" ".join(n.casefold().split()))
                for n in [data["name"], *data["aliases"]]
                if len(n) > len(mention.text)
            ):
                continue  # the full name is written here
            rest, last = line[mention.end :], number
            if not rest.strip(" :") and rest.strip() == ":":
                following = next(
                    (
                        (i, plain(doc.lines[i - 1]))
                        for i in range(number + 1, min(number + 3, len(doc)) + 1)
                        if plain(doc.lines[i - 1])
                    ),
                    None,
                )
                if following is None:
                    continue
                last, rest = following[0], f": {following[1]}"
            match = _TITLE.match(rest)
            if match is None or len(match["title"].split()) > _TITLE_WORDS:
                continue
            title = f"{mention.text}: {match['title'].strip()}"
            kg.add_claim(mention.node_id, "writtenName", title, builder.source(doc.id, number, last))
