"""Round 15e people probes: sentences written the way press releases name people, each a class of
error the probes showed.

- "ROLE A, and NAME B, ROLE B": a name of three words after ", and" is the next item of a list of
  people, no portfolio that the first role reads on into ("President of KAIST, and Jon");
- "[Body] CEO/Minister of X Family Given-name": a family name before a hyphenated given name starts
  the name, so the word before it stays with the body ("Samsung Electronics", not "Electronics Han");
- "University of Iceland Rector NAME": a body's name "HEAD of X" before a title is the role's whole
  qualifier, not its last word ("Iceland Rector");
- "NAME said exports to Korea had doubled": a place that goods go to is a destination, no country of
  the person's.
"""

from __future__ import annotations

import pytest

from .records import Extract, people_by_name

HEAD = "Seoul, 12 March 2025 - Korea and Iceland signed a research cooperation agreement.\n\n"


@pytest.mark.parametrize(
    ("text", "person", "role", "country"),
    [
        (
            "Professor Kim Do-hyun, President of KAIST, and Jon Atli Benediktsson, Rector of the "
            "University of Iceland, signed the memorandum.",
            "Jon Atli Benediktsson",
            "Rector of the University of Iceland",
            "IS",
        ),
        (
            "Dr. Park Min-ho, President of KIOST, and Helgi Thor Ingason, Director of the Icelandic "
            "Meteorological Office, opened the station.",
            "Helgi Thor Ingason",
            "Director of the Icelandic Meteorological Office",
            "IS",
        ),
    ],
)
def test_three_word_name_after_comma_and(
    extract: Extract, text: str, person: str, role: str, country: str
) -> None:
    people = people_by_name(extract(HEAD + text, published=None))
    assert person in people
    assert people[person]["role"] == role
    assert people[person]["country"] == country


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "The agreement was signed by the CEO of Samsung Electronics Han Jong-hee and the minister.",
            "Jong-hee Han",
            "CEO of Samsung Electronics",
        ),
        (
            "The deal was announced by the President of Hanwha Aerospace Son Jae-il in Reykjavik.",
            "Jae-il Son",
            "President of Hanwha Aerospace",
        ),
    ],
)
def test_family_name_before_hyphenated_given_name_starts_the_name(
    extract: Extract, text: str, person: str, role: str
) -> None:
    people = people_by_name(extract(HEAD + text, published=None))
    assert person in people
    assert people[person]["role"].lower() == role.lower()


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "University of Iceland Rector Sigurdur Olafsson welcomed the guests.",
            "Sigurdur Olafsson",
            "University of Iceland Rector",
        ),
        (
            "The guests were welcomed by Korea Institute of Science and Technology President Oh Sang-rok.",
            "Sang-rok Oh",
            "Korea Institute of Science and Technology President",
        ),
        (
            "UK Science Minister Patrick Vallance met Korean officials in Reykjavik.",
            "Patrick Vallance",
            "UK Science Minister",
        ),
    ],
)
def test_body_name_before_a_title_is_the_whole_qualifier(
    extract: Extract, text: str, person: str, role: str
) -> None:
    people = people_by_name(extract(HEAD + text, published=None))
    assert person in people
    assert people[person]["role"] == role


@pytest.mark.parametrize(
    "text",
    [
        "Helgi Magnusson, the company's chief executive, said exports to Korea had doubled.",
        "Helgi Magnusson, chief executive of the firm, said shipments to Korea would start in June.",
    ],
)
def test_a_place_goods_go_to_is_no_country_of_the_speaker(extract: Extract, text: str) -> None:
    people = people_by_name(extract(HEAD + text, published=None))
    assert people["Helgi Magnusson"]["country"] != "KR"
