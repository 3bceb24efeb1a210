"""Call and programme probes of session 19 (helper p). Texts of our own, in the style of call pages,
funder news, research-office notices and joint statements.

1. A last day or date to apply is a deadline: "Last day to apply: 21 November", "Last date for
   receipt of proposals: 30 April" (calls._LAST_DAY).
2. "Researchers may apply until 15 May" states a deadline (calls._MAY_APPLY_UNTIL), "the rules
   apply until" does not.
3. "The call is open from 15 May to 15 July 2025" closes on the span's last day (calls._OPEN_FROM).
4. "The original deadline was 30 June": a deadline put off is no call of its own
   (calls._SUPERSEDED_BEFORE).
5. A call that states only what it spends in total has no per-project ceiling (calls._max_amount).
6. A call for scholarships or fellowships is a call even with no word "call", "application" or
   "funding" (calls._CALL_CONTEXT_ANYWHERE).
7. A known generic programme ("Executive Programme of ...") with two countries right before it takes
   them into its name (programmes.reference_candidates).
9. "in" goes on with a name after "Women" or "Girls": "Pacific Women in STEM Mentoring Scheme"
   (org_heads.yaml `in_openers`, phrases._extend).
10. A known name that opens with the second of two dashed countries ("Sri Lanka–Korea Research
    Fellowship Programme") is inside a longer name (programmes._second_of_pair).
8. A per-unit cue belongs to its own clause ("Rs. 5 lakh per annum per project ...; up to JPY 2.5
   million per year"), and a sentence cut inside an amount ("Rs.") runs on (calls._cap_rank).
"""

from __future__ import annotations

import pytest

from .records import Extract

DEADLINES = [  # (text, the deadlines of the calls found, date part)
    pytest.param(
        "Stockholm, 4 September 2024 – Vinnova and Kenya's National Research Fund open a call within "
        "the Sweden–Kenya Innovation Programme.\n\nKey dates\nCall opens: 10 September 2024\n"
        "Last day to apply: 21 November 2024 at 14:00 CET / 16:00 EAT\nDecision: February 2025\n",
        ["2024-11-21"],
        id="last day to apply",
    ),
    pytest.param(
        "DST–JSPS: India–Japan Cooperative Science Programme 2025\n\nNew Delhi, 5 March 2025\n\n"
        "DST and JSPS invite proposals for joint research projects.\n\n"
        "Last date for receipt of proposals: 30 April 2025 (17:30 hrs IST)\n",
        ["2025-04-30"],
        id="last date for receipt of proposals",
    ),
    pytest.param(
        "Rabat, 3 March 2025 — The Moroccan Ministry of Higher Education and the National Research "
        "Foundation of Korea (NRF) today launched the second Morocco–Korea Joint Research Programme "
        "call.\n\nResearchers from both countries may apply until 15 May 2025 (23:59 KST).\n",
        ["2025-05-15"],
        id="may apply until",
    ),
    pytest.param(
        "Seoul, 2 May 2025 — Korea and Morocco reviewed their research funding. The new export rules "
        "apply until 31 December 2026.\n",
        [],
        id="rules apply until: no call",
    ),
    pytest.param(
        "Buenos Aires, 14 May 2025\n\nCONICET and the Indian Department of Science and Technology have "
        "opened the second call of the Argentina–India Joint Research Projects scheme. The call is open "
        "from 15 May to 15 July 2025.\n\nEach project may receive up to US$ 20,000 per year.\n",
        ["2025-07-15"],
        id="call open from a day to a day",
    ),
    pytest.param(
        "Nairobi, 10 June 2025 — The Kenya National Research Fund and the Swedish Research Council "
        "are pleased to announce that the deadline for the Kenya–Sweden Research Links call has been "
        "extended to 15 August 2025. The original deadline was 30 June 2025.\n",
        ["2025-08-15"],
        id="original deadline put off",
    ),
    pytest.param(
        "Research Office Bulletin, 2 March 2025\n\nColombia–Spain: doctoral scholarships\n\n"
        "Fundación Carolina and Minciencias announce the 2025 Carolina–Minciencias Doctoral "
        "Scholarship scheme for Colombian researchers to study in Spain. The Fundación Carolina portal "
        "closes on 4 April 2025 at 13:00 (Madrid time).\n",
        ["2025-04-04"],
        id="scholarships with no call word",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DEADLINES)
def test_deadline_wordings(extract: Extract, text: str, expected: list[str]) -> None:
    calls = extract(text, None)["calls"]
    assert [c["deadline"][:10] for c in calls] == expected


CAPS = [  # (text, the max amount of the first call)
    pytest.param(
        "Bonn, 5 December 2024\n\nThe Deutsche Forschungsgemeinschaft (DFG) and the Tertiary "
        "Education Trust Fund (TETFund) have extended the deadline of their joint call. Proposals may "
        "now be submitted until 31 January 2025.\n\nFunding is available for up to three years. The "
        "total available budget is €6 million.\n",
        None,
        id="a total budget only: no cap",
    ),
    pytest.param(
        "New Delhi, 5 March 2025\n\nDST and JSPS invite proposals for joint research projects.\n\n"
        "Last date for receipt of proposals: 30 April 2025\n\nFunding: up to Rs. 5 lakh per annum per "
        "project on the Indian side; up to JPY 2.5 million per year on the Japanese side.\n",
        {"value": 500000, "currency": "INR"},
        id="per project in its own clause",
    ),
    pytest.param(
        "Berlin, 2 February 2026\n\nBMFTR and MOST invite joint projects. Deadline: 16 April 2026, "
        "14:00 CEST.\n\nTotal budget: up to EUR 6 million (German side); up to ILS 14 million (Israeli "
        "side)\nFunding per project: max. EUR 650,000 for the German partners\n",
        {"value": 650000, "currency": "EUR"},
        id="a total label holds for every item of its list",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CAPS)
def test_call_cap(extract: Extract, text: str, expected: dict | None) -> None:
    calls = extract(text, None)["calls"]
    assert calls
    assert calls[0].get("max_amount") == expected


PROGRAMMES = [  # (text, a programme name found, a name not found)
    pytest.param(
        "Rome, 18 November 2024 — Italy and Tunisia announce the Italy–Tunisia Executive Programme of "
        "Scientific and Technological Cooperation 2025–2027.",
        "Italy–Tunisia Executive Programme of Scientific and Technological Cooperation",
        "Executive Programme of Scientific and Technological Cooperation",
        id="known generic programme with its two countries",
    ),
    pytest.param(
        "Canberra, 4 April 2025 — Australia and Fiji launched the Pacific Women in STEM Mentoring Scheme "
        "at the Australia–Fiji Science Week.",
        "Pacific Women in STEM Mentoring Scheme",
        "STEM Mentoring Scheme",
        id="women in a programme's name",
    ),
    pytest.param(
        "Colombo, 1 July 2025 — The National Research Council of Sri Lanka and the Korea Foundation "
        "announce the Sri Lanka–Korea Research Fellowship Programme 2025/26. Closing date for "
        "applications is 31st August 2025.",
        "Sri Lanka–Korea Research Fellowship Programme",
        "Korea Research Fellowship",
        id="known name as the second of a pair",
    ),
]


@pytest.mark.parametrize(("text", "name", "not_name"), PROGRAMMES)
def test_programme_names(extract: Extract, text: str, name: str, not_name: str) -> None:
    names = [p["name"] for p in extract(text, None)["programs"]]
    assert name in names
    assert not_name not in names
