"""One thing named differently by its documents: written names that are not variants of each other.

Every ``writtenName`` (a name as a document prints it, cited there; ``loaders/names.py``) of a thing
is compared with the others. Variants are not a disagreement: an acronym and the full name, a
name in another language, case, articles and prepositions, British and American spelling, the
head of a body's name ("Secretary", "Secretariat", "Ministry"), and a name that only adds words
before or after another ("... of Mexico", "the ... of the State of Chiapas"). Names whose words
differ otherwise ("Labor and Social Protection" / "Labor and Social Welfare", "Women's Affairs" /
"Gender Equality", "220720/190.P.DIR" / "220720/19 O.P.DIR") are listed, one value per group of
variants (its names, longest first, joined by " / "), with low severity. Two names one line prints
together are one group ("the Ministry of Gender, formerly the Ministry of Women's Affairs").

>>> variants("Secretary of Labour and Social Welfare of Mexico", "Ministry of Labor and Social Welfare")
True
>>> variants("Secretary of Labor and Social Protection", "Ministry of Labor and Social Welfare")
False
>>> variants("STPS", "Secretary of Labor and Social Protection")
True
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.queries.conflict import Conflict, sources_of

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
FILLERS = frozenset(
    ["the", "a", "an", "of", "for", "on", "in", "at", "to", "and", "or", "by", "with", "its", "from", "s"]
)
"""Articles, prepositions, conjunctions and the possessive: not part of a name's identity."""
QUALIFIERS = frozenset(["state", "government", "republic", "united", "federal"])
"""Words that place a body rather than name it ("of the State of Kano")."""
HEADS = {
    "ministry": "ministry",
    "secretary": "ministry",
    "secretariat": "ministry",
    "department": "ministry",
    "commission": "committee",
    "programme": "program",
    "centre": "center",
    "presidency": "president",
}
"""Words that head a body's name the same way, and spellings of one word."""
FOREIGN = frozenset(
    ["de", "del", "la", "las", "los", "el", "lo", "y", "al", "para", "da", "das", "dos", "et", "des", "du"]
)
"""Function words of Spanish, Portuguese and French: with a letter outside ASCII, a name that is
not in English (a translation is a variant)."""
NAMED_BY_WORDS = ("Actor", "Programme")
"""Classes whose names are compared word by word; other things (laws, pilots, products) are
referred to in many words, so only the codes their names print are compared ("ACDO ... 190.P.DIR")."""
TITLED = ("Training",)
"""Classes named by a title (a course): two titles are variants only when their words, in order, are
the same (case and punctuation aside); "Social Protection, Care and Gender" is not "Social protection,
gender and care". A name that describes the course by its audience ("for domestic workers") is no
title (:func:`described`)."""
_CODE = re.compile(r"\S*\d\S*")


def _word(word: str) -> str:
    word = HEADS.get(word, word)
    if len(word) > 4 and word.endswith("our"):
        word = word[:-3] + "or"  # labour, labor
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]  # peoples, people
    return word


def _capitals(word: str) -> bool:
    return len(word) >= 2 and word.isupper()


def _expanded(name: str, other: str) -> list[str]:
    """The words of ``name``, an acronym spelled out where ``other`` has words with its initials ('SDG')."""
    theirs = _WORD.findall(other)
    out: list[str] = []
    for word in _WORD.findall(name):
        initials = [w for w in theirs if w[0].isupper() or w.casefold() not in FILLERS]
        run = next(
            (
                initials[i : i + len(word)]
                for i in range(len(initials) - len(word) + 1)
                if _capitals(word) and "".join(w[0] for w in initials[i : i + len(word)]).upper() == word
            ),
            None,
        )
        out.extend(run or [word])
    return out


def words(name: str, other: str = "") -> set[str]:
    """The words that make a name, folded: no case, fillers, qualifiers or acronyms; spellings unified
    (an acronym ``other`` spells out is read as its words)."""
    return {
        _word(w.casefold())
        for w in _expanded(name, other)
        if not _capitals(w) and w.casefold() not in FILLERS and w.casefold() not in QUALIFIERS
    }


def code(name: str) -> str:
    """The code a name prints (its words with digits, letters and digits only), '' if none."""
    return "".join(re.sub(r"\W", "", c) for c in _CODE.findall(name)).casefold()


def same_code(a: str, b: str) -> bool:
    """Whether two names print one code: the same code, or the numbers of one among the other's
    ("C189" and "Domestic Workers Convention, 2011 (No. 189)"; not "220720/190.P.DIR" and
    "220720/19 O.P.DIR").

    >>> same_code("C189", "Domestic Workers Convention, 2011 (No. 189)"), same_code("Decree 12/2020", "Decree 15/2020")
    (True, False)
    """
    if code(a) == code(b):
        return True
    first, second = set(re.findall(r"\d+", a)), set(re.findall(r"\d+", b))
    return bool(first and second) and (first <= second or second <= first)


_ACRONYM_OF = re.compile(r"^[A-Z][a-z]?[A-Z][A-Za-z-]*\s+(?:of|in)\s+")
"""An acronym with its place ("PDoLVT of Battambang"): a short name too."""


def is_acronym(name: str) -> bool:
    """A short name: one word without digits ('STPS', 'STyPS', 'Unicef'), a name in capitals ('UN
    WOMEN'), or an acronym with its place ('PDoLVT of Battambang')."""
    if any(c.isdigit() for c in name):
        return False
    return " " not in name.strip() or not any(c.islower() for c in name) or bool(_ACRONYM_OF.match(name.strip()))


def foreign(name: str) -> bool:
    """Whether a name reads as not English: a letter outside ASCII or a Romance function word."""
    return any(ord(c) > 127 and c.isalpha() for c in name) or any(w in FOREIGN for w in _WORD.findall(name.casefold()))


def variants(a: str, b: str) -> bool:
    """Whether two names of one body are variants of each other rather than different names.

    One's words (without fillers and places' qualifiers) all among the other's, an acronym, or a
    name in another language.
    """
    if is_acronym(a) or is_acronym(b) or foreign(a) != foreign(b):
        return True
    first, second = words(a, b), words(b, a)
    return not first or not second or first <= second or second <= first


def same_title(a: str, b: str) -> bool:
    """Whether two titles are the same words in the same order (case, punctuation and the words
    "training", "course", "on" aside).

    >>> same_title("Social Protection, Care and Gender", "training on social protection, care and gender")
    True
    >>> same_title("Social Protection, Care and Gender", "Social protection, gender and care")
    False
    """
    return _title_words(a) == _title_words(b)


_NOT_TITLE = frozenset(["training", "trainings", "course", "courses", "on", "line", "online", "the", "a", "an", "of"])
"""Words around a course's title ("training on ...", "the on-line course of ...") that are not part of it."""


def _title_words(title: str) -> list[str]:
    return [w for w in _WORD.findall(title.casefold()) if w not in _NOT_TITLE]


_AUDIENCE = re.compile(r"\bfor\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?[\w-]+s\b", re.I)


def described(name: str) -> bool:
    """Whether a course's written name describes it by its audience rather than giving its title
    ("training program for domestic workers of Mexico City on technical skills ..."): descriptions
    are paraphrased freely, so they are not compared as titles.

    >>> described("course on technical skills for herders"), described("Social Protection, Care and Gender")
    (True, False)
    """
    return bool(_AUDIENCE.search(name))


def _groups(claims: list[dict[str, Any]], same: Callable[[str, str], bool]) -> list[list[dict[str, Any]]]:
    """The claims in groups of variants, longest names first. Acronyms and names in another language
    join none (they vary every name), nor does a short name that several groups could hold ("Ministry
    of Labor" would bridge "... Social Protection" and "... Social Welfare")."""
    groups: list[list[dict[str, Any]]] = []
    for claim in sorted(claims, key=lambda c: -len(str(c["value"]).split())):
        name = str(claim["value"])
        if is_acronym(name) or foreign(name):
            continue
        homes = [g for g in groups if any(same(name, str(c["value"])) for c in g)]
        if not homes:
            groups.append([claim])
        elif len(homes) == 1:
            homes[0].append(claim)
    return _joined_where_written_together(groups)


def _joined_where_written_together(groups: list[list[dict[str, Any]]]) -> list[list[dict[str, Any]]]:
    """Groups merged when one line writes names of both: a document printing two names of a thing
    together ("X, formerly Y", "X (its name in Spanish)", a list the registry reads as one body)
    gives them as one, not as a disagreement."""
    merged: list[list[dict[str, Any]]] = []
    for group in groups:
        cited = {s for c in group for s in c["sources"]}
        together = [m for m in merged if cited & {s for c in m for s in c["sources"]}]
        merged = [m for m in merged if not any(m is t for t in together)] + [
            [*group, *(c for t in together for c in t)]
        ]
    return merged


def names_differing(kg: KnowledgeGraph) -> list[Conflict]:
    """Things their documents name with names that are not variants of each other."""
    found = []
    for node_id, data in kg.nodes():
        claims = data["attributes"].get("writtenName", [])
        if len(claims) < 2:
            continue
        if kg.is_a(node_id, *TITLED):
            groups = _groups([c for c in claims if not described(str(c["value"]))], same_title)
        elif kg.is_a(node_id, *NAMED_BY_WORDS):
            groups = _groups(claims, variants)
        else:
            groups = _groups([c for c in claims if code(str(c["value"]))], same_code)
        if len(groups) < 2:
            continue
        values = []
        for group in groups:
            written = sorted({str(c["value"]) for c in group}, key=lambda n: (-len(n), n))
            sources = [s for c in group for s in c["sources"]]
            values.append({"value": " / ".join(written), "sources": sources_of(list(dict.fromkeys(sources)))})
        found.append(Conflict(node_id, data["name"], "name", values, judged="low"))
    return found
