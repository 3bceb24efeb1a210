"""Round 17d people: a possessive owner before a role.

1. A hard wrap right after the owner's possessive does not cut the role after a name
   ("said NAME, UM6P's⏎vice-president for research").
2. A lower-case role head after a possessive may carry one or two lower-case qualifiers before a
   comma and the name ("KOICA's country director in Tashkent, NAME"): the whole is the role, and
   the owner's country the person's.
3. A name and "and" before a possessive owner are no part of the role that follows ("Yoon and
   Uzbekistan's Minister of X, NAME": the role starts at the owner).
"""

from __future__ import annotations

import pytest

from .records import Extract, person_named

CASES = [
    # 1. wrap after the possessive
    pytest.param(
        "Norway and Chile expand polar research\n\nOslo, 4 June 2025 — \"We need stable funding,\" said "
        "Ingrid Dahl, NTNU's\npro-rector for research, after the signing.\n",
        "Ingrid Dahl",
        "NTNU's pro-rector for research",
        id="wrap after NTNU's",
    ),
    pytest.param(
        "Morocco and France sign research deals\n\nRabat, 2 May 2025 — The university and CNRS signed "
        "an agreement. \"It is a turning point,\" said Karim Tazi, the university's\nhead of "
        "international relations.\n",
        "Karim Tazi",
        "university's head of international relations",
        id="wrap after university's",
    ),
    # 2. qualifiers between the possessive and the head
    pytest.param(
        "Korea and Uzbekistan sign AI pact\n\nTashkent, 3 May 2025 — Korea and Uzbekistan signed a "
        "memorandum on artificial intelligence. KOICA's country director in Tashkent, Choi Min-seo, "
        "said the training would start in March.\n",
        "Min-seo Choi",
        "KOICA's country director in Tashkent",
        id="country director in city",
    ),
    pytest.param(
        "Japan and Kenya renew research ties\n\nNairobi, 9 April 2025 — Japan and Kenya renewed their "
        "agreement on science. JICA's chief representative, Ryo Watanabe, opened the meeting.\n",
        "Ryo Watanabe",
        "JICA's chief representative",
        id="chief representative",
    ),
    pytest.param(
        "Germany and Ghana open a research centre\n\nAccra, 5 March 2025 — Germany and Ghana opened a "
        "joint research centre. DAAD's regional director for West Africa, Anna Becker, attended.\n",
        "Anna Becker",
        "DAAD's regional director for West Africa",
        id="regional director for region",
    ),
    pytest.param(
        "Korea and Ghana sign digital pact\n\nAccra, 6 May 2025 — Korea and Ghana signed a memorandum "
        "on digital skills. KOICA's deputy country director, Lee Soo-jin, presented the plan.\n",
        "Soo-jin Lee",
        "KOICA's deputy country director",
        id="two qualifiers",
    ),
    # 3. "NAME and" before the owner
    pytest.param(
        "Korea and Uzbekistan sign AI pact\n\nTashkent, 3 May 2025 — Korea and Uzbekistan agreed to "
        "work on artificial intelligence. Yoon and Uzbekistan's Minister of Digital Technologies, "
        "Jasur Karimov, signed a memorandum.\n",
        "Jasur Karimov",
        "Uzbekistan's Minister of Digital Technologies",
        id="NAME and owner's Minister",
    ),
    pytest.param(
        "Chile and Italy science week\n\nRome, 8 May 2025 — Chile and Italy signed a research "
        "agreement. Rossi and Chile's Minister of Science, Aisén Etcheverry, opened the week.\n",
        "Aisén Etcheverry",
        "Chile's Minister of Science",
        id="family name and owner's Minister",
    ),
]


@pytest.mark.parametrize(("text", "name", "role"), CASES)
def test_possessive_owner_roles(extract: Extract, text: str, name: str, role: str) -> None:
    person = person_named(extract(text), name)
    assert person["role"] == role


def test_owner_gives_country(extract: Extract) -> None:
    text = CASES[2].values[0]
    assert person_named(extract(text), "Min-seo Choi")["country"] == "KR"
