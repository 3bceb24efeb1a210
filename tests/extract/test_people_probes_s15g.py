"""Round 15j people probes: sentences written the way press releases name people.

- "NAME, ROLE, Two Words." at the end of a sentence: the two capitalised words after the role's
  comma close the sentence, so they are the role's body ("Vice President, Samsung SDI"), not the
  next person of a list;
- "'... exports to Korea ...,' said NAME": a place that goods go to inside the quotation before the
  speaker is the speaker's destination, no country of theirs.
"""

from __future__ import annotations

import pytest

from .records import Extract, people_by_name

HEAD = "Seoul, 12 March 2025 - Korea and Iceland signed a research cooperation agreement.\n\n"


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Speakers: Mr. Jon Sigurdsson, CEO, Marel; Ms. Kim Ji-hye, Vice President, Samsung SDI.",
            "Ji-hye Kim",
            "Vice President, Samsung SDI",
        ),
        (
            "Speakers: Ms. Kim Ji-hye, Vice President, Samsung SDI; Mr. Jon Sigurdsson, CEO, Marel.",
            "Ji-hye Kim",
            "Vice President, Samsung SDI",
        ),
    ],
)
def test_body_closing_the_sentence_stays_in_role(extract: Extract, text: str, person: str, role: str) -> None:
    people = people_by_name(extract(HEAD + text, published=None))
    assert people[person]["role"] == role


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        (
            '"Our exports to Korea have doubled," said Helgi Magnusson, chief executive of Marel.',
            "Helgi Magnusson",
            "IS",
        ),
        (
            "“Our sales to Korea grew by a third last year,” said Marel chief executive Helgi Magnusson.",
            "Helgi Magnusson",
            "IS",
        ),
    ],
)
def test_destination_in_the_speakers_quote(extract: Extract, text: str, person: str, country: str) -> None:
    people = people_by_name(extract(HEAD + text, published=None))
    assert people[person].get("country") == country
