"""Files written whole or not at all: to a temporary file beside the target, renamed into place.

A full disk or a killed process never leaves half a file where the last good one was. Used by the
exports and by the maps (any layer may write a file this way).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def replaced(out: Path, folder: bool = False) -> Iterator[Path]:
    """A temporary path beside ``out`` to write to; renamed to ``out`` when the block ends without an
    error (a folder ``out`` is replaced whole), removed otherwise.

    >>> import tempfile
    >>> target = Path(tempfile.mkdtemp()) / "a.txt"
    >>> with replaced(target) as part:
    ...     _ = part.write_text("done")
    >>> target.read_text(), sorted(p.name for p in target.parent.iterdir())
    ('done', ['a.txt'])
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    prefix = f".{out.name}.partial-"
    if folder:
        part = Path(tempfile.mkdtemp(prefix=prefix, dir=out.parent)) / out.name
    else:
        handle, name = tempfile.mkstemp(prefix=prefix, dir=out.parent)
        os.close(handle)
        part = Path(name)
    try:
        yield part
        if folder:
            if out.is_dir() and not out.is_symlink():
                os.replace(out, part.parent / ".old")
            os.replace(part, out)
        else:
            if out.exists():
                shutil.copymode(out, part)
            else:
                os.chmod(part, 0o666 & ~_umask())
            os.replace(part, out)
    finally:
        if folder:
            shutil.rmtree(part.parent, ignore_errors=True)
        else:
            part.unlink(missing_ok=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
