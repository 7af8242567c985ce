"""Stable, readable identifiers (IRIs) for nodes, documents, source spans and statements.

A node's IRI is made of a group named after its class family and a slug of the words that tell it
apart, so the same real-world thing gets the same IRI in every build:

>>> node_iri("GovernmentBody", "stps", "jalisco")
'https://w3id.org/gapgraph/id/actor/stps-jalisco'
>>> node_iri("Indicator", "Outcome 2", "% increase in affiliation")
'https://w3id.org/gapgraph/id/indicator/outcome-2-increase-in-affiliation'
>>> span_iri("jp-final-report-2022", 58, 63)
'https://w3id.org/gapgraph/doc/jp-final-report-2022#L58-L63'
>>> short_id('https://w3id.org/gapgraph/id/actor/ilo')
'actor/ilo'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from gapgraph.ontology.namespaces import DOC, ID, SDG
from gapgraph.ontology.schema import schema

# The IRI group of each class family: the first ancestor found in this order names it.
_GROUPS: tuple[tuple[str, str], ...] = (
    ("Actor", "actor"),
    ("Programme", "programme"),
    ("Component", "component"),
    ("Outcome", "outcome"),
    ("Output", "output"),
    ("Indicator", "indicator"),
    ("Observation", "observation"),
    ("LegalInstrument", "law"),
    ("Policy", "policy"),
    ("Pilot", "pilot"),
    ("KnowledgeProduct", "product"),
    ("Mechanism", "mechanism"),
    ("Event", "event"),
    ("Campaign", "campaign"),
    ("Activity", "activity"),
    ("Place", "place"),
    ("TargetGroup", "group"),
    ("SDGGoal", "sdg"),
    ("SDGTarget", "sdg"),
    ("SourceDocument", "doc"),
    ("SourceSpan", "span"),
)

_MAX_SLUG = 80


def slug(*parts: str) -> str:
    """Lower-case ASCII words joined by hyphens; long slugs are cut and given a short hash.

    >>> slug("Secretaría de Bienestar", "Oaxaca")
    'secretaria-de-bienestar-oaxaca'
    """
    text = " ".join(p for p in parts if p)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+(?:\.[0-9]+)*", ascii_text.lower())
    joined = "-".join(words) or "x"
    if len(joined) <= _MAX_SLUG:
        return joined
    digest = hashlib.sha1(joined.encode()).hexdigest()[:8]
    return f"{joined[: _MAX_SLUG - 9].rstrip('-')}-{digest}"


def group_of(cls: str) -> str:
    """The IRI group of an ontology class."""
    ancestors = schema().ancestors(cls)
    for family, group in _GROUPS:
        if family in ancestors:
            return group
    raise KeyError(f"no IRI group for class {cls!r}")


def node_iri(cls: str, *parts: str) -> str:
    """The IRI of a node of class ``cls`` told apart by ``parts``."""
    return f"{ID}{group_of(cls)}/{slug(*parts)}"


def sdg_target_iri(code: str) -> str:
    """The UN SDG KOS IRI of a target code such as ``"8.8"``."""
    return str(SDG[code.strip()])


def doc_iri(doc_id: str) -> str:
    """The IRI of a source document, from its manifest id."""
    return str(DOC[doc_id])


def span_iri(doc_id: str, first: int, last: int) -> str:
    """The IRI of a span of lines of a document (as in ``#L10-L20`` links)."""
    return f"{DOC}{doc_id}#L{first}-L{last}"


def statement_iri(*parts: str) -> str:
    """A stable IRI for a reified statement, from what identifies it."""
    digest = hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:16]
    return f"{ID}statement/{digest}"


def short_id(iri: str) -> str:
    """The readable tail of a node IRI, for display."""
    for base in (str(ID), str(DOC)):
        if iri.startswith(base):
            return iri[len(base) :]
    if iri.startswith(str(SDG)):
        return "sdg/" + iri[len(str(SDG)) :]
    return iri
