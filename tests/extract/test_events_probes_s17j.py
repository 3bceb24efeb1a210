"""Event probes of session 17, round 3 (helper j). Texts of our own.

1. A signing told without a place takes the one city the sentence right before it tells a party
   coming to ("A delegation came to Ljubljana for two days of talks. On 21 March the two sides
   signed a memorandum"), when that sentence gives no date of its own (a length of days is none)
   (event_places.arrival_place; the verbs: ``arrival_place_verbs`` of data/event_types.yaml).
"""

from __future__ import annotations

import pytest

from .records import Extract

ARRIVALS = [  # (text, the (type, date, location) of every signing; None: no signing event)
    pytest.param(
        "Ministry of Education, Science and Sport\nPress release, 22 March 2024\n\n"
        "A delegation of the Chilean research agency ANID came to Ljubljana for two days of talks "
        "with Slovenian institutes. On 21 March 2024 the two sides signed a Memorandum of "
        "Understanding on scientific cooperation between Chile and Slovenia.",
        [("signing", "2024-03-21", "Ljubljana")],
        id="came to a city, then signed",
    ),
    pytest.param(
        "Embassy newsletter\nIssued 9 May 2025\n\n"
        "A Kenyan university delegation travelled to Helsinki to meet Finnish partners. On 7 May "
        "2025 the rectors signed a memorandum of understanding on joint degrees between Kenya and "
        "Finland.",
        [("signing", "2025-05-07", "Helsinki")],
        id="travelled to a city, then signed",
    ),
    pytest.param(
        "Embassy newsletter\nIssued 9 May 2025\n\n"
        "Last year a Kenyan delegation travelled to Helsinki in March 2024. On 7 May 2025 the "
        "rectors signed a memorandum of understanding on joint degrees between Kenya and Finland.",
        [],
        id="a dated arrival before is another occasion",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ARRIVALS)
def test_signing_placed_by_the_arrival_told_before(
    extract: Extract, text: str, expected: list[tuple[str, str, str]]
) -> None:
    events = extract(text)["events"]
    signings = [(e["type"], e["date"], e.get("location")) for e in events if e["type"] == "signing"]
    assert signings == expected
