"""Whom a programme or a thing is for, from the words a text uses for its beneficiaries.

- **"to / for the benefit of <people>"**, "is expected to benefit <people>": the thing named last
  before the phrase in the sentence ``targets`` the people; with none named there, the programme
  the line names before ("Joint Fund Programme - Herding futures (2020-2022) ... One key activity
  was ... roundtables in Maseru, to the benefit of women herders who move between districts"). A
  relative clause on a thing no one knows ("a national herding policy, which is expected to benefit
  ...") and people quantified by "all" ("for the benefit of all women in Lesotho": everyone, no
  group singled out) give nothing.
- **"<the programme> contributed to ... for <people>"**: a sentence whose subject is the programme
  ("this joint initiative contributed to an effective legal framework for female herders and
  women miners") gives the programme ``targets`` each group listed after "for". The programme is
  the one the line names before, else the document's own.
- **A programme's subtitle**: "<programme>: social protection for herders" (a name followed by a
  colon and a phrase "for <people>") gives the programme ``targets`` those people.

- **A campaign or a plain activity whose name says for whom** ("campaign on the rights of herders",
  '4 sessions on "Safety at work for women miners in the dry season"'): it ``targets`` those people,
  citing a line of the document that names it and them (trainings, products, pilots and programmes
  are left out: their names say what they are about more often than whom they serve).

- **People of an age range**: "the pilot on care services for children (4-8 years old) in Maseru": the
  one pilot, policy, programme, activity or campaign the sentence names (a product's ages are its
  subject's) ``targets`` "children (4-8 years old)", once every document is loaded.

- **People counted as those a thing will reach**: "The foregoing will favorably impact the working
  conditions of some 20,000 herders, shearers, and traders in the wool chain in Lesotho" after a
  sentence naming a thing: that thing (the last the line names before, for "The foregoing", "This",
  "It") ``targets`` "herders, shearers, and traders in the wool chain" (one group, as written, without
  the country). A plural subject ("The strategies have the potential to impact ...") is left alone.

Each group is a ``TargetGroup`` named as written (without a leading article), citing the line.

>>> _group("women herders who move between districts, with partners")
'women herders who move between districts'
>>> _group("all women in Lesotho") is None
True
>>> _listed("female herders and women miners, through dialogue")
['female herders', 'women miners']
"""

from __future__ import annotations

import re

from gapgraph.graph.ids import node_iri
from gapgraph.loaders import attribution
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.sections import sentences
from gapgraph.loaders.text import plain
from gapgraph.ontology.models import Source

_PEOPLE = re.compile(
    r"\b(?:women|girls|men|boys|workers|children|youth|people|persons|migrants|laborers|labourers|farmers"
    r"|herders|miners|fishers|producers|employers|households|families|communities|elderly|caregivers)\b",
    re.I,
)
_BENEFIT = re.compile(r"\b(?:(?:to|for) the benefit of|(?:is|are|was|were) expected to benefit)\s+", re.I)
_RELATIVE = re.compile(r",\s*(?:which|that)\b[^,]*$", re.I)
_GROUP_END = re.compile(
    r",|;|\s(?:as well as|especially|particularly|including|through|by means of|once|with)\s|\s\(|$", re.I
)
_PROGRAMME_CONTRIBUTED = re.compile(
    r"\b(?:JP|joint\s+(?:programme|program|initiative)|programme|program|initiative)\s+"
    r"(?:(?:has|have|also|thus)\s+)*contribut(?:ed|es|e)\s+to\b(?P<rest>.+)$",
    re.I,
)
_FOR = re.compile(r"\bfor\s+(?:the\s+)?(?=\S)", re.I)
_SUBTITLE = re.compile(r"^\s*:\s*(?P<topic>[^,:.;()]{3,80}?)\s+for\s+(?P<group>[^,:.;()]+)")
_NAMED_FOR = re.compile(
    r"\b(?:for|on the rights of)\s+(?:the\s+)?(?P<group>(?:[\w'’-]+\s+){0,4}" + _PEOPLE.pattern[2:-2] + r")\b",
    re.I,
)
_AGED = re.compile(
    r"\bfor\s+(?:the\s+)?(?P<group>(?:[\w'’-]+\s+){0,3}"
    + _PEOPLE.pattern[2:-2]
    + r"\s*\((?:aged\s+)?\d+\s*[-–]\s*\d+\s+years(?:\s+old)?\))",
    re.I,
)
_IMPACT = re.compile(
    r"^(?:The foregoing|This|It)\s+(?:will|would|is expected to|could)\s+(?:\w+ly\s+)?(?:impact|benefit|reach)\s+"
    r"(?:the\s+[\w\s]{0,40}?\s+of\s+)?(?:some|about|around|approximately|more than|over|up to)?\s*\d[\d,.]*"
    r"(?:\s+(?:million|thousand))?\s+(?P<group>[^.;]+)",
)
_AGED_CLASSES = ("Pilot", "Policy", "Programme", "Activity", "Campaign")
_NAMED_CLASSES = ("Campaign", "Activity")
"""The classes (exactly: not their subclasses) whose names may say for whom they are."""
_PLACE_TAIL = re.compile(r"\s+(?:in|of)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*$")


def _group(text: str) -> str | None:
    """The people a phrase starts with, up to its clause's end; None for "all ..." or no people."""
    end = _GROUP_END.search(text)
    group = " ".join(text[: end.start() if end else len(text)].split()).strip(" .")
    group = re.sub(r"^(?:the|a|an)\s+", "", group, flags=re.I)
    if not group or re.match(r"(?:all|every|everyone|everybody)\b", group, re.I):
        return None
    if not _PEOPLE.search(group) or len(group) > 90:
        return None
    return group


def _listed(text: str) -> list[str]:
    """The groups of a list after "for" ("female herders and women miners"), each ending in people."""
    end = _GROUP_END.search(text)
    text = text[: end.start() if end else len(text)]
    items = [" ".join(i.split()) for i in re.split(r",\s*(?:and\s+)?|\s+and\s+", text) if i.strip()]
    items = [_PLACE_TAIL.sub("", i) for i in items]
    if not items or not all(_PEOPLE.search(i.split()[-1]) for i in items):
        return []
    return items


def _target(builder: Builder, subject: str, group: str, source: Source) -> None:
    node = node_iri("TargetGroup", group)
    builder.kg.add_node(node, "TargetGroup", group, source)
    builder.kg.add_edge(subject, "targets", node, source)


def _fits(builder: Builder, node: str) -> bool:
    kg = builder.kg
    return kg.has_node(node) and kg.schema.fits(kg.node(node)["type"], kg.schema.relations["targets"].domain)


def benefit(builder: Builder, sentence: str, source: Source, programme: str | None) -> None:
    """ "... to the benefit of <people>": the thing named before (else ``programme``) targets them."""
    for match in _BENEFIT.finditer(sentence):
        group = _group(sentence[match.end() :])
        before = sentence[: match.start()]
        if group is None:
            continue
        things = [m for m in builder.mentions(before, attribution.THINGS) if _fits(builder, m.node_id)]
        if things:
            subject = max(things, key=lambda m: m.end).node_id
        elif _RELATIVE.search(before) or programme is None:
            continue  # "a national policy, which is expected to benefit ...": a thing no one knows
        else:
            subject = programme
        _target(builder, subject, group, source)


def contributed(builder: Builder, sentence: str, source: Source, programme: str | None) -> None:
    """ "<the programme> contributed to ... for <people>": the programme targets each group."""
    match = _PROGRAMME_CONTRIBUTED.search(sentence)
    if match is None or programme is None:
        return
    rest = match.group("rest")
    found = _FOR.search(rest)
    if found is None:
        return
    for group in _listed(rest[found.end() :]):
        _target(builder, programme, group, source)


def subtitle(builder: Builder, sentence: str, source: Source) -> None:
    """ "<programme>: social protection for herders": the programme targets the herders."""
    for mention in builder.mentions(sentence, "programme"):
        if not builder.kg.has_node(mention.node_id) or not builder.kg.is_a(mention.node_id, "Programme"):
            continue
        match = _SUBTITLE.match(sentence[mention.end :])
        if match is None:
            continue
        group = _PLACE_TAIL.sub("", " ".join(match.group("group").split()))
        if _PEOPLE.search(group.split()[-1]) and not re.match(r"(?:all|every)\b", group, re.I):
            _target(builder, mention.node_id, re.sub(r"^(?:the|a|an)\s+", "", group, flags=re.I), source)


def named_for(builder: Builder, doc: Document) -> None:
    """A campaign or activity of ``doc`` whose name says for whom it is ``targets`` them, citing a
    line of ``doc`` that names both."""
    kg = builder.kg
    for node, data in list(kg.nodes()):
        if data["type"] not in _NAMED_CLASSES:
            continue
        match = _NAMED_FOR.search(data["name"])
        lines = sorted({s.lines for s in data["sources"] if s.doc == doc.id})
        if match is None or not lines:
            continue
        group = " ".join(match.group("group").split())
        key = group.lower()
        cited = next((n for n in lines if key in " ".join(doc.lines[n[0] - 1 : n[1]]).lower()), None)
        if cited is not None:
            _target(builder, node, group, builder.source(doc.id, *cited))


def aged(builder: Builder, sentence: str, source: Source) -> None:
    """ "the pilot ... for children (4-8 years old)": the one service the sentence names targets them."""
    kg = builder.kg
    for match in _AGED.finditer(sentence):
        named = [
            t
            for t in attribution.referred(builder, sentence)
            if kg.has_node(t) and any(kg.is_a(t, c) for c in _AGED_CLASSES) and not kg.is_a(t, "KnowledgeProduct")
        ]
        if len(named) == 1:
            _target(builder, named[0], " ".join(match.group("group").split()), source)


def impact(builder: Builder, line: str, sentence: str, source: Source) -> None:
    """ "The foregoing will impact ... of some 20,000 herders ...": the thing named before targets them."""
    match = _IMPACT.match(sentence)
    if match is None:
        return
    group = _PLACE_TAIL.sub("", " ".join(match.group("group").split()).strip(" ,"))
    if not _PEOPLE.search(group) or len(group) > 90:
        return
    before = line[: line.find(sentence)] if sentence in line else ""
    named = [t for t in attribution.referred(builder, before) if _fits(builder, t)]
    if named:
        _target(builder, named[-1], group, source)


def load(builder: Builder, doc: Document) -> None:
    """Read every prose line of ``doc`` for the people a programme or thing is for."""
    builder.at_finish(lambda: named_for(builder, doc))
    own = builder.index(attribution.PROGRAMME_OF_DOCUMENT).get(doc.id)
    kg = builder.kg
    for number, raw in enumerate(doc.lines, start=1):
        if "\t" in raw:
            continue
        line = plain(raw)
        if not (
            _BENEFIT.search(line)
            or _AGED.search(line)
            or "contribut" in line.lower()
            or ":" in line
            or re.search(r"\b(?:impact|benefit|reach)\b", line)
        ):
            continue
        source = builder.source(doc.id, number)
        named: str | None = None
        for sentence in sentences(line.lstrip("-•⇒ ")):
            before = named
            programmes = [
                m.node_id
                for m in builder.mentions(sentence, "programme")
                if kg.has_node(m.node_id) and kg.is_a(m.node_id, "Programme")
            ]
            if programmes:
                named = programmes[-1]
            if _BENEFIT.search(sentence):
                benefit(builder, sentence, source, before or (programmes[0] if programmes else None))
            contributed(builder, sentence, source, before or own)
            if _AGED.search(sentence):
                builder.at_finish(lambda s=sentence, src=source: aged(builder, s, src))
            subtitle(builder, sentence, source)
            if _IMPACT.match(sentence):
                builder.at_finish(lambda s=sentence, src=source, text=line: impact(builder, text, s, src))
