"""Agreement dates and titles by class of wording: a year in a relative clause before the instrument
dates another noun; a sentence hard-wrapped before its date runs on into it; a headline that
reports a signing gives no title; the page's own title and a sign-off line date a statement; an
instrument signed at the occasion a text opens with takes that day. Texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

from .records import Extract


def _agreements(extract: Extract, text: str, published: str | None = None) -> list[dict[str, Any]]:
    return extract(text, published=published)["agreements"]


RELATIVE_CLAUSE = [
    "In 2018, the Kenyan and Finnish weather services, whose roles were redefined in 2022, signed a "
    "memorandum of understanding on forecasting.",
    "In 2018, CSIR of South Africa and the Indian agency, which was renamed in 2021, concluded a "
    "memorandum of understanding on materials.",
    "In 2018, the Chilean institute and the Spanish council, who later merged their labs in 2023, "
    "signed a memorandum of understanding on astronomy between Chile and Spain.",
]


@pytest.mark.parametrize("text", RELATIVE_CLAUSE)
def test_a_year_in_a_relative_clause_before_the_instrument_is_not_its_date(
    extract: Extract, text: str
) -> None:
    dates = [a["date"] for a in _agreements(extract, text) if a["type"] == "memorandum"]
    assert dates == ["2018"]


def test_a_relative_clause_after_the_instrument_still_dates_it(extract: Extract) -> None:
    text = (
        "Peru and Japan recalled the memorandum of understanding, which was signed in 2016, on disaster risk."
    )
    assert [a["date"] for a in _agreements(extract, text)] == ["2016"]


WRAPPED = [
    (
        "Bulletin\n\nThe University of Lima and Kyoto University signed a memorandum of understanding "
        "in Kyoto on\n"
        "9 March 2026. It covers joint supervision.\n",
        "2026-03-09",
    ),
    (
        "Notes\n\n- The ministers recalled the memorandum of understanding on water research "
        "signed by Peru and Chile in\n"
        "  2011, whose renewal is due next year.\n",
        "2011",
    ),
    (
        "Notes\n\nGhana and Germany adopted a memorandum of understanding on solar research "
        "at a ceremony dated\n"
        "4 May 2025 in Accra.\n",
        "2025-05-04",
    ),
]


@pytest.mark.parametrize(("text", "date"), WRAPPED)
def test_a_sentence_wrapped_before_its_date_runs_on(extract: Extract, text: str, date: str) -> None:
    dates = [a["date"] for a in _agreements(extract, text, "2026-06-01") if a["type"] == "memorandum"]
    assert dates == [date]


HEADLINES = [
    "CAIRO UNIVERSITY AND KYUSHU UNIVERSITY SIGN AGREEMENT ON WATER RESEARCH",
    "Cairo University and Kyushu University Sign Agreement on Water Research",
    "EGYPT AND JAPAN INK MEMORANDUM ON DESALINATION",
]


@pytest.mark.parametrize("headline", HEADLINES)
def test_a_headline_reporting_a_signing_is_no_title(extract: Extract, headline: str) -> None:
    text = f"{headline}\n\nEgypt and Japan signed the memorandum of understanding in Cairo on 3 March 2026.\n"
    titles = [a.get("title") for a in _agreements(extract, text, "2026-03-04")]
    assert all(t is None or not t.upper().startswith(("CAIRO", "EGYPT")) for t in titles)


def test_a_title_without_a_verb_stays_a_title(extract: Extract) -> None:
    text = "Brazil and India signed the Agreement on Cooperation in Ocean Science on 2 April 2026.\n"
    titles = [a.get("title") for a in _agreements(extract, text, "2026-04-03")]
    assert "Agreement on Cooperation in Ocean Science" in titles


SIGN_OFF = [
    "Signed in Canberra, 4 June 2026.",
    "Done at Ottawa on 4 June 2026, in two originals.",
    "Adopted in Nairobi, 4 June 2026",
]


@pytest.mark.parametrize("line", SIGN_OFF)
def test_a_sign_off_line_dates_the_statement_it_closes(extract: Extract, line: str) -> None:
    text = (
        "Introduction\nThe ministers of Australia and Canada met to review their research ties.\n"
        "They agreed to meet again next year.\n"
        f"{line}\nAustralia-Canada ministers' joint statement on research\n"
    )
    dates = [a["date"] for a in _agreements(extract, text) if a["type"] == "joint_statement"]
    assert dates == ["2026-06-04"]


def test_an_instrument_signed_at_the_occasion_takes_its_day(extract: Extract) -> None:
    text = (
        "Introduction\nThe ministers of Norway and Vietnam met in Hanoi on 8 April 2026 "
        "to review their ties.\n"
        "They discussed ocean data.\nThey discussed vaccines.\nThey discussed batteries.\n"
        "They discussed student mobility.\nThey discussed climate.\nThey discussed space.\n"
        "They discussed health.\nThey discussed food.\nThey discussed energy.\nThey discussed AI.\n"
        "In their presence, officials of Norway and Vietnam signed an implementing "
        "arrangement on ocean data.\n"
    )
    dates = [a["date"] for a in _agreements(extract, text) if a["type"] == "implementing_arrangement"]
    assert dates == ["2026-04-08"]


PAGE_TITLES = [
    ("Kenya-Japan science ministers' joint statement: June 2026\n", ["2026-06-05"]),
    ("Joint declaration on ocean science between Kenya and Japan\n", ["2026-06-05"]),
]


@pytest.mark.parametrize(("title", "dates"), PAGE_TITLES)
def test_a_statement_that_titles_its_page_takes_the_page_date(
    extract: Extract, title: str, dates: list[str]
) -> None:
    text = (
        title + "\nThe ministers of Kenya and Japan met to review research ties and agreed on next steps.\n"
    )
    found = [
        a["date"]
        for a in _agreements(extract, text, "2026-06-05")
        if a["type"] in ("joint_statement", "declaration")
    ]
    assert found == dates


def test_a_headline_about_a_treaty_does_not_date_it(extract: Extract) -> None:
    text = (
        "Kenya and Japan mark 30 years of science agreement in Nairobi\n\n"
        "Kenya and Japan celebrated the anniversary. The agreement was signed on 2 March 1996.\n"
    )
    dates = [a["date"] for a in _agreements(extract, text, "2026-06-05")]
    assert dates == ["1996-03-02"]
