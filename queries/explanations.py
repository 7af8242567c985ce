"""A result its own explanation does not add up to: "382" people trained, explained as "the 12
participants ..., 125 domestic workers ..., 245 participants ... 54 people ... were trained" (436);
"5" knowledge products, explained as "Includes the diagnostics ... of Chiapas, Mexico City, State of
Mexico. And the study of results ..." (four items, low).

The explanation's counts of the kind the indicator counts (people, or institutions) are summed when
it gives two or more; a sum other than the result is listed (medium), each value citing the row.
A breakdown that gives the total itself ("382 people, of which 200 women") is not summed: a count
after "of which", "including" or "among them" is a part of another.

>>> counts("Members of nine institutions and three representatives attended.", PEOPLE)
[3]
>>> counts("the 12 participants, 125 domestic workers (of which 90 women) and 54 people", PEOPLE)
[12, 125, 54]
>>> counts("86 labour inspectors, 45 MIES technical staff and 38 municipal officials were trained", PEOPLE)
[86, 45, 38]
"""

from __future__ import annotations

import re

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.queries.conflict import Conflict, sources_of

PEOPLE = [
    "people",
    "persons",
    "participants",
    "attendees",
    "workers",
    "women",
    "men",
    "girls",
    "boys",
    "youth",
    "members",
    "representatives",
    "officials",
    "employers",
    "students",
    "beneficiaries",
    "inspectors",
    "promoters",
    "leaders",
    "servants",
    "caregivers",
    "staff",
    "personnel",
    "officers",
    "volunteers",
    "teachers",
    "agents",
]
BODIES = ["institutions", "organizations", "organisations", "entities", "agencies", "bodies"]
_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_NUMBER = re.compile(rf"\b(?P<n>\d[\d,]*|{'|'.join(_NUMBERS)})\s+", re.I)
_ATTENDED = re.compile(r"(?:[\w-]+\s+){1,3}(?:attended|participated|took part|were trained|received)\b", re.I)
"""People counted by what they did ("200 shearers attended") where the noun is not among :data:`PEOPLE`."""
_PART = re.compile(r"(?:of which|of whom|including|among them|among which)\s*(?:around|about)?\s*$", re.I)


def counts(text: str, nouns: list[str]) -> list[int]:
    """The counts of ``nouns`` a text gives (a noun among the three words after a number, or, for
    people, words saying they attended or were trained), parts of another count left out."""
    found = []
    for match in _NUMBER.finditer(text):
        following = re.findall(r"[A-Za-z]+", text[match.end() : match.end() + 60])[:3]
        named = any(w.lower() in nouns for w in following)
        attending = nouns is PEOPLE and _ATTENDED.match(text[match.end() :]) is not None
        if not (named or attending) or _PART.search(text[: match.start()]):
            continue
        number = match["n"].lower()
        found.append(_NUMBERS.get(number) or int(number.replace(",", "")))
    return found


_ENUMERATES = re.compile(r"^\s*(?:it\s+|this\s+)?(?:includes|including|comprises|consists of)\b", re.I)
_ANOTHER = re.compile(r",\s+(?:and\s+)?the\s+|\s+and\s+the\s+", re.I)


def items(text: str, places: list[str]) -> int:
    """How many items an enumeration lists: in each sentence, the places it lists when it lists two
    or more ("the diagnostics ... of Chiapas, Mexico City, State of Mexico" are three), else one
    item and one more per ", the" or "and the" ("The study ... and the labor inspector report")."""
    total = 0
    for sentence in (p for p in re.split(r"\.\s+", text.strip().rstrip(".")) if p.strip()):
        rest, listed = sentence, 0
        for place in places:
            pattern = re.compile(rf"\b{re.escape(place)}\b")
            listed += len(pattern.findall(rest))
            rest = pattern.sub(" ", rest)
        total += listed if listed >= 2 else 1 + len(_ANOTHER.findall(sentence))
    return total


def _place_names(kg: KnowledgeGraph) -> list[str]:
    names = {n for _, data in kg.nodes("Place") for n in (data["name"], *data["aliases"]) if len(n) > 3}
    return sorted(names, key=lambda n: (-len(n), n))


def _nouns(statement: str) -> list[str] | None:
    words = set(re.findall(r"[a-z]+", statement.lower()))
    if words & set(BODIES):
        return BODIES
    if words & set(PEOPLE):
        return PEOPLE
    return None


def not_adding_up(kg: KnowledgeGraph) -> list[Conflict]:
    """Indicator results whose variance explanation lists counts that sum to another number, or
    enumerates ("Includes ...") two or more items that are not as many as the result."""
    found = []
    places = _place_names(kg)
    for indicator, data in kg.nodes("Indicator"):
        nouns = _nouns(data["name"])
        if nouns is None:
            if data["name"].lower().startswith("number of"):
                found += _enumerations(kg, indicator, places)
            continue
        for observation in kg.out(indicator, "hasObservation"):
            if kg.value(observation, "observationKind") != "result":
                continue
            results = [c for c in kg.claims(observation, "numericValue") if isinstance(c["value"], int | float)]
            for explanation in kg.claims(observation, "varianceExplanation"):
                listed = counts(str(explanation["value"]), nouns)
                for result in results:
                    if len(listed) < 2 or sum(listed) == result["value"] or result["value"] in listed:
                        continue
                    values = [
                        {"value": result["value"], "sources": sources_of(result["sources"])},
                        {
                            "value": f"{' + '.join(map(str, listed))} = {sum(listed)} (the explanation)",
                            "sources": sources_of(explanation["sources"]),
                        },
                    ]
                    name = kg.node(observation)["name"]
                    found.append(Conflict(observation, name, "result against its explanation", values, judged="medium"))
    return found


def _enumerations(kg: KnowledgeGraph, indicator: str, places: list[str]) -> list[Conflict]:
    found = []
    for observation in kg.out(indicator, "hasObservation"):
        if kg.value(observation, "observationKind") != "result":
            continue
        for explanation in kg.claims(observation, "varianceExplanation"):
            text = str(explanation["value"])
            if not _ENUMERATES.match(text):
                continue
            listed = items(text, places)
            for result in kg.claims(observation, "numericValue"):
                if listed >= 2 and isinstance(result["value"], int | float) and result["value"] != listed:
                    values = [
                        {"value": result["value"], "sources": sources_of(result["sources"])},
                        {
                            "value": f"{listed} items listed (the explanation)",
                            "sources": sources_of(explanation["sources"]),
                        },
                    ]
                    name = kg.node(observation)["name"]
                    found.append(Conflict(observation, name, "result against its explanation", values, judged="low"))
    return found
