"""Pilots, strategies, policies, campaigns, mechanisms and knowledge products named in prose.

A capitalised name ending with a telling word ("... Pilot", "National Care Strategy", "... Policy",
"... Campaign", "... Round-table", "... Committee", "... Pact") becomes a node of that class; a
quoted title, or "study / diagnostic / guide / methodology / manual on X", a ``KnowledgeProduct``.
Each is known within its document's country and cites its line. Names the registry knows are left
to it.

>>> [n for n, _ in named("The Care Pilot and the National Care Strategy were launched.")]
['Care Pilot', 'National Care Strategy']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from gapgraph.graph.ids import node_iri
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.discovery.lines import plain_lines
from gapgraph.loaders.document import Document

_CAP = r"(?:[A-ZÁÉÍÓÚÑ#][\w'’-]*)"
_LINK = r"(?:(?:of|for|on|de|del|la|y)(?:\s+the)?(?=\s+[A-Z]))"
_TAILS = (
    (r"Pilot(?:\s+(?:Program(?:me)?|Project|Test))?", "Pilot"),
    (r"Strategy", "Strategy"),
    (r"(?:Action Plan|Plan of Action)", "ActionPlan"),
    (r"Policy", "Policy"),
    (r"Campaign", "Campaign"),
    (r"(?:Round-?\s?[Tt]able|Committee|Pact|Working Group|Task Force|Observatory|Platform)", "Mechanism"),
)
_NAMED = tuple((re.compile(rf"\b(?P<name>{_CAP}(?:\s+(?:{_CAP}|{_LINK}))*?\s+{tail})\b"), cls) for tail, cls in _TAILS)
_PRODUCT = re.compile(
    r"\b(?P<kind>study|diagnostic|diagnosis|guide|methodology|manual|toolkit|assessment|analysis|report)\s+"
    r"(?P<topic>(?:on|of|about|for)\s+[^.,;:()“”\"]{6,90}?)(?=[.,;:()]|\s+(?:was|were|is|has|had|by|with|in \d)|$)",
    re.I,
)
_QUOTED = re.compile(r"[“\"](?P<title>[A-Z][^“”\"]{8,150})[”\"]")
_PRODUCT_CONTEXT = re.compile(
    r"\b(?:study|guide|publication|report|document|methodology|manual|diagnostic|paper|book)\b", re.I
)
_SKIP_START = re.compile(r"^(?:The|This|That|These|A|An|Our|Its|In|With|Under|For|By|Joint|JP)$")


def named(sentence: str) -> Iterator[tuple[str, str]]:
    """(name, class) of every pilot, strategy, policy, campaign or mechanism a sentence names."""
    for pattern, cls in _NAMED:
        for match in pattern.finditer(sentence):
            words = match["name"].split()
            while words and (_SKIP_START.match(words[0]) or re.fullmatch(_LINK, words[0])):
                words = words[1:]
            if len(words) >= 2:
                yield " ".join(words), cls


def products(sentence: str) -> Iterator[str]:
    """Titles of knowledge products a sentence names (quoted titles; "a study on ...")."""
    for match in _PRODUCT.finditer(sentence):
        yield f"{match['kind'].capitalize()} {match['topic'].strip()}"
    if _PRODUCT_CONTEXT.search(sentence):
        for match in _QUOTED.finditer(sentence):
            yield match["title"].strip(" .,")


def load(builder: Builder, doc: Document) -> None:
    """Every pilot, strategy, policy, campaign, mechanism and product ``doc`` names in prose."""
    kg = builder.kg
    groups = ("policy", "pilot", "mechanism", "campaign", "product")
    for number, (raw, line) in enumerate(zip(doc.lines, plain_lines(doc), strict=True), start=1):
        if not line or "\t" in raw:
            continue
        source = builder.source(doc.id, number)
        found = [(name, cls) for name, cls in named(line)] + [(t, "KnowledgeProduct") for t in products(line)]
        for name, cls in found:
            known = builder.resolve(name)
            if known is not None:
                if any(f"/id/{g}/" in known for g in groups):
                    kg.add_node(known, kg.node(known)["type"], name, source)
                continue
            if builder.mentions(name, groups):
                continue  # a registry item under another spelling: left to it
            country = builder.country
            node = node_iri(cls, name, country or "")
            kg.add_node(node, cls, name, source)
            builder.register(node, name, country)
