"""Discovery from the text: what a document names that no registry knows.

- :mod:`.heads`: the class (and government level) a name's telling head implies ("Ministry of ...",
  "National Institute of ...", "... Union", "University of ...", "... Network", "Embassy of ...",
  "Government of ...", "Municipality of ...");
- :mod:`.organisations`: organisations named with such a head in prose, and the items of
  partnership, attendee, donor and signatory lists;
- :mod:`.units`: a unit of a body ("the Commission on Budget of the National Assembly", "UNICEF's
  Innocenti Research Centre"), ``partOf`` it;
- :mod:`.plural_bodies`: a body named once for several places ("the Secretariats for Women of the
  states of A, B and C"), one body per place;
- :mod:`.local_bodies`: a body of a kind every province has, named with its place after its name or
  acronym ("the Provincial Department of Labour (PDoL) of A", "the PDoL of B"), one body per place;
- :mod:`.plural_things`: products named once for several places ("the diagnostics on ... in 3
  districts (A, B and C)"), one product per place;
- :mod:`.laws`: conventions, recommendations, laws, reforms and initiatives by pattern, with the
  status words and dates their sentence states;
- :mod:`.initiatives`: named initiatives ("the Vision Zero initiative") and the funds that pay for
  something ("financed by Vision Zero Fund");
- :mod:`.things`: pilots, strategies, policies, campaigns, mechanisms and knowledge products named
  in prose;
- :mod:`.people`: people listed by name after a word for people ("influencers (A, B and C)");
- :mod:`.placed`: the place a thing's own name says it lies in ("Diagnostic ... in Maseru");
- :mod:`.place_lists`: places listed after a word for them ("the states of A, B and C"), each a node;
- :mod:`.sdg_lists`: SDG goals and targets listed as codes under a label ("Targets: 1.3, 2.2");
- :mod:`.offices`: the UN Resident Coordinator's Office of the document's country ("the RCO");
- :mod:`.programme`: a joint programme announced on a web page or in a press release (its name,
  country and UN agencies) when no cover page and no registry name it.

Every discovered node cites the line that names it; a name that cannot be typed stays unread (a
mention, never a guess). :func:`load` runs them all over one document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gapgraph.loaders.builder import Builder
    from gapgraph.loaders.document import Document


def things_first(builder: Builder, doc: Document) -> None:
    """Discover the acronym definitions, listed places, places' own bodies, units, laws, named
    things (pilots, policies, mechanisms, campaigns) and UN offices of ``doc`` before its loader
    runs, so that the loader's rules (a grant "awarded to SINACTRAHO and CACEH", a variance
    explanation, an SDG target's bullets, a framing section's focus provinces) relate what no
    registry names. Products wait for the loader (an annex's titles come first), and
    so do bodies named by their heads (a loader's typed and placed lists come first)."""
    from gapgraph.loaders import generic
    from gapgraph.loaders.discovery import laws, local_bodies, offices, place_lists, sessions, things, units

    offices.load(builder, doc)
    generic.definitions(builder, doc)
    place_lists.load(builder, doc)
    local_bodies.load(builder, doc)
    units.load(builder, doc)
    laws.load(builder, doc)
    things.load(builder, doc, with_products=False)
    sessions.load(builder, doc)


def load(builder: Builder, doc: Document) -> None:
    """Discover organisations, laws and things in every line of ``doc``."""
    from gapgraph.loaders.discovery import (
        initiatives,
        laws,
        local_bodies,
        offices,
        organisations,
        people,
        place_lists,
        placed,
        plural_bodies,
        plural_things,
        sdg_lists,
        things,
        units,
    )

    offices.load(builder, doc)
    organisations.load(builder, doc)
    units.load(builder, doc)
    plural_bodies.load(builder, doc)
    people.load(builder, doc)
    laws.load(builder, doc)
    initiatives.load(builder, doc)
    things.load(builder, doc)
    placed.load(builder, doc)
    plural_things.load(builder, doc)
    sdg_lists.load(builder, doc)
    place_lists.load(builder, doc)
    local_bodies.load(builder, doc)
