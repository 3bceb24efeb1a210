"""Event words that tell a venue or a kind of gathering: a pavilion (stand, booth) is a place inside a
fair, not the fair's event; a summit named for a trade or a science is a conference; a verb saying
that an event opened dates that event and launches nothing."""

from __future__ import annotations

import pytest

from .records import Extract


def _on(record: dict, date: str) -> list[dict]:
    return [e for e in record["events"] if e["date"] == date]


@pytest.mark.parametrize(
    ("sentence", "date", "kinds"),
    [
        (
            "Researchers and diplomats gathered at the Chilean Pavilion of Expo 2025 Osaka on "
            "12 June 2025 to mark ten years of the space agreement.",
            "2025-06-12",
            {"other"},
        ),
        (
            "The embassy hosted a networking evening for young engineers at the Kenya Pavilion at "
            "Expo 2030 Riyadh on 4 March 2030.",
            "2030-03-04",
            {"other", "reception"},  # (a networking evening is a reception: test_events_classes_s17c)
        ),
        (
            "On 9 October 2025 the Finnish and Korean agencies held a reception at the Nordic Pavilion "
            "of the World Expo in Osaka.",
            "2025-10-09",
            {"reception"},
        ),
        (
            "Ghana and Japan signed a memorandum on 2 April 2025 at the Ghana Pavilion of the World "
            "Expo in Osaka.",
            "2025-04-02",
            {"signing"},
        ),
    ],
)
def test_an_event_held_at_a_pavilion_is_not_the_fair(
    extract: Extract, sentence: str, date: str, kinds: set[str]
) -> None:
    record = extract(sentence, published="2025-01-01")
    found = _on(record, date)
    assert found, record["events"]
    assert {e["type"] for e in found} <= kinds, found


@pytest.mark.parametrize(
    "sentence",
    [
        "The Hannover Messe fair took place in Hanover on 31 March 2025.",
        "The agency will open a stand at the Hannover Messe fair on 31 March 2025.",
        "Twelve firms will exhibit at the Korean booth of the Hannover Messe fair on 31 March 2025.",
    ],
)
def test_a_fair_with_no_pavilion_before_it_stays_an_exhibition(extract: Extract, sentence: str) -> None:
    record = extract(sentence, published="2025-01-01")
    assert "exhibition" in [e["type"] for e in _on(record, "2025-03-31")], record["events"]


@pytest.mark.parametrize(
    ("sentence", "date", "kind"),
    [
        (
            "The OpenSky Global Investor Summit will take place in Lisbon in March 2027.",
            "2027-03",
            "conference",
        ),
        ("Delegates attended the Nairobi Science Summit from 4 to 6 June 2026.", "2026-06-04", "conference"),
        ("The Andes Tech Summit was held in Santiago on 14 May 2026.", "2026-05-14", "conference"),
        (
            "The World Summit on Digital Health opened in Geneva on 2 February 2026.",
            "2026-02-02",
            "conference",
        ),
        ("The 15th EU-Japan Summit was held in Tokyo on 23 July 2026.", "2026-07-23", "meeting"),
        ("The G20 leaders' summit took place in Johannesburg on 22 November 2025.", "2025-11-22", "meeting"),
    ],
)
def test_a_summit_named_for_a_trade_or_a_science_is_a_conference(
    extract: Extract, sentence: str, date: str, kind: str
) -> None:
    record = extract(sentence, published="2025-01-01")
    found = _on(record, date)
    assert found, record["events"]
    assert found[0]["type"] == kind, found


@pytest.mark.parametrize(
    ("sentence", "date", "kind"),
    [
        ("The Expo, which opened on 13 April 2025, runs until 13 October 2025.", "2025-04-13", "exhibition"),
        ("The congress opened on 6 October 2025 in Sydney with a keynote.", "2025-10-06", "conference"),
        (
            "Some 3,000 delegates attend the forum, which was formally opened on 3 March 2026 in Accra.",
            "2026-03-03",
            "conference",
        ),
        (
            "The joint workshop kicked off on 12 May 2026 at the university in Quito.",
            "2026-05-12",
            "conference",
        ),
    ],
)
def test_an_event_that_opened_is_not_a_launch(extract: Extract, sentence: str, date: str, kind: str) -> None:
    record = extract(sentence, published="2025-01-01")
    found = _on(record, date)
    assert found, record["events"]
    assert [e["type"] for e in found] == [kind], found


def test_a_centre_that_opened_is_still_a_launch(extract: Extract) -> None:
    record = extract(
        "The joint research centre, which opened in Hanoi on 5 May 2025, hosts forty scientists.",
        published="2025-06-01",
    )
    assert [e["type"] for e in _on(record, "2025-05-05")] == ["launch"]


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Minister Okafor is visiting Norway from 3 to 5 September 2026.", "2026-09-03"),
        ("The Ghanaian delegation will be visiting Tokyo on 14 October 2026.", "2026-10-14"),
        ("On 2 May 2026 the ministers will tour the Fraunhofer Institute in Munich.", "2026-05-02"),
        ("The rectors are touring the Atacama observatories on 7 November 2026.", "2026-11-07"),
        ("Ms Lindqvist visits Santiago on 12 March 2026 to meet the science minister.", "2026-03-12"),
    ],
)
def test_progressive_and_plain_verb_forms_of_a_visit(extract: Extract, sentence: str, date: str) -> None:
    record = extract(sentence, published="2026-01-05")
    assert "visit" in [e["type"] for e in _on(record, date)], record["events"]


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("She was a visiting professor at Kyoto University from 1 April 2026.", "2026-04-01"),
        ("Canadian tour operators will be offered new packages from 1 May 2026.", "2026-05-01"),
        ("A touring exhibition of Chilean fossils will travel from 3 June 2026.", "2026-06-03"),
    ],
)
def test_visit_words_that_only_describe_a_noun_tell_no_visit(
    extract: Extract, sentence: str, date: str
) -> None:
    record = extract(sentence, published="2026-01-05")
    assert "visit" not in [e["type"] for e in _on(record, date)], record["events"]
