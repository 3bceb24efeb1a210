"""Role and agreement classes of session 19, round 2 (helper h). Texts of our own.

1. A role read after a name ends at a personal honorific that opens the next name ("Dr. A, Dean of
   the Faculty of Science Prof. B"): that role is written before B and is B's, not A's (people
   `honorific_opens_name`).
2. A lower-case role noun in the plural after a name ("Dr. A, vice chancellors of the partner
   universities and ...") is the next item of a list of those present, not the name's role; the
   role written before the name stays its own (people `_plural_role_head`).
3. A role after the body a name is "of", "from" or "at" ("Prof. A of Heidelberg University, chair of
   the steering committee, said") is the name's role (people `_after_body`).
4. A text that has told its occasion as "today" reports no occasion of "yesterday": an instrument
   dated by the occasion takes the day of publication, not the day before ("our ties did not begin
   yesterday", "the data the agencies signed yesterday") (agreements `_reported_day`).
"""

from __future__ import annotations

import pytest

from .records import Extract, people_by_name

ROLE_BEFORE_NEXT = [  # (text, {name: role})
    pytest.param(
        "The opening was attended by Dr. Maria Costa, Director General of the Bureau of "
        "International Cooperation of CNR Dr. Luca Romano, and other guests.",
        {
            "Maria Costa": None,
            "Luca Romano": "Director General of the Bureau of International Cooperation of CNR",
        },
        id="a role before the next honorific",
    ),
    pytest.param(
        "The opening was attended by Executive Director HEC Dr. Farah Naz Qureshi, Director General "
        "of the Bureau of International Affairs of CAS Dr. Wang Jianguo, and other guests.",
        {
            "Farah Naz Qureshi": "Executive Director HEC",
            "Wang Jianguo": "Director General of the Bureau of International Affairs of CAS",
        },
        id="each with a role before",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_BEFORE_NEXT)
def test_a_role_before_the_next_honorific_is_its_own(
    extract: Extract, text: str, expected: dict[str, str | None]
) -> None:
    people = people_by_name(extract(text))
    assert {name: people[name].get("role") for name in expected} == expected


PLURAL_NEXT = [  # (text, name, role)
    pytest.param(
        "The ceremony was attended by Executive Director HEC Dr. Maria Costa, Director General of the "
        "Bureau of International Cooperation of CAS Dr. Liang Wenjie, vice chancellors of partner "
        "universities and senior officials.",
        "Liang Wenjie",
        "Director General of the Bureau of International Cooperation of CAS",
        id="vice chancellors after the name",
    ),
    pytest.param(
        "Among the guests were Rector Prof. Ivan Horak, directors of the national laboratories and "
        "students.",
        "Ivan Horak",
        "Rector",
        id="directors after the name",
    ),
    pytest.param(
        "Among the guests were Dr. Peter Okafor, deans of several faculties, and the press.",
        "Peter Okafor",
        None,
        id="deans and no role",
    ),
]


@pytest.mark.parametrize(("text", "name", "role"), PLURAL_NEXT)
def test_a_plural_role_noun_after_a_name_is_the_next_item(
    extract: Extract, text: str, name: str, role: str | None
) -> None:
    assert people_by_name(extract(text))[name].get("role") == role


ROLE_AFTER_BODY = [  # (text, name, role)
    pytest.param(
        "Prof. Lena Vogt of Heidelberg University, chair of the steering committee, opened the meeting.",
        "Lena Vogt",
        "chair of the steering committee",
        id="of a university, chair",
    ),
    pytest.param(
        "Dr. Ana Ruiz from the Spanish National Research Council (CSIC), a senior researcher in "
        "marine ecology, led the survey.",
        "Ana Ruiz",
        "senior researcher in marine ecology",
        id="from a council with its short form",
    ),
    pytest.param(
        "Prof. Kim Jae-won of KAIST, Vice President for Research, welcomed the delegation.",
        "Jae-won Kim",
        "Vice President for Research",
        id="a capitalised title",
    ),
    pytest.param(
        "Dr. Ola Berg of the University of Oslo, Norway, spoke first.",
        "Ola Berg",
        None,
        id="a country is no role",
    ),
]


@pytest.mark.parametrize(("text", "name", "role"), ROLE_AFTER_BODY)
def test_a_role_after_the_body_of_a_name(extract: Extract, text: str, name: str, role: str | None) -> None:
    assert people_by_name(extract(text))[name].get("role") == role


TODAY_THEN_YESTERDAY = [  # (published, text, the (type, date) of every agreement)
    pytest.param(
        "2025-06-05",
        "It is a pleasure to welcome you to Lisbon today for the third Portugal-Brazil Innovation "
        "Forum. Our friendship did not begin yesterday. Right after this session, the two agencies "
        "will sign the implementing arrangement for the joint fund.",
        [("implementing_arrangement", "2025-06-05")],
        id="a figurative yesterday in a speech",
    ),
    pytest.param(
        "2025-09-18",
        "The ministers of Chile and Peru met in Lima today and adopted a joint statement on ocean "
        "observation. They welcomed the data-sharing letter of intent that the two meteorological "
        "services signed yesterday.",
        [("joint_statement", "2025-09-18"), ("letter_of_intent", "2025-09-17")],
        id="another step signed yesterday",
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), TODAY_THEN_YESTERDAY)
def test_yesterday_after_today_dates_no_occasion(
    extract: Extract, published: str, text: str, expected: list[tuple[str, str]]
) -> None:
    agreements = extract(text, published=published)["agreements"]
    assert sorted((a["type"], a["date"]) for a in agreements) == expected
