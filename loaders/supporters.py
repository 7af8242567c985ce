"""People who lent their voice to a campaign or event, from the sentences that list them by name.

"The campaign was shared on social media by partners ... and around 20 influencers and opinion
leaders (Ana Pérez, Kofi Mensah, ...)" gives each person listed ``participatesIn`` the campaign.
The thing is the campaign or event the sentence names before the verb, else, for "the campaign" /
"the event", the only node of that class the document cites (none if it cites several). Table
cells are read too (results tables explain their figures in prose). Each edge cites its line.

>>> [i.strip() for i in _items("Ana Pérez, Kofi Mensah; Lee and Bo Diaz")]
['Ana Pérez', 'Kofi Mensah', 'Lee', 'Bo Diaz']
"""

from __future__ import annotations

import re

from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.sections import sentences
from gapgraph.loaders.text import plain

_SPREAD = re.compile(
    r"\b(?:shared|promoted|supported|amplified|disseminated|endorsed|spread|backed|echoed)\b(?P<between>[^.;]{0,200}?)"
    r"\b(?:influencers|opinion[- ]leaders|ambassadors|celebrities|personalities|champions|spokespersons|artists)"
    r"\s*\((?P<names>[^()]+)\)",
    re.I,
)
_HEAD = re.compile(r"\b(?:the|this|our)\s+(?P<head>campaign|event|launch|forum)\b", re.I)
_HEAD_CLASS = {"campaign": "Campaign", "event": "Event", "launch": "Event", "forum": "Event"}
_NAME = re.compile(r"^[A-ZÁÉÍÓÚÑ][\w'’.-]+(?:\s+(?:de(?:\s+la)?\s+|del\s+|van\s+|von\s+)?[A-ZÁÉÍÓÚÑ][\w'’.-]+){0,3}$")
_CELL = re.compile(r"\t|</?p>")


def _items(names: str) -> list[str]:
    return [i for i in re.split(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+|\s*&\s*", names) if i.strip()]


def _the_only(builder: Builder, cls: str, doc: Document) -> str | None:
    """The one node of ``cls`` the document cites, if there is exactly one."""
    cited = [n for n, d in builder.kg.nodes() if builder.kg.is_a(n, cls) and any(s.doc == doc.id for s in d["sources"])]
    return cited[0] if len(cited) == 1 else None


def _thing(builder: Builder, before: str, doc: Document) -> str | None:
    named = [
        m for m in builder.mentions(before, ("campaign", "event")) if builder.kg.is_a(m.node_id, "Campaign", "Event")
    ]
    if named:
        return named[-1].node_id
    heads = list(_HEAD.finditer(before))
    return _the_only(builder, _HEAD_CLASS[heads[-1].group("head").lower()], doc) if heads else None


def load(builder: Builder, doc: Document) -> None:
    """Read every line (and table cell) of a document for people listed as a campaign's supporters."""
    for number, raw in enumerate(doc.lines, start=1):
        if not _SPREAD.search(raw):
            continue
        source = builder.source(doc.id, number)
        for cell in _CELL.split(raw):
            for sentence in sentences(plain(cell)):
                for match in _SPREAD.finditer(sentence):
                    thing = _thing(builder, sentence[: match.start()], doc)
                    if thing is None:
                        continue
                    for item in _items(match.group("names")):
                        name = item.strip()
                        if not _NAME.match(name):
                            continue
                        person = builder.actor(name, source, new_type="Person")
                        if person is not None and builder.kg.is_a(person, "Person"):
                            builder.kg.add_edge(person, "participatesIn", thing, source)
