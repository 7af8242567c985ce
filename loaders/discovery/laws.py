"""Conventions, recommendations, laws, reforms and initiatives a text names, with their statuses.

- ILO instruments by code ("Convention No. 189", "C189", "ILO Convention 190", "Recommendation
  202"): the base registry's node, whatever the spelling;
- laws by pattern: "General Law of/on ...", "... Law" (capitalised words before "Law"), "reform of
  the ... Law" (a ``LawInitiative``), "... initiative" naming a law: new nodes placed in the
  document's country, known within it; decrees by their number ("Sub-Decree No. 148 ANKr.BK on the
  Social Security Scheme for ...", one ``Regulation`` per kind and number) and laws named in Spanish
  ("Ley Orgánica de Cuidados", its bill "Proyecto de Ley ..." the same node), each read within its
  table cell or list item;
- the status a sentence states of an instrument it names (approved, ratified, deposited, in force,
  pending, presented, adopted, signed, published), with the date it gives ("in July 2020",
  "(March 2022)", "on 30 November 2021"), as a ``status`` value citing the line;
- the legislators a sentence says presented or submitted an instrument it names ("was presented
  by a group of Senators"): a ``Legislature`` named by their plural as written ("Senators", the
  sponsors, not the chamber), citing the line; a common noun, it is not looked for elsewhere.

>>> [m.group("name") for m in _LAW.finditer("the General Law of Care and the Social Security Law were debated")]
['General Law of Care', 'Social Security Law']
>>> [m.group("name") for m in _LEY.finditer("la Ley Orgánica de Cuidados y el Reglamento de la Ley de Igualdad")]
['Ley Orgánica de Cuidados', 'Reglamento de la Ley de Igualdad']
>>> [m.group("name") for m in _DECREE.finditer("Sub-Decree No. 21 ANKr.BK on the Pension Scheme for Civil Servants")]
['Sub-Decree No. 21 ANKr.BK on the Pension Scheme for Civil Servants']
"""

from __future__ import annotations

import re

from gapgraph.graph.ids import node_iri
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.discovery.lines import plain_lines
from gapgraph.loaders.document import Document
from gapgraph.loaders.sections import sentences
from gapgraph.loaders.text import WRITTEN_DATE, parts
from gapgraph.ontology.models import Source

_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
_CAP = rf"(?!{_MONTHS})[A-ZÁÉÍÓÚÑ][\w'’-]*"
_LAW = re.compile(
    rf"(?P<name>(?:General|Federal|Organic|National)\s+Law\s+(?:of|on|for)\s+(?:the\s+)?{_CAP}"
    rf"(?:\s+(?:{_CAP}|(?:of|for|on)(?:\s+the)?(?=\s+[A-Z])|and(?=\s+[A-Z])))*"
    rf"|(?:{_CAP}\s+){{1,5}}Law\b)"
)
_REFORM = re.compile(rf"\breform(?:s)?\s+(?:of|to)\s+the\s+(?P<name>(?:{_CAP}\s+){{1,5}}Law)\b", re.I)
_INITIATIVE = re.compile(rf"\b(?P<name>(?:{_CAP}\s+){{1,6}}(?:Law|Bill)\s+[Ii]nitiative)\b")
_DECREE = re.compile(
    r"(?P<name>(?:(?:[Ss]ub|Royal|Presidential|Executive|Supreme|Ministerial|Legislative|Government)[- ]?)?Decree"
    r"\s+(?:No\.?\s*|Number\s+|N[°º]\.?\s*)?\d[\w/-]*(?:\s+[A-Z][A-Za-z]*\.[A-Za-z.]*[A-Za-z])?"
    rf"(?:\s+(?:on|of)\s+(?:the\s+)?{_CAP}(?:\s+(?:{_CAP}|(?:of|for|on|and)(?=\s+[A-Z])))*)?)"
)
"""A decree by its number, and the subject its title gives: "Sub-Decree No. 148 ANKr.BK on the Social
Security Scheme for Self-Employed Persons", "Decree 4/2021" (a ``Regulation``)."""
_DECREE_NUMBER = re.compile(r"^(?P<kind>.*?Decree)\s+(?:No\.?\s*|Number\s+|N[°º]\.?\s*)?(?P<number>\d[\w/-]*)", re.I)


def decree_key(name: str) -> str:
    """What identifies a decree: its kind and number ("Sub-Decree No. 148 ANKr.BK on ..." and
    "Sub-Decree No. 148" are one decree).

    >>> decree_key("Sub-Decree No. 148 ANKr.BK on the Social Security Scheme"), decree_key("sub-decree 148")
    ('sub-decree 148', 'sub-decree 148')
    """
    match = _DECREE_NUMBER.match(name)
    return f"{match['kind'].lower()} {match['number'].lower()}" if match else name.lower()


def _titles_by_cell(raw: str) -> list[str]:
    """The decrees and Spanish laws a raw line names, each read within its own table cell or list item
    (a title never runs on into the next cell, which the plain line joins to it)."""
    return [m["name"] for cell in parts(raw) for pattern in (_DECREE, _LEY) for m in pattern.finditer(cell)]


_SPANISH_CAP = r"(?!(?:de|del|la|el|los|las|y|para|sobre)\b)[A-ZÁÉÍÓÚÑ][\wáéíóúñ'’-]*"
_LEY = re.compile(
    r"(?P<name>(?P<bill>Proyecto de\s+)?(?P<kind>Ley|Decreto|Reglamento|Ordenanza)"
    r"(?:\s+(?:Org[aá]nica|General|Federal|Nacional|Reformatoria|Ejecutivo|Municipal|Supremo))?"
    rf"\s+(?:de|del|para|sobre)\s+(?:(?:la|el|los|las)\s+)?{_SPANISH_CAP}"
    rf"(?:\s+(?:{_SPANISH_CAP}|(?:(?:de|del|para)(?:\s+(?:la|el|los|las))?|y)(?=\s+[A-ZÁÉÍÓÚÑ])))*)"
)
"""A law named in Spanish: "Ley Orgánica de Cuidados", "Proyecto de Ley Orgánica de Cuidados" (a bill),
"Decreto Ejecutivo de ...", "Reglamento de la Ley ..." (a ``Regulation``)."""
_NOT_A_LAW = re.compile(r"^(?:The|This|That|A|An|In|Our|Its|By|With|Rule)$", re.I)
_HINT = re.compile(
    r"\b(?:[Ll]aws?|Bill|Convention|Recommendation|Protocol|[Ii]nitiative|[Rr]eform|[CR]-?\d{2,3})\b|Decree\b|"
    r"\b(?:Ley|Decreto|Reglamento|Ordenanza)\b"
)
"""Words without which a sentence names no instrument these rules read (a cheap first test)."""
_STATUS = re.compile(
    r"\b(?P<status>approved|ratified|ratification|deposited|entered into force|in force|pending|presented|"
    r"adopted|signed|published|enacted|promulgated|submitted)\b",
    re.I,
)
_APPROVAL = re.compile(
    r"\b(?:contributed to|achieved|led to|resulted in|was|obtained|secured)\s+the\s+approval\s+of\b", re.I
)
"""An approval stated as achieved ("contributed to the approval of a constitutional reform"), not awaited."""
_DATE = re.compile(rf"{WRITTEN_DATE.pattern}|\b(?:19|20)\d\d\b")


_GENERIC = {"general", "federal", "organic", "national", "new", "constitutional", "secondary", "local", "state", "law"}


def _named(words: list[str]) -> bool:
    """Whether a law's words name one (not only "General Law" or "National Law")."""
    return len(words) >= 2 and any(w.lower() not in _GENERIC for w in words)


_PROPOSED = re.compile(
    r"\b(?:pending|proposals?|proposed|initiatives?|bill|draft(?:ed|ing)?|presented|submitted|"
    r"(?:to\s+)?develop(?:ing)?\s+(?:a|the))\b",
    re.I,
)
_IN_FORCE = re.compile(
    r"(?<!pending )\b(?:(?:was|were|has been|have been|is)\s+(?:officially\s+)?(?:approved|enacted|promulgated|"
    r"published|adopted)|entered into force|in force)\b",
    re.I,
)


def proposed(sentence: str, start: int, end: int) -> bool:
    """Whether the words around a law's name (``start``:``end``: the clause before it, a few words
    after it) say it is only proposed: a proposal, an initiative, a bill, pending, presented, to be
    developed; and not that it is in force.

    >>> text = "The Senate debated a proposal for a General Law of Social Care."
    >>> proposed(text, text.index("General"), len(text) - 1)
    True
    >>> text = "The General Law of Social Care was approved in 2019."
    >>> proposed(text, 4, 30)
    False
    """
    before = re.split(r"[,;]", sentence[max(0, start - 50) : start])[-1]
    around = before + sentence[start : end + 25]
    return bool(_PROPOSED.search(around)) and not _IN_FORCE.search(around)


def status_of(sentence: str) -> str | None:
    """The status (and date) a sentence states: 'ratified (July 2020)', or None.

    >>> status_of("Lesotho ratified Convention No. 190 in March 2023.")
    'ratified (March 2023)'
    >>> status_of("It contributed to the approval of a reform."), status_of("waiting for this approval")
    ('approved', None)
    """
    match = _STATUS.search(sentence)
    achieved = _APPROVAL.search(sentence)
    if achieved is not None and (match is None or achieved.start() < match.start()):
        status = "approved"
    elif match is None:
        return None
    else:
        status = match["status"].lower().replace("ratification", "ratified")
    date = _DATE.search(sentence)
    return f"{status} ({date.group()})" if date else status


def _law(builder: Builder, name: str, cls: str, source: Source) -> str:
    """A law the registry knows, or a new one known within the document's country."""
    spellings = list(dict.fromkeys((name, re.sub(r"\bLaw on\b", "Law of", name))))  # "General Law on/of X"
    known = next(filter(None, map(builder.resolve, spellings)), None)
    if known is not None:
        old = builder.kg.node(known)["type"]
        builder.kg.add_node(known, cls if builder.kg.schema.is_a(cls, old) else old, name, source)
        return known
    country = builder.country
    node = node_iri(cls, name, country or "")
    builder.kg.add_node(node, cls, name, source)
    for spelling in spellings:
        builder.register(node, spelling, country)
    place = builder.place(country) if country else None
    if place is not None:
        builder.kg.add_edge(node, "locatedIn", place, source)
    return node


def _spanish_class(match: re.Match[str]) -> str:
    """A Spanish law's class: a bill ("Proyecto de Ley ...") is a ``LawInitiative``, a decree, a
    regulation or an ordinance a ``Regulation``, a law a ``LegalInstrument``."""
    if match["bill"]:
        return "LawInitiative"
    return "LegalInstrument" if match["kind"] == "Ley" else "Regulation"


def _bill(builder: Builder, name: str, law: str, source: Source) -> str:
    """The bill "Proyecto de Ley X" is the initiative of the law X: one node for both names."""
    known = builder.resolve(law)
    if known is None:
        known = _law(builder, name, "LawInitiative", source)
    else:
        builder.kg.add_node(known, builder.kg.node(known)["type"], name, source)
    for spelling in (name, law):
        if builder.resolve(spelling) is None:
            builder.register(known, spelling, builder.country)
    return known


def _decree(builder: Builder, name: str, source: Source) -> str:
    """The decree of that kind and number the document's country already has, named so too; else a
    new ``Regulation``."""
    decrees = builder.index("decrees by number")
    key = (builder.country, decree_key(name))
    known = decrees.get(key)
    if known is not None:
        builder.kg.add_node(known, builder.kg.node(known)["type"], name, source)
        if builder.resolve(name) is None:
            builder.register(known, name, builder.country)
        return known
    decrees[key] = _law(builder, name, "Regulation", source)
    return decrees[key]


_SPONSORS = re.compile(
    r"\b(?:presented|submitted|introduced|proposed|sponsored|tabled)\s+by\s+(?:a\s+(?:group|number)\s+of\s+)?"
    r"(?:the\s+)?(?P<who>Senators|Deputies|Legislators|Parliamentarians|Members of (?:Parliament|Congress)|MPs)\b"
)
"""Legislators who presented an instrument: "presented by a group of Senators"."""


def sponsors(builder: Builder, sentence: str, source: Source) -> None:
    """The legislators a sentence naming an instrument says presented it, as a ``Legislature`` (not
    registered: "senators" elsewhere in the text is anyone's senators)."""
    for match in _SPONSORS.finditer(sentence):
        who = match["who"]
        builder.kg.add_node(node_iri("Legislature", who, builder.country or ""), "Legislature", who, source)


def load(builder: Builder, doc: Document) -> None:
    """Every instrument ``doc`` names, with the statuses its sentences state."""
    kg = builder.kg
    for number, line in enumerate(plain_lines(doc), start=1):
        if not line:
            continue
        source = builder.source(doc.id, number)
        if not _HINT.search(line):
            continue
        in_cells = _titles_by_cell(doc.lines[number - 1])
        for sentence in sentences(line):
            found: set[str] = set()
            taken: list[tuple[int, int]] = []
            for pattern, cls in (
                (_DECREE, "Regulation"),
                (_LEY, "LegalInstrument"),
                (_INITIATIVE, "LawInitiative"),
                (_REFORM, "LawInitiative"),
                (_LAW, "LegalInstrument"),
            ):
                for match in pattern.finditer(sentence):
                    start, end = match.span("name")
                    words = match["name"].split()
                    if any(s < end and start < e for s, e in taken) or _NOT_A_LAW.match(words[0]) or not _named(words):
                        continue
                    name = match["name"] if pattern is not _REFORM else f"Reform of the {match['name']}"
                    if pattern is _LEY:
                        cls = _spanish_class(match)
                    if cls == "LegalInstrument" and proposed(sentence, start, end):
                        cls = "LawInitiative"
                    if pattern in (_DECREE, _LEY):
                        name = max((n for n in in_cells if name.startswith(n)), key=len, default=name)
                    if pattern is _DECREE:
                        found.add(_decree(builder, name, source))
                    elif pattern is _LEY and match["bill"]:
                        found.add(_bill(builder, name, name[len(match["bill"]) :], source))
                    else:
                        found.add(_law(builder, name, cls, source))
                    taken.append((start, end))
            for mention in builder.mentions(sentence, "law"):
                if any(s <= mention.start and mention.end <= e for s, e in taken):
                    continue  # a shorter known name inside a longer one the patterns read
                # the spelling used becomes an alias ("Convention 190")
                kg.add_node(mention.node_id, kg.node(mention.node_id)["type"], mention.text, source)
                found.add(mention.node_id)
            if found:
                sponsors(builder, sentence, source)
            status = status_of(sentence)
            for node in found:
                kg.add_node(node, kg.node(node)["type"], kg.node(node)["name"], source)
                if status and len(found) == 1:
                    kg.add_claim(node, "status", status, source)
