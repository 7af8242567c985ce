"""Check a graph against the ontology: the pydantic models and the SHACL shapes.

>>> from gapgraph.graph.knowledge_graph import KnowledgeGraph
>>> validate(KnowledgeGraph())
[]
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from pydantic import ValidationError
from pyshacl import validate as shacl_validate
from rdflib import Graph
from rdflib.namespace import SH

from gapgraph.graph.ids import doc_iri
from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.graph.node_link import to_node_link
from gapgraph.graph.rdf import to_rdf
from gapgraph.ontology.models import edge_model, node_model
from gapgraph.ontology.schema import ontology_graph


@dataclass(frozen=True)
class Violation:
    """One thing wrong with the graph: where, and what."""

    check: str
    focus: str
    message: str

    def __str__(self) -> str:
        return f"[{self.check}] {self.focus}: {self.message}"


@cache
def shapes_graph() -> Graph:
    """The shipped SHACL shapes (``ontology/shapes.ttl``)."""
    return Graph().parse(str(files("gapgraph.ontology") / "shapes.ttl"), format="turtle")


def _pydantic_errors(focus: str, exc: ValidationError) -> list[Violation]:
    return [Violation("model", focus, f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}") for err in exc.errors()]


def check_models(kg: KnowledgeGraph) -> list[Violation]:
    """Validate every node and edge record with its pydantic model; every source names a document node."""
    found: list[Violation] = []
    data = to_node_link(kg)
    for node in data["nodes"]:
        try:
            node_model(node["type"]).model_validate(node)
        except ValidationError as exc:
            found.extend(_pydantic_errors(node["id"], exc))
    for link in data["links"]:
        record = {k: v for k, v in link.items() if k != "key"}
        try:
            edge_model(link["type"]).model_validate(record)
        except ValidationError as exc:
            found.extend(_pydantic_errors(f"{link['source']} {link['key']} {link['target']}", exc))
    cited = {s["doc"] for item in data["nodes"] + data["links"] for s in item["sources"]}
    for doc in sorted(cited):
        if not kg.has_node(doc_iri(doc)):
            found.append(Violation("model", doc, "sources cite a document that is not in the graph"))
    return found


def check_shapes(kg: KnowledgeGraph) -> list[Violation]:
    """Validate the graph's RDF against the SHACL shapes (with the ontology for subclasses)."""
    conforms, report, _ = shacl_validate(
        to_rdf(kg), shacl_graph=shapes_graph(), ont_graph=ontology_graph(), inference="none", allow_warnings=True
    )
    if conforms:
        return []
    found = []
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        where = f" ({path.n3(report.namespace_manager)})" if path is not None else ""
        found.append(Violation("shacl", str(focus), f"{message}{where}"))
    return sorted(found, key=str)


def validate(kg: KnowledgeGraph) -> list[Violation]:
    """Every violation of the models and of the shapes; empty when the graph is valid."""
    return check_models(kg) + check_shapes(kg)
