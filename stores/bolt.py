"""Load the graph into Neo4j (or any Bolt server that speaks Neo4j 5 Cypher), idempotently.

The mapping:

- every node is ``(:Resource:<Class>:<Ancestor>...)`` with ``id`` (its IRI), ``class``, ``name``,
  ``aliases`` and ``sources`` (``"doc:first-last"`` strings); each attribute is a property holding
  its value (a list when documents disagree) and ``<attribute>Sources``, one ``"doc:l-l;doc:l-l"``
  string per value;
- every edge is a relationship typed in upper snake case (``participatesIn`` →
  ``PARTICIPATES_IN``) with ``key`` (what tells it apart), ``sources`` and its qualifiers, the same way;
- loads are batched ``UNWIND $rows ... MERGE`` statements with parameters only; labels and types
  come from the ontology, never from data. Batches are cut by payload size (``batch_bytes``: keep
  it under 4 KB for FalkorDB, whose server dies on larger parameters);
- each load stamps what it writes with a load id and, once everything is written, deletes nodes and
  relationships of earlier loads that the graph no longer holds: loading twice leaves the same
  counts, and a load cut short is completed by running it again;
- a uniqueness constraint on ``Resource.id`` is created where the server accepts Neo4j 5 syntax,
  otherwise an index (which both Neo4j and FalkorDB accept), and the result says which;
- a server that cannot take a single quote in a string parameter (FalkorDB's Bolt splices
  parameters into the query text) is found by a probe, and quotes are then sent escaped; Neo4j
  takes them as they are.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from neo4j import Driver, GraphDatabase
from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired

from gapgraph.graph.knowledge_graph import Claims, KnowledgeGraph
from gapgraph.ontology.models import Source
from gapgraph.ontology.naming import LABEL, relationship_type

DEFAULT_BATCH_BYTES = 1_000_000


class BoltError(RuntimeError):
    """The Bolt server could not be reached, or failed during the load."""


@dataclass
class LoadReport:
    """What a load did."""

    nodes: int = 0
    relationships: int = 0
    batches: int = 0
    constraint: str = ""
    notes: list[str] = field(default_factory=list)


def _sources(sources: list[Source]) -> list[str]:
    return [str(s) for s in sources]


def _claims_properties(attributes: dict[str, Claims]) -> dict[str, Any]:
    props: dict[str, Any] = {}
    for key, claims in sorted(attributes.items()):
        values = [c["value"] for c in claims]
        if any(isinstance(v, float) for v in values) and all(isinstance(v, int | float) for v in values):
            values = [float(v) for v in values]
        props[key] = values[0] if len(values) == 1 else values
        props[f"{key}Sources"] = [";".join(_sources(c["sources"])) for c in claims]
    return props


def node_rows(kg: KnowledgeGraph, load_id: str) -> dict[str, list[dict[str, Any]]]:
    """Rows to write, grouped by class (the labels of a statement must be written in its text)."""
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for node_id, data in kg.nodes():
        props = {
            "id": node_id,
            "class": data["type"],
            "name": data["name"],
            "aliases": list(data["aliases"]),
            "sources": _sources(data["sources"]),
            "loadId": load_id,
            **_claims_properties(data["attributes"]),
        }
        rows[data["type"]].append({"id": node_id, "props": props})
    return rows


def relationship_rows(kg: KnowledgeGraph, load_id: str) -> dict[str, list[dict[str, Any]]]:
    """Rows to write, grouped by relation."""
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for u, v, key, data in kg.edges():
        props = {
            "key": key,
            "sources": _sources(data["sources"]),
            "loadId": load_id,
            **_claims_properties(data["attributes"]),
        }
        rows[data["type"]].append({"source": u, "target": v, "key": key, "props": props})
    return rows


def batches(rows: list[dict[str, Any]], batch_bytes: int) -> Iterator[list[dict[str, Any]]]:
    """Rows cut into batches whose JSON size stays under ``batch_bytes`` (a larger row goes alone)."""
    batch: list[dict[str, Any]] = []
    size = 0
    for row in rows:
        row_size = len(json.dumps(row, ensure_ascii=False).encode()) + 1
        if batch and size + row_size > batch_bytes:
            yield batch
            batch, size = [], 0
        batch.append(row)
        size += row_size
    if batch:
        yield batch


def escaped(value: Any) -> Any:
    """Strings with each single quote preceded by a backslash, for servers that splice parameters
    into query text (FalkorDB's Bolt); the stored value is the original string."""
    if isinstance(value, str):
        return value.replace("'", "\\'")
    if isinstance(value, list):
        return [escaped(v) for v in value]
    if isinstance(value, dict):
        return {k: escaped(v) for k, v in value.items()}
    return value


def node_statement(kg: KnowledgeGraph, cls: str) -> str:
    labels = ":".join(sorted(kg.schema.ancestors(cls)))
    return f"UNWIND $rows AS row MERGE (n:{LABEL} {{id: row.id}}) SET n = row.props SET n:{labels}"


def relationship_statement(relation: str) -> str:
    return (
        f"UNWIND $rows AS row MATCH (a:{LABEL} {{id: row.source}}) MATCH (b:{LABEL} {{id: row.target}}) "
        f"MERGE (a)-[r:{relationship_type(relation)} {{key: row.key}}]->(b) SET r = row.props"
    )


class BoltLoader:
    """Writes a graph to a Bolt server through one driver."""

    def __init__(self, driver: Driver, database: str | None = None, batch_bytes: int = DEFAULT_BATCH_BYTES) -> None:
        self.driver = driver
        self.database = database
        self.batch_bytes = batch_bytes

    def run(self, statement: str, **parameters: Any) -> None:
        with self.driver.session(database=self.database) as session:
            session.run(statement, **parameters).consume()

    def ensure_schema(self, report: LoadReport) -> None:
        """A uniqueness constraint where the server takes Neo4j 5 syntax; an index otherwise."""
        try:
            self.run(f"CREATE CONSTRAINT resource_id IF NOT EXISTS FOR (n:{LABEL}) REQUIRE n.id IS UNIQUE")
            report.constraint = "uniqueness constraint on Resource.id"
            return
        except Neo4jError:
            report.notes.append("the server refused CREATE CONSTRAINT (not Neo4j 5?): an index on Resource.id instead")
        with contextlib.suppress(Neo4jError):  # the index may exist already
            self.run(f"CREATE INDEX FOR (n:{LABEL}) ON (n.id)")
        report.constraint = "index on Resource.id"

    def takes_quotes(self) -> bool:
        """Whether the server takes a string parameter holding a single quote (FalkorDB's Bolt does not)."""
        try:
            self.run("RETURN $probe AS probe", probe="it's")
            return True
        except Neo4jError:
            return False

    def load(self, kg: KnowledgeGraph) -> LoadReport:
        """Write every node and edge (MERGE), then delete what earlier loads left that the graph lacks."""
        report = LoadReport()
        load_id = uuid.uuid4().hex
        try:
            escape = not self.takes_quotes()
            if escape:
                report.notes.append("the server breaks on quotes in parameters (FalkorDB): sending them as \\'")
            self.ensure_schema(report)
            for cls, rows in sorted(node_rows(kg, load_id).items()):
                statement = node_statement(kg, cls)
                for batch in batches(escaped(rows) if escape else rows, self.batch_bytes):
                    self.run(statement, rows=batch)
                    report.nodes += len(batch)
                    report.batches += 1
            for relation, rows in sorted(relationship_rows(kg, load_id).items()):
                statement = relationship_statement(relation)
                for batch in batches(escaped(rows) if escape else rows, self.batch_bytes):
                    self.run(statement, rows=batch)
                    report.relationships += len(batch)
                    report.batches += 1
            self.run(f"MATCH (:{LABEL})-[r]->(:{LABEL}) WHERE r.loadId <> $load DELETE r", load=load_id)
            self.run(f"MATCH (n:{LABEL}) WHERE n.loadId <> $load DETACH DELETE n", load=load_id)
        except (ServiceUnavailable, SessionExpired, OSError) as exc:
            raise BoltError(f"the Bolt server went away during the load ({exc}); run the load again") from None
        except Neo4jError as exc:
            raise BoltError(f"the Bolt server refused a statement: {exc.message or exc}") from None
        return report


def connect(uri: str, user: str, password: str) -> Driver:
    """A driver for ``uri``, checked to answer."""
    try:
        driver = GraphDatabase.driver(uri, auth=(user, password))
        driver.verify_connectivity()
    except (ServiceUnavailable, OSError, ValueError) as exc:
        raise BoltError(f"cannot reach {uri}: {exc}") from None
    except Neo4jError as exc:
        raise BoltError(f"{uri} refused the connection: {exc.message or exc}") from None
    return driver
