"""Round s20e (probe round): events and agreements of short documents written for the probe.

- A visit told as the object of a closing verb with its length ("concluded a three-day working
  visit to Germany on Tuesday") ends on that day and starts the length before it, and "on the second
  day" counts from its first day (event_closings `closed_object`, event_trips `_ended_length`,
  events `_closed_span`); an instrument signed "on the second day of the visit" takes that day
  (event_refine `_later_day_within`).
- An instrument first told by an indefinite subject in a passive sentence with no date right after
  a dated lead ("A memorandum to this effect was signed at the ... auditorium") is a signing on the
  lead's day; a retelling ("The memorandum was signed by ...") is none (events `_signed_after_lead`).
- An event told "held in Cairo last year" is dated by its own relative year (too vague for an
  event), not by a nearer date of another event in the sentence (events `_HELD_CLAUSE_BARE`).
"""

from __future__ import annotations

import pytest

from bilat.extract import get_extractor


def _record(text: str) -> dict:
    return get_extractor().extract(text, name="probe.txt").to_dict()


def _events(text: str) -> list[tuple[str, str, str | None]]:
    return [(e["type"], e["date"], e.get("end")) for e in _record(text)["events"]]


_CLOSED_VISITS = [
    (
        "ACCRA, 4 February 2026 — Ghana's Minister of Environment, Science and Technology, Dr. Kwame\n"
        "Mensah, concluded a three-day working visit to Germany on Tuesday.\n\n"
        "On the second day, the Ghana-Germany Joint Steering Committee on Research met for its third\n"
        "session.\n",
        ("2026-02-01", "2026-02-03"),
        "2026-02-02",
    ),
    (
        "Rabat, 13 March 2026 - Japan's State Minister for Foreign Affairs ended his four-day official\n"
        "visit to Morocco on 12 March 2026.\n\n"
        "On the second day, the Morocco-Japan Joint Committee on Science and Technology met in Rabat.\n",
        ("2026-03-09", "2026-03-12"),
        "2026-03-10",
    ),
    (
        "Santiago, 6 March 2026. The Swedish Minister for Education concluded a three-day visit to Chile\n"
        "on Friday.\n\n"
        "On the second day of the visit, Sweden and Chile signed a memorandum of understanding on astronomy\n"
        "research in Santiago.\n",
        ("2026-03-04", "2026-03-06"),
        "2026-03-05",
    ),
]


@pytest.mark.parametrize(("text", "span", "second"), _CLOSED_VISITS)
def test_closed_visit_counts_back_from_its_last_day(text: str, span: tuple[str, str], second: str) -> None:
    events = _events(text)
    assert ("visit", *span) in events
    assert any(date == second and kind != "visit" for kind, date, _ in events)
    assert all(a["date"] == second for a in _record(text)["agreements"])


def test_closed_visit_without_year_in_dateline() -> None:
    text = (
        "CANBERRA, 11 March 2026 (VNA) - Vietnamese Deputy Minister of Science and Technology Le Xuan Dinh\n"
        "wrapped up a two-day working visit to Australia on Wednesday.\n"
    )
    assert ("visit", "2026-03-10", "2026-03-11") in _events(text)


_LEAD_SIGNINGS = [
    (
        "Lima, 3 March 2026. The Korea Institute of Geoscience and Mineral Resources (KIGAM) and INGEMMET\n"
        "held a joint workshop on critical minerals on 2 March 2026.\n\n"
        "A memorandum to this effect was signed at the INGEMMET auditorium in the presence of the\n"
        "Ambassador of Korea.\n",
        "2026-03-02",
    ),
    (
        "MEXICO CITY, 24 February 2026 - The India-Mexico Science and Innovation Forum opened today at the\n"
        "National Autonomous University of Mexico (UNAM).\n\n"
        "The forum is organised by the Embassy of India and CONAHCYT. A memorandum of understanding\n"
        "between IIT Bombay and UNAM was signed at the opening ceremony.\n",
        "2026-02-24",
    ),
]


@pytest.mark.parametrize(("text", "day"), _LEAD_SIGNINGS)
def test_undated_signing_after_a_dated_lead(text: str, day: str) -> None:
    assert any(kind == "signing" and date == day for kind, date, _ in _events(text))


def test_retold_signing_is_no_new_signing() -> None:
    text = (
        "Christchurch, 8 August 2026 - The Finnish Meteorological Institute and the Chilean Antarctic\n"
        "Institute signed a memorandum of understanding on polar research on 5 August 2026. The\n"
        "memorandum was signed on the sidelines of the 12th SCAR Open Science Conference, held\n"
        "from 3 to 7 August 2026.\n\n"
        "The memorandum was signed for Finland by Professor Juha Virtanen.\n"
    )
    signings = [date for kind, date, _ in _events(text) if kind == "signing"]
    assert signings == ["2026-08-05"]


_HELD_LAST_YEAR = [
    (
        "Cairo, 11 March 2026\n\n"
        "The 8th session of the Egypt-China Joint Committee was held in Cairo on 10 March 2026.\n\n"
        "Both sides recalled the Forum on China-Africa Cooperation summit in Beijing in September 2024\n"
        "and the Egypt-China Science Expo held in Cairo last year.\n",
        "Expo",
    ),
    (
        "Hanoi, 9 March 2026\n\n"
        "The third Vietnam-Australia Science Dialogue took place in Hanoi on 9 March 2026. Delegates\n"
        "recalled the ASEAN-Australia Summit in Melbourne in March 2024 and the Vietnam-Australia\n"
        "Innovation Fair held in Sydney last year.\n",
        "Fair",
    ),
]


@pytest.mark.parametrize(("text", "word"), _HELD_LAST_YEAR)
def test_held_last_year_takes_no_other_date(text: str, word: str) -> None:
    assert not [e for e in _record(text)["events"] if word in (e.get("name") or "")]
