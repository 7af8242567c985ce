"""Named initiatives and funds in prose: "through the Vision Zero initiative" names a ``Programme``,
"financed by Vision Zero Fund" a ``Fund``, each called as the text writes it and citing the line.

An initiative's name is one to four capitalised words before "initiative" ("the Spotlight
Initiative", "(Vision Zero initiative)"); a law's initiative ("the Social Security Law initiative")
is a draft law, read by :mod:`.laws`, and "the private initiative" names nobody. A fund is a
capitalised name ending in "Fund" right after a word of paying ("financed by", "funded by",
"with resources from"), so a body called a fund elsewhere ("the National Social Security Fund
registered ...") is left to the rules that type bodies by their heads. A name any registry or
earlier reading knows is left as it is.

>>> [m["name"] for m in _INITIATIVE.finditer("through the Vision Zero initiative, and the private initiative")]
['Vision Zero']
>>> [m["name"] for m in _INITIATIVE.finditer("the Regional Initiative Latin America Free of Child Labour")]
[]
>>> [m["name"] for m in _FUND.finditer("financed by Vision Zero Fund with resources from the Green Climate Fund")]
['Vision Zero Fund', 'Green Climate Fund']
>>> [m["name"] for m in _FUND.finditer("funded by UNICEF and Green Harvest Fund")]
[]
"""

from __future__ import annotations

import re

from gapgraph.graph.ids import node_iri
from gapgraph.graph.resolve import normalise
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.discovery.lines import plain_lines
from gapgraph.loaders.document import Document
from gapgraph.loaders.text import financed_by

_WORD = r"(?!(?:The|This|That|Our|Its|Their|An?|JP|UN|UNS)\b)[A-Z][\w'’-]*"
_INITIATIVE = re.compile(
    rf"(?<![\w-])(?P<name>{_WORD}(?:\s+{_WORD}){{0,3}})\s+[Ii]nitiative\b(?!\s+(?:[A-Z]|of\s+[A-Z]|to\s))"
)
"""An initiative named by the words before it; not one whose name goes on after the word ("the
Regional Initiative Latin America ... Free of Child Labour", "the Spotlight Initiative to eliminate
violence"): its full name is read where it is defined."""
_ADJECTIVES = re.compile(r"^(?:Regional|National|Global|Local|Joint|Private|Public|Presidential|New|First)$")
_LAW_WORDS = re.compile(r"\b(?:Law|Act|Bill|Code|Reform|Decree|Regulation|Constitution\w*)\b")
_FUND = re.compile(
    rf"(?:{financed_by()}|\bwith\s+(?:the\s+)?resources\s+(?:from|of))\s+(?:the\s+)?"
    rf"(?P<name>{_WORD}(?:\s+(?:{_WORD}|for|of|on)){{0,5}}\s+Fund)\b"
)


def load(builder: Builder, doc: Document) -> None:
    """A ``Programme`` per named initiative and a ``Fund`` per fund paying for something that a line
    of ``doc`` names and nothing yet knows."""
    for number, text in enumerate(plain_lines(doc), start=1):
        for match in _INITIATIVE.finditer(text):
            name = match["name"]
            if _LAW_WORDS.search(name) or _ADJECTIVES.match(name) or builder.resolve(name) is not None:
                continue  # a draft law, "the Regional initiative", "the Joint SDG Fund initiative" (the Fund's)
            if not _named_longer(builder, f"{name} initiative"):
                _discover(builder, "Programme", f"{name} initiative", doc.id, number)
        for match in _FUND.finditer(text):
            _discover(builder, "Fund", match["name"], doc.id, number)


def _named_longer(builder: Builder, name: str) -> bool:
    """Whether a known programme's name starts with ``name`` ("Spotlight Initiative to eliminate ...")."""
    wanted = normalise(name)
    return any(
        normalise(other).startswith(wanted)
        for _, data in builder.kg.nodes("Programme")
        for other in (data["name"], *data["aliases"])
    )


def _discover(builder: Builder, cls: str, name: str, doc_id: str, number: int) -> None:
    if builder.resolve(name) is not None:
        return
    node = builder.kg.add_node(node_iri(cls, name), cls, name, builder.source(doc_id, number))
    builder.register(node, name)
