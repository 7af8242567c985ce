r"""Text that XML 1.0 can hold, for the XML exports (GraphML, GEXF).

Each character XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE, U+FFFF) is written as
``\xHH`` (or ``\uHHHH``), so the export stays valid and the character is still visible; other
values are returned as they are.

>>> xml_text("a\x02b\x1b"), xml_text(3)
('a\\x02b\\x1b', 3)
"""

from __future__ import annotations

import re
from typing import Any

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value: Any) -> Any:
    """``value`` with every character XML 1.0 forbids escaped (non-strings as they are)."""
    if not isinstance(value, str):
        return value
    return _NOT_XML.sub(lambda m: m[0].encode("unicode_escape", "backslashreplace").decode("ascii"), value)
