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
  enrolled, trained, reached..." and "trained (and certified) N <people>" (one measure per group
  and verb; "N <people> have developed
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
from functools import partial

from gapgraph.graph.ids import slug
from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.graph.resolve import normalise
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.observations import add_observation, thing_key
from gapgraph.loaders.text import numeric, plain
from gapgraph.ontology.models import Source

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
    table_only: bool = False
    """Only a results table's count is given this figure (a count after its verb, "it registered
    7,310 workers", is often one pilot's or one campaign's: no figure of the programme)."""


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
_ACTIVE = re.compile(
    rf"\b(?P<verb>{'|'.join(_VERBS)})(?:\s+and\s+(?P<also>{'|'.join(_VERBS)}))?\s+{_NUMBER}\s+{_GROUP}\b",
    re.I,
)
"""A count after its verb: "UNFPA trained and certified 312 community caregivers" (one figure per verb)."""
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
    for match in _ACTIVE.finditer(line):
        who = _who(match)
        for verb in dict.fromkeys(_VERBS[v.lower()] for v in (match["verb"], match["also"]) if v):
            measure = Measure(slug(who, verb), f"{who} {verb}", "people", (), table_only=True)
            yield Reading(measure, match["n"], match.start("n"), match.end())
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
    curated_readings, taken = list(found), list(found)
    for reading in _generic(line):
        overlapping = [t for t in taken if reading.start < t.end and t.start < reading.end]
        if all(t not in curated_readings and (t.start, t.end) == (reading.start, reading.end) for t in overlapping):
            found.append(reading)  # one count of two verbs ("trained and certified 312 ...") is two figures
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


_FILLERS = frozenset(("number", "of", "in", "on", "the", "a", "an", "to", "for", "with", "by", "at", "and"))
_PERIODS = {"end of programme": "final"}
"""A narrative figure's period as a results table names it."""


def _words(text: str) -> set[str]:
    """A text's content words, plurals and the verbs of one measure made one (:data:`_VERBS`)."""
    return {re.sub(r"s$", "", _VERBS.get(w, w)) for w in normalise(text).split()} - _FILLERS


def counts_same(label: str, indicator: str, sentence: str) -> bool:
    """Whether a results table's indicator counts what a narrative figure counts: it is a "Number
    of ..." of the figure's words (its group and verb), or one whose words hold a figure's of three
    words or more ("informal workers registered", not "people reached": too vague) and each of its
    other words is a word of the figure's sentence.

    >>> counts_same("informal workers registered", "Number of informal workers registered with the NSSF in pilot "
    ...     "provinces", "- 12,480 informal workers registered with the NSSF in the two pilot provinces.")
    True
    >>> counts_same("people trained", "Number of people trained on labour rights", "1,200 people were trained.")
    False
    """
    if not indicator.casefold().startswith("number of "):
        return False
    said, counted = _words(label), _words(indicator)
    if said == counted:
        return True
    return len(said) >= 3 and said <= counted and counted - said <= _words(sentence)


def _in_results_table(
    kg: KnowledgeGraph, doc: str, sentence: str, label: str, period: str, printed: str, value: float, source: Source
) -> None:
    """Give a narrative count to the result its document's results table gives for the same count
    and period, as one more cited value ("12,480 informal workers registered ..." in the text,
    10,845 in the table: two values of one result, side by side, for ``gapgraph conflicts``)."""
    wanted = _PERIODS.get(period, period)
    for indicator, data in kg.nodes("Indicator"):
        if not any(s.doc == doc for s in data["sources"]) or not counts_same(label, data["name"], sentence):
            continue
        for observation in kg.out(indicator, "hasObservation"):
            if kg.value(observation, "observationKind") == "result" and kg.value(observation, "period") == wanted:
                kg.add_claim(observation, "value", printed, source)
                kg.add_claim(observation, "numericValue", value, source)


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
            source = builder.source(doc.id, number)
            if measure.unit == "people" and not measure.patterns:  # a generic count: its table's too?
                builder.at_finish(
                    partial(_in_results_table, kg, doc.id, line, measure.label, period, printed, value, source)
                )
            if measure.table_only:
                continue
            add_observation(
                kg,
                owner,
                source,
                key=(thing_key(name), measure.key, period),
                name=f"{name}: {measure.label} ({period})",
                printed=printed,
                kind="reported",
                period=period,
                unit=measure.unit,
                number=value,
                measure=measure.label,
            )
