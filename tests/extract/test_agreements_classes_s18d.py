"""Agreement classes of session 18, round 1 (helper d). Texts of our own.

1. A span of years that the date layer tags as two mentions ("for the 2026-2028 period" gives
   "2026" and "2028 period") names the years an instrument covers, its last year as much as its
   first: neither dates the instrument (agreements `_covered_years`).
2. A pair of countries that opens an instrument's title ("the Kenya-EU Economic Partnership
   Agreement") gives its parties, even when one of them is not among the document's partners
   (agreements `_title_pair`).
3. A statement or declaration titled after the occasion it closes with a colon or a dash between
   ("Joint Statement - Annual Leaders' Meeting", "Joint Declaration: State Visit of ...") is
   dated as that occasion, as with "of" or "on" (agreements `_OCCASION_AFTER`); a year in the
   title still tells a past occasion.
"""

from __future__ import annotations

import pytest

from .records import Extract

SPAN_END = [  # (published, text, the (type, parties, date) of every agreement)
    pytest.param(
        "2025-10-16",
        "Viet Nam and Korea signed a memorandum of understanding extending their joint research "
        "programme for the 2026-2028 period.",
        [("memorandum", ["KR", "VN"], "2025-10-16")],
        id="for the 2026-2028 period",
    ),
    pytest.param(
        "2025-10-16",
        "Chile and Spain signed a memorandum of understanding for 2027–2029 on student exchanges.",
        [("memorandum", ["CL", "ES"], "2025-10-16")],
        id="for 2027-2029 with an en dash",
    ),
    pytest.param(
        "2025-10-16",
        "On 14 October 2025 Ghana and Brazil signed an executive agreement for the 2026-2030 "
        "cycle of doctoral exchanges.",
        [("agreement", ["BR", "GH"], "2025-10-14")],
        id="a day stated besides the span",
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), SPAN_END)
def test_the_last_year_of_a_span_dates_no_instrument(
    extract: Extract, published: str, text: str, expected: list[tuple[str, list[str], str]]
) -> None:
    agreements = extract(text, published=published)["agreements"]
    assert [(a["type"], a["parties"], a["date"]) for a in agreements] == expected


TITLE_PAIR = [  # (text, the parties of the agreement titled `title`)
    pytest.param(
        "Finland and Kenya signed a memorandum on forest research in Nairobi on 3 June 2025. Kenya's "
        "flower exports rose under the Kenya-EU Economic Partnership Agreement, which entered into "
        "force in July 2024.",
        "Kenya-EU Economic Partnership Agreement",
        ["EU", "KE"],
        id="a trade agreement of another pair",
    ),
    pytest.param(
        "Finland's Luke and Kenya's KEFRI signed a memorandum on forest research in Nairobi on 3 June "
        "2025. Trade has grown since the Chile–Kenya Trade Accord was signed in 2019.",
        "Chile–Kenya Trade Accord",
        ["CL", "KE"],
        id="an en dash and an accord",
    ),
    pytest.param(
        "Norway and Brazil signed a memorandum on ocean research on 3 June 2025. They recalled the "
        "Brazil-Norway Agreement on Scientific Cooperation of 2011.",
        "Brazil-Norway Agreement on Scientific Cooperation",
        ["BR", "NO"],
        id="the partners' own pair",
    ),
]


@pytest.mark.parametrize(("text", "title", "parties"), TITLE_PAIR)
def test_a_pair_opening_a_title_gives_its_parties(
    extract: Extract, text: str, title: str, parties: list[str]
) -> None:
    agreements = extract(text, published="2025-10-16")["agreements"]
    found = [a["parties"] for a in agreements if a.get("title") == title]
    assert found == [parties]


OCCASION_TITLE = [  # (text, the (type, date) of every agreement), published 12 May 2026
    pytest.param(
        "Ministry of Foreign Affairs\nNews > Statements\n\nJoint Statement \u2013 Fourth Korea-Chile "
        "Joint Committee on Science and Technology\nPublished: 12 May 2026\n\nKorea and Chile held the "
        "fourth meeting of their joint committee in Santiago today.",
        [("joint_statement", "2026-05-12")],
        id="an en dash before the committee",
    ),
    pytest.param(
        "Press Office\n\nJoint Declaration: State Visit of the President of Ghana to Brazil\n\nThe "
        "presidents of Ghana and Brazil met in Brasilia today and agreed to deepen research ties.",
        [("declaration", "2026-05-12")],
        id="a colon before the state visit",
    ),
    pytest.param(
        "Press Office\n\nJoint Statement - 2019 Summit between Ghana and Brazil\n\nThe presidents of "
        "Ghana and Brazil recalled the 2019 Summit.",
        [("joint_statement", None)],
        id="a past occasion's year",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OCCASION_TITLE)
def test_a_statement_titled_after_its_occasion_past_a_dash(
    extract: Extract, text: str, expected: list[tuple[str, str | None]]
) -> None:
    agreements = extract(text, published="2026-05-12")["agreements"]
    assert [(a["type"], a["date"]) for a in agreements] == expected
