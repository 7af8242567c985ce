"""``gapgraph serve`` in a real headless Chromium (Debian's, driven by Playwright), against a real
server on a loopback port: search → node page → evidence → map; a question and its CSV; the
SPARQL page. Every request is routed through the test: one to any other host fails the test. (The tests wait
on selectors, not on ``wait_for_function``, which the app's CSP rightly refuses to evaluate.)
Document text with script payloads never runs."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import pytest

from gapgraph.stores import folder as store
from gapgraph.viz.maps import ego_map
from gapgraph.web.workbench import node_url
from tests.conftest import run_cli
from tests.test_maps import hostile_corpus
from tests.web_server import serving

ID = "https://w3id.org/gapgraph/id/"
IMSS = ID + "actor/imss"
INMUJERES = ID + "actor/inmujeres"


class Tab:
    """A page of the workbench, with what it logged, what it asked for, and the dialogs it opened."""

    def __init__(self, browser, base: str) -> None:
        self.base = base
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.dialogs: list[str] = []
        self.context = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        own = urlparse(base).netloc
        self.page.route("**/*", self._route(own))

    def _route(self, own: str):
        def handle(route) -> None:
            url = route.request.url
            if url.startswith(("data:", "about:", "blob:")) or urlparse(url).netloc == own:
                route.continue_()
            else:
                self.outside.append(url)
                route.abort()

        return handle

    def open(self, path: str) -> None:
        self.page.goto(self.base + path)

    def close(self) -> None:
        self.context.close()


@pytest.fixture(scope="module")
def served(store_dir):
    with serving(store_dir) as web:
        yield web


def test_search_node_evidence_and_map(browser, served, built):
    tab = Tab(browser, served.url)
    page = tab.page
    try:
        tab.open("/")
        page.fill("input[type=search]", "INMUJERES")
        page.press("input[type=search]", "Enter")
        page.wait_for_url("**/search?q=INMUJERES")
        page.click(f'a[href="{node_url(INMUJERES)}"]')
        page.wait_for_url("**/node?id=*")
        assert page.locator("h1").text_content() == "National Institute for Women"
        partners = page.locator('section[data-facet="partner"]')
        assert "UN Women" in partners.text_content()

        # a source of the UN Women partnership opens the evidence view, the cited lines highlighted and in view
        row = partners.locator("tr", has_text="UN Women")
        link = row.locator("a.src").first
        href = link.get_attribute("href")
        first, _, last = href.split("#L")[1].partition("-L")
        first_n, last_n = int(first), int(last or first)
        link.click()
        page.wait_for_selector(".line.hl")
        highlighted = page.locator(".line.hl")
        assert highlighted.count() == last_n - first_n + 1
        assert highlighted.first.get_attribute("id") == f"L{first_n}"
        assert page.evaluate("document.getElementById('gg-document').dataset.highlighted") == f"{first_n}-{last_n}"
        box = highlighted.first.bounding_box()
        assert box is not None and 0 <= box["y"] <= 900, "scrolled into view"
        assert page.locator("h1").text_content().strip()
        cited = " ".join(highlighted.all_text_contents())
        assert "INMUJERES" in cited and "UN Women" in cited

        # the 1-hop map, INMUJERES marked and centred
        page.go_back()
        page.wait_for_selector("body[data-ready=true]", state="attached", timeout=30_000)
        expected = ego_map(built.kg, INMUJERES, 1)
        assert page.evaluate("gapgraph.drawn()") == {"nodes": len(expected.nodes), "edges": len(expected.edges)}
        assert page.evaluate("gapgraph.state.focus") == INMUJERES
        assert page.evaluate("gapgraph.nodes.get(gapgraph.state.focus).borderWidth") == 5
        centre = page.evaluate(
            "(() => { const p = gapgraph.position(gapgraph.state.focus);"
            " const b = document.getElementById('gg-network').getBoundingClientRect();"
            " return [p.x - (b.left + b.width / 2), p.y - (b.top + b.height / 2)]; })()"
        )
        assert abs(centre[0]) < 5 and abs(centre[1]) < 5, centre

        # the relation filter hides that relation's edges
        relation = page.locator("#gg-relations input").first
        name = relation.get_attribute("data-relation")
        count = sum(1 for e in expected.edges if e.relation == name)
        relation.uncheck()
        assert page.evaluate("gapgraph.state.visibleEdges") == len(expected.edges) - count

        # direct collaboration only
        page.check("#gg-direct")
        page.click(".map-form button")
        page.wait_for_selector("body[data-ready=true]", state="attached", timeout=30_000)
        direct = ego_map(built.kg, INMUJERES, 1, direct=True)
        assert page.evaluate("gapgraph.drawn().nodes") == len(direct.nodes) < len(expected.nodes) + 1
        assert tab.errors == [] and tab.outside == [] and tab.dialogs == []
    finally:
        tab.close()


def test_question_form_answers_and_downloads_csv(browser, served, built):
    from gapgraph.queries.named import QUERIES, run_networkx

    expected = run_networkx(QUERIES["partners"], built.kg, {"actor": IMSS})
    tab = Tab(browser, served.url)
    page = tab.page
    try:
        tab.open("/ask/partners")
        page.fill("input[name=actor]", "imss")
        page.wait_for_selector("#gg-names option", state="attached")  # autocomplete
        page.click("#gg-ask")
        page.wait_for_selector("#gg-answer")
        assert page.locator("#gg-answer").text_content() == f"{len(expected)} rows"
        assert page.locator("table.answer tbody tr").count() == len(expected)
        with page.expect_download() as info:
            page.click("#gg-csv")
        import csv

        with Path(info.value.path()).open(encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        assert "partner" in rows[0] and len(rows) == len(expected) + 1
        assert {r[rows[0].index("partner")] for r in rows[1:]} == {e.partner for e in expected}
        page.wait_for_selector("body[data-ready=true]", state="attached", timeout=30_000)  # its map
        assert tab.errors == [] and tab.outside == []
    finally:
        tab.close()


def test_sparql_page_runs_a_query(browser, served, built):
    tab = Tab(browser, served.url)
    page = tab.page
    try:
        tab.open("/query")
        page.fill("#gg-query", "SELECT ?a WHERE { ?a a prov:Agent }")
        page.click("#gg-run")
        page.wait_for_selector("#gg-answer")
        actors = sum(1 for _ in built.kg.nodes("Actor"))
        assert page.locator("#gg-answer").text_content() == f"{actors} rows"
        assert tab.errors == [] and tab.outside == []
    finally:
        tab.close()


def test_document_text_never_runs_in_the_workbench(browser, tmp_path):
    corpus = hostile_corpus(tmp_path / "corpus")
    store_dir = tmp_path / ".gapgraph"
    result = run_cli("build", "--corpus", str(corpus), "--store", str(store_dir))
    assert result.code == 0, result.stderr
    kg = store.load(store_dir)
    hostile = [n for n, d in kg.nodes() if "onerror" in d["name"] or "onload" in d["name"]]
    assert hostile, "the payloads reach the graph as text"
    with serving(store_dir) as web:
        tab = Tab(browser, web.url)
        page = tab.page
        try:
            visited = [
                "/search?q=onerror",
                "/search?q=svg+onload",
                "/conflicts",
                "/doc/jp-paraguay-final",
                *[node_url(n) for n in hostile],
            ]
            for path in visited:
                tab.open(path)
                page.wait_for_load_state("load")
                if page.locator("#gg-data").count():
                    page.wait_for_selector("body[data-ready=true]", state="attached", timeout=30_000)
                    for id_ in page.evaluate("gapgraph.nodes.getIds()"):
                        page.evaluate("id => gapgraph.highlight(id)", id_)
                assert page.evaluate("window.__pwned") is None, path
                assert page.locator("img, svg[onload], b[onmouseover]").count() == 0, path
            scripted = next(n for n in hostile if "<script>" in kg.node(n)["name"])
            tab.open(node_url(scripted))
            assert page.locator("h1").text_content() == kg.node(scripted)["name"], "shown as text"
            tab.open("/doc/jp-paraguay-final")
            text = page.locator("#gg-document").text_content()
            assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in text  # the document's own bytes
            assert "<b onmouseover=alert(3)>bold</b>" in text, "raw markup in a document shown as text"
            assert tab.dialogs == [] and tab.outside == [] and tab.errors == []
        finally:
            tab.close()
