"""Small readers for the text of extracted documents: markup, numbers, amounts, dates, list entries.

>>> plain("**a.i. Christian Skoog** USD\\\\$ 2,000.00")
'a.i. Christian Skoog USD$ 2,000.00'
>>> parse_number("USD$ 2,400,408.00")
2400408
>>> parse_number("1,8%")
1.8
>>> parse_date("01/02/2020"), parse_date("02/2020"), parse_date("19/ july / 2022")
('2020-02-01', '2020-02', '2022-07-19')
>>> [parse_date(m.group()) for m in WRITTEN_DATE.finditer("On October 21, 2021 and 3 de marzo de 2022, not may 2020")]
['2021-10-21', '2022-03-03']
>>> [m.group() for m in FINANCED_BY.finditer("co-funded by A, financed by B, supported by C")]
['co-funded by', 'financed by']
>>> bool(re.search(financed_by("supported"), "supported by the Joint SDG Fund"))
True
"""

from __future__ import annotations

import html
import re

_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_MONTH_NAMES = (
    ("january", "enero"),
    ("february", "febrero"),
    ("march", "marzo"),
    ("april", "abril"),
    ("may", "mayo"),
    ("june", "junio"),
    ("july", "julio"),
    ("august", "agosto"),
    ("september", "septiembre"),
    ("october", "octubre"),
    ("november", "noviembre"),
    ("december", "diciembre"),
)
MONTHS = {name: number for number, names in enumerate(_MONTH_NAMES, start=1) for name in names}
"""Month names (English, Spanish; lower case) and their numbers."""
_MONTH_WORD = "|".join(
    sorted({n for en, es in _MONTH_NAMES for n in (en.capitalize(), es, es.capitalize())}, key=len, reverse=True)
)
"""Month names as prose writes them: English capitalised, Spanish either way ("Mayo", "mayo")."""
WRITTEN_DATE = re.compile(
    rf"\b(?:{_MONTH_WORD})\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s+(?:of\s+)?\d{{4}}\b"
    rf"|\b\d{{1,2}}\s+(?:de\s+|of\s+)?(?:{_MONTH_WORD})\s+(?:de\s+|of\s+)?\d{{4}}\b"
    rf"|\b(?:{_MONTH_WORD})\s+(?:de\s+|of\s+)?\d{{4}}\b"
)
"""A date written in prose ("October 21, 2021", "21 October 2021", "21 de octubre de 2021",
"March 2022"); :func:`parse_date` reads what it matches."""
FUNDING_WORDS = ("financed", "funded")
"""The participles prose uses to say who pays for something ("financed by F", "co-funded by F")."""


def financed_by(*more: str) -> str:
    """Regex source matching "(co-)financed by" / "(co-)funded by", plus ``more`` participles ("supported").

    The one place the wording of "paid for by" lives: a new wording goes into :data:`FUNDING_WORDS`.
    A reader that may also take weaker verbs (only for funders it already knows are funds or donors)
    passes them as ``more``.
    """
    return rf"\b(?:co-?)?(?:{'|'.join((*FUNDING_WORDS, *more))})\s+by\b"


FINANCED_BY = re.compile(financed_by(), re.I)
"""Where a text says who finances something: "financed by", "funded by", "co-financed by"."""
_TAG = re.compile(r"<[^>]+>")
_NUMBER = re.compile(r"-?\d[\d,.\s]*\d|-?\d")
_MILLION = re.compile(r"(\d[\d.,]*)\s*million", re.I)
_ACRONYM = re.compile(r"^(?P<name>.+?)\s*\((?P<short>[^()]+)\)\s*$")


def plain(text: str) -> str:
    """Text without Markdown emphasis, HTML tags and entities, escapes and footnote marks."""
    text = _TAG.sub(" ", text)
    text = html.unescape(text).replace("\\$", "$").replace("\\", "")
    text = text.replace("**", "").replace("__", "")
    text = text.translate({ord(c): None for c in _SUPERSCRIPTS})
    return " ".join(text.split())


def parse_number(text: str) -> int | float | None:
    """The first number in ``text``: thousands separators dropped, a decimal comma understood."""
    match = _NUMBER.search(text.replace("\u00a0", " "))
    if match is None:
        return None
    digits = match.group().replace(" ", "")
    if "," in digits and "." in digits:
        decimal_point_last = digits.rfind(".") > digits.rfind(",")
        digits = digits.replace(",", "") if decimal_point_last else digits.replace(".", "").replace(",", ".")
    elif "," in digits:
        head, _, tail = digits.rpartition(",")
        digits = digits.replace(",", "") if len(tail) == 3 else f"{head.replace(',', '')}.{tail}"
    elif digits.count(".") > 1:
        digits = digits.replace(".", "")
    try:
        value = float(digits)
    except ValueError:
        return None
    return int(value) if value.is_integer() else value


def numeric(printed: str) -> tuple[int | float | None, str | None]:
    """The number a printed value states, and its unit ('%' or None); None if it does not start with one.

    >>> numeric("1,8% increase (49,161 domestic workers)")
    (1.8, '%')
    >>> numeric("12.5 million")
    (12500000, None)
    >>> numeric("To be developed in 2021")
    (None, None)
    """
    printed = re.sub(r"^\s*(?:more than|over|about|approx\.?|around|~|\+)\s*", "", printed, flags=re.I)
    if not re.match(r"\s*[-(]?\d", printed):
        return None, None
    million = _MILLION.search(printed)
    if million:
        value = parse_number(million.group(1))
        if value is not None:
            return round(value * 1_000_000), None
    match = re.search(r"-?\d[\d,.]*", printed)
    if match is None:
        return None, None
    value = parse_number(match.group())
    unit = "%" if printed[match.end() :].lstrip().startswith("%") else None
    return value, unit


def parse_date(text: str) -> str | None:
    """An ISO 8601 date (as precise as given) from dd/mm/yyyy, mm/yyyy, yyyy, '19 july 2022' or 'May 18th, 2022'.

    >>> parse_date("May 18 th , 2022"), parse_date("October the 27th 2021"), parse_date("13/2020")
    ('2022-05-18', '2021-10-27', None)
    """
    text = plain(text).lower()
    month = next((MONTHS[w] for w in re.findall(r"[a-z]+", text) if w in MONTHS), None)
    numbers = [int(n) for n in re.findall(r"\d+", text)]
    years = [n for n in numbers if n > 31]
    if month is not None:
        days = [n for n in numbers if 1 <= n <= 31]
        if len(years) == 1 and days:
            return f"{years[0]:04d}-{month:02d}-{days[0]:02d}"
        return f"{years[0]:04d}-{month:02d}" if len(years) == 1 else None
    if len(numbers) == 3 and numbers[2] > 31 and 1 <= numbers[1] <= 12 and 1 <= numbers[0] <= 31:
        return f"{numbers[2]:04d}-{numbers[1]:02d}-{numbers[0]:02d}"
    if len(numbers) == 2 and numbers[1] > 31 and 1 <= numbers[0] <= 12:
        return f"{numbers[1]:04d}-{numbers[0]:02d}"
    if len(numbers) == 1 and 1900 < numbers[0] < 2100:
        return f"{numbers[0]:04d}"
    return None


def cells(line: str) -> list[str]:
    """The cells of a tab-separated table row, as plain text."""
    return [plain(c) for c in line.split("\t")]


_ROW = re.compile(r"<tr\b[^>]*>", re.I)
_CELL = re.compile(r"</?t[dh]\b[^>]*>", re.I)


def raw_rows(raw: str) -> list[list[str]]:
    """A raw line's table rows, each a list of its raw cells: tab-separated cells, or the rows of an
    HTML table extracted onto one line ("<tr><td>JP launch</td><td>X</td>...</tr><tr>...").

    >>> raw_rows("<table><tr><td>Type of event</td><td>Yes</td></tr><tr><td>Launch</td><td>X</td></tr></table>")
    [['Type of event', 'Yes'], ['Launch', 'X']]
    >>> raw_rows("Launch" + chr(9) + "X")
    [['Launch', 'X']]
    """
    if not _ROW.search(raw):
        return [raw.split("\t")] if "\t" in raw else []
    rows = []
    for chunk in _ROW.split(raw)[1:]:
        chunk = re.split(r"</tr\s*>", chunk, flags=re.I)[0]
        pieces = _CELL.split(chunk)
        rows.append([c for i, c in enumerate(pieces) if i % 2 == 1] or [chunk])
    return rows


_PART_BREAK = re.compile(r"\t|</?(?:li|td|p)>|<br\s*/?>", re.I)


def parts(raw: str) -> list[str]:
    """A raw line's table cells, list items and paragraphs, each as plain text: a name never runs
    from one into the next, as it may in the plain line that joins them.

    >>> parts("Academia<br>Royal University (RUPP)<ul><li>Decree No. 4</li><li>MoL</li></ul>")
    ['Academia', 'Royal University (RUPP)', 'Decree No. 4', '', 'MoL', '']
    """
    return [plain(part) for part in _PART_BREAK.split(raw)]


def split_entry(text: str) -> tuple[str, tuple[str, ...]]:
    """'Mexican Institute for Social Security (IMSS)' -> name and ('IMSS',); a descriptive bracket is dropped."""
    text = text.strip(" .")
    match = _ACRONYM.match(text)
    if match is None:
        return text, ()
    short = match.group("short").strip()
    if any(c.isupper() for c in short) and len(short.split()) <= 3 and not short[0].islower():
        return match.group("name").strip(" ,"), (short,)
    return match.group("name").strip(" ,"), ()
