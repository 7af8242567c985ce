"""What the maps hold (no browser): the ego node marked, --direct leaving out co-participation in
a programme, laws/pilots/products on the programme map as a ring of their own, parallel edges
on curves of their own."""

from __future__ import annotations

from gapgraph.queries import subgraphs
from gapgraph.viz.maps import HUBS, SHARED_LINKS, WORK, direct_partners_map, ego_map, programme_map
from gapgraph.viz.page import page_data
from tests.conftest import run_cli

ID = "https://w3id.org/gapgraph/id/"
IMSS = ID + "actor/imss"
ILO = ID + "actor/ilo"


def _hub(kg, node: str) -> bool:
    return any(kg.schema.is_a(kg.node(node)["type"], c) for c in HUBS)


def test_ego_map_marks_its_node(built):
    drawn = ego_map(built.kg, IMSS, 2)
    assert drawn.focus == IMSS
    data = page_data(drawn)
    assert data["focus"] == IMSS
    marked = [n for n in data["nodes"] if n["focus"]]
    assert [n["id"] for n in marked] == [IMSS] and marked[0]["vis"]["borderWidth"] == 5


def test_direct_leaves_out_taking_part_in_the_same_programme(built):
    kg = built.kg
    everything = ego_map(kg, IMSS, 2)
    direct = ego_map(kg, IMSS, 2, direct=True)
    assert len(direct.nodes) < len(everything.nodes) / 2
    assert not [e for e in direct.edges if e.relation in SHARED_LINKS and (_hub(kg, e.source) or _hub(kg, e.target))]
    # every node is reached by stated relations from IMSS, each edge cited
    assert all(e.sources for e in direct.edges)
    shown = {n.id for n in direct.nodes}
    assert ILO in shown
    # ILO reaches many through the programme; directly, fewer
    assert len(ego_map(kg, ILO, 1, direct=True).nodes) < len(ego_map(kg, ILO, 1).nodes)


def test_direct_partners_map_links_actors_by_what_they_did_together(built):
    kg = built.kg
    drawn = direct_partners_map(kg)
    assert drawn.edges and all(e.relation != "shares" for e in drawn.edges)
    for edge in drawn.edges:
        assert kg.schema.is_a(kg.node(edge.source)["type"], "Actor")
        assert kg.schema.is_a(kg.node(edge.target)["type"], "Actor")
        assert edge.sources


def test_programme_map_has_a_ring_of_laws_pilots_and_products(built):
    kg = built.kg
    drawn = programme_map(kg)
    overview = set(subgraphs.overview(kg, subgraphs.main_programme(kg)).nodes)
    work = [n for n in drawn.nodes if any(kg.schema.is_a(n.cls, c) for c in WORK)]
    assert {kg.schema.is_a(n.cls, "Pilot") for n in work} == {True, False}
    assert any(kg.schema.is_a(n.cls, "LegalInstrument") for n in work)
    assert any(kg.schema.is_a(n.cls, "KnowledgeProduct") for n in work)
    assert {drawn.shells[n.id] for n in work} == {3}
    assert {n.id for n in drawn.nodes} > overview


def test_parallel_edges_each_on_their_own_curve(built):
    from gapgraph.viz.maps import path_map

    outcome = ID + "outcome/closing-gaps-making-social-protection-wo-outcome-1"
    data = page_data(path_map(built.kg, ILO, outcome, all_paths=True, via_programme=True))
    programme = subgraphs.main_programme(built.kg)
    between = [e for e in data["edges"] if {e["from"], e["to"]} == {ILO, programme}]
    assert len(between) >= 3
    bends = [e["vis"].get("smooth", {}).get("roundness", 0.0) for e in between]
    assert len(set(bends)) == len(bends), "no two edges between ILO and the programme on the same line"


def test_map_direct_options(store_dir, tmp_path):
    result = run_cli("map", "ego", "IMSS", "--direct", "--out", str(tmp_path / "e.html"), "--store", str(store_dir))
    assert result.code == 0 and "direct collaborations" in (tmp_path / "e.html").read_text(encoding="utf-8")
    result = run_cli("map", "partners", "--direct", "--out", str(tmp_path / "p.html"), "--store", str(store_dir))
    assert result.code == 0 and "Direct collaborations" in (tmp_path / "p.html").read_text(encoding="utf-8")


def test_trimmed_keeps_the_own_node_and_the_best_cited(built):
    from gapgraph.viz.maps import trimmed

    drawn = ego_map(built.kg, ILO, 1)
    cut = trimmed(drawn, 10)
    assert len(cut.nodes) == 10 and cut.focus == ILO and ILO in {n.id for n in cut.nodes}
    kept = {n.id for n in cut.nodes}
    assert all(e.source in kept and e.target in kept for e in cut.edges)
    assert "10 of" in cut.title
    assert trimmed(drawn, 10_000) is drawn


def test_layout_of_a_large_map_needs_no_scipy():
    import networkx as nx

    from gapgraph.viz.layout import layout

    positions = layout(nx.star_graph(800))
    assert len(positions) == 801
