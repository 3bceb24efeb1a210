"""Event wordings of the fix round: one event word listing several place-date pairs; a signing
still to come ("is due to be signed") dated after the document; a country name that is no city
state is no event place, nor is a city that opens an instrument's name; a relative date that
counts from a dropped signing or a far "same day"; a time of day alone counting only from a near
event; expedition legs and negotiation rounds; a noun cue that is only a purpose ("for talks") or
whose date belongs to a verb cue after it ("the accord signed in March 2019")."""

from __future__ import annotations

import pytest

from .records import Extract


def _events(extract: Extract, text: str, published: str) -> list[tuple[str, str, str | None]]:
    return [(e["type"], e["date"], e.get("location")) for e in extract(text, published=published)["events"]]


LISTS = [
    (
        "The agency will present the call at information days in Lima on 3 May and in Quito on 5 May.",
        [("2026-05-03", "Lima"), ("2026-05-05", "Quito")],
    ),
    (
        "Workshops take place on 2 March in Hanoi and on 4 March in Da Nang.",
        [("2026-03-02", "Hanoi"), ("2026-03-04", "Da Nang")],
    ),
    (
        "Partners will meet the programme team at info days in Nairobi (12 June) and Mombasa (14 June).",
        [("2026-06-12", "Nairobi"), ("2026-06-14", "Mombasa")],
    ),
]


@pytest.mark.parametrize(("text", "pairs"), LISTS)
def test_each_listed_place_and_date_is_an_event(
    extract: Extract, text: str, pairs: list[tuple[str, str]]
) -> None:
    found = _events(extract, text, "2026-01-10")
    assert sorted((d, c) for _, d, c in found) == pairs


def test_two_event_words_keep_their_own_dates(extract: Extract) -> None:
    found = _events(
        extract, "A workshop took place in Oslo on 3 May, and a seminar in Bergen on 9 May.", "2026-06-01"
    )
    assert ("conference", "2026-05-03", "Oslo") in found and all(
        c != "Oslo" or d == "2026-05-03" for _, d, c in found
    )


FUTURE_PASSIVE = [
    ("A letter of intent is due to be signed on 18 November in Córdoba.", "2025-10-02", "2025-11-18"),
    ("The memorandum will be signed in Nairobi on 3 February.", "2026-05-01", "2027-02-03"),
    ("The charter is to be signed in Hanoi on 9 March.", "2026-04-15", "2027-03-09"),
]


@pytest.mark.parametrize(("text", "published", "date"), FUTURE_PASSIVE)
def test_a_signing_still_to_come_lies_after_the_document(
    extract: Extract, text: str, published: str, date: str
) -> None:
    assert [d for _, d, _ in _events(extract, text, published)] == [date]


def test_a_past_signing_without_a_year_stays_before_the_document(extract: Extract) -> None:
    found = _events(extract, "The memorandum was signed in Nairobi on 3 December.", "2026-05-01")
    assert [d for _, d, _ in found] == ["2025-12-03"]


PLACES = [
    (
        "Chile and Spain signed, on Monday (14), at a ceremony in Santiago, a declaration on astronomy.",
        "Santiago",
    ),
    ("Brazil and Portugal signed on 17 September, in Lisbon, a protocol on ocean research.", "Lisbon"),
]


@pytest.mark.parametrize(("text", "city"), PLACES)
def test_a_country_name_is_not_the_place(extract: Extract, text: str, city: str) -> None:
    found = _events(extract, text, "2026-09-20")
    assert found and all(c == city for _, _, c in found)


def test_a_city_state_is_still_a_place(extract: Extract) -> None:
    found = _events(
        extract, "The two agencies signed a memorandum in Singapore on 4 March 2026.", "2026-03-05"
    )
    assert [c for _, _, c in found] == ["Singapore"]


@pytest.mark.parametrize(
    "text",
    [
        "On 3 March 2026 the parties met to review the Busan Declaration on Marine Science.",
        "On 3 March 2026 the ministers met to review the Paris Agreement.",
        "On 3 March 2026 the council met under the Geneva Financial Services Agreement.",
    ],
)
def test_a_city_that_opens_an_instruments_name_is_no_place(extract: Extract, text: str) -> None:
    found = _events(extract, text, "2026-03-10")
    assert found and all(c is None for _, _, c in found)


def test_the_following_day_counts_from_a_signing_without_a_place(extract: Extract) -> None:
    text = (
        "Last Tuesday, the two rectors signed a memorandum of understanding. "
        "The following day, the guests joined local researchers on a field visit to the harbour. "
        "In the afternoon, researchers from both sides took part in a workshop at the engineering faculty."
    )
    found = _events(extract, text, "2025-05-23")
    assert ("visit", "2025-05-21", None) in found and ("conference", "2025-05-21", None) in found


def test_a_time_of_day_alone_counts_only_from_a_near_event(extract: Extract) -> None:
    text = (
        "The third round of negotiations took place in Lima from 12 to 16 January 2026. "
        "Trade between the two countries grew last year. Exports of copper rose. Imports of grain fell. "
        "Tourism recovered. Investment grew too. "
        "In the evening, the embassy hosted a reception for exporters."
    )
    found = _events(extract, text, "2026-02-09")
    assert not any(t == "reception" and d.startswith("2026-01") for t, d, _ in found)


def test_the_same_day_reaches_far_back(extract: Extract) -> None:
    filler = " ".join(f"Point {n} of the plan covers topic number {n}." for n in range(1, 20))
    text = (
        "On 13 November 2025 the ministers co-chaired the joint committee in Hanoi. "
        + filler
        + " In the afternoon of the same day, the delegation visited the national laboratory."
    )
    found = _events(extract, text, "2025-11-14")
    assert any(t == "visit" and d == "2025-11-13" for t, d, _ in found)


LEGS = [
    (
        "Leg 1: the research vessel leaves Reykjavik on 4 August 2026 and reaches Nuuk on 2 September 2026.",
        "2026-08-04",
    ),
    ("The expedition departs from Hobart on 3 December 2026.", "2026-12-03"),
    ("A research cruise will sail from Lisbon on 12 May 2026.", "2026-05-12"),
]


@pytest.mark.parametrize(("text", "date"), LEGS)
def test_expedition_legs_and_cruises_are_events(extract: Extract, text: str, date: str) -> None:
    assert [(t, d) for t, d, _ in _events(extract, text, "2026-01-10")] == [("other", date)]


def test_a_negotiation_round_is_a_meeting(extract: Extract) -> None:
    found = _events(
        extract,
        "The fourth round of negotiations took place in Ottawa from 9 to 13 March 2026.",
        "2026-04-01",
    )
    assert found == [("meeting", "2026-03-09", "Ottawa")]


def test_a_bare_noun_after_for_is_the_purpose_of_a_visit(extract: Extract) -> None:
    found = _events(
        extract, "The minister will visit Tokyo in May for talks with her counterpart.", "2026-02-09"
    )
    assert [(t, d) for t, d, _ in found] == [("visit", "2026-05")]


@pytest.mark.parametrize(
    "text",
    [
        "Meanwhile talks continue on a new accord to replace the agreement signed in February 2019.",
        "Consultations go on over a treaty to succeed the one signed in March 2015.",
    ],
)
def test_a_date_claimed_by_a_verb_cue_dates_no_talks(extract: Extract, text: str) -> None:
    assert not any(t == "meeting" for t, _, _ in _events(extract, text, "2026-02-09"))


def test_a_forum_that_opened_keeps_its_date(extract: Extract) -> None:
    found = _events(extract, "The innovation forum opened on 5 May 2026 in Warsaw.", "2026-05-06")
    assert [d for _, d, _ in found] == ["2026-05-05"]


@pytest.mark.parametrize(
    "text",
    [
        "At a solemn ceremony in Lima on 3 May 2026, the ministers signed a memorandum on astronomy.",
        "The ministers signed the accord in Rabat on 3 May 2026 in a formal ceremony.",
        "Ghana and Korea signed, on 3 May 2026, in a ceremony at the castle in Accra, a science accord.",
    ],
)
def test_a_ceremony_where_something_is_signed_is_a_signing(extract: Extract, text: str) -> None:
    assert [t for t, _, _ in _events(extract, text, "2026-05-06")] == ["signing"]


def test_a_ceremony_alone_stays_other(extract: Extract) -> None:
    found = _events(extract, "A ceremony in Lima on 3 May 2026 marked the anniversary.", "2026-05-06")
    assert [t for t, _, _ in found] == ["other"]


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Korea signed a protocol on 6 May 2026 during the Pacific Ocean Conference in Lima.",
        "Ghana and Japan signed an arrangement in Accra on 6 May 2026 during the West African Research Week.",
    ],
)
def test_a_signing_during_a_named_event_is_a_signing_of_its_own(extract: Extract, text: str) -> None:
    kinds = {t for t, _, _ in _events(extract, text, "2026-05-08")}
    assert "signing" in kinds
