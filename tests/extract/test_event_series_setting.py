"""A numbered session of a series, told without a date of its own as the setting of a report's news
("... were agreed at the fifth meeting of the Joint Council, held in Oslo"), takes the news day of the
lead just before it. Texts of our own."""

from __future__ import annotations

import pytest

from .records import Extract

CASES = [
    pytest.param(
        "Chile and Norway today agreed on a joint plan for ocean observation.\n\n"
        "The plan was adopted at the fifth meeting of the Chile-Norway Joint Commission on Science, "
        "held in Valparaíso.",
        "2025-03-04",
        "fifth meeting",
        "Valparaíso",
        id="today in the lead, 'at the fifth meeting ... held in'",
    ),
    pytest.param(
        "NAIROBI, March 3 (Wire) - Kenya and Japan on Monday signed a memorandum on geothermal research.\n\n"
        "The memorandum was signed in Nairobi on the sidelines of the 3rd session of the Kenya-Japan "
        "Joint Committee on Science and Technology.",
        "2025-03-03",
        "3rd session",
        "Nairobi",
        id="weekday in a dateline lead, 'on the sidelines of the 3rd session'",
    ),
    pytest.param(
        "Ministers from Ghana and Germany announced new research fellowships on Tuesday. The fellowships "
        "were presented during the second Ghana-Germany Research Dialogue in Accra.",
        "2025-03-04",
        "second Ghana-Germany Research Dialogue",
        "Accra",
        id="same paragraph, 'during the second ... Dialogue'",
    ),
]


@pytest.mark.parametrize(("text", "date", "name", "city"), CASES)
def test_a_numbered_session_takes_the_news_day(
    extract: Extract, text: str, date: str, name: str, city: str
) -> None:
    events = extract(text, published="2025-03-04")["events"]
    found = [e for e in events if name.lower() in e["name"].lower()]
    assert found, events
    assert found[0]["date"] == date
    assert found[0].get("location") == city


NEGATIVES = [
    pytest.param(
        "Chile and Norway today agreed on a joint plan for ocean observation.\n\n"
        "The plan was first proposed at the meeting of the Joint Commission.",
        id="no ordinal: an unnumbered meeting is not told as a session of the news",
    ),
    pytest.param(
        "Chile and Norway agreed on a joint plan for ocean observation in 2019.\n\n"
        "The plan was adopted at the fifth meeting of the Chile-Norway Joint Commission.",
        id="a lead dated long before the report: no news day",
    ),
    pytest.param(
        "Chile and Norway today agreed on a joint plan for ocean observation.\n\n"
        "The two research councils have funded twelve projects together.\n\n"
        "Their cooperation has grown steadily since 2010.\n\n"
        "The idea was born at the fifth meeting of the Chile-Norway Joint Commission.",
        id="far from the lead",
    ),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_news_day_without_a_numbered_setting_right_after_the_lead(extract: Extract, text: str) -> None:
    events = extract(text, published="2025-03-04")["events"]
    assert not [e for e in events if "joint commission" in e["name"].lower() and e["date"] == "2025-03-04"]
