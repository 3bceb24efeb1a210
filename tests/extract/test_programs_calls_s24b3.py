"""Programme, call and money classes of session 24, round 3 (helper b). Texts of our own.

1. A figure set in bold or italics in a table column whose header names the currency (a total row:
   "| **Total** | **540,000** |") is an amount like the plain figures above it.
2. The currency words "dram", "manat" and "lei" name the currency of the country the text names
   (Armenia; Azerbaijan or Turkmenistan; Romania or Moldova), and no amount without one.
3. A call's name that opens with two partners joined by an en dash ("Chile–Norway Joint Call ...")
   is never cut to the words after the dash; a page titled by its joint call's full name ("... Joint
   Call for Research Projects on X and Y 2026") gives its deadlines that whole name.
4. An acronym's long form headed by a government's plan or strategy ("State Plan for ... (SPR)",
   "National Research Plan (NRP)") names a programme wherever it stands; an instrument's plan
   ("Joint Action Plan (JAP)") does not.
5. A name given right after a programme word ("their bilateral programme "X Y"") is found where a
   hard-wrapped text breaks the line between the determiner and the programme word.
"""

from __future__ import annotations

from typing import Any

import pytest

from bilat.extract.money import find_amounts

from .records import Extract, programme_names


def _sums(record: dict[str, Any]) -> set[tuple[float, str]]:
    """The (value, currency) of each amount of a record."""
    return {(a["value"], a["currency"]) for a in record["amounts"]}


BOLD_TOTALS = [
    pytest.param(
        "# Results of the 2025 round\n\n"
        "| Field | Projects | Funding (EUR) |\n|---|---|---|\n"
        "| Physics | 3 | 210,000 |\n| Chemistry | 2 | 150,000 |\n"
        "| **Total** | **5** | **360,000** |\n",
        (360000, "EUR"),
        id="bold",
    ),
    pytest.param(
        "Kenya and Ghana funded these teams.\n\n"
        "| Team | Grant (USD) |\n|---|---|\n| Nairobi | 40,000 |\n| Accra | 35,000 |\n"
        "| _All teams_ | _75,000_ |\n",
        (75000, "USD"),
        id="italic",
    ),
]


@pytest.mark.parametrize(("text", "total"), BOLD_TOTALS)
def test_bold_total_in_currency_column(extract: Extract, text: str, total: tuple[int, str]) -> None:
    assert total in _sums(extract(text))


SHARED_WORDS = [
    pytest.param(
        "Yerevan, 2 May 2026 - Armenia's science committee will spend 25 million drams on the new "
        "fellowships this year.",
        (25000000, "AMD"),
        id="dram",
    ),
    pytest.param(
        "Baku, 4 June 2026 - Azerbaijan's science foundation set aside 3 million manat for joint "
        "projects with Georgian teams.",
        (3000000, "AZN"),
        id="manat",
    ),
    pytest.param(
        "Bucharest, 9 March 2026 - Romania's research agency will give each project up to 500,000 lei.",
        (500000, "RON"),
        id="lei",
    ),
]


@pytest.mark.parametrize(("text", "amount"), SHARED_WORDS)
def test_currency_word_of_named_country(extract: Extract, text: str, amount: tuple[int, str]) -> None:
    assert amount in _sums(extract(text))


def test_dram_without_its_country_is_no_amount() -> None:
    assert find_amounts("The distillery poured 40 million drams of whisky in Scotland last year.") == []


EN_DASH_CALLS = [
    pytest.param(
        "# Chile–Norway Joint Call for Research Projects\n\n"
        "Santiago, 3 March 2026 - ANID and the Research Council of Norway opened the call. Each project "
        "may receive up to EUR 200,000.\n\nProposals must be submitted by 15 June 2026.\n",
        "Chile–Norway Joint Call for Research Projects",
        id="pair",
    ),
    pytest.param(
        "# Peru–Finland Joint Call for Research Projects on Forests and Water 2026\n\n"
        "Lima, 5 February 2026 - CONCYTEC and the Research Council of Finland invite joint proposals. "
        "Each team may receive up to EUR 150,000.\n\nThe call closes on 30 April 2026.\n",
        "Peru–Finland Joint Call for Research Projects on Forests and Water 2026",
        id="topic-and-year",
    ),
]


@pytest.mark.parametrize(("text", "name"), EN_DASH_CALLS)
def test_en_dash_call_name_kept_whole(extract: Extract, text: str, name: str) -> None:
    assert [c.get("program") for c in extract(text)["calls"]] == [name]


PLANS = [
    pytest.param(
        "Lead researchers must meet the conditions of the ministry's State Plan for Scientific and "
        "Technical Research (PECT) 2025–2028 and hold a permanent post.",
        "State Plan for Scientific and Technical Research",
        id="state-plan",
    ),
    pytest.param(
        "Proposals should show how they serve the National Research Plan (NRP) of Ghana and name a "
        "partner in Kenya.",
        "National Research Plan",
        id="national-plan",
    ),
]


@pytest.mark.parametrize(("text", "name"), PLANS)
def test_plan_with_acronym_is_programme(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))


def test_action_plan_with_acronym_is_no_programme(extract: Extract) -> None:
    text = "The two ministers adopted the Joint Action Plan (JAP) for the years 2026 to 2028."
    assert not any("Action Plan" in n for n in programme_names(extract(text)))


WRAPPED_KIND = [
    pytest.param(
        "The Swiss National Science Foundation and South Africa's National Research Foundation have\n"
        "opened a new joint call under their\n"
        'bilateral programme "Clean Air for Growing Towns". The call funds\n'
        "teams of both countries.\n",
        "Clean Air for Growing Towns",
        id="quoted",
    ),
    pytest.param(
        "Vietnam and Finland announced that projects will run under the\n"
        "joint scheme Mekong Forest Futures from next year.\n",
        "Mekong Forest Futures",
        id="scheme",
    ),
]


@pytest.mark.parametrize(("text", "name"), WRAPPED_KIND)
def test_name_after_wrapped_kind_word(extract: Extract, text: str, name: str) -> None:
    assert name in programme_names(extract(text))
