"""The country a document is about, so that generic names ("Ministry of Finance", "the Senate",
"RCO") resolve only to that country's bodies.

In order: the manifest's ``country:``, the cover page's "Country:" field, a country-outcome code
such as ``PRY_D_1.2`` (ISO 3166-1 alpha-3, from the base registry), the document's title, then the
country its text names most often. None when nothing says.
"""

from __future__ import annotations

import re
from collections import Counter

from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.text import plain

_COVER = re.compile(r"^\s*\**Country\**\s*:\s*\**(?P<name>[^*;,\t]+?)\**\s*$", re.I)
_CODE = re.compile(r"\b(?P<code>[A-Z]{3})_[A-Z]_\d")
_COVER_LINES = 60


def _key(node_id: str) -> str:
    return node_id.rsplit("/", 1)[-1]


def country_named(builder: Builder, name: str) -> str | None:
    """The place key of a country given by name or ISO code, or None."""
    name = name.strip()
    node = builder.country_codes.get(name.upper()) if re.fullmatch(r"[A-Za-z]{2,3}", name) else None
    node = node or builder.places.get(name.casefold())
    return _key(node) if node is not None and node in builder.country_codes.values() else None


def named_countries(builder: Builder, text: str) -> list[str]:
    """The place keys of the countries a text names, in order (one per mention)."""
    countries = set(builder.country_codes.values())
    return [_key(m.node_id) for m in builder.find_names(text, "place") if m.node_id in countries]


def document_country(builder: Builder, doc: Document) -> str | None:
    """The place key of the country ``doc`` is about (see the module's docstring)."""
    if doc.meta.get("country"):
        found = country_named(builder, str(doc.meta["country"]))
        if found:
            return found
    lines = [plain(line) for line in doc.lines]
    for line in lines[:_COVER_LINES]:
        match = _COVER.match(line)
        if match and country_named(builder, match["name"]):
            return country_named(builder, match["name"])
    for line in lines[:_COVER_LINES]:
        for match in _CODE.finditer(line):
            node = builder.country_codes.get(match["code"])
            if node is not None:
                return _key(node)
    titled = named_countries(builder, str(doc.meta.get("title", "")))
    if titled:
        return titled[0]
    counts = Counter(named_countries(builder, "\n".join(lines)))
    return counts.most_common(1)[0][0] if counts else None
