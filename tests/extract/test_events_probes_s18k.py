"""Round s18k (probe round): events, agreements and calls of short documents written for the probe.

- A body held across a line break of hard-wrapped text ("will hold the inaugural\\nX Joint Working
  Group on ..."): a meeting, as on one line (event_held_bodies `_SP`).
- An instrument whose sentence states no date takes the day of the signing the same sentence tells
  ("During the forum, ... signed a Letter of Intent" after a programme table): event_refine
  `signing_days`.
- A round of grants that "opens ... and closes on <date>" in a text that says neither call,
  application, proposal nor funding: a call (calls `_call_context`).
- A key-dates label "Closing of the call:", "Close of call –", "Closure of the call |": a deadline
  (calls `_CLOSING_LABEL`).
- A span of days to apply in ("Application period: 3 March – 4 April 2025", "accepted from ... to
  ...", "Deadline: 3 March – 4 April") closes on its last day, and a "cut-off date" is a deadline
  (calls `_PERIOD_LABEL`, `deadline_value`).
"""

from __future__ import annotations

import pytest

from bilat.extract import get_extractor


def _record(text: str) -> dict:
    return get_extractor().extract(text, name="probe.txt").to_dict()


_WRAPPED_BODIES = [
    (
        "KUALA LUMPUR, 2 Dec 2024 (Bernama) -- Malaysia and the Netherlands will hold the inaugural\n"
        "Malaysia-Netherlands Joint Working Group on Water Management on 9 December in Putrajaya, the\n"
        "Ministry of Natural Resources and Environmental Sustainability said today.\n\n"
        "The meeting will be co-chaired by the two secretaries-general of the ministries of the two\n"
        "countries, who last met in The Hague during a visit of a Malaysian delegation in June 2023.\n",
        "2024-12-09",
        "Putrajaya",
    ),
    (
        "ULAANBAATAR, 5 March 2025 -- Mongolia and the Republic of Korea convened the second\n"
        "Mongolia-Korea Joint Committee on Science and Technology on 4 March in Ulaanbaatar, the\n"
        "Ministry of Education and Science said in a statement issued on Wednesday afternoon.\n\n"
        "The two sides reviewed joint research on climate adaptation, rangeland monitoring and the\n"
        "training of young researchers, and agreed to meet again in Seoul next year for its third session.\n",
        "2025-03-04",
        "Ulaanbaatar",
    ),
]


@pytest.mark.parametrize(("text", "date", "city"), _WRAPPED_BODIES)
def test_body_held_across_a_wrapped_line_is_a_meeting(text: str, date: str, city: str) -> None:
    events = _record(text)["events"]
    assert any(e["type"] == "meeting" and e["date"] == date and e.get("location") == city for e in events)


_UNDATED_INSTRUMENTS = [
    (
        "# Korea–Morocco Science Forum held in Rabat\n\n*Press release — 18 November 2024*\n\n"
        "The Embassy of the Republic of Korea in Morocco and Morocco's Ministry of Higher Education "
        "co-hosted the first Korea–Morocco Science and Technology Forum in Rabat on 15 November 2024.\n\n"
        "| Item | Date |\n|---|---|\n| Forum opening | 15 Nov 2024 |\n"
        "| Site visit to a polytechnic university | 16 Nov 2024 |\n\n"
        "During the forum, the National Research Foundation of Korea (NRF) and Morocco's CNRST signed a "
        "Letter of Intent to launch a joint research programme.\n",
        "letter_of_intent",
        "2024-11-15",
    ),
]


@pytest.mark.parametrize(("text", "kind", "date"), _UNDATED_INSTRUMENTS)
def test_undated_instrument_takes_its_signing_day(text: str, kind: str, date: str) -> None:
    record = _record(text)
    assert [a["date"] for a in record["agreements"] if a["type"] == kind] == [date]


_GRANT_ROUNDS = [
    (
        "Fiji and Australia launch ocean science partnership\n\nSuva, Fiji\nTuesday 12 November 2024\n\n"
        "Australia and Fiji today launched the Fiji-Australia Ocean Science Partnership. A first round "
        "of small grants (up to AUD 50,000) opens on 1 December 2024 and closes on 28 February 2025 "
        "at 5pm AEDT.\n",
        "2025-02-28",
    ),
    (
        "Berlin, 3 June 2025\n\nGermany and Uzbekistan agreed to support young researchers. Travel "
        "grants for Uzbek doctoral students are offered twice a year; the next round closes on "
        "15 September 2025.\n",
        "2025-09-15",
    ),
]


@pytest.mark.parametrize(("text", "deadline"), _GRANT_ROUNDS)
def test_round_of_grants_closing_is_a_call(text: str, deadline: str) -> None:
    calls = _record(text)["calls"]
    assert [c["deadline"][:10] for c in calls] == [deadline]


_CLOSING_OF_CALL = [
    "Closing of the call: 10th April 2025 (14:00 CET)",
    "Close of call – 10 April 2025",
    "| Closure of the call | 10 April 2025 |",
]


@pytest.mark.parametrize("line", _CLOSING_OF_CALL)
def test_closing_of_the_call_label_is_a_deadline(line: str) -> None:
    text = (
        "Rome, 1 March 2025\n\nItaly and Jordan open their joint call for research projects "
        f"2025-2027.\n\n{line}\n"
    )
    assert [c["deadline"][:10] for c in _record(text)["calls"]] == ["2025-04-10"]


_PERIODS_AND_CUT_OFFS = [
    ("Application period: 3 March – 4 April 2025 (18:00 KST)", "2025-04-04T18:00+09:00"),
    ("Applications are accepted from 3 March to 4 April 2025.", "2025-04-04"),
    ("| Submission period | 3 March – 4 April 2025 |", "2025-04-04"),
    ("Deadline: 3 March – 4 April 2025", "2025-04-04"),
    ("The second cut-off date is 31 October 2025.", "2025-10-31"),
    ("Cut-off: 31 October 2025", "2025-10-31"),
]


@pytest.mark.parametrize(("line", "deadline"), _PERIODS_AND_CUT_OFFS)
def test_application_period_closes_on_its_last_day(line: str, deadline: str) -> None:
    text = f"Seoul, 1 March 2025\n\nKorea and Mongolia open a joint call for research projects.\n{line}\n"
    assert [c["deadline"] for c in _record(text)["calls"]] == [deadline]
