"""Agreement classes of session 17, round 1 (helper c). Texts of our own.

1. An instrument word followed by "of its kind", "of this type", "of that kind" ("had been the
   first agreement of its kind that Japan concluded", "the first accord of this type") names the
   class the instrument told belongs to, no instrument of its own (agreements `_generic`).
"""

from __future__ import annotations

import pytest

from .records import Extract

OF_ITS_KIND = [  # (published, text, the (type, date) of every agreement)
    pytest.param(
        "2025-06-20",
        "Embassy note\n\nThe ambassador recalled that the Memorandum of Cooperation on forestry research "
        "signed in Nairobi in May 2019 had been the first agreement of its kind that Finland concluded "
        "in Africa.",
        [("memorandum", "2019-05")],
        id="had been the first agreement of its kind",
    ),
    pytest.param(
        "2025-06-20",
        "Embassy note\n\nChile's ANID and the Research Council of Norway signed a memorandum of "
        "understanding on ocean research in Santiago on 12 June 2025, the first accord of this type "
        "between the two funders.",
        [("memorandum", "2025-06-12")],
        id="the first accord of this type",
    ),
    pytest.param(
        "2025-06-20",
        "Embassy note\n\nThe Chile-Norway Ocean Data Agreement, signed in Santiago on 12 June 2025, is "
        "the first data-sharing agreement of its kind between the two countries.",
        [("agreement", "2025-06-12")],
        id="a titled agreement, then the kind it is of",
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), OF_ITS_KIND)
def test_an_instrument_of_its_kind_is_no_instrument(
    extract: Extract, published: str, text: str, expected: list[tuple[str, str]]
) -> None:
    agreements = extract(text, published=published)["agreements"]
    assert [(a["type"], a["date"]) for a in agreements] == expected
