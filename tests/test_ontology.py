"""The ontology, the pydantic models and the SHACL shapes say the same thing."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pydantic
import pytest
from rdflib import OWL, RDFS, Graph
from rdflib.namespace import ORG, QB, SH

from gapgraph.ontology.models import all_edge_models, all_node_models, node_model
from gapgraph.ontology.namespaces import GG
from gapgraph.ontology.schema import ontology_path, schema
from gapgraph.ontology.shacl import build_shapes, shapes_turtle

REPO = Path(__file__).resolve().parents[1]

REQUIRED_CLASSES = [
    "Actor",
    "UNAgency",
    "GovernmentBody",
    "Legislature",
    "TradeUnion",
    "CivilSocietyOrganization",
    "AcademicInstitution",
    "PrivateCompany",
    "EmployerOrganization",
    "TrainingInstitute",
    "Donor",
    "Fund",
    "Person",
    "Programme",
    "Outcome",
    "Output",
    "Indicator",
    "Observation",
    "LegalInstrument",
    "Convention",
    "ConstitutionalReform",
    "LawInitiative",
    "Regulation",
    "Policy",
    "Strategy",
    "ActionPlan",
    "Pilot",
    "KnowledgeProduct",
    "Mechanism",
    "Event",
    "Campaign",
    "Place",
    "Country",
    "State",
    "Municipality",
    "SDGGoal",
    "SDGTarget",
    "TargetGroup",
    "SourceDocument",
]

REQUIRED_RELATIONS = [
    "participatesIn",
    "leads",
    "partnersWith",
    "funds",
    "grantsTo",
    "providesTechnicalAssistanceTo",
    "trains",
    "produces",
    "adopts",
    "enacts",
    "ratifies",
    "deposits",
    "implements",
    "pilots",
    "contributesTo",
    "measures",
    "hasObservation",
    "targets",
    "locatedIn",
    "memberOf",
    "partOf",
    "focalPointOf",
    "alignedWith",
]


def test_every_class_and_relation_the_design_asks_for_is_in_the_ontology():
    s = schema()
    assert set(REQUIRED_CLASSES) <= set(s.classes)
    assert set(REQUIRED_RELATIONS) <= set(s.relations)
    for sub in ("UNAgency", "GovernmentBody", "TradeUnion", "Person", "Donor", "Fund", "Legislature"):
        assert s.is_a(sub, "Actor")
    for sub in ("Convention", "ConstitutionalReform", "LawInitiative", "Regulation"):
        assert s.is_a(sub, "LegalInstrument")
    assert s.is_a("Strategy", "Policy") and s.is_a("ActionPlan", "Policy")
    assert s.attributes["level"].allowed == ("federal", "state", "municipal")
    assert s.attributes["role"].allowed == ("funding", "accountable", "extending", "implementing")
    assert {"amount", "currency", "fundingKind"} <= set(s.relations["funds"].qualifiers)


def test_standard_vocabularies_are_reused():
    g = Graph().parse(ontology_path())
    assert (GG.Programme, RDFS.subClassOf, ORG.OrganizationalCollaboration) in g
    assert (GG.Observation, RDFS.subClassOf, QB.Observation) in g
    assert (GG.memberOf, OWL.equivalentProperty, ORG.memberOf) in g
    assert (GG.UNAgency, RDFS.subClassOf, ORG.FormalOrganization) in g


def test_pydantic_models_cover_exactly_the_ontology():
    s = schema()
    assert set(all_node_models()) == set(s.classes)
    assert set(all_edge_models()) == set(s.relations)
    for cls, model in all_node_models().items():
        fields = set(model.model_fields["attributes"].annotation.model_fields)
        assert fields == set(s.attributes_for(cls)), cls
    for rel, model in all_edge_models().items():
        fields = set(model.model_fields["attributes"].annotation.model_fields)
        assert fields == set(s.relations[rel].qualifiers), rel


def test_shacl_shapes_cover_exactly_the_ontology():
    s = schema()
    shapes = build_shapes()
    targeted = {str(o) for o in shapes.objects(None, SH.targetClass)}
    assert {str(c.iri) for c in s.classes.values()} <= targeted
    relations = {str(o) for o in shapes.objects(None, SH.targetSubjectsOf)}
    assert relations == {str(r.iri) for r in s.relations.values()}
    paths = {str(o) for o in shapes.objects(None, SH.path)}
    assert {str(a.iri) for a in s.attributes.values()} <= paths


def test_shipped_shapes_file_is_up_to_date():
    shipped = (REPO / "ontology" / "shapes.ttl").read_text(encoding="utf-8")
    assert shipped == shapes_turtle(), "run: python -m gapgraph.ontology.shacl > ontology/shapes.ttl"


def test_ontology_and_shapes_parse_with_an_independent_parser():
    for name in ("gapgraph.ttl", "shapes.ttl"):
        proc = subprocess.run(
            ["rapper", "-i", "turtle", "-c", str(REPO / "ontology" / name)], capture_output=True, text=True
        )
        assert proc.returncode == 0, proc.stderr
        assert "returned" in proc.stderr


def test_required_attributes_are_required_by_models():
    model = node_model("GovernmentBody")
    src = [{"doc": "d", "lines": [1, 1]}]
    with pytest.raises(pydantic.ValidationError):
        model.model_validate({"id": "x", "type": "GovernmentBody", "name": "X", "sources": src, "attributes": {}})
    ok = model.model_validate(
        {
            "id": "x",
            "type": "GovernmentBody",
            "name": "X",
            "sources": src,
            "attributes": {"level": [{"value": "state", "sources": src}]},
        }
    )
    assert ok.attributes.level[0].value == "state"
