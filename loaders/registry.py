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


def load_registry(builder: Builder, doc: Document, documents: set[str] | None = None) -> None:
    """Index every place and actor of the registry; add to the graph those the corpus mentions.

    An entry whose aliases cite none of ``documents`` (the ids of the documents being built) is
    only indexed: it becomes a node when a loader first refers to it. A citation of a document
    outside the build is replaced by a citation of the registry line that states it.
    """
    data = lined_yaml.parse("\n".join(doc.lines), doc.path)
    kg = builder.kg
    docs = documents if documents is not None else None
    keys: dict[str, str] = {}

    def in_build(source: Source, value: Scalar) -> Source:
        return source if docs is None or source.doc in docs or source.doc == REGISTRY_ID else here(value)

    def mentioned(aliases: list[Alias]) -> bool:
        return docs is None or any(a.source.doc in docs for a in aliases)

    def entry_of(entry: dict, family: str) -> tuple[str, str, list[Alias]]:
        _require(entry, ("key", "type", "name"), doc.path)
        cls = str(entry["type"])
        if not kg.schema.is_a(cls, family) if cls in kg.schema.classes else True:
            raise LoadError(doc.path, f"{cls!r} is not a kind of {family}", entry["type"].line)
        return cls, node_iri(cls, str(entry["key"])), aliases_of(entry, doc.path)

    for entry in data.get("places", []):
        cls, node_id, aliases = entry_of(entry, "Place")
        keys[str(entry["key"])] = node_id

        def add_place(entry: dict = entry, cls: str = cls, node_id: str = node_id, aliases: list = aliases) -> None:
            kg.add_node(node_id, cls, str(entry["name"]), here(entry["name"]))
            for alias in aliases:
                kg.add_node(node_id, cls, alias.text, in_build(alias.source, entry["name"]))
            if entry.get("in"):
                parent = keys.get(str(entry["in"]))
                if parent is None:
                    raise LoadError(doc.path, f"unknown place {entry['in']!r}", entry["in"].line)
                builder.ensure(parent)
                kg.add_edge(node_id, "partOf", parent, here(entry["in"]))

        builder.defer(node_id, add_place)
        for name in (str(entry["key"]), str(entry["name"]), *(a.text for a in aliases)):
            builder.places.setdefault(name.casefold(), node_id)
        if mentioned(aliases):
            builder.ensure(node_id)

    for entry in data.get("actors", []):
        cls, node_id, aliases = entry_of(entry, "Actor")
        keys[str(entry["key"])] = node_id

        def add_actor(entry: dict = entry, cls: str = cls, node_id: str = node_id, aliases: list = aliases) -> None:
            kg.add_node(node_id, cls, str(entry["name"]), here(entry["name"]))
            for alias in aliases:
                kg.add_node(node_id, cls, alias.text, in_build(alias.source, entry["name"]))
            for key, attribute in (("acronym", "acronym"), ("iati", "iatiId"), ("level", "level")):
                if entry.get(key):
                    value, source = cited(entry[key], doc.path)
                    kg.add_claim(node_id, attribute, value, in_build(source, entry[key]))
            if entry.get("acronym"):
                kg.add_node(node_id, cls, str(entry["acronym"]), here(entry["acronym"]))
            for relation, field in (("locatedIn", "place"), ("partOf", "part_of")):
                if entry.get(field):
                    target = keys.get(str(entry[field]))
                    if target is None:
                        raise LoadError(doc.path, f"unknown key {entry[field]!r}", entry[field].line)
                    builder.ensure(target)
                    kg.add_edge(node_id, relation, target, here(entry[field]))

        builder.defer(node_id, add_actor)
        for alias in aliases:
            builder.register(node_id, alias.text, alias.scope)
        builder.register(node_id, str(entry["name"]))
        if entry.get("acronym"):
            builder.register(node_id, str(entry["acronym"]))
        for domain in entry.get("email_domains", []):
            builder.email_domains[str(domain).lower()] = node_id

    for entry in data.get("actors", []):
        if mentioned(aliases_of(entry, doc.path)):
            builder.ensure(keys[str(entry["key"])])


def here(value: Scalar) -> Source:
    """A citation of the registry line a value stands on."""
    return Source(doc=REGISTRY_ID, lines=(value.line, value.line))
