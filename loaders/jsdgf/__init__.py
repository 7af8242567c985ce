"""The loader of Joint SDG Fund reports (annual progress and final narrative templates).

One report yields its cover page (programme, people, money, SDG targets), its results framework,
its strategic-documents annex, its partnership lists, and what its narrative says of grants,
trainings, events, laws and pilots. Each part of the template is a module of this package.
"""

from __future__ import annotations

from gapgraph.loaders import chain, figures, generic, listings, narrative
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.jsdgf import annex, answers, cover, events, framing, partners, results
from gapgraph.loaders.kinds import register

KINDS = cover.KINDS


@register(*KINDS)
def load(builder: Builder, doc: Document) -> None:
    """Load every part of a Joint SDG Fund report that the loaders understand.

    A report whose cover page names no programme still gets the generic reading.
    """
    programme = cover.load(builder, doc)
    if programme is None:
        generic.load(builder, doc)
        return
    results.load(builder, doc, programme)
    framing.load(builder, doc, programme)
    answers.load(builder, doc, programme)
    partners.load(builder, doc, programme)
    annex.load(builder, doc, programme)
    events.load(builder, doc, programme)
    narrative.load(builder, doc, programme)
    chain.load(builder, doc, programme)
    figures.load(builder, doc, programme)
    listings.load(builder, doc, programme)
