"""Courses a document names by their title: one ``Training`` node per course, each title as written.

"the on-line course on *Social Protection, Care and Gender*" and, in the results table, "the on-line
course on Social protection, gender and care, developed with ..." are one course (their titles share
most of their words), whose two titles stay as cited ``writtenName`` values (and aliases), so that
``gapgraph conflicts`` shows a course titled differently. A title is the emphasised text after
"course (on|of|entitled|called)", or, unmarked, a capitalised title up to the clause that follows.

>>> [t for _, t in titles("the on-line course on *E-coaching on social protection: towards responsive systems*.")]
['E-coaching on social protection: towards responsive systems']
>>> [t for _, t in titles("participated in the on-line course on Social protection, gender and care, developed with")]
['Social protection, gender and care']
>>> titles("a course on technical skills for domestic workers conducted by the institute")
[]
"""

from __future__ import annotations

import re

from gapgraph.graph.ids import node_iri
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document

_LEAD = r"\bcourse\s+(?:on\s+|of\s+|entitled\s+|called\s+|named\s+)?"
_MARKED = re.compile(_LEAD + r"(?:<i>|<em>|\*(?!\*)|“|\")(?P<title>[^*<>“”\"\n]{4,120}?)(?:</i>|</em>|\*|”|\")", re.I)
_UNMARKED = re.compile(
    _LEAD + r"(?P<title>[A-Z][^.;()<>*\t]{3,100}?)"
    r"(?=,\s+(?:developed|delivered|organi[sz]ed|conducted|held|that|which|with|by)\b|\s+(?:developed|delivered|conducted|"
    r"organi[sz]ed|held|by|from|that|which)\b|[.;\t]|$)"
)
SAME_COURSE = 0.6
"""Share of words (of the two titles' words together) two titles of one course have in common."""


def titles(line: str) -> list[tuple[int, str]]:
    """The course titles a line gives, with where each starts."""
    found = [(m.start("title"), m["title"].strip(" ,:")) for m in _MARKED.finditer(line)]
    taken = [m.span() for m in _MARKED.finditer(line)]
    for match in _UNMARKED.finditer(line):
        if not any(s <= match.start() < e for s, e in taken):
            found.append((match.start("title"), match["title"].strip(" ,:")))
    return sorted(found)


_NOT_TITLE = {"on", "of", "the", "and", "a", "an", "for", "in", "to", "training", "course", "line", "online"}


def _words(title: str) -> set[str]:
    return set(re.findall(r"\w+", title.casefold())) - _NOT_TITLE


def _same(a: str, b: str) -> bool:
    first, second = _words(a), _words(b)
    return bool(first | second) and len(first & second) / len(first | second) >= SAME_COURSE


def _course(builder: Builder, title: str) -> str | None:
    """The known course (read here or by the trainings reader) one of whose names is this title's."""
    known = builder.index("courses")  # title -> node
    node = next((n for t, n in known.items() if _same(t, title)), None)
    if node is not None:
        return node
    return next(
        (
            n
            for n, data in builder.kg.nodes("Training")
            if any(_same(name, title) for name in (data["name"], *data["aliases"]))
        ),
        None,
    )


def load(builder: Builder, doc: Document) -> None:
    """Every course ``doc`` names by its title, one node per course across the build (the node the
    trainings reader made for it, when it made one)."""
    known = builder.index("courses")
    for number, line in enumerate(doc.lines, start=1):
        for _, title in titles(line):
            node = _course(builder, title) or node_iri("Training", "course", title)
            builder.kg.add_node(node, "Training", title, builder.source(doc.id, number))
            known.setdefault(title, node)
