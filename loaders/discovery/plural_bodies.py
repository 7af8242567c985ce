"""Bodies named once for several places ("the Secretariats for Women of the states of Leribe, Maseru
and Berea"): one body per place.

Each place's body is the one the place knows by that name; else the one body of the place whose
name shares a word of the topic ("Women", "Gender", "Equality") with the plural's, when exactly one
does (a shorter or other description of a known body); else a new government body named
"<singular head> <topic> of <place>" and located there. Each cites the line.

>>> [(m["head"], m["topic"]) for m in _PLURAL.finditer("with the Secretariats for Women and Youth of the states")]
[('Secretariats', 'for Women and Youth of the states')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from gapgraph.graph.resolve import normalise
from gapgraph.loaders.discovery.lines import plain_lines
from gapgraph.loaders.mentions import Mention

if TYPE_CHECKING:
    from gapgraph.loaders.builder import Builder
    from gapgraph.loaders.document import Document

_SINGULAR = {
    "secretariats": "Secretariat",
    "ministries": "Ministry",
    "secretaries": "Secretary",
    "departments": "Department",
    "directorates": "Directorate",
    "offices": "Office",
    "institutes": "Institute",
    "councils": "Council",
    "commissions": "Commission",
}
_WORD = r"[A-ZÁÉÍÓÚÑ][\w'’-]*"
_PLURAL = re.compile(
    rf"\b(?P<head>{'|'.join(w.capitalize() for w in _SINGULAR)})\s+"
    rf"(?P<topic>(?:for|of|on)\s+{_WORD}(?:\s+(?:(?:and|of|for|on|the|in)\s+)*{_WORD})*"
    r"(?:\s+(?:of|in)\s+the\s+(?:states|provinces|departments|districts|regions|municipalities|entities))?)"
)
_STOP = frozenset(("of", "for", "and", "the", "on", "in", "to", "state", "states", "province", "district", "region"))
_HEADS = frozenset(
    (
        "ministry",
        "secretariat",
        "secretary",
        "department",
        "directorate",
        "office",
        "institute",
        "council",
        "commission",
    ),
)


_SPELLING = {"labor": "labour", "work": "labour", "women's": "women"}
_FAMILY = {"ministry": "m", "secretariat": "m", "secretary": "m"}
"""Heads that name the same kind of body (a state's "Secretariat" is its "Ministry")."""


def _topic_words(text: str) -> set[str]:
    words = (_SPELLING.get(w, w) for w in normalise(text).split())
    return {w for w in words if w not in _STOP and w not in _HEADS}


def _same_head(head: str, known: str) -> bool:
    first = (normalise(known).split() or [""])[0]
    return _FAMILY.get(first, first) == _FAMILY.get(head.casefold(), head.casefold())


def _split(builder: Builder, topic: str, after: str) -> tuple[str, dict[str, str]] | None:
    """The topic and the places it is given for: the first " of "/" in " of the topic (or its end)
    after which two or more places are listed."""
    cuts = [m.start() for m in re.finditer(r"\s+(?:of|in)\s+", topic)] + [len(topic)]
    for cut in cuts:
        places = builder.places_after(topic[cut:] + after)
        if len(places) >= 2 and _topic_words(topic[:cut]):
            return re.sub(r"\s+(?:of|in)\s+the\s+\w+$", "", topic[:cut]), places
    return None


def _known_body(builder: Builder, name: str, head: str, topic: str, key: str) -> str | None:
    """The body of the place ``key`` the name means: named so there, else the one body there (known
    in the place, or a national body of the graph located in it) whose name, of the same kind of
    head, shares a topic word."""
    exact = builder.resolver.resolve_exact(name, key)
    if exact is not None:
        return builder.ensure(exact)
    place = builder.place(key)
    place_words = _topic_words(builder.kg.node(place)["name"]) if place else set()
    words = _topic_words(topic)
    named = builder.resolver.within_scope(key) + [
        (known, node_id)  # the country's bodies already in the graph and located in the place
        for known, node_id in builder.resolver.within_scope(builder.country)
        if builder.kg.has_node(node_id) and place in builder.kg.out(node_id, "locatedIn")
    ]
    sharing = {
        node_id
        for known, node_id in named
        if "/id/actor/" in node_id and _same_head(head, known) and words & (_topic_words(known) - place_words)
    }
    if len(sharing) != 1:
        return None
    (node_id,) = sharing
    node_id = builder.ensure(node_id)
    return node_id if builder.kg.is_a(node_id, "GovernmentBody") else None


def _bodies(builder: Builder, text: str) -> Iterator[tuple[re.Match[str], str, str, str, str | None]]:
    """Each body a plural in ``text`` names for one place other than the country: (the plural's match,
    the place's key, the place, the body's name, the known body of that name or None)."""
    for match in _PLURAL.finditer(text):
        split = _split(builder, match["topic"], text[match.end() :])
        if split is None:
            continue
        topic, places = split
        head = _SINGULAR[match["head"].casefold()]
        for key, place in places.items():
            if not builder.kg.is_a(place, "Place") or key == builder.country:
                continue
            name = f"{head} {topic} of {builder.kg.node(place)['name']}"
            yield match, key, place, name, _known_body(builder, name, head, topic, key)


def named(builder: Builder, text: str) -> list[Mention]:
    """The known bodies a plural in ``text`` names, one mention per place, each spanning the plural's
    head word ("the Secretariats for Women of the states of A and B": where the body is named):
    what other rules read as the bodies named there. Bodies not yet known are left to :func:`load`."""
    return [
        Mention(known, match["head"], match.start(), match.end("head"))
        for match, _, _, _, known in _bodies(builder, text)
        if known is not None
    ]


def load(builder: Builder, doc: Document) -> None:
    """Every plural body listed for several places in ``doc``, one body per place."""
    for number, line in enumerate(plain_lines(doc), start=1):
        source = builder.source(doc.id, number)
        for _, key, place, name, known in _bodies(builder, line):
            if known is not None:
                builder.kg.add_node(known, builder.kg.node(known)["type"], name, source)
                if builder.resolver.resolve_exact(name, key) is None:
                    builder.register(known, name, key)
                continue
            body = builder.actor(name, source, scope=key, new_type="GovernmentBody")
            if body is not None and place not in builder.kg.out(body, "locatedIn"):
                builder.kg.add_node(body, "GovernmentBody", name, source)
                level = "municipal" if builder.kg.is_a(place, "Municipality") else "state"
                builder.kg.add_claim(body, "level", level, source)
                builder.kg.add_edge(body, "locatedIn", place, source)
