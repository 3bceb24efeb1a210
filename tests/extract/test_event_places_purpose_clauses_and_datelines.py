"""Where and when an event took place: a city in a purpose clause or in another clause is not its
venue, a country name is no city, a wire story's lead takes the dateline's city, an infinitive
event word is a purpose, and a month without a year in a sentence about the future lies ahead."""

from __future__ import annotations

import pytest

from .records import Extract


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2025, during the Joint Committee in Vienna, the two institutes signed a memorandum of "
        "understanding to set up a joint laboratory in Graz.",
        "On 4 March 2025 in Vienna, the agencies signed an agreement to establish a data centre in Graz.",
        "The ministers signed a protocol in Vienna on 4 March 2025 to jointly build a test facility in Graz.",
    ],
)
def test_a_city_in_a_purpose_clause_is_not_the_venue(extract: Extract, text: str) -> None:
    events = extract(text, published="2025-03-10")["events"]
    assert [e.get("location") for e in events if e["date"] == "2025-03-04"] == ["Vienna"]


def test_a_city_in_another_clause_before_the_event_is_not_its_venue(extract: Extract) -> None:
    text = (
        "The agency said it would fund tasting events in Osaka and Kyoto, and would open a stand at the "
        "Lima Food Expo fair on 12 July 2026."
    )
    events = extract(text, published="2026-03-01")["events"]
    assert events and all(e.get("location") not in ("Osaka", "Kyoto") for e in events)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "BEIJING, Nov 18, 2026 (Example Newswire Service) - Peru and China on Tuesday signed a "
            "protocol on a new satellite.",
            "Beijing",
        ),
        (
            "NAIROBI, 18 November 2026 - Kenya and Japan on Monday signed a memorandum on data centres.",
            "Nairobi",
        ),
        ("Asunción, 18 November 2026 - Paraguay and Chile signed a letter of intent on Sunday.", "Asunción"),
    ],
)
def test_the_lead_of_a_wire_story_takes_the_dateline_city(extract: Extract, text: str, city: str) -> None:
    signings = [e for e in extract(text, published="2026-11-18")["events"] if e["type"] == "signing"]
    assert [e.get("location") for e in signings] == [city]
    assert signings[0]["date"] < "2026-11-18"


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2025, Chile and Germany signed an agreement to design and launch a research satellite.",
        "The agencies met on 3 May 2025 to launch a joint programme on lithium.",
    ],
)
def test_an_infinitive_event_word_is_a_purpose(extract: Extract, text: str) -> None:
    events = extract(text, published="2025-05-10")["events"]
    assert all(e["type"] != "launch" for e in events)


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        (
            "The council would open a desk for foreign buyers at the Asuncion Agro Fair in July.",
            "2026-11-20",
            "2027-07",
        ),
        ("The two ministers will meet again at a forum in Tokyo in March.", "2025-10-02", "2026-03"),
        ("The ministers met at a forum in Tokyo in March.", "2025-10-02", "2025-03"),
    ],
)
def test_a_month_without_a_year_lies_ahead_when_the_sentence_tells_the_future(
    extract: Extract, text: str, published: str, date: str
) -> None:
    assert date in {e["date"] for e in extract(text, published=published)["events"]}
