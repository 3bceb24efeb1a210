"""Wordings that fresh documents from new partner countries use, on sentences of our own: a call
that "closed on" a day "at noon (Japan Standard Time)", a year range before "programme", an
adjective "opening", a series of qualifiers inside an agreement title, and a byline whose fields
are set apart by middle dots."""

from __future__ import annotations

import pytest

from bilat.temporal import document_date

from .records import Extract


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        (
            "The joint call for proposals opened on 8 April 2024 and closed on 1 July 2024 "
            "at 12:00 noon (Japan Standard Time).",
            "2024-07-01T12:00+09:00",
        ),
        (
            "Applications to the call closed on 30 November 2025 at noon Central European Time.",
            "2025-11-30T12:00+01:00",
        ),
        (
            "The call for proposals was launched on 2 May 2025; the deadline is 14 August 2025, "
            "5:00 pm Western Indonesia Time.",
            "2025-08-14T17:00+07:00",
        ),
        (
            "Proposals to the bilateral call are due by 3 March 2026, 16:00 (Korea Standard Time).",
            "2026-03-03T16:00+09:00",
        ),
        (
            "Applications for the joint call must be received no later than 17:00 (CET) on 12 March 2026.",
            "2026-03-12T17:00+01:00",
        ),
        (
            "The call for proposals is open until 30 April 2026, 23:59 Brasília time.",
            "2026-04-30T23:59-03:00",
        ),
        ("Applications for the call close at 16:00 UK time on 9 December 2025.", "2025-12-09T16:00+00:00"),
        ("Applications for the call close at 16:00 UK time on 9 October 2025.", "2025-10-09T16:00+01:00"),
    ],
)
def test_deadline_wordings(extract: Extract, text: str, deadline: str) -> None:
    calls = extract(text)["calls"]
    assert [call["deadline"] for call in calls] == [deadline]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Teams that lead a project funded under the 2023–2025 programme may not apply again.", "2023–2025"),
        ("Grants awarded through the 2019-22 programme were evaluated last year.", "2019-22"),
    ],
)
def test_a_year_range_before_programme_is_no_programme(extract: Extract, text: str, absent: str) -> None:
    names = {p["name"] for p in extract(text)["programs"]}
    assert absent not in names


def test_a_numbered_programme_name_is_still_found(extract: Extract) -> None:
    names = {p["name"] for p in extract("Support comes through the 2+2 programme of the centre.")["programs"]}
    assert "2+2" in names


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("The team flies to Toronto for its opening group match on 17 June 2026.", []),
        ("She gave the opening remarks in Madrid on 4 May 2026.", []),
        ("The opening of the joint laboratory in Nairobi took place on 5 May 2025.", ["launch"]),
        ("The opening ceremony was held in Seoul on 3 June 2025.", ["other"]),
    ],
)
def test_opening_before_a_noun_only_describes_it(extract: Extract, text: str, kinds: list[str]) -> None:
    assert [event["type"] for event in extract(text)["events"]] == kinds


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "The plan implements the Agreement on Cultural, Scientific and Technological Cooperation "
            "between Egypt and Italy.",
            "Agreement on Cultural, Scientific and Technological Cooperation between Egypt and Italy",
        ),
        (
            "Chile and Sweden signed an Agreement on Science, Technology and Innovation Cooperation in 2024.",
            "Agreement on Science, Technology and Innovation Cooperation",
        ),
    ],
)
def test_a_series_of_qualifiers_stays_in_the_agreement_title(extract: Extract, text: str, title: str) -> None:
    assert [a["title"] for a in extract(text)["agreements"]] == [title]


def test_a_comma_before_a_new_clause_ends_the_title(extract: Extract) -> None:
    text = "Both sides recalled the Agreement on Cooperation, and Chile and Sweden agreed to meet in 2026."
    assert all(a["title"] in (None, "Agreement on Cooperation") for a in extract(text)["agreements"])


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "# Selected projects\n\nNational Agency · Press release · February 14, 2025\n\nBody text.",
            "2025-02-14",
        ),
        (
            "Research news • 3 May 2024 • Berlin\n\nThe institute said on Friday that it would expand.",
            "2024-05-03",
        ),
        ("Newsroom | 12 March 2023\n\nBody text.", "2023-03-12"),
    ],
)
def test_byline_fields_apart_by_dots_give_the_document_date(text: str, date: str) -> None:
    assert document_date(text) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The next joint committee meeting will take place in Amsterdam in the autumn of 2026.", "2026"),
        ("A workshop in Lima is planned for the second half of 2027.", "2027"),
        ("The partners will hold a symposium in Nairobi in spring 2026.", "2026"),
    ],
)
def test_an_event_in_a_part_of_a_year_is_dated_by_its_year(extract: Extract, text: str, date: str) -> None:
    assert [event["date"] for event in extract(text)["events"]] == [date]


def test_an_event_in_winter_gets_no_year(extract: Extract) -> None:
    text = "A seminar in Oslo is planned for the winter of 2026."
    assert extract(text)["events"] == []


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("The agency adds Rp 2.5 billion for pilot polders.", 2_500_000_000, "IDR"),
        ("Each team receives Rp150 juta for equipment.", 150_000_000, "IDR"),
        ("The fund holds 2 million Egyptian pounds.", 2_000_000, "EGP"),
        ("Each grant is worth 3 million Moroccan dirhams.", 3_000_000, "MAD"),
        ("The ministry adds 4 million Mexican pesos.", 4_000_000, "MXN"),
        ("Each project receives 500.000 € from the agency.", 500_000, "EUR"),
        ("The budget is € 1.500.000 in total.", 1_500_000, "EUR"),
        ("The budget is EUR 1.250 million in total.", 1_250_000, "EUR"),
        ("Travel costs of EUR 3.75 per kilometre are refunded.", 3.75, "EUR"),
    ],
)
def test_amounts_in_further_currencies_and_notations(
    extract: Extract, text: str, value: float, currency: str
) -> None:
    amounts = extract(text)["amounts"]
    assert [(a["value"], a["currency"]) for a in amounts] == [(value, currency)]


def test_an_unnamed_event_name_ends_before_from(extract: Extract) -> None:
    text = "The working group will hold its fifth session in Cairo from April 7 to 9, 2025."
    events = extract(text)["events"]
    assert [(e["date"], e["end"]) for e in events] == [("2025-04-07", "2025-04-09")]
    assert not events[0]["name"].endswith("from")
