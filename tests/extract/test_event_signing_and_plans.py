"""Signings are named for what they sign; planned meetings said in the future tense after their cue
are kept; a relative day that names its event counts from it even far back; more event wordings."""

from __future__ import annotations

import pytest

from .records import Extract


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya and Japan signed a memorandum of understanding on Tuesday on the sidelines of the "
        "World Water Forum in Nairobi.",
        "Chile and Norway signed a letter of intent on Tuesday at the Global Health Summit in Geneva.",
        "Brazil and Korea signed an implementing arrangement on Tuesday during the Ocean Conference "
        "in Lisbon.",
    ],
)
def test_a_signing_is_not_named_after_the_event_it_took_place_at(extract: Extract, sentence: str) -> None:
    record = extract("NAIROBI, 9 May 2024 - " + sentence, published="2024-05-09")
    signings = [e for e in record["events"] if e["type"] == "signing"]
    assert signings
    for event in signings:
        for word in ("Forum", "Summit", "Conference"):
            assert word not in event["name"], event


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("The 5th session of the Joint Committee will be held in Daejeon in 2028.", "2028"),
        ("The third ministerial dialogue is scheduled to take place in Nairobi in 2027.", "2027"),
        ("The joint commission's next session is expected to convene in Lima in 2029.", "2029"),
        ("A follow-up workshop shall be held in Accra in 2027.", "2027"),
    ],
)
def test_a_meeting_planned_in_the_future_tense_for_a_year_is_kept(
    extract: Extract, sentence: str, year: str
) -> None:
    record = extract(
        "The two ministries reviewed their cooperation in 2026. " + sentence, published="2026-10-20"
    )
    assert year in [e["date"] for e in record["events"]]


def test_a_past_year_told_after_a_cue_is_not_a_plan(extract: Extract) -> None:
    record = extract(
        "The 3rd session of the Joint Committee was held in Seoul in 2019.", published="2026-10-20"
    )
    assert all(e["date"] != "2019" or e["type"] != "launch" for e in record["events"])


FILLER = " ".join(f"Sentence {i} of the report describes the research priorities agreed." for i in range(25))


@pytest.mark.parametrize(
    ("relative", "expected"),
    [
        ("On the second day of the session", "2026-10-15"),
        ("On the third day of the meeting", "2026-10-16"),
        ("On the first day of the session", "2026-10-14"),
        ("On the final day of the session", "2026-10-16"),
    ],
)
def test_a_relative_day_that_names_its_event_counts_from_it_far_back(
    extract: Extract, relative: str, expected: str
) -> None:
    text = (
        "The 4th session of the Joint Committee was held in Prague from 14 to 16 October 2026. "
        + FILLER
        + f" {relative}, the two agencies signed a memorandum of understanding."
    )
    record = extract(text, published="2026-10-20")
    signings = [e for e in record["events"] if e["type"] == "signing"]
    assert [e["date"] for e in signings] == [expected]


@pytest.mark.parametrize(
    "wording",
    ["matchmaking day", "brokerage event", "partnering day", "networking event", "matchmaking session"],
)
def test_matchmaking_and_brokerage_days_are_events(extract: Extract, wording: str) -> None:
    record = extract(f"A {wording} for applicants will take place on 19 November 2026 in Saarbrücken.")
    assert "2026-11-19" in [e["date"] for e in record["events"]]
