"""Which thing a sentence means by a generic noun phrase, and lists of actors.

"the technical study", "the diagnostics of Maseru and Leribe", "this product": :class:`References`
resolves such a phrase to the known thing (law, policy, pilot, mechanism, campaign, product,
activity) whose names share its head and most of its sentence's words, one thing per place a plural
lists; :func:`_listed` reads "the BoS and the WFP" as one list of actors. The attribution rules
(:mod:`gapgraph.loaders.attribution`) are built on both.

>>> sorted(_words("the diagnostics of Maseru"))
['diagnostic', 'maseru']
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.graph.resolve import normalise
from gapgraph.loaders.builder import Builder, Mention

THINGS = ("law", "policy", "pilot", "mechanism", "campaign", "product", "activity")
"""The IRI groups of the things attribution sentences are about."""

_LIST_GAP = re.compile(r"^[\s,;]*(?:(?:and|or|&|as well as)\s+)?(?:the\s+|its\s+|their\s+)?$", re.I)
_PEOPLE_OF = re.compile(
    r"^[\s,;]*(?:as well(?: as)?|and)\s+(?:(?!(?:to|in|by|for|with|on|at|from|of)\s)[a-z]+(?<!ed)\s+){1,4}"
    r"(?:of|from)\s+(?:the\s+)?$"
)
"""A list item naming an actor by its people ("A and B, as well regional and headquarters specialists of
the C"): C is on the list."""
_LEAD_GAP = re.compile(
    r"^\s*(?:(?:in|by|during|since|between)\s+(?:\w+\s+)?(?:19|20)\d\d(?:\s+and\s+(?:19|20)\d\d)?,?\s+)?"
    r"(?:the\s+|its\s+|their\s+|several\s+)?$",
    re.I,
)
"""What may open a clause before its subject: an article, a date ("In 2020 and 2021 the JP produced")."""
_CLAUSE_END = re.compile(
    r"[.;]|,\s*(?:and\s+)?(?:which|who|whose|where|while|but)\b|\bwhich\b|,\s+and\s+(?!the\b)", re.I
)
_GENERIC_HEADS = (
    r"(?:stud(?:y|ies)|diagnos(?:tic|tics|is|es)|assessments?|guides?|methodolog(?:y|ies)|products?"
    r"|campaigns?|pilots?|strateg(?:y|ies)|reports?|documents?|courses?|trainings?|reforms?|protocols?|proposals?"
    r"|pacts?|notes?|briefs?|analys[ie]s)"
)
GENERIC_HEADS = _GENERIC_HEADS
"""The head nouns of generic phrases ("study", "diagnostics", "pilot", "proposal" ...)."""
_GENERIC = re.compile(
    r"(?:^|\b(?P<det>this|these|the|a|an|its|their|that|two|three|four|five|six|both)\s+)"
    r"(?:(?!(?:this|these|the|a|an|its|their|that)\s)(?:\w+[-\w]*)\s+){0,3}?"
    rf"(?P<head>{_GENERIC_HEADS})\b",
    re.I,
)
_HEADS = re.compile(
    r"\b(?:stud|diagnos|assessment|guide|methodolog|product|campaign|pilot|strateg|report|document|course|training"
    r"|reform|protocol|proposal|pact|note|brief|analys)",
    re.I,
)
_HEAD_CLASS = {
    "campaign": "Campaign",
    "pilot": "Pilot",
    "strategy": "Policy",
    "reform": "LegalInstrument",
    "course": "Activity",
    "training": "Activity",
    "pact": "Mechanism",
}
_KIN = (("diagnos", "assessment"), ("methodolog",))
"""Heads that name one kind of product: "the Situational Assessments" may be the known "Situational
Diagnostic ..."; "the methodology" the known "Methodological proposal ..."."""
_COUNTS = ("two", "three", "four", "five", "six", "both")
"""Determiners that count: the phrase names several things, one per place it lists, or none."""
_NOT_TOPICAL = frozenset(
    [
        "first",
        "second",
        "third",
        "new",
        "other",
        "same",
        "further",
        "next",
        "last",
        "final",
        "topic",
        "subject",
        "issue",
    ]
)
"""Words of a phrase that order or set apart the things of a kind, or refer back ("on the topic"),
not what one is about."""
_BARE_PLURAL = re.compile(r"\s(?:of|for|on|to|in|with)\s+$", re.I)
"""A preposition right before a plural head: the determiner is another noun's ("the development of
strategies"), the plural names a kind of things."""
_PLURAL_HEAD = re.compile(r"(?:[^si]s|ses)$", re.I)
_STOP = frozenset(
    re.findall(
        r"\w+",
        "the a an of and or for in on to with by at from its their this these that as is are was were be been has "
        "have which who will",
    )
)


def _stem(word: str) -> str:
    word = word.lower()
    for suffix, replacement in (("ies", "y"), ("ics", "ic"), ("es", "is"), ("s", "")):
        if word.endswith(suffix) and len(word) > 4:
            return word[: -len(suffix)] + replacement if suffix != "es" or word.endswith("oses") else word[:-1]
    return word


def _words(text: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"\w+", normalise(text)) if w not in _STOP and len(w) > 2}


def stems(text: str) -> set[str]:
    """The content words of a text, stemmed as generic phrases are read ("diagnostics" -> "diagnostic")."""
    return _words(text)


def names_a_class(head: str) -> bool:
    """A generic head that says the class of what it names ("campaign", "pilot", "strategy"), not
    only that it is some product ("proposal", "report")."""
    return _stem(head) in _HEAD_CLASS


@dataclass(frozen=True)
class Thing:
    """A thing a sentence refers to, by name or by a generic noun, and where."""

    node_id: str
    start: int
    end: int


class References:
    """Resolves generic noun phrases ("the technical study", "the diagnostics of Maseru and Leribe").

    A phrase names the thing whose name or aliases contain its head noun and share the most words
    with the sentence (at least two besides the head); with a list of places after the head, one
    such thing per place, whose name names that place. "This product" / "this document" is the
    row's own thing when there is one.
    """

    def __init__(self, builder: Builder) -> None:
        self.b = builder
        self.kg: KnowledgeGraph = builder.kg
        self.recent: dict[str, int] = {}
        """Things named in the last lines read, with the line (for "the campaign")."""
        self.antecedents: dict[str, int] = {}
        """Things the sentence being read refers to by a line above: that line is cited too."""
        self.document: str | None = None
        """The document being read: "the campaign" with no antecedent near is the one campaign it
        named above."""
        self.line = 0
        """The line of :attr:`document` being read."""

    def names(self, node_id: str) -> list[str]:
        data = self.kg.node(node_id)
        return [data["name"], *data["aliases"]]

    def candidates(self, head: str) -> list[str]:
        """The things a head noun may name: of its class, or with the noun in a name."""
        stem = _stem(head)
        cls = _HEAD_CLASS.get(stem)
        index = self.b.index("things by word")
        if index.get("") != str(len(self.kg)):  # rebuilt when the graph has grown
            index.clear()
            index[""] = str(len(self.kg))
            for node_id, data in self.kg.nodes():
                if any(f"/id/{group}/" in node_id for group in THINGS):
                    words = {_stem(w) for n in self.names(node_id) for w in re.findall(r"\w+", n.lower())}
                    words |= {f"class:{c}" for c in self.kg.schema.ancestors(data["type"])}
                    for word in words:
                        index[word] = index.get(word, "") + node_id + " "
        of_class = set(index.get(f"class:{cls}", "").split()) if cls else set()
        return sorted(of_class or set(index.get(stem, "").split()))  # "the pilot": a pilot, not a study of one

    def kin(self, head: str) -> list[str]:
        """The things named by another head of the same kind ("assessments" for a "Diagnostic ...",
        "methodology" for a "Methodological proposal ..."), besides those :meth:`candidates` gives."""
        roots = next((roots for roots in _KIN if head.lower().startswith(roots)), None)
        if roots is None:
            return []
        self.candidates(head)  # the index, up to date
        index = self.b.index("things by word")
        found = {n for w in index if w.startswith(roots) for n in index[w].split()}
        return sorted(found - set(self.candidates(head)))

    def best(
        self,
        candidates: list[str],
        context: str,
        head: str,
        required: str | None = None,
        indefinite: bool = False,
        strict: bool = False,
    ) -> str | None:
        """The thing a generic phrase names; "a course on X" (indefinite) introduces one rather than
        refers back: only a thing sharing two words with the sentence, never the one last named.
        ``strict`` (the phrase's own words as context): only a thing sharing two of them."""
        words = _words(context) - {_stem(head)} - (_words(required) if required else set())
        scored = []
        for node_id in candidates:
            names = self.names(node_id)
            if required is not None and not any(normalise(required) in normalise(n) for n in names):
                continue
            shared = max((words & _words(n) for n in names), key=self.weight)
            scored.append((len(shared), self.weight(shared), node_id))
        scored.sort(key=lambda s: (-s[0], -s[1], s[2]))
        if strict:
            unique = len(scored) <= 1 or scored[1][:2] != scored[0][:2]
            return scored[0][2] if scored and scored[0][0] >= 2 and unique else None
        recent = [n for n in sorted(self.recent, key=self.recent.__getitem__, reverse=True) if n in candidates]
        if _stem(head) in _HEAD_CLASS and recent and (not scored or scored[0][0] < 2) and not indefinite:
            self.antecedents[recent[0]] = self.recent[recent[0]]
            return recent[0]  # "the campaign": the one last named, a few lines above
        if _stem(head) in _HEAD_CLASS and not indefinite and (not scored or scored[0][0] < 2):
            only = self.only_one_named(candidates)
            if only is not None:
                return only  # "the campaign" far from any: the document's one campaign
        if not scored or scored[0][0] < (1 if (required or _stem(head) in _HEAD_CLASS) and not indefinite else 2):
            return None
        if len(scored) > 1 and scored[1][:2] == scored[0][:2]:
            return None  # two equally good readings: leave it unresolved
        return scored[0][2]

    def fits_complement(self, node_id: str, words: set[str]) -> bool:
        """Whether a thing's names share a word of a phrase's complement (:func:`_complement_words`),
        when it has one: "a proposal for promoting social protection for herders" is not the known
        "proposal for a General Law" the rest of its sentence speaks of."""
        return not words or any(words & _words(n) for n in self.names(node_id))

    def by_complement(self, candidates: list[str], words: set[str], least: int) -> str | None:
        """The one candidate sharing the most words of a phrase's complement (at least ``least``),
        if no other shares as many."""
        scored = sorted(
            ((max(len(words & _words(n)) for n in self.names(c)), c) for c in candidates), key=lambda s: -s[0]
        )
        if not scored or scored[0][0] < least or (len(scored) > 1 and scored[1][0] == scored[0][0]):
            return None
        return scored[0][1]

    def only_one_named(self, candidates: list[str]) -> str | None:
        """The one candidate the document being read has named above the line being read (its first
        line naming it is cited too), if exactly one: "the campaign" refers back, never ahead."""
        if self.document is None:
            return None
        named = {}
        for node_id in candidates:
            lines = [s.lines[0] for s in self.kg.node(node_id)["sources"] if s.doc == self.document]
            lines = [line for line in lines if line < self.line]
            if lines:
                named[node_id] = min(lines)
        if len(named) != 1:
            return None
        (node_id, line), *_ = named.items()
        self.antecedents[node_id] = line
        return node_id

    def weight(self, words: set[str]) -> float:
        """Shared words count by how rare they are among things' names (a town's name over a country's)."""
        index = self.b.index("things by word")
        # fsum is exact, so the weight does not depend on the order a set yields its words in
        return math.fsum(1 / max(1, len(index.get(w, "").split())) for w in words)

    def find(self, sentence: str, own: str | None = None, context: str | None = None) -> list[Thing]:
        """Things the sentence refers to by a generic noun phrase; a plural one ("two Situational
        Assessments, one in Maseru and the second one in Leribe") with places in its clause, one per
        place. ``context`` (the sentence by default) is what a phrase is read by."""
        found: list[Thing] = []
        if not _HEADS.search(sentence):
            return found
        for match in _GENERIC.finditer(sentence):
            head = match.group("head")
            if (
                own is not None
                and (match.group("det") or "").lower() in ("this", "these", "the")
                and _stem(head)
                in (
                    "product",
                    "document",
                )
            ):
                found.append(Thing(own, match.start(), match.end()))
                continue
            candidates, kin = self.candidates(head), self.kin(head)
            if not candidates and not kin:
                continue
            tail = sentence[match.end() : match.end() + 200]
            places = _listed(self.b.mentions(tail, "place"), tail, lead=160)
            read_by = context or sentence
            if len(places) < 2 and _PLURAL_HEAD.search(head):
                clause = re.split(r"[.;:]|,\s*(?:that|which|who)\b", tail, maxsplit=1)[0]
                places = [p for p in self.b.mentions(clause, "place") if p.end <= len(clause)]
                read_by = match.group() + clause  # "the four diagnostics that support ...": its own clause
                if len(places) < 2 and _THOSE_PLACES.search(clause):  # "... the two strategies in those states"
                    earlier = self.b.mentions(sentence[: match.start()], "place")
                    places = [p for i, p in enumerate(earlier) if p.node_id not in {q.node_id for q in earlier[:i]}]
            if len(places) > 1:
                for place in places:
                    required = self.kg.node(place.node_id)["name"]
                    node = self.best(candidates + kin, read_by, head, required=required)
                    if node is not None:
                        found.append(Thing(node, match.start(), match.end()))
                continue
            if (match.group("det") or "").lower() in _COUNTS:
                continue  # "three costing studies": several things, not the one that shares most words
            if _PLURAL_HEAD.search(head) and re.search(r"\s(?:or|and)\s", match.group()):
                continue  # "the law initiatives or reforms": a kind of things, no one of them
            if _PLURAL_HEAD.search(head) and _BARE_PLURAL.search(match.group()[: match.start("head") - match.start()]):
                continue  # "the development of strategies for ...": strategies in general, no known one
            indefinite = (match.group("det") or "").lower() in ("a", "an")
            node = None
            if candidates:
                phrase = _own_words(sentence, match)
                node = self.best(candidates, phrase, head, strict=True)
                if node is None:
                    node = self.best(candidates, sentence, head, indefinite=indefinite)
                    complement = _complement_words(phrase, match, head)
                    if node is not None and not self.fits_complement(node, complement):
                        node = self.by_complement(candidates, complement, 2 if indefinite else 1)
            if node is None and kin:  # another head of its kind: only by the words of its own phrase
                node = self.best(kin, _phrase(sentence, match), head, strict=True)
            if node is not None:
                found.append(Thing(node, match.start(), match.end()))
        return found


_THOSE_PLACES = re.compile(
    r"\b(?:those|these|both|the\s+two|the\s+same)\s+(?:states|regions|provinces|districts|departments"
    r"|municipalities|entities|countries|places|territories)\b",
    re.I,
)
"""A plural phrase's places named earlier in its sentence: "one in A and one in B, that nourished the
two strategies formulated in those states" (one strategy per place)."""


_PHRASE_END = re.compile(r"[.;,()]|\s(?:and|or|as well as|which|that|who|whose|has|have|had|is|are|was|were)\s", re.I)


_CLAUSE_VERB = re.compile(r"[.;,()]|\s(?:which|that|who|whose|has|have|had|is|are|was|were|will)\s", re.I)


def _phrase(sentence: str, match: re.Match) -> str:
    """A generic phrase with its complements up to its clause's verb ("The methodology for the
    diagnosis and intervention for a pilot in Leribe"): what a head of another kind is read by."""
    tail = sentence[match.end() : match.end() + 150]
    end = _CLAUSE_VERB.search(tail)
    return match.group() + (tail[: end.start()] if end else tail)


def _own_words(sentence: str, match: re.Match) -> str:
    """A generic phrase with the words that follow it up to the end of its noun phrase ("the
    constitutional reform for the creation of the care system", not the rest of a long sentence):
    what it is read by first, so that a long sentence's other things do not decide it."""
    tail = sentence[match.end() : match.end() + 150]
    end = _PHRASE_END.search(tail)
    return match.group() + (tail[: end.start()] if end else tail)


_COMPLEMENT = re.compile(r"\s+(?:for|of|on|about|regarding|to)\s+(?P<words>.+)$", re.I | re.S)


def _complement_words(phrase: str, match: re.Match, head: str) -> set[str]:
    """The content words of a generic phrase's complement after its head ("the first pilot | for
    the implementation of a Care Strategy"), without its head's and :data:`_NOT_TOPICAL` words;
    none when it has no complement.

    >>> sorted(_complement_words("a study for herders' rights", re.match(r"a study", "a study"), "study"))
    ['herder', 'right']
    """
    found = _COMPLEMENT.match(phrase[len(match.group()) :])
    return _words(found["words"]) - _NOT_TOPICAL - {_stem(head)} if found else set()


def _listed(mentions: list[Mention], text: str, offset: int = 0, lead: int = 40) -> list[Mention]:
    """The mentions that form one list at the start of ``text`` ("the BoS and the WFP")."""
    out: list[Mention] = []
    position = offset
    for mention in mentions:
        if out and (mention.start, mention.end) == (out[-1].start, out[-1].end) and mention.node_id != out[-1].node_id:
            out.append(mention)  # "the Secretariats of Labour of A and B": one body per place, one span
            continue
        if mention.start < position:
            continue
        gap = text[position : mention.start]
        if out and not (_LIST_GAP.match(gap) or _PEOPLE_OF.match(gap)):
            break
        if not out and (mention.start - offset > lead or _CLAUSE_END.search(gap)):
            break
        out.append(mention)
        position = mention.end
        bracket = re.match(r"\s*\([^()]*\)", text[position:])
        if bracket:
            position += bracket.end()
    return out
