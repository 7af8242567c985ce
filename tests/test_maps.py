"""The HTML maps, opened in a real headless Chromium (Debian's) driven by Playwright.

For each map: drawn without console errors, no request leaving the file, as many nodes and edges
drawn as the query returns, a click highlights a node's neighbourhood, the search finds a node by an
alias. Then: document text never runs as script, and --png makes a real picture.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gapgraph.queries import subgraphs
from gapgraph.queries.named import QUERIES, run_networkx
from gapgraph.stores import folder as store
from gapgraph.viz.maps import programme_work
from tests.conftest import DATA, run_cli

ID = "https://w3id.org/gapgraph/id/"
JP = ID + "programme/closing-gaps-making-social-protection-work-for-women-in-mexico"
OUTCOME_1 = ID + "outcome/closing-gaps-making-social-protection-wo-outcome-1"


class Opened:
    """A map open in the browser, with what it logged and asked for."""

    def __init__(self, browser, path: Path) -> None:
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("document.body.dataset.ready === 'true'", timeout=30_000)

    def evaluate(self, script: str, *args):
        return self.page.evaluate(script, *args)

    def outside_requests(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(("file:", "data:", "about:"))]


def write_map(store_dir: Path, out: Path, *args: str) -> Path:
    result = run_cli("map", *args, "--out", str(out), "--store", str(store_dir))
    assert result.code == 0, result.stderr
    return out


def expected_counts(kg, kind: str) -> tuple[int, int]:
    """Nodes and edges the query behind each map returns."""
    if kind == "partners":
        links = run_networkx(QUERIES["network"], kg, {})
        return len({x for link in links for x in (link.a, link.b)}), len(links)
    if kind == "ego":
        sub = subgraphs.neighbourhood(kg, ID + "actor/imss", 2)
        return len(sub.nodes), len(sub.links)
    if kind == "path":
        hops = run_networkx(QUERIES["path"], kg, {"start": ID + "actor/ilo", "goal": OUTCOME_1}, all_paths=True)
        nodes = {x for h in hops for x in (h.source, h.target)}
        return len(nodes), len({(h.source, h.relation, h.target) for h in hops})
    sub = programme_work(kg, subgraphs.overview(kg, JP))
    return len(sub.nodes), len(sub.links)


CLEAR_NODE = """() => {
  const ids = gapgraph.nodes.getIds();
  const at = Object.fromEntries(ids.map(id => [id, gapgraph.position(id)]));
  const gap = (a, b) => Math.hypot(at[a].x - at[b].x, at[a].y - at[b].y);
  const room = id => Math.min(...ids.filter(o => o !== id).map(o => gap(o, id)));
  const box = document.querySelector("canvas").getBoundingClientRect();
  const seen = id => at[id].x > box.left + 10 && at[id].x < box.right - 10 && at[id].y > box.top + 10
    && at[id].y < box.bottom - 10;
  const linked = ids.filter(id => seen(id) && gapgraph.network.getConnectedNodes(id).length > 0);
  return linked.reduce((best, id) => (room(id) > room(best) ? id : best), linked[0]);
}"""
"""The linked node in view farthest from any other: a click at its position can only hit it (an ego
map centred on its actor leaves some nodes outside the view)."""


MAPS = {
    "partners": (["partners"], "Sindicato Nacional de Trabajadores del Hogar", ID + "actor/sinactraho"),
    "ego": (["ego", "IMSS", "--depth", "2"], "Instituto Mexicano del Seguro Social", ID + "actor/imss"),
    "path": (["path", "ILO", "Outcome 1", "--all"], "international labor organization", ID + "actor/ilo"),
    "programme": (["programme"], "Closing gaps", JP),
}


@pytest.mark.parametrize("kind", list(MAPS))
def test_map_in_a_real_browser(browser, built, store_dir, tmp_path, kind):
    args, alias, found = MAPS[kind]
    opened = Opened(browser, write_map(store_dir, tmp_path / f"{kind}.html", *args))
    try:
        assert opened.errors == []
        assert opened.outside_requests() == []
        nodes, edges = expected_counts(built.kg, kind)
        assert opened.evaluate("gapgraph.drawn()") == {"nodes": nodes, "edges": edges}

        # a click on a node with neighbours highlights it and exactly its neighbours
        node = opened.evaluate(CLEAR_NODE)
        neighbours = opened.evaluate("id => gapgraph.network.getConnectedNodes(id)", node)
        point = opened.evaluate("id => gapgraph.position(id)", node)
        opened.page.mouse.click(point["x"], point["y"])
        assert opened.evaluate("gapgraph.state.highlighted") == sorted({node, *neighbours})
        dimmed = opened.evaluate("gapgraph.nodes.get().filter(n => n.color && n.color.background === '#e0e0e0').length")
        assert dimmed == nodes - len({node, *neighbours})

        # the search finds a node by an alias (Spanish name, acronym...)
        opened.page.fill("#gg-search", alias)
        assert found in opened.evaluate("gapgraph.state.matches")
        assert found in opened.evaluate("gapgraph.state.highlighted")
        assert opened.page.locator("#gg-matches li").count() >= 1
        assert opened.errors == []
    finally:
        opened.page.close()


def test_filters_hide_by_class_and_place(browser, store_dir, tmp_path):
    opened = Opened(browser, write_map(store_dir, tmp_path / "programme.html", "programme"))
    try:
        total = opened.evaluate("gapgraph.state.visible")
        opened.page.locator("#gg-legend input[data-family='government body']").uncheck()
        without = opened.evaluate("gapgraph.state.visible")
        governments = opened.evaluate("gapgraph.nodes.get().filter(n => n.hidden).length")
        assert without == total - governments and governments > 10
        opened.page.locator("#gg-legend input[data-family='government body']").check()
        opened.page.select_option("#gg-place", "Jalisco")
        in_jalisco = opened.evaluate("gapgraph.state.visible")
        assert 0 < in_jalisco < total
        assert opened.evaluate("gapgraph.drawn().nodes") == in_jalisco
        # no isolated dot is left, and the view is re-fitted to what is left
        isolated = opened.evaluate(
            "gapgraph.nodes.get().filter(n => !n.hidden && gapgraph.edges.get()"
            ".every(e => e.hidden || (e.from !== n.id && e.to !== n.id))).length"
        )
        assert isolated == 0
        inside = opened.evaluate(
            "(() => { const b = document.getElementById('gg-network').getBoundingClientRect();"
            " return gapgraph.nodes.get().filter(n => !n.hidden).every(n => { const p = gapgraph.position(n.id);"
            " return p.x >= b.left && p.x <= b.right && p.y >= b.top && p.y <= b.bottom; }); })()"
        )
        assert inside
        # the relation legend hides a relation's edges
        opened.page.select_option("#gg-place", "")
        relation = opened.page.locator("#gg-relations input[data-relation='partOf']")
        before = opened.evaluate("gapgraph.state.visibleEdges")
        relation.uncheck()
        part_of = opened.evaluate("gapgraph.edges.get().filter(e => e.hidden).length")
        assert part_of > 0 and opened.evaluate("gapgraph.state.visibleEdges") == before - part_of
    finally:
        opened.page.close()


def hostile_corpus(folder: Path) -> Path:
    """The other-programme corpus with script payloads in a product title and a description."""
    shutil.copytree(DATA / "other-programme", folder)
    report = folder / "paraguay-final.txt"
    text = report.read_text(encoding="utf-8")
    text = text.replace(
        "Costing of long-term care in Paraguay",
        "Costing &lt;script&gt;window.__pwned = 1&lt;/script&gt; of care "
        '&lt;img src=x onerror="window.__pwned = 2; alert(2)"&gt;',
    )
    text = text.replace(
        "Caregivers training manual", "Caregivers manual <b onmouseover=alert(3)>bold</b> &lt;svg onload=alert(4)&gt;"
    )
    report.write_text(text, encoding="utf-8")
    return folder


def test_document_text_never_runs_as_script(browser, tmp_path):
    corpus = hostile_corpus(tmp_path / "corpus")
    store_dir = tmp_path / ".gapgraph"
    built = run_cli("build", "--corpus", str(corpus), "--store", str(store_dir))
    assert built.code == 0, built.stderr
    kg = store.load(store_dir)
    payloads = [d["name"] for _, d in kg.nodes("KnowledgeProduct") if "onerror" in d["name"] or "onload" in d["name"]]
    assert payloads and any("<script>" in p for p in payloads), "the payloads reach the graph as text"
    page_file = write_map(store_dir, tmp_path / "ego.html", "ego", "Care that counts", "--depth", "1")
    assert "<script>window.__pwned" not in page_file.read_text(encoding="utf-8")
    opened = Opened(browser, page_file)
    try:
        for id_ in opened.evaluate("gapgraph.nodes.getIds()"):  # show every tooltip once
            opened.evaluate("id => gapgraph.highlight(id)", id_)
        opened.page.fill("#gg-search", "onerror")
        opened.page.fill("#gg-search", "svg onload")
        listed = opened.page.locator("#gg-matches li").all_text_contents()
        assert any("<svg onload=alert(4)>" in text for text in listed), "shown as text"
        details = opened.page.locator("#gg-details").text_content()
        assert "<svg onload=alert(4)>" in details
        assert opened.evaluate("window.__pwned") is None
        assert opened.dialogs == []
        assert opened.page.locator("img, svg[onload], b[onmouseover]").count() == 0
        assert opened.outside_requests() == [] and opened.errors == []
    finally:
        opened.page.close()


def test_png_is_a_real_picture(store_dir, tmp_path):
    png = tmp_path / "programme.png"
    result = run_cli(
        "map", "programme", "--out", str(tmp_path / "p.html"), "--png", str(png), "--store", str(store_dir)
    )
    assert result.code == 0, result.stderr
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    from PIL import Image

    image = Image.open(png).convert("RGB")
    width, height = image.size
    network = image.crop((int(width * 0.25), int(height * 0.15), width, height))  # right of the side panel
    colours = network.getcolors(maxcolors=1_000_000) or []
    drawn = sum(count for count, rgb in colours if rgb != (255, 255, 255))
    assert drawn > 0.02 * network.size[0] * network.size[1], "the network is drawn, not a blank page"


def test_map_errors_are_one_line(store_dir, tmp_path):
    unknown = run_cli("map", "ego", "Nobody at all", "--out", str(tmp_path / "x.html"), "--store", str(store_dir))
    assert unknown.code == 6 and "no node named" in unknown.stderr and "Traceback" not in unknown.stderr
    no_path = run_cli(
        "map", "path", "Ricardo Irra", "Outcome 2", "--out", str(tmp_path / "y.html"), "--store", str(store_dir)
    )
    assert no_path.code == 4 and "nothing to draw" in no_path.stderr
    assert not (tmp_path / "y.html").exists()


def test_each_edge_has_its_own_tooltip(built):
    """ILO leads, funds and takes part in the programme: three edges between the same two nodes,
    each tooltip naming its own relation."""
    import json
    import re

    from gapgraph.viz.maps import path_map
    from gapgraph.viz.page import render

    html = render(
        path_map(built.kg, ID + "actor/ilo", OUTCOME_1, all_paths=True, via_programme=True), {"documents": []}
    )
    data = json.loads(re.search(r'<script type="application/json" id="gg-data">(.*?)</script>', html, re.S).group(1))
    tips = [e["tip"].splitlines()[0] for e in data["edges"] if e["from"] == ID + "actor/ilo" and e["to"] == JP]
    relations = sorted(tip.split(" — ")[1] for tip in tips)
    assert relations == ["funds", "leads", "participatesIn"]
