"""SDG goals and targets listed under a label ("Targets: 1.3, 2.2 and 17.17", "SDGs impacted: 1, 5").

A results report's strategic-priority box names the targets it serves as bare codes on the line
under a "Targets:" label (or after it); each code the base registry knows becomes its node, cited
by the line that lists it. The list line must hold codes only, so a sentence that happens to follow
the label is never read as a list.

>>> targets_in("1.3, 2.2, 10.4, and 17.17")
['1.3', '2.2', '10.4', '17.17']
>>> goals_in("1, 2, 3 y 17"), targets_in("Target 2021 was met")
(['1', '2', '3', '17'], [])
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from gapgraph.loaders.discovery.lines import plain_lines
from gapgraph.loaders.sdgs import sdg_node

if TYPE_CHECKING:
    from gapgraph.loaders.builder import Builder
    from gapgraph.loaders.document import Document

_JOIN = r"(?:\s*,\s*(?:(?:and|y|e|et)\s+)?|\s+(?:and|y|e|et|&)\s+)"
_TARGET = r"\d{1,2}\.(?:\d{1,2}|[a-z])"
_GOAL = r"\d{1,2}"
_TARGETS = re.compile(rf"^\s*{_TARGET}(?:{_JOIN}{_TARGET})*\s*\.?\s*$", re.I)
_GOALS = re.compile(rf"^\s*{_GOAL}(?:{_JOIN}{_GOAL})*\s*\.?\s*$", re.I)
_TARGET_LABEL = re.compile(
    r"^\s*(?:SDGs?\s+|ODS\s+|ODD\s+)?(?:Targets?|Metas?|Cibles?)"
    r"(?:\s+(?:impacted|addressed|del? los ODS))?\s*:\s*(?P<rest>.*)$",
    re.I,
)
_GOAL_LABEL = re.compile(
    r"^\s*(?:SDGs?|ODS|ODD|(?:Sustainable Development )?Goals)(?:\s+(?:impacted|addressed))?\s*:\s*(?P<rest>.*)$",
    re.I,
)
_LOOKAHEAD = 4
"""How many lines under a bare label its list may start (blank lines between them)."""


def targets_in(text: str) -> list[str]:
    """The target codes of a line that lists target codes only, else none."""
    return re.findall(_TARGET, text) if _TARGETS.match(text) else []


def goals_in(text: str) -> list[str]:
    """The goal codes of a line that lists goal codes only, else none."""
    return re.findall(_GOAL, text) if _GOALS.match(text) else []


def _listed(lines: tuple[str, ...], index: int, rest: str) -> tuple[int, str] | None:
    """The line (0-based) and text of the list a label at ``index`` introduces: its own rest, or the
    first non-empty line below it."""
    if rest.strip():
        return index, rest
    for below in range(index + 1, min(len(lines), index + 1 + _LOOKAHEAD)):
        if lines[below].strip():
            return below, lines[below]
    return None


def load(builder: Builder, doc: Document) -> None:
    """Every goal and target listed under a label in ``doc``, a node citing its list line."""
    lines = plain_lines(doc)
    for index, line in enumerate(lines):
        for label, read, cls in ((_TARGET_LABEL, targets_in, "SDGTarget"), (_GOAL_LABEL, goals_in, "SDGGoal")):
            match = label.match(line)
            listed = _listed(lines, index, match["rest"]) if match else None
            if listed is None:
                continue
            where, text = listed
            for code in read(text):
                node = sdg_node(builder, code)
                if node is not None and builder.kg.is_a(node, cls):
                    name = builder.kg.node(node)["name"]
                    builder.kg.add_node(node, cls, name, builder.source(doc.id, where + 1))
