"""A unit of a body, as the text writes it: "the Commission on Budget of the National Assembly",
"UNICEF's Innocenti Research Centre", "the Directorate of Statistics of the Ministry of Finance".

A body whose name starts with a word for a unit (committee, commission, office, centre,
directorate, department, division, delegation, secretariat, unit, bureau; "Under-", "Sub-") is
``partOf`` the organisation the same words attach it to:

- "A of (the) B", both known ("the Executive Secretariat of the National Council");
- "B and its A" ("the National Council (NC) and its General Secretariat (GS-NC)"), B known: A, if
  unknown, is named "General Secretariat of the National Council", with its acronym;
- "B (A)" where B is known: the bracket names B's unit, not its acronym ("Ministry of Planning
  (IDPoor Department)");
- "B's A", both known ("the ILO's International Training Centre");
- a known unit written, or known, by such a name: its "B" part names another known body
  ("UNICEF's Innocenti Research Centre", "Commission on Budget of the National Assembly" when the
  registry knows the commission by that whole name);
- "A of (the) B" or "B's A" where only B is known and A is a capitalised name with such a head
  ("Resolution of the Commission on Constitutional Points of the Chamber of Deputies", "the Senate's
  Commission on Equality", named "Commission on Equality of the Senate"): A becomes a body of B's
  kind (a legislature's commission is part of the legislature, a ministry's office a public
  body), known where B is.

A place is never the whole (a body "of the State of X" lies there, :mod:`.placed` and the
builder say so), nor a person, nor the unit itself. Each edge cites the line that names both.
"""

from __future__ import annotations

import itertools
import re

from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.mentions import Mention
from gapgraph.loaders.text import plain

_UNIT = (
    r"(?:(?:Under|Sub|Vice)[\s-]?)?(?:Secretariat|Office|Cent(?:re|er)|Commission|Committee|Directorate|"
    r"Department|Division|Delegation|Unit|Bureau)"
)
_HEAD = re.compile(r"^(?P<head>.+?)(?=\s+(?:of|on|for|in|to)\s|$)")
_UNIT_WORD = re.compile(rf"\b{_UNIT}$", re.I)
_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_POSSESSIVE = re.compile(r"['’]s\s+")
_NEW_UNIT = re.compile(
    rf"\b(?P<unit>{_UNIT}\s+(?:on|of|for)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:and\s+|for\s+|on\s+)?[A-Z][\w'-]*){{0,5}})"
    r"\s+of\s+(?:the\s+)?$"
)
"""A capitalised unit name just before "of (the)": "Commission on Constitutional Points of the "."""
_OWNED_UNIT = re.compile(
    rf"^['’]s\s+(?P<unit>{_UNIT}\s+(?:on|of|for)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:and\s+|for\s+|on\s+)?[A-Z][\w'-]*){{0,5}})"
)
"""A capitalised unit name just after a body's possessive: "'s Commission on Equality"."""
_BRACKETED_UNIT = re.compile(rf"^\s*\((?P<unit>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+{_UNIT})\)")
"""A unit in brackets after its body: "Ministry of Planning (IDPoor Department)"."""
_AND_ITS = re.compile(r"(?:\s*\([^()]{1,15}\))?\s+and\s+its\s+")
"""A body and one of its units: "the Council (NSPC) and its General Secretariat"."""
_ITS_UNIT = re.compile(
    rf"^(?:\s*\([^()]{{1,15}}\))?\s+and\s+its\s+(?P<unit>(?:[A-Z][\w'’-]*\s+)*{_UNIT}"
    rf"(?:\s+(?:on|of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){{0,4}})?)"
    r"(?:\s*\((?P<short>[A-Z][\w-]{1,14})\))?"
)
"""A body's unit named after "and its": "Council (NC) and its General Secretariat (GS-NC)"."""
_WHOLE_CLASSES = ("GovernmentBody", "Legislature", "UNAgency", "InternationalOrganization")


def bracketed_unit(text: str) -> str | None:
    """The unit a bracket opening ``text`` names, if it names one rather than an acronym.

    >>> bracketed_unit(" (IDPoor Department); Ministry of ..."), bracketed_unit(" (MoP)")
    ('IDPoor Department', None)
    """
    match = _BRACKETED_UNIT.match(text)
    return match.group("unit") if match else None


def _headed(name: str) -> bool:
    """Whether a name's head (its words before "of", "on", "for") ends with a word for a unit.

    >>> _headed("International Training Centre"), _headed("Commission on Budget"), _headed("Ministry of Finance")
    (True, True, False)
    """
    head = _HEAD.match(name.strip())
    return bool(head and _UNIT_WORD.search(head.group("head")))


def _whole(builder: Builder, node: str) -> bool:
    return any(builder.kg.is_a(node, c) for c in _WHOLE_CLASSES)


def _unit(builder: Builder, mention: Mention) -> bool:
    kg = builder.kg
    names = (mention.text, kg.node(mention.node_id)["name"])
    return (
        kg.is_a(mention.node_id, "Actor") and not kg.is_a(mention.node_id, "Person") and any(_headed(n) for n in names)
    )


_OWNER = re.compile(r"^(?:the\s+)?(?P<whole>.+?)['’]s\s+(?P<unit>.+)$")


def owner_within(builder: Builder, mention: Mention) -> str | None:
    """The known body a unit's written name attaches it to: "B's A" or "A of (the) B"."""
    text = re.sub(r"['’]s?$", "", mention.text.strip(" .,;"))
    owner = _OWNER.match(text)
    candidates = [owner.group("whole")] if owner and _headed(owner.group("unit")) else []
    if _headed(text):
        candidates += [text[m.end() :] for m in _OF.finditer(text)]
    for candidate in candidates:
        node = builder.resolve(candidate)
        if node is not None and node != mention.node_id and _whole(builder, node):
            return node
    return None


def pairs(builder: Builder, text: str) -> list[tuple[str, str]]:
    """The (unit, whole) pairs of known bodies ``text`` writes "A of the B" or "B's A"."""
    mentions = builder.mentions(text)
    found = []
    for mention in mentions:
        whole = owner_within(builder, mention) if builder.kg.is_a(mention.node_id, "Actor") else None
        if whole is not None:
            found.append((mention.node_id, whole))
    for first, second in itertools.pairwise(mentions):
        between = text[first.end : second.start]
        if first.node_id == second.node_id:
            continue
        if _OF.fullmatch(between) and _unit(builder, first) and _whole(builder, second.node_id):
            found.append((first.node_id, second.node_id))
        elif (_AND_ITS.fullmatch(between) or _POSSESSIVE.fullmatch(between)) and (
            _unit(builder, second) and _whole(builder, first.node_id)
        ):
            found.append((second.node_id, first.node_id))
    return found


def new_units(builder: Builder, text: str, source) -> list[tuple[str, str]]:
    """The (unit, whole) pairs where only the whole is known: the unit is added, of the whole's kind."""
    found = []
    for mention in builder.mentions(text):
        if not builder.kg.is_a(mention.node_id, "GovernmentBody", "Legislature"):
            continue
        cls = builder.kg.node(mention.node_id)["type"]
        owned = _OWNED_UNIT.match(text[mention.end :])
        bracketed = bracketed_unit(text[mention.end :])
        its = _ITS_UNIT.match(text[mention.end :])
        if bracketed is not None:  # "Ministry of Planning (IDPoor Department)"
            node = builder.actor(bracketed, source, new_type=cls)
        elif its is not None:  # "the Council (NC) and its General Secretariat (GS-NC)"
            short = its.group("short")
            known = builder.resolve(its.group("unit")) or (builder.resolve(short) if short else None)
            if known is not None:
                continue  # both known: :func:`pairs` relates them
            name = f"{its.group('unit')} of the {builder.kg.node(mention.node_id)['name']}"
            node = builder.actor(name, source, new_type=cls, aliases=(short,) if short else ())
        elif owned is not None:  # "the Senate's Commission on Equality": named after its whole, as written too
            written = f"{mention.text}'s {owned.group('unit')}"
            if builder.resolve(written) is not None:
                continue
            name = f"{owned.group('unit')} of the {builder.kg.node(mention.node_id)['name']}"
            node = builder.actor(name, source, new_type=cls, aliases=(written,))
        else:
            match = _NEW_UNIT.search(text[: mention.start])
            if match is None or builder.resolve(match.group("unit")) is not None:
                continue
            node = builder.actor(match.group("unit"), source, new_type=cls)
        if node is not None and node != mention.node_id:
            level = builder.kg.value(mention.node_id, "level")
            if level and not builder.kg.claims(node, "level"):
                builder.kg.add_claim(node, "level", level, source)
            found.append((node, mention.node_id))
    return found


def load(builder: Builder, doc: Document) -> None:
    """Relate each unit ``doc`` names to the body it belongs to."""
    kg = builder.kg
    for number, raw in enumerate(doc.lines, start=1):
        line = plain(raw)
        if not re.search(_UNIT, line, re.I):
            continue
        source = builder.source(doc.id, number)
        for part, whole in [*new_units(builder, line, source), *pairs(builder, line)]:
            if part != whole and part not in kg.out(whole, "partOf"):
                kg.add_edge(part, "partOf", whole, source)
