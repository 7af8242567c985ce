"""The ``gapgraph`` command: a thin shell over the public API (:mod:`gapgraph`).

Each group of commands is a module of this package (``graph``, ``questions``, ``servers``,
``maps``) that registers on the one Typer app of :mod:`gapgraph.cli.common`; none imports a heavy
library until its command runs. Errors in input are one line on stderr, naming the file and the
line, and a non-zero exit; never a traceback.
"""

from __future__ import annotations

import logging
import os
import sys

from gapgraph.cli import graph, maps, questions, serve, servers  # noqa: F401  (each registers its commands)
from gapgraph.cli.common import app

__all__ = ["app", "main"]


def main() -> None:
    """Entry point of the console script."""
    logging.getLogger("neo4j").setLevel(logging.CRITICAL)  # its own log lines would precede our one-line errors
    if not sys.stdout.isatty():
        os.environ.setdefault("COLUMNS", "120")  # tables piped to a file are not cut at 80 columns
    app()


if __name__ == "__main__":
    main()
