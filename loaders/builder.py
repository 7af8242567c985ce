"""What loaders write into: the graph, the name resolver, and the warnings of a build.

Loaders never touch the networkx graph directly; they add cited facts through a :class:`Builder`,
which resolves names to the registry's nodes and creates new nodes for names it does not know.

>>> b = Builder()
>>> src = b.source("doc-1", 4)
>>> b.kg.add_node(node_iri("UNAgency", "ilo"), "UNAgency", "International Labour Organization", src, aliases=["ILO"])
'https://w3id.org/gapgraph/id/actor/ilo'
>>> b.register(node_iri("UNAgency", "ilo"), "ILO")
>>> b.actor("ILO", src)
'https://w3id.org/gapgraph/id/actor/ilo'
>>> b.actor("World Food Programme", src, new_type="UNAgency")
'https://w3id.org/gapgraph/id/actor/world-food-programme'
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable

from gapgraph.graph.ids import node_iri
from gapgraph.graph.knowledge_graph import KnowledgeGraph
from gapgraph.graph.resolve import Resolver
from gapgraph.loaders.discovery.heads import refine
from gapgraph.loaders.errors import LoadWarning
from gapgraph.loaders.mentions import Mention, MentionIndex, Words
from gapgraph.loaders.translated import translation_key
from gapgraph.ontology.models import Source

_PLACES_OPENING = re.compile(
    r"\s*,?\s*(?:in|of|at)\s+(?:(?:the|both|each|every)\s+)?(?:(?:states?|entit(?:y|ies)|districts?|provinces?|"
    r"regions?|municipalit(?:y|ies)|departments?)\s+(?:of\s+)?)?\(?"
)
_EMBASSY = re.compile(r"^(?:the\s+)?Embassy\s+of\s+(?P<of>.+?)(?:\s+in\s+(?P<host>[A-Z].+))?$")
_OF_PLACE = re.compile(r"(?:\s*\([^()]{1,15}\))?,?\s+of\s+(?:the\s+)?")
"""What puts a place after a body's name: "of (the)", after its bracketed acronym or not."""
_SENTENCE_END = re.compile(r"(?<=[a-z]{3})\.\s+(?:(?:The|A|An)\s+)?(?=[A-ZÁÉÍÓÚÑ])")
"""A sentence's end inside a run of capitalised words ("... in Lesotho. The Lesotho Commission ...")."""


def last_sentence(name: str) -> str:
    """``name`` without the end of a sentence before it ("Lesotho. The Lesotho Commission for
    Refugee Assistance" is the Lesotho Commission for Refugee Assistance)."""
    tail = _SENTENCE_END.split(name)[-1]
    return tail if len(tail.split()) >= 2 else name


_PLACE_LINK = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")

GLOBAL_CLASSES = ("UNAgency", "Fund", "InternationalOrganization", "Convention", "Person")
"""Classes whose names mean the same in every country: never scoped to a document's country."""


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


def _demonym_in(names: str, country: str) -> bool:
    """Whether a capitalised word of ``names`` is a demonym of ``country`` as English forms most of
    them: the name with "-n", "-an", "-ian" or "-ese", its last vowel dropped or not ("Cambodian",
    "Mexican", "Ecuadorian", "Malawian", "Senegalese", "Vietnamese" for "Viet Nam").

    >>> _demonym_in("Cambodian Federation of Employers", "Cambodia"), _demonym_in("Mexican Institute", "Mexico")
    (True, True)
    >>> _demonym_in("Khmer Domestic Workers' Union", "Cambodia"), _demonym_in("Malawian Union", "Mali")
    (False, False)
    """
    stem = re.sub(r"[\s'’-]+", "", country).casefold()
    if len(stem) < 4:
        return False
    bases = {stem, stem[:-1]} if stem[-1] in "aeiouy" else {stem}
    forms = {base + ending for base in bases for ending in ("n", "an", "ian", "ese")}
    return any(word.casefold() in forms for word in _CAPITALISED.findall(names))


class Builder:
    """The graph under construction, with entity resolution and warnings."""

    def __init__(self) -> None:
        self.kg = KnowledgeGraph()
        self.resolver = Resolver()
        self.email_domains: dict[tuple[str, str | None], str] = {}
        self._embassy_twins: dict[str, set[str]] = defaultdict(set)
        """The names each "Embassy of X" was written with, for :meth:`embassy_here`."""
        self._capital_places: set[str] = set()
        """Places' names written in capitals ("CDMX"): the only capitals a place mention may be."""
        self._translations: dict[tuple[str | None, frozenset[str]], str] = {}
        """Bodies by the English words of their names, per country (:meth:`translated_here`)."""
        self.places: dict[str, str] = {}
        self._named_places: dict[str, list[str]] = defaultdict(list)  # every place of a name, first known first
        self._countries: list[tuple[str, str]] | None = None  # one-word names of top-level places, for demonyms
        self.demonyms: dict[str, str] = {}  # "Spanish" -> Spain: the forms the rule does not derive
        self.country_codes: dict[str, str] = {}
        self.place_parents: dict[str, str] = {}
        self.country: str | None = None
        """The place key of the country of the document being loaded (see :mod:`gapgraph.loaders.country`)."""
        self.figures: list = []
        """The key figures programme registries declare (:class:`gapgraph.loaders.figures.Measure`)."""
        self.warnings: list[LoadWarning] = []
        self._deferred: dict[str, Callable[[], None]] = {}
        self._mentions: dict[str | None, MentionIndex] = defaultdict(MentionIndex)
        self._indexes: dict[str, dict[str, str]] = {}
        self._at_finish: list[Callable[[], object]] = []

    @staticmethod
    def source(doc_id: str, first: int, last: int | None = None) -> Source:
        """A citation of lines ``first`` to ``last`` of document ``doc_id``."""
        return Source(doc=doc_id, lines=(first, last if last is not None else first))

    def warn(self, doc_id: str, line: int, message: str) -> None:
        """Note input that was passed over."""
        self.warnings.append(LoadWarning(doc_id, line, message))

    def at_finish(self, work: Callable[[], object]) -> None:
        """Run ``work`` when every document has been loaded, within the country of the document
        being loaded now (so that its names resolve as they do here)."""
        country = self.country

        def in_country() -> object:
            self.country, was = country, self.country
            try:
                return work()
            finally:
                self.country = was

        self._at_finish.append(in_country)

    def finish(self) -> None:
        """Complete the graph once every document has been loaded (deferred registry facts)."""
        while self._at_finish:
            self._at_finish.pop(0)()

    def index(self, name: str) -> dict[str, str]:
        """A named lookup table loaders share across documents (e.g. products of a programme by title)."""
        return self._indexes.setdefault(name, {})

    def defer(self, node_id: str, add: Callable[[], None]) -> None:
        """Index a node now and add it to the graph (by calling ``add``) when first needed."""
        self._deferred[node_id] = add

    def defer_more(self, node_id: str, add: Callable[[], None], before: bool = False) -> None:
        """Run ``add`` too when a deferred node is added (now, if it already is); ``before`` the
        first addition (so that its name is the node's name)."""
        first = self._deferred.get(node_id)
        if first is None:
            if self.kg.has_node(node_id):
                add()
            else:
                self._deferred[node_id] = add
            return

        def both() -> None:
            for step in (add, first) if before else (first, add):
                step()

        self._deferred[node_id] = both

    def scopes(self, scope: str | None = None) -> tuple[str | None, ...]:
        """Where a name is looked up, most specific first: ``scope``, the places it lies in, the
        document's country, then names valid everywhere (None)."""
        chain: list[str | None] = []
        for start in (scope, self.country):
            chain += [p for p in (self.within(start) if start else []) if p not in chain]
        return (*chain, None)

    def ensure(self, node_id: str) -> str:
        """Make sure a known (possibly deferred) node is in the graph."""
        add = self._deferred.pop(node_id, None)
        if add is not None:
            add()
        return node_id

    def register(self, node_id: str, alias: str, scope: str | None = None) -> None:
        """Make a name (within a place, if ``scope``) resolve to ``node_id``, and find it in text."""
        self.resolver.add(node_id, alias, scope)
        self._mentions[scope].add(alias, node_id)

    def mentions(self, text: str, group: str | tuple[str, ...] = "actor", scope: str | None = None) -> list[Mention]:
        """Where text names known nodes of an IRI group (``actor``, ``law``...), longest names first.

        Acronyms (no lower-case letter) match only as written; other names ignore case. Names
        scoped to ``scope`` are looked for first.
        """
        markers = tuple(f"/id/{g}/" for g in ((group,) if isinstance(group, str) else group))

        def keep(node_id: str) -> bool:  # another country's subdivision never takes a name from one of this country
            return any(marker in node_id for marker in markers) and not (
                "/id/place/" in node_id and self._abroad(node_id.rsplit("/", 1)[-1])
            )

        found: list[Mention] = []
        words = Words(text)
        for place in self.scopes(scope):
            if place not in self._mentions:
                continue
            for mention in self._mentions[place].find_words(text, words, keep):
                overlapping = [m for m in found if mention.start < m.end and m.start < mention.end]
                if not overlapping:
                    found.append(mention)
                elif all(
                    mention.start <= m.start and m.end <= mention.end and m.end - m.start < mention.end - mention.start
                    for m in overlapping
                ):  # a longer name known more widely holds the place's shorter one
                    found = [m for m in found if m not in overlapping] + [mention]
        found = [m for m in map(lambda m: self._of_place(text, m), found) if m is not None]
        found += self._in_places(text, words, keep, found, scope)
        found = [m for m in found if "/id/place/" not in m.node_id or self.place_here(m)]
        for mention in found:
            self.ensure(mention.node_id)
        return sorted(found, key=lambda m: m.start)

    def place_here(self, mention: Mention) -> bool:
        """Whether a place's mention stands: not a word in capitals where the place's name is not an
        acronym ("PUNO", "OSH" are no Puno, no Osh), nor another country's subdivision in a document
        of a known country (a Mexican report's "Centre", "North" or "para" are no regions of Burkina
        Faso, Cameroon or Suriname).

        >>> b = Builder()
        >>> b.place_parents["osh-kyrgyzstan"] = "kyrgyzstan"
        >>> b.country = "mexico"
        >>> osh = "https://w3id.org/gapgraph/id/place/osh-kyrgyzstan"
        >>> b.place_here(Mention(node_id=osh, text="Osh", start=0, end=3))
        False
        """
        if mention.text.isupper() and len(mention.text) > 1 and mention.text not in self._capital_places:
            return False
        return not self._abroad(mention.node_id.rsplit("/", 1)[-1])

    def _abroad(self, key: str) -> bool:
        """Whether a place key is another country's subdivision, in a document of a known country."""
        return self.country is not None and key in self.place_parents and self.country not in self.within(key)

    def _of_place(self, text: str, mention: Mention) -> Mention | None:
        """A body's name followed by "of <a place of the country>" ("Ministry of Welfare of Maseru
        District") names that place's body of the name, never the national namesake: the mention is
        the place's body, spanning the place, else none (the name stays unresolved).

        Bodies of the place itself, or of a place within it, keep their mention."""
        if "/id/actor/" not in mention.node_id:
            return mention
        opening = _OF_PLACE.match(text, mention.end)
        if opening is None:
            return mention
        rest = text[opening.end() : opening.end() + 120]
        place = next(iter(self.mentions(rest, "place")), None)
        if place is None or place.start != 0:
            return mention
        key = place.node_id.rsplit("/", 1)[-1]
        if key == self.country or self.country not in self.within(key):
            return mention
        located = {p.rsplit("/", 1)[-1] for p in self.kg.out(self.ensure(mention.node_id), "locatedIn")}
        if any(key in self.within(p) for p in located):
            return mention
        local = self.resolver.resolve_exact(mention.text, key)
        if local is None:
            return None
        if "(" in opening.group():  # "... Training (PDoLVT) of Siem Reap": the name stops at its acronym
            return Mention(local, mention.text, mention.start, mention.end)
        end = opening.end() + place.end  # the place is part of how the text names that body
        return Mention(local, text[mention.start : end], mention.start, end)

    def _in_places(
        self, text: str, words: Words, keep: Callable[[str], bool], found: list[Mention], scope: str | None
    ) -> list[Mention]:
        """Names known only within other places of the country, where the text says which places:
        one mention per place it lists after the name ("the round-tables in Maseru and Leribe", "the
        round-table in each district (Maseru and Leribe)"), or, for a thing's name written in the
        plural with no place ("the round-tables"), one per place whose thing bears that name."""
        chain = set(self.scopes(scope))
        spans: dict[tuple[int, int], list[tuple[str, Mention]]] = defaultdict(list)
        for place, index in self._mentions.items():
            if place in chain or self.country is None or self.country not in self.within(place):
                continue
            for mention in index.find_words(text, words, keep):
                if not any(mention.start < m.end and m.start < mention.end for m in found):
                    spans[mention.start, mention.end].append((place, mention))
        extra: list[Mention] = []
        for (_, end), named in spans.items():
            listed = self.places_after(text[end:])
            if listed:
                extra += [m for place, m in named if place in listed]
            elif len(named) > 1 and all("/id/actor/" not in m.node_id for _, m in named):
                extra += [m for place, m in named if self._plural_of(m, place)]
        return extra

    def places_after(self, rest: str) -> dict[str, str]:
        """The places (key: node id) a text lists first ("in Oaxaca and Jalisco", "of Maseru", "in each
        entity (Jalisco and Oaxaca)")."""
        opening = _PLACES_OPENING.match(rest)
        if opening is None:
            return {}
        rest, end, keys = rest[opening.end() :], 0, {}
        while True:
            mention = next(iter(self.mentions(rest[end:200], "place")), None)
            if mention is None or (mention.start and not _PLACE_LINK.fullmatch(rest[end : end + mention.start])):
                return keys
            text, stop = mention.text, end + mention.end
            comma = text.rfind(",")
            if comma > 0 and re.match(r"\s+[A-Z]", rest[stop:]):  # "Chiapas, Mexico City": two places
                first = next(iter(self.mentions(text[:comma], "place")), None)
                if first is not None and first.start == 0 and first.end == comma:
                    mention, stop = first, end + mention.start + comma
            keys[mention.node_id.rsplit("/", 1)[-1]] = mention.node_id
            end = stop

    def _plural_of(self, mention: Mention, place: str) -> bool:
        """Whether a mention is a plural of a singular name of its node within ``place``."""
        for word in re.finditer(r"\b\w+?s\b", mention.text):
            singular = mention.text[: word.end() - 1] + mention.text[word.end() :]
            if self.resolver.resolve_exact(singular, place) == mention.node_id:
                return True
        return False

    def find_names(self, text: str, group: str) -> list[Mention]:
        """Where text names known nodes of an IRI group, in every scope, without adding them to the graph."""
        marker = f"/id/{group}/"
        found: list[Mention] = []
        words = Words(text)

        def keep(node_id: str) -> bool:
            return marker in node_id and not (group == "place" and self._abroad(node_id.rsplit("/", 1)[-1]))

        for index in self._mentions.values():
            found += index.find_words(text, words, keep)
        if group == "place":
            found = [m for m in found if self.place_here(m)]
        return sorted(found, key=lambda m: m.start)

    def nested(self, text: str, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
        """Pairs written "A of the B" ("Executive Secretariat ... of the Secretary of Economy"): A is part of B."""
        pairs = []
        for first, second in itertools.pairwise(mentions):
            between = text[first.end : second.start]
            if first.node_id != second.node_id and re.fullmatch(r"\s+of\s+(?:the\s+)?", between):
                pairs.append((first, second))
        return pairs

    def resolve(self, name: str, scope: str | None = None) -> str | None:
        """The node a name refers to (added to the graph if it was deferred), or None."""
        for place in self.scopes(scope):
            node_id = self.resolver.resolve_exact(name, place)
            if node_id is not None:
                return self.ensure(node_id)
        return None

    def national_scope(self, cls: str, scope: str | None = None) -> str | None:
        """The scope a new node of class ``cls`` is known in: ``scope``, else the document's country
        (None for classes whose names are the same everywhere: UN entities, funds, international bodies)."""
        if scope is not None:
            return scope
        if any(self.kg.schema.is_a(cls, g) for g in GLOBAL_CLASSES):
            return None
        return self.country

    def actor(
        self,
        name: str,
        source: Source,
        scope: str | None = None,
        new_type: str | None = None,
        aliases: tuple[str, ...] = (),
    ) -> str | None:
        """The actor a name refers to, cited by ``source``; a new ``new_type`` node if unknown.

        Within a ``scope`` (a place's list: "State of Jalisco: Secretary of Labor ..."), a name means
        that place's body or one known everywhere, never the country's federal namesake; acronyms are
        looked up as usual. A new node's class is made precise by a telling head (see
        :func:`gapgraph.loaders.discovery.heads.refine`); a new national body is known within its
        document's country (see :meth:`place_in_country`). The spelling used is kept as an alias
        of the node. Without ``new_type``, an unknown name gives None.
        """
        name = last_sentence(" ".join(name.split()))
        node_id = self._local(name, scope) if scope is not None else self.resolve(name)
        for alias in aliases:
            node_id = node_id or self.resolve(alias, scope)
        if node_id is None and new_type is not None and scope is None:
            node_id = self.embassy_here(name) or self.translated_here(name)
        if node_id is None:
            if new_type is None:
                return None
            new_type, level = refine(new_type, name)
            home = self.national_scope(new_type, scope)
            node_id = node_iri(new_type, name, home or "")
            self.kg.add_node(node_id, new_type, name, source, aliases=aliases)
            if level and new_type == "GovernmentBody":
                self.kg.add_claim(node_id, "level", level, source)
            if home is not None and scope is None:
                created, country = node_id, home
                self.at_finish(lambda: self.place_in_country(created, country))
        else:
            known = self.kg.node(node_id)["type"]
            if new_type is not None and self.kg.schema.is_a(new_type, known):
                known = new_type  # a list of employers types the "Actor" an acronym made
            self.kg.add_node(node_id, known, name, source, aliases=aliases)
        home = self.national_scope(self.kg.node(node_id)["type"], scope)
        for spelling in (name, *aliases):
            if self.resolve(spelling, scope) is None:
                self.register(node_id, spelling, home)
        key = translation_key(name) if scope is None else None
        if key is not None:
            self._translations.setdefault((self.country, key), node_id)
        return node_id

    def translated_here(self, name: str) -> str | None:
        """The body of the document's country another name says the same words of, in English or
        Spanish ("Ministerio de Inclusión Económica y Social" for the cover's "Ministry of Economic and
        Social Inclusion"; :mod:`gapgraph.loaders.translated`)."""
        key = translation_key(name)
        found = self._translations.get((self.country, key)) if key is not None else None
        return self.ensure(found) if found is not None else None

    def _local(self, name: str, scope: str) -> str | None:
        """A name within ``scope`` (a place's list), never the country's federal namesake."""
        for place in self.scopes(scope):
            node_id = self.resolver.resolve_exact(name, place)
            if node_id is None:
                continue
            self.ensure(node_id)
            if place != scope and self.kg.value(node_id, "level") == "federal":
                continue
            return node_id
        return None

    def embassy_here(self, name: str) -> str | None:
        """The known embassy "Embassy of X (in Y)" names when Y is the document's country, a place in
        it or unsaid: in one country's report "the Embassy of Sweden", "the Embassy of Sweden in
        Cambodia" and "the Embassy of Sweden in Phnom Penh" are one embassy.

        >>> b = Builder()
        >>> b.country = None
        >>> b.embassy_here("Embassy of Sweden") is None
        True
        """
        match = _EMBASSY.match(name)
        if match is None or self.country is None:
            return None
        country = self.place(self.country)
        if country is None:
            return None
        host = match["host"]
        if host is not None:
            place = self.place(host)
            if place is None or self.country not in self.within(place.rsplit("/", 1)[-1]):
                return None
        embassy = f"Embassy of {match['of']}"
        spellings = (embassy, f"{embassy} in {self.kg.node(country)['name']}", *self._embassy_twins.get(embassy, ()))
        found = next(filter(None, map(self.resolve, spellings)), None)
        self._embassy_twins[embassy].add(name)
        return found

    def known_here(self, name: str) -> bool:
        """Whether ``name`` names something in a place of the document's country (a state's body, say),
        even where it does not resolve without that place."""
        return any(scope is not None and self.country in self.within(scope) for scope in self.resolver.scopes_of(name))

    def within(self, place: str | None) -> list[str]:
        """A place key and the keys of the places it lies in (Iztapalapa, Mexico City, Mexico)."""
        chain: list[str] = []
        while place is not None and place not in chain:
            chain.append(place)
            place = self.place_parents.get(place)
        return chain

    def demonym_countries(self, text: str) -> set[str]:
        """The countries whose demonyms the capitalised words of ``text`` are: a form the rule of
        :func:`_demonym_in` derives from a one-word name of a country ("Cambodian"), or one
        ``data/base/demonyms.yaml`` lists ("Spanish")."""
        if self._countries is None:  # read once: every registry is loaded before the documents
            self._countries = sorted(
                (name, nodes[0])
                for name, nodes in self._named_places.items()
                if nodes and nodes[0].rsplit("/", 1)[-1] not in self.place_parents and " " not in name.strip()
            )
        found = {node for country, node in self._countries if _demonym_in(text, country)}
        return found | {self.demonyms[w] for w in _CAPITALISED.findall(text) if w in self.demonyms}

    def demonym_country(self, name: str) -> str | None:
        """The one country other than the document's whose demonym a name holds ("Spanish Agency for
        International Development Cooperation" in a report on Ecuador: Spain)."""
        found = self.demonym_countries(name) - {self.place(self.country) if self.country else None}
        return self.ensure(found.pop()) if len(found) == 1 else None

    def place_in_country(self, node_id: str, country: str) -> None:
        """Place a new national body where its name says: a known place of the country its name ends
        with ("... of Oaxaca"), else the country its names name ("Embassy of Japan in Paraguay");
        unless the text placed it already; or the country its name's demonym says ("Cambodian
        Federation of Employers"), or where the bodies it is part of lie. The edge cites where it
        is named. A body whose name says neither stays unplaced, known only within that country."""
        if self.kg.out(node_id, "locatedIn"):
            return
        home = self.place(country)
        if home is None or home == node_id:
            return
        data = self.kg.node(node_id)
        abroad = self.demonym_country(data["name"])
        if abroad is not None and abroad != node_id:
            self.kg.add_edge(node_id, "locatedIn", abroad, data["sources"][0])  # "German Federal Ministry ..."
            return
        ending = [
            m.node_id
            for m in self.find_names(data["name"], "place")
            if m.end == len(data["name"].rstrip(" ."))
            and re.search(r"\b(?:of|in)\s+(?:the\s+)?$", data["name"][: m.start])
        ]
        local = [p for p in ending if p != home and country in self.within(p.rsplit("/", 1)[-1])]
        if local:
            self.kg.add_edge(node_id, "locatedIn", self.ensure(local[-1]), data["sources"][0])
            return
        names = " ; ".join((data["name"], *data["aliases"]))
        wholes = self.kg.out(node_id, "partOf")
        if (
            any(m.node_id == home for m in self.find_names(names, "place"))
            or home in self.demonym_countries(names)
            or (wholes and all(home in self.kg.out(w, "locatedIn") for w in wholes))
        ):
            self.kg.add_edge(node_id, "locatedIn", home, data["sources"][0])

    def actor_by_email(self, email: str) -> str | None:
        """The organisation of an e-mail address, from its domain.

        A domain the registry lists decides (``irra@ilo.org`` is ILO); otherwise the domain's first
        label is tried as a name (``someone@wfp.org`` is whoever is called WFP).
        """
        domain = email.rsplit("@", 1)[-1].lower().strip(" .>")
        labels = domain.split(".")
        for start in range(len(labels) - 1):
            for scope in self.scopes():
                known = self.email_domains.get((".".join(labels[start:]), scope))
                if known:
                    return self.ensure(known)
        return self.resolve(labels[0]) if len(labels) > 1 else None

    def add_place_name(self, name: str, node_id: str) -> None:
        """Know ``name`` as a place's name: for :meth:`place` and for mentions of group ``place``."""
        self.places.setdefault(name.casefold(), node_id)
        if node_id not in self._named_places[name.casefold()]:
            self._named_places[name.casefold()].append(node_id)
        if name.isupper():
            self._capital_places.add(name)  # "CDMX": a place's name written in capitals
        self._mentions[None].add(name, node_id)

    def place_in(self, text: str) -> str | None:
        """The key of the first place a text names ('In Chiapas, ...' gives 'chiapas'), for scoped names."""
        mentions = self.mentions(text, "place")
        return mentions[0].node_id.rsplit("/", 1)[-1] if mentions else None

    def place(self, key_or_name: str) -> str | None:
        """A place node by registry key or name (added to the graph if it was deferred); by name, not
        another country's subdivision in a document of a known country."""
        for node_id in self._named_places.get(key_or_name.casefold(), ()):
            key = node_id.rsplit("/", 1)[-1]
            if key_or_name == key or not self._abroad(key):  # Guadalajara in Mexico, not Spain's province
                return self.ensure(node_id)
        return None
