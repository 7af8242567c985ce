"""What every command shares: the Typer app, the common options, one-line errors and printing.

Only typer and the standard library are imported here; each command imports what it needs when it
runs, so ``gapgraph --help`` starts fast. Text that comes from documents, queries or the user is
printed as text, never read as console markup.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from gapgraph.stores import DEFAULT_STORE

if TYPE_CHECKING:
    from rich.console import Console

    from gapgraph.facade import KnowledgeGraph
    from gapgraph.queries.tabular import Result

app = typer.Typer(
    name="gapgraph",
    help="A knowledge graph of the actors, policies and results of UN joint programmes, with provenance.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

T = TypeVar("T")

StoreOption = Annotated[
    Path,
    typer.Option("--store", envvar="GAPGRAPH_STORE", help="Folder of the built graph.", show_default=True),
]
FormatOption = Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")]
BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


def bolt_uri(uri: str | None) -> str | None:
    """The --uri value, checked to be a Bolt URI (``bolt://HOST:PORT``, ``neo4j+s://...``).

    >>> bolt_uri("bolt://localhost:7687")
    'bolt://localhost:7687'
    >>> try:
    ...     bolt_uri("http://localhost:7474")
    ... except typer.BadParameter as exc:
    ...     print(exc)
    'http://localhost:7474' is not a Bolt URI: use bolt://HOST:PORT or neo4j://HOST:PORT
    """
    if uri is None:
        return None
    scheme, _, rest = uri.partition("://")
    if scheme.lower() not in BOLT_SCHEMES or not rest.strip("/"):
        raise typer.BadParameter(f"{uri!r} is not a Bolt URI: use bolt://HOST:PORT or neo4j://HOST:PORT")
    return uri


UriOption = Annotated[
    str, typer.Option("--uri", envvar="NEO4J_URI", callback=bolt_uri, help="bolt://HOST:PORT or neo4j://...")
]
UserOption = Annotated[str, typer.Option("--user", envvar="NEO4J_USER", help="User name.")]
PasswordOption = Annotated[str, typer.Option("--password", envvar="NEO4J_PASSWORD", help="Password.")]
DatabaseOption = Annotated[str | None, typer.Option("--database", envvar="NEO4J_DATABASE", help="Database name.")]

__all__ = ["DEFAULT_STORE", "app"]

_consoles: dict[str, Console] = {}


def console(stderr: bool = False) -> Console:
    """The console for standard output (or standard error), made on first use."""
    key = "err" if stderr else "out"
    if key not in _consoles:
        from rich.console import Console

        _consoles[key] = Console(stderr=stderr, highlight=False)
    return _consoles[key]


def say(text: str, stderr: bool = False) -> None:
    """Print plain text (never read as markup)."""
    console(stderr).print(text, markup=False, highlight=False, soft_wrap=True)


def warn(kind: str, text: str) -> None:
    """Print ``kind: text`` on standard error, the kind coloured, the text as it is."""
    from rich.text import Text

    line = Text.assemble((f"{kind}:", "bold red" if kind == "error" else "yellow"), " ", text)
    console(stderr=True).print(line, highlight=False, soft_wrap=True)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one error line and give the exit to raise."""
    warn("error", message)
    return typer.Exit(code)


ERRORS = (
    ("gapgraph.loaders.errors", "LoadError", 2),
    ("gapgraph.stores.folder", "StoreError", 3),
    ("gapgraph.loaders.pipeline", "BuildError", 4),
    ("gapgraph.stores.bolt", "BoltError", 5),
    ("gapgraph.stores.sparql_endpoint", "EndpointError", 5),
    ("gapgraph.queries.lookup", "NameLookupError", 6),
)
"""The errors users can cause: (module, class, exit code). A module not imported cannot have raised
its error, so none of them is imported just to be caught."""


@contextmanager
def reported_errors() -> Iterator[None]:
    """Turn the errors users can cause into one line and an exit code (never a traceback)."""
    try:
        yield
    except typer.Exit:
        raise
    except Exception as exc:
        for module, name, code in ERRORS:
            loaded = sys.modules.get(module)
            if loaded is not None and isinstance(exc, getattr(loaded, name)):
                for violation in getattr(exc, "violations", [])[:20]:
                    say(f"  {violation}", stderr=True)
                raise fail(str(exc).strip("'\""), code) from None
        if isinstance(exc, ValueError | OSError):
            raise fail(str(exc), 1) from None
        raise


def with_status(message: str, work: Callable[[Callable[[str], None]], T]) -> T:
    """Run ``work`` with a spinner that shows its current step (quiet when not a terminal)."""
    err = console(stderr=True)
    if not err.is_terminal:
        return work(lambda _: None)
    with err.status(message) as status:
        return work(lambda step: status.update(f"{message}: {step}"))


def open_graph(store_dir: Path) -> KnowledgeGraph:
    """The graph of the store, as the public API gives it."""
    from gapgraph.facade import load

    return load(store_dir)


def check_choice(value: str, choices: tuple[str, ...], what: str) -> None:
    """Exit with a one-line error when ``value`` is not one of ``choices``."""
    if value not in choices:
        raise fail(f"unknown {what} {value!r}; choose one of {', '.join(choices)}", 2)


def query_text(query: str) -> str:
    """The query given, or the contents of the file it names."""
    if "\n" not in query and len(query) < 1024:
        path = Path(query)
        try:
            if path.is_file():
                return path.read_text(encoding="utf-8")
        except OSError:
            pass
    return query


def print_result(result: Result, fmt: str) -> None:
    """Print query answers as a table, CSV or JSON (every cell as text, never as markup)."""
    if fmt == "table":
        from rich.table import Table
        from rich.text import Text

        from gapgraph.queries.tabular import cell

        table = Table(show_lines=False)
        for column in result.columns:
            table.add_column(Text(column), overflow="fold")
        for row in result.rows:
            table.add_row(*(Text(cell(v)) for v in row))
        console().print(table)
        say(f"{len(result.rows)} rows")
    else:
        from gapgraph.queries.tabular import render

        sys.stdout.write(render(result, fmt))


def readable(result: Result, spans: int = 3) -> Result:
    """A narrower table for the terminal: id columns that sit beside a name column are left out, other
    ids shortened, and long source lists cut to their first spans (CSV and JSON keep everything)."""
    from gapgraph.graph.ids import short_id
    from gapgraph.queries.tabular import Result

    names = set(result.columns)
    keep = [
        i
        for i, c in enumerate(result.columns)
        if not (f"{c}_name" in names or (c in ("partner", "thing", "actor", "node") and "name" in names))
    ]

    def short(column: str, value: Any) -> Any:
        if column == "sources" and isinstance(value, tuple | list) and len(value) > spans:
            return [*value[:spans], f"(+{len(value) - spans} more)"]
        return short_id(value) if isinstance(value, str) else value

    columns = [result.columns[i] for i in keep]
    return Result(columns, [[short(result.columns[i], row[i]) for i in keep] for row in result.rows])
