r"""YAML read with the line of every value, so curated data can be cited line by line.

>>> data = parse("a:\n  - x\n  - y: 2\n", "f.yaml")
>>> data["a"][0], data["a"][0].line
('x', 2)
>>> data["a"][1]["y"].line
3
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from gapgraph.loaders.errors import LoadError


class Scalar(str):
    """A YAML scalar as text, with the (1-based) line it stands on."""

    line: int

    def __new__(cls, value: str, line: int) -> Scalar:
        obj = super().__new__(cls, value)
        obj.line = line
        return obj


class Mapping(dict):
    """A YAML mapping, with the line it starts on."""

    line: int = 0


class Sequence(list):
    """A YAML sequence, with the line it starts on."""

    line: int = 0


def _convert(node: yaml.Node) -> Any:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        mapping = Mapping((str(k.value), _convert(v)) for k, v in node.value)
        mapping.line = line
        return mapping
    if isinstance(node, yaml.SequenceNode):
        sequence = Sequence(_convert(v) for v in node.value)
        sequence.line = line
        return sequence
    return Scalar(node.value, line)


def parse(text: str, path: str | Path) -> Any:
    """Parse YAML text into :class:`Mapping`, :class:`Sequence` and :class:`Scalar` values."""
    try:
        node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise LoadError(path, f"invalid YAML: {problem}", line) from None
    return _convert(node) if node is not None else None
