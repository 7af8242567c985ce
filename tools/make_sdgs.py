"""Write ``data/base/sdgs.yaml`` from the UN SDG Knowledge Organization System (Turtle), the public source it cites.

The UN's SDG KOS (http://metadata.un.org/sdg; Joshi, Gonzalez Morales, Klarman and Helton, 2019) gives
every goal and target an IRI (``http://metadata.un.org/sdg/8`` and ``.../8.8``), its text as
``skos:prefLabel`` and a goal's short title as ``skos:altLabel``. The copy read is the ``sdg.ttl`` of
https://github.com/LuciaPauw/sdgo (commit 05bdcae, "17 SDGs and 169 targets"), which reproduces it.

Run ``python tools/make_sdgs.py PATH/TO/sdg.ttl``; the output is committed, so builds never need the file.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

BASE = "http://metadata.un.org/sdg/"
SOURCE_URL = "https://github.com/LuciaPauw/sdgo/blob/05bdcae6755ca5fd60e53f58c739643a1ad5994c/sdg.ttl"
OUT = Path(__file__).resolve().parents[1] / "data" / "base" / "sdgs.yaml"


def quoted(text: str) -> str:
    return json.dumps(" ".join(text.split()), ensure_ascii=False)


def english(g: Graph, node: URIRef, prop: URIRef) -> str | None:
    for value in g.objects(node, prop):
        if isinstance(value, Literal) and value.language == "en":
            return str(value)
    return None


def order(code: str) -> tuple[int, int, str]:
    """``8.10`` after ``8.9``; lettered targets (``8.a``) after the numbered ones."""
    goal, _, tail = code.partition(".")
    return (int(goal), int(tail) if tail.isdigit() else 1000, tail)


def main(path: str) -> None:
    g = Graph().parse(path, format="turtle")
    # the copy's prefix has no '#': its classes read .../sdg/ontologyGoal, the KOS's .../sdg/ontology#Goal
    kinds = {k: o for o in set(g.objects(None, RDF.type)) for k in ("Goal", "Target") if str(o).endswith(k)}
    codes = {"Goal": [], "Target": []}
    for kind in codes:
        for node in g.subjects(RDF.type, kinds[kind]):
            code = str(node)[len(BASE) :]
            codes[kind].append((code, node))
    goals = sorted(codes["Goal"], key=lambda c: int(c[0]))
    targets = sorted(codes["Target"], key=lambda c: order(c[0]))
    assert len(goals) == 17 and len(targets) == 169, (len(goals), len(targets))
    lines = [
        "# The 17 Sustainable Development Goals and their 169 targets: code, UN IRI, the goal's short title and",
        "# the official English text. Source: the UN SDG Knowledge Organization System (http://metadata.un.org/sdg;",
        "# A. Joshi, L. Gonzalez Morales, S. Klarman, A. Helton, 2019), skos:prefLabel@en and skos:altLabel@en, read",
        f"# from the copy at {SOURCE_URL}",
        "# by tools/make_sdgs.py. Every value cites this file's line (the public source named above). A target is",
        "# part of its goal; nodes are made only for the goals and targets a document names.",
        "goals:",
    ]
    for code, node in goals:
        title = english(g, node, SKOS.altLabel)
        text = english(g, node, SKOS.prefLabel)
        assert title and text, code
        lines.append(f'- {{code: "{code}", iri: {node}, title: {quoted(title)}, text: {quoted(text)}}}')
    lines.append("targets:")
    for code, node in targets:
        text = english(g, node, SKOS.prefLabel)
        assert text and re.fullmatch(r"\d{1,2}\.(\d{1,2}|[a-z])", code), code
        lines.append(f'- {{code: "{code}", iri: {node}, text: {quoted(text)}}}')
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
