"""Call probes of session 17, round 5 (helper s). Texts of our own.

1. More time zones of call deadlines (timezones.yaml): Pakistan, Nepal, Uzbekistan, Colombia, Uruguay,
   central Indonesia and zones named in words ("East Africa Time"); abbreviations that are other
   things' too ("GST", "ICT") count only right after a clock time (`clock_zones`).
2. A time with a numeric offset in parentheses before the date ("23:59 (UTC+8) on 1 April").
3. A submission stage as a key-dates label or clause ("| Full proposals | 12 August 2026 |",
   "Pre-proposals: 20 May", "; full proposals on 30 June", "Registrations of interest | ...") is a
   deadline; what happens to a stage ("Results of full proposals: ...") is not.
4. "must be submitted before <date>" and "accepted through <date>" state a deadline.
5. A "Call for proposals: <name>" heading names the call, like "Open call: <name>".
"""

from __future__ import annotations

import pytest

from .records import Extract


def _doc(city: str, pair: str, agencies: str, tail: str) -> str:
    return (
        f"{city}, 2 February 2026\n{pair} open a joint research call\n"
        f"{agencies} invite joint proposals for research projects.\n{tail}\n"
    )


ZONES = [  # (text, the deadlines of the calls found)
    pytest.param(
        _doc("Islamabad", "Pakistan and China", "HEC and NSFC", "Deadline: 31 July 2026, 23:59 PKT."),
        ["2026-07-31T23:59+05:00"],
        id="PKT",
    ),
    pytest.param(
        _doc(
            "Bangkok",
            "Thailand and Vietnam",
            "NRCT and NAFOSTED",
            "Submission deadline: 15 August 2026 at 17:00 ICT.",
        ),
        ["2026-08-15T17:00+07:00"],
        id="ICT after a clock",
    ),
    pytest.param(
        _doc(
            "Bangkok",
            "Thailand and Laos",
            "NRCT and the Lao Ministry of Technology",
            "Deadline: 15 August 2026 at 17:00 for ICT and health projects.",
        ),
        ["2026-08-15T17:00"],
        id="ICT as a field is no zone",
    ),
    pytest.param(
        _doc(
            "Abu Dhabi",
            "The UAE and Korea",
            "Khalifa University and NRF",
            "Proposals are due by 5 p.m. (GST) on 12 March 2026.",
        ),
        ["2026-03-12T17:00+04:00"],
        id="GST in parentheses after a clock",
    ),
    pytest.param(
        _doc(
            "Bogotá",
            "Colombia and Argentina",
            "Minciencias and CONICET",
            "Closing date: 28 April 2026, 18:00 COT.",
        ),
        ["2026-04-28T18:00-05:00"],
        id="COT",
    ),
    pytest.param(
        _doc(
            "Kathmandu",
            "Nepal and Switzerland",
            "NAST and SNSF",
            "Deadline for submission: 10 May 2026, 17:00 NPT.",
        ),
        ["2026-05-10T17:00+05:45"],
        id="NPT",
    ),
    pytest.param(
        _doc(
            "Montevideo", "Uruguay and Portugal", "ANII and FCT", "Deadline: 28 February 2026 at 15:00 UYT."
        ),
        ["2026-02-28T15:00-03:00"],
        id="UYT",
    ),
    pytest.param(
        _doc(
            "Nairobi",
            "Kenya and Korea",
            "NRF and KOICA",
            "Applications close on 9 March 2026 at 16:00 East Africa Time.",
        ),
        ["2026-03-09T16:00+03:00"],
        id="zone in words",
    ),
    pytest.param(
        _doc(
            "Kuala Lumpur",
            "Malaysia and Singapore",
            "MOSTI and NRF",
            "The call closes at 23:59 (UTC+8) on 1 April 2026.",
        ),
        ["2026-04-01T23:59+08:00"],
        id="numeric offset in parentheses before the date",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ZONES)
def test_deadline_zones(extract: Extract, text: str, expected: list[str]) -> None:
    assert [c["deadline"] for c in extract(text, None)["calls"]] == expected


STAGES = [  # (text, the deadline dates of the calls found)
    pytest.param(
        _doc(
            "Santiago",
            "Chile and Argentina",
            "ANID and the Agencia I+D+i",
            "| Stage | Date |\n| --- | --- |\n| Call opens | 6 April 2026 |\n"
            "| Pre-proposals | 20 May 2026 |\n| Full proposals | 12 August 2026 |",
        ),
        ["2026-05-20", "2026-08-12"],
        id="stage rows of a table",
    ),
    pytest.param(
        _doc(
            "Wellington",
            "New Zealand and Chile",
            "MBIE and ANID",
            "Key dates\nRegistrations of interest: 4 March 2026\nFull applications: 29 April 2026",
        ),
        ["2026-03-04", "2026-04-29"],
        id="stage labels with a colon",
    ),
    pytest.param(
        _doc(
            "Jakarta",
            "Indonesia and the Philippines",
            "BRIN and DOST",
            "Pre-proposals are due on 15 April 2026, 12:00 WIB; full proposals on 30 June 2026, 17:00 PHT.",
        ),
        ["2026-04-15", "2026-06-30"],
        id="second stage in the same sentence",
    ),
    pytest.param(
        _doc(
            "Dhaka",
            "Bangladesh and the Netherlands",
            "The Bangladesh Ministry of Science and NWO",
            "Full proposals must be submitted before 15 June 2026, 12:00 CET.",
        ),
        ["2026-06-15"],
        id="submitted before",
    ),
    pytest.param(
        _doc(
            "Mexico City",
            "Mexico and Canada",
            "CONAHCYT and NSERC",
            "Applications will be accepted through April 15, 2026 at 11:59 p.m.",
        ),
        ["2026-04-15"],
        id="accepted through",
    ),
    pytest.param(
        _doc(
            "Accra",
            "Ghana and Norway",
            "The Ghana Ministry of Environment and the Research Council of Norway",
            "Results of full proposals: 1 October 2026",
        ),
        [],
        id="results of a stage are no deadline",
    ),
]


@pytest.mark.parametrize(("text", "expected"), STAGES)
def test_stage_deadlines(extract: Extract, text: str, expected: list[str]) -> None:
    assert [c["deadline"][:10] for c in extract(text, None)["calls"]] == expected


def test_call_for_proposals_heading_names_the_call(extract: Extract) -> None:
    text = (
        "Call for proposals: Chile–Argentina Andean Glaciers Programme\nSantiago, 4 April 2026\n"
        "ANID (Chile) and the Agencia I+D+i (Argentina) invite joint proposals.\n\n"
        "Key dates\n- Pre-proposal deadline: 20 May 2026\n- Full proposal deadline: 12 August 2026\n"
    )
    calls = extract(text, None)["calls"]
    assert [c.get("program") for c in calls] == ["Chile–Argentina Andean Glaciers Programme"] * 2
