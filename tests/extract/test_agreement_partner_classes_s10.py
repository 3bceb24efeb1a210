"""A cross-set class of round ten: an undated instrument dated by the next sentence that points back
at it ("The document was signed last Tuesday", "The accord was concluded last week"): that sentence's
day, a week giving its month; never the act of another instrument named in it, nor a renewal's."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

TOLD_AFTER = [
    # (published, text, expected date of the one instrument)
    ("2026-03-20",  # a Friday: "last Wednesday" is 18 March
     "Aalto University has signed a memorandum of understanding with Seoul National University on "
     "battery research. The document was signed last Wednesday in Seoul by the two rectors.",
     "2026-03-18"),
    ("2026-05-15",  # ISO week 19 of 2026 (4-10 May): its month
     "Ghent University and the University of Tokyo concluded a research cooperation agreement. "
     "The agreement was signed last week during a visit of the Japanese delegation.",
     "2026-05"),
    ("2026-09-30",
     "Chile and New Zealand have agreed an implementing arrangement on Antarctic science. "
     "The three-year arrangement was signed on 21 September 2026 in Christchurch.",
     "2026-09-21"),
    ("2026-11-12",
     "Brazil and Norway reached a cooperation agreement on ocean research. Researchers welcomed the news. "
     "The deal was concluded on 9 November 2026 at the ministry.",
     "2026-11-09"),
]

NOT_TOLD = [
    # the next sentence is about another instrument: its date is not the first instrument's
    ("2026-03-20",
     "Aalto University has signed a memorandum of understanding with Seoul National University on "
     "battery research. The treaty was signed in 1998.",
     "1998"),
    # the pointing sentence tells of an older instrument after its subject: that act is not this one's
    ("2026-10-22",
     "On 21 October 2026 the ministers of Kenya and Finland adopted a Roadmap for Cooperation in "
     "Science. The document builds on the memorandum of understanding concluded in March 2023.",
     "2023-03"),
]


@pytest.mark.parametrize(("published", "text", "date"), TOLD_AFTER)
def test_the_next_sentence_dates_an_undated_instrument(
    extract: Callable[..., dict[str, Any]], published: str, text: str, date: str
) -> None:
    agreements = extract(text, published=published)["agreements"]
    assert [a.get("date") for a in agreements] == [date]


@pytest.mark.parametrize(("published", "text", "date"), NOT_TOLD)
def test_another_instruments_sentence_does_not_date_it(
    extract: Callable[..., dict[str, Any]], published: str, text: str, date: str
) -> None:
    agreements = extract(text, published=published)["agreements"]
    first = agreements[0]
    assert first.get("date") != date
