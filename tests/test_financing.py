"""Who finances a named programme (``loaders/financing.py``) and what other money pays for
(``loaders/money.py``), on invented text of other programmes."""

from __future__ import annotations

from gapgraph.loaders import financing, money
from gapgraph.loaders.builder import Builder
from tests.synthetic import builder_knowing, doc_of, edge_names


def _builder() -> Builder:
    return builder_knowing(
        ["UNICEF", "WFP"], [("Fund", "Joint SDG Fund"), ("Donor", "European Union"), ("Programme", "Cash Plus")]
    )


def test_financed_by_after_a_programme_and_its_description_gives_funds():
    b = _builder()
    financing.load(
        b, doc_of("UNICEF created the joint programme Cash Plus: grants for carers, financed by the UN Joint SDG Fund.")
    )
    assert edge_names(b, "funds") == {("Joint SDG Fund", "Cash Plus")}
    [(_, _, _, data)] = list(b.kg.edges("funds"))
    assert [(s.doc, s.lines) for s in data["sources"]] == [("t", (1, 1))]


def test_an_initiative_of_a_fund_is_funded_by_it_but_an_agencys_initiative_is_not():
    b = _builder()
    financing.load(b, doc_of("“Cash Plus” is an initiative by the Joint SDG Fund, implemented by UNICEF."))
    assert edge_names(b, "funds") == {("Joint SDG Fund", "Cash Plus")}
    other = _builder()
    financing.load(other, doc_of("Cash Plus is an initiative of UNICEF in Maseru."))
    assert edge_names(other, "funds") == set()


def test_no_funds_edge_when_another_actor_stands_between_or_nothing_is_named():
    b = _builder()
    financing.load(
        b,
        doc_of(
            "Cash Plus works with WFP, funded by the European Union.",  # WFP's money, not the programme's
            "The pilot in Leribe was financed by the European Union.",  # no known programme named
            "Cash Plus, financed by local savings groups.",  # no known funder
        ),
    )
    assert edge_names(b, "funds") == set()


def test_what_other_money_pays_for_is_named_up_to_its_first_clause():
    b = _builder()
    text = (
        "The government of Norway will invest $90,000 USD to continue with cash transfers in Leribe,"
        " focusing on projects that grow income."
    )
    money.read(b, text, b.source("t", 1))
    assert edge_names(b, "funds") == {("Government of Norway", "Cash transfers in Leribe")}


def test_a_funded_activity_for_people_targets_them_and_one_funding_stated_twice_is_one_activity():
    b = _builder()
    money.read(
        b,
        "The government of Norway will invest $90,000 USD to continue with support actions for women herders"
        " in Leribe, focusing on projects that generate income of rural women in Leribe.",
        b.source("t", 3),
    )
    money.read(
        b,
        "The government of Norway has financed a two-year program with special focus on rural women,"
        " including women herders.",
        b.source("t", 9),
    )
    money.read(b, "The government of Norway has financed a new school for fishers.", b.source("t", 12))  # other people
    money.read(  # the same people, another amount: another activity
        b,
        "The government of Norway will invest $5,000 USD in wool sheds for women herders and rural women.",
        b.source("t", 14),
    )
    assert edge_names(b, "funds") == {
        ("Government of Norway", "Support actions for women herders in Leribe"),
        ("Government of Norway", "New school for fishers"),
        ("Government of Norway", "Wool sheds for women herders and rural women"),
    }
    assert edge_names(b, "targets") == {
        ("Support actions for women herders in Leribe", "women herders"),
        ("New school for fishers", "fishers"),
        ("Wool sheds for women herders and rural women", "women herders and rural women"),
    }
    names = {d["name"]: d["aliases"] for _, d in b.kg.nodes("Activity")}
    assert names["Support actions for women herders in Leribe"] == [
        "Two-year program with special focus on rural women"
    ]


def test_money_written_currency_first_out_of_a_budget_pays_for_what_follows_it():
    b = _builder()
    text = (
        "The government of Leribe allocated USD 95,000 of its own 2021 budget to the operation of the three"
        " community care centres, and committed to include them in its 2022 budget."
    )
    money.read(b, text, b.source("t", 1))
    assert edge_names(b, "funds") == {("Government of Leribe", "Three community care centres")}
