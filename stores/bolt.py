"""Load the graph into Neo4j (or any Bolt server that speaks Neo4j 5 Cypher), idempotently.

The property layout is :mod:`gapgraph.stores.neo4j_mapping` (the Cypher questions read it back
through the same module). How it is written:

- loads are batched ``UNWIND $rows ... MERGE`` statements, each batch its own committed
  transaction; every value travels as a parameter, exactly as it is (nothing the graph holds is
  ever spliced into query text or escaped); labels and types come from the ontology, never from
  data. Batches are cut by payload size (``batch_bytes``; the default is the fastest size measured
  in ``bench/stores.py``);
- each load stamps what it writes with a load id and, once everything is written, deletes nodes and
  relationships of earlier loads that the graph no longer holds: loading twice leaves the same
  counts, and a load cut short is completed by running it again;
- a uniqueness constraint on ``Resource.id`` is created (Neo4j 5 syntax); a server that refuses it
  is an error.

``GAPGRAPH_BOLT_EXIT_AFTER`` (for the tests) makes the process exit at once, as a kill would, after
that many committed batches.
"""

from __future__ import annotations

import json
import os
import uuid
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from neo4j import Driver, GraphDatabase
from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.ontology.naming import LABEL, relationship_type
from gapgraph.stores.neo4j_mapping import edge_properties, labels, node_properties

DEFAULT_BATCH_BYTES = 1_000_000
EXIT_AFTER = "GAPGRAPH_BOLT_EXIT_AFTER"


class BoltError(RuntimeError):
    """The Bolt server could not be reached, or failed during the load."""


def one_line(exc: Exception) -> str:
    """The driver's message on one line (it spreads some over several)."""
    message = exc.message if isinstance(exc, Neo4jError) and exc.message else str(exc)
    return " ".join(message.split())


@dataclass
class LoadReport:
    """What a load did."""

    nodes: int = 0
    relationships: int = 0
    batches: int = 0
    constraint: str = ""
    notes: list[str] = field(default_factory=list)


def node_rows(kg: KnowledgeGraph, load_id: str) -> dict[str, list[dict[str, Any]]]:
    """Rows to write, grouped by class (the labels of a statement must be written in its text)."""
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for node_id, data in kg.nodes():
        props = node_properties(node_id, data, load_id)
        rows[data["type"]].append({"id": node_id, "props": props})
    return rows


def relationship_rows(kg: KnowledgeGraph, load_id: str) -> dict[str, list[dict[str, Any]]]:
    """Rows to write, grouped by relation."""
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for u, v, key, data in kg.edges():
        props = edge_properties(key, data, load_id)
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


def node_statement(kg: KnowledgeGraph, cls: str) -> str:
    classes = ":".join(labels(kg, cls)[1:])
    return f"UNWIND $rows AS row MERGE (n:{LABEL} {{id: row.id}}) SET n = row.props SET n:{classes}"


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
        """The uniqueness constraint on ``Resource.id`` (Neo4j 5 syntax), created unless it exists."""
        try:
            self.run(f"CREATE CONSTRAINT resource_id IF NOT EXISTS FOR (n:{LABEL}) REQUIRE n.id IS UNIQUE")
        except Neo4jError as exc:
            raise BoltError(
                f"the server refused the uniqueness constraint on {LABEL}.id (is it Neo4j 5?): {one_line(exc)}"
            ) from None
        report.constraint = f"uniqueness constraint on {LABEL}.id"

    def write(self, statement: str, rows: list[dict[str, Any]], report: LoadReport) -> int:
        """Write ``rows`` in batches, each committed before the next; returns how many rows."""
        exit_after = int(os.environ.get(EXIT_AFTER) or 0)
        for batch in batches(rows, self.batch_bytes):
            self.run(statement, rows=batch)
            report.batches += 1
            if report.batches == exit_after:
                os._exit(99)  # the tests' kill, at a known point of the load
        return len(rows)

    def sweep(self, statement: str, load_id: str) -> None:
        """Run a ``... LIMIT n DELETE`` statement until it deletes nothing (a transaction per round)."""
        while True:
            with self.driver.session(database=self.database) as session:
                counters = session.run(statement, load=load_id).consume().counters
            if not (counters.nodes_deleted or counters.relationships_deleted):
                return

    def load(self, kg: KnowledgeGraph) -> LoadReport:
        """Write every node and edge (MERGE), then delete what earlier loads left that the graph lacks."""
        report = LoadReport()
        load_id = uuid.uuid4().hex
        try:
            self.ensure_schema(report)
            for cls, rows in sorted(node_rows(kg, load_id).items()):
                report.nodes += self.write(node_statement(kg, cls), rows, report)
            for relation, rows in sorted(relationship_rows(kg, load_id).items()):
                report.relationships += self.write(relationship_statement(relation), rows, report)
            self.sweep(f"MATCH (:{LABEL})-[r]->(:{LABEL}) WHERE r.loadId <> $load WITH r LIMIT 10000 DELETE r", load_id)
            self.sweep(f"MATCH (n:{LABEL}) WHERE n.loadId <> $load WITH n LIMIT 10000 DETACH DELETE n", load_id)
        except (ServiceUnavailable, SessionExpired, OSError) as exc:
            raise BoltError(
                f"the Bolt server went away during the load ({one_line(exc)}); run the load again"
            ) from None
        except Neo4jError as exc:
            raise BoltError(f"the Bolt server refused a statement: {one_line(exc)}") from None
        return report


def connect(uri: str, user: str, password: str) -> Driver:
    """A driver for ``uri``, checked to answer."""
    try:
        driver = GraphDatabase.driver(uri, auth=(user, password))
        driver.verify_connectivity()
    except (ServiceUnavailable, OSError, ValueError) as exc:
        raise BoltError(f"cannot reach {uri}: {one_line(exc)}") from None
    except Neo4jError as exc:
        raise BoltError(f"{uri} refused the connection: {one_line(exc)}") from None
    return driver
