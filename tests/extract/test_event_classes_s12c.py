"""Event classes seen in at least two in-view sets (cross-set round 12, third pass). Texts of our own.

1. A newsletter's contents line ("In this issue: ...", "In this edition you will find ...", "Inside
   this week's bulletin we report on ...") lists the items the issue tells below; an event it names
   in passing, with a month or a city, is not an event of its own (`event_contents.contents_line`).
   A sentence about an edition of a fair or a forum ("In this edition of the fair ...", "This edition
   features 300 exhibitors ...") is no contents line and keeps its event. The numbered headlines
   under a contents heading are sentences of their own and are left as they are (a dated headline
   is told again in its item, and the two merge).
"""

from __future__ import annotations

import pytest

from bilat.extract.components.event_contents import contents_line
from bilat.extract.doc import Doc

from .records import Extract

CONTENTS = [
    pytest.param(
        "In this issue you will find news from the Joint Committee in Bergen, a soil workshop in Pune "
        "and advance notice of a ministerial visit in November 2025.",
        id="in this issue you will find ... a visit in <month>",
    ),
    pytest.param(
        "In this issue: a hydrogen milestone in Pretoria, oceanographers meeting in Durban on "
        "5 February 2025, and a look back at the Minister's visit.",
        id="in this issue: colon list with a dated meeting",
    ),
    pytest.param(
        "*In this edition: a delegation visit to Haifa on 12 March 2025 · a hackathon in Da Nang*",
        id="markup, in this edition, middle dots",
    ),
    pytest.param(
        "Inside this month's bulletin we report on a forum in Quito on 20 June 2025 and a new call.",
        id="inside this month's bulletin we report on",
    ),
    pytest.param(
        "IN TODAY'S UPDATE: ministers meeting in Accra on 2 April 2025, a seed fund and a new chair.",
        id="capitals, today's update",
    ),
]


@pytest.mark.parametrize("sentence", CONTENTS)
def test_a_contents_line_dates_no_event(extract: Extract, sentence: str) -> None:
    text = f"Embassy science newsletter\n\n{sentence}\n"
    record = extract(text, published="2025-03-01")
    assert record["events"] == [], record["events"]


NOT_CONTENTS = [
    pytest.param(
        "In this edition of the fair, 300 firms exhibited in Lyon on 4 May 2025.",
        "2025-05-04",
        id="edition of the fair",
    ),
    pytest.param(
        "This edition features 300 exhibitors and the trade fair opens in Lyon on 4 May 2025.",
        "2025-05-04",
        id="this edition features (third-person verb)",
    ),
    pytest.param(
        "The issue was discussed at a meeting in Nairobi on 4 May 2025.",
        "2025-05-04",
        id="the issue (no contents determiner)",
    ),
]


@pytest.mark.parametrize(("sentence", "day"), NOT_CONTENTS)
def test_an_ordinary_sentence_keeps_its_event(extract: Extract, sentence: str, day: str) -> None:
    text = f"News\n\n{sentence}\n"
    record = extract(text, published="2025-05-10")
    assert day in [e["date"] for e in record["events"]], record["events"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In this issue: a visit.", True),
        ("- In the current newsletter, we highlight two calls.", True),
        ("Also in this digest: a workshop.", True),
        ("In this issue\n1. A visit", True),
        ("In this edition of the forum, ministers met.", False),
        ("This issue of trust came up at the meeting.", False),
        ("We met in this building on Monday.", False),
    ],
)
def test_contents_line(text: str, expected: bool) -> None:
    doc = Doc(text=text, name="x.txt")
    assert contents_line(doc, (0, len(text))) is expected
