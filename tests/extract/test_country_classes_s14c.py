"""Countries of people and organisations, cross-set round 14c. Classes, all sentences our own:

1. A known head of state or government (person_countries.yaml `leaders`) named with a leader's
   role and placed by nothing of their own represents their country: two leaders side by side at
   a summit, or a leader named in a sentence about another country, not the sentence's nearest
   country or none. A namesake in another role keeps what the text gives.
2. "University of <city>" whose city is on the running-text stoplist (a person's name, a common
   word: "Adelaide", "Reading") is in that city's country when the document is about it; its staff
   follow it."""

from __future__ import annotations

import pytest

from .records import Extract, orgs_by_name, person_named

LEADERS = [  # (text, name, country)
    (
        "Japan and Korea agreed to relaunch the committee. The decision was taken at the summit "
        "between President Lee Jae-myung and Prime Minister Shigeru Ishiba in Busan last autumn.",
        "Shigeru Ishiba",
        "JP",
    ),
    (
        "Japan and Korea agreed to relaunch the committee. The decision was taken at the summit "
        "between President Lee Jae-myung and Prime Minister Shigeru Ishiba in Busan last autumn.",
        "Jae-myung Lee",  # (the record writes a Korean name given name first)
        "KR",
    ),
    (
        "Italy and Japan have long worked together in polar science. In 2023, Prime Ministers "
        "Giorgia Meloni and Fumio Kishida raised relations to a strategic partnership.",
        "Giorgia Meloni",
        "IT",
    ),
    (
        "Tourism to Japan keeps growing. The target of 60 million visitors, which then prime "
        "minister Fumio Kishida called within reach, needs more regional airports.",
        "Fumio Kishida",
        "JP",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), LEADERS)
def test_known_leaders_take_their_country(extract: Extract, text: str, name: str, country: str) -> None:
    assert person_named(extract(text), name)["country"] == country


def test_a_leader_named_in_another_role_keeps_the_texts_country(extract: Extract) -> None:
    text = (
        "The Kenyan delegation met officials in Nairobi. Kenyan researcher Dr Mark Rutte, Director "
        "of the Nairobi Soil Institute, presented the results."
    )
    assert person_named(extract(text), "Mark Rutte")["country"] != "NL"


STOPLISTED_UNIVERSITIES = [  # (text, university, country, a member of staff)
    (
        "The University of Adelaide and the Indian Institute of Technology Madras signed a joint "
        "doctoral agreement in Chennai, India, on 4 May. The programme will be led by Associate "
        "Professor Claire Donovan (School of Physics, University of Adelaide) for Australia.",
        "University of Adelaide",
        "AU",
        "Claire Donovan",
    ),
    (
        "The University of Reading and Kyoto University will open a joint crop laboratory in Japan "
        "next year, funded by the United Kingdom and Japan. Professor Alan Pike, Pro-Vice-Chancellor "
        "of the University of Reading, signed the agreement in Kyoto.",
        "University of Reading",
        "GB",
        "Alan Pike",
    ),
]


@pytest.mark.parametrize(("text", "university", "country", "person"), STOPLISTED_UNIVERSITIES)
def test_university_of_a_stoplisted_city(
    extract: Extract, text: str, university: str, country: str, person: str
) -> None:
    record = extract(text)
    assert orgs_by_name(record)[university]["country"] == country
    assert person_named(record, person)["country"] == country
