"""Organisation names that a capitalised run joins to what stands next to them, and words of a
title or unit taken for a person's name. Sentences of our own.

- "ORG and (the) ADJECTIVE ..." where the list goes on to a body described by a country adjective;
- "ORG and ACRONYM" where the acronym is a known body's;
- "ORG and The Rt Hon NAME": a Westminster style opens a person after the list word;
- a date opening the sentence ("On Friday the Embassy ...");
- emphasis markup closing a person's name before an organisation ("**Dr X** of the Institute");
- a body of the United Nations has no country;
- fields and title words after a comma or a line break are no person ("Director, Life Sciences").
"""

from __future__ import annotations

import pytest

from .records import Extract, org_names, orgs_by_name, person_names

# "ORG and (the) ADJECTIVE ...": the list goes on to a body described by a country adjective.
_LIST_TO_ADJECTIVE = [
    (
        "On Monday the ministry, together with Lund University and the Finnish\n"
        "grid operator Fingrid, ran a seminar.",
        "Lund University",
        "Lund University and the Finnish",
    ),
    (
        "The workshop brought Seoul National University and Brazilian\nresearchers together in July.",
        "Seoul National University",
        "Seoul National University and Brazilian",
    ),
    (
        "Delegates from the University of Ghana & Dutch\ncompanies met in Accra.",
        "University of Ghana",
        "University of Ghana & Dutch",
    ),
]
# "ORG and ACRONYM": the acronym is a known body's.
_NAME_AND_KNOWN_ACRONYM = [
    (
        "Ocean research: Norway's Polar Institute and JAMSTEC have shared ship time for years.",
        "Polar Institute",
        "Polar Institute and JAMSTEC",
    ),
    (
        "The Weizmann Institute and CNRS signed a letter of intent in Paris.",
        "Weizmann Institute",
        "Weizmann Institute and CNRS",
    ),
    (
        "Chile's Astronomy Foundation and NASA announced a joint survey.",
        "Astronomy Foundation",
        "Astronomy Foundation and NASA",
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), _LIST_TO_ADJECTIVE + _NAME_AND_KNOWN_ACRONYM)
def test_name_ends_before_the_next_list_item(extract: Extract, text: str, wanted: str, unwanted: str) -> None:
    names = org_names(extract(text))
    assert wanted in names
    assert unwanted not in names


def test_field_letters_after_and_stay_in_the_name(extract: Extract) -> None:
    """ "Science and ICT" names a ministry's portfolio: the letters are no body of their own."""
    names = org_names(extract("Korea's Ministry of Science and ICT funds the programme."))
    assert "Ministry of Science and ICT" in names


@pytest.mark.parametrize(
    "text",
    [
        "From: Department for Energy Security and The Rt Hon Anna Field MP\nPublished 3 May 2025",
        "Issued by the Cabinet Office and the Rt Hon Tom Hale MP on 2 June 2025.",
        "From: Department for Transport and The Right Honourable Sarah Moss MP",
    ],
)
def test_list_going_on_to_a_westminster_style(extract: Extract, text: str) -> None:
    names = org_names(extract(text))
    assert not any("Hon" in n or "Right" in n for n in names), names


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("On Friday the Embassy hosted a start-up evening in Osaka.", "Embassy"),
        ("Since March the Research Council has funded four teams.", "Research Council"),
        ("On Thursday the National Science Foundation opened the call.", "National Science Foundation"),
    ],
)
def test_date_opening_the_sentence(extract: Extract, text: str, wanted: str) -> None:
    names = org_names(extract(text))
    assert not any(n.startswith(("On ", "Since ")) for n in names), names
    if wanted != "Embassy":
        assert wanted in names


@pytest.mark.parametrize(
    ("text", "unwanted_part"),
    [
        ("The lab is led by **Prof. Ana Ruiz** of the Institute of Materials Science in Valencia.", "Ruiz"),
        ("Its co-lead is **Dr Kofi Mensah** at the Noguchi Memorial Institute.", "Mensah"),
        ("The team includes __Jan Berg__ of Uppsala's Department of Chemistry.", "Berg"),
    ],
)
def test_markup_closes_a_person_before_an_organisation(
    extract: Extract, text: str, unwanted_part: str
) -> None:
    names = org_names(extract(text))
    assert names
    assert not any(unwanted_part in n or "*" in n or "_" in n for n in names), names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Mexico will launch its satellite with the United Nations Office for Outer Space "
            "Affairs next year.",
            "United Nations Office for Outer Space Affairs",
        ),
        (
            "Kenya and the United Nations Environment Programme opened a centre in Nairobi.",
            "United Nations Environment Programme",
        ),
        (
            "Brazil's space agency and the UN Office for Disaster Risk Reduction met in Geneva.",
            "UN Office for Disaster Risk Reduction",
        ),
    ],
)
def test_united_nations_body_has_no_country(extract: Extract, text: str, name: str) -> None:
    orgs = orgs_by_name(extract(text))
    if name in orgs:
        assert orgs[name]["country"] is None


@pytest.mark.parametrize(
    ("text", "person", "not_people"),
    [
        (
            "Contact: Dr. Lena Vogt, Programme Director, Life Sciences\nPhone +49 30 1234 5678",
            "Lena Vogt",
            {"Life Sciences"},
        ),
        (
            "Questions: Mr. Tomas Berg, Programme Officer, Engineering\nEmail tomas.berg@example.org",
            "Tomas Berg",
            {"Engineering"},
        ),
        (
            "The agency was led by its Director\nGeneral, Dr. Rosa Campos, during the visit.",
            "Rosa Campos",
            {"General"},
        ),
        (
            "Paul Moreau, Counsellor for Science and Cultural Action at the embassy, opened the day.",
            "Paul Moreau",
            {"Cultural Action"},
        ),
    ],
)
def test_title_and_field_words_are_no_person(
    extract: Extract, text: str, person: str, not_people: set[str]
) -> None:
    names = set(person_names(extract(text)))
    assert person in names
    assert not names & not_people
