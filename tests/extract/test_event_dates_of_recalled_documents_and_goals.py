"""Dates that belong to something else than the event cue of their sentence (texts of our own):

- the day of a recalled document ("the meeting recalled the Lima Declaration of 4 May 2001", "the
  Agreement dated 3 March 1999") is no date of the meeting; a signing keeps it;
- a date that an event is the goal of ("results are due in June 2026, in time for the next
  summit", "ready by May, ahead of the forum") is no date of that event.
"""

from __future__ import annotations

import pytest

from .records import Extract, events_of

RECALLED = [
    "The meeting in Lima recalled the Lima Declaration of 4 May 2001, which founded the network.",
    "The workshop in Oslo referred to the Framework Agreement dated 3 March 1999 between the two states.",
    "Delegates at the conference in Accra recalled the **Accra Accord** of 12 July 2008 and its goals.",
]


@pytest.mark.parametrize("text", RECALLED)
def test_a_recalled_documents_day_dates_no_meeting(extract: Extract, text: str) -> None:
    events = events_of(extract, "The two countries deepen science ties. " + text, "2025-10-01")
    assert not [e for e in events if e["date"][:4] in {"2001", "1999", "2008"} and e["type"] != "signing"]


def test_a_signing_keeps_the_documents_day(extract: Extract) -> None:
    text = "Kenya and Chile science ties. Ministers signed the Nairobi Declaration of 4 May 2021 in Nairobi."
    events = events_of(extract, text, "2025-10-01")
    assert any(e["type"] == "signing" and e["date"] == "2021-05-04" for e in events)


GOALS = [
    "Research results are expected in September 2026, in time for the next forum.",
    "The report of the two agencies will be ready in May 2026, ahead of the summit.",
    "A roadmap is due in March 2026 in preparation for the upcoming conference.",
]


@pytest.mark.parametrize("text", GOALS)
def test_a_goal_takes_no_earlier_date(extract: Extract, text: str) -> None:
    events = events_of(extract, "Brazil and India research cooperation. " + text, "2025-10-01")
    assert not [e for e in events if e["date"][:7] in {"2026-09", "2026-05", "2026-03"}]


def test_a_date_after_the_cue_still_counts(extract: Extract) -> None:
    text = "Brazil and India science ties. The plan is ready in time for the summit in Delhi on 5 May 2026."
    events = events_of(extract, text, "2025-10-01")
    assert any(e["date"] == "2026-05-05" for e in events)
