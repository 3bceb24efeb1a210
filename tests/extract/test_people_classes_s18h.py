"""People classes of session 18, round 2 (helper h). Texts of our own.

1. A lower-case office set off before the name by a comma, with the undertaking it serves after
   it in a few lower-case words ("The German coordinator of the project, PD Dr. NAME", "the
   leader of the survey team, NAME") or a nationality before it ("The Kenyan coordinator"): the
   office and its undertaking are the person's role, not the honorific (people
   `_ENDEAVOUR_TAIL`, the owner of `_lower_role_head`); a body named by a common noun stays out
   of it ("the president of the company, NAME" -> "president").
2. Offices of towns and provinces ("mayor of X", "governor of Y province") are role heads in lower
   case, before or after the name (roles.yaml `lower_case_titles`).
3. A name of three or four words set off after a title ("The President of the AEB, NAME,") stays
   whole when ", and" and another person's name follow it: two people, not a portfolio that goes
   on (people `_two_names`); a list of portfolios ("Culture, Sports, and Tourism") still goes on.
4. A lower-case role after the name and a comma that a body's acronym or a nationality owns without
   a possessive ("NAME, CNRS research director and French co-director of X,", "NAME, KEMRI
   entomologist,"): the role, from the owner on (people `_owner_word`); a clause with a speech
   verb is none ("NAME, French researchers said, ...").
"""

from __future__ import annotations

import pytest

from .records import Extract, roles_by_name

ROLE_BEFORE = [  # (text, {name: role})
    pytest.param(
        "Kenya and Japan launched a sorghum project. The Kenyan coordinator of the project, "
        "Dr. Wanjiku Mwangi, presented the work plan.",
        {"Wanjiku Mwangi": "Kenyan coordinator of the project"},
        id="nationality, office and undertaking, then an honorific",
    ),
    pytest.param(
        "Norway and Chile sent a ship south. The leader of the survey team, Prof. Ingrid Solberg, "
        "described the route.",
        {"Ingrid Solberg": "leader of the survey team"},
        id="an undertaking of two words",
    ),
    pytest.param(
        "Mexico and Spain met in Madrid. The head of the Mexican delegation, Rocío Herrera, thanked "
        "the hosts.",
        {"Rocío Herrera": "head of the Mexican delegation"},
        id="a nationality inside the undertaking",
    ),
    pytest.param(
        "Mexico and Spain met in Madrid. The president of the company, Rocío Herrera, thanked the hosts.",
        {"Rocío Herrera": "president"},
        id="a body in lower case stays out",
    ),
    pytest.param(
        "Chile and China opened a port. The mayor of Valparaíso, Camila Fuentes, welcomed the ship.",
        {"Camila Fuentes": "mayor of Valparaíso"},
        id="a mayor before the name",
    ),
    pytest.param(
        "Chile and China opened a port. Zhang Hui, governor of Yunnan province, welcomed the delegation.",
        {"Zhang Hui": "governor of Yunnan province"},
        id="a governor after the name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_BEFORE)
def test_an_office_set_off_before_or_after_the_name(
    extract: Extract, text: str, expected: dict[str, str]
) -> None:
    roles = roles_by_name(extract(text, published="2025-10-16"))
    for name, role in expected.items():
        assert roles.get(name) == role, name


TWO_NAMES = [  # (text, {name: role})
    pytest.param(
        "Brazil and Angola met. The Rector of the university, Ana Beatriz Moura Lima, and Pedro "
        "Santos Costa, the dean, signed the letter.",
        {"Ana Beatriz Moura Lima": "Rector", "Pedro Santos Costa": "dean"},
        id="four words, then a name of three",
    ),
    pytest.param(
        "Chile and Spain met. The Director of CONICYT, Ana María Rojas Vidal, and Luis Gómez, the "
        "consul, opened the day.",
        {"Ana María Rojas Vidal": "Director of CONICYT"},
        id="four words, then a name of two",
    ),
    pytest.param(
        "Portugal and Brazil met. The Minister of Culture, Sports, and Tourism, Maria Lopes, spoke.",
        {"Maria Lopes": "Minister of Culture, Sports, and Tourism"},
        id="a list of portfolios goes on",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TWO_NAMES)
def test_a_long_name_before_and_another_name(extract: Extract, text: str, expected: dict[str, str]) -> None:
    roles = roles_by_name(extract(text, published="2025-10-16"))
    for name, role in expected.items():
        assert roles.get(name) == role, name


OWNER_WORD = [  # (text, {name: role})
    pytest.param(
        "Brazil and France renewed their lab. Dr Lucie Garnier, CNRS research director and French "
        "co-director of the lab, will lead it with Dr Paulo Reis.",
        {"Lucie Garnier": "CNRS research director and French co-director of the lab"},
        id="an acronym, then a nationality inside",
    ),
    pytest.param(
        "Kenya and Japan fight malaria together. Dr Otieno Kamau, KEMRI entomologist, led the field work.",
        {"Otieno Kamau": "KEMRI entomologist"},
        id="an acronym and a role noun",
    ),
    pytest.param(
        "Brazil and France renewed their lab. Dr Lucie Garnier, French co-director of the lab, spoke.",
        {"Lucie Garnier": "French co-director of the lab"},
        id="a nationality",
    ),
    pytest.param(
        "Brazil and France renewed their lab. Dr Lucie Garnier, French researchers said, would lead it.",
        {"Lucie Garnier": None},
        id="a speech verb: no role",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWNER_WORD)
def test_a_role_owned_by_an_acronym_or_nationality(
    extract: Extract, text: str, expected: dict[str, str | None]
) -> None:
    roles = roles_by_name(extract(text, published="2025-10-16"))
    for name, role in expected.items():
        assert roles.get(name, "missing") == role, name
