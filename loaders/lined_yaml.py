r"""YAML read with the line of every value, so curated data can be cited line by line.

>>> data = parse("a:\n  - x\n  - y: 2\n", "f.yaml")
>>> data["a"][0], data["a"][0].line
('x', 2)
>>> data["a"][1]["y"].line
3
>>> parse('name: "Bikini & Kili"\n', "f.yaml")["name"]
'Bikini & Kili'
"""

from __future__ import annotations

import re
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


_MAYBE_ANCHOR = re.compile(r"(?:^|[\s\[{,:-])[&*][^\s,\]}]", re.M)


def _refuse_anchors(text: str, path: str | Path) -> None:
    """A :class:`LoadError` at the first anchor or alias: data files need neither, and aliases let a
    few lines expand to gigabytes (the "billion laughs"). A text with no "&" or "*" that could start
    one (right after a space, a line's start or a flow indicator, and followed by a name) has
    neither, and is not parsed for them ("Bikini & Kili" is no anchor)."""
    if not _MAYBE_ANCHOR.search(text):
        return
    for event in _events(text):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise LoadError(path, "YAML anchors and aliases (&, *) are not allowed", event.start_mark.line + 1)


def _refuse_duplicate_keys(node: yaml.Node, path: str | Path) -> None:
    """A :class:`LoadError` at the second of two equal keys of one mapping (YAML keeps the last one silently)."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.MappingNode):
            seen: dict[str, int] = {}
            for key, value in current.value:
                name, line = str(key.value), key.start_mark.line + 1
                if name in seen:
                    raise LoadError(path, f"duplicate key {name!r} (first on line {seen[name]})", line)
                seen[name] = line
                stack.append(value)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)


def _events(text: str) -> list[yaml.Event]:
    """The YAML parse events, by libyaml where it is installed (PyYAML's reader when libyaml refuses)."""
    fast = getattr(yaml, "CSafeLoader", None)
    if fast is not None:
        try:
            return list(yaml.parse(text, Loader=fast))
        except yaml.YAMLError:
            pass
    return list(yaml.parse(text, Loader=yaml.SafeLoader))


def _compose(text: str) -> yaml.Node:
    """The YAML node tree, by libyaml (fast) where it is installed; by PyYAML's own reader when libyaml
    refuses what YAML allows (a surrogate pair written as two ``\\u`` escapes, which the manifest
    reader then joins)."""
    fast = getattr(yaml, "CSafeLoader", None)
    if fast is not None:
        try:
            return yaml.compose(text, Loader=fast)
        except yaml.YAMLError:
            pass  # read again below: PyYAML's reader gives the same error, or reads what libyaml would not
    return yaml.compose(text, Loader=yaml.SafeLoader)


def parse(text: str, path: str | Path) -> Any:
    r"""Parse YAML text into :class:`Mapping`, :class:`Sequence` and :class:`Scalar` values.

    Anchors, aliases and duplicate keys are refused, naming the line:

    >>> parse("a: 1\nb: 2\na: 3\n", "f.yaml")
    Traceback (most recent call last):
    ...
    gapgraph.loaders.errors.LoadError: f.yaml:3: duplicate key 'a' (first on line 1)
    >>> parse("a: &x [1]\nb: *x\n", "f.yaml")
    Traceback (most recent call last):
    ...
    gapgraph.loaders.errors.LoadError: f.yaml:1: YAML anchors and aliases (&, *) are not allowed
    """
    try:
        _refuse_anchors(text, path)
        node = _compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise LoadError(path, f"invalid YAML: {problem}", line) from None
    if node is None:
        return None
    _refuse_duplicate_keys(node, path)
    return _convert(node)
