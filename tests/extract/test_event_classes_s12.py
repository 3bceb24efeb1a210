"""Event classes seen in at least two in-view sets (cross-set round 12). Texts of our own.

1. A relative date that names the event it counts from with "after" ("the day after the ceremony",
   "the day after the signing"): the named event is the anchor, the cue is the next sentence's
   visit or dinner, dated from the anchor.
2. Heading a group to a named place ("led a delegation to Seoul", "headed a mission of 30 firms
   to Chile", "accompanied a group of rectors to the Tsukuba campus"): a visit on the sentence's
   date, though the sentence has no event word.
"""

from __future__ import annotations

import pytest

from .records import Extract

SIGNING = "The memorandum was signed on Tuesday, 18 March 2025, at a ceremony in Kigali."

ANCHORED = [
    pytest.param(
        "The day after the ceremony, the Uppsala delegation visited the Nyarugenge District Hospital.",
        "visit",
        "2025-03-19",
        id="day after the ceremony: visit",
    ),
    pytest.param(
        "The day after the signing, the Norwegian guests toured the Rubavu geothermal site.",
        "visit",
        "2025-03-19",
        id="day after the signing: tour",
    ),
    pytest.param(
        "On the day after the ceremony the rectors visited the Huye campus of the university.",
        "visit",
        "2025-03-19",
        id="no comma, 'on' before",
    ),
    pytest.param(
        "The evening before the ceremony, the ambassador hosted a dinner for the rectors.",
        "reception",
        "2025-03-17",
        id="evening before the ceremony: dinner",
    ),
]


@pytest.mark.parametrize(("sentence", "kind", "date"), ANCHORED)
def test_a_day_after_a_named_event_counts_from_it(
    extract: Extract, sentence: str, kind: str, date: str
) -> None:
    text = f"Universities sign partnership\n\nKigali, 21 March 2025\n\n{SIGNING}\n\n{sentence}\n"
    events = extract(text, published="2025-03-21")["events"]
    assert any(e["type"] == kind and e["date"] == date for e in events), events


LED = [
    pytest.param(
        "On 2 July 2025 the Ambassador of Japan to Kenya led a delegation to the Mwea research station.",
        "2025-07-02",
        id="led a delegation to the <site>",
    ),
    pytest.param(
        "In June 2025 the Minister of Science headed a delegation to Seoul.", "2025-06", id="headed, city"
    ),
    pytest.param(
        "On 3 July the State Secretary led a delegation of the Federal Office for Energy to Mombasa.",
        "2025-07-03",
        id="delegation of ... to",
    ),
    pytest.param(
        "The rector accompanied a group of twelve deans to the Tsukuba campus on 4 July.",
        "2025-07-04",
        id="accompanied a group, date after",
    ),
    pytest.param(
        "On 5 July the agency sent a small mission to Addis Ababa.",
        "2025-07-05",
        id="sent a mission",
    ),
]


@pytest.mark.parametrize(("sentence", "date"), LED)
def test_leading_a_group_to_a_place_is_a_visit(extract: Extract, sentence: str, date: str) -> None:
    text = f"Cooperation news\n\nNairobi, 10 July 2025\n\n{sentence}\n"
    events = extract(text, published="2025-07-10")["events"]
    assert [(e["type"], e["date"]) for e in events] == [("visit", date)], events


NOT_LED = [
    pytest.param("On 2 July the minister led a delegation of 40 business people.", id="no destination"),
    pytest.param(
        "The Japanese delegation was led by the Director-General on 3 July.", id="passive, no place"
    ),
    pytest.param("On 4 July the coach led the squad to victory.", id="lower-case goal"),
]


@pytest.mark.parametrize("sentence", NOT_LED)
def test_no_visit_without_a_named_destination(extract: Extract, sentence: str) -> None:
    text = f"Cooperation news\n\nNairobi, 10 July 2025\n\n{sentence}\n"
    events = extract(text, published="2025-07-10")["events"]
    assert not any(e["type"] == "visit" for e in events), events


# 3. A body told as meeting in future with the verb alone, no event noun ("the steering group will
#    meet for the first time in Valdivia in May 2027", "the council is due to meet in Tokyo",
#    "will next meet in Recife"): a meeting; "meet" a standard ("will meet the needs of") is none.
FUTURE_MEET = [
    pytest.param(
        "A joint steering group will meet for the first time in Valdivia in May 2027.",
        "2027-05",
        id="will meet for the first time",
    ),
    pytest.param(
        "The review panel will meet in Edinburgh in July 2027 and applicants hear back later.",
        "2027-07",
        id="panel will meet, city then month",
    ),
    pytest.param(
        "The joint committee of the two agencies will next meet in Recife in February 2027.",
        "2027-02",
        id="will next meet",
    ),
    pytest.param(
        "The ministers are due to meet again in Madrid in October 2026.", "2026-10", id="are due to meet"
    ),
    pytest.param(
        "In June 2027 the Partnership Council is scheduled to meet in Osaka.", "2027-06", id="date first"
    ),
]


@pytest.mark.parametrize(("sentence", "date"), FUTURE_MEET)
def test_a_body_that_will_meet_is_a_meeting(extract: Extract, sentence: str, date: str) -> None:
    text = f"Cooperation news\n\nSantiago, 10 March 2026\n\n{sentence}\n"
    events = extract(text, published="2026-03-10")["events"]
    assert [(e["type"], e["date"]) for e in events] == [("meeting", date)], events


MEET_A_STANDARD = [
    pytest.param("Funded projects are expected to meet the targets by December 2027.", id="targets"),
    pytest.param(
        "The new laboratory will meet the needs of researchers in Valparaiso from 2027.", id="needs"
    ),
    pytest.param("The consortium met its commitments in 2025.", id="met its commitments"),
    pytest.param(
        "Proposals will meet the eligibility criteria of the call closing on 3 June 2026.", id="criteria"
    ),
]


@pytest.mark.parametrize("sentence", MEET_A_STANDARD)
def test_meeting_a_standard_is_no_meeting(extract: Extract, sentence: str) -> None:
    text = f"Cooperation news\n\nSantiago, 10 March 2026\n\n{sentence}\n"
    events = extract(text, published="2026-03-10")["events"]
    assert not any(e["type"] == "meeting" for e in events), events


LIMITED = [
    pytest.param(
        "The working groups will meet online before the end of the year.", id="before the end of the year"
    ),
    pytest.param("The two task forces are due to meet by June 2026 to draft the call.", id="by June"),
    pytest.param(
        "The expert groups will meet online before the end of the year, so that the call opens in March.",
        id="limit, then another date of the purpose",
    ),
]


@pytest.mark.parametrize("sentence", LIMITED)
def test_a_meeting_dated_by_a_time_limit_only_is_none(extract: Extract, sentence: str) -> None:
    text = f"Cooperation news\n\nSantiago, 10 March 2026\n\n{sentence}\n"
    events = extract(text, published="2026-03-10")["events"]
    assert not any(e["type"] == "meeting" for e in events), events
