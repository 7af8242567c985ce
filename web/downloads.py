"""Answers as files to download: CSV (as ``gapgraph ask --format csv`` prints it) and XLSX.

>>> from gapgraph.queries.tabular import Result
>>> xlsx(Result(["name"], [["ILO\\x02"]]))[:2]
b'PK'
"""

from __future__ import annotations

import io
from typing import Any

from openpyxl import Workbook

from gapgraph.queries.tabular import Result, cell, render
from gapgraph.stores.xml import xml_text


def csv_bytes(result: Result) -> bytes:
    return render(result, "csv").encode("utf-8")


def _xlsx_value(value: Any) -> Any:
    if isinstance(value, bool | int | float):
        return value
    text = cell(value)
    text = xml_text(text)  # a sheet is XML: what XML 1.0 forbids is escaped
    return "'" + text if text.startswith(("=", "+", "-", "@")) else text  # never a formula


def xlsx(result: Result, sheet: str = "answer") -> bytes:
    """One sheet: the columns as a header row, then the rows (lists joined with '; ')."""
    book = Workbook(write_only=True)
    page = book.create_sheet(sheet[:31] or "answer")
    page.append(list(result.columns))
    for row in result.rows:
        page.append([_xlsx_value(v) for v in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def attachment(name: str) -> dict[str, str]:
    """The header that makes a browser save the answer as ``name``."""
    safe = "".join(c if c.isalnum() or c in "._-" else "-" for c in name)
    return {"Content-Disposition": f'attachment; filename="{safe}"'}
