"""Round 15d organisation probes: sentences written the way press releases name bodies, each a class
of error the probes showed.

- an office that opens a capitalised phrase ("Senior Vice President of X University NAME",
  "Executive Vice President of X", "Director of JAMSTEC's Y Center") is no part of the body's name,
  and the holder's name after the body is none either; an office that takes a portfolio
  ("Minister of Education and Children") still names no body;
- an office and "at"/"of" right before a body ("Dean of Engineering at X University NAME") end it
  before the holder's name;
- "the president of the institute, NAME,": a person, no company called NAME;
- a registry name that ends a longer name led by another state's word ("Icelandic Meteorological
  Office") is not the registry's body ("Met Office", GB).
"""

from __future__ import annotations

import pytest

from .records import Extract, orgs_by_name

HEAD = "Seoul, 12 March 2025 - Korea and Iceland signed a research cooperation agreement.\n\n"


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        (
            "Senior Vice President of Hallasan Coastal University Yoo Hong-lim welcomed the guests.",
            "Hallasan Coastal University",
            "Hong-lim Yoo",
        ),
        (
            "Executive Vice President of Hallasan Coastal University Yoo Hong-lim welcomed the guests.",
            "Hallasan Coastal University",
            "Hong-lim Yoo",
        ),
        (
            "President of Hallasan Coastal University Yoo Hong-lim welcomed the guests.",
            "Hallasan Coastal University",
            "Hong-lim Yoo",
        ),
        (
            "Yoo Hong-lim, Executive Vice President of Hallasan Coastal University, welcomed the guests.",
            "Hallasan Coastal University",
            "Hong-lim Yoo",
        ),
        (
            "Senior Vice President of Reykjavik University Anna Jonsdottir spoke at the opening.",
            "Reykjavik University",
            "Anna Jonsdottir",
        ),
        (
            "Director of Research at Hallasan Coastal University Yoo Hong-lim welcomed the guests.",
            "Hallasan Coastal University",
            "Hong-lim Yoo",
        ),
        (
            "Dean of Engineering at Reykjavik University Gudrun Saevarsdottir gave a talk.",
            "Reykjavik University",
            "Gudrun Saevarsdottir",
        ),
        (
            "Chairman of Korea Institute of Energy Research Kim Jong-nam opened the workshop.",
            "Korea Institute of Energy Research",
            "Jong-nam Kim",
        ),
    ],
)
def test_office_before_body_and_holder(extract: Extract, text: str, body: str, person: str) -> None:
    record = extract(HEAD + text, published=None)
    names = {o["name"] for o in record["organizations"]}
    assert body in names
    assert not any("President" in n or "Director" in n or "Dean" in n or "Chairman" in n for n in names)
    assert not any(part in n for n in names for part in person.split())
    assert person in {p["name"] for p in record["people"]}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The keynote is given by Dr Yuki Nakanishi, Director of KIOST's "
            "Global Ocean Observing Research Center.",
            "Global Ocean Observing Research Center",
        ),
        (
            "Dr Aline Uwase, Director of KOPRI's Centre for Polar Data, will coordinate.",
            "Centre for Polar Data",
        ),
    ],
)
def test_office_before_owned_body(extract: Extract, text: str, body: str) -> None:
    assert body in orgs_by_name(extract(HEAD + text, published=None))


@pytest.mark.parametrize(
    "text",
    [
        "Minister of Education and Children Asmundur Einar Dadason met the delegation.",
        "Head of Office KANG Min-seo said that Korea regards Iceland as a key partner.",
    ],
)
def test_office_without_a_body(extract: Extract, text: str) -> None:
    names = orgs_by_name(extract(HEAD + text, published=None))
    assert not any("Education" in n or "Office" in n or "Dadason" in n for n in names)


def test_body_word_not_cut_as_holder_name(extract: Extract) -> None:
    names = orgs_by_name(
        extract(
            HEAD + "Prof. Le Van Thanh, Dean of the College of Environment and Natural Resources "
            "at Can Tho University, spoke.",
            published=None,
        )
    )
    assert "College of Environment and Natural Resources" in names


@pytest.mark.parametrize(
    "text",
    [
        "The president of the institute, Han Min-jae, said the programme would grow.",
        "The director of the agency, Dr. Lee Soo-jin, said that the call is open.",
        "The chairman of the foundation, Bjorn Stefansson, said the grants would double.",
    ],
)
def test_holder_of_lower_case_body_is_no_company(extract: Extract, text: str) -> None:
    assert not orgs_by_name(extract(HEAD + text, published=None))


def test_company_apposition_still_read(extract: Extract) -> None:
    assert "Frigorifico Austral" in orgs_by_name(
        extract(
            HEAD + "A beef exporter, Frigorifico Austral, has signed a deal with KIST.",
            published=None,
        )
    )


@pytest.mark.parametrize(
    ("text", "body", "country"),
    [
        (
            "Participants included the Icelandic Meteorological Office (IMO) and Landsvirkjun.",
            "Icelandic Meteorological Office",
            "IS",
        ),
        (
            "The Korea Meteorological Administration and the Icelandic Meteorological Office "
            "signed a letter.",
            "Icelandic Meteorological Office",
            "IS",
        ),
    ],
)
def test_other_states_body_is_not_registry_namesake(
    extract: Extract, text: str, body: str, country: str
) -> None:
    orgs = {o["name"]: o["country"] for o in extract(HEAD + text, published=None)["organizations"]}
    assert orgs.get(body) == country
    assert "Met Office" not in orgs
