"""The loader of Joint SDG Fund reports (annual progress and final narrative templates).

One report yields its cover page (programme, people, money, SDG targets), its results framework,
its strategic-documents annex, its partnership lists, and what its narrative says of grants,
trainings, events, laws and pilots.
"""

from __future__ import annotations

from gapgraph.loaders import figures, jsdgf_annex, jsdgf_cover, jsdgf_events, jsdgf_partners, jsdgf_results, narrative
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document

KINDS = jsdgf_cover.KINDS


def load(builder: Builder, doc: Document) -> None:
    """Load every part of a Joint SDG Fund report that the loaders understand."""
    programme = jsdgf_cover.load(builder, doc)
    if programme is None:
        return
    jsdgf_results.load(builder, doc, programme)
    jsdgf_partners.load(builder, doc, programme)
    jsdgf_annex.load(builder, doc, programme)
    jsdgf_events.load(builder, doc, programme)
    narrative.load(builder, doc, programme)
    figures.load(builder, doc, programme)
