"""Minutes and programme pages that would tell one gathering twice (session 18, round 4, helper n).
Texts of our own.

1. A record's heading dates the record, not always the meeting: "Minutes of the 3rd Session of the
   ... Joint Committee, Tashkent, 14 March 2024" over "The session was held on 13 March 2024" is
   one meeting, on the 13th, named as the title names it (event_minutes.fold_record_dates).
2. Signing "the Agreed Minutes of the 10th meeting" is dated at the last day and place of the
   numbered meeting the text tells, not at the nearest earlier date (gold gives the minutes'
   signing, when it keeps it, on the meeting's last day) (event_minutes.minutes_signings).
3. A programme row naming a part of a gathering ("09:30 – Opening", "Session 1: ...", "Forum
   opening") is no event of its own on a day the gathering spans; the opening row of a timed
   programme with no gathering found for its day is that gathering, a conference, not a launch
   (event_minutes.programme_parts, event_types.yaml `programme_parts`).
"""

from __future__ import annotations

import pytest

from .records import Extract

RECORDS = [  # (text, [(type, date, city)])
    pytest.param(
        "Minutes of the 3rd Session of the Uzbekistan-Korea Joint Committee on Science and Technology, "
        "Tashkent, 14 March 2024\n\n1. The session was held on 13 March 2024 at the Ministry of Higher "
        "Education, Science and Innovation in Tashkent.\n\n2. The two sides reviewed the joint research "
        "projects funded since 2022.\n",
        [("meeting", "2024-03-13", "Tashkent")],
        id="minutes title, held the day before",
    ),
    pytest.param(
        "Agreed Minutes of the Fifth Meeting of the Kenya-Finland Joint Forestry Committee, Nairobi, "
        "19 June 2025\n\nThe Fifth Meeting of the Joint Forestry Committee took place in Nairobi on "
        "17 and 18 June 2025. The Kenyan delegation was led by the Principal Secretary for Forestry.\n",
        [("meeting", "2025-06-17", "Nairobi")],
        id="agreed minutes dated the day after a two-day meeting",
    ),
]


@pytest.mark.parametrize(("text", "want"), RECORDS)
def test_a_records_heading_date_is_not_a_second_meeting(
    extract: Extract, text: str, want: list[tuple[str, str, str]]
) -> None:
    events = extract(text)["events"]
    assert [(e["type"], e["date"], e.get("location")) for e in events] == want


def test_the_meeting_keeps_the_titles_name(extract: Extract) -> None:
    text = RECORDS[0].values[0]
    (event,) = extract(text)["events"]
    assert event["name"].startswith("3rd Session of the Uzbekistan-Korea Joint Committee")


def test_a_heading_meeting_weeks_apart_stays_its_own(extract: Extract) -> None:
    text = (
        "Minutes of the Second Meeting of the Chile-Norway Working Group on Ocean Research, Valparaíso, "
        "22 November 2024\n\nThe Working Group recalled its first meeting, held in Valparaíso on "
        "2 October 2024.\n"
    )
    dates = sorted(e["date"] for e in extract(text)["events"])
    assert "2024-10-02" in dates


PROGRAMMES = [  # (text, [(type, date)])
    pytest.param(
        "Lisbon, 12 June 2025\n\n# Portugal-Brazil Ocean Science Forum 2025\n\nThe third Portugal-Brazil "
        "Ocean Science Forum took place in Lisbon on 10-11 June 2025, with 180 participants.\n\n"
        "## Programme – Tuesday, 10 June\n\n**09:00 – Opening**\n- Minister of Science\n\n"
        "**10:00 – Session 1: Deep-sea observation**\n\n## Wednesday, 11 June\n\n"
        "**09:30 – Session 2: Blue economy**\n\n**16:00 – Closing**\n",
        [("conference", "2025-06-10")],
        id="rows of a forum's two days",
    ),
    pytest.param(
        "# Hungary-Vietnam Water Technology Days\n\n*Published 3 December 2025*\n\n"
        "## Day 1 – Monday, 24 November (Budapest)\n\n**09:30 – Opening**\n- State Secretary for "
        "Innovation\n\n**10:30 – Session 1: Drinking water treatment**\n- Dr. Nguyen Van Minh, "
        "Vietnam Academy of Science and Technology\n",
        [("conference", "2025-11-24")],
        id="timed opening row, no gathering found: the gathering itself",
    ),
]


@pytest.mark.parametrize(("text", "want"), PROGRAMMES)
def test_a_programme_row_is_part_of_its_gathering(
    extract: Extract, text: str, want: list[tuple[str, str]]
) -> None:
    events = extract(text)["events"]
    assert [(e["type"], e["date"]) for e in events] == want


def test_an_official_opening_is_still_a_launch(extract: Extract) -> None:
    text = (
        "The official opening of the Czech-Korean Battery Research Centre in Ostrava took place on "
        "5 May 2025, during the Czech-Korean Battery Conference held in the city on 5-6 May."
    )
    kinds = {e["type"] for e in extract(text, published="2025-05-07")["events"]}
    assert "launch" in kinds


MINUTES_SIGNED = [  # (text, the signing's (date, city))
    pytest.param(
        "HANOI, 20 May 2025 - The 6th meeting of the Viet Nam - Finland Joint Committee on Innovation "
        "was held in Hanoi on 19 May 2025.\n\nThe 5th meeting took place in Helsinki on 4 April 2023.\n\n"
        "The sides discussed the joint call of 2026.\n\nAt the close of the session, the co-chairs signed "
        "the Agreed Minutes of the 6th meeting.",
        ("2025-05-19", "Hanoi"),
        id="agreed minutes of the 6th meeting, an earlier meeting told between",
    ),
    pytest.param(
        "Nairobi, 12 September 2025\n\nThe second session of the Kenya-Korea Joint Commission met in "
        "Nairobi on 10 and 11 September 2025. The first session had been held in Seoul on 2 March 2022."
        "\n\nAt the end of the session, the heads of delegation signed the Summary Record of the Second "
        "Session of the Joint Commission.",
        ("2025-09-11", "Nairobi"),
        id="summary record of the second session: its last day",
    ),
]


@pytest.mark.parametrize(("text", "want"), MINUTES_SIGNED)
def test_signing_the_minutes_is_dated_at_their_meeting(
    extract: Extract, text: str, want: tuple[str, str]
) -> None:
    signings = [(e["date"], e.get("location")) for e in extract(text)["events"] if e["type"] == "signing"]
    assert signings == [want]
