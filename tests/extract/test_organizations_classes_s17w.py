"""Class round s17w (mined from the twenty-second and twenty-third sets) on organisations.

- "Park" names a body only right after a word of its kind ("Science Park", "IT Park", "Hi-Tech
  Park", "Energy Park"): technology parks are organisations, while "Hyde Park" and a Korean family
  name written last ("Min-jae Park") are not."""

from __future__ import annotations

import pytest

from .records import Extract, org_names

PARKS = [
    # (text, the park's name)
    (
        "ALMATY, 4 April 2025 - Kazakhstan and Korea opened a start-up hub. The Astana Hub Software Park "
        "will host twenty Korean firms from next year.",
        "Astana Hub Software Park",
    ),
    (
        "NAIROBI, 9 July 2025 - Kenya and Japan agreed to train engineers at the Konza Science Park, "
        "where the first laboratories open in May.",
        "Konza Science Park",
    ),
    (
        "DA NANG, 2 March 2025 - A Korean delegation toured the Da Nang Hi-Tech Park and met chip designers.",
        "Da Nang Hi-Tech Park",
    ),
    (
        "BAKU, 12 May 2025 - Azerbaijan and Türkiye signed a memorandum. Startups at Baku IT Park will be "
        "able to rent space in Istanbul.",
        "Baku IT Park",
    ),
    (
        "TASHKENT, 8 May 2025 - Uzbekistan and Korea agreed on an AI centre to be housed at IT Park "
        "Uzbekistan from next spring.",
        "IT Park Uzbekistan",
    ),
]

NOT_PARKS = [
    # (text, a name with "Park" that names no body)
    (
        "LONDON, 3 June 2025 - The United Kingdom and Korea celebrated science week with a concert in "
        "Regent's Park and a picnic in Battersea Park.",
        "Battersea Park",
    ),
    (
        "SEOUL, 3 June 2025 - Korea and Sweden launched a battery call. Min-jae Park, director at the Korea "
        "Institute of Energy Research, will chair the panel.",
        "Min-jae Park",
    ),
    (
        "HANOI, 5 June 2025 - Korea's Minister of Science and ICT Park Do-hyun toured a chip plant with "
        "Vietnamese officials.",
        "Minister of Science and ICT Park Do-hyun",
    ),
]


@pytest.mark.parametrize(("text", "name"), PARKS)
def test_a_park_of_its_kind_is_an_organisation(extract: Extract, text: str, name: str) -> None:
    names = org_names(extract(text))
    assert name in names, sorted(names)


@pytest.mark.parametrize(("text", "name"), NOT_PARKS)
def test_a_park_of_no_kind_is_no_organisation(extract: Extract, text: str, name: str) -> None:
    names = org_names(extract(text))
    assert name not in names, sorted(names)
