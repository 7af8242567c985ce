"""The knowledge graph: typed nodes and cited edges on a networkx MultiDiGraph.

Every node, edge and attribute value carries the sources that state it. Adding a fact that is
already there adds its source; adding a different value for the same attribute keeps both values
side by side (a conflict), each with its own sources. Nothing is overwritten.

>>> from gapgraph.ontology.models import Source
>>> kg = KnowledgeGraph()
>>> src = Source(doc="jp-final-report-2022", lines=(58, 63))
>>> ilo = kg.add_node("https://w3id.org/gapgraph/id/actor/ilo", "UNAgency", "International Labour Organization",
...                   src, aliases=["ILO"])
>>> jp = kg.add_node("https://w3id.org/gapgraph/id/programme/closing-gaps", "Programme", "Closing gaps", src)
>>> kg.add_edge(ilo, "leads", jp, src)
'leads'
>>> kg.add_claim(jp, "mptfId", "00118979", src)
>>> kg.add_claim(jp, "mptfId", "00118980", Source(doc="other-doc", lines=(3, 3)))
>>> [c["value"] for c in kg.claims(jp, "mptfId")]
['00118979', '00118980']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import networkx as nx

from gapgraph.ontology.models import Source
from gapgraph.ontology.schema import Schema, schema


class GraphError(ValueError):
    """A fact that does not fit the ontology (unknown class or relation, wrong domain or range...)."""


Claims = list[dict[str, Any]]
"""An attribute's values: ``[{"value": v, "sources": [Source, ...]}, ...]``."""


class KnowledgeGraph:
    """Typed, cited nodes and edges, checked against the ontology as they are added."""

    def __init__(self, model: Schema | None = None) -> None:
        self.schema = model or schema()
        self.graph = nx.MultiDiGraph()
        # id of a sources list -> (that list, its members), for speed; holding the list keeps its id
        # from being reused by another list, which would read the wrong members
        self._source_sets: dict[int, tuple[list[Source], set[Source]]] = {}

    def _add_source(self, sources: list[Source], source: Source) -> None:
        """Append ``source`` unless the list holds it (a set alongside keeps this O(1))."""
        known = self._source_sets.get(id(sources))
        if known is not None and known[0] is sources:
            members = known[1]
        else:
            members = set(sources)
            self._source_sets[id(sources)] = (sources, members)
        if source not in members:
            members.add(source)
            sources.append(source)

    def _add_claim(self, claims: Claims, value: Any, source: Source) -> None:
        for claim in claims:
            if claim["value"] == value and type(claim["value"]) is type(value):
                self._add_source(claim["sources"], source)
                return
        claims.append({"value": value, "sources": [source]})

    # -- nodes -------------------------------------------------------------------------------

    def add_node(
        self,
        node_id: str,
        cls: str,
        name: str,
        source: Source,
        aliases: Iterable[str] = (),
        attributes: dict[str, Any] | None = None,
    ) -> str:
        """Add a node, or merge into the node with this id: sources, aliases and values add up.

        A node already there keeps its name (other names become aliases) and its class, unless
        the new class is a subclass of it, which refines it. Two unrelated classes are an error.
        """
        if cls not in self.schema.classes:
            raise GraphError(f"unknown class {cls!r} for node {node_id}")
        name = " ".join(name.split())
        if not name:
            raise GraphError(f"empty name for node {node_id}")
        data = self.graph.nodes.get(node_id)
        if data is None:
            data = {"type": cls, "name": name, "aliases": [], "sources": [], "attributes": {}}
            self.graph.add_node(node_id, **data)
            data = self.graph.nodes[node_id]
        else:
            data["type"] = self._merge_type(node_id, data["type"], cls)
            self._add_alias(data, name)
        self._add_source(data["sources"], source)
        for alias in aliases:
            self._add_alias(data, alias)
        for key, value in (attributes or {}).items():
            if value is not None:
                self.add_claim(node_id, key, value, source)
        return node_id

    def _merge_type(self, node_id: str, old: str, new: str) -> str:
        if self.schema.is_a(old, new):
            return old
        if self.schema.is_a(new, old):
            return new
        raise GraphError(f"node {node_id} is a {old}; cannot also be a {new}")

    def rename(self, node_id: str, name: str) -> None:
        """Give a node another name; the old one stays an alias (its sources are the node's)."""
        data = self.node(node_id)
        name = " ".join(name.split())
        if not name or name == data["name"]:
            return
        old, data["name"] = data["name"], name
        data["aliases"] = [a for a in data["aliases"] if a != name]
        self._add_alias(data, old)

    @staticmethod
    def _add_alias(data: dict[str, Any], alias: str) -> None:
        alias = " ".join(alias.split())
        if alias and alias != data["name"] and alias not in data["aliases"]:
            data["aliases"].append(alias)

    def add_claim(self, node_id: str, key: str, value: Any, source: Source) -> None:
        """State that attribute ``key`` of a node has ``value``, according to ``source``."""
        data = self.node(node_id)
        if key not in self.schema.attributes_for(data["type"]):
            raise GraphError(f"{data['type']} has no attribute {key!r} (node {node_id})")
        self._add_claim(data["attributes"].setdefault(key, []), value, source)

    def has_node(self, node_id: str) -> bool:
        return node_id in self.graph

    def node(self, node_id: str) -> dict[str, Any]:
        """The data of a node: type, name, aliases, sources, attributes."""
        try:
            return self.graph.nodes[node_id]
        except KeyError:
            raise GraphError(f"no node {node_id}") from None

    def nodes(self, cls: str | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
        """Nodes with their data, only those of class ``cls`` (or below) if given."""
        for node_id, data in self.graph.nodes(data=True):
            if cls is None or self.schema.is_a(data["type"], cls):
                yield node_id, data

    def claims(self, node_id: str, key: str) -> Claims:
        """The values stated for an attribute of a node (empty if none)."""
        return self.node(node_id)["attributes"].get(key, [])

    def value(self, node_id: str, key: str) -> Any:
        """The one value of an attribute; None if absent. Raises if sources disagree."""
        claims = self.claims(node_id, key)
        if len(claims) > 1:
            raise GraphError(f"{node_id} has conflicting values for {key}: {[c['value'] for c in claims]}")
        return claims[0]["value"] if claims else None

    # -- edges -------------------------------------------------------------------------------

    def add_edge(
        self,
        source_id: str,
        relation: str,
        target_id: str,
        source: Source,
        qualifiers: dict[str, Any] | None = None,
    ) -> str:
        """Add a cited edge (or a source to the same edge); returns its key.

        Edges of one relation between the same nodes are the same edge unless their key
        qualifiers (the ontology's ``gg:keyQualifier``, e.g. the funding kind) differ.
        """
        rel = self.schema.relations.get(relation)
        if rel is None:
            raise GraphError(f"unknown relation {relation!r}")
        if source_id == target_id:
            raise GraphError(f"{relation} edge from {source_id} to itself")
        subject_cls = self.node(source_id)["type"]
        object_cls = self.node(target_id)["type"]
        if not self.schema.fits(subject_cls, rel.domain):
            raise GraphError(f"{relation} cannot start at a {subject_cls} ({source_id})")
        if not self.schema.fits(object_cls, rel.range):
            raise GraphError(f"{relation} cannot end at a {object_cls} ({target_id})")
        qualifiers = {k: v for k, v in (qualifiers or {}).items() if v is not None}
        unknown = set(qualifiers) - set(rel.qualifiers)
        if unknown:
            raise GraphError(f"{relation} has no qualifier {sorted(unknown)}")
        if rel.symmetric and target_id < source_id:
            source_id, target_id = target_id, source_id
        key = relation + "".join(f"|{q}={qualifiers[q]}" for q in rel.key_qualifiers if q in qualifiers)
        if not self.graph.has_edge(source_id, target_id, key):
            self.graph.add_edge(source_id, target_id, key=key, type=relation, sources=[], attributes={})
        data = self.graph.edges[source_id, target_id, key]
        self._add_source(data["sources"], source)
        for name, value in qualifiers.items():
            self._add_claim(data["attributes"].setdefault(name, []), value, source)
        return key

    def edges(self, relation: str | Iterable[str] | None = None) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
        """Edges as (source, target, key, data), only those of ``relation`` (a name or several) if given."""
        relations = self._relations(relation)
        for u, v, key, data in self.graph.edges(keys=True, data=True):
            if relations is None or data["type"] in relations:
                yield u, v, key, data

    # -- reading ------------------------------------------------------------------------------

    def type_of(self, node_id: str) -> str:
        """The ontology class of a node."""
        return self.node(node_id)["type"]

    def is_a(self, node_id: str, *classes: str) -> bool:
        """Whether a node is of one of ``classes`` or of a subclass of one (an unknown class is an error).

        >>> kg = KnowledgeGraph()
        >>> from gapgraph.ontology.models import Source
        >>> ilo = kg.add_node("id/ilo", "UNAgency", "ILO", Source(doc="d", lines=(1, 1)))
        >>> kg.is_a(ilo, "Actor"), kg.is_a(ilo, "Programme"), kg.is_a(ilo, "Fund", "UNAgency")
        (True, False, True)
        """
        for cls in classes:
            if cls not in self.schema.classes:
                raise GraphError(f"unknown class {cls!r}")
        cls_of = self.type_of(node_id)
        return any(self.schema.is_a(cls_of, cls) for cls in classes)

    def _relations(self, relation: str | Iterable[str] | None) -> frozenset[str] | None:
        """``relation`` (a name or several) checked against the ontology; None for any relation."""
        if relation is None:
            return None
        names = frozenset((relation,) if isinstance(relation, str) else relation)
        for name in names:
            if name not in self.schema.relations:
                raise GraphError(f"unknown relation {name!r}")
        return names

    def out_edges(
        self, node_id: str, relation: str | Iterable[str] | None = None
    ) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """The edges that start at a node, as (target, key, data), only those of ``relation`` (a name
        or several) if given."""
        relations = self._relations(relation)
        self.node(node_id)
        for _, target, key, data in self.graph.out_edges(node_id, keys=True, data=True):
            if relations is None or data["type"] in relations:
                yield target, key, data

    def in_edges(
        self, node_id: str, relation: str | Iterable[str] | None = None
    ) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """The edges that end at a node, as (source, key, data), only those of ``relation`` (a name or
        several) if given."""
        relations = self._relations(relation)
        self.node(node_id)
        for source, _, key, data in self.graph.in_edges(node_id, keys=True, data=True):
            if relations is None or data["type"] in relations:
                yield source, key, data

    def out(self, node_id: str, relation: str | Iterable[str] | None = None) -> list[str]:
        """The nodes a node points to (through ``relation`` if given), each once, in edge order.

        >>> kg = KnowledgeGraph()
        >>> from gapgraph.ontology.models import Source
        >>> src = Source(doc="d", lines=(1, 1))
        >>> ilo = kg.add_node("id/ilo", "UNAgency", "ILO", src)
        >>> jp = kg.add_node("id/jp", "Programme", "JP", src)
        >>> _ = kg.add_edge(ilo, "leads", jp, src)
        >>> kg.out(ilo, "leads"), kg.into(jp), kg.out(jp)
        (['id/jp'], ['id/ilo'], [])
        >>> try:
        ...     kg.out(ilo, "lead")
        ... except GraphError as exc:
        ...     print(exc)
        unknown relation 'lead'
        """
        return list(dict.fromkeys(target for target, _, _ in self.out_edges(node_id, relation)))

    def into(self, node_id: str, relation: str | Iterable[str] | None = None) -> list[str]:
        """The nodes that point to a node (through ``relation`` if given), each once, in edge order."""
        return list(dict.fromkeys(source for source, _, _ in self.in_edges(node_id, relation)))

    def neighbours(self, node_id: str) -> set[str]:
        """The nodes linked to a node by an edge either way."""
        return set(self.out(node_id)) | set(self.into(node_id))

    @property
    def graph_data(self) -> dict[str, Any]:
        """What the graph records about itself (its documents, the build), as stores keep it."""
        return self.graph.graph

    # -- size --------------------------------------------------------------------------------

    def __len__(self) -> int:
        return self.graph.number_of_nodes()

    def number_of_edges(self) -> int:
        return self.graph.number_of_edges()
