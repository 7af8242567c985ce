"""Who did what with each product, pilot, law or campaign, from the sentences that say so.

The rules read one sentence at a time and relate only what the sentence names: actors found by
the builder's mentions, and *things* (laws, policies, pilots, mechanisms, campaigns, products)
either named outright or referred to by a generic noun ("a technical study", "the diagnostics of
Maseru and Leribe", "this product"), resolved by :class:`~gapgraph.loaders.references.References`.
Each edge cites the line of its sentence.

=================================================  ==========================================
the sentence says                                  edge
=================================================  ==========================================
"X was (jointly) developed / launched by A and B"  A ``produces`` X (``implements`` a pilot)
"A developed / launched X"                         A ``produces`` X
"X developed in collaboration with A",             X ``developedWith`` A
"with the support of A", "jointly with A"
"comments / inputs / feedback from A"              A ``produces`` X (role ``contributed``)
"X validated / approved by A"                      A ``validates`` X (``adopts`` a law)
"X evaluated by A", "the evaluation ... by A"      A ``evaluates`` X
"X presented to / alongside A"                     X ``presentedTo`` A
"X grounded on the technical advice of A"          A ``providesTechnicalAssistanceTo`` X
"X implemented / carried out by A"                 A ``implements`` X
"A's ITC on-line course X", "the BoS' pilot"       A ``implements`` X, ``pilots`` it
                                                   (:mod:`gapgraph.loaders.runners`)
"the deposit of C189 by A", "signed ... by A"      A ``deposits`` / ``adopts`` it
                                                   (:mod:`gapgraph.loaders.law_steps`)
"A, in coordination with B, held X"                B ``participatesIn`` X
"A installed a mechanism for X", "The creation of  A (or the programme) ``implements`` it
the network of X ..."                              (:mod:`gapgraph.loaders.founding`)
=================================================  ==========================================

A list after the verb ("by the BoS and the WFP", "UNICEF and LCN") gives one edge per
actor; a generic plural with a list of places ("the diagnostics of Maseru, Leribe and
Mafeteng") gives one edge per thing. Relations whose ends do not fit the ontology are not written.

>>> [m.group("verb") for m in _PASSIVE.finditer("a study was jointly launched by the BoS")]
['launched']
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from gapgraph.graph.ids import node_iri
from gapgraph.loaders import founding, law_steps, money, runners, speakers
from gapgraph.loaders.builder import Builder, Mention
from gapgraph.loaders.discovery import plural_bodies
from gapgraph.loaders.document import Document
from gapgraph.loaders.reader import DocumentReader
from gapgraph.loaders.references import (
    _CLAUSE_END,
    _GENERIC_HEADS,
    _HEADS,
    _LEAD_GAP,
    _LIST_GAP,
    THINGS,
    References,
    Thing,
    _listed,
    _words,
)
from gapgraph.loaders.sections import sentences
from gapgraph.loaders.text import WRITTEN_DATE, parse_date, plain
from gapgraph.ontology.models import Source

PROGRAMME_OF_DOCUMENT = "programme of document"
"""The builder's index of the programme each programme report is about (document id -> node)."""

_MAKE = "developed|produced|prepared|elaborated|designed|drafted|written|created|generated|launched|published"
_FINISH = "completed|concluded|finali[sz]ed"
"""Verbs of finishing: "we completed a regulatory study" (the subject made it)."""
_RUN = "implemented|conducted|carried out|led|coordinated|delivered|organi[sz]ed"
_JUDGE = "validated|evaluated|approved|adopted|endorsed|reviewed"
_PASSIVE = re.compile(
    rf"\b(?:jointly\s+|formally\s+|officially\s+)?(?P<verb>{_MAKE}|{_RUN}|{_JUDGE})\s+(?:jointly\s+)?by\b", re.I
)
_PROGRESSIVE = (
    r"(?:is|are|was|were)\s+(?:currently\s+|also\s+|now\s+|jointly\s+)?"
    r"(?:working on|designing|preparing|drafting|developing|elaborating|writing)"
)
"""Work under way ("A and B are working on a concept note"): A and B make it."""
_ACTIVE = re.compile(
    rf"^(?:\s*(?:,|and|&|the|jointly|together|also|has|have|had|successfully|formally|recently)\b)*\s*"
    rf"(?P<verb>{_MAKE}|{_RUN}|{_FINISH}|{_PROGRESSIVE}|piloted|validated|evaluated|approved|adopted|enacted|ratified|held)\b",
    re.I,
)
_ASIDE = re.compile(
    r",\s*(?:(?:in (?:close |direct )?(?:coordination|collaboration|partnership|cooperation) with|together with"
    r"|with the support of|with (?:the )?support from)\s[^,;.]{2,80}"
    r"|(?:financed|funded|supported) by\s[^,;.]{2,120}),"
)
"""A with-phrase or a funding phrase between a subject and its verb ("A, in coordination with B,
developed X"; "A, financed by B with resources from C, designed X")."""
_WITH = re.compile(
    r"\b(?:in (?:close |direct )?(?:collaboration|partnership|coordination|alliance|cooperation) with"
    r"|with the (?:technical )?(?:support|collaboration|participation|help|inputs?|contribution) of"
    r"|with (?:the )?(?:technical )?support from"
    r"|jointly with|together with|along(?:side)? with|alongside|co-(?:developed|organi[sz]ed|created) with"
    r"|(?:alliance|partnership) (?:was |were )?(?:formed|established|built|made) with"
    r"|(?:developed|made|designed|prepared|produced|elaborated|completed|redesigned|launch(?:ed)?) with"
    r"|(?:developed|made|designed|prepared|produced|elaborated) along(?!\s+with))\b",
    re.I,
)
_ASIDE_OPEN = re.compile(r",\s*$")
_HELD_AFTER_ASIDE = re.compile(
    r"[^,;.]{2,120}?,\s*(?:(?:has|have|had|also|jointly)\s+)*(?:held|hosted|convened|organi[sz]ed)\b", re.I
)
"""A with-aside between a subject and a verb of holding ("A, in coordination with B, held 6 sessions"):
B ``participatesIn`` the event or activity (A holds it; B did not make it)."""
_ANOTHER_PHRASE = re.compile(r"\b(?:and|or|as well as)\s+(?:a|an|another|other|new)\s+\w", re.I)
"""A second noun phrase, indefinite, coordinated after a thing: "X and a Law initiative presented"."""
_RUN_WITH = re.compile(rf"\b(?:{_RUN})\s+(?:jointly\s+)?$", re.I)
"""A verb of running right before a with-phrase ("implemented alongside A"): A implements the thing."""
_PUBLISH_WITH = re.compile(r"\b(?:published|launched|issued)\b[^.;]{0,20}?$|\bjoint\s+publication\s+$", re.I)
"""A verb of publishing before 'along with A' ("published, along with A, a study"): A co-published it."""
_CO_MAKER = re.compile(r"^(?:jointly with|together with|along(?:side)? with|with)$", re.I)
_PROGRAMME_REF = re.compile(
    r"\b(?:the\s+)?(?:JP|joint\s+program(?:me)?)\b(?!-)(?!\s+(?:of|in|on|for)\b)|\bthe\s+programme\b(?!-)"
    r"|(?<![\w-])(?-i:[Ww]e)\b(?!-)",
    re.I,
)
"""How a programme's own report names it as an actor ("the JP", "the Joint Programme", "we")."""
_AGENTLESS = re.compile(
    rf"\b(?:was|were|has been|have been|had been)\s+(?:jointly\s+|successfully\s+|also\s+)?"
    rf"(?P<verb>{_MAKE}|finali[sz]ed|concluded|completed)\b(?!\s+(?:jointly\s+)?by\b)",
    re.I,
)
"""'X was produced', 'X has been elaborated' with no agent: in a programme's own report, its work."""
_AGENTLESS_RUN = re.compile(
    r"\b(?:was|were|has been|have been|had been)\s+(?:successfully\s+|also\s+)?(?:adopted\s+and\s+)?"
    r"(?:implemented|piloted|tested|carried out)\b(?!\s+(?:jointly\s+)?by\b)",
    re.I,
)
"""'A pilot on X was implemented' with no agent, in a programme's own report: the programme pilots it."""
_BODY_ADOPTS = re.compile(r"\b(?:adopted|approved|endorsed)\b", re.I)
"""A body's act of adopting something ("the Council endorsed a new protocol"): the active reading may
find a policy no node names yet (unlike :data:`unct_report._ENACTED`, a law's own step)."""
_NEW_POLICY = re.compile(
    r"^\s*(?:the\s+|a\s+|an\s+|new\s+)*(?P<name>(?:[\w-]+\s+){0,4}?"
    r"(?:guidelines|polic(?:y|ies)|protocols?|regulations|norms|standards)"
    r"(?:\s+(?:for|on|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)?)\s*(?=[,.;]|$|\s+(?:that|which|to|with|and)\b)",
    re.I,
)
"""What an actor adopted when no known thing is named: a noun phrase with a policy's head."""
_NEGATED = re.compile(r"\b(?:not|never|yet to be)\s+(?:\w+\s+){0,2}$", re.I)
"""What before a verb says the step was not taken ("has not yet been approved by")."""
_BULLET_MAKING = re.compile(
    r"^(?:Preparing|Developing|Elaborating|Designing|Drafting|Producing|Creating|Publishing|Launching)"
    r"(?:\s+and\s+(?:launching|publishing|disseminating))?\s+(?:(?:the|a|an)\s+)?"
)
"""An achievement a programme's report lists by its making ("Preparing a technical analysis ...")."""
_THROUGH = re.compile(r"\bthrough\s+", re.I)
"""'we offered technical assistance through a technical analysis of X': the subject made the analysis."""
_MADE_THROUGH = ("KnowledgeProduct", "Activity")
_PENDING = re.compile(
    r"\b(?:pending|awaits?|awaiting)\s+(?:its\s+|the\s+|their\s+)?(?:approval|vote)\s+(?:by|of|in|from)\b", re.I
)
"""'X, pending approval by A': X was presented to A (A has not adopted it yet)."""
_FORTHCOMING = re.compile(
    r"\b(?:the|its|their)\s+(?:soon[- ]to[- ]be|recently|newly|just)\s+(?:published|launched|released|finali[sz]ed)\s+",
    re.I,
)
"""'the soon to be published diagnostics of A and B': in a programme's own report, its work."""
_MADE_BY_PROGRAMME = ("KnowledgeProduct", "Campaign", "Event", "Activity")
"""What an agentless "was produced" makes the programme's own work (not laws or policies others adopt)."""
_INPUTS = re.compile(
    r"\b(?:comments|inputs?|feedback|contributions|observations|requests|suggestions)\s+(?:from|of|by)\b", re.I
)
_OWNER = re.compile(r"^[\"”’*]?\s+of\s+(?:the\s+)?$")
"""'the campaign "Stay Safe" of the Ministry of Health': the ministry's campaign."""
_OWNED = ("Campaign", "KnowledgeProduct")
_GAVE_INPUTS = re.compile(
    r"\b(?:provided|gave|made|sent|shared)\s+(?:their\s+|its\s+)?(?:inputs?|comments|feedback)\b", re.I
)
_PRESENTED = re.compile(r"\bpresented\s+(?:to|before|alongside|with|in)\b|\bsubmitted\s+to\b", re.I)
_ADVICE = re.compile(
    r"\b(?:technical|legal)(?: and (?:technical|legal))? (?:advice|assistance|support|accompaniment)"
    r"(?: (?:provided|given|offered))? by\b",
    re.I,
)
_EVALUATION_BY = re.compile(r"\bevaluation\b[^.;]*?\b(?:carried out|conducted|made|done|performed)\s+by\b", re.I)
_ANY_TRIGGER = re.compile(
    "|".join(
        re.sub(r"\?P<\w+>", "?:", p.pattern)
        for p in (
            *(_PASSIVE, _WITH, _INPUTS, _GAVE_INPUTS, _PRESENTED, _ADVICE, _EVALUATION_BY, _AGENTLESS, _PENDING),
            *(law_steps.NOMINAL, law_steps.SIGNED_BY, law_steps.BY_RATIFYING),
        )
    )
    + rf"|\b(?:{_MAKE}|{_RUN}|{_FINISH}|{_PROGRESSIVE}|piloted|validated|evaluated|approved|adopted|enacted)\b"
    + r"|\bratified\b|\bpilot\b|[\"”*]\s+of\s|\bcampaigns?\s+of\s|\bthrough\b|^\w+ing\b"
    + r"|['’]s?\s+(?:[\w-]+\s+){0,3}?(?:course|training|workshop|webinar|seminar|e-?learning|programme|program)",
    re.I,
)
"""A sentence without any of these words states no attribution: not read further."""
_OBJECT_END = re.compile(_CLAUSE_END.pattern + r"|\bthat\b", re.I)
"""Where the object of an active verb ends ("developed actions that contributed to X": not X)."""
_PASSIVE_REACH = 120
"""How far before a passive verb its thing may end ("the study, developed with A and B, and validated by C")."""
_OBJECT_REACH = 80
"""How far after its verb an object may start ("developed X, a platform used to ... strategies": not
the strategies)."""
_COUNTED = re.compile(rf"\b(?:two|three|four|five|six|several|various)\s+(?:[\w-]+\s+){{0,2}}?{_GENERIC_HEADS}\b", re.I)
"""A counted phrase of products ("in three costing studies"): several things no node names, closer to
the verb than the thing before them."""
_PROPER_NAME = re.compile(r"\s*(?:the\s+)?((?:[A-Z][\w'’.&-]*)(?:\s+(?:[A-Z][\w'’.&-]*|de|of|y|and))*)")
_DESCRIBED = re.compile(r"\s*(?:a|an|the)\s+(?:[\w-]+\s+){1,8}?(?:in\s+[\w-]+\s+)?\(", re.I)
"""A body described before its name in brackets: "with a well-known research centre in Lesotho
(LRC)"."""


def _described(actors: list[Mention], text: str, position: int) -> list[Mention]:
    """The actor named in brackets right after a description of it at ``position`` ("with a leading
    university in Lesotho (NUL)"), or none."""
    match = _DESCRIBED.match(text, position)
    if match is None:
        return []
    return [a for a in actors if a.start == match.end() and text[a.end : a.end + 1] == ")"][:1]


_IN_CELLS = re.compile(
    rf"{_EVALUATION_BY.pattern}|\b(?:officially\s+|formally\s+)?presented\s+(?:to|in|before)\b"
    r"|\b(?:the|this|a)\s+(?:[\w-]+\s+){0,3}?(?:campaign|study|guide|diagnostic|report)\s+developed\s+(?:with|along)\b",
    re.I,
)
"""What a table cell is read for: who evaluated something, and where a law or product was presented
(a results table explains an indicator so: "The proposal ... has been officially presented in Congress")."""
_TO_AUTHORITIES = re.compile(
    r"^(?P<det>both|these|they|all)\b[^.;]{0,40}?\bpresented\s+to\s+(?:the\s+)?"
    r"(?:public|local|state|subnational|governmental)\s+authorities\b",
    re.I,
)
"""'Both were presented to public authorities': the things just listed, to their places' governments."""
_GOVERNMENT = re.compile(r"^(?:the\s+)?(?:state\s+|local\s+|municipal\s+)?government\s+of\b", re.I)
_PLACED_AFTER = re.compile(
    r"^(?:\s+at\s+(?:the\s+)?(?:local|state|municipal|national)\s+level)?\s*,?\s+in\s+(?:the\s+)?"
    r"(?:(?:municipality|state|city|district|province|borough)\s+of\s+)?",
    re.I,
)
"""What may come between a thing's name and the place it is in: "pilot at local level, in A"."""


class AttributionReader(DocumentReader):
    """Applies the attribution rules to the sentences of one document."""

    def __init__(self, builder: Builder, doc: Document) -> None:
        super().__init__(builder, doc)
        self.references = References(builder)
        self.references.document = doc.id
        self.line = 0
        self.programme = builder.index(PROGRAMME_OF_DOCUMENT).get(doc.id)
        """The programme whose own report this is ("the JP" names it), if a loader said so."""
        self.text = ""
        """The line being read (what a phrase of one of its sentences may be read by)."""
        self.maker: tuple[int, list[str]] = (0, [])
        """The line and the actors of its last sentence "A produced N products"."""

    def actors(self, sentence: str) -> list[Mention]:
        """The actors the sentence names, and "the JP" / "the Joint Programme" in a programme's report."""
        found = self.b.mentions(sentence)
        if self.programme is None:
            return found
        for match in _PROGRAMME_REF.finditer(sentence):
            if not any(m.start < match.end() and match.start() < m.end for m in found):
                found.append(Mention(self.programme, match.group(), match.start(), match.end()))
        return sorted(found, key=lambda m: (m.start, m.node_id))

    def things(self, sentence: str, own: str | None = None) -> list[Thing]:
        """Things the sentence names or refers to, in order."""
        named = [
            Thing(self.placed(m.node_id, sentence[m.end :]), m.start, m.end) for m in self.b.mentions(sentence, THINGS)
        ]
        bodies = [(m.start, m.end) for m in self.b.find_names(sentence, "actor")]
        generic = [  # "the Institute for Labor Training" is a body, not a training
            t
            for t in self.references.find(sentence, own)
            if not any(t.start < n.end and n.start < t.end for n in named)
            and not any(t.start < e and s < t.end for s, e in bodies)
        ]
        return sorted(named + generic, key=lambda t: (t.start, t.node_id))

    def placed(self, node_id: str, tail: str) -> str:
        """The thing a name means when a place follows it ("the first care services pilot at local
        level, in Iztapalapa"): the one known thing of its class located there whose name holds every
        word of that name, if there is one; else the thing named."""
        where = _PLACED_AFTER.match(tail)
        if where is None:
            return node_id
        places = [m.node_id for m in self.b.mentions(tail[where.end() :], "place") if m.start == 0]
        if not places:
            return node_id
        data = self.kg.node(node_id)
        words = _words(data["name"])
        found = [
            other
            for other, _ in self.kg.nodes(data["type"])
            if other != node_id
            and set(self.kg.out(other, "locatedIn")) & set(places)
            and any(words <= _words(name) for name in self.references.names(other))
        ]
        return found[0] if len(found) == 1 else node_id

    def to_authorities(self, sentence: str, source: Source) -> None:
        """ "1) "Strategy ... in Oaxaca"; and 2) "Strategy ... in Jalisco". Both were presented to
        public authorities": each thing the line named before ``presentedTo`` the government of the
        place it is located in (a state's or a municipality's, never the country's), when exactly
        one such body is known there."""
        match = _TO_AUTHORITIES.match(sentence)
        at = self.text.find(sentence[:40])
        if match is None or at <= 0:
            return
        named = list(dict.fromkeys(m.node_id for m in self.b.mentions(self.text[:at], THINGS)))
        if match["det"].lower() == "both" and len(named) != 2:
            return
        for thing in named:
            for place in self.kg.out(thing, "locatedIn"):
                if self.kg.is_a(place, "Country"):
                    continue
                governments = [
                    body
                    for body in self.kg.into(place, "locatedIn")
                    if self.kg.is_a(body, "GovernmentBody") and _GOVERNMENT.match(self.kg.node(body)["name"])
                ]
                if len(governments) == 1:
                    self.relate(thing, "presentedTo", governments[0], source)

    def read(self, sentence: str, source: Source, own: str | None = None) -> None:
        """Every attribution the sentence states."""
        sentence = plain(sentence)
        founds = founding.TRIGGER.search(sentence) is not None
        if not _ANY_TRIGGER.search(sentence) and not founds:
            return
        self.references.antecedents.clear()
        self.to_authorities(sentence, source)
        actors = self.actors(sentence)
        if founds and own is None:
            founding.read(self, sentence, actors, source)  # "the JP has installed a mechanism for X"
        things = self.things(sentence, own)
        named = self.b.mentions(sentence, THINGS)
        self.references.recent.update((m.node_id, self.line) for m in named)
        self.note_maker(sentence, actors)
        if not things and own is None and not _FORTHCOMING.search(sentence):
            if _BODY_ADOPTS.search(sentence):  # "the Commission adopted OSH guidelines": a policy not known yet
                self.active(sentence, actors, things, source)
            runners.pilots(self, sentence, actors, things, source)  # "BoS’ pilot test for ...": a pilot in other words
            return
        evaluations = {m.end() for m in _EVALUATION_BY.finditer(sentence)}
        for match in _PASSIVE.finditer(sentence):
            if match.end() in evaluations:
                continue  # "the evaluation was carried out by K": K evaluates, it did not make the thing
            if _NEGATED.search(sentence[: match.start()]):
                continue  # "has not yet been approved by the Senate": no step taken
            by = _listed(actors, sentence, match.end())
            target = self.before(things, match.start(), own, sentence)
            ends = [t.end for t in things if t.node_id in target and t.end <= match.start()]
            if ends and match.start() - max(ends) > _PASSIVE_REACH:
                target = []  # "... a concept note and [150 characters] of methodologies developed by A": not the note
            for thing in target:
                for actor in by:
                    self.attribute(actor.node_id, match.group("verb"), thing, source, sentence)
        for match in _EVALUATION_BY.finditer(sentence):
            for thing in self.before(things, match.end(), own, sentence) or self.after(things, match.end()):
                for actor in self.by_name(sentence, match.end(), actors, source):
                    self.relate(actor, "evaluates", thing, source)
        with_plurals = sorted([*actors, *plural_bodies.named(self.b, sentence)], key=lambda m: (m.start, m.node_id))
        for pattern, relation in ((_WITH, "developedWith"), (_PRESENTED, "presentedTo")):
            for match in pattern.finditer(sentence):
                around = sentence[max(0, match.start() - 12) : match.end()]
                if relation == "developedWith" and _PRESENTED.search(around):
                    continue
                partners = _listed(with_plurals, sentence, match.end()) or _described(actors, sentence, match.end())
                end = partners[-1].end if partners else match.end()
                close = [t for t in things if t.start >= end and _LIST_GAP.match(sentence[end : t.start])]
                chosen = self.after(close, end) or self.before(things, match.start(), own, sentence)
                if chosen and not self.after(close, end) and self.other_phrase(things, chosen, match.start(), sentence):
                    chosen = []  # "the System and a Law initiative presented in the Senate": not the System
                role = self.with_role(sentence[: match.start()], match.group()) if relation == "developedWith" else None
                if (
                    relation == "developedWith"
                    and _HELD_AFTER_ASIDE.match(sentence[match.end() :])
                    and _ASIDE_OPEN.search(sentence[: match.start()])
                ):
                    role = "participatesIn"  # "A, in coordination with B, held X": B took part in X
                for thing in chosen or self.after(things, match.end()):
                    when = self.step_date(sentence, match.start(), thing)
                    for actor in partners:
                        if role is None or not self.relate(actor.node_id, role, thing, source, self.qualifiers(role)):
                            self.relate(thing, relation, actor.node_id, source, {"onDate": when} if when else None)
        for match in _PENDING.finditer(sentence):
            bodies = [a.node_id for a in _listed(actors, sentence, match.end())]
            pending = self.before(things, match.start(), own, sentence) or self.after(things, match.end())
            if re.search(r"\brespectively\b", sentence[match.end() :]):  # "X and Y await ... A and B, respectively"
                earlier = [t.node_id for t in things if t.end <= match.start()]
                pairs = list(zip(earlier, bodies, strict=True)) if len(earlier) == len(bodies) else []
            else:
                pairs = [(thing, body) for thing in pending for body in bodies]
            for thing, body in pairs:
                self.relate(thing, "presentedTo", body, source)
        self.agentless(sentence, things, source, own)
        founding.agentless(self, sentence, things, source)
        self.owners(sentence, actors, things, source)
        self.made_as_listed(sentence, actors, things, source)
        runners.pilots(self, sentence, actors, things, source)
        runners.courses(self, sentence, actors, things, source)
        law_steps.read(self, sentence, actors, things, source, own)
        for match in _INPUTS.finditer(sentence):
            for thing in self.before(things, match.start(), own, sentence) or self.after(things, match.end()):
                for actor in _listed(actors, sentence, match.end(), lead=80):
                    self.contributed(actor.node_id, thing, source)
        for match in _GAVE_INPUTS.finditer(sentence):
            subject = [a for a in actors if a.end <= match.start()]
            subject = _listed(subject, sentence, subject[0].start) if subject else []
            for thing in self.before(things, subject[0].start if subject else 0, own, sentence):
                for actor in subject:
                    self.contributed(actor.node_id, thing, source)
        for match in _ADVICE.finditer(sentence):
            for thing in self.before(things, match.start(), own, sentence) or self.after(things, match.end()):
                for actor in _listed(actors, sentence, match.end()):
                    self.relate(actor.node_id, "providesTechnicalAssistanceTo", thing, source)
        self.active(sentence, actors, things, source)

    @staticmethod
    def other_phrase(things: list[Thing], chosen: list[str], position: int, sentence: str) -> bool:
        """Whether another noun phrase ("and a Law initiative") comes between the things chosen before
        a verb and the verb at ``position``: that phrase, not the things, is what the verb is about."""
        ends = [t.end for t in things if t.node_id in chosen and t.end <= position]
        if not ends:
            return False
        gap = sentence[max(ends) : position]
        return _ANOTHER_PHRASE.search(gap) is not None or _COUNTED.search(gap) is not None

    @staticmethod
    def with_role(before: str, phrase: str) -> str | None:
        """What a with-phrase makes its actors, by the verb right before it: "implemented alongside A"
        (A ``implements`` it), "published, along with A, ..." (A co-``produces`` it); else None (the
        thing is ``developedWith`` A)."""
        if _RUN_WITH.search(before):
            return "implements"
        if (_PUBLISH_WITH.search(before) and _CO_MAKER.match(phrase.strip())) or re.match(
            r"(?:launch|publish)", phrase, re.I
        ):
            return "produces"
        return None

    @staticmethod
    def qualifiers(relation: str) -> dict | None:
        return {"productRole": "produced"} if relation == "produces" else None

    def agentless(self, sentence: str, things: list[Thing], source: Source, own: str | None) -> None:
        """ "X was produced / has been elaborated" with no agent, in a programme's own report: the
        programme ``produces`` X (products, campaigns, events and activities only); "a pilot on X was
        implemented": the programme ``pilots`` it."""
        if self.programme is None:
            return
        makers = self.maker[1] if self.maker[0] == self.line else [self.programme]
        made: list[str] = []
        for match in _AGENTLESS.finditer(sentence):
            subject = self.subject(things, match.start(), sentence)
            made += subject or self.before(things, match.start(), own, sentence)
            if not subject and re.match(r"\s*(?:,\s*)?(?:including|such as|:)", sentence[match.end() :]):
                made += sorted({t.node_id for t in things if t.start >= match.end()})
            also = re.match(r"\s*,?\s*as well as\s+", sentence[match.end() :])
            if also:  # "a guide was developed, as well as three spots on ...": the spots too
                made += self.after([t for t in things if t.start <= match.end() + also.end() + 30], match.end())
        for match in _FORTHCOMING.finditer(sentence):
            rest = "the " + sentence[match.end() :]
            made += [t.node_id for t in self.references.find(rest, context=self.text) if t.start == 0]
            made += [t.node_id for t in things if t.start == match.end()]
            self.b.at_finish(lambda r=rest, t=self.text, m=makers, s=source: self.forthcoming(r, t, m, s))
        for thing in dict.fromkeys(made):
            if self.kg.schema.fits(self.kg.node(thing)["type"], _MADE_BY_PROGRAMME):
                for maker in makers:
                    self.relate(maker, "produces", thing, source, {"productRole": "produced"})
        for match in _AGENTLESS_RUN.finditer(sentence):
            for thing in self.before(things, match.start(), own, sentence):
                if self.kg.is_a(thing, "Pilot"):
                    self.relate(self.programme, "pilots", thing, source)

    def forthcoming(self, rest: str, text: str, makers: list[str], source: Source) -> None:
        """ "the soon to be published diagnostics of A, B and C", read again once every document is
        loaded: a product a later document lists (one place's diagnostic) is found then too."""
        for thing in [t.node_id for t in self.references.find(rest, context=text) if t.start == 0]:
            if self.kg.schema.fits(self.kg.node(thing)["type"], _MADE_BY_PROGRAMME):
                for maker in makers:
                    self.relate(maker, "produces", thing, source, {"productRole": "produced"})

    def made_as_listed(self, sentence: str, actors: list[Mention], things: list[Thing], source: Source) -> None:
        """In a programme's own report, "Preparing a technical analysis ..." (an achievement listed by
        its making) is the programme's work; "we offered advice through a technical analysis of X" the
        subject's."""
        if self.programme is None:
            return
        opening = _BULLET_MAKING.match(sentence)
        if opening is not None:
            first = [t for t in things if abs(t.start - opening.end()) <= 4]
            for thing in sorted({t.node_id for t in first if t.start == first[0].start} if first else set()):
                if self.kg.schema.fits(self.kg.node(thing)["type"], _MADE_BY_PROGRAMME):
                    self.relate(self.programme, "produces", thing, source, {"productRole": "produced"})
        for match in _THROUGH.finditer(sentence):
            clause = re.search(r"[.;]|,\s*(?:which|that|who|while|but)\b", sentence[match.end() :])
            limit = match.end() + min(clause.start() if clause else len(sentence), _OBJECT_REACH)
            made = [t.node_id for t in things if match.end() <= t.start < limit]
            before = [a for a in actors if a.end <= match.start()]
            if not before or not _LEAD_GAP.match(re.sub(r"^.*[,:;]\s*", "", sentence[: before[0].start])):
                continue  # no subject opens the clause: whose work it is, the sentence does not say
            makers = [a.node_id for a in _listed(before, sentence, before[0].start)]
            for thing in made:
                if self.kg.schema.fits(self.kg.node(thing)["type"], _MADE_THROUGH):
                    for maker in makers:
                        self.relate(maker, "produces", thing, source, {"productRole": "produced"})

    def owners(self, sentence: str, actors: list[Mention], things: list[Thing], source: Source) -> None:
        """ "the campaign "Stay Safe" of the Ministry of Health": the actors right after a campaign or
        product and "of" ``produces`` it."""
        for thing in things:
            if not self.kg.schema.fits(self.kg.node(thing.node_id)["type"], _OWNED):
                continue
            after = [a for a in actors if a.start >= thing.end and _OWNER.match(sentence[thing.end : a.start])]
            for actor in _listed(actors, sentence, after[0].start) if after else []:
                self.relate(actor.node_id, "produces", thing.node_id, source, {"productRole": "produced"})

    def subject(self, things: list[Thing], position: int, sentence: str) -> list[str]:
        """The thing that opens the clause of a passive verb ("The methodology for the diagnosis of a
        pilot in Leribe was concluded": the methodology, not the pilot of its complement)."""
        start = max((m.end() for m in re.finditer(r"[.;:]|,\s", sentence[:position])), default=0)
        first = [t for t in things if start <= t.start < position and t.end <= position]
        if not first or not _LEAD_GAP.match(sentence[start : first[0].start]):
            return []
        return sorted({t.node_id for t in first if t.start == first[0].start})

    def note_maker(self, sentence: str, actors: list[Mention]) -> None:
        """ "UN Women produced 16 knowledge products ...": the maker an agentless "a document ... has
        been completed" later in the same line means (rather than the programme)."""
        if not actors or not _LEAD_GAP.match(sentence[: actors[0].start]):
            return
        subject = _listed(actors, sentence, actors[0].start)
        verb = _ACTIVE.match(sentence[subject[-1].end :])
        if verb is not None and re.fullmatch(_MAKE, verb.group("verb"), re.I):
            self.maker = (self.line, [m.node_id for m in subject])

    def step_date(self, sentence: str, position: int, thing: str) -> str | None:
        """The date of a law's step ("presented in the Senate on October 21, 2021"): the date closest
        to the verb, for legal instruments only (a product may be presented many times)."""
        if not self.kg.is_a(thing, "LegalInstrument"):
            return None
        dates = sorted(WRITTEN_DATE.finditer(sentence), key=lambda d: abs(d.start() - position))
        return parse_date(dates[0].group()) if dates else None

    def before(self, things: list[Thing], position: int, own: str | None, sentence: str = "") -> list[str]:
        """The thing (or things of one list) closest before ``position`` in the same clause; else ``own``."""
        earlier = [t for t in things if t.end <= position and not re.search(r"[.;:]", sentence[t.end : position])]
        if earlier:
            last = earlier[-1]
            return sorted({t.node_id for t in earlier if t.start == last.start} | {last.node_id})
        return [own] if own is not None else []

    def after(self, things: list[Thing], position: int) -> list[str]:
        later = [t for t in things if t.start >= position]
        return sorted({t.node_id for t in later if t.start == later[0].start}) if later else []

    def by_name(self, sentence: str, position: int, actors: list[Mention], source: Source) -> list[str]:
        """The actors named right after ``position``; an unknown proper name becomes a new actor."""
        known = _listed(actors, sentence, position)
        if known:
            return [m.node_id for m in known]
        name = _PROPER_NAME.match(sentence[position:])
        if name is None or len(name.group(1)) < 3:
            return []
        node = self.b.actor(name.group(1).strip(" ."), source, new_type="Actor")
        return [node] if node else []

    def active(self, sentence: str, actors: list[Mention], things: list[Thing], source: Source) -> None:
        """ "A (and B) developed / launched / validated X": each subject actor (one that starts the
        sentence or a clause), the thing (or list of things) right after the verb."""
        taken = 0
        for first in actors:
            if first.start < taken:
                continue
            lead = re.sub(r"^.*[,:;]\s*", "", sentence[: first.start]) if first.start > 0 else ""
            if not _LEAD_GAP.match(lead):
                continue
            subject = _listed(actors, sentence, first.start)
            end = subject[-1].end
            taken = end
            end += (re.match(r"\s*\([^()]*\)", sentence[end:]) or re.match("", "")).end()
            end += (_ASIDE.match(sentence[end:]) or re.match("", "")).end()
            verb = _ACTIVE.match(sentence[end:])
            if verb is None:
                continue
            position = end + verb.end()
            clause = _OBJECT_END.search(sentence, position)
            limit = clause.start() if clause else len(sentence)
            objects = [t for t in things if position <= t.start < min(limit, position + _OBJECT_REACH)]
            chosen = [t for t in objects if t.start == objects[0].start] if objects else []
            for thing in objects[len(chosen) :]:
                if _LIST_GAP.match(sentence[chosen[-1].end : thing.start]) or thing.start == chosen[-1].start:
                    chosen.append(thing)  # "developed the guide and the toolkit": both
                else:
                    break
            if not chosen and verb.group("verb").lower() in ("adopted", "approved", "endorsed"):
                adopted = self.new_policy(sentence[position:limit], source)
                chosen = [Thing(adopted, position, position)] if adopted else []
            made = "developed" if re.match(_PROGRESSIVE, verb.group("verb"), re.I) else verb.group("verb")
            for thing in sorted({t.node_id for t in chosen}):
                for actor in subject:
                    self.attribute(actor.node_id, made, thing, source, sentence, position)

    def new_policy(self, text: str, source: Source) -> str | None:
        """The policy an actor adopted that no known thing names: "the Commission adopted OSH public
        policy guidelines for the coffee chain" gives the Policy of that name, placed in the document's
        country (a noun phrase headed by guidelines, policy, protocol, regulations, norms or standards)."""
        match = _NEW_POLICY.match(text)
        if match is None:
            return None
        name = match["name"].strip()
        node = node_iri("Policy", name, *([self.b.country] if self.b.country else []))
        self.kg.add_node(node, "Policy", name[0].upper() + name[1:], source)
        self.b.register(node, name)
        return node

    def attribute(
        self, actor: str, verb: str, thing: str, source: Source, sentence: str = "", position: int = 0
    ) -> None:
        """The edge a verb of making, running or judging gives between an actor and a thing (the date of
        an adoption is the one ``sentence`` gives closest to ``position``, the verb's)."""
        verb = verb.lower()
        cls = self.kg.node(thing)["type"]
        schema = self.kg.schema
        if re.fullmatch(_JUDGE, verb):
            if verb in ("approved", "adopted", "endorsed") and schema.fits(cls, schema.relations["adopts"].range):
                when = self.step_date(sentence, position, thing) if sentence else None
                self.relate(actor, "adopts", thing, source, {"onDate": when} if when else None)
            elif verb == "evaluated":
                self.relate(actor, "evaluates", thing, source)
            elif verb != "reviewed":
                self.relate(actor, "validates", thing, source)
            return
        if verb in ("enacted", "ratified"):
            self.relate(actor, "enacts" if verb == "enacted" else "ratifies", thing, source)
            return
        if verb == "piloted" or (
            schema.is_a(cls, "Pilot") and verb in ("developed", "designed", "created", "launched")
        ):
            self.relate(actor, "pilots", thing, source)  # "the programme developed the first care services pilot"
            return
        if (
            schema.fits(cls, ("KnowledgeProduct", "Campaign", "Event"))
            or (re.fullmatch(_MAKE, verb) and schema.fits(cls, schema.relations["produces"].range))
            or (verb == "held" and schema.is_a(cls, "Activity") and not schema.is_a(cls, "Training"))
        ):  # a series
            self.relate(actor, "produces", thing, source, {"productRole": "produced"})
        elif schema.fits(cls, schema.relations["implements"].range) and (
            not schema.is_a(cls, "LegalInstrument") or re.fullmatch(_RUN, verb)
        ):
            self.relate(actor, "implements", thing, source)
        else:
            self.relate(thing, "developedWith", actor, source)

    def contributed(self, actor: str, thing: str, source: Source) -> None:
        """Comments, inputs or feedback from an actor: the thing was ``developedWith`` it (the actor
        helped make it; it did not produce it)."""
        self.relate(thing, "developedWith", actor, source)

    def relate(self, subject: str, relation: str, obj: str, source: Source, qualifiers: dict | None = None) -> bool:
        """Add the edge if its ends fit the relation (an agency's own name never relates it to itself);
        whether it was added."""
        rel = self.kg.schema.relations[relation]
        if subject == obj or not self.kg.has_node(subject) or not self.kg.has_node(obj):
            return False
        stand_ins = speakers.stand_ins(self.b, subject, source)
        if stand_ins:  # "the UNS" of a report block: the agencies its closing line names
            return any([self.relate(agency, relation, obj, span, qualifiers) for agency, span in stand_ins])
        if not (
            self.kg.schema.fits(self.kg.node(subject)["type"], rel.domain)
            and self.kg.schema.fits(self.kg.node(obj)["type"], rel.range)
        ):
            return False
        self.kg.add_edge(subject, relation, obj, source, qualifiers)
        for node in (subject, obj):
            if node in self.references.antecedents:
                above = self.src(self.references.antecedents[node])
                self.kg.add_edge(subject, relation, obj, above, qualifiers)
        return True

    def rows(self) -> Iterable[tuple[int, str, str | None]]:
        """The prose lines, and of a table's lines the cells that say who evaluated something (a
        results table explains an indicator so: "The campaign independent evaluation was carried
        out by K")."""
        for number, raw in enumerate(self.doc.lines, start=1):
            if "\t" not in raw:
                yield number, raw, None
                continue
            cells = [c for c in re.split(r"\t|</?p>", raw) if _IN_CELLS.search(plain(c))]
            if cells:
                yield number, " ".join(cells), None
            elif _HEADS.search(raw):  # a row a later cell's "the campaign" may point back to
                self.references.recent.update((m.node_id, number) for m in self.b.mentions(plain(raw), THINGS))

    def load(self, rows: Iterable[tuple[int, str, str | None]] | None = None) -> None:
        """Read every prose line (tab-free) of the document, or the given (line, text, own thing) rows."""
        if rows is None:
            rows = self.rows()
        for number, text, own in rows:
            source = self.src(number)
            recent = self.references.recent
            for node_id in [n for n, line in recent.items() if line < number - 12]:
                del recent[node_id]
            self.line = self.references.line = number
            self.text = plain(text)
            if _HEADS.search(text):  # a line a later "the campaign" may point back to
                recent.update((m.node_id, number) for m in self.b.mentions(plain(text), THINGS))
            for sentence in sentences(plain(text).lstrip("-•⇒ ")):
                self.read(sentence, source, own)
                if own is None:
                    money.read(self.b, sentence, source)


def load(builder: Builder, doc: Document) -> None:
    """Apply the attribution rules to every prose line of a document."""
    AttributionReader(builder, doc).load()


def read_row(builder: Builder, doc: Document, number: int, text: str, own: str) -> None:
    """Apply the rules to one table cell describing ``own`` (an annex row's description)."""
    AttributionReader(builder, doc).load([(number, text, own)])


_ISSUED = re.compile(
    r"^\s*(?:the\s+)?(?:resolution|decree|decision|declaration|agreement)\s+(?:(?:number|no\.?)\s+\S+\s+)?"
    r"(?:of|by|issued by)\s+(?:the\s+)?",
    re.I,
)
"""A law named after who issued it: "Resolution of the Commission on Constitutional Points ..."."""


def issued(builder: Builder, doc: Document, number: int, title: str, node: str) -> None:
    """The body a law's own title names as its issuer ("Resolution of the Budget Committee of the
    National Assembly which reforms ...") ``adopts`` it, citing the line of the title."""
    match = _ISSUED.match(title)
    if match is None or not builder.kg.is_a(node, "LegalInstrument"):
        return
    named = builder.mentions(title[match.end() :])
    if named and named[0].start == 0 and builder.kg.is_a(named[0].node_id, "Actor"):
        builder.kg.add_edge(named[0].node_id, "adopts", node, builder.source(doc.id, number))


def referred(builder: Builder, text: str, own: str | None = None) -> list[str]:
    """The things a text names or refers to by a generic noun phrase, in order, each once.

    A variance explanation "Includes the diagnostics ... of Maseru, Leribe and Mafeteng" refers
    to the three diagnostics; "the guide for domestic workers" to the known guide it shares the
    most words with.
    """
    found: list[str] = []
    for thing in AttributionReader(builder, Document(id="", kind="", path="", lines=[])).things(plain(text), own):
        if thing.node_id not in found:
            found.append(thing.node_id)
    return found
