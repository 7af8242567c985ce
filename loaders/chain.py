"""Which product, pilot, law or activity counts under which output or outcome of the programme.

Report narratives group their results under headings: "Output 1.1. Permanent social regime ...",
"1.2. National Care Strategy ..." (the word "Output" left out), "Outcome 2. Key stakeholders ...".
Every thing a line under such a heading names or refers to (see :func:`counted`: by name, by a
generic noun, or by a plural name the things of several places share, "the round-tables on social
protection" naming each state's) ``contributesTo`` that output or outcome of the programme, if the
programme has it (its results framework is read first), citing the line and its heading. Variance
explanations and the bullets under an SDG target are read the same way. A heading of the Fund's own results
("Global Outcome 1", "Contribution to Joint SDG Fund Outcome 1") or any other short heading ends
the section: the Fund's outcomes are never the programme's.

>>> _heading("Output 1.1. Permanent social regime for domestic workers drafted.")
('Output', '1.1')
>>> _heading("2.1. Key stakeholders equipped with knowledge of social protection extension")
('Output', '2.1')
>>> _heading("Global Outcome 1: Integrated multi-sectoral policies") is None
True

"The basis for the construction of X, including A, B and C" (:func:`basis`): each of A, B, C
``contributesTo`` X (up to a relative clause: "C, which presents D" leaves D out).

A sentence saying what "contributed to" what (:func:`contribution`, every report of a programme):
"The JP contributed to the development of the National Care System and a Law initiative ...
through technical assistance" gives the programme ``contributesTo`` each law, policy, outcome or
SDG target named after the verb (up to "through", "by", "thanks to": the means, not the ends);
the subject is the programme ("the JP", "the joint programme", one of its names) or its work
named by a noun of work ("Technical assistance, inputs ... contributed to"). A subject naming a
product, pilot or mechanism ("the diagnostics ... contributed to the strategy") makes that thing
the contributor instead. A product made ", to support the application of X" (:func:`in_support`)
``contributesTo`` X.

>>> bool(CONTRIBUTED.search("the JP contributes as well to the development of a care policy"))
True
>>> bool(CONTRIBUTED.search("UNICEF, within the JP, promotes the establishment of the first grant system"))
True
"""

from __future__ import annotations

import re

from gapgraph.graph.ids import node_iri
from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.graph.resolve import normalise
from gapgraph.loaders import attribution, inputs, references
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.observations import thing_key
from gapgraph.loaders.sections import sentences
from gapgraph.loaders.text import plain

CONTRIBUTED = re.compile(
    r"\bcontribut(?:ed|es|e|ing)\s+(?:(?:directly|also|as well|significantly|decisively)\s+)*to\b"
    r"|\b(?:provided|provides|gave|offered)\s+(?:technical\s+|legal\s+)?support\s+for\s+the\s+"
    r"(?:design|development|establishment|creation|construction)\s+of\b"
    r"|\bpromot(?:ed|es|e|ing)\s+the\s+(?:establishment|creation|development|design|construction)\s+of\b"
    r"|^(?:\d{1,2}[.)]\s*)?(?P<work>(?:technical\s+)?(?:inputs?|assistance|advice|support))\s+for\s+the\s+"
    r"(?:design|development|establishment|creation|construction)\s+of\b"
    r"|\bsets?\s+the\s+(?:foundations?|bases|basis)\s+for\s+(?:the\s+)?(?:creation|construction|development)\s+of\b",
    re.I,
)
"""The verbs of a contribution: "contributed to X", "provided support for the design of X",
"promotes the establishment of X", "sets the foundations for the creation of X"; and an item that
opens with the programme's work, "Inputs for the development of X" (a list of what it achieved)."""
_MEANS = re.compile(
    r"\b(?:through|by means of|via|thanks to|with the support of)\b|\bby\s+\w+ing\b|[\"“”]|,\s*(?:said|says|stated)\b",
    re.I,
)
"""Where the ends of a contribution stop: its means, or the end of a quotation."""
_PLANNED = re.compile(
    r"\b(?:will|would|could|can|may|might|shall|expected to|able to|aims? to|seeks? to)\s+(?:\w+\s+)?$", re.I
)
PROGRAMME_WORDS = re.compile(
    r"\b(?:the\s+)?(?:JP|joint\s+program(?:me)?s?|program(?:me)?)\b|\b(?:this|the)\s+(?:joint\s+)?initiative\b", re.I
)
_WORK_SUBJECT = re.compile(
    r"^(?:[^,]{0,60},\s*)?(?:the\s+)?(?:technical|legal|policy|joint)?\s*(?:assistance|support|advice|inputs?|dialogue"
    r"|actions?|activities|work|efforts?|interventions?)\b",
    re.I,
)
CONTRIBUTION_RANGE_GROUPS = ("outcome",)
"""Besides the things :func:`attribution.referred` finds, mentions of these IRI groups may be contributed to."""
_NOT_CONTRIBUTORS = ("Convention",)
"""International conventions a programme works under: they do not count under its results
(its work on them does: the study of a convention, the bill that applies it)."""

_FUND_RESULT = re.compile(
    r"^(?:Contribution to\s+)?(?:the\s+)?(?:(?:Joint\s+SDG\s+)?Fund(?:'s)?\s+)?(?:Global\s+)?"
    r"(?P<kind>Outcome|Output)\s+(?P<number>\d{1,2})\b",
    re.I,
)
_LISTED = re.compile(r"^\s*(?:<[^>]*>\s*)*List\b", re.I)
"""A results-table row that lists what counts ("List the policies: ...")."""
_ANSWER = re.compile(r"^(?:Yes|No|N/?A|Provide the list|Explain briefly|Total number)\b", re.I)
"""The template's answers under a Fund's question."""
_TARGET_QUOTE = re.compile(r"^\s*[-•]?\s*\*[^*]{10,400}?:\s*\*")
"""A bullet that opens with the target it reports on, in italics ("*By the end of year 1, the
programme will have promoted ...:*"): the promise, not what was done."""
_COMPLEMENT = re.compile(
    r"\b(?:pilots?|stud(?:y|ies)|mechanism|report|diagnostics?|documentation|evaluation|toolbox|tool box|methodology"
    r"|guide|protocol|reforms?|recommendations?|rules(?:\s+of\s+operation)?)\s+(?:of|for|on|to)\s+(?:the\s+|a\s+|an\s+|its\s+)?"
    r"(?:(?:\w+\s+)?(?:implementation|creation|design|development|establishment|construction|results?|experiences?"
    r"|findings|strengthening|improvement)(?:\s+and\s+(?:results?|experiences?|findings|lessons(?:\s+learned)?))?"
    r"\s+(?:of|for|from)\s+(?:the\s+|a\s+|an\s+|its\s+)?)?$",
    re.I,
)
"""What a thing is about, not what counts: "the pilot for the implementation of the National Care
Strategy", "a study of the results of the pilot test", "the documentation of the results and experiences
of its pilot", "the reform for the creation of the system"."""
_INPUT = re.compile(
    r"\b(?:using|based on|building on|drawing on|harnessing|on the basis of|in line with|with the results of)\b"
    r"[^,;:.]{0,80}$",
    re.I,
)
"""A thing the work starts from, not what it made: "a workshop ... using as a baseline the technical
report", "Harnessing the results of the diagnostics, strategies will be encouraged"."""
_PREDICATE = re.compile(r"\b(?:is|are|was|were|be|been|being|become|becomes|became|remain|remains)\s+$", re.I)
"""Before a generic noun phrase that says what something is ("will be the first policy proposals of
its kind"): a predicate, not a reference to a known thing."""
_OUTPUT = re.compile(r"^(?:Output\s+)?(\d{1,2})\.(\d{1,2})\.?:?\s+[A-Z]")
_OUTCOME = re.compile(r"^Outcome\s+(\d{1,2})\s*[.:]\s+[A-Z]")


def _heading(line: str) -> tuple[str, str] | None:
    """("Output", "1.2") or ("Outcome", "2") for a results heading of the programme, else None."""
    output = _OUTPUT.match(line)
    if output:
        return "Output", f"{output.group(1)}.{output.group(2)}"
    outcome = _OUTCOME.match(line)
    return ("Outcome", outcome.group(1)) if outcome else None


def _ends_section(line: str) -> bool:
    """A short line that is no bullet, footnote or sentence: a heading of another part."""
    return len(line) < 120 and not line.startswith(("-", "•")) and not line[:1].isdigit() and not line.endswith(".")


def _fund_result(kg: KnowledgeGraph, programme: str, line: str) -> str | None:
    """The Fund's own outcome or output a heading names ("Global Outcome 1: ...", "Contribution to
    Joint SDG Fund Output 3"), when the programme's Fund has it (read by the framing loader)."""
    match = _FUND_RESULT.match(line)
    if match is None or not re.search(r"\b(?:Global|Fund)\b", match.group()):
        return None
    kind, code = match.group("kind").capitalize(), f"Global {match.group('kind').capitalize()} {match.group('number')}"
    for funder in kg.into(programme, "funds"):
        node = node_iri(kind, funder.rsplit("/", 1)[-1], code)
        if kg.is_a(funder, "Fund") and kg.has_node(node):
            return node
    return None


def load(builder: Builder, doc: Document, programme: str) -> None:
    """Link the things under each results heading of a report's narrative to that output or outcome,
    the programme's own or its Fund's. The programme itself contributes to a Fund's result where a
    heading says so ("Contribution to Joint SDG Fund Outcome 1") or the results table's answers list
    what counts; a bare narrative heading "Global Outcome 1: ..." relates only what its bullets name."""
    kg = builder.kg
    prefix = thing_key(kg.node(programme)["name"])
    current: str | None = None
    fund = False
    heading_line = 0
    contributors = kg.schema.relations["contributesTo"].domain
    for number, raw in enumerate(doc.lines, start=1):
        line = plain(raw)
        if not line or line.startswith(("¹", "²", "³")):
            continue
        if "\t" in raw:  # a table row: under a Fund's result, only the row that lists what counts
            listed = current is not None and fund and _LISTED.match(line)
            if listed and _contribute(builder, doc, raw, number, current, heading_line, contributors):
                kg.add_edge(programme, "contributesTo", current, builder.source(doc.id, heading_line))
            continue
        result = _fund_result(kg, programme, line.lstrip("⇒ ")) if len(line) < 250 else None
        if result is not None:
            current, fund, heading_line = result, True, number
            if line.lstrip("⇒ ").lower().startswith("contribution"):  # "Contribution to Joint SDG Fund Outcome 1"
                kg.add_edge(programme, "contributesTo", result, builder.source(doc.id, number))
            continue
        if fund and current is not None and (line[:1].isdigit() or _ANSWER.match(line)):  # its questions, answers
            if _contribute(builder, doc, raw, number, current, heading_line, contributors):
                kg.add_edge(programme, "contributesTo", current, builder.source(doc.id, heading_line))
            continue
        heading = _heading(line) if len(line) < 250 and not line.startswith(("-", "•")) else None
        if heading is not None:
            cls, code = heading
            node = node_iri(cls, prefix, f"{cls} {code}")
            current = node if kg.has_node(node) else None
            fund = False
            heading_line = number
            continue
        if _ends_section(line) or re.match(r"^(?:⇒|Global\s+Out|Annex\b)", line):
            current, fund = None, False
            continue
        if current is not None:  # the programme's own part is stated by a heading "Contribution to ..."
            _contribute(builder, doc, _TARGET_QUOTE.sub("", raw), number, current, heading_line, contributors)


def _contribute(
    builder: Builder, doc: Document, raw: str, number: int, result: str, heading_line: int, contributors: tuple
) -> bool:
    """Each thing a line names or refers to ``contributesTo`` the result (citing the line and its
    heading), read sentence by sentence and bullet by bullet; whether any did."""
    kg = builder.kg
    found = False
    for part in re.split(r"\s[•·]\s|</?li>", raw):
        for sentence in sentences(plain(part).lstrip("-•⇒ ")):
            things = counted(builder, sentence, ends=False)
            fed = inputs.split(sentence)  # "A nourished B": B counts under the heading, A through B
            fed_in = set(counted(builder, fed[0])) if fed else set()
            if all(thing in fed_in for thing in things):
                fed_in = set()  # what A fed does not count here ("..., which nourished B"): A does
            for thing in things:
                if thing in fed_in:
                    continue
                if kg.schema.fits(kg.node(thing)["type"], contributors) and not kg.is_a(
                    thing, "Programme", *_NOT_CONTRIBUTORS
                ):
                    kg.add_edge(thing, "contributesTo", result, builder.source(doc.id, number))
                    kg.add_edge(thing, "contributesTo", result, builder.source(doc.id, heading_line))
                    found = True
    return found


_END_OF_WORK = re.compile(
    r"\b(?:contribut\w*|can\s+contribute)\s+(?:\w+\s+){0,3}?to\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:(?:of|for)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?)?$"
    r"|\blaying\s+the\s+(?:foundations?|bases|basis)\s+(?:of|for)\s+(?:the\s+|a\s+)?$",
    re.I,
)
"""Before what work contributed to ("contributed to the creation of a care system", "laying the
foundations of a care system", "a key contribution of the JP to the Alliance"): the end the work
served, stated by :func:`contribution`, not a thing that counts under the heading's output."""


def counted(builder: Builder, sentence: str, ends: bool = True) -> list[str]:
    """The things a sentence names or refers to, but not one named only as the complement of another
    thing ("the pilot of the National Care Strategy": the pilot counts, not the strategy), nor one
    the work starts from ("using as a baseline the technical report"), nor a generic noun phrase
    that is a predicate ("X will be the first policy proposals of its type"); nor, unless ``ends``,
    what the sentence says work contributed to (:data:`_END_OF_WORK`)."""
    reader = attribution.AttributionReader(builder, Document(id="", kind="", path="", lines=[]))
    found: list[str] = []
    named = [(m.start, m.end) for m in builder.mentions(sentence, attribution.THINGS)]
    things = [
        (t.node_id, t.start, t.end)
        for t in reader.things(sentence)
        if (t.start, t.end) in named
        or (
            not _PREDICATE.search(sentence[: t.start])
            and not _HEAD_AFTER.match(sentence[t.end :])
            and _modifiers_fit(builder, sentence, t)
        )
    ]
    things += [s for s in shared_plurals(builder, sentence) if not any(s[1] < e and b < s[2] for _, b, e in things)]
    clauses = [(m.start(), _clause_end(sentence, m.end())) for m in _RELATIVE.finditer(sentence)]
    served: set[str] = set()
    for node, start, _ in sorted(things, key=lambda t: t[1]):
        before = sentence[:start]
        if _COMPLEMENT.search(before) or _INPUT.search(before) or node in found:
            continue
        if any(b <= start < e for b, e in clauses):  # "a pilot ..., which presents a methodology": not D
            continue
        if not ends and (_END_OF_WORK.search(before) or node in served):
            served.add(node)  # and a generic phrase later in the sentence ("through a strategy") is not it
            continue
        found.append(node)
    return found


_HEAD_AFTER = re.compile(rf"\s+{references.GENERIC_HEADS}\b", re.I)
"""A generic noun right after a generic phrase's head: that head is a modifier ("a pilot proposal" is
a proposal, not a pilot)."""
_RELATIVE = re.compile(r",\s*(?:which|whose|where)\b", re.I)
"""A relative clause: what it names describes the thing before it ("a pilot ..., which presents a
methodology and a toolbox"), it is not counted itself."""


def _clause_end(sentence: str, start: int) -> int:
    """Where a relative clause ends: the next semicolon, else the sentence's end."""
    end = sentence.find(";", start)
    return len(sentence) if end < 0 else end


def _modifiers_fit(builder: Builder, sentence: str, thing: attribution.Thing) -> bool:
    """A generic phrase's capitalised modifiers (the words before its head noun) are in the names of
    the thing it is read as, and one of its other modifiers at least, if it has any: "a General Law
    proposal" or "a curricular proposal" is no "proposal of services for the elderly"."""
    words = sentence[thing.start : thing.end].split()
    opening = [i for i, w in enumerate(words[:-1]) if w.lower() in _DETERMINERS or w.lower() in _COUNTS or w.isdigit()]
    if opening:  # the phrase starts after its last determiner or count ("The JP produced two assessments")
        words = words[opening[-1] + 1 :]
    capitalised = [w for w in words[:-1] if re.match(r"^[A-Z][a-z]", w)]
    data = builder.kg.node(thing.node_id)
    names = {w for n in (data["name"], *data["aliases"]) for w in normalise(n).split()}
    if not all(set(normalise(w).split()) <= names for w in capitalised):
        return False
    described = [w for w in words[:-1] if w.isalpha() and w.islower() and len(w) > 3 and w not in _PLAIN_MODIFIERS]
    if not described or references.names_a_class(words[-1]):
        return True  # "a communication campaign": the head says what it is; else one modifier is in its names
    return bool(references.stems(" ".join(described)) & references.stems(" ".join(names)))


_DETERMINERS = frozenset({"the", "a", "an", "this", "these", "its", "their", "that"})
_COUNTS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both", "several"})
_PLAIN_MODIFIERS = frozenset(
    {
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "last",
        "final",
        "former",
        "latter",
        "same",
        "other",
        "such",
        "said",
        "above",
        "following",
        "current",
        "previous",
        "proposed",
        "recent",
        "whole",
        "main",
        "technical",
        "joint",
        "specific",
        "respective",
        "different",
        "several",
        "three",
        "four",
        "five",
        "seven",
        "eight",
        "nine",
    }
)
"""Modifiers that say which of several or when, not what a thing is about: "the first pilot" may be
any pilot; "a curricular proposal" is no "proposal of services for the elderly" (no word shared)."""


def shared_plurals(builder: Builder, text: str) -> list[tuple[str, int, int]]:
    """A plural name that things of several places share ("the intersectoral round-tables on social
    protection", a name of both states' round-tables): each of them, where the text names it."""
    spans: dict[tuple[int, int], set[str]] = {}
    for group in attribution.THINGS:
        for mention in builder.find_names(text, group):
            spans.setdefault((mention.start, mention.end), set()).add(mention.node_id)
    found = []
    for (start, end), nodes in spans.items():
        words = text[start:end].split()
        if len(nodes) > 1 and len(words) >= 2 and any(w.lower().endswith("s") for w in words[:3]):
            found += [(node, start, end) for node in sorted(nodes) if builder.kg.has_node(node)]
    return found


def feeds(builder: Builder, sentence: str, source) -> list[str]:
    """Each thing named before an input verb (:func:`inputs.split`: "nourished", "was the base to
    formulate") ``contributesTo`` each thing named after it, paired by place when both have one;
    returns the inputs, which do not count under a results heading."""
    parts = inputs.split(sentence)
    if parts is None:
        return []
    kg = builder.kg
    rel = kg.schema.relations["contributesTo"]
    fed_from = [t for t in counted(builder, parts[0]) if kg.schema.fits(kg.node(t)["type"], rel.domain)]
    made = [  # read in the whole sentence: "those states" refers back to the places before the verb
        t for t in counted(builder, sentence) if t not in fed_from and kg.schema.fits(kg.node(t)["type"], rel.range)
    ]
    if not fed_from or not made:
        return []
    for thing in fed_from:
        here = set(kg.out(thing, "locatedIn"))
        for target in made:
            there = set(kg.out(target, "locatedIn"))
            if target != thing and (not here or not there or here & there):
                kg.add_edge(thing, "contributesTo", target, source)
    return fed_from


def _programme_subject(kg, subject: str, programme: str) -> bool:
    """The text before the verb names the programme, or is the programme's work."""
    names = [kg.node(programme)["name"], *kg.node(programme)["aliases"]]
    if PROGRAMME_WORDS.search(subject) or any(n.lower() in subject.lower() for n in names if len(n) > 3):
        return True
    return bool(_WORK_SUBJECT.match(subject))


def contribution(builder: Builder, sentence: str, source, programme: str) -> None:
    """ "<the JP / its work / a thing> contributed to <laws, policies, outcomes ...>": ``contributesTo``
    edges from the programme (or the thing the subject names) to each thing named after the verb.
    Run once every document is loaded (an outcome may come from another document)."""
    kg = builder.kg
    sentence = plain(sentence)
    basis(builder, sentence, source)
    feeds(builder, sentence, source)
    in_support(builder, sentence, source)
    verb = CONTRIBUTED.search(sentence)
    if verb is None or _PLANNED.search(sentence[: verb.start()]):
        return  # "will contribute", "is expected to contribute": planned, not done
    subject, rest = sentence[: verb.start()], sentence[verb.end() :]
    means = _MEANS.search(rest)
    ends = rest[: means.start()] if means else rest
    rel = kg.schema.relations["contributesTo"]
    objects = [t for t in attribution.referred(builder, ends) if kg.schema.fits(kg.node(t)["type"], rel.range)]
    objects += [
        m.node_id
        for m in builder.mentions(ends, CONTRIBUTION_RANGE_GROUPS)
        if kg.has_node(m.node_id) and kg.schema.fits(kg.node(m.node_id)["type"], rel.range) and m.node_id not in objects
    ]
    if not objects:
        return
    things = [  # named outright: a generic "strategy" in a subject is too loose a reference
        m.node_id
        for m in builder.mentions(subject, attribution.THINGS)
        if kg.schema.fits(kg.node(m.node_id)["type"], rel.domain)
        and not kg.is_a(m.node_id, "Programme", *_NOT_CONTRIBUTORS)
    ]
    if things:
        contributors = things
    elif verb.group("work") or _programme_subject(kg, subject, programme):
        contributors = [programme]
    else:
        return
    for contributor in contributors:
        for obj in objects:
            if obj != contributor:
                kg.add_edge(contributor, "contributesTo", obj, source)


_BASIS = re.compile(
    r"\b(?:basis|bases|foundations?)\s+for\s+(?:the\s+|a\s+)?"
    r"(?:(?:construction|creation|development|establishment|design)\s+of\s+(?:the\s+|a\s+)?)?",
    re.I,
)
_PLANNED_BASIS = re.compile(r"\b(?:will|would|could|may|might|shall|expected to)\b[^,.;]*$", re.I)
_INCLUDING = re.compile(r",?\s*\b(?:including|such as)\b", re.I)


def basis(builder: Builder, sentence: str, source) -> None:
    """ "The basis for the construction of the care system, including a law proposal, a methodology
    and a pilot": each thing listed after "including" ``contributesTo`` what the basis is for."""
    kg = builder.kg
    match = _BASIS.search(sentence)
    if match is None or _PLANNED_BASIS.search(sentence[: match.start()]):
        return  # "will be the basis for": planned
    rest = sentence[match.end() :]
    listed = _INCLUDING.search(rest)
    if listed is None:
        return
    rel = kg.schema.relations["contributesTo"]
    ends = rest[: listed.start()]
    objects = [
        m.node_id
        for m in builder.mentions(ends, (*attribution.THINGS, *CONTRIBUTION_RANGE_GROUPS))
        if kg.has_node(m.node_id) and kg.schema.fits(kg.node(m.node_id)["type"], rel.range)
    ]
    items = rest[listed.end() :]
    clause = re.search(r",\s*(?:which|who|that|where)\b|;", items)  # "a pilot ..., which presents a methodology"
    for thing in counted(builder, items[: clause.start()] if clause else items):
        if kg.schema.fits(kg.node(thing)["type"], rel.domain) and not kg.is_a(thing, "Programme", *_NOT_CONTRIBUTORS):
            for obj in objects:
                if obj != thing:
                    kg.add_edge(thing, "contributesTo", obj, source)


_OWN_SUBJECT = re.compile(r"^(?:this|the)\s+(?:[\w-]+\s+){0,2}?(?:[\w-]+)\s*$", re.I)
"""A subject that is the row's own thing: "This constitutional reform", "The resolution"."""
_TAKES_INTO_ACCOUNT = re.compile(r"\b(?:takes?|took|taking)\s+into\s+account\b|\b(?:is|was)\s+grounded\s+on\b", re.I)


def row_contribution(builder: Builder, sentence: str, own: str, source) -> None:
    """A table row's description of its own thing: "This constitutional reform sets the foundations for
    the creation of X" gives the row's thing ``contributesTo`` X; "... takes into account the document
    Y, as well as Convention Z" gives Y and Z ``contributesTo`` the row's thing (what it builds on)."""
    kg = builder.kg
    rel = kg.schema.relations["contributesTo"]
    sentence = plain(sentence)
    verb = CONTRIBUTED.search(sentence)
    if (
        verb is not None
        and _OWN_SUBJECT.match(sentence[: verb.start()])
        and not _PLANNED.search(sentence[: verb.start()])
        and kg.schema.fits(kg.node(own)["type"], rel.domain)
    ):
        rest = sentence[verb.end() :]
        means = _MEANS.search(rest)
        for obj in attribution.referred(builder, rest[: means.start()] if means else rest):
            if obj != own and kg.schema.fits(kg.node(obj)["type"], rel.range):
                kg.add_edge(own, "contributesTo", obj, source)
    account = _TAKES_INTO_ACCOUNT.search(sentence)
    if account is not None and kg.schema.fits(kg.node(own)["type"], rel.range):
        rest = sentence[account.end() :]
        titles = [(m.start(), m.end()) for m in re.finditer(r"[“\"][^”\"]{3,200}[”\"]", rest)]
        for mention in builder.mentions(rest, attribution.THINGS):
            thing = mention.node_id
            span = mention.end - mention.start
            if any(b <= mention.start and mention.end <= e and e - b > span + 2 for b, e in titles):
                continue  # "the document “Foundations for a Care Strategy”": the document, not the strategy
            if thing != own and kg.has_node(thing) and kg.schema.fits(kg.node(thing)["type"], rel.domain):
                kg.add_edge(thing, "contributesTo", own, source)


_IN_SUPPORT = re.compile(
    r",\s*(?:in order\s+)?to\s+(?:support|enable|facilitate)\s+the\s+(?:application|implementation|enforcement)"
    r"\s+of\s+",
    re.I,
)
"""A product's stated purpose after a comma: "a technical analysis ... on the bill, to support the
application of Convention 102"."""


def in_support(builder: Builder, sentence: str, source) -> None:
    """ "<a product ...>, to support the application of X": the last product the clause before the
    comma names or refers to ``contributesTo`` each law, convention or policy X names."""
    kg = builder.kg
    match = _IN_SUPPORT.search(sentence)
    if match is None:
        return
    rel = kg.schema.relations["contributesTo"]
    before = re.split(r"[.;]", sentence[: match.start()])[-1]
    if _PLANNED_BASIS.search(before):
        return  # "the diagnostic will be drafted, to support ...": planned
    products = [t for t in attribution.referred(builder, before) if kg.is_a(t, "KnowledgeProduct")]
    rest = sentence[match.end() :]
    means = _MEANS.search(rest)
    ends = re.split(r"[,;]", rest[: means.start()] if means else rest)[0]
    objects = [
        m.node_id
        for m in builder.mentions(ends, attribution.THINGS)
        if kg.has_node(m.node_id) and kg.schema.fits(kg.node(m.node_id)["type"], rel.range)
    ]
    if products:
        for obj in objects:
            if obj != products[-1]:
                kg.add_edge(products[-1], "contributesTo", obj, source)
