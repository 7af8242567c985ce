"""Pilots, strategies, policies, campaigns, mechanisms and knowledge products named in prose.

A capitalised name ending with a telling word ("... Pilot", "National Care Strategy", "... Policy",
"... Campaign", "... Round-table", "... Committee", "... Pact", "... Mechanism") becomes a node of
that class ("Coordination Mechanism of the National Care Strategy" is a mechanism of its own, not
the strategy); a quoted title, or "study / diagnostic / guide / methodology / manual on X", a
``KnowledgeProduct``.
Each is known within its document's country and cites its line. Names the registry knows are left
to it.

>>> [n for n, _ in named("The Care Pilot and the National Care Strategy were launched.")]
['Care Pilot', 'National Care Strategy']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from gapgraph.graph.ids import node_iri
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.discovery import organisations
from gapgraph.loaders.discovery.described import described
from gapgraph.loaders.discovery.heads import classify
from gapgraph.loaders.discovery.lines import plain_lines
from gapgraph.loaders.document import Document

_CAP = r"(?:[A-ZÁÉÍÓÚÑ#][\w'’-]*)"
_LINK = r"(?:(?:of|for|on|de|del|la|y)(?:\s+the)?(?=\s+[A-Z]))"
_TAILS = (
    (r"Pilot(?:\s+(?:Program(?:me)?|Project|Test))?", "Pilot"),
    (r"Strategy", "Strategy"),
    (r"(?:Action Plan|Plan of Action)", "ActionPlan"),
    (r"Policy", "Policy"),
    (r"Campaign", "Campaign"),
    (r"(?:Round-?\s?[Tt]able|Committee|Pact|Working Group|Task Force|Observatory|Platform|Mechanism)", "Mechanism"),
    (r"(?:Forum|Summit|Conference)(?:\s+(?:19|20)\d{2})?", "Event"),
)
_TITLE_WORD = r"(?:[A-ZÁÉÍÓÚÑ][a-záéíóúñ][\w'’-]*)"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
_COMPLEMENT = (
    rf"(?:\s+(?:on|for|of)\s+(?:the\s+)?(?!{_MONTH}){_TITLE_WORD}(?:\s+(?:{_TITLE_WORD}|(?:and|of)(?=\s+[A-Z])))*)"
)
"""A name's complement after its head, in title case ("Dialogue Round-table | on Domestic Work"); a
date is none ("the Forum on March 29")."""
_NAMED = tuple(
    (re.compile(rf"\b(?P<name>{_CAP}(?:\s+(?:{_CAP}|{_LINK}))*?\s+{tail}{_COMPLEMENT}?)\b(?!\s+(?-i:[A-Z][a-z]))"), cls)
    for tail, cls in _TAILS
)
"""A name ending with its kind, with its complement; not a word of a longer name ("ILO Employment
Policy Specialist" is a position)."""
_SYSTEM = re.compile(rf"\b(?P<name>(?:National|Integrated|Comprehensive|Universal)(?:\s+{_CAP}){{1,4}}\s+System)\b")
"""A national system a policy builds ("National Care System")."""
_ADDRESSED = re.compile(
    r"\b(?:the|an?)\s+(?P<name>(?:[a-z][\w-]*\s+)?campaign\s+(?:addressing|targeting|aimed\s+at|regarding)\s+"
    r"[^.,;:()]{6,120}?)(?=\s*[.,;:()]|\s+(?:with|was|were|is|are|has|had|have|will|which|that|through|by|"
    r"(?:developed|designed|launched|led|organi[sz]ed|made|run)\s+by)\b|$)"
)
"""A campaign named by whom it addresses ("a digital campaign addressing herders in the context of
the drought"), up to a verb, a preposition of means or a punctuation mark."""
_BODY = r"(?:round-?\s?tables?|roundtables?|committees?|working groups?|task forces?|councils?|pacts?)"
_MECHANISM = re.compile(
    rf"\b(?P<name>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}}?\s+(?i:{_BODY})\s+(?:for|on)\s+"
    r"(?:[a-z][\w-]*\s+){0,4}?[a-z][\w-]*)(?=\s*[,.;:()]|\s+(?:in|as|and|with|that|which|who|was|were|is|are|"
    r"has|have|had|to|at|met|meets|will|would|can|by|from|of|through|since)\b|$)"
)
_NOT_QUALIFYING = re.compile(r"(?:[a-z]\w+ed|through|with|by|of|for|in|on|to|at|from|the|a|an|and|or|their|its)")
"""A mechanism named head first: "Intersectoral round-table for social protection" (an adjective,
the kind of body, "for/on" and its subject in lower case)."""
_HASHTAG = re.compile(
    r"\bcampaigns?\s+(?:called\s+|named\s+)?(?P<after>#\w{3,})|(?P<before>#\w{3,})\s*(?:\([^()]*\))?,?\s+(?:(?:was|is)\s+)?"
    r"(?:a|an|the|our)?\s*(?:\w+\s+)?campaign",
    re.I,
)
"""A hashtag named a campaign ("the campaign #EsLoJusto", "#NoEstásSola (You're Not Alone), was a campaign")."""
_KINDS = r"studies|methodologies|diagnostics|guides|manuals|reports|toolkits|assessments"
"""Kinds of products in the plural, named two together ("methodologies and studies for ..."): a
longer topic, as two products share it."""
_TOPIC_CHAR = r"[^.,;:()“”\"*]|\bNo\.\s*(?=\d)"
"""A character of a product's topic, or the stop of an instrument's number ("Convention No. 102")."""
_VERB_SUBJECT = re.compile(
    r"^(?:(?-i:[A-Z]{2,}s)|they|we|agencies|partners|members|governments|ministries|organi[sz]ations|teams|"
    r"to|will|would|shall|should|must|may|can|also|jointly|regularly)$",
    re.I,
)
"""A word before a product's kind that makes the kind a verb ("the PUNOs report on", "will note")."""
_RESULT_BEFORE = re.compile(r"\b(?:Pillar|Outcome|Output|Priority|Area|Result|Goal|Axis)\s+\d+[.:]?\s*$")
_PRODUCT = re.compile(
    r"(?:\b(?P<qualifier>(?-i:[a-z]+(?:al|ic|ive|ory|ary|ular)|concept|policy|gender|gap|feasibility|learning|"
    r"baseline|impact|needs|risk|situation|scoping|costing|mapping|market))\s+)?"  # "technical report", "gap analysis"
    rf"\b(?P<kind>(?P<pair>(?:{_KINDS})\s+and\s+(?:{_KINDS}))|study|diagnostic|diagnosis|guide|methodology|manual|"
    r"toolkit|assessment|analysis|report|document|note|proposal|(?<=policy )briefs?)\s+"
    rf"(?P<topic>(?:on|of|about|for|to)\s+(?(pair)(?:{_TOPIC_CHAR}){{6,120}}?|(?:{_TOPIC_CHAR}){{6,90}}?))"
    r"(?=(?<!\bNo)\.|[,;:()*]|\s+(?:was|were|is|are|has|had|have|by|with|in \d|will|would|shall|which|who|being|"
    r"using|focusing|based|in order|so that|to be|as|and\s+an?|and\s+(?-i:[a-z]+ed))\b|$)",
    re.I,
)
"""A product named by its kind and topic ("a technical report on labour inspection for domestic
work"), up to a punctuation mark or the verb that follows it."""
_MEDIA = re.compile(
    r"\b(?P<qualifier>tv|radio|communication|audiovisual|video|informative)?\s*\b(?P<kind>spots|capsules|webinars)\s+"
    r"(?P<topic>(?:on|in|about|for|regarding)\s+[^.,;:()“”\"*]{6,90}?)"
    r"(?P<more>\s*\([^()]{0,80}\)\s+(?:on|about|for|regarding)\s+[^.,;:()“”\"*]{6,90}?)?"
    r"(?=[.,;:()*]|\s+(?:was|were|is|are|has|had|have|by|with|will|which|who|that)\b|$)",
    re.I,
)
"""Media a programme makes, named by their kind and topic ("three tv spots on indigenous languages
(A, B and C) regarding COVID-19 prevention for domestic workers": a parenthesis is kept when the
topic goes on after it)."""
_VIDEO = re.compile(
    r"\b(?:the|an?)\s+(?P<name>(?!(?:short|new|first|second|final|same|other|official|promotional)\b)"
    r"[a-z][a-z-]{3,}\s+[a-z][a-z-]{3,}\s+(?:video|documentary|podcast))\b(?!\s+(?:of|on|about|for)\b)"
)
"""A video named by what it is ("the social experiment video"), two words before its kind; one
with a topic ("a video on ...") is read with the other products."""
_NOT_QUALIFIER = re.compile(
    r"^(?:several|general|final|total|original|usual|actual|initial|potential|particular|regular|popular)$", re.I
)
_INSTRUCTION = re.compile(
    r"^\s*(?:[-•*]\s*)?(?:Please\s+)?(?:Provide|Describe|Explain|Update|List|Indicate|Specify|Summari[sz]e|Outline|"
    r"Select|Fill|Attach|Add|Include|Mention|Complete)\b"
)
"""A template's instruction ("Provide a self-assessment on ...", "Update the table ... with the most
recent analysis of risks"): it names what a report should hold, not a product."""
_MAKE = r"(?:develop(?:ing)?|design(?:ing)?|prepar(?:e|ing)|elaborat(?:e|ing)|draft(?:ing)?|produc(?:e|ing))"
_TO_BE_MADE = re.compile(
    rf"(?:\bwill\b[^.;]*|\b(?:plans?|aims?|intends?|expected|seeks?)\s+to\s+){_MAKE}\s+(?:an?|the|new)\s+(?:\w+\s+)?$",
    re.I,
)
"""A product a sentence says is yet to be made ("... will continue ... developing a methodology of
costing", "plans to develop a study on ..."): a plan, not a product."""
_TITLE_SPAN = re.compile(r"\*[^*]{8,}\*|“[^”]{8,}”|\"[^\"]{8,}\"")
_QUOTED = re.compile(r"[“\"](?P<title>[A-Z][^“”\"]{8,150})[”\"]")
_PRODUCT_CONTEXT = re.compile(
    r"\b(?:study|guide|publication|report|document|methodology|manual|diagnostic|paper|book)\b", re.I
)
_SKIP_START = re.compile(r"^(?:The|This|That|These|A|An|Our|Its|In|With|Under|For|By|Joint|JP)$")


def named(sentence: str) -> Iterator[tuple[str, str]]:
    """(name, class) of every pilot, strategy, policy, campaign or mechanism a sentence names; a
    mechanism named in lower case ("intersectoral roundtables on social protection") has the class
    "" (known things only: a name without a capital is no proof of a name)."""
    taken: list[tuple[int, int]] = []

    def free(match: re.Match[str], group: str = "name") -> bool:
        start, end = match.span(group)
        if any(s < end and start < e for s, e in taken):
            return False
        taken.append((start, end))
        return True

    for pattern, cls in _NAMED:
        for match in pattern.finditer(sentence):
            words = match["name"].split()
            while words and (_SKIP_START.match(words[0]) or re.fullmatch(_LINK, words[0])):
                words = words[1:]
            if len(words) >= 2 and free(match):  # "Coordination Mechanism of the Care Strategy": a mechanism
                yield " ".join(words), "Mechanism" if _HEADED_OF.match(" ".join(words)) else cls
    for match in _SYSTEM.finditer(sentence):
        if free(match):
            yield match["name"], "Policy"
    for match in _MECHANISM.finditer(sentence):
        words = match["name"].split()
        while len(words) > 3 and (_SKIP_START.match(words[0]) or _NOT_QUALIFYING.fullmatch(words[0])):
            words = words[1:]  # "created through intersectoral roundtables on ...": from the qualifier on
        if free(match):
            yield " ".join(words), "Mechanism" if words[0][:1].isupper() and len(words) >= 4 else ""
    for match in _ADDRESSED.finditer(sentence):
        if free(match):
            yield match["name"], "Campaign"
    for match in _HASHTAG.finditer(sentence):
        if free(match, "after" if match["after"] else "before"):
            yield match["after"] or match["before"], "Campaign"
    for name, cls in described(sentence):  # a description may hold a name ("reform for ... a National Care System")
        at = sentence.find(name)
        if not any(s <= at and at + len(name) <= e for s, e in taken):
            yield name, cls


_PLURAL = re.compile(r"\b(round-?\s?table|roundtable|committee|working group|task force|council|pact)s\b", re.I)
_FOR_ON = re.compile(r"\s(for|on)\s")


def spellings(name: str) -> list[str]:
    """A thing's name, and the same name in the singular, without the hyphen of "round-table", and
    with "on" for "for" (or the reverse) after the kind of body.

    >>> spellings("Intersectoral round-tables for social protection")[1:]
    ['Intersectoral round-table for social protection', 'Intersectoral roundtable for social protection', \
'Intersectoral roundtable on social protection']
    """
    singular = _PLURAL.sub(lambda m: m.group(1), name, count=1)
    joined = re.sub(r"\b([Rr])ound-\s?[Tt]able", r"\1oundtable", singular)
    swapped = _FOR_ON.sub(lambda m: " on " if m.group(1) == "for" else " for ", joined, count=1)
    return list(dict.fromkeys((name, singular, joined, swapped)))


def products(sentence: str) -> Iterator[str]:
    """Titles of knowledge products a sentence names (quoted titles; "a study on ...").

    Not in a template's instruction, nor inside a title ("*The pilot test ... Study of results
    ...*") or a proper name ("the Ninth Periodic Report on Mexico"): those are no description of
    a product of their own."""
    if _INSTRUCTION.match(sentence):
        return
    titles = [m.span() for m in _TITLE_SPAN.finditer(sentence)]
    for match in _PRODUCT.finditer(sentence):
        start = match.start("kind")
        if any(s < start < e for s, e in titles):
            continue
        before = sentence[:start].split()
        if match["kind"][0].isupper() and before and before[-1][:1].isupper() and not before[-1].endswith("."):
            continue  # "Ninth Periodic Report on ...": a word of a name
        qualifier = match["qualifier"]
        if before and not qualifier and _VERB_SUBJECT.match(before[-1]):
            continue  # "the three PUNOs report on the JP": a verb, no report
        if _TO_BE_MADE.search(sentence[: match.start()]):
            continue  # a product yet to be made
        if match["kind"].lower() == "proposal" and (not qualifier or _NOT_QUALIFIER.match(qualifier)):
            continue  # "a proposal for a General Law": a law's draft; "a curricular proposal for ...": a product
        if qualifier and not _NOT_QUALIFIER.match(qualifier):
            yield f"{qualifier.capitalize()} {match['kind'].lower()} {match['topic'].strip()}"
        else:
            yield f"{match['kind'].capitalize()} {match['topic'].strip()}"
    for match in _MEDIA.finditer(sentence):
        topic = (match["topic"] + (match["more"] or "")).strip()  # as written, so that the line names it
        kind = f"{match['qualifier'].capitalize()} {match['kind'].lower()}" if match["qualifier"] else match["kind"]
        yield f"{kind[0].upper()}{kind[1:]} {topic}"
    for match in _VIDEO.finditer(sentence):
        yield match["name"][0].upper() + match["name"][1:]
    if _PRODUCT_CONTEXT.search(sentence):
        for match in _QUOTED.finditer(sentence):
            if not _RESULT_BEFORE.search(sentence[: match.start()]):  # 'Pillar 2 "Population ..."': a result's name
                yield match["title"].strip(" .,")


_PLACED = ("Mechanism", "Pilot", "Policy", "Campaign")

_IN = re.compile(
    r"(?:\s+(?:will\s+be|was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:implemented|carried\s+out|launched|"
    r"piloted|tested|conducted|established|installed|set\s+up|rolled\s+out))?"
    r"\s+in\s+(?:the\s+)?(?:(?:states?|municipalit(?:y|ies)|districts?|provinces?|regions?)\s+of\s+)?"
)
"""Where a thing lies, after its name: "... in Maseru", "... will be implemented in Maseru"."""
_PLACE_LINK = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _place(builder: Builder, node: str, line: str, name: str, source) -> None:
    """A mechanism, pilot, policy or campaign named "... in Maseru and Mafeteng" lies in those
    places (known places of the document's country)."""
    kg = builder.kg
    at = line.find(name)
    if at < 0 or not any(kg.is_a(node, c) for c in _PLACED) or kg.out(node, "locatedIn") or name.startswith("National"):
        return  # placed already (by a registry, an earlier line), or national by its name
    rest = line[at + len(name) :]
    opening = _IN.match(rest)
    if opening is None:
        return
    rest, end = rest[opening.end() :], 0
    for mention in builder.mentions(rest, "place"):
        if (mention.start != end and not _PLACE_LINK.fullmatch(rest[end : mention.start])) or (
            builder.country is not None and builder.country not in builder.within(mention.node_id.rsplit("/", 1)[-1])
        ):
            break
        kg.add_edge(node, "locatedIn", mention.node_id, source)
        end = mention.end


def per_place(builder: Builder, doc: Document) -> None:
    """A mechanism named for several places ("Intersectoral round-tables for social protection in
    Maseru and Leribe") is one mechanism per place: a node "... in Maseru" located in Maseru, citing
    the line, whose names hold within its place (so "the round-tables in Leribe and Maseru" and,
    within a place's list, the bare name find it). Run before :func:`load`, so that the bare name
    written earlier in the document does not make one national node of them."""
    kg = builder.kg
    for number, (raw, line) in enumerate(zip(doc.lines, plain_lines(doc), strict=True), start=1):
        if not line or "\t" in raw:
            continue
        for name, cls in named(line):
            at = line.find(name)
            if cls != "Mechanism" or name.startswith("National") or any(map(builder.resolve, spellings(name))):
                continue
            if any(map(builder.known_here, spellings(name))):
                continue
            places = builder.places_after(line[at + len(name) :])
            if len(places) < 2:
                continue
            source = builder.source(doc.id, number)
            single = spellings(name)[1] if len(spellings(name)) > 1 else name
            for key, place in sorted(places.items()):
                label = f"{single} in {kg.node(place)['name']}"
                node = node_iri(cls, label, builder.country or "")
                kg.add_node(node, cls, label, source)
                kg.add_node(node, cls, name, source)
                kg.add_edge(node, "locatedIn", place, source)
                builder.register(node, label, builder.country)
                for spelling in spellings(name):
                    if builder.resolver.resolve_exact(spelling, key) is None:
                        builder.register(node, spelling, key)


_KIND_IN = re.compile(
    r"\b(?P<qualifier>(?:[a-z][\w-]*\s+){0,2}?)(?P<kind>round-?\s?tables?|roundtables?|committees?|working\s+groups?|"
    r"task\s+forces?)(?=\s+in\s)",
    re.I,
)
_BODY_KIND = re.compile(r"round-?\s?table|roundtable|committee|working group|task force", re.I)


def _kind_key(text: str) -> str:
    """A kind of body as one key ("round-table", "Roundtables" -> "roundtable")."""
    return re.sub(r"[\s-]", "", text.lower()).rstrip("s")


def kinds_in_places(builder: Builder, doc: Document) -> None:
    """A kind of body named in places ("the multi-sector roundtables in Maseru and Leribe") is, in
    each place, the one known body of that kind located there (the "Intersectoral round-table for
    social protection in Maseru"): the line cites it, and the words are its name in that place."""
    kg = builder.kg
    for number, (raw, line) in enumerate(zip(doc.lines, plain_lines(doc), strict=True), start=1):
        if not line or "\t" in raw:
            continue
        for match in _KIND_IN.finditer(line):
            kind = _kind_key(match["kind"])
            for key, place in sorted(builder.places_after(line[match.end() :]).items()):
                known = [
                    node
                    for node in kg.into(place, "locatedIn")
                    if kg.is_a(node, "Mechanism")
                    and any(
                        _kind_key(k.group()) == kind
                        for n in (kg.node(node)["name"], *kg.node(node)["aliases"])
                        for k in _BODY_KIND.finditer(n)
                    )
                ]
                if len(known) != 1:
                    continue  # none, or several of that kind there: not said which
                (node,) = known
                qualifier = match["qualifier"].split()
                while qualifier and (qualifier[0].lower() in _STOPWORDS or _NOT_QUALIFYING.fullmatch(qualifier[0])):
                    qualifier = qualifier[1:]  # "the holding of multi-sector roundtables": "multi-sector"
                singular = re.sub(r"s$", "", match["kind"])
                name = " ".join([*qualifier, singular, "in", kg.node(place)["name"]])
                kg.add_node(node, kg.node(node)["type"], name, builder.source(doc.id, number))
                if builder.resolver.resolve_exact(name, key) is None:
                    builder.register(node, name, key)


_HEADED_OF = re.compile(
    r"^(?:[A-Z][\w'’-]*\s+)+(?:Mechanism|Committee|Platform|Observatory|Task Force|Working Group)\s+of\s+"
)


def _of_another(name: str, held: list) -> bool:
    """A capitalised body-like head whose complement alone holds the known things ("Coordination
    Mechanism of the National Care Strategy"): a thing of its own, serving the one it names."""
    head = _HEADED_OF.match(name)
    return head is not None and all(m.start >= head.end() for m in held)


def _kin(kg, node: str, cls: str) -> bool:
    """Whether a known node is of ``cls``, or ``cls`` of its class (a pilot inside a pilot's description)."""
    known = kg.node(node)["type"]
    return kg.schema.is_a(known, cls) or kg.schema.is_a(cls, known)


_STOPWORDS = frozenset(
    re.findall(
        r"\w+", "the a an of and or for in on to with by at from its their this that as about regarding concerning"
    )
)


def _stem(word: str) -> str:
    """A word's crude stem, for comparing descriptions ("workers" and "work", "labour" and "labor")."""
    word = word.lower().replace("our", "or")
    word = word[:-1] if len(word) > 4 and word.endswith("s") else word
    return word[:-2] if len(word) > 5 and word.endswith("er") else word


_PILOT_WORDS = frozenset(("pilot", "project", "test", "programme", "program", "first", "second", "third", "new"))


def _pilot_of_place(builder: Builder, name: str) -> str | None:
    """The one known pilot of the one place a pilot's name names (located there, or named for it),
    when the name says nothing more
    of it than that pilot's names do ("Leribe pilot", "the second pilot in Leribe", "the Leribe
    registration pilot" for "a pilot of herders' registration in Leribe"): the same pilot.

    The name's words but the place's, "pilot" and ordinals must all be words of the known pilot's
    name; two pilots of the place that both fit leave the name a new one."""
    places = {m.node_id for m in builder.mentions(name, "place")}
    if len(places) != 1:
        return None
    (place,) = places
    kg = builder.kg
    words = content_stems(name) - {_stem(w) for w in _PILOT_WORDS}
    for place_name in (kg.node(place)["name"], *kg.node(place)["aliases"]):
        words -= content_stems(place_name)
    fitting = set()
    for node, data in kg.nodes("Pilot"):
        names = (data["name"], *data["aliases"])
        there = place in kg.out(node, "locatedIn") or any(
            {m.node_id for m in builder.mentions(n, "place")} == {place} for n in names
        )
        if there and any(words <= content_stems(n) for n in names):
            fitting.add(node)
    return fitting.pop() if len(fitting) == 1 else None


def content_stems(name: str) -> frozenset[str]:
    """The stems of a name's content words.

    >>> sorted(content_stems("the Report on Labour Inspection for domestic workers"))
    ['domestic', 'inspection', 'labor', 'report', 'work']
    """
    name = re.sub(r"\([^()]*\)", " ", name)  # "(A, B and C)": an aside, not what the product is about
    return frozenset(_stem(w) for w in re.findall(r"[\w-]+", name) if w.lower() not in _STOPWORDS)


def _products_known(kg) -> list[tuple[str, list[frozenset[str]]]]:
    return [
        (node, [content_stems(n) for n in (data["name"], *data["aliases"])])
        for node, data in kg.nodes()
        if data["type"] == "KnowledgeProduct"
    ]


_SPELLED = re.compile(r"\b(?P<long>[A-Za-z][a-z]+(?:\s+(?:and\s+|of\s+)?[a-z]+){1,5})\s+\((?P<short>[A-Z]{2,6})\)")


def acronyms(doc: Document) -> dict[str, str]:
    """The acronyms ``doc`` spells out in lower case ("occupational safety and health (OSH)"): the
    initials of the words before the bracket, without "and" / "of", are the acronym."""
    found: dict[str, str] = {}
    for line in doc.lines:
        for match in _SPELLED.finditer(line):
            words = match["long"].split()
            for start in range(len(words)):
                initials = "".join(w[0] for w in words[start:] if w not in ("and", "of")).upper()  # "Occupational ..."
                if initials == match["short"] and words[start] not in ("and", "of"):
                    found.setdefault(match["short"], " ".join(words[start:]).lower())
                    break
    return found


def spelled_out(name: str, spelled: dict[str, str]) -> str:
    return re.sub(r"\b[A-Z]{2,6}\b", lambda m: spelled.get(m.group(), m.group()), name)


_NEAR = 5
"""How many content words a description must share with a known product whose name lacks one of
its words, to be that product ("the manual on CHH and flood risks prevention for herders": the
"Manual on community health and hygiene and flood risks for herders and their families")."""


def _within_known(
    name: str, known: list[tuple[str, list[frozenset[str]]]], spelled: dict[str, str] | None = None
) -> set[str]:
    """The known products whose name (or an alias) holds every content word of ``name``, its kind
    first among them: "Report on grazing rights" is within "Technical report on grazing
    rights for herders"; else those that hold all its words but one, sharing its kind
    and at least :data:`_NEAR` others (acronyms the document spells out read as their words)."""
    words = content_stems(name)
    if len(words) < 2:
        return set()
    within = {node for node, names in known if any(words <= theirs for theirs in names)}
    if within:
        return within
    words = content_stems(spelled_out(name, spelled or {}))
    kind = _stem(re.findall(r"[\w-]+", name)[0])
    return {
        node
        for node, names in known
        if any(len(words - theirs) == 1 and len(words & theirs) > _NEAR and kind in theirs for theirs in names)
    }


def _left_to_known(kg, name: str, cls: str, held: list, descriptions: set[str]) -> bool:
    """Whether a found name is a known item under another spelling (left to it). A product that
    names a law or convention is about it ("a regulatory study to assess ... Convention 190"), not
    it: the law holds it back no more. A reform's description may hold what it creates."""
    if cls == "KnowledgeProduct":
        held = [m for m in held if not kg.is_a(m.node_id, "LegalInstrument")]
    return any(name not in descriptions or _kin(kg, m.node_id, cls) for m in held)


_BOLD_TITLE = re.compile(r"(?<=[:\s])\*\*(?P<title>[A-Z][^*]{8,150}?)\*\*")
_STORY = re.compile(r"\b(?:stor(?:y|ies)|article|op-ed|blog\s+post|publication|published)\b", re.I)


def bold_titles(raw: str) -> list[str]:
    """Titles a line prints in bold inside its prose, when it speaks of a story or publication
    ("a human-interest story ... was published in the web page: **Herders know their rights**")."""
    if re.match(r"\s*(?:[-•]\s*)?\*\*", raw) or not _STORY.search(raw):
        return []  # a bold heading or label ("- **Number of publications:** ..."), or no piece of writing
    return [m["title"].strip(" .,") for m in _BOLD_TITLE.finditer(raw) if not m["title"].rstrip().endswith(":")]


_NUMBERED_HEADING = re.compile(r"(?:[A-Z][\w-]*\s+)?(?:\d+(?:\.\d+)*|[IVX]+)\.?\s+")
"""A heading's label and number before its title ("Area 2. ", "3.1 ", "Priority II. ")."""


def _shorter_last(doc: Document, with_products: bool) -> list[tuple[int, str, list[tuple[str, str]]]]:
    """(line number, line, names found) of every prose line of ``doc``, then once more the lines
    whose products a longer name in the same document describes ("radio spots in Sesotho" before
    "the radio spots for herders on pension rights in Sesotho"): the
    longer name is read first, so that the shorter one finds it wherever it is written."""
    lines = []
    for number, (raw, line) in enumerate(zip(doc.lines, plain_lines(doc), strict=True), start=1):
        if line and "\t" not in raw:
            found = list(named(line))
            if with_products:
                found += [(t, "KnowledgeProduct") for t in products(line)]
                found += [(t, "KnowledgeProduct") for t in bold_titles(raw)]
            lines.append((number, line, found))
    stems = {name: content_stems(name) for _, _, found in lines for name, cls in found if cls == "KnowledgeProduct"}
    shorter = {name for name, words in stems.items() if len(words) >= 2 and any(words < w for w in stems.values())}

    def later(item: tuple[str, str]) -> bool:
        return item[1] == "KnowledgeProduct" and item[0] in shorter

    first = [(n, line, [f for f in found if not later(f)]) for n, line, found in lines]
    last = [(n, line, [f for f in found if later(f)]) for n, line, found in lines]
    return first + [item for item in last if item[2]]


def load(builder: Builder, doc: Document, with_products: bool = True) -> None:
    """Every pilot, strategy, policy, campaign, mechanism and (``with_products``) product ``doc``
    names in prose."""
    from gapgraph.loaders.discovery import series  # it reads products' words as this module does

    kg = builder.kg
    per_place(builder, doc)
    kinds_in_places(builder, doc)
    if with_products:
        series.load(builder, doc)
    spelled = acronyms(doc)
    groups = ("policy", "pilot", "mechanism", "campaign", "product")
    known_products: list[tuple[str, list[frozenset[str]]]] | None = None
    for number, line, found in _shorter_last(doc, with_products):
        source = builder.source(doc.id, number)
        heading = line.strip().rstrip(":").strip()
        held_here = builder.mentions(line, (*groups, "law"))
        longer = [(m.start, m.end, m.node_id) for m in held_here]
        longer += [(m.start() + 1, m.end() - 1, None) for m in _TITLE_SPAN.finditer(line)]
        bodies = organisations.candidates(line) if found else []
        descriptions = {name for name, cls in described(line) if cls == "ConstitutionalReform"}
        pilots = {name for name, cls in described(line) if cls == "Pilot"}
        for name, cls in found:
            if name == heading or _NUMBERED_HEADING.fullmatch(heading[: -len(name)] if heading.endswith(name) else "-"):
                continue  # a heading ("National Herders Policy", "Area 3. Herders Policy"): the topic of what follows
            at = line.find(name)
            if any(len(body) > len(name) and name in body for body in bodies):
                continue  # "Senate Labor and Social Security Committee": a body's name
            around = [n for s, e, n in longer if at >= 0 and s <= at and at + len(name) <= e and e - s > len(name)]
            if around:
                for node in {n for n in around if n is not None}:  # the known longer name is cited here
                    kg.add_node(node, kg.node(node)["type"], kg.node(node)["name"], source)
                continue  # a word of a known longer name or of a title ("Collaboration Pact | between ...")
            known = next((k for k in map(builder.resolve, spellings(name)) if k is not None), None)
            if known is not None:
                if any(f"/id/{g}/" in known for g in groups):
                    kg.add_node(known, kg.node(known)["type"], name, source)
                    _place(builder, known, line, name, source)
                continue
            if any(map(builder.known_here, spellings(name))):
                continue  # the name of things of places of the country (one round-table per state)
            at = line.find(name)
            if any(m.start <= at and at + len(name) < m.end for m in builder.mentions(line, groups)):
                continue  # the head of a longer known name ("Collaboration Pact" of "Collaboration Pact between ...")
            if not cls or (cls == "Mechanism" and classify(name)):
                continue  # "Senate Gender Equality Committee": a body's name, for the organisations' reader
            if cls == "KnowledgeProduct":
                if known_products is None:
                    known_products = _products_known(kg)
                within = _within_known(name, known_products, spelled)
                if len(within) == 1:
                    (same,) = within  # "the technical report on labour inspection": the one known report
                    kg.add_node(same, kg.node(same)["type"], kg.node(same)["name"], source)
                    if any(
                        content_stems(name) == theirs for n, names in known_products if n == same for theirs in names
                    ):
                        builder.register(same, name, builder.country)  # the same words reordered: its name here
                if within:
                    continue  # a shorter description of a known product (of several: a mention left unread)
            held = builder.mentions(name, (*groups, "law"))
            kin = {m.node_id for m in held if _kin(kg, m.node_id, cls)}
            if len(kin) == 1 and name in pilots and builder.resolve(name) is None:
                (same,) = kin  # "child services pilot in X" describes further the known "pilot in X"
                kg.add_node(same, kg.node(same)["type"], name, source)
                builder.register(same, name, builder.country)
                continue
            same = _pilot_of_place(builder, name) if cls == "Pilot" else None
            if same is not None:  # "the Leribe pilot" after "a pilot of ... in Leribe": the one pilot there
                kg.add_node(same, kg.node(same)["type"], name, source)
                builder.register(same, name, builder.country)
                continue
            if _left_to_known(kg, name, cls, held, descriptions) and not _of_another(name, held):
                continue  # a known item under another spelling: left to it (a reform may hold what it creates)
            country = builder.country
            node = node_iri(cls, name, country or "")
            kg.add_node(node, cls, name, source)
            for spelling in spellings(name):
                builder.register(node, spelling, country)
            _place(builder, node, line, name, source)
            if cls == "KnowledgeProduct" and known_products is not None:
                known_products.append((node, [content_stems(name)]))
