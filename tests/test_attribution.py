"""Who did what: the attribution, results-chain, framing and funding rules, on invented sentences of
other countries' programmes and on the corpus (question/answer tests citing the lines they read)."""

from __future__ import annotations

import random

import pytest

from gapgraph.graph.ids import node_iri
from gapgraph.graph.resolve import normalise
from gapgraph.loaders import attribution, money
from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.queries.conflicts import conflicts
from gapgraph.queries.lookup import find


def invented(*lines: str) -> tuple[Builder, Document]:
    """A builder that knows a few bodies and things of an invented programme in Lesotho."""
    b = Builder()
    src = b.source("reg", 1)
    known = {
        ("UNAgency", "World Food Programme", "WFP"),
        ("UNAgency", "UNICEF", "UNICEF"),
        ("GovernmentBody", "Ministry of Finance of Lesotho", "MoF"),
        ("GovernmentBody", "Bureau of Statistics", "BoS"),
        ("CivilSocietyOrganization", "Lesotho Council of NGOs", "LCN"),
    }
    for cls, name, acronym in known:
        node = b.kg.add_node(node_iri(cls, acronym), cls, name, src, aliases=[acronym])
        b.register(node, name)
        b.register(node, acronym)
    for cls, name in (
        ("KnowledgeProduct", "Study on the costs of a child grant in Lesotho"),
        ("KnowledgeProduct", "Diagnostic of informal workers in Maseru"),
        ("KnowledgeProduct", "Diagnostic of informal workers in Leribe"),
        ("Campaign", "#GrantsForAll campaign"),
        ("Pilot", "Child grant pilot in Maseru"),
    ):
        node = b.kg.add_node(node_iri(cls, name), cls, name, src)
        b.register(node, name)
    for place in ("Maseru", "Leribe"):
        node = b.kg.add_node(node_iri("State", place), "State", place, src)
        b.add_place_name(place, node)
    return b, Document(id="lso", kind="k", path="lso.txt", lines=list(lines))


def edges(b: Builder, relation: str) -> set[tuple[str, str]]:
    return {(b.kg.node(u)["name"], b.kg.node(v)["name"]) for u, v, _, _ in b.kg.edges(relation)}


def test_made_with_and_validated_by_give_one_edge_each():
    b, doc = invented(
        "The study on the costs of a child grant in Lesotho, developed in collaboration with UNICEF and LCN, "
        "and validated by the Ministry of Finance of Lesotho."
    )
    attribution.load(b, doc)
    study = "Study on the costs of a child grant in Lesotho"
    assert edges(b, "developedWith") == {(study, "UNICEF"), (study, "Lesotho Council of NGOs")}
    assert edges(b, "validates") == {("Ministry of Finance of Lesotho", study)}


def test_jointly_launched_by_a_list_and_a_generic_reference():
    b, doc = invented("A technical study on the costs of a child grant was jointly launched by the BoS and the WFP.")
    attribution.load(b, doc)
    study = "Study on the costs of a child grant in Lesotho"
    assert edges(b, "produces") == {("Bureau of Statistics", study), ("World Food Programme", study)}


def test_compound_place_lists_give_one_edge_per_product():
    b, doc = invented("The diagnostics of informal workers of Maseru and Leribe were presented to the BoS.")
    attribution.load(b, doc)
    assert edges(b, "presentedTo") == {
        ("Diagnostic of informal workers in Maseru", "Bureau of Statistics"),
        ("Diagnostic of informal workers in Leribe", "Bureau of Statistics"),
    }


def test_an_evaluator_named_only_once_becomes_an_actor_and_evaluates_the_campaign():
    b, doc = invented(
        "The #GrantsForAll campaign reached 2 million people.",
        "The campaign independent evaluation was carried out by Sechaba Research, in 2023.",
    )
    attribution.load(b, doc)
    assert edges(b, "evaluates") == {("Sechaba Research", "#GrantsForAll campaign")}
    assert not edges(b, "produces"), "an evaluator did not make the campaign"


def test_an_active_subject_implements_a_pilot_and_a_law_step_keeps_its_date():
    b, doc = invented("UNICEF carried out the pilot of the child grant in Maseru.")
    attribution.load(b, doc)
    assert edges(b, "implements") == {("UNICEF", "Child grant pilot in Maseru")}


def test_funding_beyond_the_fund_names_funder_amount_and_what_it_pays_for():
    b, doc = invented("The government of Norway will invest $250,000 USD to continue with the child grant in Leribe.")
    money.read(b, doc.lines[0], b.source("lso", 1))
    [(u, v, _, data)] = list(b.kg.edges("funds"))
    assert b.kg.node(u)["name"] == "Government of Norway" and b.kg.node(u)["type"] == "Donor"
    assert b.kg.node(v)["type"] == "Activity" and "child grant" in b.kg.node(v)["name"].lower()
    assert data["attributes"]["amount"][0]["value"] == 250000 and data["attributes"]["currency"][0]["value"] == "USD"


def test_a_sentence_without_a_stated_attribution_adds_nothing():
    b, doc = invented("The study on the costs of a child grant in Lesotho is long and UNICEF is an agency.")
    before = b.kg.number_of_edges()
    attribution.load(b, doc)
    assert b.kg.number_of_edges() == before


# -- questions on the corpus, each citing the lines that answer it --------------------------------


def cites(data: dict, doc: str, line: int) -> bool:
    return any(s.doc == doc and s.lines[0] <= line <= s.lines[1] for s in data["sources"])


def edge(kg, subject: str, relation: str, obj: str) -> dict | None:
    for _, v, _, data in kg.graph.out_edges(subject, keys=True, data=True):
        if v == obj and data["type"] == relation:
            return data
    return None


def test_who_developed_and_who_validated_the_costing_methodology(built):
    """Final report 139: "the methodology to estimate the costs and returns of investment on care
    services developed in collaboration with ECLAC, and validated by the Secretary of Finance (SCHP)"."""
    kg = built.kg
    methodology = find(kg, "methodology to estimate the costs and returns of investment")
    developed = edge(kg, methodology, "developedWith", find(kg, "ECLAC"))
    validated = edge(kg, find(kg, "Secretary of Finance and Public Credit"), "validates", methodology)
    assert developed and cites(developed, "jp-final-report-2022", 139)
    assert validated and cites(validated, "jp-final-report-2022", 139)


def test_who_implemented_the_iztapalapa_pilot(built):
    """Final report 510 (the Government of Iztapalapa) and the portal's progress note 1188 ("UN Women
    carried out the pilot of "Closing gaps" in Iztapalapa")."""
    kg = built.kg
    pilot = find(kg, "Iztapalapa pilot")
    implementers = {
        kg.node(u)["name"]: d
        for u, _, _, d in kg.graph.in_edges(pilot, keys=True, data=True)
        if d["type"] == "implements"
    }
    assert {"UN Women", "Government of Iztapalapa"} <= set(implementers)
    assert cites(implementers["UN Women"], "unwomen-portal-mex-d-2.1", 1188)


def test_the_follow_up_funding(built):
    """Final report 258: "The government of Ireland will invest $110,000 USD to continue with social
    protection actions for women temporary agricultural workers in Jalisco"."""
    kg = built.kg
    found = [(u, v, d) for u, v, _, d in kg.edges("funds") if cites(d, "jp-final-report-2022", 258)]
    assert len(found) == 1
    funder, target, data = found[0]
    assert "Ireland" in kg.node(funder)["name"]
    assert data["attributes"]["amount"][0]["value"] == 110000
    assert data["attributes"]["currency"][0]["value"] == "USD"
    assert "Jalisco" in {
        kg.node(p)["name"]
        for _, p, _, d in kg.graph.out_edges(target, keys=True, data=True)
        if d["type"] == "locatedIn"
    }


def test_the_date_contradiction_of_the_general_law(built):
    """Final report 479: presented by a group of Senators on November 30th, 2021; the portal 1188:
    "On October 21, 2021, a bill was presented in the Senate"."""
    law = find(built.kg, "General Law of the National Care System")
    [dated] = [c for c in conflicts(built.kg) if c.node.startswith(law) and c.attribute == "onDate"]
    by_value = {v["value"]: {s["doc"] for s in v["sources"]} for v in dated.values}
    assert by_value == {"2021-10-21": {"unwomen-portal-mex-d-2.1"}, "2021-11-30": {"jp-final-report-2022"}}
    assert dated.severity == "high"


def test_the_funder_contradiction_is_flagged(built):
    """The results report 1436 names the European Union as the programme's donor; the reports, the
    Joint SDG Fund."""
    [funder] = [c for c in conflicts(built.kg) if c.attribute == "funder"]
    assert {v["value"] for v in funder.values} == {"European Union", "Joint SDG Fund"}


def test_the_fund_global_outcome_is_not_the_programme_outcome(built):
    kg = built.kg
    fund_outcome = find(kg, "Joint SDG Fund Global Outcome 1")
    assert fund_outcome != find(kg, "Outcome 1")
    assert kg.value(fund_outcome, "code") == "Global Outcome 1"


# -- precision: every sampled edge cites lines that name both ends ----------------------------------

_STOP = {"the", "of", "and", "for", "in", "on", "to", "a", "an", "with", "by", "de", "la", "del", "y"}


def _named(text: str, names: list[str]) -> bool:
    """Whether a line names a node: one of its names, or most words of its shortest name."""
    line = normalise(text)
    words = set(line.split())
    for name in names:
        if normalise(name) and normalise(name) in line:
            return True
    shortest = min(names, key=len)
    wanted = {w for w in normalise(shortest).split() if w not in _STOP}
    return bool(wanted) and len(wanted & words) / len(wanted) >= 0.5


ATTRIBUTION = (
    "produces",
    "developedWith",
    "validates",
    "evaluates",
    "presentedTo",
    "providesTechnicalAssistanceTo",
    "implements",
    "adopts",
    "contributesTo",
    "funds",
    "alignedWith",
)


def _ends_named(kg, text: str, node: str) -> bool:
    data = kg.node(node)
    names = [n for n in (data["name"], *data["aliases"], str(kg.value(node, "code") or "")) if n]
    if data["type"] == "SDGTarget":
        names.append(f"Target {data['name'].rsplit(' ', 1)[-1]}")
    return _named(text, names)


def test_sampled_edges_cite_lines_that_name_both_ends(built, corpus_texts):
    kg = built.kg
    pool = sorted(
        (u, v, d["type"])
        for u, v, _, d in kg.edges()
        if d["type"] in ATTRIBUTION
        and kg.node(u)["type"] != "Programme"
        and kg.node(v)["type"] != "Programme"
        and not any(s.doc == "gapgraph-registry" for s in d["sources"])
    )
    sample = random.Random(11).sample(pool, min(60, len(pool)))
    bad = []
    for u, v, relation in sample:
        data = edge(kg, u, relation, v)
        assert data is not None
        spans = [s for s in data["sources"] if s.doc in corpus_texts]
        text = " ".join(" ".join(corpus_texts[s.doc][s.lines[0] - 1 : s.lines[1]]) for s in spans)
        if not (_ends_named(kg, text, u) and _ends_named(kg, text, v)):
            bad.append((relation, kg.node(u)["name"][:40], kg.node(v)["name"][:40]))
    assert len(sample) >= 40
    assert len(bad) <= len(sample) // 10, "\n".join(map(str, bad))


CONTEXTUAL = (
    "hasObservation",
    "measures",
    "mentionedWith",
    "locatedIn",
    "partOf",
    "participatesIn",
    "memberOf",
    "leads",
)
"""Relations whose ends a line need not both name: a table row's indicator and observation, a body
placed by the section or the state it stands under, a list item under its event, mechanism or
results group, a co-chair under its group (named by the heading above the list)."""


def _table_row(texts: dict[str, list[str]], source) -> bool:
    """Whether a source is a table row (a tab in its first line): an end is named by the column's header."""
    return "\t" in texts[source.doc][source.lines[0] - 1]


def test_sampled_typed_edges_of_every_stated_relation_cite_lines_that_name_both_ends(built, corpus_texts):
    """Every typed relation a line of prose states (not only attribution's): 80 edges sampled between
    two things other than the programme itself, each citing a corpus line that is not a table row;
    at least 90% cite lines that name both ends."""
    kg = built.kg
    pool = sorted(
        (u, v, d["type"])
        for u, v, _, d in kg.edges()
        if d["type"] not in CONTEXTUAL
        and not kg.is_a(u, "Programme", "SourceDocument")
        and not kg.is_a(v, "Programme", "SourceDocument")
        and any(s.doc in corpus_texts and not _table_row(corpus_texts, s) for s in d["sources"])
    )
    sample = random.Random(12).sample(pool, min(80, len(pool)))
    bad = []
    for u, v, relation in sample:
        data = edge(kg, u, relation, v)
        spans = [s for s in data["sources"] if s.doc in corpus_texts]
        text = " ".join(" ".join(corpus_texts[s.doc][s.lines[0] - 1 : s.lines[1]]) for s in spans)
        if not (_ends_named(kg, text, u) and _ends_named(kg, text, v)):
            bad.append((relation, kg.node(u)["name"][:40], kg.node(v)["name"][:40]))
    assert len({relation for _, _, relation in sample}) >= 8
    assert len(sample) >= 60
    assert len(bad) <= len(sample) // 10, "\n".join(map(str, bad))


@pytest.fixture(scope="module")
def corpus_texts(built) -> dict[str, list[str]]:
    return {d.id: d.lines for d in built.documents}


def test_direct_partners_are_stated_collaborations_only(built):
    from gapgraph.queries.named import QUERIES, resolve, run_networkx

    kg = built.kg

    def ask(question: str, *names: str, **options):
        query = QUERIES[question]
        return run_networkx(query, kg, resolve(query, kg, list(names)), **options)

    every = ask("partners", "UN Women")
    direct = ask("partners", "UN Women", direct=True)
    # stated collaborations (direct relations and joint work on a product, pilot or course) are far
    # fewer than the co-participations in the programme and its mechanisms
    assert direct and len(direct) < len(every) / 3
    assert all(r.relation != "participatesIn" for r in direct)
    assert {r for r in every if r.direction != "shared"} == set(direct)
    network = ask("network", direct=True)
    assert network and all("participatesIn" not in link.shared for link in network)
    assert len(ask("shared-partners", "SINACTRAHO", "CACEH", direct=True)) < len(
        ask("shared-partners", "SINACTRAHO", "CACEH")
    )


def _with_programme(b: Builder, doc: Document) -> str:
    """The invented document is the programme's own report: "the JP" names the programme."""
    programme = b.kg.add_node(
        node_iri("Programme", "Child grants for all"), "Programme", "Child grants for all", b.source("reg", 1)
    )
    b.index(attribution.PROGRAMME_OF_DOCUMENT)[doc.id] = programme
    return programme


def test_run_verb_before_a_with_phrase_gives_implements():
    b, doc = invented(
        "The child grant pilot in Maseru, implemented alongside the Bureau of Statistics, reached 300 homes."
    )
    attribution.load(b, doc)
    assert edges(b, "implements") == {("Bureau of Statistics", "Child grant pilot in Maseru")}
    assert edges(b, "developedWith") == set()


def test_published_along_with_makes_both_producers():
    b, doc = invented("The JP has published, along with UNICEF, the study on the costs of a child grant in Lesotho.")
    _with_programme(b, doc)
    attribution.load(b, doc)
    study = "Study on the costs of a child grant in Lesotho"
    assert edges(b, "produces") == {("Child grants for all", study), ("UNICEF", study)}
    assert edges(b, "developedWith") == set()


def test_agentless_passive_is_the_programmes_work_in_its_own_report():
    lines = ("The diagnostics of informal workers of Maseru and Leribe were published and launched.",)
    b, doc = invented(*lines)
    _with_programme(b, doc)
    attribution.load(b, doc)
    assert edges(b, "produces") == {
        ("Child grants for all", "Diagnostic of informal workers in Maseru"),
        ("Child grants for all", "Diagnostic of informal workers in Leribe"),
    }
    b, doc = invented(*lines)  # not a programme's own report: nobody is named, no edge
    attribution.load(b, doc)
    assert edges(b, "produces") == set()


def test_agentless_passive_never_makes_the_programme_adopt_or_implement_a_law():
    b, doc = invented("The child grant pilot in Maseru was designed in 2021.")
    _with_programme(b, doc)
    attribution.load(b, doc)
    assert edges(b, "produces") == edges(b, "implements") == set()


def test_pending_approval_by_a_body_is_presented_to_it():
    b, doc = invented(
        "The Social Protection Bill, pending approval by the Senate of Lesotho, was drafted with UNICEF.",
        "The Social Protection Bill and the Child Grant Policy await approval by the Senate of Lesotho and the "
        "Ministry of Finance of Lesotho, respectively.",
    )
    src = b.source("reg", 1)
    for cls, name in (("LegalInstrument", "Social Protection Bill"), ("Policy", "Child Grant Policy")):
        b.register(b.kg.add_node(node_iri(cls, name), cls, name, src), name)
    senate = b.kg.add_node(node_iri("GovernmentBody", "Senate of Lesotho"), "GovernmentBody", "Senate of Lesotho", src)
    b.register(senate, "Senate of Lesotho")
    attribution.load(b, doc)
    assert edges(b, "presentedTo") == {
        ("Social Protection Bill", "Senate of Lesotho"),
        ("Child Grant Policy", "Ministry of Finance of Lesotho"),
    }
    assert edges(b, "adopts") == set()


def test_comments_and_inputs_make_the_thing_developed_with_the_actor():
    b, doc = invented(
        "The study on the costs of a child grant in Lesotho was revised with comments from LCN and the WFP."
    )
    attribution.load(b, doc)
    study = "Study on the costs of a child grant in Lesotho"
    assert edges(b, "developedWith") == {(study, "Lesotho Council of NGOs"), (study, "World Food Programme")}
    assert edges(b, "produces") == set()


def test_an_active_verb_takes_the_thing_right_after_it_only():
    b, doc = invented(
        "UNICEF developed the study on the costs of a child grant in Lesotho, a tool that informs the "
        "#GrantsForAll campaign."
    )
    attribution.load(b, doc)
    assert edges(b, "produces") == {("UNICEF", "Study on the costs of a child grant in Lesotho")}


def test_an_actors_own_pilot_is_piloted_by_it():
    b, doc = invented("The documentation of the BoS' child grant pilot in Maseru has been finalized.")
    attribution.load(b, doc)
    assert edges(b, "pilots") == {("Bureau of Statistics", "Child grant pilot in Maseru")}


def test_a_generic_phrase_is_read_by_its_own_words_before_the_whole_sentence():
    """In a long sentence "the pension reform for street vendors" names that reform,
    though the rest of the sentence shares more words with another reform."""
    b, _ = invented()
    for name in ("Pension reform on street vendors' inclusion", "Reform of the child grant rules in Maseru"):
        b.register(b.kg.add_node(node_iri("LawInitiative", name), "LawInitiative", name, b.source("reg", 1)), name)
    sentence = (
        "Contributions were made, such as the pension reform for street vendors and the publication of the "
        "new rules of the child grant in Maseru."
    )
    named = [b.kg.node(n)["name"] for n in attribution.referred(b, sentence)]
    assert named[0] == "Pension reform on street vendors' inclusion"


def test_a_generic_phrase_with_a_complement_of_its_own_is_no_thing_sharing_none_of_its_words():
    """ "a proposal for promoting social insurance for herders" is being made: not the known
    "Proposal for a Child Grant Law" its sentence speaks of besides; "the first pilot for the
    child grant" is still the known child grant pilot its complement names."""
    b, _ = invented()
    name = "Proposal for a Child Grant Law in Maseru"
    b.register(b.kg.add_node(node_iri("LawInitiative", name), "LawInitiative", name, b.source("reg", 1)), name)
    sentence = (
        "Contributions were made to the child grant rules in Maseru, and a proposal for promoting social "
        "insurance for herders is being developed."
    )
    assert [b.kg.node(n)["name"] for n in attribution.referred(b, sentence)] == []
    sentence = "In Maseru, the ministry and the programme developed the first pilot for the child grant."
    assert [b.kg.node(n)["name"] for n in attribution.referred(b, sentence)] == ["Child grant pilot in Maseru"]


def test_a_generic_noun_inside_a_bodys_name_refers_to_nothing():
    """ "alongside the National Vocational Training Institute": a body, not a reference to a training."""
    b, _ = invented()
    training = "Training for street vendors of Maseru on bookkeeping"
    b.register(b.kg.add_node(node_iri("Training", training), "Training", training, b.source("reg", 1)), training)
    name = "Vocational Training Institute"
    b.register(b.kg.add_node(node_iri("TrainingInstitute", "VTI"), "TrainingInstitute", name, b.source("reg", 1)), name)
    sentence = "Street vendors of Maseru improved their bookkeeping, with help from the Vocational Training Institute."
    assert attribution.referred(b, sentence) == []


def test_steps_named_by_a_noun_or_a_signature_give_deposits_ratifies_and_adopts():
    """ "the formal deposit of C190 by the Ministry" (deposits), "the ratification of C189 in Lesotho"
    and "Lesotho ... by ratifying C102" (the country ratifies), "This Pact was signed on ... by A and
    B" (each adopts the pact named the sentence before)."""
    b, doc = invented(
        "- The JP provided accompaniment for the formal deposit of C190 by the Ministry of Finance of Lesotho "
        "before the ILO's Director General, in July 2020.",
        "- Following the ratification of C189 in Lesotho, a regulatory study was completed.",
        "Lesotho has shown willingness to improve social protection by ratifying C102 and extending coverage.",
        'Leading the creation of the "Maseru pact for decent work". This Pact was signed on October the 27th 2021 '
        "by the Bureau of Statistics and the Lesotho Council of NGOs.",
    )
    src = b.source("reg", 1)
    for code in ("C190", "C189", "C102"):
        node = b.kg.add_node(node_iri("Convention", code), "Convention", code, src)
        b.register(node, code)
    pact = b.kg.add_node(node_iri("Mechanism", "Maseru pact"), "Mechanism", "Maseru pact for decent work", src)
    b.register(pact, "Maseru pact for decent work")
    country = b.kg.add_node(node_iri("Country", "Lesotho"), "Country", "Lesotho", src)
    b.add_place_name("Lesotho", country)
    attribution.load(b, doc)
    assert edges(b, "deposits") == {("Ministry of Finance of Lesotho", "C190")}
    assert edges(b, "ratifies") == {("Lesotho", "C189"), ("Lesotho", "C102")}
    assert edges(b, "adopts") == {
        ("Bureau of Statistics", "Maseru pact for decent work"),
        ("Lesotho Council of NGOs", "Maseru pact for decent work"),
    }


def test_a_results_table_cell_says_who_evaluated_the_campaign_named_rows_above():
    """A table cell "The campaign independent evaluation was carried out by Pollsters Ltd": the
    campaign a row above names is evaluated by them; other cells of the table are not read."""
    b, doc = invented(
        "Output 2.2. Indicator Number of views of the #GrantsForAll campaign\t0\t100\t<p>12,000 views</p>",
        "\t\t\t<p>Maseru malls.</p> <p>The campaign independent evaluation was carried out by Pollsters Ltd, "
        "between March and May 2022.</p>",
    )
    attribution.load(b, doc)
    assert edges(b, "evaluates") == {("Pollsters Ltd", "#GrantsForAll campaign")}


def test_the_campaign_far_from_any_antecedent_is_the_one_campaign_the_document_named_above():
    """A results table's "The campaign independent evaluation was carried out by Pollsters Ltd", pages
    after the report named its one campaign: that campaign, citing the line that named it too; a
    campaign the document names only later is no antecedent."""
    cell = "\t\t\t<p>The campaign independent evaluation was carried out by Pollsters Ltd.</p>"
    filler = [f"- Activity {n} of the year went as planned." for n in range(20)]
    b, doc = invented("The #GrantsForAll campaign was developed by WFP.", *filler, cell)
    named = node_iri("Campaign", "#GrantsForAll campaign")
    b.kg.add_node(named, "Campaign", "#GrantsForAll campaign", b.source("lso", 1))  # as the readers found it
    attribution.load(b, doc)
    assert edges(b, "evaluates") == {("Pollsters Ltd", "#GrantsForAll campaign")}
    (_, _, _, data), *_ = b.kg.edges("evaluates")
    assert {s.lines[0] for s in data["sources"]} == {1, 22}

    b, doc = invented(cell, *filler, "The #GrantsForAll campaign was developed by WFP.")
    b.kg.add_node(named, "Campaign", "#GrantsForAll campaign", b.source("lso", 22))
    attribution.load(b, doc)
    assert not edges(b, "evaluates")


def test_a_pilot_implemented_without_an_agent_in_a_programmes_report_is_its_pilot():
    """ "A child grant pilot in Maseru was implemented" in the programme's own report: the programme
    pilots it; "will be implemented" (a plan) and "implemented by UNICEF" do not make it the programme's."""
    b, doc = invented(
        "- The Child grant pilot in Maseru was implemented, demonstrating benefits for families.",
    )
    programme = b.kg.add_node(node_iri("Programme", "Grants for all"), "Programme", "Grants for all", b.source("r", 1))
    b.index(attribution.PROGRAMME_OF_DOCUMENT)[doc.id] = programme
    attribution.load(b, doc)
    assert edges(b, "pilots") == {("Grants for all", "Child grant pilot in Maseru")}
    b2, doc2 = invented(
        "- The Child grant pilot in Maseru will be implemented next year.",
        "- The Child grant pilot in Maseru was implemented by UNICEF.",
    )
    programme = b2.kg.add_node(
        node_iri("Programme", "Grants for all"), "Programme", "Grants for all", b2.source("r", 1)
    )
    b2.index(attribution.PROGRAMME_OF_DOCUMENT)[doc2.id] = programme
    attribution.load(b2, doc2)
    assert ("Grants for all", "Child grant pilot in Maseru") not in edges(b2, "pilots")


def test_an_actor_adopting_policy_guidelines_no_document_named_before_gives_the_policy():
    """ "In consequence, the Bureau of Statistics adopted data protection guidelines for the census":
    a new Policy of that name, adopted by the Bureau; "adopted a new approach" gives nothing."""
    b, doc = invented(
        "In consequence, the Bureau of Statistics adopted data protection guidelines for the census.",
        "UNICEF adopted a new approach to the grants.",
    )
    attribution.load(b, doc)
    assert edges(b, "adopts") == {("Bureau of Statistics", "Data protection guidelines for the census")}
    assert [d["name"] for _, d in b.kg.nodes("Policy")] == ["Data protection guidelines for the census"]


def test_a_law_titled_after_its_issuer_is_adopted_by_it():
    """An annex title "Resolution of the Bureau of Statistics which reforms the census rules": the
    Bureau adopts it; a study titled "Study of the Bureau ..." (no law) is nobody's adoption."""
    b, doc = invented("x")
    src = b.source("reg", 1)
    law = b.kg.add_node(node_iri("Regulation", "census rules"), "Regulation", "Census rules reform", src)
    title = "Resolution of the Bureau of Statistics which reforms the census rules"
    attribution.issued(b, doc, 1, title, law)
    study = node_iri("KnowledgeProduct", "Study on the costs of a child grant in Lesotho")
    attribution.issued(b, doc, 1, "Decision of the Bureau of Statistics on the study", study)
    assert edges(b, "adopts") == {("Bureau of Statistics", "Census rules reform")}


def test_a_possessive_pilot_named_in_other_words_is_the_known_pilot_sharing_them():
    """ "new operational rules of BoS’ pilot test for informal workers": the Bureau pilots the known
    pilot whose name shares those words (written otherwise: "Pilot test for the registration of
    informal workers")."""
    b, doc = invented(
        "This agreement defines new operational rules of BoS’ pilot test for informal workers, that included "
        "recommendations."
    )
    pilot = b.kg.add_node(
        node_iri("Pilot", "registration pilot"),
        "Pilot",
        "Pilot test for the registration of informal workers",
        b.source("reg", 1),
    )
    b.register(pilot, "Pilot test for the registration of informal workers")
    attribution.load(b, doc)
    assert edges(b, "pilots") == {("Bureau of Statistics", "Pilot test for the registration of informal workers")}


def test_a_coordinated_plural_generic_names_a_kind_of_things_not_one_of_them():
    b, doc = invented(
        "The law initiatives or reforms promoted to improve access to grants were formally presented to the "
        "Ministry of Finance of Lesotho.",
        "The grant reform was presented to the Ministry of Finance of Lesotho.",
    )
    reform = b.kg.add_node(
        node_iri("LawInitiative", "g"), "LawInitiative", "Child grant law reform", b.source("reg", 1)
    )
    b.register(reform, "Child grant law reform")
    attribution.load(b, doc)
    assert edges(b, "presentedTo") == {("Child grant law reform", "Ministry of Finance of Lesotho")}
    cited = {s.lines[0] for _, _, _, d in b.kg.edges("presentedTo") for s in d["sources"] if s.doc == "lso"}
    assert cited == {2}, "'the law initiatives or reforms' is no one reform; 'the grant reform' is"


def test_what_a_funder_financed_is_named_without_its_article():
    b, doc = invented("The government of Norway has financed a two-year program with special focus on herders.")
    money.read(b, doc.lines[0], b.source("lso", 1))
    assert edges(b, "funds") == {("Government of Norway", "Two-year program with special focus on herders")}
