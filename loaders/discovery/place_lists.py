"""Places a text lists after a word for them ("the coffee-growing states of Oaxaca, Veracruz, and
Chiapas", "five municipalities from three states in Lesotho (Maseru, Leribe and Berea)"): each a
node, cited by the line, so that the graph holds the places its documents name.

A listed name no place is known by, but that starts the longer official name of exactly one place
of the country ("the states of Oaxaca, Veracruz, and Chiapas" where "Veracruz de Ignacio de la
Llave" is known; "the districts of Maseru and Thaba", "Thaba-Tseka"), or that spells one place's
name in another transliteration ("two focus provinces, Siem Reap and Battambang" where ISO writes
"Siem Reab" and "Baat Dambang"), is that place's name: known from then on, cited by the line.

>>> [m.group() for m in _CUE.finditer("in the states of Oaxaca; three states in Mexico (A, B)")]
['states of', 'states in Mexico']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from gapgraph.loaders.discovery.lines import plain_lines

if TYPE_CHECKING:
    from gapgraph.loaders.builder import Builder
    from gapgraph.loaders.document import Document

_CUE = re.compile(
    r"\b(?:states|provinces|districts|departments|regions|municipalities)"
    r"(?:\s+of|\s+in\s+[A-Z][\w-]*(?=\s*\()|,(?=\s+[A-Z])|\s+(?=\([A-Z]))",
    re.I,
)


def load(builder: Builder, doc: Document) -> None:
    """Every place of the document's country listed after a word for places in ``doc``."""
    if builder.country is None:
        return
    kg = builder.kg
    for number, line in enumerate(plain_lines(doc), start=1):
        for match in _CUE.finditer(line):
            rest = re.sub(r"^\s*\(?\s*(?:the\s+)?", "", line[match.end() :])
            source = builder.source(doc.id, number)
            for item in _items(rest):
                _short_name(builder, item, source)
            places = builder.places_after(f" in {rest}")
            if len(places) < 2:
                continue
            for key, place in places.items():
                if key != builder.country and builder.country in builder.within(key):
                    kg.add_node(place, kg.node(place)["type"], kg.node(place)["name"], source)


_ITEM = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}$")
_ITEMS_END = re.compile(r"[.;:()]|\s(?:which|that|where|who|with|for|to|in|is|are|was|were)\s")


def _items(rest: str) -> list[str]:
    """The capitalised names a list starts with ("Oaxaca, Veracruz, and Chiapas, which ..."), up to the
    first item that is not one."""
    end = _ITEMS_END.search(rest)
    out = []
    for item in re.split(r",\s*(?:and\s+)?|\s+and\s+", rest[: end.start() if end else len(rest)]):
        item = item.strip()
        if not _ITEM.match(item):
            break
        out.append(item)
    return out


def _short_name(builder: Builder, item: str, source) -> None:
    """Know ``item`` as the short name of the one place of the country whose name it starts, when no
    place is known by it."""
    if builder.country is None or builder.places.get(item.casefold()) or builder.find_names(item, "place"):
        return
    prefix = item.casefold() + " "
    found = {
        node
        for name, node in builder.places.items()
        if (name.startswith(prefix) or name.startswith(item.casefold() + "-"))
        and builder.country in builder.within(node.rsplit("/", 1)[-1])
        and node.rsplit("/", 1)[-1] != builder.country
    }
    if not found:
        found = _spelled_alike(builder, item)
    if len(found) != 1:
        return
    node = builder.ensure(found.pop())
    builder.add_place_name(item, node)
    data = builder.kg.node(node)
    builder.kg.add_node(node, data["type"], data["name"], source, aliases=[item])


def _spelled_alike(builder: Builder, item: str) -> set[str]:
    """The places of the document's country whose name is the listed name in another transliteration:
    the same letters but for one or two ("Siem Reap" for ISO's "Siem Reab", "Battambang" for "Baat
    Dambang"), spaces and hyphens aside, in names of six letters or more."""
    wanted = _letters(item)
    if len(wanted) < 6:
        return set()
    return {
        node
        for name, node in builder.places.items()
        if builder.country in builder.within(node.rsplit("/", 1)[-1])
        and node.rsplit("/", 1)[-1] != builder.country
        and _distance(_letters(name), wanted) <= (1 if len(wanted) < 9 else 2)
    }


def _letters(name: str) -> str:
    return re.sub(r"[\s'’-]+", "", name.casefold())


def _distance(a: str, b: str) -> int:
    """Edit distance (insertions, deletions, substitutions) of two short names.

    >>> _distance("siemreab", "siemreap"), _distance("baatdambang", "battambang")
    (1, 2)
    """
    if abs(len(a) - len(b)) > 2:
        return 3
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]
