"""Funding beyond the Fund: money other funders state in the text, with amount, currency, funder, recipient.

A sentence whose subject is a funder ("The government of Norway will invest $250,000 USD to
continue with the child grant ...", "<body> has financed a one-year program with special
focus on rural women") gives a ``funds`` edge (kind ``other``) from the funder to what it pays for:
a known actor, pilot or activity named after the verb, otherwise a new ``Activity`` named by the
words after the verb up to a comma or a relative clause (placed where the sentence says). The
amount and currency are kept when the sentence prints them ("contributed" only with an amount:
without one it is work, not money). An unknown funder written "the government of X" / "the Embassy
of X" becomes a ``Donor`` of that name; any other unknown subject leaves the sentence unread.

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
    r"^\s*(?:\S*\d\S*\s*(?:USD|EUR|dollars|euros)?\s*)?(?:to\s+(?:continue\s+with\s+)?|in\s+)?(?P<what>[^.;]+)"
)
_CLAUSE = re.compile(r",\s|\s(?:that|which|who|whose)\s", re.I)
"""Where the words naming what is paid for end: a comma or a relative clause."""
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


def read(builder: Builder, sentence: str, source: Source, programme: str | None = None) -> None:
    """A funder's money in one sentence, if its subject funds something."""
    sentence = plain(sentence)
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
        target = node_iri("Activity", kg.node(funder)["name"], name)
        kg.add_node(target, "Activity", name[:1].upper() + name[1:], source)
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
