"""Agreement and call classes of cross-set round 12 (second pass):

- a capitalised Work Programme (Programme of Work) that the two sides or their joint body adopt,
  endorse or sign, with the span of years it covers after it ("the co-chairs adopted the Work
  Programme 2025-2027", "the Joint Commission endorsed the Ghana–Austria Work Programme for Scientific
  Cooperation 2026–2028"): an action plan, not dated by the years it covers; a lower-case "work
  programme", a single year, a funder's ("the Commission adopted the Horizon Europe Work Programme
  2026-2027") or one that is only prepared is none;
- "at the close of the session", "at the end of the meeting": the last day of an occasion told
  before as a span of days;
- an older instrument told with its own year ("a cooperation agreement signed in 2013") after a
  pointed "the five-year agreement" in a text about a memorandum: it stays an instrument of its own;
- a bare "protocol" that its sentence tells signed or concluded: an agreement; a procedure ("the
  sampling protocol") or a multilateral treaty's name ("the Nagoya Protocol") is none;
- calls: a ceiling given as a labelled row or cell ("Maximum per project: EUR 600,000", "| Maximum
  award | GBP 560,000 |"); a ceiling on one item of a project's budget ("a placement of up to X can
  be included in the budget", "up to X may be used for mobility") is not the project's."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

Extract = Callable[..., dict[str, Any]]


def _kinds(record: dict[str, Any]) -> list[tuple[str, str | None]]:
    return sorted((a["type"], a["date"]) for a in record["agreements"])


WORK_PROGRAMMES = [
    (
        "Chile and Sweden renew science ties\n\nThe Chile–Sweden Joint Committee on Science and "
        "Technology met in Santiago on 3 and 4 March 2026. At the close of the meeting the co-chairs "
        "adopted the Chile–Sweden Work Programme 2026-2028, which covers astronomy and forestry.",
        [("action_plan", "2026-03-04")],
    ),
    (
        "Ghana and Austria agree new cooperation\n\nOn 12 May 2025 in Vienna, the Ghana–Austria Joint "
        "Commission endorsed the Ghana–Austria Work Programme for Scientific and Technological "
        "Cooperation 2025–2027, which lists six priority fields.",
        [("action_plan", "2025-05-12")],
    ),
    (
        "Korea and Portugal: committee meets\n\nMeeting in Lisbon on 9 October 2024, the Korea-Portugal "
        "Joint Committee signed the Programme of Work for the years 2025/2026 and agreed to meet again.",
        [("action_plan", "2024-10-09")],
    ),
]

NO_WORK_PROGRAMME = [
    # a funder's work programme named by one year
    "Korea joins EU calls\n\nKorean teams may join calls of the 2027 work programme of Horizon Europe, "
    "the European Commission said on 4 April 2026.",
    # one year only: a project's yearly plan
    "Kenya and Finland meet\n\nOn 2 June 2026 the steering group of the Kenya–Finland forestry project "
    "agreed a work plan for 2026 in Nairobi.",
    # no act
    "Peru and Spain start a project\n\nThe partners of the Peru–Spain water project will prepare their "
    "Work Programme for 2026-2028 over the summer.",
    # lower case: most often a project's plan (a joint committee's is optional in gold)
    "Chile and Sweden meet\n\nOn 5 March 2026 the Chile–Sweden Joint Committee adopted a work "
    "programme for 2026-2028 in Santiago.",
    # no joint body or pair as its makers: a funding programme's work programme
    "EU research news\n\nOn 10 December 2025 the European Commission adopted the Horizon Europe Work "
    "Programme 2026-2027, with calls open to Korean teams.",
]


@pytest.mark.parametrize(("text", "expected"), WORK_PROGRAMMES)
def test_adopted_work_programme_with_its_years_is_an_action_plan(
    extract: Extract, text: str, expected: list[tuple[str, str | None]]
) -> None:
    kinds = [k for k in _kinds(extract(text, published="2026-06-01")) if k[0] == "action_plan"]
    assert kinds == expected


@pytest.mark.parametrize("text", NO_WORK_PROGRAMME)
def test_other_work_plans_are_no_instrument(extract: Extract, text: str) -> None:
    assert [
        a for a in extract(text, published="2026-06-01")["agreements"] if a["type"] == "action_plan"
    ] == []


CLOSE_OF_OCCASION = [
    (
        "Viet Nam and Italy hold talks\n\nThe fourth Viet Nam–Italy Joint Committee was held in Hanoi "
        "from 14 to 16 October 2025. At the end of the meeting, the two ministers signed an action plan "
        "on space research.",
        "2025-10-16",
    ),
    (
        "Egypt and Greece meet\n\nThe Egypt–Greece Mixed Commission met in Athens on 20-21 May 2026. "
        "At the conclusion of the session the heads of delegation signed a joint statement on "
        "marine science.",
        "2026-05-21",
    ),
]


@pytest.mark.parametrize(("text", "day"), CLOSE_OF_OCCASION)
def test_instrument_signed_at_the_close_takes_the_last_day(extract: Extract, text: str, day: str) -> None:
    dates = [a["date"] for a in extract(text, published="2026-06-01")["agreements"]]
    assert dates == [day]


OLDER_AGREEMENT = [
    (
        "Thailand and Korea sign space memorandum\n\nSEOUL, May 6 - Thailand and Korea signed a "
        "memorandum of understanding on satellite data on Tuesday. Under the five-year agreement, both "
        "agencies will share ground-station time. The two agencies have worked together since a "
        "cooperation agreement signed in 2011.",
        [("agreement", "2011"), ("memorandum", "2026-05-05")],
    ),
    (
        "Chile and Japan sign astronomy memorandum\n\nTOKYO, 9 April - Chile and Japan signed a memorandum "
        "of cooperation on astronomy on 9 April 2026. Under the ten-year agreement, Chilean students "
        "will train in Japan. Both observatories already exchange data under a framework agreement "
        "concluded in 2008.",
        [("agreement", "2008"), ("memorandum", "2026-04-09")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OLDER_AGREEMENT)
def test_older_agreement_with_its_own_year_stays(
    extract: Extract, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _kinds(extract(text, published="2026-05-10")) == expected


PROTOCOLS = [
    (
        "Kenya and India sign mango protocol\n\nNairobi, 3 February 2026 - Kenya's agriculture minister and "
        "India's ambassador signed a protocol on plant-health requirements for the export of fresh mangoes "
        "from Kenya to India.",
        [("agreement", "2026-02-03")],
    ),
    (
        "Chile and Viet Nam conclude fisheries protocol\n\nOn 11 July 2025 Chile and Viet Nam concluded a "
        "protocol that lets their fisheries institutes share landing data.",
        [("agreement", "2025-07-11")],
    ),
]

NO_PROTOCOL = [
    "Norway and Brazil compare samples\n\nOn 4 March 2026 Norwegian and Brazilian researchers agreed to "
    "use the same sampling protocol on both cruises.",
    "Japan and Peru on biodiversity\n\nJapan and Peru both ratified the Nagoya Protocol, which was signed "
    "in 2010.",
]


@pytest.mark.parametrize(("text", "expected"), PROTOCOLS)
def test_signed_protocol_is_an_agreement(
    extract: Extract, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _kinds(extract(text, published="2026-07-20")) == expected


@pytest.mark.parametrize("text", NO_PROTOCOL)
def test_procedure_or_treaty_name_protocol_is_none(extract: Extract, text: str) -> None:
    assert extract(text, published="2026-07-20")["agreements"] == []


def _amounts(record: dict[str, Any]) -> list[tuple[str, float | None, str | None]]:
    out = []
    for call in record["calls"]:
        money = call.get("max_amount") or {}
        out.append((call["deadline"][:10], money.get("value"), money.get("currency")))
    return sorted(out)


CALL_CAPS = [
    # a labelled row after a total, a budget-item ceiling before it
    (
        "Sweden–Brazil joint call on bioenergy\n\nThe Swedish Research Council and FAPESP open a joint "
        "call for research projects.\n\nTotal budget: SEK 30 million\nMaximum per project: SEK 4,000,000\n"
        "Up to SEK 100,000 per project may be used for mobility between the two countries.\n\n"
        "Deadline: 12 March 2026, 14:00 CET.",
        [("2026-03-12", 4000000.0, "SEK")],
    ),
    # a markdown table cell; a placement ceiling that can be included in the budget
    (
        "# Norway–Chile call on aquaculture\n\nThe Research Council of Norway invites proposals.\n\n"
        "A placement fellowship of up to NOK 80,000 can be included in the budget.\n\n"
        "| Item | Value |\n|---|---|\n| Maximum award | NOK 6,000,000 |\n\n"
        "Applications close on 5 May 2026 at 13:00 CEST.",
        [("2026-05-05", 6000000.0, "NOK")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CALL_CAPS)
def test_labelled_cap_and_budget_item_cap(extract: Extract, text: str, expected: list[Any]) -> None:
    assert _amounts(extract(text, published="2026-01-10")) == expected
