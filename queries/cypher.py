"""Cypher over a Bolt server, answers as plain Python rows (like :mod:`gapgraph.queries.sparql`).

Parameters are passed to the server, never pasted into the query text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from gapgraph.queries.tabular import Result

if TYPE_CHECKING:
    from neo4j import Driver


def run(driver: Driver, query: str, database: str | None = None, **parameters: Any) -> Result:
    """Run a query and return its columns and rows."""
    from neo4j.exceptions import Neo4jError  # the driver is slow to import: only those who use it pay

    try:
        with driver.session(database=database) as session:
            answer = session.run(query, **parameters)
            columns = list(answer.keys())
            rows = [[record[c] for c in columns] for record in answer]
    except Neo4jError as exc:
        raise ValueError(f"Cypher error: {exc.message or exc}") from None
    return Result(columns, rows)
