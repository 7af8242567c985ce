"""Rows of query answers, and how the command line prints them (table, CSV, JSON).

>>> result = Result(["name", "n"], [["ILO", 3]])
>>> print(render(result, "csv").strip())
name,n
ILO,3
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from gapgraph.queries import RESULT_FORMATS as FORMATS


@dataclass
class Result:
    """The answer of a query: column names and rows of plain Python values."""

    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


def cell(value: Any) -> str:
    """A value as table or CSV text: lists joined with '; ', nothing for None."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    return str(value)


def render(result: Result, fmt: str) -> str:
    """The result as CSV or JSON text (tables are drawn by the command line with rich)."""
    if fmt == "json":
        return json.dumps(result.records(), ensure_ascii=False, indent=1, default=str)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows([cell(v) for v in row] for row in result.rows)
        return out.getvalue()
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def as_result(rows: list[Any]) -> Result:
    """Typed answer rows (dataclasses) as a :class:`Result` whose columns are their fields."""
    if not rows:
        return Result([], [])
    columns = [f.name for f in fields(rows[0])]
    return Result(columns, [[getattr(row, c) for c in columns] for row in rows])


def dataframe(rows: list[Any]) -> Any:
    """Typed answer rows as a pandas DataFrame (pandas is not a dependency: install it to use this).

    >>> from gapgraph.queries.network import Broker
    >>> dataframe([Broker(1, "id/ilo", "ILO", "UNAgency", 0.09, 71, 12)]).loc[0, "name"]
    'ILO'
    """
    import pandas as pd

    return pd.DataFrame([asdict(row) for row in rows], columns=[f.name for f in fields(rows[0])] if rows else None)
