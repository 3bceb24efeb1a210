"""Call probes of session 17, round 4 (helper m). Texts of our own.

1. A labelled closing date ("Call closing: 31 January 2025", "Closing | 6 May") is the call's
   deadline, like "Applications close: ..." (calls._CLOSING_LABEL).
"""

from __future__ import annotations

import pytest

from .records import Extract

CLOSING = [  # (text, the deadlines of the calls found)
    pytest.param(
        "Press release, 3 October 2024\nFinland and Estonia open joint call for green transition "
        "research\nBusiness Finland and the Estonian Research Council have opened a joint call for "
        "research projects.\nCall opening: 1 November 2024. Call closing: 31 January 2025.\n",
        ["2025-01-31"],
        id="call closing colon",
    ),
    pytest.param(
        "Call for proposals: Peru–Colombia Andean Biodiversity Grants\nLima, 2 May 2025\n"
        "CONCYTEC and Minciencias invite joint proposals.\n\nKey dates\nOpening | 5 May 2025\n"
        "Closing | 30 June 2025\n",
        ["2025-06-30"],
        id="closing in a key-dates table",
    ),
    pytest.param(
        "Lima, 2 May 2025 — Peru and Colombia held the closing session of their joint committee; "
        "the closing: a reception on 3 May 2025.",
        [],
        id="closing of a session is no call",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLOSING)
def test_closing_label_is_a_deadline(extract: Extract, text: str, expected: list[str]) -> None:
    calls = extract(text, None)["calls"]
    assert [c["deadline"][:10] for c in calls] == expected
