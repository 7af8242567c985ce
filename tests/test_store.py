"""The store is written whole or not at all."""

from __future__ import annotations

import json

import pytest

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.ontology.models import Source
from gapgraph.stores import folder as store


def test_save_and_load_round_trip(tmp_path, built):
    folder = tmp_path / ".gapgraph"
    store.save(built.kg, folder, built.meta())
    again = store.load(folder)
    assert len(again) == len(built.kg) and again.number_of_edges() == built.kg.number_of_edges()
    ids = [d["id"] for d in again.graph.graph["documents"]]
    assert ids == [d.id for d in built.documents] and "jp-2020-annual-report" in ids


def test_a_failed_save_keeps_the_previous_store(tmp_path, monkeypatch):
    folder = tmp_path / ".gapgraph"
    kg = KnowledgeGraph()
    kg.add_node("https://w3id.org/gapgraph/id/place/x", "Country", "X", Source(doc="d", lines=(1, 1)))
    store.save(kg, folder, {})
    before = (folder / store.GRAPH_FILE).read_bytes()

    def explode(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(json, "dump", explode)
    with pytest.raises(OSError, match="disk full"):
        store.save(KnowledgeGraph(), folder, {})
    assert (folder / store.GRAPH_FILE).read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [".gapgraph"]


def test_a_store_of_another_format_is_refused(tmp_path):
    folder = tmp_path / ".gapgraph"
    folder.mkdir()
    (folder / store.GRAPH_FILE).write_text('{"graph": {"format": 0}, "nodes": [], "links": []}')
    with pytest.raises(store.StoreError, match="another version"):
        store.load(folder)
