"""People named after a title and its portfolio: "Sweden's Minister for Education Anna Berg".

The name is the run of two or three name words that ends the capitalised words after the
portfolio; the portfolio ends at an honorific or at another title, so neither is read into it.
Texts of our own."""

from __future__ import annotations

import pytest

from .records import Extract

# (text, expected people as (name, role, country))
CASES = [
    (
        "Sweden's Minister for Education Anna Berg visited Tokyo on 3 May 2025.",
        [("Anna Berg", "Sweden's Minister for Education", "SE")],
    ),
    (
        "Portugal's Minister of Science, Technology and Higher Education Maria Luisa Costa opened "
        "the forum with Japan.",
        [("Maria Luisa Costa", "Portugal's Minister of Science, Technology and Higher Education", "PT")],
    ),
    # a portfolio of two capitalised words ends before a name of two
    (
        "Germany and Chile signed the memorandum on 3 May 2026. Minister for Higher Education "
        "Anna Schmidt welcomed it.",
        [("Anna Schmidt", "Minister for Higher Education", None)],
    ),
    # two ministers in one line: each keeps her own title
    (
        "Chile's Minister of Science and Innovation Ana Soto and Peru's Minister of Education "
        "Luis Vera signed the letter.",
        [
            ("Ana Soto", "Chile's Minister of Science and Innovation", "CL"),
            ("Luis Vera", "Peru's Minister of Education", "PE"),
        ],
    ),
    # an honorific after the portfolio belongs to the name, not to the role
    (
        "The talks were opened by Chile's Minister of Energy, Ms. Ana Soto, in Lima.",
        [("Ana Soto", "Chile's Minister of Energy", "CL")],
    ),
    # an organisation after "and" starts the next person's role: it places only that person
    (
        "Italy and Korea renewed their agreement. The Minister of University and Research Elena "
        "Conti and KAIST President Kim Minho met in Daejeon on 3 May 2025.",
        [
            ("Elena Conti", "Minister of University and Research", "IT"),  # (the other side: s14b)
            ("Kim Minho", "KAIST President", "KR"),
        ],
    ),
    # capitalised words after a portfolio that end in no name: nobody
    ("The Minister for Science and Technology Cooperation Office Tokyo opened in 2020.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_name_after_a_title_and_its_portfolio(
    extract: Extract, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    people = extract(text)["people"]
    assert [(p["name"], p["role"], p["country"]) for p in people] == expected
