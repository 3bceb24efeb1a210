"""Session 16: a given name hyphenated in lower case ("Jae-won", "Ing-wen") marks a Korean,
Taiwanese or Hong Kong romanisation written family name first, whether or not the family name is
a listed one; the display name is turned to "Given Family". Western hyphenated given names
("Hans-Jürgen", "Anne-Marie") capitalise both halves and keep their order."""

from __future__ import annotations

import pytest

from bilat.extract.components.people import normalise_name

from .records import Extract, roles_by_name


@pytest.mark.parametrize(
    ("words", "display", "surname"),
    [
        (["Rhee", "Jae-won"], "Jae-won Rhee", "Rhee"),
        (["Ryoo", "Seung-ho"], "Seung-ho Ryoo", "Ryoo"),
        (["Tsai", "Ing-wen"], "Ing-wen Tsai", "Tsai"),
        (["Kim", "Min-ji"], "Min-ji Kim", "Kim"),
        (["Jae-won", "Rhee"], "Jae-won Rhee", "Rhee"),
        (["Hans-Jürgen", "Weber"], "Hans-Jürgen Weber", "Weber"),
        (["Anne-Marie", "Schmidt"], "Anne-Marie Schmidt", "Schmidt"),
        (["Marie", "Curie-Sklodowska"], "Marie Curie-Sklodowska", "Curie-Sklodowska"),
        (["J.", "Min-ho"], "J. Min-ho", "Min-ho"),
    ],
)
def test_family_first_by_the_shape_of_the_given_name(words: list[str], display: str, surname: str) -> None:
    assert normalise_name(words) == (display, surname)


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "SEOUL, 12 May 2025 - Vice Minister Rhee Jae-won of the Ministry of Science and ICT met "
            "the Swedish Research Council on Tuesday. Rhee said the visit was useful.",
            "Jae-won Rhee",
            "Vice Minister",
        ),
        (
            "SEOUL, 12 May 2025 - Ryoo Seung-ho, President of KAIST, welcomed the Swedish delegation.",
            "Seung-ho Ryoo",
            "President of KAIST",
        ),
    ],
)
def test_unlisted_family_names_before_a_hyphenated_given_name(
    extract: Extract, text: str, person: str, role: str
) -> None:
    found = roles_by_name(extract(text, published=None))
    assert person in found
    assert role in found[person]


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "SEOUL, 12 May 2025 - The chairman of Hyundai Motor Group Chung Eui-sun attended the "
            "signing with the Swedish Energy Agency.",
            "Eui-sun Chung",
            "Hyundai Motor Group",
        ),
        (
            "TAIPEI, 3 June 2025 - The president of National Taiwan University Chen Wen-chang "
            "signed the agreement with Lund University.",
            "Wen-chang Chen",
            "National Taiwan University",
        ),
    ],
)
def test_a_body_name_stops_before_a_family_first_name(
    extract: Extract, text: str, person: str, body: str
) -> None:
    record = extract(text, published=None)
    assert person in roles_by_name(record)
    names = {o["name"] for o in record["organizations"]}
    assert body in names
    assert not [n for n in names if person.split()[1] in n]
