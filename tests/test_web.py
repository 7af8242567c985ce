"""``gapgraph serve`` on a real uvicorn server: the pages, the evidence view, the questions and their
downloads, the read-only SPARQL endpoint (with a real SPARQL client), the limits, the headers, and
a bounded load test. The browser tests are in tests/test_web_browser.py."""

from __future__ import annotations

import csv
import io
import json
import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import quote, urlencode

import pytest

from gapgraph.queries.named import QUERIES, run_networkx
from gapgraph.web.workbench import node_url
from tests.conftest import run_cli
from tests.web_server import request, serving

ID = "https://w3id.org/gapgraph/id/"
IMSS = ID + "actor/imss"
ILO = ID + "actor/ilo"
INMUJERES = ID + "actor/inmujeres"
UN_WOMEN = ID + "actor/un-women"


@pytest.fixture(scope="module")
def web(store_dir):
    with serving(store_dir) as served:
        yield served


def text(answer) -> str:
    return answer[2].decode("utf-8")


def test_every_page_answers_with_the_csp(web):
    for path in (
        "/",
        "/search?q=imss",
        node_url(IMSS),
        "/doc/jp-final-report-2022",
        "/questions",
        "/ask/partners",
        "/conflicts",
        "/query",
    ):
        status, headers, _ = web.get(path)
        assert status == 200, path
        assert "default-src 'none'" in headers["content-security-policy"]
        assert "script-src 'self'" in headers["content-security-policy"]
        assert headers["content-type"].startswith("text/html")


def test_search_finds_names_acronyms_and_spanish_aliases_in_any_case(web):
    for query in ("IMSS", "imss", "Instituto Mexicano del Seguro Social", "SEGURO SOCIAL"):
        page = text(web.get("/search?" + urlencode({"q": query})))
        assert node_url(IMSS).replace("&", "&amp;") in page, query
        assert "<h2>GovernmentBody" in page
    names = json.loads(web.get("/api/names?q=ilo")[2])
    assert names[0]["id"] == ILO


def test_node_page_has_its_facts_with_sources_and_neighbours(web, built):
    page = text(web.get(node_url(INMUJERES)))
    assert "<h1>National Institute for Women</h1>" in page
    partner_section = page[page.index('data-facet="partner"') :]
    partner_section = partner_section[: partner_section.index("</section>")]
    assert "UN Women" in partner_section  # "UN Women in collaboration with INMUJERES" (final report 223)
    assert node_url(UN_WOMEN) in partner_section  # a link to the neighbour's page
    assert UN_WOMEN in built.kg.out(INMUJERES, "partnersWith") + built.kg.into(INMUJERES, "partnersWith")
    assert 'href="/doc/' in partner_section
    assert 'id="gg-data"' in page and "/static/map.js" in page


def test_node_page_has_a_timeline_of_statuses_and_dates(web, built):
    law = next(n for n, d in built.kg.nodes("LegalInstrument") if len(d["attributes"].get("status", [])) > 1)
    statuses = built.kg.node(law)["attributes"]["status"]
    page = text(web.get(node_url(law)))
    timeline = page[page.index('<section class="timeline">') :]
    timeline = timeline[: timeline.index("</section>")]
    import html

    for claim in statuses:
        assert html.escape(f"status: {claim['value']}", quote=False) in timeline
        for source in claim["sources"]:
            assert f'href="/doc/{source.doc}#L{source.lines[0]}' in timeline
    programme = text(web.get(node_url(ID + "programme/closing-gaps-making-social-protection-work-for-women-in-mexico")))
    assert "startDate: 2020-02" in programme


def test_unknown_node_and_document_are_404(web):
    assert web.get(node_url(ID + "actor/nobody"))[0] == 404
    assert web.get("/doc/no-such-doc")[0] == 404
    assert web.get("/doc/..%2F..%2Fetc%2Fpasswd")[0] == 404
    assert web.get("/static/..%2Fapp.py")[0] == 404


def test_evidence_view_numbers_lines_as_grep_n(web, corpus):
    page = text(web.get("/doc/jp-final-report-2022"))
    source = (corpus / "001_8ce10608601b715e.txt").read_text(encoding="utf-8").splitlines()
    assert f'<span class="line" id="L{len(source)}">' in page
    assert '<a class="ln" href="#L58">58</a>:' in page
    assert "Joint Programme Final Narrative Report" in page.split("</h1>")[0]
    assert "jsdgf-final-narrative-report" in page


def test_every_document_of_the_store_has_its_evidence_view(web, built):
    for doc in built.documents:
        status, _, body = web.get(f"/doc/{doc.id}")
        assert status == 200, doc.id
        assert body.decode().count('<span class="line" id="L') == len(doc.lines), doc.id


def test_question_answers_and_downloads_csv_and_xlsx(web, built):
    expected = run_networkx(QUERIES["partners"], built.kg, {"actor": IMSS})
    page = text(web.get("/ask/partners?" + urlencode({"actor": "imss", "go": "1"})))
    assert f'<h2 id="gg-answer">{len(expected)} rows</h2>' in page
    status, headers, body = web.get("/ask/partners?" + urlencode({"actor": "imss", "go": "1", "download": "csv"}))
    assert status == 200 and headers["content-type"].startswith("text/csv")
    assert "attachment" in headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8"))))
    assert len(rows) == len(expected) and {r["partner"] for r in rows} == {e.partner for e in expected}
    status, headers, body = web.get("/ask/partners?" + urlencode({"actor": "imss", "go": "1", "download": "xlsx"}))
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(body)).active
    assert sheet.max_row == len(expected) + 1
    bad = web.get("/ask/partners?" + urlencode({"actor": "Nobody at all", "go": "1"}))
    assert bad[0] == 400 and "no Actor named" in text(bad)


def test_path_question_draws_its_map(web):
    page = text(web.get("/ask/path?" + urlencode({"start": "ILO", "goal": "Outcome 1", "go": "1"})))
    assert 'id="gg-data"' in page and "rows</h2>" in page


def test_conflicts_link_each_side_to_its_evidence(web, built):
    from gapgraph.queries.conflicts import conflicts

    found = conflicts(built.kg)
    page = text(web.get("/conflicts"))
    assert f"<h1>{len(found)} conflicts</h1>" in page
    first = found[0].values[0]["sources"][0]
    assert f'href="/doc/{first["doc"]}#L{first["lines"][0]}' in page


# -- SPARQL ----------------------------------------------------------------------------------

COUNT_ACTORS = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a prov:Agent }"


def test_sparql_endpoint_answers_in_every_result_format(web, built):
    actors = sum(1 for _ in built.kg.nodes("Actor"))
    get = "/sparql?" + urlencode({"query": COUNT_ACTORS})
    status, headers, body = web.get(get, accept="application/sparql-results+json")
    assert status == 200 and headers["content-type"].startswith("application/sparql-results+json")
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == actors
    status, headers, body = web.get(get, accept="application/sparql-results+xml")
    assert headers["content-type"].startswith("application/sparql-results+xml") and f">{actors}<" in body.decode()
    status, headers, body = web.get(get, accept="text/csv")
    assert body.decode().splitlines() == ["n", str(actors)]
    status, headers, body = web.get(get, accept="text/tab-separated-values")
    assert body.decode().splitlines()[0] == "?n" and str(actors) in body.decode().splitlines()[1]
    posted = web.post("/sparql", COUNT_ACTORS.encode(), "application/sparql-query", "text/csv")
    assert posted[2].decode().splitlines() == ["n", str(actors)]
    form = web.post("/sparql", urlencode({"query": COUNT_ACTORS}).encode(), "application/x-www-form-urlencoded")
    assert int(json.loads(form[2])["results"]["bindings"][0]["n"]["value"]) == actors


def test_sparql_construct_as_turtle_and_ntriples(web):
    query = "CONSTRUCT { ?a skos:prefLabel ?n } WHERE { ?a a prov:Agent ; skos:prefLabel ?n } LIMIT 5"
    _, headers, body = web.get("/sparql?" + urlencode({"query": query}), accept="text/turtle")
    assert headers["content-type"].startswith("text/turtle")
    import rdflib

    assert len(rdflib.Graph().parse(data=body.decode(), format="turtle")) == 5
    _, headers, body = web.get("/sparql?" + urlencode({"query": query}), accept="application/n-triples")
    assert len(body.decode().strip().splitlines()) == 5


def test_a_real_sparql_client_gets_the_same_answer(web, built):
    from SPARQLWrapper import JSON, SPARQLWrapper

    client = SPARQLWrapper(web.url + "/sparql")
    client.setQuery(COUNT_ACTORS)
    client.setReturnFormat(JSON)
    answer = client.query().convert()
    assert int(answer["results"]["bindings"][0]["n"]["value"]) == sum(1 for _ in built.kg.nodes("Actor"))
    client.setMethod("POST")
    assert int(client.query().convert()["results"]["bindings"][0]["n"]["value"]) > 0


def test_sparql_errors_are_clear_and_line_numbers_are_the_callers(web):
    status, _, body = web.get("/sparql?" + urlencode({"query": "SELECT ?s WHERE {\n ?s ?p \n}"}))
    assert status == 400 and "SPARQL syntax error: error at 3:" in body.decode(), body.decode()


def test_no_update_and_no_service(web, tmp_path):
    status, _, body = web.post("/sparql", b"INSERT DATA { <a:b> <a:c> <a:d> }", "application/sparql-update")
    assert status == 403 and "read-only" in body.decode()
    status, _, _ = web.get("/sparql?" + urlencode({"update": "DROP ALL"}))
    assert status == 403
    # a SERVICE to a listener of our own: refused, and nothing ever connects to it
    import socket

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(1.5)
    port = listener.getsockname()[1]
    query = f"SELECT * WHERE {{ SeRvIcE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}"
    status, _, body = web.get("/sparql?" + urlencode({"query": query}))
    assert status == 400 and "SERVICE is not allowed" in body.decode()
    with pytest.raises(TimeoutError):
        listener.accept()
    listener.close()
    # the page refuses it too
    assert web.get("/query?" + urlencode({"query": query}))[0] == 400


def test_row_and_time_limits(store_dir):
    with serving(store_dir, row_limit=50, time_limit_s=1.0) as small:
        status, _, body = small.get("/sparql?" + urlencode({"query": "SELECT * WHERE { ?s ?p ?o }"}))
        assert status == 413 and "more than 50 rows" in body.decode()
        slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"
        started = time.perf_counter()
        status, _, body = small.get("/sparql?" + urlencode({"query": slow}))
        assert status == 503 and "time limit of 1 s" in body.decode()
        assert time.perf_counter() - started < 5
        ok = small.get("/sparql?" + urlencode({"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 10"}))
        assert ok[0] == 200


def test_bounded_load_gets_no_error(web, capsys):
    paths = [
        node_url(IMSS),
        "/search?q=ilo",
        "/doc/jp-2020-annual-report",
        "/sparql?" + urlencode({"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 20"}),
    ]

    def one(i: int) -> tuple[int, float]:
        started = time.perf_counter()
        status = request(web.url + paths[i % len(paths)])[0]
        return status, time.perf_counter() - started

    started = time.perf_counter()
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(one, range(200)))
    wall = time.perf_counter() - started
    statuses = [s for s, _ in results]
    latencies = sorted(t for _, t in results)
    assert statuses == [200] * 200
    with capsys.disabled():
        print(
            f"\nload: 200 requests, 8 threads: {wall:.2f} s, median {statistics.median(latencies) * 1000:.0f} ms, "
            f"p95 {latencies[189] * 1000:.0f} ms"
        )


def _listening(port: int) -> list[str]:
    """The local addresses (hex, as /proc/net/tcp writes them) listening on ``port``, IPv4 and IPv6."""
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table, encoding="ascii") as f:
            for row in f.read().splitlines()[1:]:
                local, state = row.split()[1], row.split()[3]
                address, _, hex_port = local.partition(":")
                if state == "0A" and int(hex_port, 16) == port:
                    found.append(address)
    return found


def test_serve_command_binds_loopback(store_dir):
    import socket
    import subprocess
    import sys

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "gapgraph.cli.main", "serve", "--store", str(store_dir), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        status = None
        while time.monotonic() < deadline and status is None:
            try:
                status = request(f"http://127.0.0.1:{port}/")[0]
            except OSError:
                time.sleep(0.2)
        assert status == 200
        listening = _listening(port)
        assert listening == ["0100007F"], listening  # 127.0.0.1 only
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_a_store_without_its_sparql_store_still_serves_pages(store_dir, tmp_path):
    import shutil

    copy = tmp_path / "store"
    shutil.copytree(store_dir, copy)
    shutil.rmtree(copy / "oxigraph")
    with serving(copy) as web:
        assert web.get(node_url(IMSS))[0] == 200
        status, _, body = web.get("/sparql?" + urlencode({"query": "ASK {}"}))
        assert status == 503 and "no SPARQL store" in body.decode()


def test_serve_without_a_store_is_one_line(tmp_path):
    result = run_cli("serve", "--store", str(tmp_path / "none"), "--port", "0")
    assert result.code == 3 and "no graph in" in result.stderr and "Traceback" not in result.stderr


def test_node_urls_round_trip():
    assert node_url(IMSS) == "/node?id=" + quote(IMSS, safe="")
