"""The loader of documents of a kind no other loader knows: it still adds what it can.

- acronym definitions — "Mexican Social Security Institute (IMSS)", "(IMSS for its acronym in
  Spanish)": the spelling and the acronym become aliases of the known body, or make a new node
  when the name is clearly an organisation's;
- mentions of known actors (any alias of the registry or of earlier documents): the actor cites
  the line;
- discovery from the text (:mod:`gapgraph.loaders.discovery`): bodies with a telling head, list
  items, laws with their statuses, pilots, strategies, mechanisms and products;
- co-mentions: two actors named in the same sentence are ``mentionedWith`` each other, a weak
  relation kept apart from the typed ones; never in a list (attendees, partners, members, donors:
  a sentence that says so, or names three bodies one after another), which says nothing of the
  two together.
"""

from __future__ import annotations

import itertools
import re

from gapgraph.loaders import discovery
from gapgraph.loaders.builder import Builder, Mention
from gapgraph.loaders.discovery import heads, organisations, programme, units
from gapgraph.loaders.discovery.lines import plain_lines
from gapgraph.loaders.document import Document
from gapgraph.loaders.sections import sentences
from gapgraph.loaders.text import parts

_DEFINITION = re.compile(
    r"(?P<name>(?:[A-Z][\w'’.&-]*|of|for|and|the|de|del|la|y|on|to|in)(?:\s+(?:[A-Z][\w'’.&-]*|of|for|and|the|de|"
    r"del|la|y|on|to|in)){1,14})\s*\((?P<acronym>[A-Z][A-Za-z&/]{1,12}(?:\s+[A-Z][a-z]+)?)"
    r"(?:\s+(?:for|by)\s+its\s+acronym\s+in\s+\w+)?\)"
)
_POST = re.compile(
    r"^(?:(?:Deputy|Vice|Acting|Principal|Permanent|Chief)\s+)?(?:Commissioner|Director(?:\s+General)?|Minister|"
    r"Chair(?:person|man|woman)?|President|Head|Coordinator|Representative|Governor|Mayor)\s+(?:of|for)\b"
)
"""A person's post named before a body's acronym: the post, not the body ("Secretary of ..." is left
out: English renders a "Secretaría", a ministry, so)."""
_ORGANISATION = re.compile(
    r"\b(?:Ministry|Secretar\w*|Institute|Instituto|Commission|Council|Union|Organi[sz]ation|Office|Agency|Fund|"
    r"Programme|Program|Network|Associations?|Cent(?:er|re)|Committee|Bank|Foundation|Coalition|Chamber|Federation|"
    r"Confederation|University|College|Department|Authority|Sindicato|Secretaría)\b"
)
_PROGRAMME = re.compile(r"\bJoint\s+Program(?:me)?s?\b|^(?:the\s+)?Program(?:me)?\b", re.I)
"""A programme is no organisation ("Joint Programme (JP)")."""
_CLASSES = (
    (re.compile(r"United Nations|\bUN\b"), "UNAgency"),
    (re.compile(r"\bUnion\b|Sindicato", re.I), "TradeUnion"),
    (re.compile(r"University|College", re.I), "AcademicInstitution"),
    (re.compile(r"Bank\b", re.I), "InternationalOrganization"),
    (re.compile(r"Network|Association|Coalition|Foundation", re.I), "CivilSocietyOrganization"),
)
_LEADING = re.compile(r"^(?:(?:the|of|for|and|to|in|on|de|del|la|y)\s+)+", re.I)


def organisation_class(name: str) -> str:
    """The class a new organisation's name suggests (Actor when it suggests none)."""
    return next((cls for pattern, cls in _CLASSES if pattern.search(name)), "Actor")


def definitions(builder: Builder, doc: Document) -> None:
    """Acronyms defined in brackets after a name ("Ministry of Labour (MoL)"), each read within its
    table cell ("Academia<TAB>Royal University of Phnom Penh (RUPP)" defines no "Academia Royal ...")."""
    for number, raw in enumerate(doc.lines, start=1):
        for match in (m for cell in parts(raw) for m in _DEFINITION.finditer(cell)):
            name = organisations.split_name(_LEADING.sub("", match.group("name")).strip(" .,"))[-1]
            acronym = match.group("acronym").strip()
            if _POST.match(name):
                continue  # "the Commissioner for Disaster Management Affairs (DoDMA)": a post, not the body's name
            if len(name.split()) < 2 or _is_place(builder, name):
                continue  # "Mexico City (STYFE)": a place's body, not the place's name
            first, _, rest = name.partition(" and ")
            if rest and builder.resolve(first) is not None and builder.resolve(name) is None:
                name = rest  # "the Joint SDG Fund and Multi-Partner Trust Funds (MPTFs)": the acronym is the second's
                if re.search(r"s$", name.split()[-1]) and builder.resolve(acronym) is None:
                    continue  # a plural head names several bodies, not one
            source = builder.source(doc.id, number)
            if units.bracketed_unit(match.group()[len(match.group("name")) :]):
                acronym = ""  # "Ministry of Planning (IDPoor Department)": a unit of it, not its acronym
            by_acronym, by_name = builder.resolve(acronym) if acronym else None, builder.resolve(name)
            if by_acronym and by_name and by_acronym != by_name:
                continue  # "Secretary of Welfare (SEBIEN Oaxaca)": a place's namesake, the loaders' to place
            known = by_acronym or by_name
            if by_name is None and known is not None and _other_kind(builder, known, name):
                continue  # "validated by the Ministry of Finance (UNDP)": the bracket says whose work, not a name
            if known is not None and builder.kg.is_a(known, "Actor"):
                told = heads.classify(name)  # "NSSF" an untyped actor, "National Social Security Fund (NSSF)" a body
                builder.actor(name, source, new_type=told[0] if told else None, aliases=(acronym,) if acronym else ())
            elif known is None and _ORGANISATION.search(name) and not _PROGRAMME.search(name):
                node = organisations.discover(builder, name, source, default=organisation_class(name))
                if node is not None and acronym and builder.resolve(acronym) is None:
                    builder.actor(name, source, aliases=(acronym,))


def _other_kind(builder: Builder, known: str, name: str) -> bool:
    """Whether ``name``'s head says it is a body of another class than ``known`` (a ministry is no UN
    agency), so that a bracketed acronym after it cannot be its acronym.

    >>> b = Builder()
    >>> undp = b.kg.add_node("id/undp", "UNAgency", "United Nations Development Programme", b.source("r", 1))
    >>> _other_kind(b, undp, "Ministry of Economy and Finance"), _other_kind(b, undp, "Development Programme")
    (True, False)
    """
    told = heads.classify(name)
    if told is None:
        return False
    cls = builder.kg.node(known)["type"]
    return not (builder.kg.schema.is_a(told[0], cls) or builder.kg.schema.is_a(cls, told[0]))


def _is_place(builder: Builder, name: str) -> bool:
    """Whether ``name`` is wholly a known place's name ("Mexico City", "State of México")."""
    return any(m.start == 0 and m.end == len(name) for m in builder.find_names(name, "place"))


def mentions(builder: Builder, doc: Document) -> None:
    kg = builder.kg
    for number, line in enumerate(plain_lines(doc), start=1):
        if not line:
            continue
        source = builder.source(doc.id, number)
        for sentence in sentences(line):
            found = {m.node_id: m for m in builder.mentions(sentence)}
            for node_id, mention in found.items():
                kg.add_node(node_id, kg.node(node_id)["type"], mention.text, source)
            if is_list(sentence, list(found.values())):
                continue
            for a, b in itertools.combinations(sorted(found), 2):
                kg.add_edge(a, "mentionedWith", b, source)


_LIST_CUE = re.compile(
    r"\b(?:attend\w*|participants?|participat\w+|partners|members|donors|signator\w+|co-?chairs?|"
    r"representatives of|such as|including|among them|composed of|integrated by)\b",
    re.I,
)


def is_list(sentence: str, found: list[Mention]) -> bool:
    """A sentence that lists bodies: a list cue, or three names separated only by commas and 'and'."""
    if len(found) < 2:
        return False
    if _LIST_CUE.search(sentence):
        return True
    ordered = sorted(found, key=lambda m: m.start)
    run = 1
    for first, second in itertools.pairwise(ordered):
        between = sentence[first.end : second.start]
        run = run + 1 if re.fullmatch(r"\s*(?:\([^()]*\))?\s*(?:,|;|,?\s*and)\s*(?:the\s+)?", between) else 1
        if run >= 3:
            return True
    return False


def reading(builder: Builder, doc: Document) -> None:
    """What every document gets, whatever its loader: acronym definitions and discovery from the text
    (:mod:`gapgraph.loaders.discovery`)."""
    definitions(builder, doc)
    discovery.load(builder, doc)


def load(builder: Builder, doc: Document) -> None:
    """Load any text: acronym definitions, discovered bodies and things, mentions of known actors, and
    co-mentions."""
    reading(builder, doc)
    programme.discover(builder, doc)
    mentions(builder, doc)
