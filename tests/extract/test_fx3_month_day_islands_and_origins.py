"""Classes of wording of fix round 3 (events, agreements, partnerships), texts of our own:

- an information / briefing / Q&A session for applicants is a conference-like event, not a meeting;
- an instrument that "dates back to" / "goes back to" / "is in place since" a year was made that
  year (the "to" is not a horizon such as "valid to 2030");
- a signing told first by its month ("last month ... signed") and then to the day ("the ceremony
  took place on 18 September") is one event, dated to the day, and so is the instrument;
- in a digest of several bilateral items, a strong pair sharing no country with the others, whose
  countries are each named several times, is a partnership of its own, though neither of its
  countries is the most named;
- "the Austrian capital", "the Kenyan capital" is the capital city, as the place of an event.
"""

from __future__ import annotations

from collections import Counter

import pytest

from bilat.extract.components.context import choose_pairs
from bilat.extract.components.event_refine import refine_months
from bilat.extract.components.events import Found

from .records import Extract, events_of

SESSIONS = [
    pytest.param(
        "An online information session for applicants will be held on 4 March 2026.", id="information session"
    ),
    pytest.param(
        "The agencies will hold an info session on the joint call on 12 May 2026.", id="info session"
    ),
    pytest.param(
        "A briefing session for interested teams is planned for 20 April 2026.", id="briefing session"
    ),
    pytest.param("NWO and NSFC will run a Q&A session for applicants on 9 June 2026.", id="Q&A session"),
]


@pytest.mark.parametrize("text", SESSIONS)
def test_an_applicant_session_is_no_meeting(extract: Extract, text: str) -> None:
    events = events_of(extract, text, "2026-01-15")
    assert [e["type"] for e in events] == ["conference"]


def test_a_plain_session_stays_a_meeting(extract: Extract) -> None:
    events = events_of(
        extract, "The joint committee held its fifth session in Nairobi on 3 March 2026.", "2026-03-10"
    )
    assert [e["type"] for e in events] == ["meeting"]


ORIGINS = [
    pytest.param(
        "The call is a step under the Agreement on Scientific and Technological Cooperation between Canada"
        " and Japan, which dates back to 1986.",
        "1986",
        id="which dates back to",
    ),
    pytest.param(
        "Cooperation rests on the science and technology agreement between Chile and Korea that goes back"
        " to 2004.",
        "2004",
        id="that goes back to",
    ),
    pytest.param(
        "Kenya and Finland have had a cooperation agreement in place since 2012, the ministers noted.",
        "2012",
        id="in place since",
    ),
    pytest.param(
        "The Brazil-Norway research agreement, dating back to 1999, covers marine science.",
        "1999",
        id="dating back to, in commas",
    ),
]


@pytest.mark.parametrize(("text", "year"), ORIGINS)
def test_an_instrument_dating_back_to_a_year_is_dated_by_it(extract: Extract, text: str, year: str) -> None:
    agreements = extract(text, published="2025-06-01")["agreements"]
    assert [a.get("date") for a in agreements] == [year]


def test_an_agreement_valid_to_a_year_is_not_dated_by_it(extract: Extract) -> None:
    text = "The cooperation agreement between Peru and Spain is valid to 2030 and covers research."
    agreements = extract(text, published="2025-06-01")["agreements"]
    assert [a.get("date") for a in agreements] in ([None], [])


MONTH_THEN_DAY = [
    pytest.param(
        "Last month, Kyoto University and the University of Padua signed a memorandum of understanding on"
        " student exchange. The ceremony took place in Padua on 18 September, with both rectors signing"
        " on behalf of their universities.",
        "2025-10-05",
        "2025-09-18",
        id="last month then the ceremony day",
    ),
    pytest.param(
        "In September, Monash University and the Indian Institute of Science signed a memorandum of"
        " understanding. The signing ceremony was held in Bengaluru on 9 September.",
        "2025-10-01",
        "2025-09-09",
        id="in a month, then the signing ceremony on the day",
    ),
]


@pytest.mark.parametrize(("text", "published", "day"), MONTH_THEN_DAY)
def test_a_signing_told_by_month_then_day_is_one_event_on_the_day(
    extract: Extract, text: str, published: str, day: str
) -> None:
    record = extract(text, published=published)
    signings = [e for e in record["events"] if e["type"] == "signing"]
    assert [e["date"] for e in signings] == [day]
    assert [a.get("date") for a in record["agreements"]] == [day]


def _found(kind: str, date: str, sentence: tuple[int, int], location: str | None = None) -> Found:
    return Found(kind, date, None, location, kind, spans=[sentence], sentence=sentence)


def test_a_month_far_from_the_day_or_of_another_kind_stays() -> None:
    far = [_found("signing", "2025-09", (0, 50)), _found("signing", "2025-09-18", (2000, 2050))]
    assert len(refine_months(far)) == 2
    other_kind = [_found("meeting", "2025-09", (0, 50)), _found("signing", "2025-09-18", (60, 100))]
    assert len(refine_months(other_kind)) == 2
    other_place = [
        _found("signing", "2025-09", (0, 50), "Rome"),
        _found("signing", "2025-09-18", (60, 100), "Oslo"),
    ]
    assert len(refine_months(other_place)) == 2
    near = [_found("signing", "2025-09", (0, 50), "Rome"), _found("signing", "2025-09-18", (60, 100))]
    kept = refine_months(near)
    assert [(e.date, e.location) for e in kept] == [("2025-09-18", "Rome")]


ISLANDS = [
    pytest.param(
        {("AT", "IL"): 16.0, ("BR", "CH"): 11.0, ("NO", "ZA"): 9.0, ("IN", "SE"): 8.0},
        Counter({"AT": 9, "CH": 8, "IL": 8, "NO": 7, "BR": 6, "ZA": 5, "SE": 3, "IN": 3}),
        [("AT", "IL"), ("BR", "CH"), ("IN", "SE"), ("NO", "ZA")],
        id="four separate items of a digest",
    ),
    pytest.param(
        {("DE", "JP"): 12.0, ("GH", "KE"): 6.0},
        Counter({"DE": 10, "JP": 9, "KE": 4, "GH": 3}),
        [("DE", "JP"), ("GH", "KE")],
        id="a second item about two other countries",
    ),
    pytest.param(
        {("GB", "KR"): 5.0, ("CN", "US"): 2.3},
        Counter({"KR": 7, "GB": 7, "US": 2, "CN": 1}),
        [("GB", "KR")],
        id="rivals named once in an aside stay out",
    ),
    pytest.param(
        {("DE", "JP"): 12.0, ("FR", "IT"): 6.0, ("FR", "ES"): 5.0},
        Counter({"DE": 10, "JP": 9, "FR": 4, "IT": 2, "ES": 2}),
        [("DE", "JP")],
        id="pairs that share a country are no separate items",
    ),
    pytest.param(
        {("DE", "JP"): 12.0, ("GH", "KE"): 3.0},
        Counter({"DE": 10, "JP": 9, "KE": 4, "GH": 4}),
        [("DE", "JP")],
        id="a weak side pair stays out",
    ),
]


@pytest.mark.parametrize(("scores", "counts", "pairs"), ISLANDS)
def test_separate_strong_pairs_are_kept(
    scores: dict[tuple[str, str], float], counts: Counter[str], pairs: list[tuple[str, str]]
) -> None:
    assert choose_pairs(scores, counts) == pairs


CAPITALS = [
    pytest.param(
        "Some 30 Austrian and Czech start-ups met at a matchmaking event in the Austrian capital on 14 May.",
        "Vienna",
        id="Austrian capital",
    ),
    pytest.param(
        "A workshop on drought-tolerant crops was held in the Kenyan capital on 3 June 2025.",
        "Nairobi",
        id="Kenyan capital",
    ),
    pytest.param(
        "The Japanese capital hosted the second joint committee meeting on 9 April 2025.",
        "Tokyo",
        id="capitalised The, capital as subject",
    ),
]


@pytest.mark.parametrize(("text", "city"), CAPITALS)
def test_the_capital_of_an_adjective_is_the_place(extract: Extract, text: str, city: str) -> None:
    events = events_of(extract, text, "2025-06-20")
    assert [e.get("location") for e in events] == [city]


def test_capital_as_money_is_no_place(extract: Extract) -> None:
    text = "A forum on Austrian capital markets was held on 14 May 2025."
    events = events_of(extract, text, "2025-06-20")
    assert [e.get("location") for e in events] == [None]
