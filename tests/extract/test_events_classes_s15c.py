"""Event classes of session 15, round 3 (helper b). Texts of our own.

A date told as the day an event closed ("the visit ends today", "the Expo, which closed on
13 October") is that event's last day, never the first day of an event:
1. the event that closed starts as many days before as its told length ("a four-day study visit")
   says, and ends on that day;
2. another event word before the closing verb ("toured the pavilion at the fair, which closed on
   ...", "the call opened ... and closed on ...") takes no day from it.
"""

from __future__ import annotations

import pytest

from .records import Extract

COUNTED_BACK = [
    pytest.param(
        "Oslo, 6 Nov 2025 - Norway and Kenya signed a memorandum on fisheries research on Monday in "
        "Oslo, in the presence of Kenya's minister of fisheries, who is on a four-day study visit to "
        "Norway.\n\nThe Kenyan minister's visit ends today with a tour of the Institute of Marine "
        "Research in Bergen.\n",
        "2025-11-06",
        ("2025-11-03", "2025-11-06"),
        id="ends today",
    ),
    pytest.param(
        "Twenty pupils from Lyon came to Leeds for a six-day exchange visit over the spring "
        "holidays, staying with local families.\n\nTheir visit ended on Wednesday 16 April 2025 with "
        "a farewell lunch at the Civic Hall.\n",
        "2025-04-18",
        ("2025-04-11", "2025-04-16"),
        id="ended on a weekday with its year",
    ),
]


@pytest.mark.parametrize(("text", "published", "span"), COUNTED_BACK)
def test_a_closing_day_ends_an_event_of_told_length(
    extract: Extract, text: str, published: str, span: tuple[str, str]
) -> None:
    events = extract(text, published=published)["events"]
    visits = [e for e in events if e["type"] == "visit"]
    assert visits, events
    assert any((e["date"], e.get("end")) == span for e in visits), events


def test_without_a_told_length_the_closing_day_stays_the_day(extract: Extract) -> None:
    text = (
        "Madrid, 10 Oct 2025 - The third meeting of the Spain-Mexico water committee ended on Thursday "
        "9 October 2025 with a joint statement.\n"
    )
    events = extract(text, published="2025-10-10")["events"]
    assert any(e["date"] == "2025-10-09" for e in events), events


NOT_ITS_DAY = [
    pytest.param(
        "Vienna, 20 Oct 2025 - A delegation of Austrian hydrogen researchers visited the Korea "
        "Institute of Energy Research in Daejeon on 14 October 2025. Several members had earlier "
        "toured the Austria Pavilion at the Busan Green Fair, which closed on 12 October.\n",
        "2025-10-12",
        id="relative clause of another event",
    ),
    pytest.param(
        "Report 2025\n\nThe 2025 call for joint Norway-Vietnam seed grants opened on 3 March and "
        "closed on 15 May 2025. Twelve proposals were funded.\n",
        "2025-05-15",
        id="a call opened and closed",
    ),
]


@pytest.mark.parametrize(("text", "closed"), NOT_ITS_DAY)
def test_an_event_word_before_another_events_closing_takes_no_day_from_it(
    extract: Extract, text: str, closed: str
) -> None:
    events = extract(text, published="2025-10-20")["events"]
    assert all(e["date"] != closed or e["type"] == "exhibition" for e in events), events
