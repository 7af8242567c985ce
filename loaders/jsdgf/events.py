"""The "Strategic meetings" table of Joint SDG Fund reports: the programme's events.

Rows of the table whose "Yes" cell is checked become ``Event`` nodes, dated from their text ("May
18 th , 2022", "October 19, 2021", "April 2021"); the bodies a row names ``participatesIn`` the
event ("the embassies of Denmark, the Netherlands" gives one embassy per country; "the Ambassador of
Norway in Lesotho" a ``Person`` named by the position). The template's
own rows (the launch, the donors' event, the closing) are the programme's events, ``partOf`` it;
the rows under "Other strategic events" are events the programme reports taking part in ("Signing
of the interstate pact", "Presentation of the methodology to the Senate"), not parts of it, and
their participants are the bodies the row's first clause names after "with" ("Workshop with the
Ministry of Women in Pokhara", "Meetings with the Chamber of Deputies to develop the inputs"): a
body named otherwise ("presented to the Senate", "At the global level, with INMUJERES, UN Women
defined ...") received something there or did something else, which other readers tell; the bodies
the first clause says organised it ("..., organized with INMUJERES") ``lead`` it. A unit a
with-list names by its body ("the Senate's Commission on Equality") is the participant, not the
body; what the meeting was held to make ("Meetings with A to develop the inputs for X") was
``developedWith`` each participant; a row "Presentation of <a known thing> to <bodies>" gives the
thing ``presentedTo`` each, on the row's date; the items of "civil society (A and B)" are
civil-society organisations; and the event is also known by its name without the list of its
participants ("Meetings to develop the inputs for X"). A description saying where the event
"was held" ("at the UN House in Maseru") places it there (``locatedIn``). An event of the same
programme on the same day is one node, whichever document reports it (the final report's closing
event is the press release's presentation).

A first cell marked as a template row ("Annual JP development partners'/donors' event*", "Other
strategic events") is the type
of event, not its name: the name comes from the description's first clause (an aside in brackets
without a date left out, up to "based on" or "aimed at"). A description sentence
giving another full date ("... were invited to the final JP event on May 18th, 2022") is about that
day's event, and so are the undated sentences after it ("Attendees included representatives of
...").
"""

from __future__ import annotations

import itertools
import re

from gapgraph.graph.ids import node_iri, short_id
from gapgraph.loaders import attribution
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.discovery import units
from gapgraph.loaders.discovery.heads import classify
from gapgraph.loaders.discovery.lines import plain_lines
from gapgraph.loaders.document import Document
from gapgraph.loaders.sections import sentences, split_list
from gapgraph.loaders.text import MONTHS, parse_date, plain, raw_rows
from gapgraph.ontology.models import Source

_HEADER = re.compile(r"^\s*type of event\s*$", re.I)
_MARK = re.compile(r"\s*(?:x|yes|✓|✔|☑)\s*", re.I)
"""A "Yes" column ticked by a mark rather than a checkbox (an HTML table's "X")."""
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


_ASIDE = re.compile(r"\s*\((?![^()]*\b(?:19|20)\d\d)[^()]*\)(?=\s+[a-z])")
"""An aside in brackets with no date, the description going on after it ("Two meetings with civil
society (A and B) regarding ..."): left out of the name, which goes on."""
_HELD_AS = re.compile(r"^\s*(?:held|organi[sz]ed|conducted|convened|celebrated|carried out|took place)\b", re.I)
"""A description that opens with how the event was held names none: the row's kind does."""
_PARTICIPLE = re.compile(r"\s+(?:based\s+on|aimed\s+at|in\s+order\s+to)\s")
"""Where a description's first clause turns to what the event built on or aimed at: the name ends."""


def event_name(label: str, description: str) -> str:
    """The row's event name: its first cell, unless that is a template row (marked '*', or "Other ...").

    >>> event_name("Other strategic events", "Two meetings with civil society (A and B) regarding care. (May 2021)")
    'Two meetings with civil society regarding care'
    >>> event_name("Annual donors' event*", "Held in hybrid format in Maseru on 24 November 2021, with donors.")
    "Annual donors' event, 2021-11-24"
    >>> event_name("", "Meetings with the Senate to develop the inputs for the bill based on the decree of 2020")
    'Meetings with the Senate to develop the inputs for the bill'
    """
    template = label.rstrip().endswith("*") or label.lower().startswith("other")
    if (label and not template) or not description:
        return label
    if _HELD_AS.match(description) and not label.lower().startswith("other"):
        when = event_date(description)  # "Held in hybrid format in Phnom Penh on ...": the row's kind, dated
        return f"{label.rstrip(' *')}, {when}" if when else ""
    first = _CLAUSE_END.split(_ASIDE.sub("", description), maxsplit=1)[0]
    return _PARTICIPLE.split(first, maxsplit=1)[0].strip()[:160]


def without_hosts(name: str, builder: Builder) -> str | None:
    """The name without its "with <bodies>" when every word of that list names a known body:
    "Meetings with the Senate and the Chamber to develop the inputs" is also "Meetings to develop
    the inputs" (who took part is told by its edges); None when the name has no such list."""
    clause = with_whom(name)
    if not clause:
        return None
    named = builder.mentions(clause)
    if not named or named[0].start > 4 or not re.fullmatch(r"(?:the\s+)?", clause[: named[0].start]):
        return None
    for first, second in itertools.pairwise(named):
        if not re.fullmatch(r"['’]?\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?", clause[first.end : second.start]):
            return None
    if not re.fullmatch(r"['’]?\s*", clause[named[-1].end :]):
        return None
    at = name.find(clause)
    opening = re.search(r"\s+with\s+$", name[:at])
    if at < 0 or opening is None:
        return None
    return f"{name[: opening.start()]}{name[at + len(clause) :]}".strip()


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


_CIVIL_SOCIETY = re.compile(r"\bcivil\s+society(?:\s+organi[sz]ations)?\s*\((?P<items>[^()]+)\)", re.I)


def civil_society(builder: Builder, text: str, source: Source) -> None:
    """ "meetings with civil society (A and the B Coalition)": each item the brackets list is a
    civil-society organisation (an acronym or a capitalised name no registry knows becomes one)."""
    for match in _CIVIL_SOCIETY.finditer(text):
        for item in (part for listed in split_list(match["items"]) for part in re.split(r"\s+and\s+", listed)):
            name = item.strip(" .;")
            if re.fullmatch(r"[A-Z][A-Z&-]{1,11}|[A-Z][\w'’-]*(?:\s+[\w'’-]+){1,8}", name):
                builder.actor(name, source, new_type="CivilSocietyOrganization")


_TO_MAKE = re.compile(r"^\s*to\s+(?:develop|prepare|draft|design|elaborate|write|build)\s+(?:the\s+|a\s+|an\s+)?", re.I)
"""What a meeting with bodies was held to make: "Meetings with A to develop the inputs for X"."""


def _developed_with(builder: Builder, rest: str, participants: list[str], source: Source) -> None:
    """ "Meetings with A and B to develop the inputs for the bill": the inputs (a known thing named
    right after the verb) were ``developedWith`` A and B."""
    verb = _TO_MAKE.match(rest)
    if verb is None or not participants:
        return
    kg = builder.kg
    made = [m for m in builder.mentions(rest[verb.end() :], attribution.THINGS) if m.start == 0]
    range_ = kg.schema.relations["developedWith"]
    for thing in made[:1]:
        if not kg.schema.fits(kg.node(thing.node_id)["type"], range_.domain):
            continue
        for participant in participants:
            if kg.schema.fits(kg.node(participant)["type"], range_.range):
                kg.add_edge(thing.node_id, "developedWith", participant, source)


_ORGANISED = re.compile(
    r"^[^.:;]*?,?\s+(?:co-?)?organi[sz]ed\s+(?:jointly\s+|together\s+)?(?:with|by)\s+(?:the\s+)?", re.I
)
"""A row's first clause saying who organised the event with the programme: "Dialogue on care,
organized with the Ministry of Women"."""


def organisers(builder: Builder, description: str) -> list[str]:
    """The bodies a row's first clause says organised the event ("..., organized with A and B"):
    each ``leads`` it (the row's participants are those it was held *with*)."""
    match = _ORGANISED.match(description)
    if match is None:
        return []
    rest = description[match.end() :]
    named = builder.mentions(rest)
    found: list[str] = []
    position = 0
    for mention in named:
        gap = rest[position : mention.start]
        if (found and not re.fullmatch(r"\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?", gap)) or (not found and gap.strip()):
            break
        found.append(mention.node_id)
        position = mention.end
    return list(dict.fromkeys(found))


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


_AMBASSADOR = re.compile(
    r"\b(?P<name>(?:(?:Deputy|Vice)\s+)?(?:Ambassador|High Commissioner|Consul(?:\s+General)?)\s+of\s+(?:the\s+)?"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}(?:\s+(?:in|to)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?)"
)
"""A diplomat a row names by position: "the Ambassador of Norway in Lesotho"."""


def ambassadors(builder: Builder, text: str, source: Source) -> list[str]:
    """The diplomats ``text`` names by their position ("with participation of the Ambassador of
    Norway in Lesotho"): one ``Person`` each, named by the position as written."""
    found = []
    for match in _AMBASSADOR.finditer(text):
        name = match["name"]
        node = node_iri("Person", name)
        builder.kg.add_node(node, "Person", name, source)
        builder.register(node, name)
        found.append(node)
    return found


_MECHANISM = re.compile(
    r"\bthe\s+(?P<name>(?:[A-Z][\w-]*\s+){1,3}(?:Group|Committee|Board|Council|Round-?table))\b(?!\s+(?:of|for|on)\b)"
)
"""A mechanism a row names with a capitalised head ("a second meeting with the Advisory Group")."""


def mechanisms(builder: Builder, description: str, source: Source) -> None:
    """The mechanisms a row names that no registry knows ("the Advisory Group"): a ``Mechanism``
    each, citing the row, whether or not the row's event took place (the mechanism is there)."""
    known = [(m.start, m.end) for m in builder.mentions(description, ("actor", "mechanism"))]
    for match in _MECHANISM.finditer(description):
        start, end = match.span("name")
        if any(s < end and start < e for s, e in known) or classify(match["name"]) is not None:
            continue
        builder.actor(match["name"], source, new_type="Mechanism")


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


_LAUNCHED = re.compile(
    r"\b(?:JP|joint\s+programme|programme|project)\s+(?:was|has\s+been)\s+(?:formally\s+|officially\s+)?"
    r"launched\b(?P<rest>[^.;]{0,80})",
    re.I,
)


def launched_on(builder: Builder, doc: Document, programme: str) -> None:
    """The date the report's prose gives the programme's launch ("The JP was formally launched in
    Maseru on 30 June 2020"), as one more cited date of the launch event its table lists: a date
    the table gives otherwise stands beside it (``gapgraph conflicts``). No launch event in the
    table: nothing is added (the sentence alone names no event)."""
    kg = builder.kg
    launches = [
        node
        for node in kg.into(programme, "partOf")
        if kg.is_a(node, "Event") and re.search(r"\blaunch", kg.node(node)["name"], re.I)
    ]
    if len(launches) != 1:
        return
    for number, line in enumerate(plain_lines(doc), start=1):
        for match in _LAUNCHED.finditer(line):
            date = event_date(match["rest"])
            if date is not None and len(date) == 10:
                kg.add_claim(launches[0], "date", date, builder.source(doc.id, number))


def load(builder: Builder, doc: Document, programme: str) -> None:
    """Load the checked rows of a report's strategic-meetings table."""
    kg = builder.kg
    in_table, reported = False, False
    rows = [(number, raw_row) for number, raw in enumerate(doc.lines, start=1) for raw_row in raw_rows(raw) or [[raw]]]
    for number, raw_row in rows:
        raw = "\t".join(raw_row)
        row = [plain(c) for c in raw_row] if len(raw_row) > 1 else []
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
        checked = "checked" in raw_row[1] or (_MARK.fullmatch(row[1]) is not None and not (row[2:3] or [""])[0])
        description = row[3] if len(row) > 3 else ""
        mechanisms(builder, description, builder.source(doc.id, number))
        if not checked or (not description and (not row[0] or row[0].lower().startswith("other"))):
            continue
        name = event_name(row[0], description) or _CLAUSE_END.split(description, maxsplit=1)[0].strip()[:160]
        date = event_date(description)
        node = event_node(programme, name, date)
        source = builder.source(doc.id, number)
        if reported:
            hosts = with_whom(description)
            units.new_units(builder, hosts, source)  # "the Senate's Commission on Equality": the commission
            civil_society(builder, hosts, source)
            short = without_hosts(name, builder)
            kg.add_node(node, "Event", name, source, aliases=[short] if short else (), attributes={"date": date})
            participants = [m.node_id for m in builder.mentions(hosts)]
            for participant in participants:
                kg.add_edge(participant, "participatesIn", node, source)
            _developed_with(builder, description[description.find(hosts) + len(hosts) :], participants, source)
            presented(builder, description, source, date)
            for organiser in organisers(builder, description):
                kg.add_edge(organiser, "leads", node, source)
            continue
        kg.add_node(node, "Event", name, source, attributes={"date": date})
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
            for diplomat in ambassadors(builder, sentence, source):
                kg.add_edge(diplomat, "participatesIn", current, source)
    launched_on(builder, doc, programme)
