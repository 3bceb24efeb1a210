"""Three classes from a fifth blind set: a lower-case role head after a possessive or "the" before
"ROLE, NAME" ("Türkiye's ambassador in Asunción, Mehmet Emre Yıldırım"); a family name that is
also a country's name ("Cláudia Regina Montenegro"); and a world region after a title ("Senior
Grant Advisor Asia"), which is the post's area and no person. Texts of our own."""

from __future__ import annotations

import pytest

from .records import Extract, people_by_name

LOWER_ROLE_BEFORE = [
    ("Türkiye's ambassador in Asunción, Mehmet Emre Yıldırım, recalled that the embassy opened in 2022.",
     "Mehmet Emre Yıldırım", "ambassador in Asunción", "TR"),
    ("It was signed by the administrator of\nthe China National Space Administration (CNSA), Tang Zhiyuan.",
     "Tang Zhiyuan", "administrator of", "CN"),
    ("Kenya's envoy to Seoul, Grace Wanjiru Mwangi, attended the opening.",
     "Grace Wanjiru Mwangi", "envoy to Seoul", "KE"),
    ("The rector of the University of Tartu, Toomas Asser, welcomed the delegation.",
     "Toomas Asser", "rector of the University of Tartu", "EE"),
]


@pytest.mark.parametrize(("text", "name", "role", "country"), LOWER_ROLE_BEFORE)
def test_a_lower_case_role_before_the_name_is_read(
    extract: Extract, text: str, name: str, role: str, country: str
) -> None:
    person = people_by_name(extract(text)).get(name)
    assert person is not None
    assert role in person["role"]
    assert person["country"] == country


def test_a_lower_case_word_in_the_clause_is_no_role(extract: Extract) -> None:
    record = extract("The ambassador met students in the city, Ana Lucia Torres wrote yesterday.")
    assert all(p.get("role") is None or "ambassador" not in p["role"] for p in record["people"])


COUNTRY_SURNAMES = [
    ("The deal was signed by Brazil's Minister of Science, Technology and Innovation, "
     "Cláudia Regina Montenegro, and the Chinese envoy.", "Cláudia Regina Montenegro"),
    ("Maria Montenegro, Minister of Science, spoke at the opening.", "Maria Montenegro"),
    ("Daniel Chad, Director of the Space Agency, opened the meeting.", "Daniel Chad"),
]


@pytest.mark.parametrize(("text", "name"), COUNTRY_SURNAMES)
def test_a_family_name_that_names_a_country_stays_in_the_name(extract: Extract, text: str, name: str) -> None:
    assert name in people_by_name(extract(text))


def test_a_country_after_a_title_or_a_place_word_is_still_a_country(extract: Extract) -> None:
    record = extract("Delegates from Serbia and Montenegro met the Minister in Montenegro last week.")
    assert record["people"] == []


REGIONS = [
    ("Contact\nDr. Sanne de Vries, Senior Grant Advisor Asia, International Research Office\n",
     "Sanne de Vries"),
    ("Questions go to Maria Lopez, Regional Manager Latin America, British Council.", "Maria Lopez"),
    ("Head of Programmes Africa, Kofi Mensah, said the call is open.", "Kofi Mensah"),
]


@pytest.mark.parametrize(("text", "name"), REGIONS)
def test_a_region_after_a_title_is_no_person(extract: Extract, text: str, name: str) -> None:
    assert set(people_by_name(extract(text))) == {name}
