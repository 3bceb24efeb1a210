"""Which programme and which cap a call belongs to: the programme the page's title names (else the
one named last before the deadline, passing over a programme named only as a source of money),
and the amount one project may get (a per-project or per-award ceiling, not the call's total).
Texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

from .records import Extract

TITLE_PROGRAMME = [
    (  # the page's title defines the programme; another one is named nearer the deadline
        "Chile–Finland Polar Research Exchange (CFPRE)\n\n"
        "This is the first CFPRE solicitation. It builds on the Arctic Data Sharing Initiative.\n\n"
        "Proposal deadline: 12 May 2027, 16:00 CET\n",
        "Chile–Finland Polar Research Exchange",
    ),
    (  # the title names the call by the programme's acronym
        "Kenya – Norway: KENOR Joint Call 2027 on Marine Biotechnology\n\n"
        "Researchers may submit joint proposals under the Kenya–Norway Ocean Research Programme (KENOR). "
        "Work may build on the national Blue Economy Programme.\n\n"
        "| Full proposal deadline | 3 June 2027, 12:00 CEST |\n",
        "KENOR",
    ),
]

MONEY_SOURCE = [
    (
        "The two agencies set up the Brazil–Canada Soil Health Partnership. Canada's share of the money "
        "would come from the Global Research Excellence Fund, an official said.\n\n"
        "A first joint call for proposals will close on 30 April 2027. Teams may ask for up to "
        "CAD 400,000 per project.\n",
        "Brazil–Canada Soil Health Partnership",
    ),
]

CAPS = [
    (  # a ceiling per award, after a larger total
        "The agency expects 8 to 10 awards, with up to $9,000,000 in total funding. The portion of each "
        "award may not exceed $650,000 over three years.\n\nFunding call deadline: 2 March 2027.\n",
        (650000.0, "USD"),
    ),
    (  # "a maximum of" states a ceiling too; the envelope is no cap
        "The total envelope for this call is EUR 6 million. Applicants may request a maximum of "
        "EUR 250,000 per project.\n\nApplications close on 14 January 2027.\n",
        (250000.0, "EUR"),
    ),
]


def _calls(extract: Extract, text: str) -> list[dict[str, Any]]:
    return list(extract(text, published="2026-11-20")["calls"])


@pytest.mark.parametrize(("text", "programme"), TITLE_PROGRAMME)
def test_a_call_page_s_call_belongs_to_the_programme_its_title_names(
    extract: Extract, text: str, programme: str
) -> None:
    assert [c.get("program") for c in _calls(extract, text)] == [programme]


@pytest.mark.parametrize(("text", "programme"), MONEY_SOURCE)
def test_a_programme_named_only_as_a_source_of_money_owns_no_call(
    extract: Extract, text: str, programme: str
) -> None:
    assert [c.get("program") for c in _calls(extract, text)] == [programme]


@pytest.mark.parametrize(("text", "cap"), CAPS)
def test_a_call_s_cap_is_what_one_project_may_get_not_the_total(
    extract: Extract, text: str, cap: tuple[float, str]
) -> None:
    calls = _calls(extract, text)
    assert len(calls) == 1
    amount = calls[0]["max_amount"]
    assert (amount["value"], amount["currency"]) == cap


def test_a_programme_named_by_a_title_that_names_a_call_is_not_the_title_programme(extract: Extract) -> None:
    text = (
        "Peru–Spain Joint Call for Research Projects 2027\n\n"
        "The call is part of the Andes Water Security Programme.\n\n"
        "Applications close on 20 February 2027.\n"
    )
    programmes = [c.get("program") for c in _calls(extract, text)]
    assert programmes == ["Andes Water Security Programme"]


def test_applications_due_on_a_date_state_a_deadline(extract: Extract) -> None:
    text = (
        "Under the name **Mekong Futures**, the partners will pool seed money. A first call for joint "
        "seed projects opens in January 2027, with applications due on 15 March 2027.\n"
    )
    calls = _calls(extract, text)
    assert [(c["deadline"], c.get("program")) for c in calls] == [("2027-03-15", "Mekong Futures")]
