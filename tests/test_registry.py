"""The curated registry: every alias really stands on the corpus lines it cites."""

from __future__ import annotations

import re

import pytest

from gapgraph.graph.ids import node_iri
from gapgraph.loaders import lined_yaml
from gapgraph.loaders.document import read_document
from gapgraph.loaders.lined_yaml import Scalar
from gapgraph.loaders.manifest import read_manifest
from gapgraph.loaders.registry import _FACT, aliases_of, base_paths, cited, read_registry_document
from gapgraph.ontology.schema import schema
from tests.conftest import MEXICO_REGISTRY

_SOFT = str.maketrans({"’": "'", "‘": "'"})


def _squash(text: str) -> str:
    return " ".join(text.translate(_SOFT).replace("**", "").split()).casefold()


@pytest.fixture(scope="module")
def registry():
    doc = read_registry_document(MEXICO_REGISTRY)
    return doc, lined_yaml.parse("\n".join(doc.lines), doc.path)


@pytest.fixture(scope="module")
def base():
    docs = [read_registry_document(p, base=True) for p in base_paths()]
    return [(doc, lined_yaml.parse("\n".join(doc.lines), doc.path)) for doc in docs]


@pytest.fixture(scope="module")
def documents(corpus):
    return {e.id: read_document(e.file, e.id, e.kind) for e in read_manifest(corpus)}


def _entries(data):
    return [(section, e) for section in ("places", "actors", "things") for e in data.get(section) or []]


def test_every_alias_stands_on_the_lines_it_cites(registry, documents):
    doc, data = registry
    checked = 0
    for _, entry in _entries(data):
        for alias in aliases_of(entry, doc.path, doc.id):
            assert alias.source.doc in documents, f"{entry['key']}: unknown document {alias.source.doc}"
            text = documents[alias.source.doc].text(*alias.source.lines)
            assert _squash(alias.text) in _squash(text), f"{entry['key']}: {alias.text!r} is not on {alias.source}"
            checked += 1
    assert checked > 200


def test_cited_values_stand_on_their_lines_too(registry, documents):
    doc, data = registry
    for _, entry in _entries(data):
        for key in ("level", "iati"):
            if key not in entry:
                continue
            value, source = cited(entry[key], doc.path, doc.id)
            if source.doc == doc.id:
                assert doc.line(source.lines[0]).strip().startswith(f"{key}:")
                continue
            text = documents[source.doc].text(*source.lines)
            if key == "iati":
                assert value in text
            else:
                heading = {"federal": "Federal government", "state": ":"}[value]
                assert heading in text


def test_scoped_aliases_cite_the_line_of_their_place(registry, documents):
    doc, data = registry
    place_names = {
        str(e["key"]): [str(e.get("name", e["key"])), *(a.text for a in aliases_of(e, doc.path, doc.id))]
        for e in data["places"]
    }
    for _, entry in _entries(data):
        for alias in aliases_of(entry, doc.path, doc.id):
            if alias.scope is None:  # the registry's `country` scopes the rest without a line of their own
                continue
            text = documents[alias.source.doc].text(*alias.source.lines)
            names = place_names[alias.scope]
            assert any(re.search(re.escape(n), text, re.I) for n in names), (entry["key"], alias)


def test_keys_are_unique_and_types_are_ontology_classes(registry, base):
    s = schema()
    base_keys = {(section, str(e["key"])) for _, data in base for section, e in _entries(data)}
    for _, data in [registry, *base]:
        keys = [(section, str(e["key"])) for section, e in _entries(data)]
        assert len(keys) == len(set(keys))
    _, data = registry
    for section, entry in _entries(data):
        if "type" not in entry:  # an extension of a base entry: the key must be the base's
            assert (section, str(entry["key"])) in base_keys, entry["key"]
            continue
        family = {"places": "Place", "actors": "Actor", "things": None}[section]
        assert str(entry["type"]) in s.classes, entry["key"]
        if family:
            assert s.is_a(str(entry["type"]), family), entry["key"]
        else:
            assert not s.is_a(str(entry["type"]), "Actor") and not s.is_a(str(entry["type"]), "Place")
        if s.is_a(str(entry["type"]), "GovernmentBody"):
            assert entry.get("level"), f"{entry['key']}: a government body needs its level"


def test_registry_nodes_in_the_graph_carry_all_their_sources(built):
    kg = built.kg
    sinactraho = kg.node(node_iri("TradeUnion", "sinactraho"))
    docs = {s.doc for s in sinactraho["sources"]}
    assert {
        "jp-2020-annual-report",
        "jp-final-report-2022",
        "press-release-2022-06-02",
        "un-mexico-results-report-2020",
        "gapgraph-registry-closing-gaps-mexico",
    } <= docs
    assert "National Trade Union of Domestic Workers" in sinactraho["aliases"]
    assert "Sindicato Nacional de Trabajadores del Hogar" in sinactraho["aliases"]


def test_facts_and_statuses_cite_real_lines_and_relations(registry, documents, base):
    doc, data = registry
    keys = {str(e["key"]) for _, e in _entries(data)} | {str(e["key"]) for _, b in base for _, e in _entries(b)}
    for _, entry in _entries(data):
        for status in entry.get("status", []):
            _, source = cited(status, doc.path, doc.id)
            assert documents[source.doc].text(*source.lines).strip(), status
        for fact in entry.get("facts", []):
            match = _FACT.match(fact)
            assert match, fact
            assert match["relation"] in schema().relations, fact
            assert match["subject"] in keys or match["subject"].startswith("closing-gaps"), fact
            assert match["object"] in keys or match["object"].startswith("closing-gaps"), fact
            _, source = cited(Scalar(f"x @ {match['at']}", fact.line), doc.path, doc.id)
            assert documents[source.doc].text(*source.lines).strip(), fact


def test_the_base_registry_holds_world_knowledge_each_value_citing_a_named_public_source(base):
    """Every base file names its public source in its header, and no value cites a corpus document."""
    s = schema()
    seen = {}
    for doc, data in base:
        header = " ".join(line for line in doc.lines[:8] if line.startswith("#"))
        assert re.search(r"Source|Sources", header), f"{doc.path}: the header names no public source"
        for section, entry in _entries(data):
            if "type" not in entry:  # extends an entry of an earlier base file (demonyms.yaml: a country's)
                assert str(entry["key"]) in seen.get(section, []), entry["key"]
                continue
            assert str(entry["type"]) in s.classes, entry["key"]
            for alias in aliases_of(entry, doc.path, doc.id):
                assert alias.source.doc == doc.id, f"{entry['key']}: a base value cites {alias.source.doc}"
            seen.setdefault(section, []).append(str(entry["key"]))
    countries = [e for doc, data in base for _, e in _entries(data) if str(e.get("type")) == "Country"]
    assert len(countries) == 249 and all(len(e["alpha2"]) == 2 and len(e["alpha3"]) == 3 for e in countries)
    assert {"ilo", "un-women", "fao", "undp", "unicef", "wfp", "unfpa", "joint-sdg-fund"} <= set(seen["actors"])
    assert {"ilo-c189", "ilo-c190", "ilo-c102", "ilo-c156", "ilo-c183", "ilo-r202", "ilo-r204"} <= set(seen["things"])


def test_base_iati_ids_are_dac_channel_codes_with_their_prefix(base):
    """Only identifiers checked against the IATI Datastore's publisher references stay (see the file header)."""
    ids = {str(e["key"]): str(e["iati"]) for _, data in base for _, e in _entries(data) if e.get("iati")}
    assert all(re.fullmatch(r"XM-DAC-\d{3,5}", v) for v in ids.values()), ids
    assert ids["ifad"] == "XM-DAC-41108" and ids["ilo"] == "XM-DAC-41302" and ids["un-women"] == "XM-DAC-41146"
    assert "un-habitat" not in ids and "world-bank" not in ids  # not verified


def test_an_actor_s_world_knowledge_facts_reach_the_graph(built):
    kg = built.kg
    eu, fund = node_iri("Donor", "european-union"), node_iri("Fund", "joint-sdg-fund")
    assert fund in kg.out(eu, "funds")
    (edge,) = [d for v, _, d in kg.out_edges(eu, "funds") if v == fund]
    assert "gapgraph-base-un-system" in {s.doc for s in edge["sources"]}  # documents may state it too
