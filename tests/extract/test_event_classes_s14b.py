"""Event classes of session 14, round 2. Texts of our own.

1. An agenda's numbered part ("Day 2 — Thursday, 4 June", "Week 3: fieldwork") is a heading of the
   event it belongs to, not an event; an event word inside a web or e-mail address
   ("events.example.org/ai-forum", "forum-office@example.org") is no event word.
2. Named gatherings with heads of their own: "Research Days", "... Semiconductor Show"; a guest
   "invited ... to the Show in October" is asked to something ahead.
3. A preview dated by month only ("a first workshop planned for Valdivia in December", a heading
   "Joint workshop in Tampere in October") is the one event of that kind and word that the text
   tells to the day in that month, however far apart; a month written without its year may be
   that month a year on (the reader guessed the year).
4. "The following day" counts from the last day of a multi-day event, and from an event told far
   back when nothing between states another day than deadlines still ahead of the document's date
   and background days (a deadline already past may be what it counts from:
   test_event_anchor_reach.py).
5. A bare mention that refers back to a named, recent event ("The fair ...") takes no background
   day its sentence tells of something else ("the treaty, which entered into force on 1 May 2011").
6. "On the sidelines of the session, the delegation will visit X on <the day after>": the setting
   is named, not told going on; the visit stands. A visit verb that names a place of its own
   ("toured the JRC site in Geel") is a stop of its own, not the visit told before going on.
"""

from __future__ import annotations

import pytest

from .records import Extract

AGENDA_PARTS = [
    pytest.param(
        "# Forum on Smart Ports 2025\n\n**Valencia, 3–4 June 2025**\n\n"
        "The forum opens in Valencia on 3 June 2025.\n\n"
        "### Day 1 — Tuesday, 3 June\n\n| 10:00 | Opening remarks |\n\n"
        "### Day 2 — Wednesday, 4 June\n\n| 09:00 | Panel on port data |\n",
        "2025-05-01",
        id="day headings",
    ),
    pytest.param(
        "The summer school runs in Tartu from 7 to 25 July 2025.\n\n"
        "Week 2 (14 July): laboratory work at the university.\n",
        "2025-05-01",
        id="week heading",
    ),
]


@pytest.mark.parametrize(("text", "published"), AGENDA_PARTS)
def test_numbered_agenda_parts_are_no_events(extract: Extract, text: str, published: str) -> None:
    events = extract(text, published=published)["events"]
    assert not [e for e in events if e["name"].strip().lower() in ("day", "week")], events


ADDRESSES = [
    pytest.param(
        "Register at events.example.org/ports-forum by 20 May 2025, 23:59 CET.",
        id="path of a web address",
    ),
    pytest.param(
        "Questions may be sent to forum-office@example.org until 20 May 2025.",
        id="e-mail address",
    ),
    pytest.param(
        "The programme is online at https://example.org/workshop-2025 from 20 May 2025.",
        id="full URL",
    ),
]


@pytest.mark.parametrize("sentence", ADDRESSES)
def test_an_event_word_inside_an_address_is_no_event(extract: Extract, sentence: str) -> None:
    events = extract("NOTICE\n\n" + sentence + "\n", published="2025-05-01")["events"]
    assert events == [], events


NAMED_GATHERINGS = [
    pytest.param(
        "- **2–3 December 2025**, Tunis — EU–Tunisia Blue Economy Research Days\n",
        "2025-12-02",
        "conference",
        id="Research Days",
    ),
    pytest.param(
        "The minister invited her counterpart to the Nordic Robotics Show in Oslo in October.\n",
        "2025-10",
        "exhibition",
        id="Show, invited to: ahead",
    ),
]


@pytest.mark.parametrize(("text", "date", "kind"), NAMED_GATHERINGS)
def test_named_gatherings(extract: Extract, text: str, date: str, kind: str) -> None:
    events = extract("NEWS\n\n" + text, published="2025-05-20")["events"]
    assert any(e["date"] == date and e["type"] == kind for e in events), events


PREVIEWS = [
    pytest.param(
        "SANTIAGO, 18 September 2025 - The partnership has been renewed, with a first workshop planned "
        "for December.\n\n" + "The agencies also agreed on data policies for the telescopes.\n\n" * 6 + ""
        "## Workshop\n\nThe Austral Data workshop will be held from 3 to 5 December 2025 at the "
        "university.\n",
        "2025-09-18",
        "2025-12-03",
        id="far preview in the same year",
    ),
    pytest.param(
        "TAMPERE, 4 June 2025 - The two institutes signed a memorandum on photonics.\n\n"
        "## Joint workshop in Tampere in October\n\n"
        "The first joint Workshop on Integrated Photonics will be held in Tampere on 14–16 October "
        "2025.\n",
        "2025-06-04",
        "2025-10-14",
        id="heading month read in the wrong year",
    ),
]


@pytest.mark.parametrize(("text", "published", "day"), PREVIEWS)
def test_a_month_preview_folds_into_its_day(extract: Extract, text: str, published: str, day: str) -> None:
    events = extract(text, published=published)["events"]
    workshops = [e for e in events if e["type"] == "conference"]
    assert [e["date"] for e in workshops] == [day], events


def test_two_workshops_in_other_cities_stay_apart(extract: Extract) -> None:
    text = (
        "NEWS\n\nA workshop in Nairobi is planned for December.\n\n"
        "A workshop on soils will be held in Accra on 3 December 2025.\n"
    )
    events = extract(text, published="2025-09-18")["events"]
    assert len([e for e in events if e["type"] == "conference"]) == 2, events


FAR_ANCHORS = [
    pytest.param(
        "MENDOZA, 20 September 2024\n\n"
        "The joint working group held its third meeting on 17 and 18 September 2024 in Mendoza.\n\n"
        + "".join(
            f"Point {i}. The delegations reviewed item number {i} of the work plan.\n\n" for i in range(18)
        )
        + "Applications for the training will close on 13 December 2024.\n\n"
        "The following day, the delegation travelled to Córdoba to visit the space centre.\n",
        "2024-09-19",
        id="far anchor past a deadline",
    ),
    pytest.param(
        "LIMA, 8 May 2025 - The forum was held in Lima on 5 and 6 May 2025.\n\n"
        "The following day, the delegation travelled to Cusco to visit the observatory.\n",
        "2025-05-07",
        id="the day after a two-day event",
    ),
]


@pytest.mark.parametrize(("text", "day"), FAR_ANCHORS)
def test_the_following_day_counts_from_the_event(extract: Extract, text: str, day: str) -> None:
    events = extract(text, published=None)["events"]
    visits = [e for e in events if e["type"] == "visit"]
    assert [e["date"] for e in visits] == [day], events


def test_a_far_anchor_gives_way_to_a_day_told_since(extract: Extract) -> None:
    text = (
        "MENDOZA, 20 September 2024\n\n"
        "The joint working group held its third meeting on 17 and 18 September 2024 in Mendoza.\n\n"
        + "".join(
            f"Point {i}. The delegations reviewed item number {i} of the work plan.\n\n" for i in range(18)
        )
        + "A seminar on radar data took place in Rosario on 19 September 2024.\n\n"
        "The following day, the delegation travelled to Córdoba to visit the space centre.\n"
    )
    events = extract(text, published=None)["events"]
    assert not [e for e in events if e["type"] == "visit" and e["date"] == "2024-09-19"], events


def test_a_bare_reference_takes_no_background_day(extract: Extract) -> None:
    text = (
        "*Porto, 17 September 2025* - Forty exporters opened their stands on Tuesday at the **Porto "
        "Cork Fair 2025**, a three-day show in Porto that runs until Thursday 18 September. The fair "
        "coincides with the anniversary of the trade treaty, which entered into force on 1 May 2011.\n"
    )
    events = extract(text, published="2025-09-17")["events"]
    assert not [e for e in events if e["date"].startswith("2011")], events
    assert any(e["date"] == "2025-09-16" and e["type"] == "exhibition" for e in events), events


def test_a_visit_on_the_sidelines_of_a_session_stands(extract: Extract) -> None:
    text = (
        "HANOI, 14 November 2025 - Over two days, 13 and 14 November 2025, the 5th Session of the "
        "Joint Committee was held in Hanoi.\n\n"
        "On the sidelines of the session, the French delegation will visit the Hoa Lac Hi-Tech Park "
        "on 15 November.\n"
    )
    events = extract(text, published="2025-11-14")["events"]
    sessions = [e for e in events if e["type"] == "meeting" and e["date"] == "2025-11-13"]
    assert sessions and sessions[0].get("end") == "2025-11-14", events
    assert any(e["type"] == "visit" and e["date"] == "2025-11-15" for e in events), events


def test_a_visit_verb_to_a_place_of_its_own_is_a_stop(extract: Extract) -> None:
    text = (
        "NEWSLETTER\n\nOn Tuesday 29 September 2026, a delegation led by Vice Minister PARK Ji-ho "
        "visited the research centre in Leuven. The following day the delegation toured the test site "
        "in Mol to see its facilities.\n"
    )
    events = extract(text, published="2026-10-09")["events"]
    visits = sorted(e["date"] for e in events if e["type"] == "visit")
    assert visits == ["2026-09-29", "2026-09-30"], events
    second = next(e for e in events if e["date"] == "2026-09-30")
    assert second.get("location") != "Leuven", events
