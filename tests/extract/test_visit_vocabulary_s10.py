"""Visit vocabulary (event_types.yaml `types.visit`, `types.reception` and the trip lists): the
common ways embassies, ministries and news tell a visit, a reception or a
trip, and the plain words deliberately left out.

1. Travel verbs and trip nouns ("flew to", "arrived in", "paid a call on", "study trip", "learning
   journey", "kunjungan") tell a visit dated by their sentence.
2. A delegation at another event: that event's word tells the event, not a visit.
3. Receptions of embassy news ("iftar", "working breakfast", "business lunch").
4. Trips told by a length with the new nouns and arrival / ending words."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

Extract = Callable[..., dict[str, Any]]
PUBLISHED = "2025-06-20"


def _events(extract: Extract, text: str, published: str = PUBLISHED) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = extract(text, published=published)["events"]
    return events


def _kinds(extract: Extract, sentence: str) -> list[tuple[str, str]]:
    text = "Science cooperation news\n\n" + sentence
    return [(e["type"], e["date"]) for e in _events(extract, text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Minister of Research flew to Nairobi on 12 June 2025 with a group of university rectors.",
        "The Vice-Minister arrived in Jakarta on 12 June 2025 with twelve heads of research institutes.",
        "The Ambassador paid a call on the President of the Academy of Sciences on 12 June 2025.",
        "On 12 June 2025 twenty doctoral students from Leiden went on a study trip to Tsukuba.",
        "Officials from the agency began a learning journey to Singapore on 12 June 2025.",
        "The kunjungan kerja of the Minister to Tokyo took place on 12 June 2025.",
    ],
)
def test_travel_words_tell_a_visit(extract: Extract, sentence: str) -> None:
    assert ("visit", "2025-06-12") in _kinds(extract, sentence)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # another event word tells the event: the delegation is only who took part
        (
            "The Deputy Minister led the national delegation at the forum in Geneva on 12 June 2025.",
            "conference",
        ),
        ("On 12 June 2025 she headed the delegation in the negotiations held in Brussels.", "meeting"),
    ],
)
def test_a_delegation_at_another_event_tells_that_event(extract: Extract, sentence: str, kind: str) -> None:
    kinds = _kinds(extract, sentence)
    assert (kind, "2025-06-12") in kinds
    assert ("visit", "2025-06-12") not in kinds


@pytest.mark.parametrize(
    "sentence",
    [
        # a delegation that is the EU's mission abroad, after a preposition: no visit
        "The project received support from the EU Delegation in Nairobi on 12 June 2025.",
        # "head of delegation" is a post, not a visit
        "Dr Mwangi, head of delegation, presented the report to the press on 12 June 2025.",
        # "travelling to" as often tells a habit or a rule as one trip
        "Since 12 June 2025 researchers travelling to Japan need no visa.",
        # travel as a cost of a grant
        "Grants cover travel to Japan for stays that end by 12 June 2025.",
        # trips of a programme's plan: a plural "trips" tells no one visit
        "The plan includes familiarisation trips for journalists, starting on 12 June 2025.",
        # a lunch break of a programme is no reception ("lunch" alone is left out)
        "Participants broke for lunch at noon on 12 June 2025 and resumed in the afternoon.",
    ],
)
def test_plain_words_tell_no_visit_or_reception(extract: Extract, sentence: str) -> None:
    kinds = {kind for kind, _ in _kinds(extract, sentence)}
    assert not kinds & {"visit", "reception"}, kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "The Embassy held an iftar for researchers and alumni in Jakarta on 12 June 2025.",
        "The Ambassador hosted a working breakfast with university presidents on 12 June 2025.",
        "A business lunch for the visiting start-up founders was held in Madrid on 12 June 2025.",
    ],
)
def test_embassy_receptions(extract: Extract, sentence: str) -> None:
    assert ("reception", "2025-06-12") in _kinds(extract, sentence)


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        # an arrival day starts a trip told by its length ("arrive", a new arrival word)
        (
            "The rectors will arrive in Seoul on Monday 16 June 2025 for a four-day study trip.",
            "2025-06-16",
            "2025-06-19",
        ),
        # an ending day closes it ("wrapped up", a new ending word)
        (
            "The minister's three-day inspection tour of Kenya wrapped up on Friday 13 June 2025 in Nairobi.",
            "2025-06-11",
            "2025-06-13",
        ),
    ],
)
def test_trips_told_by_a_length(extract: Extract, sentence: str, start: str, end: str) -> None:
    text = "Science cooperation news\n\n" + sentence
    visits = [e for e in _events(extract, text) if e["type"] == "visit"]
    assert any(e["date"] == start and e.get("end") == end for e in visits), visits
