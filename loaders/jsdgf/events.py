"""The "Strategic meetings" table of Joint SDG Fund reports: the programme's events.

Rows of the table whose "Yes" cell is checked become ``Event`` nodes, dated from their text ("May
18 th , 2022", "October 19, 2021", "April 2021"); the bodies a row names ``participatesIn`` the
event ("the embassies of Denmark, the Netherlands" gives one embassy per country). The template's
own rows (the launch, the donors' event, the closing) are the programme's events, ``partOf`` it;
the rows under "Other strategic events" are events the programme reports taking part in ("Signing
of the interstate pact", "Presentation of the methodology to the Senate"), not parts of it, and
their participants are the bodies the row's first clause names after "with" ("Workshop with the
Ministry of Women in Pokhara", "Meetings with the Chamber of Deputies to develop the inputs"): a
body named otherwise ("organized with INMUJERES", "presented to the Senate", "At the global level,
with INMUJERES, UN Women defined ...") organised the event or received something there, which
other readers tell, but for a row "Presentation of <a known thing> to <bodies>": the thing
``presentedTo`` each. A description saying where the event "was held" ("at the UN House in
Maseru") places it there (``locatedIn``). An event of the same programme on the same day is one
node, whichever document reports it (the final report's closing event is the press release's
presentation).

A first cell marked as a template row ("Annual JP development partners'/donors' event*", "Other
strategic events") is the type
of event, not its name: the name comes from the description's first clause. A description sentence
giving another full date ("... were invited to the final JP event on May 18th, 2022") is about that
day's event, and so are the undated sentences after it ("Attendees included representatives of
...").
"""

from __future__ import annotations

import re

from gapgraph.graph.ids import node_iri, short_id
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.sections import sentences
from gapgraph.loaders.text import MONTHS, cells, parse_date
from gapgraph.ontology.models import Source

_HEADER = re.compile(r"^\s*type of event\s*$", re.I)
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_DATE = re.compile(
    rf"\b(?P<month>{_MONTH})\s+(?:the\s+)?(?P<day>\d{{1,2}})\s*(?:st|nd|rd|th)?\b(?:\s+and\s+\d{{1,2}}\s*(?:st|nd|rd|th)?)?"
    rf"\s*,?\s*(?P<year>(?:19|20)\d\d)|\b(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH})\s+(?P<year2>(?:19|20)\d\d)",
    re.I,
)
_MONTH_DATE = re.compile(rf"\b(?P<month>{_MONTH})\s+(?:(?:and|to)\s+(?:{_MONTH})\s+)?(?P<year>(?:19|20)\d\d)", re.I)


def event_date(text: str) -> str | None:
    """The first date a text gives, as precise as it is.

    >>> event_date("Signing of the pact (October 19, 2021)"), event_date("on May 18 th , 2022.")
    ('2021-10-19', '2022-05-18')
    >>> event_date("Meetings (April 2021)"), event_date("in March 30th and 31st, 2022")
    ('2021-04', '2022-03-30')
    """
    day = _DAY_DATE.search(text)
    if day:
        if day.group("month"):
            return parse_date(f"{day.group('day')} {day.group('month')} {day.group('year')}")
        return parse_date(f"{day.group('day2')} {day.group('month2')} {day.group('year2')}")
    month = _MONTH_DATE.search(text)
    return parse_date(f"{month.group('month')} {month.group('year')}") if month else None


_CLAUSE_END = re.compile(
    rf"\s*\(|\.\s|\.$|:\s|,\s*(?:held|organi[sz]ed)\b|\s+(?:was|were)\s+held\b|\s+(?:in|on)\s+(?=(?:{_MONTH})\b|\d)",
    re.I,
)
_EVENT_PHRASE = re.compile(
    r"\b(?:the\s+)?(?P<name>(?:(?!(?:to|the|a|an|of|in|on|at|for|with|and|invited|attended)\s)[A-Za-z'-]+\s+){0,4}"
    r"(?:event|meeting|forum|conference|ceremony|launch))\b",
    re.I,
)


def event_name(label: str, description: str) -> str:
    """The row's event name: its first cell, unless that is a template row (marked '*', or "Other ...")."""
    template = label.rstrip().endswith("*") or label.lower().startswith("other")
    if (label and not template) or not description:
        return label
    return _CLAUSE_END.split(description, maxsplit=1)[0].strip()[:160]


_FIRST_CLAUSE_END = re.compile(
    r":\s|,\s*(?:held|organi[sz]ed|led|hosted)\b|\s+to\s+(?!the\b|an?\b)[a-z]+\b|\.\s|\.$", re.I
)
_WITH = re.compile(r"\bwith\s+")


def with_whom(description: str) -> str:
    """The words after "with" in a row's first clause: who the event was held with.

    >>> with_whom("Meetings with the Chamber of Deputies to develop the inputs for the initiative")
    'the Chamber of Deputies'
    >>> with_whom("Dialogue on care, organized with the Ministry of Women"), with_whom("Signing of the pact")
    ('', '')
    """
    clause = _FIRST_CLAUSE_END.split(description, maxsplit=1)[0]
    found = _WITH.search(clause)
    return clause[found.end() :] if found else ""


def event_node(programme: str, name: str, date: str | None) -> str:
    """One event per programme and day; undated events are told apart by name."""
    tail = short_id(programme).rsplit("/", 1)[-1]
    return node_iri("Event", tail, date) if date and len(date) == 10 else node_iri("Event", tail, name)


_EMBASSIES = re.compile(r"\bembass(?:y|ies)\s+of\s+(?P<countries>[^;()]+?)(?=\s+and\s+(?:from|of|by)\b|[;()]|$)", re.I)


def embassies(builder: Builder, text: str, source: Source) -> list[str]:
    """The embassies "representatives from the embassies of Denmark, the Netherlands and ..." names:
    one ``Donor`` per country listed (known places outside the host country only; the places
    themselves are not added to the graph), named "Embassy of <country> in <host>"."""
    host = builder.place(builder.country) if builder.country else None
    found = []
    for match in _EMBASSIES.finditer(text):
        countries = match.group("countries")
        seen: set[tuple[int, int]] = set()
        for place in builder.find_names(countries, "place"):
            key = place.node_id.rsplit("/", 1)[-1]
            if (place.start, place.end) in seen or builder.place_parents.get(key) or key == builder.country:
                continue  # a place within a country (or the host itself) has no embassy
            seen.add((place.start, place.end))
            article = "the " if re.search(r"\bthe\s+$", countries[: place.start], re.I) else ""
            name = f"Embassy of {article}{place.text}" + (f" in {builder.kg.node(host)['name']}" if host else "")
            node = builder.actor(name, source, new_type="Donor")
            if node is not None:
                found.append(node)
    return found


_HELD = re.compile(r"\b(?:(?:was|were)\s+held|took\s+place)\b", re.I)
_IN = re.compile(r"\bin\s+(?:the\s+)?(?:(?:city|state|municipality|district|province)\s+of\s+)?$", re.I)


def held_in(builder: Builder, sentence: str) -> list[str]:
    """The known places a sentence says an event "was held" / "took place" in ("The final JP event was
    held at the UN Joint Office in Maseru on May 18th, 2022": Maseru); none in a body's name ("held
    at the Ministry of Labour of Maseru")."""
    held = _HELD.search(sentence)
    if held is None:
        return []
    bodies = [(m.start, m.end) for m in builder.find_names(sentence, "actor")]
    found: list[str] = []
    for place in builder.find_names(sentence, "place"):
        between = sentence[held.end() : place.start]
        if place.start < held.end() or not _IN.search(between) or re.search(r"[,;()]", between):
            continue  # the venue is in the clause "was held": not "..., after a visit in Mafeteng"
        if len(between.split()) > 10:
            continue
        if any(s <= place.start and place.end <= e for s, e in bodies):
            continue
        node = builder.ensure(place.node_id)
        if node not in found:
            found.append(node)
    return found


_PRESENTATION = re.compile(r"^\s*(?:the\s+)?presentation\s+of\s+(?:the\s+)?", re.I)
_TO = re.compile(r",?\s+to\s+")
_THINGS = ("law", "policy", "pilot", "mechanism", "campaign", "product", "activity")


def presented(builder: Builder, description: str, source: Source, date: str | None) -> None:
    """A row "Presentation of <a known product, law, ...> to <bodies> (December 2021)": the thing
    ``presentedTo`` each body named after "to" ("to the Government and members of the Assembly"), on
    the row's date. The thing is the known name before one of the row's "to"s ("the methodology to
    estimate costs ..., to the Senate": not "the methodology")."""
    match = _PRESENTATION.match(description)
    if match is None:
        return
    rest = re.split(r"\s*\(", description[match.end() :], maxsplit=1)[0]
    domain = builder.kg.schema.relations["presentedTo"].domain
    for to in _TO.finditer(rest):
        thing = _thing_named(builder, rest[: to.start()].strip(" ,"))
        if thing is None or not builder.kg.schema.fits(builder.kg.node(thing)["type"], domain):
            continue
        for body in builder.mentions(rest[to.end() :]):
            builder.kg.add_edge(thing, "presentedTo", body.node_id, source, {"onDate": date})
        return


def _thing_named(builder: Builder, text: str) -> str | None:
    """The known thing ``text`` names whole (by name or alias), if any."""
    node = builder.resolve(text)
    if node is None:
        named = builder.mentions(text, _THINGS)
        whole = [m for m in named if m.start <= 1 and m.end >= len(text) - 1]
        node = whole[0].node_id if whole else None
    return node if node is not None and builder.kg.has_node(node) else None


def load(builder: Builder, doc: Document, programme: str) -> None:
    """Load the checked rows of a report's strategic-meetings table."""
    kg = builder.kg
    in_table, reported = False, False
    for number, raw in enumerate(doc.lines, start=1):
        row = cells(raw) if "\t" in raw else []
        if row and _HEADER.match(row[0]):
            in_table = True
            continue
        if not in_table:
            continue
        if raw.strip() and not row:
            in_table = False
            continue
        if len(row) < 2:
            continue
        if row[0]:
            reported = row[0].lower().startswith("other")
        checked = "checked" in raw.split("\t")[1]
        description = row[3] if len(row) > 3 else ""
        if not checked or (not description and (not row[0] or row[0].lower().startswith("other"))):
            continue
        name = event_name(row[0], description) or _CLAUSE_END.split(description, maxsplit=1)[0].strip()[:160]
        date = event_date(description)
        node = event_node(programme, name, date)
        source = builder.source(doc.id, number)
        kg.add_node(node, "Event", name, source, attributes={"date": date})
        if reported:
            for mention in builder.mentions(with_whom(description)):
                kg.add_edge(mention.node_id, "participatesIn", node, source)
            presented(builder, description, source, date)
            continue
        kg.add_edge(node, "partOf", programme, source)
        current = node
        for sentence in sentences(description):
            other = event_date(sentence)
            phrase = _EVENT_PHRASE.search(sentence)
            if other and len(other) == 10 and other != date and phrase:
                current = event_node(programme, phrase.group("name"), other)
                label = phrase.group("name")
                kg.add_node(current, "Event", label[0].upper() + label[1:], source, attributes={"date": other})
                kg.add_edge(current, "partOf", programme, source)
            for mention in builder.mentions(sentence):
                kg.add_edge(mention.node_id, "participatesIn", current, source)
            for place in held_in(builder, sentence):
                kg.add_edge(current, "locatedIn", place, source)
            for embassy in embassies(builder, sentence, source):
                kg.add_edge(embassy, "participatesIn", current, source)
