"""Validation finds what is wrong: the SHACL shapes and the models each catch broken graphs."""

from __future__ import annotations

import copy

import pytest

from gapgraph.graph.ids import doc_iri, node_iri
from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.graph.node_link import from_node_link, to_node_link
from gapgraph.graph.validate import check_models, check_shapes, validate
from gapgraph.ontology.models import Source

SRC = Source(doc="d", lines=(1, 2))
BODY = node_iri("GovernmentBody", "x")
JP = node_iri("Programme", "jp")


def small_graph() -> KnowledgeGraph:
    kg = KnowledgeGraph()
    kg.add_node(doc_iri("d"), "SourceDocument", "Doc", SRC)
    kg.add_node(BODY, "GovernmentBody", "Ministry X", SRC, attributes={"level": "federal"})
    kg.add_node(JP, "Programme", "JP", SRC)
    kg.add_edge(BODY, "participatesIn", JP, SRC, {"role": "implementing"})
    return kg


def broken(edit) -> KnowledgeGraph:
    data = copy.deepcopy(to_node_link(small_graph()))
    edit(data)
    return from_node_link(data)


def test_a_valid_graph_has_no_violations():
    assert validate(small_graph()) == []


def test_the_corpus_graph_is_valid(built):
    assert validate(built.kg) == []


def _node(data, node_id):
    return next(n for n in data["nodes"] if n["id"] == node_id)


@pytest.mark.parametrize(
    ("edit", "shape_says", "model_says"),
    [
        (lambda d: _node(d, BODY)["attributes"].pop("level"), "gg:level", "attributes.level"),
        (lambda d: _node(d, BODY)["attributes"]["level"][0].update(value="regional"), "gg:level", "attributes.level"),
        (lambda d: _node(d, BODY).update(sources=[]), "prov:wasDerivedFrom", "sources"),
        (lambda d: d["links"][0]["attributes"]["role"][0].update(value="boss"), "gg:role", "attributes.role"),
        (lambda d: d["links"][0].update(type="measures"), "gg:measures", None),
    ],
    ids=["missing-level", "level-not-in-enumeration", "no-provenance", "bad-role", "relation-outside-domain"],
)
def test_shapes_and_models_catch_broken_graphs(edit, shape_says, model_says):
    kg = broken(edit)
    shacl = check_shapes(kg)
    assert shacl, "SHACL finds the fault"
    assert any(shape_says in v.message or shape_says in v.focus for v in shacl), [str(v) for v in shacl]
    if model_says:
        models = check_models(kg)
        assert any(model_says in v.message for v in models), [str(v) for v in models]


def test_a_source_must_name_a_document_of_the_graph():
    kg = small_graph()
    kg.add_node(node_iri("Country", "y"), "Country", "Y", Source(doc="nowhere", lines=(3, 3)))
    assert [str(v) for v in check_models(kg)] == ["[model] nowhere: sources cite a document that is not in the graph"]
