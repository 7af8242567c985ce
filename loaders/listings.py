"""Which places a report lists for one kind of product at one stage: "the diagnostics of Maseru,
Leribe and Mafeteng are under review".

A clause naming a kind of product (a diagnostic, study, strategy, action plan, assessment ...; or
"those of" after one), a list of two or more known places, and a stage (pending: "under review",
"under revision", "soon to be published", "final drafts"; published: "has been published",
"launched") becomes a reported observation of the programme, one per document, kind and stage,
whose printed value is the places (by their graph names, sorted): "Leribe, Mafeteng and Maseru (three
places)".
Two clauses of one report listing different places for the same kind and stage give that
observation two values, which ``gapgraph conflicts`` lists (one report saying the diagnostics of
three districts are under review, and further on those of four).

A sentence saying the first product of a kind is still being prepared ("The draft of the first
action plan for seasonal workers is being prepared") is recorded too, as that kind's products
finished: none (:data:`IN_PREPARATION`), which :mod:`gapgraph.queries.firsts` sets against the
report's own count of them.

>>> clauses("The diagnostic of Maseru was launched, and those of Leribe and Berea are under review.")
['The diagnostic of Maseru was launched', 'those of Leribe and Berea are under review.']
>>> stage_of("the soon to be published diagnostics of A and B"), stage_of("has been published")
('pending', 'published')
"""

from __future__ import annotations

import re

from gapgraph.graph.ids import slug
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.observations import add_observation, node_key
from gapgraph.loaders.sections import sentences
from gapgraph.loaders.text import plain

_CLAUSE = re.compile(r"[();:]|,\s+and\s+(?=(?:those|the ones|these)\b)", re.I)
_ANAPHORA = re.compile(r"^\s*(?:those|the ones|these)\b", re.I)
_KINDS = {
    "diagnostic": r"diagnos(?:tic|is|es|tics)",
    "study": r"stud(?:y|ies)",
    "strategy": r"strateg(?:y|ies)",
    "action plan": r"action plans?",
    "assessment": r"assessments?",
    "protocol": r"protocols?",
}
_KIND = re.compile(
    r"\b(?:" + "|".join(f"(?P<{slug(k).replace('-', '_')}>{p})" for k, p in _KINDS.items()) + r")\b", re.I
)
_STAGES = (
    (
        "pending",
        re.compile(
            r"\b(?:under (?:review|revision)|being (?:reviewed|revised|finali[sz]ed|edited)"
            r"|(?:soon )?to be published|will be (?:soon )?published|final drafts?)\b",
            re.I,
        ),
    ),
    ("published", re.compile(r"\b(?:(?:has|have) been|were|was) (?:published|launched)\b", re.I)),
)
_PLURALS = {"study": "studies", "strategy": "strategies"}
_FIRST = re.compile(
    r"\bfirst\s+(?P<kind>" + "|".join(_KINDS.values()) + r")\b[^.;]*?\b(?:is|are)\s+(?:still\s+)?"
    r"(?:being\s+(?:prepared|drafted|developed|designed|elaborated|written)|under\s+(?:preparation|development))\b",
    re.I,
)
"""A report saying its first product of a kind is still in the making: "The draft of the first action
plan ... is being prepared" (none of that kind is finished yet)."""
IN_PREPARATION = "the first still in preparation"
"""The printed value of a kind none of which is finished, as :func:`load` records it."""
_SEPARATOR = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?$", re.I)
MINIMUM = 2
"""How many places a list must name."""


def clauses(sentence: str) -> list[str]:
    """A sentence cut where a new clause of its own subject starts (a bracket, a semicolon, a colon,
    ", and those")."""
    return [c.strip() for c in _CLAUSE.split(sentence) if c.strip()]


def stage_of(text: str) -> str | None:
    """The stage a clause gives its products, pending before published ("under review and will be published")."""
    for name, pattern in _STAGES:
        if pattern.search(text):
            return name
    return None


def kind_of(text: str, first: bool = False) -> str | None:
    """The last kind of product a text names (the first, for the antecedent of "those of"), as its singular."""
    found = list(_KIND.finditer(text))
    if not found:
        return None
    group = next(g for g, v in found[0 if first else -1].groupdict().items() if v)
    return next(k for k in _KINDS if slug(k).replace("-", "_") == group)


class PlaceLists:
    """The known places of a graph, matched longest name first."""

    def __init__(self, builder: Builder) -> None:
        names: dict[str, str] = {}
        for node, data in builder.kg.nodes("Place"):
            for name in (data["name"], *data["aliases"]):
                if len(name) > 3:
                    names.setdefault(name.lower(), node)
        self.nodes = names
        ordered = sorted(names, key=len, reverse=True)
        self.pattern = (
            re.compile(r"\b(?:" + "|".join(re.escape(n) for n in ordered) + r")\b", re.I) if ordered else None
        )

    def listed(self, text: str) -> tuple[list[str], int]:
        """The longest run of two or more places a text lists ("A, B and the C"), as nodes, and where
        it starts; ([], 0) if none."""
        if self.pattern is None:
            return [], 0
        best: list[str] = []
        run: list[str] = []
        start = best_start = 0
        end = None
        for match in self.pattern.finditer(text):
            node = self.nodes[match.group().lower()]
            if end is not None and run and _SEPARATOR.match(text[end : match.start()]):
                run.append(node)
            else:
                run, start = [node], match.start()
            end = match.end()
            if len(run) > len(best):
                best, best_start = list(run), start
        return (list(dict.fromkeys(best)), best_start) if len(set(best)) >= MINIMUM else ([], 0)


_COUNTS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def printed(names: list[str]) -> str:
    """The places as one value, sorted, with their count in words at the end, so that a list is never
    read as a longer list cut short ("Berea and Leribe (two places)").

    >>> printed(["Leribe", "Berea", "Mafeteng"])
    'Berea, Leribe and Mafeteng (three places)'
    """
    names = sorted(names)
    count = _COUNTS[len(names) - 2] if 2 <= len(names) <= 10 else f"{len(names)}"
    return f"{', '.join(names[:-1])} and {names[-1]} ({count} places)"


def load(builder: Builder, doc: Document, programme: str | None) -> None:
    """Record, for ``programme``, the places each clause lists for a kind of product at a stage."""
    if programme is None:
        return
    places = PlaceLists(builder)
    kg = builder.kg
    period = str(doc.meta.get("period") or doc.meta.get("date") or doc.id)

    def record(number: int, label: str, value: str, count: int | None = None) -> None:
        """The programme's observation ``label`` of this document, printed ``value``, cited to line ``number``."""
        add_observation(
            kg,
            programme,
            builder.source(doc.id, number),
            key=(node_key(programme), slug(label), slug(doc.id)),
            name=f"{kg.node(programme)['name'][:60]}: {label} ({doc.id})",
            printed=value,
            kind="reported",
            period=period,
            number=count,
            measure=label,
        )

    for number, raw in enumerate(doc.lines, start=1):
        if "\t" in raw:
            continue
        for sentence in sentences(plain(raw).lstrip("-•⇒ ")):
            first = _FIRST.search(sentence)
            if first:
                kind = kind_of(first.group("kind")) or first.group("kind").lower()
                record(number, f"{_PLURALS.get(kind, kind + 's')} finished", f"none: {IN_PREPARATION}", 0)
            earlier: list[str] = []
            for clause in clauses(sentence):
                (listed, start), stage = places.listed(clause), stage_of(clause)
                kind = None if _ANAPHORA.match(clause) else kind_of(clause[:start]) or kind_of(clause, first=True)
                kind = kind or next((k for c in reversed(earlier) if (k := kind_of(c, first=True))), None)
                earlier.append(clause)
                if not listed or stage is None or kind is None:
                    continue
                label = f"places of the {_PLURALS.get(kind, kind + 's')} {stage}"
                record(number, label, printed([kg.node(p)["name"] for p in listed]))
