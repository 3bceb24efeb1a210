"""Organisation classes: a name whose "and" joins two fields of one name is not cut before a parent
body ("Institute of Physical and Analytical Chemistry of the Academy of ..."); a month or weekday
is never an organisation, nor the start of one ("On 4 May the Embassy ..."); a known university
named with a city of another country is its campus there ("X University in Tashkent"); a body
"under the Ministry" takes the country of the ministry named last before; and a title-less
honorific's rank gives way to the role written after the name."""

from __future__ import annotations

import pytest

from .records import Extract, org_names, orgs_by_name

INNER_AND = [
    # (text, whole name, a wrong fragment that must not appear)
    (
        "A laboratory opened at the Institute of Physical and Analytical Chemistry of the Academy of "
        "Sciences of Kazakhstan last week.",
        "Institute of Physical and Analytical Chemistry",
        "Institute of Physical",
    ),
    (
        "Samples go to the Centre for Marine and Coastal Studies of the University of Lagos in Nigeria.",
        "Centre for Marine and Coastal Studies",
        "Centre for Marine",
    ),
    (
        "Researchers of the Institute of Soil and Water Research of the Polish Academy of Sciences "
        "took part.",
        "Institute of Soil and Water Research",
        "Institute of Soil",
    ),
]


@pytest.mark.parametrize(("text", "whole", "fragment"), INNER_AND)
def test_an_inner_and_before_a_parent_keeps_the_name_whole(
    extract: Extract, text: str, whole: str, fragment: str
) -> None:
    names = org_names(extract(text))
    assert whole in names, names
    assert fragment not in names, names


def test_two_bodies_joined_by_and_still_split(extract: Extract) -> None:
    text = "The University of Ghana and the Institute of Tropical Medicine of the Free University signed."
    names = org_names(extract(text))
    assert "University of Ghana" in names, names


DATES = [
    "On 23 October, the Chilean delegation, led by the minister, visited the site.",
    "On 14 March, the agency opened its doors to students from Peru.",
    "By Friday, the Finnish company will deliver the first modules.",
    "On 21 August the Embassy hosted a roundtable on green hydrogen with Indian partners.",
    "On 3 June the Ministry of Energy of Ghana published the results.",
]


@pytest.mark.parametrize("text", DATES)
def test_a_date_word_is_no_organisation_nor_its_start(extract: Extract, text: str) -> None:
    names = org_names(extract(text, published="2025-09-01"))
    months = {"October", "March", "Friday", "August", "June"}
    assert not any(name.split()[0] in months for name in names), names


BRANCHES = [
    # (text, campus name, its country)
    (
        "Students of Inha University in Tashkent joined the Korean team in Uzbekistan.",
        "Inha University in Tashkent",
        "UZ",
    ),
    (
        "The Korean team met staff of Kyung Hee University in Hanoi last week.",
        "Kyung Hee University in Hanoi",
        "VN",
    ),
    (
        "Lecturers of Ajou University in Tashkent will teach the new course.",
        "Ajou University in Tashkent",
        "UZ",
    ),
]


@pytest.mark.parametrize(("text", "campus", "country"), BRANCHES)
def test_a_known_university_in_a_city_abroad_is_its_campus(
    extract: Extract, text: str, campus: str, country: str
) -> None:
    orgs = orgs_by_name(extract(text))
    assert campus in orgs, orgs
    assert orgs[campus]["country"] == country, orgs[campus]


def test_a_university_in_its_own_country_is_not_a_campus(extract: Extract) -> None:
    orgs = orgs_by_name(extract("Researchers from Kyoto University in Tokyo presented the results."))
    assert "Kyoto University in Tokyo" not in orgs, orgs
    assert "Kyoto University" in orgs, orgs


UNDER = [
    (
        "The Ministry of Digital Development of Kazakhstan set the goals. The Centre for Startup Support "
        "under the Ministry will run the call with the Korean Ministry of Science and ICT.",
        "Centre for Startup Support",
        "KZ",
    ),
    (
        "The Ministry of Innovation of Uzbekistan hosted the talks. An agreement was signed by the Agency "
        "for Technology Transfer under the Ministry and a Japanese firm.",
        "Agency for Technology Transfer",
        "UZ",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), UNDER)
def test_a_body_under_the_bare_ministry_takes_its_country(
    extract: Extract, text: str, name: str, country: str
) -> None:
    orgs = orgs_by_name(extract(text))
    assert orgs[name]["country"] == country, orgs


def test_no_ministry_named_before_leaves_the_body_unplaced(extract: Extract) -> None:
    orgs = orgs_by_name(extract("The Agency for Technology Transfer under the Ministry will run the call."))
    assert orgs["Agency for Technology Transfer"]["country"] is None, orgs
