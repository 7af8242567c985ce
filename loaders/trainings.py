"""Trainings read from report sentences: the course, who trained, whom, and how many.

A sentence counts as a training when it names one (``trained``, ``training``, ``course``,
``workshop``, ``capacity building``). It gives:

- a ``Training`` named after its course: a title in italics or quotes ("the on-line course on
  *Social protection, care and gender*"), else the sentence's own phrase ("a training course on
  technical skills for domestic workers"), else the bold heading of its bullet ("**Capacity
  building of promoters ...:**"). One node per course: two spellings with the same content words
  are one node, and each document's count is a cited value of its ``participantCount``. A
  sentence that names no course gives no Training node, only the ``trains`` edges;
- whom it trained: the groups a number counts ("44 labour inspectors"), the items of the list a
  generic count opens ("647 people (domestic workers, government agents ...)", "... including
  public servants, legislators"), and the known bodies those items or the training's object name
  ("training to the Ministry of Labour"). "people", "participants", "members" are never groups;
- who trained: the programme of the report, and the bodies the sentence names as the trainer
  ("provided by the International Training Centre", "alongside the Institute for Labour Training",
  "(with ICAT)", "conducted by").

Each trainer ``trains`` each trainee; the Training ``trains`` its trainees (with the number as the
edge's ``participants``) and the programme ``implements`` it, and so does a body named as who
delivered it ("the course on X delivered by ILO's ITC as well as the course on Y conducted by the
ICAT": the ITC implements X, the ICAT Y; the course named last before the cue).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from gapgraph.graph.ids import node_iri
from gapgraph.graph.resolve import normalise
from gapgraph.loaders.builder import Builder, Mention
from gapgraph.loaders.discovery import organisations
from gapgraph.loaders.references import _listed
from gapgraph.loaders.sections import split_list
from gapgraph.loaders.text import plain
from gapgraph.ontology.models import Source

TRAINING = re.compile(
    r"\b(?:trained|trainings?|courses?|workshops?|capacity[- ]building"
    r"|(?:developed|strengthened|built|increased|improved)\s+(?:their\s+)?(?:competencies|capacities|skills))\b",
    re.I,
)
_WORD_NUMBERS = {
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
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
}
GENERIC = frozenset(
    {"people", "persons", "participants", "members", "representatives", "institutions", "stakeholders", "actors"}
)
"""Counted nouns that name no group: the list that follows them does."""
_HEADS = (
    r"workers|officers|officials|inspectors|servants|legislators|employers|caregivers|teachers|nurses|farmers"
    r"|labou?rers|women|girls|youth|entrepreneurs|journalists|judges|staff|agents|leaders|producers|promoters"
)
_MODIFIER = r"(?!(?:million|thousand|hundred|percent|of|the|and|or|in|from|were|have|had)\b)[a-z][a-z-]+\s+"
_GROUP_NOUNS = (
    r"people|persons|participants|members|representatives|institutions|stakeholders"
    r"|promoters of (?:the )?social protection"
    rf"|(?:{_MODIFIER}){{0,3}}(?:{_HEADS})"
)
_COUNT = re.compile(
    rf"\b(?P<number>\d[\d,]*|{'|'.join(_WORD_NUMBERS)})\s+"
    rf"(?:(?:key|federal and state|federal|state|local)\s+)?(?P<group>{_GROUP_NOUNS})\b",
    re.I,
)
_INSIDE = re.compile(
    rf"\b(?:for|of)\s+(?:the\s+)?({_GROUP_NOUNS})\b"
    r"(?!['’]|\s+(?:trade\s+)?unions?\b|\s+organi[sz]ations?\b|\s+associations?\b|\s+cooperatives?\b)",
    re.I,
)
"""The group a course's own name trains ("course for domestic workers"); not a possessive, nor the
group's unions ("capacity building of domestic workers trade unions" trains the unions)."""
_RECEIVED = re.compile(r"\b(?:received|were trained|have been trained|after (?:the )?trainings?|attended)\b", re.I)
_UNCOUNTED = re.compile(rf"\b(?P<group>{_GROUP_NOUNS})\b", re.I)
_TITLE = re.compile(
    r"\b(?:courses?|trainings?|workshops?|programmes?|programs?|diplomas?|seminars?)\b[^*<“\"”.;]{0,30}?"
    r"(?:\*(?P<a>[^*]{3,150})\*|<i>(?P<b>[^<]{3,150})</i>|“(?P<c>[^”]{3,150})”|\"(?P<d>[^\"]{3,150})\")",
    re.I,
)
_PHRASE = re.compile(
    r"\b(?P<phrase>(?:trainings?|courses?|workshops?|trained|capacity[- ]building)(?: (?:course|programme|program)s?)?"
    r"(?:\s+for\s+[^.,;:()]{3,60}?)?\s+(?:on|of|in|about)\s+(?!(?:this|that|these|those|the same)\b)"
    r"(?P<topic>[^.,;:()]{3,140}(?:,\s+(?!(?:and|which|with|as well|implemented|delivered|conducted|provided"
    r"|developed|organi[sz]ed|held)\b)[^.,;:()]{2,60}(?=[.,;:()]|$))*))",
    re.I,
)
_TOPIC_END = re.compile(
    r"\s+(?:with|by|through|alongside|delivered|conducted|provided|imparted|given|offered|that|which|was|were|will"
    r"|is|are|has|have|had|began|begun|took|for a total|respectively"
    r"|to (?:develop|design|promote|improve|strengthen|increase|support|ensure|elaborate|implement|carry|raise))\b.*$",
    re.I,
)
_HEADING = re.compile(r"^\s*[-•*]?\s*\*\*(?P<heading>[^*]{5,200}?)[:;.]?\*\*")
_TRAINER = re.compile(
    r"(?:\b(?:provided|delivered|conducted|imparted|given|offered|taught|organi[sz]ed|facilitated|implemented|trained)\s+by"
    r"|\balongside|\bin collaboration with|\bjointly with|\btogether with|\bwith|\(with"
    r"|\b(?:through (?:the )?)?grants? (?:awarded|given|provided|granted) to)\s+(?=(?P<rest>[^.;()]+))",
    re.I,
)
_BY_CUE = re.compile(
    r"(?:provided|delivered|conducted|imparted|given|offered|taught|organi[sz]ed|facilitated|implemented|trained)\s+by\b"
    r"|(?:through (?:the )?)?grants? (?:awarded|given|provided|granted) to\b",
    re.I,
)
"""A trainer named after "by", or the grantee that delivered it: the training was that body's."""
_IMPLEMENTED = re.compile(r"\bimplement(?:ed|ation|ing)\b(?!\s+(?:jointly\s+)?by\b)", re.I)
"""The report's programme says it implemented the course ("implemented alongside the institute",
"Development and implementation of courses"); "being implemented by NVTI" is NVTI's alone."""
_RUN_CUE = re.compile(r"\bimplement(?:ed|ation|ing)\b[^.;]*$", re.I)
"""A bare "with" after an implementing word ("implementation of courses ... with the ICAT") names
who delivered the course."""
_ANOTHER = re.compile(
    r"\b(?:courses?|trainings?|workshops?)\s+(?!(?:in|on|of|about)\s+(?:this|that|these|those|the same)\b)", re.I
)
"""Another course named between a course and who delivered it ("Training in this topic" is the same)."""
_PLAN = re.compile(
    r"\bwill\s+(?:be\s+)?(?:developed|held|delivered|implemented|conducted|organi[sz]ed|carried out|offered|"
    r"provided|designed|take place|start|begin)\b",
    re.I,
)
"""A training a report plans ("Capacity building on X will be developed"): nobody was trained yet."""
_COURSE_HEAD = re.compile(r"^(?:courses?|trainings?|workshops?|seminars?)\b", re.I)
"""A planned course named as one ("a workshop for capacity building of labour inspection will begin"):
a line of work ("Capacity building of stakeholders ... will be developed") is no course yet."""
_DELIVERS_AHEAD = re.compile(
    r"^[^:]*\bimplement\w*\b[^:]*\bwith\b[^:]*:|\bgrants? (?:awarded|given|provided|granted) to\b", re.I
)
"""Who delivered a course named only after the cue: a grantee ("through the grant awarded to A, 125
workers attended the course on X"), or a heading's partner ("Implementation of courses with NVTI:
two trainings on X are underway")."""
_VALIDATED = re.compile(r"\bcourses?\s+validated\s+by\s+(?:the\s+)?training\s+institut", re.I)
"""A row counting "courses validated by training institutions": the institute that delivered each
course it explains validated it."""
_PLANNED = re.compile(r"\b(?:will|shall|would|to be|expected to|plans? to)\b", re.I)
_TO = re.compile(
    r"\b(?:trainings?|courses?|workshops?|capacity[- ]building)\s+(?:(?:was|were|has been|have been)\s+)?"
    r"(?:(?:delivered|provided|conducted|given|offered|imparted)\s+)?(?:to|for)\s+"
    r"(?P<rest>[^.;:()]+)",
    re.I,
)
_LIST_AFTER = re.compile(r"^\s*(?:\((?P<paren>[^()]+)\)|[^.;]*?\b(?:including|includes|such as)\s+(?P<tail>[^.;]+))")
_ITEM_PREFIX = re.compile(
    r"^(?:and\s+|the\s+|\d[\d,]*\s+|(?:people|persons|representatives|members)\s+(?:from|of)\s+(?:the\s+)?)+", re.I
)


def count(text: str) -> int:
    """A number as printed ("1,956", "nine")."""
    text = text.lower().replace(",", "")
    return _WORD_NUMBERS.get(text) or int(text)


_OF_BODIES = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?", re.I)


@dataclass
class Trainee:
    """One group or body a training reached, with the number the sentence gives."""

    name: str
    node: str | None = None
    participants: int | None = None
    course: str | None = None
    """The name of the course whose own name says whom it trains ("course for domestic workers")."""


@dataclass
class Course:
    """A course a sentence names, where it is named, and what it counts."""

    name: str
    start: int
    counts: list[int] = field(default_factory=list)


_COURSE_WORDS = frozenset(
    {"training", "trainings", "course", "courses", "workshop", "workshops", "program", "programme", "line", "online"}
)


def course_key(name: str) -> str:
    """The same course however it is worded: its content words, sorted."""
    words = set(normalise(name).split()) - {"the", "a", "an", "and", "of", "on", "in", "for", "to"}
    return " ".join(sorted(words - _COURSE_WORDS)) or " ".join(sorted(words))


SAME_COURSE = 0.6
"""Share of content words two wordings of one course have in common."""


def same_course(first: str, second: str) -> bool:
    """Whether two course keys word one course: most of their words shared, or every word (at least
    three) of the shorter in the longer ("course on technical skills for domestic workers" and
    "training program for domestic workers of Accra on technical skills and safety")."""
    a, b = set(first.split()), set(second.split())
    if not a or not b:
        return False
    if len(a & b) / len(a | b) >= SAME_COURSE:
        return True
    return min(len(a), len(b)) >= 3 and (a <= b or b <= a)


def _stems(key: str) -> set[str]:
    return {w[:6] for w in key.split()}


def narrower(first: str, second: str) -> bool:
    """Whether one of two course keys words the same topic as the other, more or less fully: every
    stem (a word's first six letters) of one, at least two, among the other's ("labor inspection"
    and "capacity building labor inspectors"; "labor inspection" and "labor inspection systems
    domestic workers sector"). Only for two courses that train one group."""
    a, b = _stems(first), _stems(second)
    return min(len(a), len(b)) >= 2 and (a <= b or b <= a)


def titles(raw: str, sentence: str) -> list[Course]:
    """Courses named by a title in italics or quotes, where ``sentence`` (plain text) writes them."""
    found = []
    for match in _TITLE.finditer(raw):
        title = plain(next(g for g in match.groups() if g)).strip(" *")
        at = sentence.find(title)
        if at < 0:
            at = sentence.replace("*", "").find(title)
        if at >= 0:
            found.append(Course(title, at))
    return found


_BY_BEFORE_TOPIC = re.compile(r"\btrained\s+by\s+[^.;:()]{2,80}?\s+(?=on\s)", re.I)
"""Trainers named between "trained" and its topic ("were trained by ILO and the NSSF on the manual")."""


def phrases(sentence: str) -> list[Course]:
    """Courses the sentence names by their topic ("a training course on technical skills", "were trained
    in social protection", "were trained by ILO on the manual": "Training on the manual").

    >>> [c.name for c in phrases("58 officials were trained by ILO and the NSSF on the operational manual.")]
    ['Training on the operational manual']
    """
    found = []
    for match in _PHRASE.finditer(_BY_BEFORE_TOPIC.sub("trained ", sentence.replace("*", ""))):
        text = _TOPIC_END.sub("", match.group("phrase")).strip(" ,")
        topic = _TOPIC_END.sub("", match.group("topic")).strip()
        if len(topic.split()) >= 2 or (topic and topic[0].isupper()):
            found.append(Course(re.sub(r"^trained\b", "Training", text, flags=re.I), match.start()))
    return found


def courses_of(raw: str, sentence: str) -> list[Course]:
    """The courses a sentence names: by title, and by topic where no title is written ("the course on
    *X* delivered by ITC as well as the course on cocoa grading conducted by NVTI": both)."""
    named = titles(raw, sentence)
    stripped = sentence.replace("*", "")
    spans = []
    for course in named:
        at = stripped.find(course.name)
        spans.append((at, at + len(course.name)) if at >= 0 else (course.start, course.start + len(course.name)))
    unnamed = [c for c in phrases(sentence) if not any(c.start < e and s < c.start + len(c.name) for s, e in spans)]
    return sorted(named + unnamed, key=lambda c: c.start)


def heading(raw: str) -> str | None:
    """The bold heading of a bullet, when it names a training."""
    match = _HEADING.match(raw)
    if match and TRAINING.search(match.group("heading")):
        return plain(match.group("heading")).strip(" :;.")
    return None


def _items(text: str) -> list[str]:
    items = []
    for part in split_list(text):
        pieces = re.split(r"\s+and\s+(?=[^,]*$)", part)
        if len(pieces) == 2 and len(pieces[0].split()) == 1:  # "local and federal public servants": one item
            pieces = [part]
        for piece in pieces:
            piece = _ITEM_PREFIX.sub("", piece.strip()).strip(" .")
            if piece and len(piece.split()) <= 6:
                items.append(piece)
    return items


class TrainingReader:
    """Reads the trainings of one sentence into the graph."""

    def __init__(self, builder: Builder, programme: str | None, source: Source) -> None:
        self.b, self.kg, self.programme, self.source = builder, builder.kg, programme, source

    def trainees(self, sentence: str, actors: list[Mention], courses: list[Course]) -> list[tuple[Trainee, int]]:
        """Whom the sentence says were trained, each with where it is written."""
        found: list[tuple[Trainee, int]] = []
        counted = [m for m in _COUNT.finditer(sentence) if not re.match(r"(19|20)\d\d$", m.group("number"))]
        for match in counted:
            group = match.group("group").lower()
            bodies = self.bodies_of(sentence[match.end() :]) or self.bodies_in(match.group("group"))
            if bodies:  # "58 officials of the NSSF and the MEF", "46 NSSF officials": those bodies were trained
                number = count(match.group("number"))
                found += [(Trainee(self.kg.node(b)["name"], b, participants=number), match.start()) for b in bodies]
                continue
            if group not in GENERIC:
                found.append((Trainee(group, participants=count(match.group("number"))), match.start()))
                continue
            listed = _LIST_AFTER.match(sentence[match.end() :])
            if listed:
                for item in _items(listed.group("paren") or listed.group("tail")):
                    found.append((self.trainee(item, actors), match.start()))
        target = _TO.search(sentence)
        if target:
            rest = target.group("rest")
            cue = _TRAINER.search(rest)
            for actor in self.b.mentions(rest[: cue.start()] if cue else rest):
                found.append((Trainee(self.kg.node(actor.node_id)["name"], actor.node_id), target.start()))
        if not found:  # "Domestic workers have improved ... after training": the subject, uncounted
            subject = _UNCOUNTED.match(sentence.lstrip("-• "))
            if subject and _RECEIVED.search(sentence):
                found.append((Trainee(subject.group("group").lower()), 0))
            for course in courses:
                inside = _INSIDE.search(course.name)
                if inside:
                    group = self.of_place(inside.group(1).lower(), course.name[inside.end() :])
                    found.append((Trainee(group, course=course.name), course.start))
        return [
            (t, at)
            for t, at in found
            if t.name not in GENERIC
            and (t.node is not None or t.name.split()[-1] not in GENERIC)  # "JP stakeholders": no group
            and (t.node is None or not self.kg.is_a(t.node, "UNAgency", "Fund"))
        ]

    def bodies_of(self, rest: str) -> list[str]:
        """The known bodies a counted group belongs to, named right after it ("officials of the MEF and
        the GS-NSPC"), not UN agencies; none when a place or anything else follows."""
        opening = _OF_BODIES.match(rest)
        if opening is None:
            return []
        listed = _listed(self.b.mentions(rest), rest, opening.end(), lead=0)
        return [m.node_id for m in listed if not self.kg.is_a(m.node_id, "UNAgency", "Fund")]

    def bodies_in(self, group: str) -> list[str]:
        """The known body a counted group's modifier names ("46 NSSF officials": the NSSF), not a UN
        agency."""
        return [
            m.node_id
            for m in self.b.mentions(group)
            if self.kg.is_a(m.node_id, "Actor") and not self.kg.is_a(m.node_id, "UNAgency", "Fund")
        ]

    def of_place(self, group: str, rest: str) -> str:
        """A group with the place its course names right after it ("domestic workers of Accra")."""
        place = re.match(r"\s+(?:of|in|from)\s+(?:the\s+)?", rest)
        if place:
            named = self.b.mentions(rest[place.end() :], "place")
            if named and named[0].start == 0:
                return f"{group}{rest[: place.end() + named[0].end]}"
        return group

    def trainee(self, item: str, actors: list[Mention]) -> Trainee:
        """A list item: the known body it names, else a target group named as written."""
        named = self.b.mentions(item)
        if len(named) == 1 and len(named[0].text) >= len(item) * 0.6:
            return Trainee(self.kg.node(named[0].node_id)["name"], named[0].node_id)
        return Trainee(item.lower())

    def trainers(self, sentence: str) -> list[str]:
        """The bodies the sentence names as who trained."""
        return list(dict.fromkeys(node for node, _, _ in self.trainers_at(sentence)))

    def trainers_at(self, sentence: str) -> list[tuple[str, int, bool]]:
        """Each body named as who trained, where its cue stands, and whether the cue says it delivered
        the course ("conducted by", "alongside"; not a bare "with", nor a plan: "will be developed in
        collaboration with"). "ILO's ITC" is the ITC."""
        found = []
        for match in _TRAINER.finditer(sentence):
            rest = match.group("rest")
            bare = re.fullmatch(r"with", match.group().strip(), re.I) and not _RUN_CUE.search(sentence[: match.start()])
            strong = not bare and not _PLANNED.search(sentence[: match.start()])
            named_all = self.b.mentions(rest)
            at = 0
            for i, named in enumerate(named_all):  # "by the ILO", "alongside ICAT and CIF": right after the cue
                if named.start < at:
                    continue
                if not re.fullmatch(r"\s*(?:,|and|,\s*and)?\s*(?:the\s+)?", rest[at : named.start]):
                    break
                node, at = named.node_id, named.end
                following = named_all[i + 1] if i + 1 < len(named_all) else None
                if following is not None and re.fullmatch(r"\s*['’]s\s+(?:own\s+)?", rest[named.end : following.start]):
                    node, at = following.node_id, following.end  # "ILO's ITC": the centre, part of the ILO
                if node != self.programme:
                    found.append((node, match.start(), strong))
        return found

    def by_whom(self, sentence: str) -> bool:
        """Whether the sentence says who gave the training with "by" ("after training provided by
        the International Training Centre", "the course conducted by the institute"): that body
        trained, not the report's programme (which may implement the course). A UN agency is not
        such a body: "provided by the ILO" is the programme's work through one of its agencies."""
        return any(
            _BY_CUE.match(sentence, at) and not self.kg.is_a(node, "UNAgency")
            for node, at, _ in self.trainers_at(sentence)
        )

    def node_of(self, trainee: Trainee) -> str:
        """The node of whom a training reached: the body named, the group the document named more
        fully (:meth:`named_fully`), else the group as written."""
        if trainee.node is not None:
            return trainee.node
        fuller = self.named_fully(trainee.name)
        if fuller is not None:
            self.kg.add_node(fuller, "TargetGroup", self.kg.node(fuller)["name"], self.source)
            return fuller
        group = node_iri("TargetGroup", trainee.name)
        self.kg.add_node(group, "TargetGroup", trainee.name, self.source)
        return group

    def named_fully(self, name: str) -> str | None:
        """The one group this document named earlier with the same first and last words as ``name``
        and more words between them, in order ("livestock day herders" for a later "livestock
        herders"); None when there is none or several."""
        words = name.split()
        if len(words) < 2:
            return None
        found = []
        for node, data in self.kg.nodes("TargetGroup"):
            theirs = data["name"].casefold().split()
            if len(theirs) <= len(words) or theirs[0] != words[0] or theirs[-1] != words[-1]:
                continue
            rest = iter(theirs)
            if all(w in rest for w in words) and any(s.doc == self.source.doc for s in data["sources"]):
                found.append(node)
        return found[0] if len(found) == 1 else None

    def course(self, course: Course, groups: frozenset[str] = frozenset()) -> str:
        """The programme's node of this course: a course already read whose words are the same
        course's (:func:`same_course`), or one that trains one of ``groups`` (the sentence's trainees)
        under a wording whose words hold this one's (:func:`narrower`), else a new one."""
        assert self.programme is not None
        key = course_key(course.name)
        known = self.b.index(f"trainings of {self.programme}")  # course key -> node
        node = known.get(key) or next((n for k, n in known.items() if same_course(k, key)), None)
        if node is None and groups:
            node = next(
                (
                    n
                    for n in dict.fromkeys(known.values())
                    if groups & set(self.kg.out(n, "trains"))
                    and any(narrower(course_key(name), key) for name in self.names(n))
                ),
                None,
            )
        if node is None:
            node = node_iri("Activity", "training", self.programme.rsplit("/", 1)[-1], key)
        known.setdefault(key, node)
        name = course.name[0].upper() + course.name[1:]
        self.kg.add_node(node, "Training", name, self.source)
        if self.b.resolve(name) is None:  # later sentences name it: "the workshop for X will begin"
            self.b.register(node, name)
        return node

    def names(self, node: str) -> tuple[str, ...]:
        """A node's name and aliases."""
        data = self.kg.node(node)
        return (data["name"], *data["aliases"])

    @staticmethod
    def after(nodes: list[str], courses: list[Course], at: int) -> str:
        """The course written after position ``at`` (a count, a group), else the last one before it."""
        later = [n for n, c in zip(nodes, courses, strict=True) if c.start >= at]
        return later[0] if later else nodes[-1]

    def for_body_named_later(self, sentence: str) -> None:
        """A training given to a body the graph knows by this spelling only once every document is
        read ("a training was conducted for the Secretary of Labor ..." where another reader makes
        that spelling the ministry's): whoever trained ``trains`` it."""
        target = _TO.search(sentence)
        if target is None:
            return
        rest = target.group("rest")
        cue = _TRAINER.search(rest)
        named = self.trainers(sentence)
        trainers = named if named and self.by_whom(sentence) else [self.programme, *named]
        object_ = rest[: cue.start()] if cue else rest
        bodies = [m.node_id for m in self.b.mentions(object_)]
        if not bodies:  # a spelling several places' bodies share, the country's own when it resolves so
            bodies = [n for n in map(self.b.resolve, organisations.candidates(object_)) if n is not None]
        for body in dict.fromkeys(bodies):
            if not self.kg.is_a(body, "Actor") or self.kg.is_a(body, "UNAgency", "Fund"):
                continue
            for trainer in trainers:
                if trainer is not None and trainer != body:
                    self.kg.add_edge(trainer, "trains", body, self.source)

    def planned(self, raw: str, sentence: str) -> list[str]:
        """The courses a plan names as courses ("The design of a course on X will be developed in
        collaboration with the institute"): their nodes, which the headings over the plan and who it
        is developed with can then relate; nobody ``trains`` anybody yet."""
        named = {c.name for c in titles(raw, sentence)}
        return [self.course(c) for c in courses_of(raw, sentence) if c.name in named or _COURSE_HEAD.match(c.name)]

    def read(self, raw: str, sentence: str, actors: list[Mention]) -> None:
        """Add the trainings ``sentence`` (a sentence of the plain text of line ``raw``) states."""
        if self.programme is None or not TRAINING.search(sentence):
            return
        if _PLAN.search(sentence):
            self.planned(raw, sentence)
            return
        courses = courses_of(raw, sentence)
        if not courses and heading(raw):
            courses = [Course(str(heading(raw)), 0)]
        trainees = self.trainees(sentence, actors, courses)
        if not trainees and not courses:
            self.b.at_finish(lambda: self.for_body_named_later(sentence))
        totals = [  # "Twelve members ... received training on X": X's count
            m
            for m in _COUNT.finditer(sentence)
            if m["group"].lower() in GENERIC and not re.match(r"(19|20)\d\d$", m["number"])
        ]
        delivered = courses and any(strong for _, _, strong in self.trainers_at(sentence))
        if not trainees and not titles(raw, sentence) and not (courses and (totals or delivered)):
            return
        groups = frozenset(t.node or node_iri("TargetGroup", t.name) for t, _ in trainees)
        nodes = [self.course(c, groups if len(courses) == 1 else frozenset()) for c in courses]
        if _IMPLEMENTED.search(sentence):
            for node in nodes:
                self.kg.add_edge(self.programme, "implements", node, self.source)
        for match in totals:
            if nodes:
                self.kg.add_claim(
                    self.after(nodes, courses, match.start()), "participantCount", count(match["number"]), self.source
                )
        deliverers: dict[str, list[str]] = {}  # course node -> who delivered it
        for trainer, at, strong in self.trainers_at(sentence):  # "the course on X conducted by ICAT"
            before = [(n, c) for n, c in zip(nodes, courses, strict=True) if c.start < at]
            between = sentence[before[-1][1].start + len(before[-1][1].name) : at] if before else ""
            if strong and before and not _ANOTHER.search(between):  # no other course named in between
                self.kg.add_edge(trainer, "implements", before[-1][0], self.source)
                deliverers.setdefault(before[-1][0], []).append(trainer)
                if _VALIDATED.search(raw) and self.kg.is_a(trainer, "TrainingInstitute"):
                    self.kg.add_edge(trainer, "validates", before[-1][0], self.source)
            elif strong and not before and nodes and _DELIVERS_AHEAD.search(sentence[:at] + sentence[at : at + 40]):
                self.kg.add_edge(trainer, "implements", nodes[0], self.source)  # "through the grant to A, ... X"
                deliverers.setdefault(nodes[0], []).append(trainer)
        named = self.trainers(sentence)
        trainers = named if named and self.by_whom(sentence) else [self.programme, *named]
        for trainee, at in trainees:
            target = self.node_of(trainee)
            qualifiers = {"participants": trainee.participants} if trainee.participants else None
            own = [n for n, c in zip(nodes, courses, strict=True) if c.name == trainee.course]
            if own:  # whom a course's name trains: trained by who delivered that course
                by = [*([] if named and self.by_whom(sentence) else [self.programme]), *deliverers.get(own[0], [])]
            for trainer in by if own else trainers:
                if trainer != target:
                    self.kg.add_edge(trainer, "trains", target, self.source, qualifiers)
            if nodes:
                node = self.after(nodes, courses, at)
                self.kg.add_edge(node, "trains", target, self.source, qualifiers)
                if trainee.participants:
                    self.kg.add_claim(node, "participantCount", trainee.participants, self.source)
