"""The stages a law, reform or step goes through, in order, and the words that name each.

A status is free text as the source words it ("approved by the Chamber of Deputies (November 2020)",
"pending approval by the Senate"); :func:`stage` places it on this scale, so that a later document
giving an earlier stage than an earlier one (a status going backwards) can be found. Words of
waiting ("pending", "awaiting") place a status before approval whatever else it says.

>>> stage("approved by the Chamber of Deputies (November 2020)"), stage("pending approval by the Senate")
(3, 2)
>>> stage("published August 2020, in force November 2020"), stage("under discussion")
(4, None)
>>> status_date("approved by the Senate (March 2022)"), status_date("approved")
('2022-03', None)
"""

from __future__ import annotations

import re

STAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("drafted", ("drafted", "draft", "being prepared", "in preparation", "proposed")),
    ("presented", ("presented", "submitted", "introduced", "tabled", "filed", "pending", "awaiting")),
    ("approved", ("approved", "adopted", "passed", "sanctioned", "ratified")),
    ("in force", ("published", "enacted", "promulgated", "in force", "entered into force", "deposited")),
)
"""Stages in order (index + 1 is the rank), each with the words that name it in English."""

WAITING = ("pending", "awaiting", "yet to be", "not yet")
"""Words that put a status before the approval it waits for."""

BODIES = ("senate", "chamber of deputies", "chamber", "congress", "parliament", "assembly", "council", "cabinet")
"""Bodies a status may name: two statuses naming different bodies are different steps."""

_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH_YEAR = re.compile(rf"\b({'|'.join(_MONTHS)})\s+(?:\d{{1,2}},?\s+)?((?:19|20)\d\d)\b", re.I)
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


def _has(text: str, word: str) -> bool:
    return re.search(rf"\b{re.escape(word)}\b", text) is not None


def waiting(status: str) -> bool:
    """Whether a status waits for its step ("pending approval by the Senate")."""
    text = status.lower()
    return any(_has(text, w) for w in WAITING)


def step_word(status: str) -> str | None:
    """The word of its stage a status names ("deposited", "in force"): two statuses of one stage
    naming different words are different steps."""
    rank = stage(status)
    text = status.lower()
    return next((w for w in STAGES[rank - 1][1] if _has(text, w)), None) if rank else None


def stage(status: str) -> int | None:
    """The rank of a status on :data:`STAGES` (1 = drafted ... 4 = in force), None if it names none."""
    text = status.lower()
    if waiting(status):
        return 2
    ranks = [rank for rank, (_, words) in enumerate(STAGES, start=1) if any(_has(text, w) for w in words)]
    return max(ranks) if ranks else None


def body(status: str) -> str | None:
    """The legislative or governing body a status names, if any."""
    text = status.lower()
    return next((b for b in BODIES if _has(text, b)), None)


def status_date(status: str) -> str | None:
    """The month (YYYY-MM) or year a status gives for itself, if any."""
    match = _MONTH_YEAR.search(status)
    if match:
        return f"{match[2]}-{_MONTHS.index(match[1].lower()) + 1:02d}"
    year = _YEAR.search(status)
    return year[1] if year else None
