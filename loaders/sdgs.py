"""The SDG goals and targets of the base registry (``data/base/sdgs.yaml``), made nodes when named.

Every goal and target is indexed by its code and found under the spellings documents use — "SDG
8.8", "Target 8.8", "SDG target 8.8", Spanish "Meta 8.8" / "ODS 8.8", French "Cible 8.8" / "ODD 8.8";
"SDG 5", "Goal 5", "Objetivo 5", "Objectif 5" (:func:`sdg_code`; the codes are not given to the name
resolver, whose normal form drops the letters "a" and "c" of "1.a" and "1.c"). It becomes a node (its
UN IRI, cited by the registry line) only when a loader asks for it (:func:`sdg_node`), so a build holds
the goals and targets its documents name and no others. A target brings its goal, which it is ``partOf``.
"""

from __future__ import annotations

import re
from functools import partial

from gapgraph.graph.ids import sdg_target_iri
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.errors import LoadError
from gapgraph.loaders.lined_yaml import Scalar
from gapgraph.ontology.models import Source

SECTIONS = ("goals", "targets")
INDEX = "sdg-codes"
"""The builder's lookup table (:meth:`Builder.index`) of the codes the registry knows, to node ids."""
GOAL_CODE = re.compile(r"^(?P<goal>\d{1,2})$")
TARGET_CODE = re.compile(r"^(?P<goal>\d{1,2})\.(?:\d{1,2}|[a-z])$")
_GOAL_WORDS = ("SDG", "Goal", "SDG Goal", "Sustainable Development Goal", "ODS", "Objetivo", "ODD", "Objectif")
_TARGET_WORDS = ("SDG", "Target", "SDG target", "Meta", "ODS", "Cible", "ODD")
_WORDS = "|".join(sorted({re.escape(w) for w in (*_GOAL_WORDS, *_TARGET_WORDS)}, key=len, reverse=True))
_NAME = re.compile(
    rf"^\s*(?:(?P<word>{_WORDS})\s*(?:No\.?\s*|n[°º]\s*|#\s*)?)?(?P<code>\d{{1,2}}(?:\.(?:\d{{1,2}}|[a-z]))?)\.?\s*$",
    re.I,
)


def sdg_code(name: str) -> str | None:
    """The goal or target code a name gives: "SDG 8.8", "target 8.8", "Meta 8.8", "ODS 5", "Goal 5",
    or a bare code ("8.8", for a caller that knows the context is the SDGs); None otherwise.

    >>> sdg_code("Meta 8.8"), sdg_code("SDG 17.a"), sdg_code("Goal 5"), sdg_code("Target 2021")
    ('8.8', '17.a', '5', None)
    """
    match = _NAME.match(name)
    if match is None:
        return None
    code = match["code"].lower()
    word = (match["word"] or "").casefold()
    if word in {w.casefold() for w in _TARGET_WORDS} - {w.casefold() for w in _GOAL_WORDS} and "." not in code:
        return None  # "Target 5" is no SDG target
    if word in {w.casefold() for w in _GOAL_WORDS} - {w.casefold() for w in _TARGET_WORDS} and "." in code:
        return None  # "Goal 8.8" is no SDG goal
    return code


def sdg_node(builder: Builder, name: str) -> str | None:
    """The node of the goal or target a name gives (see :func:`sdg_code`), added to the graph (with its
    goal) if not yet there; None for a name that gives no code the base registry knows."""
    code = sdg_code(name)
    node_id = builder.index(INDEX).get(code) if code else None
    return builder.ensure(node_id) if node_id else None


class _SDGLoader:
    """Checks the goals and targets of one registry file and indexes them for lazy creation."""

    def __init__(self, builder: Builder, doc: Document) -> None:
        self.b = builder
        self.kg = builder.kg
        self.doc = doc

    def here(self, value: Scalar) -> Source:
        return Source(doc=self.doc.id, lines=(value.line, value.line))

    def check(self, entry: object, pattern: re.Pattern[str], section: str) -> dict:
        line = getattr(entry, "line", None)
        if not isinstance(entry, dict) or not entry.get("code") or not entry.get("text") or not entry.get("iri"):
            raise LoadError(self.doc.path, f"an SDG {section} entry needs a code, an iri and a text", line)
        code = str(entry["code"])
        if not pattern.match(code):
            raise LoadError(self.doc.path, f"{code!r} is not an SDG {section[:-1]} code", entry["code"].line)
        if str(entry["iri"]) != sdg_target_iri(code):
            raise LoadError(self.doc.path, f"the IRI of {code} is {sdg_target_iri(code)}", entry["iri"].line)
        return entry

    def load(self, data: dict) -> None:
        goals: set[str] = set()
        for entry in data.get("goals") or []:
            entry = self.check(entry, GOAL_CODE, "goals")
            self.index(entry, "SDGGoal", f"SDG {entry['code']}", None)
            goals.add(str(entry["code"]))
        for entry in data.get("targets") or []:
            entry = self.check(entry, TARGET_CODE, "targets")
            goal = TARGET_CODE.match(str(entry["code"]))["goal"]
            if goal not in goals:
                raise LoadError(self.doc.path, f"target {entry['code']} names no goal of this file", entry["code"].line)
            self.index(entry, "SDGTarget", f"SDG target {entry['code']}", sdg_target_iri(goal))

    def index(self, entry: dict, cls: str, name: str, goal: str | None) -> None:
        code = str(entry["code"])
        node_id = sdg_target_iri(code)
        codes = self.b.index(INDEX)
        if code in codes:
            raise LoadError(self.doc.path, f"SDG code {code} is given twice", entry["code"].line)
        codes[code] = node_id
        self.b.defer(node_id, partial(self.add, entry, cls, name, goal))

    def add(self, entry: dict, cls: str, name: str, goal: str | None) -> None:
        code = str(entry["code"])
        node_id = sdg_target_iri(code)
        aliases = [f"SDG {code}", f"Target {code}"] if goal else [f"Goal {code}"]
        if entry.get("title"):
            aliases.append(str(entry["title"]))
        self.kg.add_node(node_id, cls, name, self.here(entry["code"]), aliases=aliases)
        self.kg.add_claim(node_id, "code", code, self.here(entry["code"]))
        self.kg.add_claim(node_id, "statement", str(entry["text"]), self.here(entry["text"]))
        if goal is not None:
            self.b.ensure(goal)
            self.kg.add_edge(node_id, "partOf", goal, self.here(entry["code"]))


def has_sdgs(data: object) -> bool:
    """Whether a registry file holds SDG goals or targets."""
    return isinstance(data, dict) and any(data.get(section) for section in SECTIONS)


def load_sdgs(builder: Builder, doc: Document, data: dict) -> None:
    """Index the goals and targets of a registry file; each becomes a node when first resolved."""
    _SDGLoader(builder, doc).load(data)
