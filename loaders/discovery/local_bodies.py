"""Bodies of a kind every province or district has, named with their place after the name or its
acronym: one body per place.

"The Provincial Department of Labour (PDoL) of Maseru" and, later, "the PDoL of Leribe and Berea"
name three departments, not the one "Provincial Department of Labour" the acronym definition makes.
A known government body whose name opens with a level word (Provincial, District, Municipal,
Regional, County, Local ...), written — with its bracketed acronym or not — before "of/in" and
places of the document's country, is each place's body: a node "<name> of <place>", a government
body located in the place, cited by the line, and known within the place by its name and its
acronyms (so that "the PDoL of Leribe" then resolves to it; see ``Builder._of_place``).

>>> bool(_LEVEL.match("Provincial Department of Labour")), bool(_LEVEL.match("Ministry of Labour"))
(True, False)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from gapgraph.loaders.discovery.lines import plain_lines

if TYPE_CHECKING:
    from gapgraph.graph.knowledge_graph import KnowledgeGraph
    from gapgraph.loaders.builder import Builder
    from gapgraph.loaders.document import Document
    from gapgraph.loaders.mentions import Mention

_LEVEL = re.compile(
    r"^(?:the\s+)?(?:Provincial|District|Municipal|Regional|Departmental|County|Local|Prefectural|Communal|Commune)\s",
    re.I,
)
_BRACKET = re.compile(r"\s*\((?P<short>[^()]{1,15})\)")
_LEVEL_OF = {"Municipality": "municipal"}
_LEVEL_WORDS = re.compile(r"\b(?:of|Province|District|State|Region|Department|Municipality)\b")


def _generic(builder: Builder, mention: Mention) -> bool:
    """Whether a mention names a level-worded government body placed in no place of the country."""
    kg = builder.kg
    node = mention.node_id
    if not kg.has_node(node) or not kg.is_a(node, "GovernmentBody") or not _LEVEL.match(kg.node(node)["name"]):
        return False
    return all(p.rsplit("/", 1)[-1] == builder.country for p in kg.out(node, "locatedIn"))


def local_bodies(builder: Builder, line: str) -> list[tuple[Mention, str, str]]:
    """Each (mention of a generic body, place key, place node) the line names that body of."""
    found = []
    for mention in builder.find_names(line, "actor"):
        if not _generic(builder, mention):
            continue
        end = mention.end
        bracket = _BRACKET.match(line, end)
        if bracket is not None:
            end = bracket.end()
        for key, place in builder.places_after(line[end : end + 200]).items():
            if key != builder.country and builder.country in builder.within(key):
                found.append((mention, key, place))
    return found


def _place_names(kg: KnowledgeGraph, place: str, line: str) -> list[str]:
    """A place's plain names (no "Province of ..."), the one the line writes first."""
    data = kg.node(place)
    plain = [
        n for n in dict.fromkeys((data["name"], *data["aliases"])) if n[:1].isupper() and not _LEVEL_WORDS.search(n)
    ]
    return sorted(plain or [data["name"]], key=lambda n: n not in line)


def load(builder: Builder, doc: Document) -> None:
    """Every place's body of a generic level-worded body ``doc`` names with its places."""
    if builder.country is None:
        return
    kg = builder.kg
    for number, line in enumerate(plain_lines(doc), start=1):
        for mention, key, place in local_bodies(builder, line):
            generic = kg.node(mention.node_id)
            source = builder.source(doc.id, number)
            names = dict.fromkeys(
                f"{n} of {p}" for n in (generic["name"], *generic["aliases"]) for p in _place_names(kg, place, line)
            )
            name, *aliases = names
            body = next(filter(None, (builder.resolver.resolve_exact(n, key) for n in names)), None)
            body = body or builder.actor(name, source, scope=key, new_type="GovernmentBody")
            if body is None or body == mention.node_id:
                continue
            kg.add_node(body, kg.node(body)["type"], name, source, aliases=aliases)
            if place not in kg.out(body, "locatedIn"):
                kg.add_edge(body, "locatedIn", place, source)
                kg.add_claim(body, "level", _LEVEL_OF.get(kg.node(place)["type"], "state"), source)
            for spelling in (*names, generic["name"], *generic["aliases"]):
                if builder.resolver.resolve_exact(spelling, key) is None:
                    builder.register(body, spelling, key)
