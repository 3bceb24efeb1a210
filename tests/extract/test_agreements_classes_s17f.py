"""Agreement classes of session 17, round 2 (helper f). Texts of our own.

1. The record of discussions that a development agency (JICA, KOICA) signs with its partners to set
   up a project is an implementing arrangement (instruments.yaml).
"""

from __future__ import annotations

import pytest

from .records import Extract

RECORDS_OF_DISCUSSIONS = [  # (published, text, the (type, date) of every agreement)
    pytest.param(
        "2025-09-20",
        "Project news\n\nThe Record of Discussions for the coastal flood project was signed in Accra on "
        "4 September 2025 by JICA and the Ghana Meteorological Agency.",
        [("implementing_arrangement", "2025-09-04")],
        id="record of discussions signed by an agency",
    ),
    pytest.param(
        "2025-09-20",
        "Project news\n\nIn Hanoi on 2 July 2025, KOICA and Vietnam's Ministry of Science and Technology "
        "signed a record of discussions setting out the budget of the new smart-farming centre.",
        [("implementing_arrangement", "2025-07-02")],
        id="lower-case record of discussions as an object",
    ),
    pytest.param(
        "2025-09-20",
        "Project news\n\nJapan and Ghana signed the records of discussions for two research projects "
        "in Accra on 4 September 2025.",
        [("implementing_arrangement", "2025-09-04")],
        id="records of discussions, plural",
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), RECORDS_OF_DISCUSSIONS)
def test_a_record_of_discussions_is_an_implementing_arrangement(
    extract: Extract, published: str, text: str, expected: list[tuple[str, str]]
) -> None:
    agreements = extract(text, published=published)["agreements"]
    assert [(a["type"], a["date"]) for a in agreements] == expected
