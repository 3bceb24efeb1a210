"""Round 13b person classes: a capitalised title whose portfolio or body runs straight into a name
with no comma. The person is the last two or three capitalised words: a portfolio word ("Natural
Resources NAME") or a bracketed acronym ("Technology (MOST) NAME") ends the title, and so does the
state that ends a body's name ("Ministry of X of the Republic of Korea NAME", "Embassy of Peru in
Japan NAME"), even when the body's name was read on into the person's."""

from __future__ import annotations

import pytest

from bilat.extract import get_extractor


def _people(text: str) -> dict[str, str | None]:
    record = get_extractor().extract(text, name="case.txt").to_dict()
    return {p["name"]: p.get("role") for p in record["people"]}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a portfolio word ends the title, then a name of two words
        (
            "Indonesian Minister of Energy and Mineral Resources Budi Santoso signed for Jakarta.",
            "Budi Santoso",
            "Indonesian Minister of Energy and Mineral Resources",
        ),
        (
            "The talks were opened by Kenyan Cabinet Secretary for Mining and Natural Resources "
            "Grace Wanjiru Otieno on Tuesday.",
            "Grace Wanjiru Otieno",
            "Kenyan Cabinet Secretary for Mining and Natural Resources",
        ),
        (
            "Yesterday the Minister of Foreign Affairs Marta Lindqvist spoke first.",
            "Marta Lindqvist",
            "Minister of Foreign Affairs",
        ),
        # a bracketed acronym ends the portfolio
        (
            "Vietnam's Minister of Science and Technology (MOST) Tran Van Minh met the press.",
            "Tran Van Minh",
            "Vietnam's Minister of Science and Technology (MOST)",
        ),
        (
            "The note was signed by the Secretary of Higher Education (SES) Carla Mendes Rocha in Brasília.",
            "Carla Mendes Rocha",
            "Secretary of Higher Education (SES)",
        ),
        # a body named by its state, far from the title, then the name
        (
            "The Korean side was led by the Director General for International Cooperation of the "
            "Ministry of Trade and Energy of the Republic of Korea Kim Min-seo.",
            "Min-seo Kim",
            "Director General for International Cooperation of the Ministry of Trade and Energy of the "
            "Republic of Korea",
        ),
        (
            "The Deputy Director General for Research of the Ministry of Higher Education of the "
            "Republic of Chile Pablo Fuentes Rojas opened the meeting.",
            "Pablo Fuentes Rojas",
            "Deputy Director General for Research of the Ministry of Higher Education of the "
            "Republic of Chile",
        ),
        (
            "The delegation included the Counsellor of the Embassy of the Republic of Korea in the "
            "Republic of Kazakhstan Park Ji-hoon and two engineers.",
            "Ji-hoon Park",
            "Counsellor of the Embassy of the Republic of Korea in the Republic of Kazakhstan",
        ),
        (
            "The Second Secretary of the Embassy of Peru in Japan Ana Quispe and an interpreter "
            "were present.",
            "Ana Quispe",
            "Second Secretary of the Embassy of Peru in Japan",
        ),
    ],
)
def test_name_after_a_title_with_no_comma(text: str, name: str, role: str) -> None:
    people = _people(text)
    assert name in people, people
    assert people[name] == role


@pytest.mark.parametrize(
    "text",
    [
        "The Minister of Science and Technology (MOST) announced the call on Monday.",
        "The Secretary of Environment and Natural Resources Office issued a statement.",
        "The Minister of Energy and Water Resources said the plan was ready.",
        "The Ambassador of the Republic of Korea to Chile Embassy Office was closed.",
        "The Director of Research of the Ministry of Health of the Republic of Ghana Research Council spoke.",
        "The Ministry of Science and Technology (MOST) Research Council opened the call.",
        "The Secretary of Energy (DOE) National Laboratories will host the fellows.",
    ],
)
def test_no_person_in_a_portfolio(text: str) -> None:
    assert _people(text) == {}


def test_a_list_item_after_the_portfolio_keeps_its_own_role() -> None:
    people = _people(
        "The council was co-chaired by Dr. Lena Vogt, Director-General for Research and Innovation at "
        "the Federal Ministry of Education and Research (BMBF), and PARK Min-ho, Director General for "
        "Basic Research at the Korean Ministry of Science and ICT (MSIT)."
    )
    assert people["Min-ho Park"] == (
        "Director General for Basic Research at the Korean Ministry of Science and ICT (MSIT)"
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dr Amani Mwakyusa's thesis on coastal aquifers won the prize.", "Amani Mwakyusa"),
        ("The visit was part of Science Minister Joan Freeman’s tour of Asia.", "Joan Freeman"),
        ("Prof. Maria Lopez's group in Valencia received the grant.", "Maria Lopez"),
        ("Minister Kristjan Tamm's visit to Seoul ended on Friday.", "Kristjan Tamm"),
    ],
)
def test_possessive_keeps_the_surname(text: str, name: str) -> None:
    people = _people(text)
    assert name in people, people
    assert not any(other != name and name.startswith(other) for other in people)


@pytest.mark.parametrize(
    "text",
    [
        "The visit of Dr Lopez's team was short.",  # (a lone surname stays a surname: no new person)
        "The talks between Dr Ana Ruiz and Japan's minister went well.",
    ],
)
def test_possessive_takes_no_place(text: str) -> None:
    people = _people(text)
    assert not any(name.endswith(("'s", "’s", "Japan")) for name in people), people
