"""One act, two numbers: two nodes whose titles are the same words but for the code they print.

"AGREEMENT number ACDO.AS2.HCT.220720/190.P.DIR, by which the General Rules ..." in one report and
"AGREEMENT number ACDO.AS2.HCT.220720/19 O.P.DIR, by which the General Rules ..." in another are
one agreement whose number one of them misprints; read without a registry that says so they are two
nodes. Two products, laws or regulations of one class are twins when their titles, word for word,
differ only in one short stretch (three words at most) that is a code (a digit and a "." or "/"
on each side), the two codes are nearly the same characters (a misprint, not another number), the
words they share are at least :data:`SHARED`, and no document names both (one document naming
both names two things; nor is a node compared with a document naming two twins of it). Listed
low, each code citing the lines of its node.

>>> differing("Decree LAB.120322/45.P on the rules of the pilot", "Decree LAB.120322/4 5.P on the rules of the pilot")
('LAB.120322/45.P', 'LAB.120322/4 5.P')
>>> differing("Decree 12/2020 on the rules of the pilot", "Decree 15/2021 on the rules of the pilot") is None
True
>>> differing("Study (0-5 years old) on the costs of care", "Study (6-12 years old) on the costs of care") is None
True
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.queries.conflict import Conflict, sources_of

CLASSES = ("KnowledgeProduct", "LegalInstrument")
"""Classes whose nodes are compared (with their subclasses: regulations, reforms, conventions)."""
SHARED = 6
"""How many words two titles must share around the code."""
SIMILAR = 0.9
"""How alike two codes must be (their characters, spaces aside) to be one code misprinted."""
_CODE = re.compile(r"\d.*[./]|[./].*\d")


def differing(first: str, second: str) -> tuple[str, str] | None:
    """The code two titles print differently, if that is all that tells them apart."""
    a, b = first.split(), second.split()
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    middle_a, middle_b = a[head : len(a) - tail], b[head : len(b) - tail]
    if head + tail < SHARED or not middle_a or not middle_b or max(len(middle_a), len(middle_b)) > 3:
        return None
    code_a, code_b = " ".join(middle_a).strip(",;"), " ".join(middle_b).strip(",;")
    if not (_CODE.search(code_a) and _CODE.search(code_b)):
        return None
    if SequenceMatcher(None, code_a.replace(" ", ""), code_b.replace(" ", "")).ratio() < SIMILAR:
        return None  # two numbers, not one misprinted: "12/2020" and "15/2021" are two decrees
    return code_a, code_b


def twins(kg: KnowledgeGraph) -> list[Conflict]:
    """Pairs of nodes one title names with two codes (see the module)."""
    nodes = sorted({n: d for c in CLASSES for n, d in kg.nodes(c)}.items())
    pairs = []
    for i, (one, first) in enumerate(nodes):
        for other, second in nodes[i + 1 :]:
            if first["type"] != second["type"] or _documents(first) & _documents(second):
                continue
            codes = differing(first["name"], second["name"])
            if codes is not None:
                pairs.append((one, other, codes))
    twinned: dict[tuple[str, str], int] = {}
    for one, other, _ in pairs:
        for node, twin in ((one, other), (other, one)):
            for doc in _documents(kg.node(twin)):
                twinned[(node, doc)] = twinned.get((node, doc), 0) + 1
    found = []
    for one, other, codes in pairs:
        first, second = kg.node(one), kg.node(other)
        ambiguous = any(twinned[(one, d)] > 1 for d in _documents(second)) or any(
            twinned[(other, d)] > 1 for d in _documents(first)
        )
        if ambiguous:
            continue  # a document naming two such acts: which one the other document means is not said
        values = [
            {"value": codes[0], "sources": sources_of(first["sources"])},
            {"value": codes[1], "sources": sources_of(second["sources"])},
        ]
        found.append(Conflict(one, first["name"], "number printed two ways (two nodes)", values, judged="low"))
    return found


def _documents(data: dict) -> set[str]:
    return {s.doc for s in data["sources"]}
