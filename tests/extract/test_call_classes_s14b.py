"""Calls, cross-set round 14b. Classes, all sentences our own:

1. A labelled due date ("Pre-proposals due: 15 January 2027", "Full proposals due | 6 May") is a
   deadline, like "closes" after a label.
2. The day of an event told in an earlier sentence of a line ("A webinar will be held on 4 March.
   ... the two-part submission") is no deadline, though a later sentence names a submission.
3. A time of day with its zone alone that restates a deadline's hour ("the application deadline
   is 16:15 EEST (UTC+3)") adds no call; the earlier call takes the zone's offset.
4. A time zone's acronym after a clock ("12:00 Japan Standard Time (JST)") names no funder, so a
   key-dates line that restates the day ("- 30 June 2027: NEDO call closes") is the same call.
5. A call's own name before its deadline ("X–Y Joint Call — FAQ" as the page's title) beats a
   programme named only after it in passing.
6. "The maximum X funding per project is EUR N" states a ceiling.
7. A call takes its programme's name as the text writes it, not a reference form the text never
   uses ("JSPS Postdoctoral Fellowship ..." in the text, "Fellowships" in the reference data).
8. An amount given per award in the call's own paragraph ("Twelve travel grants of EUR 700 each ...
   Applications close on ...") is its amount when no ceiling stands there.
9. A programme spelled out only in a heading in capitals goes by its acronym in its calls."""

from __future__ import annotations

import pytest

from .records import Extract

DUE_LABELS = [  # (text, deadline date)
    (
        "Joint call: Nordic-Andean Glacier Research Partnership (NAGRP)\n\n"
        "The NAGRP programme has opened its 2026 joint call on mountain water. Consortia need two "
        "partners from each region, with up to EUR 900,000 per project.\n\n"
        "- Pre-proposals due: **15 January 2027, 17:00 CET**\n",
        "2027-01-15",
    ),
    (
        "Key dates of the call for proposals\n\n| Stage | Date |\n|---|---|\n"
        "| Full proposals due | 6 May 2027 |\n",
        "2027-05-06",
    ),
]


@pytest.mark.parametrize(("text", "day"), DUE_LABELS)
def test_a_labelled_due_date_is_a_deadline(extract: Extract, text: str, day: str) -> None:
    days = [str(c["deadline"])[:10] for c in extract(text, published="2026-10-01")["calls"]]
    assert day in days, days


def test_an_event_day_in_an_earlier_sentence_is_no_deadline(extract: Extract) -> None:
    text = (
        "Andean-Alpine Joint Research Call\n\n"
        "**Closing date:** 9 November 2026, 16:00 UK time\n\n"
        "Proposals have two halves, one for each funder, and both must arrive by the closing date.\n\n"
        "A free online information webinar will be held on **Tuesday 8 September 2026, 10:00 UK "
        "time**. Officers from both funders will explain the budget rules and the two-part "
        "submission, with time for questions.\n"
    )
    days = [str(c["deadline"])[:10] for c in extract(text, published="2026-08-01")["calls"]]
    assert days == ["2026-11-09"], days


def test_a_restated_hour_with_its_zone_adds_no_call(extract: Extract) -> None:
    text = (
        "<h2>Key dates</h2>\n"
        "| Milestone | Date |\n|---|---|\n"
        "| Call opens | 2 February 2027 |\n"
        "| Deadline for applications | 14 April 2027 at 15:30 |\n"
        "| Latest project start | 1 December 2027 |\n\n"
        "All times are Finnish time. The application deadline is 15:30 EEST (UTC+3).\n"
    )
    calls = extract(text, published="2027-01-15")["calls"]
    assert [c["deadline"] for c in calls] == ["2027-04-14T15:30+03:00"], calls


def test_a_zone_acronym_after_a_clock_names_no_funder(extract: Extract) -> None:
    text = (
        "SWEDEN-JAPAN: BUSINESS SWEDEN AND NEDO OPEN A CALL ON CARE ROBOTS\n\n"
        "Vinnova and Japan's New Energy and Industrial Technology Development Organization (NEDO) "
        "have opened a joint call for industry-led projects on care robots. Swedish participants "
        "can receive up to SEK 3 million per project.\n\n"
        "The call closes on 30 June 2027 at 12:00 noon Japan Standard Time (JST).\n\n"
        "The Japan Science and Technology Agency (JST) is not part of this call.\n\n"
        "Key dates\n"
        " - 30 June 2027: Vinnova-NEDO call closes\n"
    )
    calls = extract(text, published="2027-03-01")["calls"]
    assert [str(c["deadline"])[:10] for c in calls] == ["2027-06-30"], calls
    assert calls[0].get("funder") != "JST", calls


def test_the_calls_own_name_before_beats_a_programme_after(extract: Extract) -> None:
    text = (
        "Canada–Chile Ocean Robotics Joint Call — FAQ\n"
        "NSERC and ANID are jointly inviting proposals from teams of Canadian and Chilean researchers "
        "working on ocean robotics.\n"
        "When is the deadline?\n"
        "Canadian applicants must submit through the NSERC portal by 18 November 2026 at 8:00 p.m. "
        "(Eastern Time).\n"
        "Does research security apply?\n"
        "Yes. Canadian applicants must complete the risk form of the Safeguarding Research "
        "Partnerships Programme.\n"
    )
    calls = extract(text, published="2026-09-01")["calls"]
    assert [c.get("program") for c in calls] == ["Canada–Chile Ocean Robotics Joint Call"], calls


def test_the_maximum_is_a_ceiling(extract: Extract) -> None:
    text = (
        "Finland–Korea Joint Call 2027: Smart Ports\n\n"
        "Deadline for applications: 12 March 2027 at 16:15\n\n"
        "Finnish participants are funded by Business Finland. The maximum Business Finland funding "
        "per joint project is EUR 700,000, shared between the Finnish partners. Korean participants "
        "apply to KIAT, which can support up to KRW 500 million per project.\n"
    )
    calls = extract(text, published="2027-01-10")["calls"]
    assert calls and calls[0]["max_amount"] == {"value": 700000, "currency": "EUR"}, calls


def test_a_call_takes_its_programmes_name_as_written(extract: Extract) -> None:
    text = (
        "4. REMINDER: JSPS FELLOWSHIPS, DUTCH NOMINATION ROUND\n\n"
        "Dutch postdocs who want to spend a year at a Japanese university can apply for the JSPS "
        "Postdoctoral Fellowship for Research in Japan through the nomination round run by NWO. "
        "Applications must reach NWO by 4 December 2026, 14:00 CET.\n"
    )
    calls = extract(text, published="2026-10-01")["calls"]
    assert [c.get("program") for c in calls] == ["JSPS Postdoctoral Fellowship for Research in Japan"], calls


def test_an_amount_per_award_in_the_calls_paragraph(extract: Extract) -> None:
    text = (
        "The dual doctorate admits its first cohort in 2027. Students may receive a travel allowance "
        "of up to MXN 35,000 per student. Applications for the doctorate close on 29 January 2027.\n\n"
        "SUMMER SCHOOL\n\n"
        "Twelve travel grants of EUR 700 each, funded by the Erasmus+ programme, will be awarded to "
        "graduate students for the summer school in Valencia. Applications for these grants close on "
        "30 March 2027.\n"
    )
    calls = extract(text, published="2026-11-01")["calls"]
    by_day = {str(c["deadline"])[:10]: c.get("max_amount") for c in calls}
    assert by_day.get("2027-03-30") == {"value": 700, "currency": "EUR"}, calls


def test_a_programme_spelled_out_in_a_capitals_heading_goes_by_its_acronym(extract: Extract) -> None:
    text = (
        "KENYA-SWEDEN DRYLAND FORESTRY AND TEACHING PARTNERSHIP (KSDFTP)\n"
        "Annual Report 2026\n\n"
        "2026 was the first full year of KSDFTP, the partnership that links two universities in\n"
        "Nairobi and Umea. Doctoral mobility grants of up to EUR 20,000 were offered; applications\n"
        "closed on 30 April 2026.\n"
    )
    record = extract(text, published="2027-02-01")
    assert [c.get("program") for c in record["calls"]] == ["KSDFTP"], record["calls"]
