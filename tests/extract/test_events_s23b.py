"""Session 23 round 2 probes on events: short documents written for the round (not mined from any
set), one table per class fixed."""

from __future__ import annotations

import pytest

from .records import probe_events


# The results of a call or round announced where and when the sentence says: an announcement event
# (a launch) of that day and place.
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Eight Norway–Japan teams will share NOK 40 million in the third round of the ocean "
            "programme.\nThe results were announced in Tokyo today by Norway's Minister of Research.\n",
            "2026-03-04",
            ("launch", "2026-03-04", None, "Tokyo"),
        ),
        (
            "Chile and Canada fund five astronomy teams.\nThe winners were announced on 12 May 2026 in "
            "Ottawa at a ceremony of the two agencies.\n",
            "2026-05-14",
            ("launch", "2026-05-12", None, "Ottawa"),
        ),
    ],
)
def test_results_announced(text: str, published: str, expected: tuple[str, str, None, str]) -> None:
    assert expected in probe_events(text, published=published)


# A day right after "and" that opens the next clause dates that clause's event, not the one before
# "and": "will tour the campus and, on Thursday, open the symposium" is a symposium on Thursday.
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "During her stay the minister will also tour the RIKEN campus and, on Thursday, open the "
            "Norway–Japan Ocean Science Symposium at the University of Tokyo.\n",
            "2026-03-04",
            ("conference", "2026-03-05", None, "Tokyo"),
        ),
        (
            "The Kenyan delegation will visit the Pasteur Institute and on 9 June 2026 open a "
            "Kenya–France Vaccine Research Workshop in Paris.\n",
            "2026-05-20",
            ("conference", "2026-06-09", None, "Paris"),
        ),
    ],
)
def test_day_after_and_dates_next_clause(
    text: str, published: str, expected: tuple[str, str, None, str]
) -> None:
    events = probe_events(text, published=published)
    assert expected in events
    assert not any(kind == "visit" and date == expected[1] for kind, date, _, _ in events)


# An undated sentence that retells an event told before by its name as the definite subject ("The
# Joint Commission was opened by ...") makes it again what "the following day" counts from, though
# another event was told in between.
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Ten joint projects will be funded. The projects were approved when the Joint Commission met "
            "in Rabat on 14 January 2026.\nThe proposals had been ranked at a panel meeting in Lisbon on "
            "20 November 2025.\nThe Joint Commission was opened by the Deputy Minister of Higher "
            "Education.\nThe Portuguese delegation included the President of FCT.\nThe following day the "
            "Portuguese delegation visited the Mohammed VI Polytechnic University in Marrakesh.\n",
            "2026-01-19",
            ("visit", "2026-01-15", None, "Marrakesh"),
        ),
        (
            "The Joint Steering Committee of the two agencies met in Nairobi on 3 March 2026.\nEarlier, "
            "the experts had met in Berlin at a technical workshop on 12 February 2026.\nThe Joint "
            "Steering Committee was chaired by the two directors.\nThe next day the German delegation "
            "toured the KEMRI laboratories in Kisumu.\n",
            "2026-03-06",
            ("visit", "2026-03-04", None, "Kisumu"),
        ),
    ],
)
def test_following_day_after_retold_event(
    text: str, published: str, expected: tuple[str, str, None, str]
) -> None:
    assert expected in probe_events(text, published=published)


# A month told without its year in a sentence that an earlier year alone frames ("Last year, ...,
# which met in October"): the month of that year, not of the document's year; "since 2019" frames
# nothing, and a month with its own relative year keeps it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Last year, the two space agencies set up a joint working group on satellites, which held its "
            "first meeting in Ankara in October.\n",
            ("meeting", "2024-10", None, "Ankara"),
        ),
        (
            "In 2024 the Peruvian and Danish councils created a joint committee, which held its first "
            "meeting in Lima in September.\n",
            ("meeting", "2024-09", None, "Lima"),
        ),
        (
            "Since 2019 the two councils have worked together; their joint committee held its third "
            "meeting in Lima in September.\n",
            ("meeting", "2025-09", None, "Lima"),
        ),
    ],
)
def test_month_in_year_framed_by_sentence(text: str, expected: tuple[str, str, None, str]) -> None:
    assert expected in probe_events(text, published="2025-11-20")


# A bare weekday told after a week in its sentence ("settled last week, when ... on Wednesday") is
# that week's weekday, not the one the tagger dated on its own; one still ahead ("will arrive")
# keeps the tagger's reading.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The terms of the joint call were settled last week, when a Korean delegation visited the "
            "agency's offices in Tartu on Wednesday.\n",
            ("visit", "2025-11-05", None, "Tartu"),
        ),
        (
            "The plan was agreed last week, after the Brazilian minister met the rector in Porto on "
            "Tuesday.\n",
            ("meeting", "2025-11-04", None, "Porto"),
        ),
    ],
)
def test_weekday_in_week_told_before(text: str, expected: tuple[str, str, None, str]) -> None:
    assert expected in probe_events(text, published="2025-11-12")


# A time of day told after a relative day ("The following day ... and, in the evening, attended a
# reception") takes the day the event told before gives that relative day.
def test_evening_after_following_day() -> None:
    text = (
        "The terms of the joint call were settled last week, when a Korean delegation visited the "
        "agency's offices in Tartu on Wednesday. The following day the delegation toured the "
        "laboratories of the university in Tallinn and, in the evening, attended a reception hosted by "
        "the Embassy of Korea.\n"
    )
    events = probe_events(text, published="2025-11-12")
    assert ("reception", "2025-11-06", None, "Tallinn") in events
