"""The search index of the workbench: every shown node by its name, aliases, acronyms and codes, in
the normalised form :mod:`gapgraph.queries.lookup` matches names in (any case, any accents).

>>> from gapgraph.graph.knowledge_graph import KnowledgeGraph
>>> from gapgraph.ontology.models import Source
>>> kg = KnowledgeGraph()
>>> _ = kg.add_node("https://w3id.org/gapgraph/id/actor/imss", "GovernmentBody", "Mexican Social Security Institute",
...                 Source(doc="d", lines=(1, 1)), aliases=["IMSS", "Instituto Mexicano del Seguro Social"])
>>> [hit.name for hit in SearchIndex(kg).search("imss")]
['Mexican Social Security Institute']
>>> [hit.matched for hit in SearchIndex(kg).search("seguro")]
['Instituto Mexicano del Seguro Social']
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.graph.resolve import normalise
from gapgraph.queries.lookup import CODES
from gapgraph.queries.subgraphs import HIDDEN


@dataclass(frozen=True)
class Hit:
    """A node found: its id, name, class, and the name of it that matched."""

    id: str
    name: str
    cls: str
    matched: str
    rank: int
    """0 an exact match, 1 a match at the start of a word, 2 anywhere."""


class SearchIndex:
    """Names of every node (observations, documents and spans left out), normalised."""

    def __init__(self, kg: KnowledgeGraph) -> None:
        self._keys: list[tuple[str, str, str]] = []  # (normalised name, name, node)
        self._exact: dict[str, set[str]] = defaultdict(set)
        self._nodes: dict[str, tuple[str, str]] = {}
        for node_id, data in kg.nodes():
            if any(kg.schema.is_a(data["type"], c) for c in HIDDEN):
                continue
            self._nodes[node_id] = (data["name"], data["type"])
            codes = [str(c["value"]) for key in CODES for c in data["attributes"].get(key, [])]
            for name in dict.fromkeys([data["name"], *data["aliases"], *codes]):
                key = normalise(str(name))
                if key:
                    self._keys.append((key, str(name), node_id))
                    self._exact[key].add(node_id)

    def __len__(self) -> int:
        return len(self._nodes)

    def search(self, text: str, limit: int = 200) -> list[Hit]:
        """Nodes whose names contain ``text`` (normalised), exact matches first, one hit per node."""
        query = normalise(text)
        if not query:
            return []
        best: dict[str, Hit] = {}
        for node_id in self._exact.get(query, ()):
            name, cls = self._nodes[node_id]
            best[node_id] = Hit(node_id, name, cls, name, 0)
        for key, name, node_id in self._keys:
            if node_id in best and best[node_id].rank <= 1:
                continue
            position = key.find(query)
            if position < 0:
                continue
            rank = 1 if position == 0 or key[position - 1] == " " else 2
            if node_id not in best or rank < best[node_id].rank:
                shown, cls = self._nodes[node_id]
                best[node_id] = Hit(node_id, shown, cls, name, rank)
        hits = sorted(best.values(), key=lambda h: (h.rank, len(h.matched), h.name.casefold(), h.id))
        return hits[:limit]

    def grouped(self, text: str, limit: int = 200) -> dict[str, list[Hit]]:
        """:meth:`search`'s hits by class, classes in alphabetical order."""
        groups: dict[str, list[Hit]] = defaultdict(list)
        for hit in self.search(text, limit):
            groups[hit.cls].append(hit)
        return dict(sorted(groups.items()))
