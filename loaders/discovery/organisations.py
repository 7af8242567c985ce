"""Organisations a text names that no registry knows: by a telling head, and as list items.

- names with a telling head in prose ("the Ministry of Social Development", "the National Union of
  Care Workers", "the Embassy of Japan in Paraguay"), typed by the head (:mod:`.heads`); a name
  ending "of <place>" for a known place is located there, any other national body in its
  document's country;
- the items of partnership, attendee, donor and signatory lists ("Partners: A, B and C", "attended
  by: ...", "signed by ...", "Donors: ..."), one organisation per item (typed by its head, or an
  ``Actor`` when its name tells nothing).

>>> [c for c in candidates("Talks with the Ministry of Health and the National Union of Nurses (NUN) began.")]
['Ministry of Health', 'National Union of Nurses']
"""

from __future__ import annotations

import re

from gapgraph.loaders.builder import Builder
from gapgraph.loaders.discovery.heads import classify
from gapgraph.loaders.discovery.lines import plain_lines
from gapgraph.loaders.document import Document
from gapgraph.loaders.sections import split_list

_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
_WORD = rf"(?:(?!{_MONTHS})[A-ZÁÉÍÓÚÑ][\w'’&-]*|\d{{4}}(?=\s+[A-Z]))"
_LINK = r"of|for|and|the|on|de|del|la|las|los|y|in|to"
_NAME = re.compile(rf"{_WORD}(?:\s+(?:{_WORD}|(?:{_LINK})(?=(?:\s+(?:{_LINK}))*\s+(?!{_MONTHS})[A-ZÁÉÍÓÚÑ\d])))*")
_TRIM = re.compile(rf"^(?:(?:The|A|An|Our|Its|Their|With|And|By|For|In|At|From|To)\s+)+|(?:\s+(?:{_LINK}))+$")
_LIST = re.compile(
    r"^\s*(?:[-•*]\s*)?(?:(?:main|key|other|implementing|strategic)\s+)?(?:partners?|partner organi[sz]ations|"
    r"attendees?|participants?|donors?|signatories|members?|co-?chairs?)\s*(?:were|are|include[ds]?|included)?\s*:"
    r"\s*(?P<items>.+)$",
    re.I,
)
_CHAMBER = re.compile(r"Senate|Congress|Parliament")
"""One-word names of a country's legislature ("the Senate")."""
_NOT_A_NAME = re.compile(
    r"^(?:Annex|Table|Figure|Output|Outcome|Indicator|Target|SDG|Section|Chapter)\b|"
    r"^(?:\w+\s+){0,2}(?:Ministries|Secretariats|Secretaries|Embassies|Governments|Universities|Municipalities)\b|"
    r"^(?:(?:Under|Deputy|Permanent)[\s-]?)?Secretary of State$"
)
"""Not a body's name: a document's parts, plural heads, which name several bodies at once, and a
person's rank ("H.E. Chhim Sothearoth, Secretary of State, Ministry of Labour")."""


_INDEFINITE = re.compile(r"\b(?:a|an|any|another|each|every|some)\s+$", re.I)
"""Before a head, a word that makes the name generic ("most likely a Secretariat of State")."""
_RUN_ON = re.compile(r"(?<=[A-Za-z0-9])(?<!\bof)(?<!\bfor)(?<!\band)(?<!\bon)(?<!\bin)(?<!\bto)\s+the\s+(?=[A-Z])")
""""the" after a name's word that is no link ("... of the 2030 Agenda the Secretary of Economy"): two names."""
_LEADING_ACRONYM = re.compile(r"^[A-Z]{2,}\s+(?:to|for|of|in|on|with)\s+(?:the\s+)?(?=[A-Z])")
"""An acronym and a link before a name ("JP to the Global Alliance for Care"): no part of it."""
_PERSON_TITLE = re.compile(r"^(?:the\s+)?(?:Minister|Governor|Mayor|President|Director|Ambassador|Senator)\b")
"""A person's office ("the Minister of Finance and the Senate"): not a body's name."""


def candidates(sentence: str) -> list[str]:
    """Names with a telling head in a sentence, split at "and" where each side is a name of its own;
    not after an indefinite article ("a Secretariat of State" names no one body)."""
    found = []
    for match in _NAME.finditer(sentence):
        if _INDEFINITE.search(sentence[: match.start()]) and not re.match(r"(?:The|A|An)\b", match.group()):
            continue
        for part in _parts(match.group()):
            name = re.sub(rf"^(?:(?:{_LINK})\s+)+", "", part)
            name = re.sub(r"['’]s$", "", name)  # "the Ministerio del Trabajo's training unit"
            if (len(name.split()) >= 2 or _CHAMBER.fullmatch(name)) and classify(name) and not _NOT_A_NAME.match(name):
                found.append(name)
    return found


def _parts(run: str) -> list[str]:
    """The names a run of capitalised words holds: split at a run-on "the" and at "and" (see
    :func:`_split`), without a leading acronym and link, and without a person's office."""
    parts = []
    for piece in _RUN_ON.split(_TRIM.sub("", run).strip(" ,.")):
        piece = _LEADING_ACRONYM.sub("", piece.strip(" ,."))
        for part in _split(piece):
            pieces = re.split(r"\s+and\s+(?:the\s+)?", part)
            if len(pieces) > 1 and any(_PERSON_TITLE.match(p) for p in pieces):
                parts += [p for p in pieces if not _PERSON_TITLE.match(p)]
            else:
                parts.append(part)
    return parts


_MINISTRY = re.compile(r"^(?:Ministry|Secretary|Secretariat|Secretaría|Ministerio|Government)\s+of\b")


def split_name(name: str) -> list[str]:
    """A run of words naming several bodies, one name each ("Ministry of Health and the Union of X");
    words before a telling head that are no part of the name are left out ("According to the
    National Institute of Statistics" is the National Institute of Statistics)."""
    return [_told_tail(n) for n in _split(_TRIM.sub("", name).strip(" ,."))]


def _told_tail(name: str) -> str:
    """``name``, or its tail after a sentence's opening words ("According to the | National ...":
    a first word, then lower-case words only) that a head types when the whole does not."""
    if classify(name):
        return name
    for match in re.finditer(r"(?<=\s)[A-ZÁÉÍÓÚÑ]", name):
        tail, before = name[match.start() :], name[: match.start()].split()
        if all(w.islower() for w in before[1:]) and before[-1].islower() and len(tail.split()) >= 2 and classify(tail):
            return tail
    return name


_NOT_A_BODY = re.compile(r"\b(?:Laws?|Convention|Code|Reform|Strategy|Policy|Plan|Initiative|Decree|Act|Agenda)\b")


def _split(name: str) -> list[str]:
    pieces = re.split(r"\s+and\s+(?:the\s+)?", name)
    acronym = r"(?=(?:\w*[A-Z]){2})[A-Z][A-Za-z&]{1,9}"
    if len(pieces) > 1 and re.fullmatch(acronym, pieces[-1]):
        # "the Senate and SCHP": an acronym is no name's end
        return _split(" and ".join(pieces[:-1]))
    if len(pieces) > 1 and re.fullmatch(acronym, pieces[0]):  # "UNS and the Ministry of ...": nor its start
        return _split(" and ".join(pieces[1:]))
    for i in range(1, len(pieces)):  # "Chamber of Deputies and the General Law of ...": the body only
        left, right = " and ".join(pieces[:i]), " and ".join(pieces[i:])
        if classify(left) and not classify(right) and _NOT_A_BODY.search(right):
            return [left]
    for match in reversed(
        list(re.finditer(r"\s+of\s+the\s+", name))
    ):  # "Executive Secretariat ... of the Ministry of X"
        left, right = name[: match.start()], name[match.end() :]
        if _MINISTRY.match(right) and classify(left):
            return [left, right]
    parts = re.split(r"\s+and\s+(?:the\s+)?", name)
    if len(parts) > 1 and all(classify(p) for p in parts):
        return parts
    for i in reversed(range(1, len(parts))):  # "Ministry of Labour and Social Welfare and the Union of ..." -> two
        left, right = " and ".join(parts[:i]), " and ".join(parts[i:])
        if classify(right) and classify(left) and re.match(r"^(?:the\s+)?[A-Z]", right):
            return [left, right]
    return [name]


def _place_of(builder: Builder, name: str) -> str | None:
    """A known sub-national place a name ends with ("... of Oaxaca"), or None."""
    match = re.search(r"\b(?:of|in)\s+(?P<place>[A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w'’-]*){0,3})$", name)
    if match is None:
        return None
    place = builder.place(match["place"])
    if place is None or place in builder.country_codes.values():
        return None
    return place


def reordered(builder: Builder, name: str, cls: str, source, scope: str | None = None) -> str | None:
    """The one known actor named here by the same words in another order ("Social Security Mexican
    Institute" for the "Mexican Institute for Social Security"), if its class agrees with ``cls``:
    it takes the spelling as an alias (and ``cls`` if that is more precise). None otherwise."""
    kg = builder.kg
    for place in builder.scopes(scope):
        found = {n for n in builder.resolver.reordered(name, place) if "/id/actor/" in n}
        if len(found) > 1:
            return None
        if found:
            node = builder.ensure(found.pop())
            old = kg.node(node)["type"]
            if not (kg.schema.is_a(cls, old) or kg.schema.is_a(old, cls)):
                return None
            kg.add_node(node, cls if kg.schema.is_a(cls, old) else old, name, source)
            builder.register(node, name, builder.national_scope(kg.node(node)["type"], scope))
            return node
    return None


_IN_COUNTRY = re.compile(r"^(?P<name>.+?)\s+(?:in|of)\s+(?P<place>[A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w'’-]*){0,3})$")
_NATIONAL = re.compile(
    r"^(?:the\s+)?(?:National|Federal)\s+(?P<name>(?:Ministry|Secretariat|Secretary)\s+(?:of|for)\b.+)$"
)


def _known_within(builder: Builder, name: str) -> str | None:
    """A known national body's name inside ``name``: "Office of the 2030 Agenda in Lesotho" (the
    document's country added) or "National Ministry of Finance" (a ministry is national) is the
    known "Office of the 2030 Agenda", "Ministry of Finance"; None otherwise."""
    country = builder.place(builder.country) if builder.country else None
    placed = _IN_COUNTRY.match(name)
    if placed and country is not None and builder.place(placed["place"]) == country:
        known = builder.resolve(placed["name"])
        if known is not None and builder.kg.has_node(builder.ensure(known)) and builder.kg.is_a(known, "Actor"):
            return placed["name"]
    national = _NATIONAL.match(name)
    if national:
        known = builder.resolve(national["name"])
        if (
            known is not None
            and builder.kg.has_node(builder.ensure(known))
            and builder.kg.is_a(known, "GovernmentBody")
        ):
            federal = builder.kg.value(known, "level") in (None, "federal")
            return national["name"] if federal else None
    return None


def discover(builder: Builder, name: str, source, default: str | None = None, national: bool = True) -> str | None:
    """The organisation ``name`` names: known, or new typed by its head (``default`` if it tells nothing);
    a new body placed nowhere lies in the document's country unless ``national`` is False (the text
    makes it a United Nations body: "United Nations, Department of ...")."""
    told = classify(name)
    if told is None and default is None:
        return builder.actor(name, source)
    cls = told[0] if told else default
    assert cls is not None
    shorter = _known_within(builder, name)
    if shorter is not None:
        return builder.actor(shorter, source)
    place = _place_of(builder, name)
    scope = place.rsplit("/", 1)[-1] if place else None
    known = builder.actor(name, source, scope=scope)
    if known is not None or builder.known_here(name):
        return known  # a name some place of the country knows stays a mention, not a new body
    node = reordered(builder, name, cls, source, scope) or builder.actor(name, source, scope=scope, new_type=cls)
    if node is not None and place is not None:
        builder.kg.add_edge(node, "locatedIn", place, source)
    if node is not None and cls == "GovernmentBody" and not builder.kg.claims(node, "level"):
        builder.kg.add_claim(node, "level", (told[1] if told else None) or "federal", source)
    if node is not None and place is None and builder.country is not None and national:
        national, country = node, builder.country
        builder.at_finish(lambda: _in_country(builder, national, country, source))
    return node


_SUBORDINATE = re.compile(
    r"^(?:the\s+)?(?:(?:Under|Sub|Vice|Deputy)[\s-]?\w+|(?:General\s+)?(?:Directorate|Unit|Division))\b", re.I
)


_OF_A_PLACE = re.compile(
    r"\b(?:Government|State|City|Municipality|Province|County|District|Region|Governorate|Prefecture)\s+of\s+(?:the\s+)?"
    r"(?P<place>[A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+(?:(?:de|del|la|los|las|do|da|di)\s+)?[A-ZÁÉÍÓÚÑ][\w'’-]*){0,3})"
)
"""A body of a named place: "Government of Santiago de Chile", "State of Chihuahua Congress"."""
_NATION = re.compile(r"^(?:Republic|Union|Federation|Nation|Country)\b")
"""Words that name the country itself after "Government of the ..."."""
_UNITED_NATIONS = re.compile(r"\bUnited Nations\b|\bUN\b")


def _named_place(builder: Builder, name: str) -> tuple[bool, str | None]:
    """Whether ``name`` is a body of a place it names ("Government of X", "State of X Congress"),
    and that place's node when it is known (the longest run of the words after "of" a place is
    called; None when no known place is called so: a place of another country, say)."""
    match = _OF_A_PLACE.search(name)
    if match is None or _NATION.match(match["place"]):
        return False, None
    words = match["place"].split()
    for end in range(len(words), 0, -1):
        place = builder.place(" ".join(words[:end]))
        if place is not None:
            return True, place
    return True, None


def _in_country(builder: Builder, node: str, country: str, source) -> None:
    """A national public body (a federal government body, a legislature) the text placed nowhere
    lies in its document's country; a body of a place its name names lies in that place when it is
    a known place of the country ("District of Mafeteng Congress"), and nowhere the graph knows when
    it is not ("Government of Ciudad del Este" in a report on Lesotho); a United Nations body is
    no country's."""
    kg = builder.kg
    if not (kg.is_a(node, "GovernmentBody") or kg.is_a(node, "Legislature")) or kg.out(node, "locatedIn"):
        return
    name = kg.node(node)["name"]
    if kg.out(node, "partOf") or _SUBORDINATE.match(name) or _UNITED_NATIONS.search(name):
        return  # a unit of another body ("Undersecretariat for ... of the Ministry of ...") lies where it does
    abroad = builder.demonym_country(name)
    if abroad is not None:
        kg.add_edge(node, "locatedIn", abroad, source)  # "Spanish Agency for ... Cooperation": Spain's
        return
    home = builder.place(country)
    of_place, place = _named_place(builder, name)
    if of_place:
        inside = place is not None and place != home and country in builder.within(place.rsplit("/", 1)[-1])
        if inside:
            kg.add_edge(node, "locatedIn", place, source)
        if place != home:
            return
    if {c["value"] for c in kg.claims(node, "level")} - {"federal"}:
        return
    if home is not None and home != node:
        kg.add_edge(node, "locatedIn", home, source)


_UN_BEFORE = re.compile(r"\b(?:United Nations|UN)(?:\s*,|[’']s)?\s+(?:the\s+)?$")
_UN_AFTER = re.compile(r"^\s*(?:of|at)\s+the\s+(?:United Nations|UN)\b")


def _of_the_un(line: str, start: int, end: int) -> bool:
    """Whether the text makes the name at ``line[start:end]`` a United Nations body ("United
    Nations, Department of Economic and Social Affairs", "the Office ... of the United Nations")."""
    return bool(_UN_BEFORE.search(line[:start]) or _UN_AFTER.match(line[end:]))


def load(builder: Builder, doc: Document) -> None:
    """Discover the organisations every line of ``doc`` names."""
    for number, (raw, line) in enumerate(zip(doc.lines, plain_lines(doc), strict=True), start=1):
        if not line or "\t" in raw:
            continue
        source = builder.source(doc.id, number)
        listed = _LIST.search(line)
        if listed:
            for item in split_list(listed.group("items")):
                name = re.sub(r"\s*\([^()]*\)\s*", " ", item).strip(" .;")
                acronym = re.search(r"\(([A-Z][A-Za-z&-]{1,12})\)", item)
                if 2 <= len(name.split()) <= 12 and name[:1].isupper() and not _NOT_A_NAME.match(name):
                    node = discover(builder, name, source, default="Actor")
                    if node is not None and acronym and builder.resolve(acronym.group(1)) is None:
                        builder.kg.add_node(node, builder.kg.node(node)["type"], acronym.group(1), source)
                        builder.register(node, acronym.group(1), builder.national_scope(builder.kg.node(node)["type"]))
        known = [(m.start, m.end) for m in builder.mentions(line)]
        for name in candidates(line):
            at = line.find(name)
            if any(start <= at and at + len(name) < end for start, end in known):
                continue  # a head inside a longer known name ("Undersecretariat for ... of the Ministry of ...")
            discover(builder, name, source, national=not _of_the_un(line, at, at + len(name)))
