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
from functools import partial
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
_FACT = re.compile(
    r"^(?P<subject>[\w.-]+)\s+(?P<relation>[A-Za-z]+)\s+(?P<object>[\w.-]+)\s+@\s+(?P<at>\S+)(?:\s+on\s+(?P<date>[\d-]+))?$"
)


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


class _RegistryLoader:
    """Indexes registry entries and adds them to the graph when the corpus mentions them."""

    def __init__(self, builder: Builder, doc: Document, documents: set[str] | dict[str, int] | None) -> None:
        self.b = builder
        self.kg = builder.kg
        self.doc = doc
        self.documents = documents
        self.lengths = {**(documents if isinstance(documents, dict) else {}), REGISTRY_ID: len(doc)}
        self.keys: dict[str, str] = {}

    def within(self, source: Source, line: int) -> bool:
        """Whether ``source`` lies within its document (when the build holds it); if not, a warning
        naming the registry line (a document cut short is still built, without that citation)."""
        length = self.lengths.get(source.doc)
        if length is None or source.lines[1] <= length:
            return True
        self.b.warn(
            REGISTRY_ID,
            line,
            f"citation {source.doc}:{source.lines[0]}-{source.lines[1]} points past the end of {source.doc} "
            f"({length} lines): not used",
        )
        return False

    def in_build(self, source: Source, value: Scalar) -> Source:
        """``source`` if its document is being built; else the registry line of ``value``."""
        if not self.within(source, value.line):
            return here(value)
        if self.documents is None or source.doc in self.documents or source.doc == REGISTRY_ID:
            return source
        return here(value)

    def mentioned(self, aliases: list[Alias]) -> bool:
        return self.documents is None or any(a.source.doc in self.documents for a in aliases)

    def index(self, entry: dict, family: str) -> tuple[str, str, list[Alias]]:
        """Check an entry; return its class, node id and aliases, and remember its key."""
        _require(entry, ("key", "type", "name"), self.doc.path)
        cls = str(entry["type"])
        if cls not in self.kg.schema.classes or (family != "Thing" and not self.kg.schema.is_a(cls, family)):
            raise LoadError(self.doc.path, f"{cls!r} is not a kind of {family}", entry["type"].line)
        node_id = node_iri(cls, str(entry["key"]))
        if str(entry["key"]) in self.keys:
            raise LoadError(self.doc.path, f"key {entry['key']!r} is used twice", entry["key"].line)
        self.keys[str(entry["key"])] = node_id
        return cls, node_id, aliases_of(entry, self.doc.path)

    def link(self, node_id: str, relation: str, entry: dict, field: str) -> None:
        """An edge to the entry named by key in ``entry[field]``, cited by the registry line."""
        if not entry.get(field):
            return
        target = self.keys.get(str(entry[field]))
        if target is None:
            raise LoadError(self.doc.path, f"unknown key {entry[field]!r}", entry[field].line)
        self.b.ensure(target)
        self.kg.add_edge(node_id, relation, target, here(entry[field]))

    def add_node(self, entry: dict, cls: str, node_id: str, aliases: list[Alias]) -> None:
        """The entry's node with its name and every alias, each cited."""
        self.kg.add_node(node_id, cls, str(entry["name"]), here(entry["name"]))
        for alias in aliases:
            self.kg.add_node(node_id, cls, alias.text, self.in_build(alias.source, entry["name"]))

    def add_place(self, entry: dict, cls: str, node_id: str, aliases: list[Alias]) -> None:
        self.add_node(entry, cls, node_id, aliases)
        self.link(node_id, "partOf", entry, "in")

    def add_actor(self, entry: dict, cls: str, node_id: str, aliases: list[Alias]) -> None:
        self.add_node(entry, cls, node_id, aliases)
        for key, attribute in (("acronym", "acronym"), ("iati", "iatiId"), ("level", "level")):
            if entry.get(key):
                value, source = cited(entry[key], self.doc.path)
                self.kg.add_claim(node_id, attribute, value, self.in_build(source, entry[key]))
        if entry.get("acronym"):
            self.kg.add_node(node_id, cls, str(entry["acronym"]), here(entry["acronym"]))
        self.link(node_id, "locatedIn", entry, "place")
        self.link(node_id, "partOf", entry, "part_of")

    def add_thing(self, entry: dict, cls: str, node_id: str, aliases: list[Alias]) -> None:
        self.add_node(entry, cls, node_id, aliases)
        for status in entry.get("status", []):
            value, source = cited(status, self.doc.path)
            if (self.documents is None or source.doc in self.documents) and self.within(source, status.line):
                self.kg.add_claim(node_id, "status", value, source)
        self.link(node_id, "locatedIn", entry, "place")
        for fact in entry.get("facts", []):
            self.b.at_finish(partial(self.add_fact, fact))

    def add_fact(self, fact: Scalar) -> None:
        """An edge the registry states with its citation, when its document and both ends are there."""
        match = _FACT.match(fact)
        if match is None:
            raise LoadError(
                self.doc.path, f"a fact reads 'SUBJECT RELATION OBJECT @ DOC:LINE [on DATE]': {fact!r}", fact.line
            )
        _, source = cited(Scalar(f"x @ {match['at']}", fact.line), self.doc.path)
        if (self.documents is not None and source.doc not in self.documents) or not self.within(source, fact.line):
            return
        ends = [self.keys.get(match[k]) or node_iri("Programme", match[k]) for k in ("subject", "object")]
        if not all(node in self.keys.values() or self.kg.has_node(node) for node in ends):
            return  # the fact is about a programme this build does not hold
        for node in ends:
            self.b.ensure(node)
        qualifiers = {"onDate": match["date"]} if match["date"] else {}
        rel = self.kg.schema.relations.get(match["relation"])
        if rel is None:
            raise LoadError(self.doc.path, f"unknown relation {match['relation']!r}", fact.line)
        self.kg.add_edge(
            ends[0], match["relation"], ends[1], source, {k: v for k, v in qualifiers.items() if k in rel.qualifiers}
        )

    def load(self, data: dict) -> None:
        mentioned: list[str] = []
        for entry in data.get("places", []):
            cls, node_id, aliases = self.index(entry, "Place")
            self.b.defer(node_id, partial(self.add_place, entry, cls, node_id, aliases))
            for name in (str(entry["key"]), str(entry["name"]), *(a.text for a in aliases)):
                self.b.add_place_name(name, node_id)
            if self.mentioned(aliases):
                mentioned.append(node_id)
        for entry in data.get("actors", []):
            cls, node_id, aliases = self.index(entry, "Actor")
            self.b.defer(node_id, partial(self.add_actor, entry, cls, node_id, aliases))
            for alias in aliases:
                self.b.register(node_id, alias.text, alias.scope)
            for name in (entry["name"], entry.get("acronym")):
                if name:
                    self.b.register(node_id, str(name))
            for domain in entry.get("email_domains", []):
                self.b.email_domains[str(domain).lower()] = node_id
            if self.mentioned(aliases):
                mentioned.append(node_id)
        for entry in data.get("things", []):
            cls, node_id, aliases = self.index(entry, "Thing")
            self.b.defer(node_id, partial(self.add_thing, entry, cls, node_id, aliases))
            for alias in aliases:
                self.b.register(node_id, alias.text, alias.scope)
            self.b.register(node_id, str(entry["name"]))
            if self.mentioned(aliases):
                mentioned.append(node_id)
        self.b.at_finish(lambda: [self.b.ensure(node_id) for node_id in mentioned])


def load_registry(builder: Builder, doc: Document, documents: set[str] | dict[str, int] | None = None) -> None:
    """Index every place and actor of the registry; add to the graph those the corpus mentions.

    Every entry is indexed now; it becomes a node when a loader first refers to it, and at the end
    of the build (:meth:`Builder.finish`) if its aliases cite any of ``documents`` (the ids of the
    documents being built; given as ``{id: line count}``, every citation of them is checked to lie
    within the document, else it is not used and a warning names the registry line). A citation of a
    document outside the build is
    replaced by a citation of the registry line that states it; a fact or status citing one is left out.
    """
    _RegistryLoader(builder, doc, documents).load(lined_yaml.parse("\n".join(doc.lines), doc.path))


def here(value: Scalar) -> Source:
    """A citation of the registry line a value stands on."""
    return Source(doc=REGISTRY_ID, lines=(value.line, value.line))
