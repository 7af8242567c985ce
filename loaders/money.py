"""Funding beyond the Fund: money other funders state in the text, with amount, currency, funder, recipient.

A sentence whose subject is a funder ("The government of Norway will invest $250,000 USD to
continue with the child grant ...", "<body> has financed a one-year program with special
focus on rural women") gives a ``funds`` edge (kind ``other``) from the funder to what it pays for:
a known actor, pilot or activity named after the verb, otherwise a new ``Activity`` named by the
words after the verb up to a comma or a relative clause (placed where the sentence says). The
amount and currency are kept when the sentence prints them ("contributed" only with an amount:
without one it is work, not money). An unknown funder written "the government of X" / "the Embassy
of X" becomes a ``Donor`` of that name; any other unknown subject leaves the sentence unread.

A new activity named "... for <people>" ("actions for women herders in Leribe") ``targets`` those
people (a ``TargetGroup`` named as written, without the place). A report that states one funder's
money twice, in two sections and two wordings ("will invest ... to continue with actions for women
herders in Leribe, focusing on ... rural women", later "has financed a one-year program with
special focus on rural women"), funds one activity: a funder's second new activity in a document is
its first when both sentences name the same people (at least two two-word phrases ending in a word
for people: "rural women", "agricultural workers") and no two different amounts; the second wording
becomes an alias.

>>> _amount("will invest \\\\$110,000 USD to continue")
(110000, 'USD')
>>> _amount("financed a one-year program") is None
True
"""

from __future__ import annotations

import re

from gapgraph.graph.ids import node_iri
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.text import parse_number, plain
from gapgraph.ontology.models import Source

_VERB = re.compile(
    r"^(?:\s*(?:will|has|have|had|also|already|recently)\b)*\s*(?P<verb>invest(?:ed|s)?|financ(?:ed|es|e)|fund(?:ed|s)?"
    r"|allocat(?:ed|es|e)|contribut(?:ed|es|e)|donat(?:ed|es|e))\b",
    re.I,
)
_ANY_VERB = re.compile(r"\b(?:invest|financ|fund|allocat|contribut|donat)", re.I)
_MONEY = re.compile(
    r"(?P<pre>USD|US\$|\$|EUR|€)?\s*(?P<number>\d[\d,.]*\d)\s*(?P<scale>million|thousand)?\s*(?P<post>USD|EUR|dollars|euros)?",
    re.I,
)
_FUNDER = re.compile(
    r"^\s*(?:[Tt]he\s+)?(?P<name>(?i:government|embassy|ministry|agency)\s+of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
)
_OBJECT = re.compile(
    r"^\s*(?:(?:USD|EUR|US\$|\$|€|£)?\s*\S*\d\S*\s*(?:million|billion)?\s*(?:USD|EUR|dollars|euros)?\s*)?"
    r"(?:(?:of|from)\s+its\s+(?:own\s+)?(?:\d{4}\s+)?(?:budget|resources|funds)\s+)?"
    r"(?:to\s+(?:continue\s+with\s+|the\s+(?:operation|implementation|functioning|running)\s+of\s+)?|in\s+)?"
    r"(?P<what>[^.;]+)"
)
"""What the money pays for, after its amount ("USD 95,000 of its own 2021 budget to the operation of
the care centres": the care centres)."""
_CLAUSE = re.compile(r",\s|\s(?:that|which|who|whose)\s", re.I)
"""Where the words naming what is paid for end: a comma or a relative clause."""
_PEOPLE = (
    r"(?:women|girls|men|boys|workers|children|youth|people|persons|migrants|laborers|labourers|farmers"
    r"|herders|fishers|producers|employers|households|families|communities)"
)
_FOR_PEOPLE = re.compile(
    rf"\bfor\s+(?:the\s+)?(?P<group>(?:[\w'’-]+\s+){{0,4}}?{_PEOPLE})\b(?=\s+(?:in|of|at)\s+[A-Z]|\s*$)", re.I
)
"""The people a new activity's name says it is for, up to a place or the end of the name."""
_PAIR = re.compile(rf"\b(?=([a-z][\w'’-]+\s+{_PEOPLE})\b)", re.I)
_CURRENCIES = {"$": "USD", "us$": "USD", "usd": "USD", "dollars": "USD", "eur": "EUR", "€": "EUR", "euros": "EUR"}


def _amount(text: str) -> tuple[int | float, str] | None:
    """The first amount of money a text prints, with its currency."""
    for match in _MONEY.finditer(plain(text)):
        currency = (match.group("pre") or match.group("post") or "").lower()
        if not currency:
            continue
        value = parse_number(match.group("number"))
        if value is None:
            continue
        if (match.group("scale") or "").lower() == "million":
            value *= 1_000_000
        elif (match.group("scale") or "").lower() == "thousand":
            value *= 1_000
        return value, _CURRENCIES[currency]
    return None


_CO_FUNDING = re.compile(r"['’]s\s+(?:in-kind\s+|parallel\s+)?co-?funding\s+of\s+", re.I)
"""A funder's co-funding stated in prose: "Irish Aid's co-funding of USD 152,000"."""


def co_funding(builder: Builder, sentence: str, source: Source) -> None:
    """A co-funder's amount stated in prose, as one more cited amount of its one co-funding edge
    (the budget table's): a different amount stands beside the table's (``gapgraph conflicts``)."""
    kg = builder.kg
    for match in _CO_FUNDING.finditer(sentence):
        money = _amount(sentence[match.end() : match.end() + 40])
        funder = next((m for m in builder.mentions(sentence[: match.start()]) if m.end == match.start()), None)
        if money is None or funder is None:
            continue
        edges = [
            v
            for u, v, _, data in kg.edges("funds")
            if u == funder.node_id and {c["value"] for c in data["attributes"].get("fundingKind", [])} == {"co-funding"}
        ]
        if len(edges) == 1:
            amount, currency = money
            qualifiers = {"fundingKind": "co-funding", "amount": amount, "currency": currency}
            kg.add_edge(funder.node_id, "funds", edges[0], source, qualifiers)


def read(builder: Builder, sentence: str, source: Source, programme: str | None = None) -> None:
    """A funder's money in one sentence, if its subject funds something."""
    sentence = plain(sentence)
    co_funding(builder, sentence, source)
    if not _ANY_VERB.search(sentence):
        return
    actors = builder.mentions(sentence)
    funder, end = None, 0
    if actors and sentence[: actors[0].start].strip(" ,").lower() not in ("", "the"):
        actors = []
    if actors:
        funder, end = actors[0].node_id, actors[0].end
    else:
        named = _FUNDER.match(sentence)
        if named is None:
            return
        verb = _VERB.match(sentence[named.end() :])
        if verb is None:
            return
        name = named.group("name")
        funder = builder.actor(name[:1].upper() + name[1:], source, new_type="Donor")
        end = named.end()
    verb = _VERB.match(sentence[end:])
    if verb is None or funder is None or funder == programme:
        return
    kg = builder.kg
    rest = sentence[end + verb.end() :]
    money = _amount(rest[:60])
    if money is None and verb.group("verb").lower().startswith("contribut"):
        return  # "the JP contributed to the development of ...": a contribution of work, not of money
    allowed = kg.schema.relations["funds"].range
    targets = [
        m.node_id
        for m in builder.mentions(rest, ("actor", "pilot", "activity"))
        if m.node_id != funder and kg.schema.fits(kg.node(m.node_id)["type"], allowed)
    ]
    if not targets:
        what = _OBJECT.match(rest)
        if what is None or len(what.group("what").split()) < 3:
            return
        name = " ".join(_CLAUSE.split(what.group("what"), maxsplit=1)[0].split()[:14]).strip(" ,")
        name = re.sub(r"^(?:an?|the)\s+", "", name, flags=re.I)  # "has financed a one-year program": the program
        name = name[:1].upper() + name[1:]
        target = _stated_before(builder, funder, sentence, source)
        if target is None:
            target = node_iri("Activity", kg.node(funder)["name"], name)
            kg.add_node(target, "Activity", name, source)
            builder.index(_FUNDED)[target] = sentence
            _for_people(builder, target, name, source)
        else:
            kg.add_node(target, "Activity", kg.node(target)["name"], source, aliases=[name])
        place = builder.mentions(rest, "place")
        if place:
            kg.add_edge(target, "locatedIn", place[0].node_id, source)
        targets = [target]
    qualifiers = {"fundingKind": "other"}
    if money is not None:
        qualifiers.update(amount=money[0], currency=money[1])
    if not kg.schema.fits(kg.node(funder)["type"], kg.schema.relations["funds"].domain):
        return
    for target in targets[:1]:
        kg.add_edge(funder, "funds", target, source, qualifiers)


_FUNDED = "money.funded-activities"
"""The builder's index of the activities this reader named, each with the sentence that funds it."""


def _people_pairs(sentence: str) -> set[str]:
    """The two-word phrases of a sentence ending in a word for people ("rural women")."""
    return {" ".join(m.group(1).lower().split()) for m in _PAIR.finditer(sentence)}


def _stated_before(builder: Builder, funder: str, sentence: str, source: Source) -> str | None:
    """The activity this reader already named for ``funder`` in this document whose funding sentence
    names the same people as ``sentence`` (one funding stated twice), if exactly one."""
    kg = builder.kg
    pairs = _people_pairs(sentence)
    found = [
        node
        for node, said in builder.index(_FUNDED).items()
        if kg.has_node(node)
        and funder in kg.into(node, "funds")
        and any(s.doc == source.doc for s in kg.node(node)["sources"])
        and len(pairs & _people_pairs(said)) >= 2
        and _same_money(sentence, said)
    ]
    return found[0] if len(found) == 1 else None


def _same_money(one: str, other: str) -> bool:
    """Whether two funding sentences may state one amount: one prints none, or both print the same."""
    first, second = _amount(one), _amount(other)
    return first is None or second is None or first == second


def _for_people(builder: Builder, activity: str, name: str, source: Source) -> None:
    """A new activity named "... for <people>" ``targets`` them."""
    match = _FOR_PEOPLE.search(name)
    if match is None:
        return
    group = " ".join(match.group("group").split())
    node = node_iri("TargetGroup", group)
    builder.kg.add_node(node, "TargetGroup", group, source)
    builder.kg.add_edge(activity, "targets", node, source)
