"""Steps of a law or pact named by a noun or a signature, one rule family of the attribution rules.

"the deposit of C189 by the Ministry" (``deposits``), "the ratification of C190 in Lesotho" (the
country ``ratifies``), "the pact was signed on ... by A and B" (each ``adopts`` it), "A ... by
ratifying C189" (A ``ratifies``). :mod:`gapgraph.loaders.attribution` calls :func:`read` for each
sentence it reads; each edge cites the sentence's line.

>>> bool(SIGNED_BY.search("The pact was signed on October 27, 2021 by the governors"))
True
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from gapgraph.loaders.references import _LEAD_GAP, Thing, _listed
from gapgraph.loaders.text import WRITTEN_DATE
from gapgraph.ontology.models import Source

if TYPE_CHECKING:
    from gapgraph.loaders.attribution import AttributionReader
    from gapgraph.loaders.builder import Mention

NOMINAL = re.compile(r"\b(?P<noun>deposit|ratification|signing|signature|adoption)\s+of\b", re.I)
"""A step named by its noun: "the formal deposit of C189 by the Ministry of Labour", "the ratification
of C190 in Lesotho", "the signing of the pact by the governors"."""
_STEP_RELATION = {
    "deposit": "deposits",
    "ratification": "ratifies",
    "signing": "adopts",
    "signature": "adopts",
    "adoption": "adopts",
}
_BY_AFTER = re.compile(r"^\s*,?\s*(?:\([^()]*\)\s*)?(?P<cue>by|in)\s+", re.I)
"""What follows the thing of a nominal step: who took it ("by A"), or the country it was taken in."""
SIGNED_BY = re.compile(rf"\bsigned\s+(?:(?:on|in)\s+(?:{WRITTEN_DATE.pattern}|[^,;.]{{0,30}}?)\s+)?by\b", re.I)
"""'The pact was signed on October 27, 2021 by A, B and C': each signer ``adopts`` the pact."""
BY_RATIFYING = re.compile(r"\bby\s+(?:ratifying|depositing)\b", re.I)
"""'Lesotho has shown its will ... by ratifying C190': the subject of the sentence ratifies it."""


def read(
    reader: AttributionReader,
    sentence: str,
    actors: list[Mention],
    things: list[Thing],
    source: Source,
    own: str | None,
) -> None:
    """Steps of a law or pact named by a noun or a signature: "the deposit of C189 by the Ministry"
    (``deposits``), "the ratification of C190 in Lesotho" (the country ``ratifies``), "the pact
    was signed on ... by A and B" (each ``adopts`` it), "A ... by ratifying C189" (A ratifies)."""
    for match in NOMINAL.finditer(sentence):
        relation = _STEP_RELATION[match["noun"].lower()]
        close = [t for t in things if t.start >= match.end() and _LEAD_GAP.match(sentence[match.end() : t.start])]
        if not close:
            continue
        thing = close[0]
        cue = _BY_AFTER.match(sentence[thing.end :])
        if cue is None:
            continue
        at = thing.end + cue.end()
        if cue["cue"].lower() == "by":
            doers = [a.node_id for a in _listed(actors, sentence, at, lead=8)]
        else:
            doers = [m.node_id for m in reader.b.mentions(sentence[at:], "place")[:1] if m.start == 0]
            doers = [d for d in doers if relation == "ratifies" and reader.kg.is_a(d, "Country")]
        when = reader.step_date(sentence, match.start(), thing.node_id)
        for doer in doers:
            reader.relate(doer, relation, thing.node_id, source, {"onDate": when} if when else None)
    for match in SIGNED_BY.finditer(sentence):
        for thing in reader.before(things, match.start(), own, sentence):
            for actor in signers(reader, sentence, match.end(), thing):
                reader.relate(actor, "adopts", thing, source)
    for match in BY_RATIFYING.finditer(sentence):
        relation = "ratifies" if "ratif" in match.group().lower() else "deposits"
        subject = [m for m in (*actors, *reader.b.mentions(sentence, "place")) if m.start <= 4]
        for thing in reader.after(things, match.end())[:1]:
            for doer in subject[:1]:
                reader.relate(doer.node_id, relation, thing, source)


def signers(reader: AttributionReader, sentence: str, position: int, thing: str) -> list[str]:
    """The bodies listed after "signed ... by": names read in the pact's own place first ("the
    Ministry of Labour" of a state's pact is the state's ministry), each item of the list once."""
    tail = sentence[position:]
    end = re.search(r"[.;]", tail)
    tail = tail[: end.start()] if end else tail
    places = [p.rsplit("/", 1)[-1] for p in reader.kg.out(thing, "locatedIn")]  # a place's key ends its id
    named = reader.b.mentions(tail, scope=places[0]) if places else reader.b.mentions(tail)
    return list(dict.fromkeys(m.node_id for m in _listed(named, tail, 0, lead=40)))
