"""Curated registries of places, actors and things, loaded as cited nodes.

Two kinds of registry, kept apart:

- the **base registry** shipped in the package (``data/base/*.yaml``): world knowledge only, true for
  any programme — the UN system entities and funds, the Joint SDG Fund and its donors, the countries
  of ISO 3166-1, the SDG goals and targets (:mod:`gapgraph.loaders.sdgs`), the ILO conventions and
  recommendations. It is always loaded;
- **programme registries** (e.g. ``data/registries/closing-gaps-mexico.yaml``): one programme's bodies,
  aliases, laws, pilots and statuses, loaded only when asked (``gapgraph build --registry FILE``).

Each registry file is a source document (id ``gapgraph-base-<stem>`` or ``gapgraph-registry-<stem>``):
a value it states without a corpus citation cites the registry's own line, whose header names the
public source. Aliases cite the corpus line they stand on; the build registers each with the resolver,
so every later mention of any spelling lands on the same node.

An alias is written ``"TEXT @ DOC-ID:LINE"`` (or ``:FIRST-LAST``), or as a mapping with ``text``,
``at`` and ``scope`` (a place key) for a name that means this entry only in that place. A registry's
top-level ``country:`` (a place key) scopes the names of its national entries to that country, so
"Ministry of Finance" in one programme's registry never names another country's ministry. An entry
with only a ``key`` the base registry already has (and no ``type``) adds aliases, statuses and facts
to that entry.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache, partial
from importlib.resources import files
from pathlib import Path
from typing import Any

from gapgraph.graph.ids import node_iri
from gapgraph.loaders import lined_yaml
from gapgraph.loaders.builder import GLOBAL_CLASSES, Builder
from gapgraph.loaders.document import Document, read_document
from gapgraph.loaders.errors import LoadError
from gapgraph.loaders.figures import Measure
from gapgraph.loaders.lined_yaml import Scalar
from gapgraph.loaders.sdgs import has_sdgs, load_sdgs
from gapgraph.ontology.models import Source

REGISTRY_KIND = "curated-registry"
BASE_PREFIX = "gapgraph-base-"
PROGRAMME_PREFIX = "gapgraph-registry-"
ENV = "GAPGRAPH_REGISTRY"

_CITED = re.compile(r"^(?P<text>.+?)\s+@\s+(?P<doc>[A-Za-z0-9._-]+):(?P<first>\d+)(?:-(?P<last>\d+))?$")
_FACT = re.compile(
    r"^(?P<subject>[\w.-]+)\s+(?P<relation>[A-Za-z]+)\s+(?P<object>[\w.-]+)\s+@\s+(?P<at>\S+)(?:\s+on\s+(?P<date>[\d-]+))?$"
)
_ILO_CODE = re.compile(r"^(?P<kind>[CRP])(?P<number>\d{1,3})$")


@dataclass(frozen=True)
class Alias:
    """One spelling of a registry entry, where it is written, and the place it is limited to."""

    text: str
    source: Source
    scope: str | None = None


def base_paths() -> list[Path]:
    """The base registry's files, in a stable order."""
    return sorted(Path(str(files("gapgraph.data") / "base")).glob("*.yaml"))


def registry_paths(given: Iterable[Path | str] | None = None) -> list[Path]:
    """The programme registries asked for: ``given``, or (None) those ``GAPGRAPH_REGISTRY`` lists (os.pathsep)."""
    if given is None:
        given = [p for p in os.environ.get(ENV, "").split(os.pathsep) if p]
    paths = [Path(p) for p in given]
    for path in paths:
        if not path.is_file():
            raise LoadError(path, "registry file not found")
    return paths


def registry_id(path: Path, base: bool) -> str:
    """The document id of a registry file: ``gapgraph-base-un-system``, ``gapgraph-registry-closing-gaps-mexico``."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", path.stem)
    return f"{BASE_PREFIX if base else PROGRAMME_PREFIX}{stem}"


def read_registry_document(path: Path, base: bool = False) -> Document:
    """A registry file as a document (so that its own lines can be cited)."""
    kind = "base registry of world knowledge" if base else "programme registry"
    meta = {"title": f"gapgraph {kind}: {path.stem}", "publisher": "gapgraph"}
    return read_document(path, registry_id(path, base), REGISTRY_KIND, meta)


def read_registries(programme: Iterable[Path | str] | None = None) -> list[Document]:
    """The base registry's documents, then those of the programme registries asked for (see
    :func:`registry_paths`)."""
    docs = [read_registry_document(p, base=True) for p in base_paths()]
    return docs + [read_registry_document(p) for p in registry_paths(programme)]


def cited(value: Scalar, path: str, doc_id: str) -> tuple[str, Source]:
    """``"TEXT @ DOC:LINE"`` as text and source; a plain value cites the registry line it is on."""
    match = _CITED.match(value)
    if match is None:
        return str(value), _source(doc_id, value.line, value.line)
    first = int(match["first"])
    last = int(match["last"] or first)
    if last < first:
        raise LoadError(path, f"line span {first}-{last} is backwards", value.line)
    return match["text"], _source(match["doc"], first, last)


@lru_cache(maxsize=65536)
def _source(doc: str, first: int, last: int) -> Source:
    """One (frozen) Source per span: registries cite the same lines build after build."""
    return Source(doc=doc, lines=(first, last))


def aliases_of(entry: dict, path: str, doc_id: str, scope: str | None = None) -> list[Alias]:
    """The aliases of one registry entry (``scope``: the default place of those that give none)."""
    found = []
    for item in entry.get("aliases", []):
        if isinstance(item, dict):
            text, source = cited(Scalar(f"{item['text']} @ {item['at']}", item["at"].line), path, doc_id)
            found.append(Alias(text, source, str(item["scope"]) if item.get("scope") else scope))
        else:
            text, source = cited(item, path, doc_id)
            found.append(Alias(text, source, scope))
    return found


def ilo_titles(name: str) -> list[str]:
    """How documents write an ILO instrument's title: without "ILO", its number or its year.

    >>> ilo_titles("ILO Home Work Convention, 1996 (No. 177)")[1:]
    ['Home Work Convention, 1996', 'Home Work Convention', 'ILO Home Work Convention']
    """
    bare = re.sub(r"^ILO\s+", "", name)
    dated = re.sub(r"\s*\(No\.\s*\d+\)\s*$", "", bare)
    title = re.sub(r",\s*(?:19|20)\d\d$", "", dated)
    return list(dict.fromkeys(t for t in (bare, dated, title, f"ILO {title}") if t != name))


def ilo_spellings(code: str) -> list[str]:
    """How documents write an ILO instrument's code: ``C189`` -> "Convention No. 189", "ILO C189"...

    >>> ilo_spellings("R202")[:3]
    ['R202', 'R-202', 'Recommendation 202']
    """
    match = _ILO_CODE.match(code)
    if match is None:
        return []
    kind = {"C": "Convention", "R": "Recommendation", "P": "Protocol"}[match["kind"]]
    n = match["number"]
    return [
        f"{match['kind']}{n}",
        f"{match['kind']}-{n}",
        f"{kind} {n}",
        f"{kind} No. {n}",
        f"{kind} No {n}",
        f"{kind} no. {n}",
        f"ILO {kind} {n}",
        f"ILO {kind} No. {n}",
        f"ILO {match['kind']}{n}",
        f"ILO’s {kind} {n}",
        f"{kind} (No. {n})",
    ]


def _require(entry: dict, keys: tuple[str, ...], path: str) -> None:
    missing = [k for k in keys if not entry.get(k)]
    if missing:
        raise LoadError(path, f"registry entry lacks {', '.join(missing)}", getattr(entry, "line", None))


class _RegistryLoader:
    """Indexes registry entries and adds them to the graph when the corpus mentions them."""

    def __init__(self, builder: Builder, doc: Document, documents: set[str] | None) -> None:
        self.b = builder
        self.kg = builder.kg
        self.doc = doc
        self.documents = documents
        self.lengths = {**(documents if isinstance(documents, dict) else {}), doc.id: len(doc)}
        self.place_keys = builder.index("registry-place-keys")
        self.keys = builder.index("registry-keys")
        self.classes = builder.index("registry-classes")
        self.country: str | None = None

    def here(self, value: Scalar) -> Source:
        """A citation of this registry's line that ``value`` stands on."""
        return Source(doc=self.doc.id, lines=(value.line, value.line))

    def cited(self, value: Scalar) -> tuple[str, Source]:
        return cited(value, self.doc.path, self.doc.id)

    def within(self, source: Source, line: int) -> bool:
        """Whether ``source`` lies within its document (when the build holds it); if not, a warning
        naming the registry line (a document cut short is still built, without that citation)."""
        length = self.lengths.get(source.doc)
        if length is None or source.lines[1] <= length:
            return True
        self.b.warn(
            self.doc.id,
            line,
            f"citation {source.doc}:{source.lines[0]}-{source.lines[1]} points past the end of {source.doc} "
            f"({length} lines): not used",
        )
        return False

    def in_build(self, source: Source, value: Scalar) -> Source:
        """``source`` if its document is being built and holds the line; else the registry line of ``value``."""
        if not self.within(source, value.line):
            return self.here(value)
        if self.documents is None or source.doc in self.documents or source.doc == self.doc.id:
            return source
        return self.here(value)

    def mentioned(self, aliases: list[Alias]) -> bool:
        return self.documents is None or any(a.source.doc in self.documents for a in aliases)

    def scope_of(self, cls: str, entry: dict) -> str | None:
        """The default scope of an entry's names: its own ``scope``, else the registry's country unless
        the class is global (a UN country office names its ``scope``: ``RCO`` is that country's)."""
        if entry.get("scope"):
            return str(entry["scope"])
        if self.country is None or any(self.kg.schema.is_a(cls, g) for g in GLOBAL_CLASSES):
            return None
        return self.country

    def index(self, entry: dict, family: str) -> tuple[str, str, list[Alias]]:
        """Check an entry; return its class, node id and aliases, and remember its key."""
        _require(entry, ("key", "type", "name"), self.doc.path)
        cls = str(entry["type"])
        if cls not in self.kg.schema.classes or (family != "Thing" and not self.kg.schema.is_a(cls, family)):
            raise LoadError(self.doc.path, f"{cls!r} is not a kind of {family}", entry["type"].line)
        node_id = node_iri(cls, str(entry["key"]))
        keys = self.keys_of(family)
        if str(entry["key"]) in keys:
            raise LoadError(self.doc.path, f"key {entry['key']!r} is used twice", entry["key"].line)
        keys[str(entry["key"])] = node_id
        self.classes[node_id] = cls
        return cls, node_id, aliases_of(entry, self.doc.path, self.doc.id, self.scope_of(cls, entry))

    def keys_of(self, family: str) -> dict[str, str]:
        """Node ids by key: places have keys of their own (a country and an embassy may share one)."""
        return self.place_keys if family == "Place" else self.keys

    def link(self, node_id: str, relation: str, entry: dict, field: str) -> None:
        """An edge to the entry named by key in ``entry[field]``, cited by the registry line."""
        if not entry.get(field):
            return
        target = self.keys_of("Place" if field in ("in", "place") else "Actor").get(str(entry[field]))
        if target is None:
            raise LoadError(self.doc.path, f"unknown key {entry[field]!r}", entry[field].line)
        self.b.ensure(target)
        self.kg.add_edge(node_id, relation, target, self.here(entry[field]))

    def add_names(self, node_id: str, cls: str, aliases: list[Alias], fallback: Scalar) -> None:
        for alias in aliases:
            self.kg.add_node(node_id, cls, alias.text, self.in_build(alias.source, fallback))

    def add_node(self, entry: dict, cls: str, node_id: str, aliases: list[Alias]) -> None:
        """The entry's node with its name and every alias, each cited."""
        self.kg.add_node(node_id, cls, str(entry["name"]), self.here(entry["name"]))
        self.add_names(node_id, cls, aliases, entry["name"])

    def add_place(self, entry: dict, cls: str, node_id: str, aliases: list[Alias]) -> None:
        self.add_node(entry, cls, node_id, aliases)
        for key in ("alpha2", "alpha3"):
            if entry.get(key):
                self.kg.add_claim(node_id, "countryCode", str(entry[key]), self.here(entry[key]))
        self.link(node_id, "partOf", entry, "in")

    def add_claims(self, node_id: str, entry: dict) -> None:
        for key, attribute in (("acronym", "acronym"), ("iati", "iatiId"), ("level", "level")):
            if entry.get(key):
                value, source = self.cited(entry[key])
                self.kg.add_claim(node_id, attribute, value, self.in_build(source, entry[key]))

    def add_actor(self, entry: dict, cls: str, node_id: str, aliases: list[Alias]) -> None:
        self.add_node(entry, cls, node_id, aliases)
        self.add_claims(node_id, entry)
        if entry.get("acronym"):
            self.kg.add_node(node_id, cls, str(entry["acronym"]), self.here(entry["acronym"]))
        self.link(node_id, "locatedIn", entry, "place")
        self.link(node_id, "partOf", entry, "part_of")
        for fact in entry.get("facts", []):  # an actor's facts too ("X funds Y @ here"), not only a thing's
            self.b.at_finish(partial(self.add_fact, fact))

    def add_statuses(self, node_id: str, entry: dict) -> None:
        for status in entry.get("status", []):
            value, source = self.cited(status)
            if (self.documents is None or source.doc in self.documents) and self.within(source, status.line):
                self.kg.add_claim(node_id, "status", value, source)
        for fact in entry.get("facts", []):
            self.b.at_finish(partial(self.add_fact, fact))

    def add_thing(self, entry: dict, cls: str, node_id: str, aliases: list[Alias]) -> None:
        self.add_node(entry, cls, node_id, aliases)
        self.add_statuses(node_id, entry)
        self.link(node_id, "locatedIn", entry, "place")

    def add_fact(self, fact: Scalar) -> None:
        """An edge the registry states with its citation, when its document and both ends are there.

        ``@ here`` cites the fact's own registry line (world knowledge named in the file's header); such
        a fact is added only between nodes the build already holds.
        """
        match = _FACT.match(fact)
        if match is None:
            raise LoadError(
                self.doc.path, f"a fact reads 'SUBJECT RELATION OBJECT @ DOC:LINE [on DATE]': {fact!r}", fact.line
            )
        own = match["at"] == "here"
        source = self.here(fact) if own else self.cited(Scalar(f"x @ {match['at']}", fact.line))[1]
        if self.documents is not None and source.doc not in self.documents and not own:
            return
        if not own and not self.within(source, fact.line):
            return
        ends = [
            self.keys.get(match[k]) or self.place_keys.get(match[k]) or node_iri("Programme", match[k])
            for k in ("subject", "object")
        ]
        if own and not all(self.kg.has_node(node) for node in ends):
            return
        known = {*self.keys.values(), *self.place_keys.values()}
        if not all(node in known or self.kg.has_node(node) for node in ends):
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

    def extend(self, entry: dict, family: str) -> str:
        """An entry that adds names, claims, statuses and facts to an entry of an earlier registry; its
        ``name``, if given, becomes the node's name (the base's becomes an alias)."""
        node_id = self.keys_of(family)[str(entry["key"])]
        cls = self.classes[node_id]
        aliases = aliases_of(entry, self.doc.path, self.doc.id)
        renamed = entry.get("name")

        def add() -> None:
            if renamed:
                self.kg.add_node(node_id, cls, str(renamed), self.here(renamed))
            self.add_names(node_id, cls, aliases, entry["key"])
            if self.kg.schema.is_a(cls, "Actor"):
                self.add_claims(node_id, entry)
            self.add_statuses(node_id, entry)

        self.b.defer_more(node_id, add, before=bool(renamed))
        if family == "Place":
            for name in [*(a.text for a in aliases), *([str(renamed)] if renamed else [])]:
                self.b.add_place_name(name, node_id)
            for demonym in entry.get("demonyms") or []:  # "Spanish" for Spain (data/base/demonyms.yaml)
                self.b.demonyms[str(demonym)] = node_id
        else:
            self.register(node_id, aliases, entry, (str(renamed),) if renamed else ())
        return node_id

    def register(
        self, node_id: str, aliases: list[Alias], entry: dict, names: tuple[str, ...] = (), scope: str | None = None
    ) -> None:
        """Make the aliases (each in its scope) and ``names`` (in ``scope``) resolve to ``node_id``."""
        for alias in aliases:
            self.b.register(node_id, alias.text, alias.scope)
        for name in names:
            self.b.register(node_id, name, scope)
        for domain in entry.get("email_domains", []):
            self.b.email_domains[str(domain).lower(), scope] = node_id

    def entries(self, data: dict, section: str) -> Iterable[dict]:
        for entry in data.get(section) or []:
            if not isinstance(entry, dict) or not entry.get("key"):
                raise LoadError(self.doc.path, f"a {section} entry needs a key", getattr(entry, "line", None))
            yield entry

    def load(self, data: dict) -> None:
        if not isinstance(data, dict):
            raise LoadError(self.doc.path, "a registry is a mapping of places, actors and things", 1)
        if data.get("country"):
            self.country = str(data["country"])
        mentioned: list[str] = []
        for section, family in (("places", "Place"), ("actors", "Actor"), ("things", "Thing")):
            for entry in self.entries(data, section):
                if str(entry["key"]) in self.keys_of(family) and not entry.get("type"):
                    node_id = self.extend(entry, family)
                    if self.mentioned(aliases_of(entry, self.doc.path, self.doc.id)):
                        mentioned.append(node_id)
                    continue
                cls, node_id, aliases = self.index(entry, family)
                if family == "Place":
                    self.b.defer(node_id, partial(self.add_place, entry, cls, node_id, aliases))
                    self.add_place_names(entry, node_id, aliases)
                elif family == "Actor":
                    self.b.defer(node_id, partial(self.add_actor, entry, cls, node_id, aliases))
                    names = tuple(str(n) for n in (entry["name"], entry.get("acronym")) if n)
                    self.register(node_id, aliases, entry, names, self.scope_of(cls, entry))
                else:
                    self.b.defer(node_id, partial(self.add_thing, entry, cls, node_id, aliases))
                    spellings = (
                        [*ilo_spellings(str(entry["ilo"])), *ilo_titles(str(entry["name"]))] if entry.get("ilo") else []
                    )
                    self.register(node_id, aliases, entry, (str(entry["name"]), *spellings), self.scope_of(cls, entry))
                if self.mentioned(aliases):
                    mentioned.append(node_id)
        self.b.at_finish(lambda: [self.b.ensure(node_id) for node_id in mentioned])
        self.b.figures.extend(self.figure(entry) for entry in data.get("figures") or [])

    def figure(self, entry: dict) -> Measure:
        """A key figure the registry declares (see :mod:`gapgraph.loaders.figures`)."""
        _require(entry, ("key", "label", "patterns"), self.doc.path)
        patterns = []
        for pattern in entry["patterns"]:
            try:
                compiled = re.compile(str(pattern), re.I)
            except re.error as exc:
                raise LoadError(self.doc.path, f"figure pattern does not compile: {exc}", pattern.line) from None
            if "n" not in compiled.groupindex:
                raise LoadError(self.doc.path, "a figure pattern needs a group (?P<n>...)", pattern.line)
            patterns.append(compiled)
        periodic = str(entry.get("periodic", "true")).lower() != "false"
        unit = str(entry["unit"]) if entry.get("unit") else None
        return Measure(str(entry["key"]), str(entry["label"]), unit, tuple(patterns), periodic)

    def add_place_names(self, entry: dict, node_id: str, aliases: list[Alias]) -> None:
        names = [str(entry["key"]), str(entry["name"]), *(a.text for a in aliases)]
        for name in names:
            self.b.add_place_name(name, node_id)
        for key in ("alpha2", "alpha3"):
            if entry.get(key):
                self.b.country_codes[str(entry[key]).upper()] = node_id
        if entry.get("in"):
            self.b.place_parents[str(entry["key"])] = str(entry["in"])


@lru_cache(maxsize=16)
def _parsed(text: str, path: str) -> Any:
    """A registry's parsed YAML, read once per text (a build, a test, reads the same base files again;
    the loaders only read what it gives)."""
    return lined_yaml.parse(text, path)


def load_registry(builder: Builder, doc: Document, documents: set[str] | dict[str, int] | None = None) -> None:
    """Index every place, actor and thing of a registry; add to the graph those the corpus mentions.

    ``documents`` are the ids of the documents being built; given as ``{id: line count}``, every
    citation of them is checked to lie within the document, else it is not used and a warning names
    the registry line.

    Every entry is indexed now; it becomes a node when a loader first refers to it, and at the end
    of the build (:meth:`Builder.finish`) if its aliases cite any of ``documents`` (the ids of the
    documents being built). A citation of a document outside the build is replaced by a citation
    of the registry line that states it; a fact or status citing one is left out.
    """
    data = _parsed("\n".join(doc.lines), str(doc.path))
    _RegistryLoader(builder, doc, documents).load(data)
    if has_sdgs(data):
        load_sdgs(builder, doc, data)
