"""Session 16 grammar probes (round d) on people: sentences written for the probe, in the ways
press releases and minutes name people, checked for names cut short and roles glued together.

- "ROLE A, and FAMILY Given, ROLE B": a name written family first in capitals after ", and" opens
  the next item of the list; it does not end the portfolio of the title before it (the role was
  read as "President of CONCYTEC, and, Vice Minister ...", with the first person's country).
- "NAME visited BODY" (Peru: "Vice Minister Kim Jong-hoon visited CONCYTEC") placed the visitor in the
  host body's country; the visitor takes the other partner of the document.
- A name whose last word has two letters and ends the sentence ("Vice President Zhou Qi.") kept
  its period in the token, as an abbreviation would, and lost that word ("Zhou"); suffixes and
  short abbreviations ("Jr.") still end no name."""

from __future__ import annotations

import pytest

from .records import Extract, people_by_name


@pytest.mark.parametrize(
    ("text", "person", "role", "country"),
    [
        (
            "LIMA, 9 May 2024 - Peru and Korea signed an MoU on research. The MoU was signed by "
            "Benjamín Marticorena, President of CONCYTEC, and KIM Jong-hoon, Vice Minister of "
            "Science and ICT of Korea.",
            "Jong-hoon Kim",
            "Vice Minister of Science and ICT of Korea",
            "KR",
        ),
        (
            "HANOI, 9 May 2024 - Viet Nam and Japan signed an MoU on research. The MoU was signed "
            "by Nguyen Van Hung, Rector of VNU, and SATO Kenji, President of JSPS.",
            "Kenji Sato",
            "President of JSPS",
            "JP",
        ),
        (
            "ACCRA, 9 May 2024 - Ghana and Japan signed an MoU on research. The MoU was signed by "
            "Kwame Mensah, Director of CSIR-Ghana, and TANAKA Hiroshi, President of JSPS.",
            "Hiroshi Tanaka",
            "President of JSPS",
            "JP",
        ),
        (
            "LIMA, 9 May 2024 - Peru and Korea signed an MoU on research. The MoU was signed by "
            "Benjamín Marticorena, President of CONCYTEC, and Dr. KIM Jong-hoon, Vice Minister of "
            "Science and ICT of Korea.",
            "Jong-hoon Kim",
            "Vice Minister of Science and ICT of Korea",
            "KR",
        ),
    ],
)
def test_a_capitalised_family_name_after_comma_and_starts_a_new_item(
    extract: Extract, text: str, person: str, role: str, country: str
) -> None:
    people = people_by_name(extract(text, published=None))
    assert person in people
    assert people[person]["role"] == role
    assert people[person]["country"] == country


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "BEIJING, 3 March 2025 - China and Malaysia agreed on semiconductors. The delegation "
            "was led by Vice President Zhou Qi.",
            "Zhou Qi",
        ),
        (
            "BEIJING, 3 March 2025 - China and Malaysia agreed on semiconductors. The delegation "
            "was led by Vice President Li Na and Minister Wang Yi.",
            "Wang Yi",
        ),
        (
            "BEIJING, 3 March 2025 - China and Malaysia agreed on semiconductors. The speech was "
            "given by Professor Li Yi. The talks followed.",
            "Li Yi",
        ),
        (
            "MANILA, 2 May 2024 - The Philippines and Japan agreed on research. The MoU was signed "
            "by Secretary Renato Solidum Jr.",
            "Renato Solidum",
        ),
    ],
)
def test_a_two_letter_last_name_word_before_the_final_period(
    extract: Extract, text: str, person: str
) -> None:
    assert person in people_by_name(extract(text, published=None))


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        (
            "LIMA, 9 May 2024 - Peru and Korea signed an MoU on research. Vice Minister Kim Jong-hoon "
            "visited CONCYTEC on Tuesday.",
            "Jong-hoon Kim",
            "KR",
        ),
        (
            "NAIROBI, 9 May 2024 - Kenya and Japan agreed to expand research. State Minister Hanako "
            "Jimi visited the Kenya Agricultural and Livestock Research Organization (KALRO) on Tuesday.",
            "Hanako Jimi",
            "JP",
        ),
        (
            "DOHA, 9 May 2024 - Qatar and Korea agreed to expand research. Director Amal Al-Thani "
            "presented the plans of the Qatar Research, Development and Innovation Council.",
            "Amal Al-Thani",
            "QA",
        ),
    ],
)
def test_a_visitor_is_not_of_the_body_visited(extract: Extract, text: str, person: str, country: str) -> None:
    """ "NAME visited BODY": the body after a verb of visiting is the host's; the visitor takes the
    document's other partner (a body after any other verb still gives its country)."""
    people = people_by_name(extract(text, published=None))
    assert person in people
    assert people[person]["country"] == country
