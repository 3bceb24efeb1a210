"""Mechanisms found by scoring fresh documents blind: translated names with a native name and an
acronym, time zones defined like acronyms, project roles, names after a portfolio and a comma,
a minister placed by the ministry of the same name, a bare "the Embassy", and a place left
over when a known name is cut off a phrase. Texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

from .records import Extract


def _names(org: dict[str, Any]) -> set[str]:
    """An organisation's name and aliases, case-folded (spellings differ only in case)."""
    return {n.casefold() for n in [org["name"], *org.get("aliases", [])]}


def _org(record: dict[str, Any], name: str) -> dict[str, Any] | None:
    """The organisation that bears `name` as its name or an alias."""
    return next((org for org in record["organizations"] if name.casefold() in _names(org)), None)


# "English Name (Native Name, ACR)": one organisation with three names
TRANSLATED = [
    (
        "Chile's National Agency for Research and Development (Agencia Nacional de Investigación y "
        "Desarrollo, ANID) funds the projects.",
        "National Agency for Research and Development",
        "Agencia Nacional de Investigación y Desarrollo",
        "ANID",
        "CL",
    ),
    (
        "The Italian Space Agency (Agenzia Spaziale Italiana, ASI) and NASA met in Rome.",
        "Italian Space Agency",
        "Agenzia Spaziale Italiana",
        "ASI",
        "IT",
    ),
    (
        "Researchers from the Free University of Brussels (Université libre de Bruxelles, ULB) took part.",
        "Free University of Brussels",
        "Université libre de Bruxelles",
        "ULB",
        "BE",
    ),
]


@pytest.mark.parametrize(("text", "english", "native", "acronym", "country"), TRANSLATED)
def test_translated_name_native_name_and_acronym_are_one_organisation(
    extract: Extract, text: str, english: str, native: str, acronym: str, country: str
) -> None:
    record = extract(text)
    org = _org(record, english) or _org(record, native)
    assert org is not None
    wanted = {english.casefold(), native.casefold(), acronym.casefold()}
    assert wanted <= _names(org)
    assert org["country"] == country
    assert len([o for o in record["organizations"] if wanted & _names(o)]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Proposals are due on 9 March 2027 at 18:00 Brasília time (BRT).",
        "Submit by 2 June 2027, 12:00 noon Madrid time (CET), through the portal.",
        "The session starts at 10:00 East Africa Time (EAT) on 4 May 2027.",
    ],
)
def test_a_time_zone_defined_with_its_abbreviation_is_no_organisation(extract: Extract, text: str) -> None:
    record = extract(text)
    names = [name for org in record["organizations"] for name in [org["name"], *org.get("aliases", [])]]
    assert not [n for n in names if n.lower().endswith("time") or n in {"BRT", "CET", "EAT"}]


def test_a_brasilia_time_deadline_gets_its_offset(extract: Extract) -> None:
    record = extract(
        "The São Paulo Research Foundation (FAPESP) call closes on 9 March 2027, 17:00 Brasília time (BRT)."
    )
    assert [c["deadline"] for c in record["calls"]] == ["2027-03-09T17:00-03:00"]


# (text, name, role words that must be in the role, country); no role title becomes a person
PEOPLE = [
    (
        "Dr Amina Yusuf, Principal Investigator at the University of Lagos, said the data were ready.",
        "Amina Yusuf",
        "Principal Investigator",
        "NG",
    ),
    (
        "Thailand's Minister of Higher Education, Science, Research and Innovation, Somchai Wongsa, "
        "opened the meeting.",
        "Somchai Wongsa",
        "Minister of Higher Education, Science, Research and Innovation",
        "TH",
    ),
    (
        "Cambodia's Minister of Industry, Science, Technology and Innovation, Hem Vanna Dara, arrived "
        "in Tokyo on 4 May.",
        "Hem Vanna Dara",
        "Minister of Industry, Science, Technology and Innovation",
        "KH",
    ),
]


@pytest.mark.parametrize(("text", "name", "role", "country"), PEOPLE)
def test_people_with_project_roles_and_names_after_a_portfolio_and_comma(
    extract: Extract, text: str, name: str, role: str, country: str
) -> None:
    people = extract(text)["people"]
    assert [p["name"] for p in people] == [name]
    assert role in people[0]["role"]
    assert not people[0]["role"].endswith(",")
    assert people[0]["country"] == country


def test_a_comma_inside_the_portfolio_is_not_read_as_a_name(extract: Extract) -> None:
    people = extract("The Minister of Education, Culture and Sports, Ana Ruiz, and her team arrived.")[
        "people"
    ]
    assert [p["name"] for p in people] == ["Ana Ruiz"]


def test_a_minister_is_placed_by_the_ministry_that_bears_the_portfolio(extract: Extract) -> None:
    record = extract(
        "Chile's Ministry of Science, Technology, Knowledge and Innovation hosted the talks. On the "
        "same day Minister of Science, Technology, Knowledge and Innovation Ana Soto met Peru's envoy."
    )
    people = {p["name"]: p for p in record["people"]}
    assert people["Ana Soto"]["country"] == "CL"


def test_the_bare_embassy_is_the_documents_embassy(extract: Extract) -> None:
    record = extract(
        "News from the Embassy of Chile in Japan.\n"
        "The reception was opened by Counsellor Rosa Vidal, head of the Embassy's science section."
    )
    people = {p["name"]: p for p in record["people"]}
    assert people["Rosa Vidal"]["country"] == "CL"
    embassy = _org(record, "Embassy of Chile in Japan")
    assert embassy is not None and len(embassy["evidence"]) >= 2


def test_a_place_left_after_cutting_a_known_name_is_no_organisation(extract: Extract) -> None:
    record = extract(
        "The Kenya Marine and Fisheries Research Institute (KMFRI) in Mombasa and the GEOMAR "
        "Helmholtz Centre for Ocean Research Kiel join as partners."
    )
    names = {o["name"] for o in record["organizations"]}
    assert "Mombasa" not in names
    assert "GEOMAR Helmholtz Centre for Ocean Research Kiel" in names


def test_a_translation_wrapped_onto_the_line_before_its_parenthesis(extract: Extract) -> None:
    record = extract(
        "On 2 May 2027, Argentina's National Scientific and Technical Research Council\n"
        "(Consejo Nacional de Investigaciones Científicas y Técnicas, CONICET) signed the letter."
    )
    org = _org(record, "CONICET")
    assert org is not None
    assert "national scientific and technical research council" in _names(org)
    assert len([o for o in record["organizations"] if "conicet" in _names(o)]) == 1


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Both sides praised the Korea–Viet Nam Institute of Science and Technology (VKIST) in Hanoi.",
            "Korea–Viet Nam Institute of Science and Technology",
            "VN",
        ),
        ("Talks took place at the Japan–Mexico Institute of Technology in Mexico City.", None, "MX"),
    ],
)
def test_a_bilateral_body_belongs_to_the_country_of_its_seat(
    extract: Extract, text: str, name: str | None, country: str
) -> None:
    orgs = extract(text)["organizations"]
    found = [o for o in orgs if name is None or o["name"] == name]
    assert [o["country"] for o in found] == [country]


# (text, expected people as (name, role, country))
MORE_PEOPLE = [
    # an acronym ends the portfolio; the Given Family name after it is the name
    (
        "Korean Vice Minister of Science and ICT Lee Chang-yoon met the delegation in Seoul.",
        [("Chang-yoon Lee", "Korean Vice Minister of Science and ICT", "KR")],
    ),
    # the clause after the role (", in Hanoi") is not part of it
    (
        "Dr. Nguyen Thi Mai, Director of the Vietnam Academy of Science and Technology (VAST), in Hanoi.",
        [("Nguyen Thi Mai", "Director of the Vietnam Academy of Science and Technology (VAST)", "VN")],
    ),
    # a city in the role places the person
    (
        "The talk was given by Prof. Dr. Hans Weber, Rector of TU Dresden.",
        [("Hans Weber", "Rector of TU Dresden", "DE")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MORE_PEOPLE)
def test_roles_end_and_place_people(
    extract: Extract, text: str, expected: list[tuple[str, str, str]]
) -> None:
    people = extract(text)["people"]
    assert [(p["name"], p["role"], p["country"]) for p in people] == expected


def test_a_native_name_with_commas_is_no_second_organisation(extract: Extract) -> None:
    record = extract(
        "Germany's Federal Ministry of Research, Technology and Space (Bundesministerium für "
        "Forschung, Technologie und Raumfahrt, BMFTR) funds the call."
    )
    assert len(record["organizations"]) == 1
    assert "bmftr" in _names(record["organizations"][0])


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "South Africa's Department of Science, Technology and Innovation (DSTI) met Egypt's envoy.",
            "Department of Science, Technology and Innovation",
            "ZA",
        ),
        (
            "New Zealand's Ministry of Pacific Research and Ocean Affairs hosted the workshop.",
            "Ministry of Pacific Research and Ocean Affairs",
            "NZ",
        ),
    ],
)
def test_a_place_of_several_words_in_the_possessive_is_the_owner_not_the_name(
    extract: Extract, text: str, name: str, country: str
) -> None:
    orgs = extract(text)["organizations"]
    holding = [o for o in orgs if name.casefold() in _names(o)]
    assert len(holding) == 1 and holding[0]["country"] == country
    assert not [o for o in orgs if o["name"].startswith(("South Africa", "New Zealand"))]


def test_a_person_of_a_country_named_right_after_the_name(extract: Extract) -> None:
    people = extract("Nigeria's minister received Ambassador Annett Vogel of Germany in Abuja.")["people"]
    assert [(p["name"], p["country"]) for p in people] == [("Annett Vogel", "DE")]


# (text, expected people as (name, role)): lower-case roles after "NAME, ", apostrophe surnames
LOWER_ROLES = [
    (
        '"We are delighted," said Dr Li Na, head of international cooperation at the Chinese Academy '
        "of Sciences (CAS), on Monday.",
        [("Li Na", "head of international cooperation at the Chinese Academy of Sciences (CAS)")],
    ),
    (
        "Dr. Ana Beatriz Costa, coordinator of the project at the University of Porto, presented it.",
        [("Ana Beatriz Costa", "coordinator of the project at the University of Porto")],
    ),
    (
        "The keynote was given by Professor Aoife O'Brien in Galway.",
        [("Aoife O'Brien", "Professor")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LOWER_ROLES)
def test_lower_case_roles_and_apostrophe_surnames(
    extract: Extract, text: str, expected: list[tuple[str, str]]
) -> None:
    people = extract(text)["people"]
    assert [(p["name"], p["role"]) for p in people] == expected


def test_a_possessive_is_still_no_name_word(extract: Extract) -> None:
    people = extract("Japan's Minister Taro Sato met Korea's Minister Kim Min-jun in Seoul.")["people"]
    assert sorted(p["name"] for p in people) == ["Min-jun Kim", "Taro Sato"]


# (text, topics that must be found): fields named in other words than the spec's own cues
TOPICS = [
    (
        "The Philippines and Japan will work together on typhoon forecasting and coastal resilience.",
        {"disaster_resilience"},
    ),
    (
        "Chile and Sweden signed a roadmap on lithium extraction and sustainable mining.",
        {"critical_materials"},
    ),
    (
        "Ghana and the United Kingdom will expand joint research on malaria and genome sequencing.",
        {"health", "biotech"},
    ),
    (
        "Canada and Mexico will hold a joint workshop on wildfires and forest ecology.",
        {"disaster_resilience", "climate_environment"},
    ),
    ("Egypt and Italy opened a joint call on solar power and smart grids.", {"energy"}),
    ("Fiji and New Zealand agreed to study coral reefs and the blue economy together.", {"ocean_polar"}),
]


@pytest.mark.parametrize(("text", "topics"), TOPICS)
def test_fields_named_in_other_words_are_topics(extract: Extract, text: str, topics: set[str]) -> None:
    record = extract(text)
    assert topics <= {t["id"] for t in record["topics"]}
    assert len(record["partnerships"]) == 1


def test_west_african_honorifics_are_dropped_and_end_a_role(extract: Extract) -> None:
    people = extract(
        "Engr. Amaka Obi, Director-General of the space agency, and Alhaji Musa Bello spoke in Abuja."
    )["people"]
    assert sorted(p["name"] for p in people) == ["Amaka Obi", "Musa Bello"]
    assert not [p for p in people if p["role"] and "Alhaji" in p["role"]]
