"""The curated registry of places and actors (``data/registry.yaml``), loaded as cited nodes.

The registry is itself a source document (id ``gapgraph-registry``): a value it states without a
corpus citation (an IATI identifier, a government level) cites the registry's own line. Aliases cite
the corpus line they stand on; the build registers each with the resolver, so every later mention
of any spelling lands on the same node.

An alias is written ``"TEXT @ DOC-ID:LINE"`` (or ``:FIRST-LAST``), or as a mapping with ``text``,
``at`` and ``scope`` (a place key) for a name that means this actor only in that place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from gapgraph.graph.ids import node_iri
from gapgraph.loaders import lined_yaml
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document, read_document
from gapgraph.loaders.errors import LoadError
from gapgraph.loaders.lined_yaml import Scalar
from gapgraph.ontology.models import Source

REGISTRY_ID = "gapgraph-registry"
REGISTRY_KIND = "curated-registry"
REGISTRY_TITLE = "gapgraph curated registry of places and actors"

_CITED = re.compile(r"^(?P<text>.+?)\s+@\s+(?P<doc>[A-Za-z0-9._-]+):(?P<first>\d+)(?:-(?P<last>\d+))?$")


@dataclass(frozen=True)
class Alias:
    """One spelling of a registry entry, where it is written, and the place it is limited to."""

    text: str
    source: Source
    scope: str | None = None


def registry_path() -> Path:
    """The installed registry file."""
    return Path(str(files("gapgraph.data") / "registry.yaml"))


def read_registry_document(path: Path | None = None) -> Document:
    """The registry as a document (so that its own lines can be cited)."""
    path = path or registry_path()
    return read_document(path, REGISTRY_ID, REGISTRY_KIND, {"title": REGISTRY_TITLE, "publisher": "gapgraph"})


def cited(value: Scalar, path: str) -> tuple[str, Source]:
    """``"TEXT @ DOC:LINE"`` as text and source; a plain value cites the registry line it is on."""
    match = _CITED.match(value)
    if match is None:
        return str(value), Source(doc=REGISTRY_ID, lines=(value.line, value.line))
    first = int(match["first"])
    last = int(match["last"] or first)
    if last < first:
        raise LoadError(path, f"line span {first}-{last} is backwards", value.line)
    return match["text"], Source(doc=match["doc"], lines=(first, last))


def aliases_of(entry: dict, path: str) -> list[Alias]:
    """The aliases of one registry entry."""
    found = []
    for item in entry.get("aliases", []):
        if isinstance(item, dict):
            text, source = cited(Scalar(f"{item['text']} @ {item['at']}", item["at"].line), path)
            found.append(Alias(text, source, str(item["scope"]) if item.get("scope") else None))
        else:
            text, source = cited(item, path)
            found.append(Alias(text, source))
    return found


def _require(entry: dict, keys: tuple[str, ...], path: str) -> None:
    missing = [k for k in keys if not entry.get(k)]
    if missing:
        raise LoadError(path, f"registry entry lacks {', '.join(missing)}", getattr(entry, "line", None))


def load_registry(builder: Builder, doc: Document) -> None:
    """Add every place and actor of the registry document to the graph, and index their names."""
    data = lined_yaml.parse("\n".join(doc.lines), doc.path)
    kg = builder.kg
    actor_ids: dict[str, str] = {}

    for entry in data.get("places", []):
        _require(entry, ("key", "type", "name"), doc.path)
        node_id = node_iri(str(entry["type"]), str(entry["key"]))
        aliases = aliases_of(entry, doc.path)
        kg.add_node(node_id, str(entry["type"]), str(entry["name"]), here(entry["name"]))
        for alias in aliases:
            kg.add_node(node_id, str(entry["type"]), alias.text, alias.source)
        builder.places[str(entry["key"])] = node_id
        builder.places[str(entry["name"]).casefold()] = node_id
        for alias in aliases:
            builder.places.setdefault(alias.text.casefold(), node_id)
    for entry in data.get("places", []):
        if entry.get("in"):
            parent = builder.place(str(entry["in"]))
            if parent is None:
                raise LoadError(doc.path, f"unknown place {entry['in']!r}", entry["in"].line)
            kg.add_edge(builder.places[str(entry["key"])], "partOf", parent, here(entry["in"]))

    for entry in data.get("actors", []):
        _require(entry, ("key", "type", "name"), doc.path)
        cls = str(entry["type"])
        node_id = node_iri(cls, str(entry["key"]))
        actor_ids[str(entry["key"])] = node_id
        kg.add_node(node_id, cls, str(entry["name"]), here(entry["name"]))
        for alias in aliases_of(entry, doc.path):
            kg.add_node(node_id, cls, alias.text, alias.source)
            builder.register(node_id, alias.text, alias.scope)
        builder.register(node_id, str(entry["name"]))
        for key, attribute in (("acronym", "acronym"), ("iati", "iatiId"), ("level", "level")):
            if entry.get(key):
                value, source = cited(entry[key], doc.path)
                kg.add_claim(node_id, attribute, value, source)
        if entry.get("acronym"):
            kg.add_node(node_id, cls, str(entry["acronym"]), here(entry["acronym"]))
        for domain in entry.get("email_domains", []):
            builder.email_domains[str(domain).lower()] = node_id
        if entry.get("place"):
            place = builder.place(str(entry["place"]))
            if place is None:
                raise LoadError(doc.path, f"unknown place {entry['place']!r}", entry["place"].line)
            kg.add_edge(node_id, "locatedIn", place, here(entry["place"]))

    for entry in data.get("actors", []):
        if entry.get("part_of"):
            parent = actor_ids.get(str(entry["part_of"]))
            if parent is None:
                raise LoadError(doc.path, f"unknown actor key {entry['part_of']!r}", entry["part_of"].line)
            kg.add_edge(actor_ids[str(entry["key"])], "partOf", parent, here(entry["part_of"]))


def here(value: Scalar) -> Source:
    """A citation of the registry line a value stands on."""
    return Source(doc=REGISTRY_ID, lines=(value.line, value.line))
