"""Event classes of session 17, round 2 (helper f). Texts of our own.

1. Talks told as a state ("are in talks on a codeshare", "remain in advanced negotiations") or as a
   length of time ("ending almost two years of talks", "after months of negotiations") name no
   meeting (components/event_talks.py); talks held on a day still do.
"""

from __future__ import annotations

import pytest

from .records import Extract

TALKS = [  # (published, text, the (type, date) of every event)
    pytest.param(
        "2025-06-20",
        "Tourism news\n\nThe two national carriers are in talks on a joint route between Lisbon and "
        "Luanda, officials in Lisbon said in June 2025.",
        [],
        id="are in talks",
    ),
    pytest.param(
        "2025-06-20",
        "Tourism news\n\nThe port authorities of Valencia and Tangier remain in advanced negotiations "
        "on a green shipping corridor, the ministry in Valencia said on 12 June 2025.",
        [],
        id="remain in advanced negotiations",
    ),
    pytest.param(
        "2025-06-20",
        "Trade wire\n\nLISBON, June 12 - Portugal and Angola signed an investment protection treaty "
        "in Lisbon on 12 June, ending almost three years of talks between the two governments.",
        [("signing", "2025-06-12")],
        id="a signing ending years of talks",
    ),
    pytest.param(
        "2025-06-20",
        "Trade wire\n\nNegotiators from Portugal and Angola held talks in Luanda on 12 June 2025 on "
        "the investment treaty.",
        [("meeting", "2025-06-12")],
        id="talks held on a day are still a meeting",
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), TALKS)
def test_talks_as_a_state_are_no_meeting(
    extract: Extract, published: str, text: str, expected: list[tuple[str, str]]
) -> None:
    events = extract(text, published=published)["events"]
    assert [(e["type"], e["date"]) for e in events] == expected
