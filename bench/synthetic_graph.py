"""A synthetic knowledge graph of N joint programmes, built directly with the graph API.

Each programme has its agencies (from a shared pool), 20 partners, 2 outcomes, 4 outputs,
8 indicators with 4 observations each, 6 knowledge products and the edges between them, every fact
cited — about 2,400 RDF triples per programme (so ``--programmes 420`` gives about a million).
"""

from __future__ import annotations

import random

from gapgraph.graph.ids import doc_iri, node_iri
from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.ontology.models import Source

AGENCIES = ["ILO", "UN Women", "FAO", "UNDP", "UNICEF", "UNFPA", "WFP", "UNESCO"]
CLASSES = ["GovernmentBody", "CivilSocietyOrganization", "AcademicInstitution", "TradeUnion", "PrivateCompany"]


def generate(programmes: int, seed: int = 1) -> KnowledgeGraph:
    rng = random.Random(seed)
    kg = KnowledgeGraph()
    agencies = [
        kg.add_node(node_iri("UNAgency", a), "UNAgency", a, Source(doc="registry", lines=(i + 1, i + 1)))
        for i, a in enumerate(AGENCIES)
    ]
    for p in range(programmes):
        doc = f"report-{p}"
        lines = iter(range(1, 10_000))

        def src(doc: str = doc, lines=lines) -> Source:
            n = next(lines)
            return Source(doc=doc, lines=(n, n))

        kg.add_node(
            doc_iri(doc),
            "SourceDocument",
            f"Report {p}",
            Source(doc=doc, lines=(1, 400)),
            attributes={"documentKind": "jsdgf-final-narrative-report", "lineCount": 400},
        )
        jp = kg.add_node(
            node_iri("Programme", f"programme {p}"),
            "Programme",
            f"Programme {p}",
            src(),
            attributes={"mptfId": str(100000 + p), "startDate": "2020-02"},
        )
        for agency in rng.sample(agencies, 3):
            kg.add_edge(agency, "participatesIn", jp, src(), {"role": "implementing"})
            kg.add_edge(
                agency,
                "funds",
                jp,
                src(),
                {"amount": rng.randrange(10**5, 10**6), "currency": "USD", "fundingKind": "co-funding"},
            )
        for i in range(20):
            cls = rng.choice(CLASSES)
            attrs = {"level": rng.choice(["federal", "state"])} if cls == "GovernmentBody" else {}
            partner = kg.add_node(node_iri(cls, f"partner {p}-{i}"), cls, f"Partner {p}-{i}", src(), attributes=attrs)
            kg.add_edge(partner, "participatesIn", jp, src())
        for o in (1, 2):
            outcome = kg.add_node(
                node_iri("Outcome", f"p{p}", f"outcome {o}"),
                "Outcome",
                f"Outcome {o} of {p}",
                src(),
                attributes={"code": f"Outcome {o}"},
            )
            kg.add_edge(outcome, "partOf", jp, src())
            for k in (1, 2):
                output = kg.add_node(
                    node_iri("Output", f"p{p}", f"output {o}.{k}"),
                    "Output",
                    f"Output {o}.{k} of {p}",
                    src(),
                    attributes={"code": f"Output {o}.{k}"},
                )
                kg.add_edge(output, "contributesTo", outcome, src())
                for j in (1, 2):
                    indicator = kg.add_node(
                        node_iri("Indicator", f"p{p}", f"{o}.{k}.{j}"),
                        "Indicator",
                        f"Indicator {o}.{k}.{j} of {p}",
                        src(),
                    )
                    kg.add_edge(indicator, "measures", output, src())
                    for kind, period in (
                        ("baseline", "baseline"),
                        ("target", "final"),
                        ("result", "2021"),
                        ("result", "final"),
                    ):
                        value = rng.randrange(0, 500)
                        obs = kg.add_node(
                            node_iri("Observation", f"p{p}-{o}.{k}.{j}", kind, period),
                            "Observation",
                            f"{kind} {period}",
                            src(),
                            attributes={
                                "value": str(value),
                                "numericValue": value,
                                "period": period,
                                "observationKind": kind,
                            },
                        )
                        kg.add_edge(indicator, "hasObservation", obs, src())
                product = kg.add_node(
                    node_iri("KnowledgeProduct", f"study {p}-{o}.{k}"),
                    "KnowledgeProduct",
                    f"Study {p}-{o}.{k}",
                    src(),
                    attributes={"date": "2021-06"},
                )
                kg.add_edge(jp, "produces", product, src(), {"productRole": "produced"})
                kg.add_edge(product, "contributesTo", output, src())
    return kg
