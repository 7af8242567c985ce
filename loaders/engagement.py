"""The bodies a programme's own report says the programme engaged with: each ``participatesIn`` it.

In a programme's report, a sentence with no actor before an engagement phrase speaks for the
programme: "The JP has expanded PUNO's engagement with the Executive branch (A, B, C), Congress
...", "In the JP there is a constant dialogue with national authorities such as A and civil society
organizations such as B", "..., in partnership with A.", "Generating knowledge ..., in alliance
with academic institutions such as A". Every actor named after the phrase, up to the end of the
sentence or of its numbered item ("..., 2) Knowledge generation"), participates in the programme,
and so does each known body of a plural ("with the Secretariats for Women of the states of A and
B": A's and B's).
A sentence whose subject is an actor ("UNDP, in partnership with A, ...") is left to the
partnership rules, "developed in collaboration with A" to the attribution rules (A helped make a
thing); funds, donors and people are never read here.

>>> bool(_ENGAGE.search("a constant dialogue with national authorities"))
True
"""

from __future__ import annotations

import re

from gapgraph.loaders.builder import Builder, Mention
from gapgraph.ontology.models import Source

_ENGAGE = re.compile(
    r"\b(?:in (?:close |direct )?(?:partnership|alliance) with"
    r"|(?:engagement|engaged?|dialogues?|partnerships?|alliances?|activities|work)\s+with|together with)\b",
    re.I,
)
_END = re.compile(r"[;,:]\s*\d{1,2}\)|[;,]\s*(?:which|who|where|while|but)\b|\s(?:in order to|so as to)\s", re.I)
"""Where the bodies engaged with end: the next numbered item, a relative clause, a purpose."""
_SPAN = 300


def read(builder: Builder, sentence: str, actors: list[Mention], source: Source, programme: str | None) -> None:
    """Add a ``participatesIn`` edge to ``programme`` for each body ``sentence`` says it engaged with."""
    if programme is None:
        return
    from gapgraph.loaders.discovery import plural_bodies

    kg = builder.kg
    actors = sorted([*actors, *plural_bodies.named(builder, sentence)], key=lambda m: m.start)
    for match in _ENGAGE.finditer(sentence):
        if any(a.end <= match.start() for a in actors):
            return  # an actor is the subject: a partnership of that actor, not the programme's
        rest = sentence[match.end() : match.end() + _SPAN]
        end = _END.search(rest)
        stop = match.end() + (end.start() if end else len(rest))
        for actor in actors:
            if (
                match.end() <= actor.start
                and actor.end <= stop
                and not kg.is_a(actor.node_id, "Fund", "Donor", "Person")
            ):
                kg.add_edge(actor.node_id, "participatesIn", programme, source)
