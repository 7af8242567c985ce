"""Key figures that several documents state about the same thing, read wherever they appear.

A figure is an ``Observation`` of its programme (``hasObservation``) identified by what it measures
and its period, so that two documents giving two numbers for the same thing land on the same node
with both values side by side (see ``gapgraph conflicts``). The period is the report's year for an
annual report, "end of programme" for a final report or a press release, and "as reported" for
context statistics that are not about a period.

What is measured comes from two places, never from code about one programme:

- a programme registry's ``figures`` (key, label, unit, patterns with a group ``n``): the curated
  measures of that programme (see ``data/registries/``);
- generic rules, true of any report: "N <people> are/were/have been affiliated, registered,
  enrolled, trained, reached..." (one measure per group and verb; "N <people> have developed
  competencies / capacities / skills" is a count of people trained), "N million <people> in
  <country>" and "P% of ... <people> in <country> are women" (context), "N impressions".
  Where a registry measure reads a figure, the generic rules leave that text alone.

>>> [m.key for m in generic_measures("49,161 domestic workers are affiliated to the institute.")]
['domestic-workers-registered']
>>> [m.key for m in generic_measures("More than 900 people have developed competencies in social security.")]
['people-trained']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from gapgraph.graph.ids import slug
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.observations import add_observation, thing_key
from gapgraph.loaders.text import numeric, plain

END_KINDS = ("jsdgf-final-narrative-report", "press-release")
"""Document kinds whose figures describe the end of the programme."""


@dataclass(frozen=True)
class Measure:
    """A figure documents report: its key, label, unit, patterns (with a group ``n``), and whether it has a period."""

    key: str
    label: str
    unit: str | None
    patterns: tuple[re.Pattern[str], ...]
    periodic: bool = True


@dataclass(frozen=True)
class Reading:
    """One figure read in a line: its measure, the printed number, and where it stands."""

    measure: Measure
    printed: str
    start: int
    end: int
    number: float | None = None
    """The value, where it is not the printed number itself (a duration in months)."""


_GROUP = (
    r"(?P<who>\b(?:(?!(?:million|indicator|number|of|the|and|are|were|in)\b)[a-z][\w'’-]*\s+){0,3}?(?:people|persons|workers|women|men|girls|boys|children|households|families|"
    r"employers|caregivers|beneficiaries|youth|students|officials|servants|farmers|producers|inspectors))"
)
_NUMBER = r"(?P<n>(?:more than\s+)?\d[\d,.]*(?:\s*million)?)"
_VERBS = {
    "affiliated": "registered",
    "registered": "registered",
    "enrolled": "registered",
    "trained": "trained",
    "reached": "reached",
    "covered": "covered",
    "benefited": "benefited",
    "certified": "certified",
}
_COUNT = re.compile(
    rf"{_NUMBER}\s+{_GROUP}\s+(?:are\s+|were\s+|have\s+been\s+|had\s+been\s+)?(?:directly\s+|now\s+)?"
    rf"(?P<verb>{'|'.join(_VERBS)})\b",
    re.I,
)
_COMPETENCIES = re.compile(
    rf"{_NUMBER}\s+{_GROUP}\s+(?:have\s+|had\s+)?(?:developed|strengthened|acquired|gained|built)\s+(?:their\s+|new\s+)?"
    r"(?:competencies|competences|capacities|skills)\b",
    re.I,
)
"""People trained, said by what they gained: "More than 1,800 people have developed competencies in ..."."""
_IN_PLACE = r"\s+in\s+(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})"
_CONTEXT = re.compile(rf"(?P<n>\d[\d.,]*\s*million)\s+{_GROUP}{_IN_PLACE}")
_SHARE = (
    re.compile(rf"(?P<n>\d+)% of the [\d.,]+ million {_GROUP}{_IN_PLACE} are women"),
    re.compile(rf"{_GROUP}{_IN_PLACE}, among which (?P<n>\d+)% are women"),
)
_IMPRESSIONS = (
    re.compile(r"reached (?P<n>[\d.,]+\s*million) impressions", re.I),
    re.compile(r"(?P<n>\d[\d,]{6,}) impressions", re.I),
)
_WOMEN_SHARE = (
    re.compile(
        rf"{_NUMBER}\s+{_GROUP}\s+\(of which\s+(?:around\s+|about\s+|approximately\s+)?(?P<share>\d+(?:[.,]\d+)?)%\s+"
        rf"(?:are|were)\s+women\)\s+(?:are\s+|were\s+|have\s+been\s+)?(?P<verb>{'|'.join(_VERBS)})\b",
        re.I,
    ),
    re.compile(
        rf"{_NUMBER}\s+{_GROUP}\s+(?:are\s+|were\s+|have\s+been\s+)?(?P<verb>{'|'.join(_VERBS)})\b[^.;]*?,\s+"
        rf"of which\s+(?:around\s+|about\s+|approximately\s+)?(?P<share>\d+(?:[.,]\d+)?)%\s+(?:are|were)\s+women",
        re.I,
    ),
)
"""A share of women among a counted group: "N workers (of which around P% are women) registered", "N workers
are registered ..., of which P% are women"."""
_COUNT_WORDS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
        ]
    )
}
_LISTED = re.compile(
    rf"\b(?P<n>\d{{1,2}}|{'|'.join(_COUNT_WORDS)})\s+(?P<what>(?:federal\s+|local\s+)?(?:state|municipal|provincial|"
    r"regional|district)?\s*(?:states|municipalities|provinces|regions|districts|countries|governments))\s*"
    r"\((?P<list>[^()]{3,300})\)",
    re.I,
)
"""A count followed by the list it counts: "Four District Councils (Maseru, Leribe, ..., and Berea)"."""
_PLURAL = {
    "state": "states",
    "municipal": "municipalities",
    "provincial": "provinces",
    "regional": "regions",
    "district": "districts",
}
_DURATION = re.compile(
    r"\b(?:project|programme|program|JP)\s+(?:lasted|ran)\s+(?:for\s+)?(?P<n>\d+|"
    + "|".join(_COUNT_WORDS)
    + r")\s+(?P<unit>years?|months?)\b",
    re.I,
)
"""A programme's duration as a document states it: "The project lasted two years"."""
_DURATION_MEASURE = Measure("programme-duration", "duration of the programme", "months", (), periodic=False)
_IMPRESSIONS_MEASURE = Measure("impressions", "impressions of the communication campaign", "impressions", _IMPRESSIONS)


def _who(match: re.Match[str]) -> str:
    return " ".join(match["who"].lower().split())


def generic_measures(line: str) -> Iterator[Measure]:
    """The measures the generic rules find in a line (each with its one pattern)."""
    for reading in _generic(line):
        yield reading.measure


def _generic(line: str) -> Iterator[Reading]:
    for match in _COUNT.finditer(line):
        who, verb = _who(match), _VERBS[match["verb"].lower()]
        measure = Measure(slug(who, verb), f"{who} {verb}", "people", ())
        yield Reading(measure, match["n"], match.start(), match.end())
    for match in _COMPETENCIES.finditer(line):
        who = _who(match)
        measure = Measure(slug(who, "trained"), f"{who} trained", "people", ())
        yield Reading(measure, match["n"], match.start(), match.end())
    for match in _CONTEXT.finditer(line):
        who, place = _who(match), match["place"]
        measure = Measure(slug(who, "in", place), f"{who} in {place}", "people", (), periodic=False)
        yield Reading(measure, match["n"], match.start(), match.end())
    for pattern in _SHARE:
        for match in pattern.finditer(line):
            who, place = _who(match), match["place"]
            label = f"share of women among {who} in {place}"
            yield Reading(
                Measure(slug("women-share-of", who, "in", place), label, "%", (), periodic=False),
                match["n"],
                match.start(),
                match.end(),
            )
    for pattern in _IMPRESSIONS:
        for match in pattern.finditer(line):
            yield Reading(_IMPRESSIONS_MEASURE, match["n"], match.start(), match.end())
    for pattern in _WOMEN_SHARE:
        for match in pattern.finditer(line):
            who, verb = _who(match), _VERBS[match["verb"].lower()]
            measure = Measure(slug("women-share-of", who, verb), f"share of women among {who} {verb}", "%", ())
            yield Reading(measure, f"{match['share']}%", match.start("share"), match.end("share"))
    yield from _listed_counts(line)
    for match in _DURATION.finditer(line):
        count = _COUNT_WORDS.get(match["n"].lower(), int(match["n"]) if match["n"].isdigit() else 0)
        months = count * 12 if match["unit"].lower().startswith("year") else count
        yield Reading(_DURATION_MEASURE, f"{match['n']} {match['unit']}", match.start("n"), match.end(), months)


def _listed_counts(line: str) -> Iterator[Reading]:
    """A stated count of places or governments, and, where its list has another length, the listed count."""
    for match in _LISTED.finditer(line):
        words = [w for w in match["what"].lower().split() if w not in ("federal", "local")]
        if len(words) > 1 and words[-1] == "governments":
            words = words[:-1]
        kind = _PLURAL.get(words[-1], words[-1])
        label = f"number of {kind} (as counted and listed)"
        measure = Measure(slug("number-of", kind, "listed"), label, kind, (), periodic=False)
        stated = match["n"].lower()
        yield Reading(measure, match["n"], match.start("n"), match.end("n"))
        items = [i for i in re.split(r",\s*(?:and\s+)?|\s+and\s+", match["list"]) if i.strip()]
        count = _COUNT_WORDS.get(stated, int(stated) if stated.isdigit() else -1)
        if len(items) != count:
            yield Reading(measure, f"{len(items)} (listed)", match.start("list"), match.end("list"))


def readings(line: str, curated: list[Measure]) -> list[Reading]:
    """Every figure of a line: the curated measures' first, then generic ones on the text they left."""
    found = [
        Reading(measure, match.group("n"), match.start(), match.end())
        for measure in curated
        for pattern in measure.patterns
        for match in pattern.finditer(line)
    ]
    taken = list(found)
    for reading in _generic(line):
        if not any(reading.start < t.end and t.start < reading.end for t in taken):
            found.append(reading)
            taken.append(reading)
    return found


def period_of(doc: Document, measure: Measure) -> str:
    """The period a document's figure is about."""
    if not measure.periodic:
        return "as reported"
    if doc.kind in END_KINDS:
        return "end of programme"
    year = re.fullmatch(r"\s*((?:19|20)\d\d)\s*", doc.meta.get("period", ""))
    return year.group(1) if year else doc.meta.get("period") or "report"


def load(builder: Builder, doc: Document, programme: str | None) -> None:
    """Record every key figure the document states, for ``programme``.

    Without one, a figure is the programme's its line names, or else the one its section named
    (a heading starts a section; a figure of a section that names no programme is not recorded).
    """
    kg = builder.kg
    curated: list[Measure] = builder.figures
    section: str | None = None
    for number, raw in enumerate(doc.lines, start=1):
        line = plain(raw)
        if raw.lstrip().startswith("#"):
            section = None
        if not line:
            continue
        named = None if programme else next(iter(m.node_id for m in builder.mentions(line, ("programme",))), None)
        section = named or section
        for reading in readings(line, curated):
            owner = programme or named or section
            if owner is None:
                continue
            measure, printed = reading.measure, reading.printed.strip()
            value = (
                reading.number if reading.number is not None else _COUNT_WORDS.get(printed.lower(), numeric(printed)[0])
            )
            period = period_of(doc, measure)
            name = kg.node(owner)["name"]
            add_observation(
                kg,
                owner,
                builder.source(doc.id, number),
                key=(thing_key(name), measure.key, period),
                name=f"{name}: {measure.label} ({period})",
                printed=printed,
                kind="reported",
                period=period,
                unit=measure.unit,
                number=value,
                measure=measure.label,
            )
