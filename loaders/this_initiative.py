"""What "this initiative" did, in a paragraph that names a programme it is not the document's own:
"“Closing gaps” is an initiative by the Joint SDG Fund ... This initiative also promotes the
establishment of the first National Care System".

A page of another kind (a portal's progress note, a news item) names a programme and goes on with
"this (joint) initiative", "the programme", "the JP". Each sentence after the programme's name, in
the same line, whose subject is such a phrase or the programme's name and that says what it
contributed to, is read as the reports' narratives are (:func:`gapgraph.loaders.chain.contribution`:
the programme ``contributesTo`` each law, policy or outcome named after the verb), once every
document is loaded. A document whose own programme the narrative rules already read is left to them.
"""

from __future__ import annotations

from gapgraph.loaders import attribution, chain
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.sections import sentences
from gapgraph.loaders.text import plain


def load(builder: Builder, doc: Document) -> None:
    """Schedule the contributions of the programmes a document's lines name and refer back to."""
    own = builder.index(attribution.PROGRAMME_OF_DOCUMENT).get(doc.id)
    kg = builder.kg
    for number, raw in enumerate(doc.lines, start=1):
        if "\t" in raw:
            continue
        programme: str | None = None
        for sentence in sentences(plain(raw)):
            verb = chain.CONTRIBUTED.search(sentence)
            named = [m.node_id for m in builder.mentions(sentence, "programme") if kg.is_a(m.node_id, "Programme")]
            if verb is not None and programme is not None and programme != own:
                subject = sentence[: verb.start()]
                if chain.PROGRAMME_WORDS.search(subject) and not named:
                    source, current = builder.source(doc.id, number), programme
                    builder.at_finish(lambda s=sentence, src=source, p=current: chain.contribution(builder, s, src, p))
            if named:
                programme = named[-1]
