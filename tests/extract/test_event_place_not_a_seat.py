"""A city inside an organisation's name ("the German Embassy in Beijing") is that body's seat: a
later sentence that mentions it does not move an event there."""

from __future__ import annotations

import pytest

from .records import Extract


@pytest.mark.parametrize(
    ("second", "seat"),
    [
        ("Dr. Anna Berg of the German Embassy in Beijing attended the opening ceremony.", "Beijing"),
        ("Guests from the French Embassy in Tokyo attended the launch ceremony.", "Tokyo"),
        ("A delegation of the British Council in Nairobi attended the opening ceremony.", "Nairobi"),
    ],
)
def test_a_seat_named_in_the_next_sentence_does_not_place_the_event(
    extract: Extract, second: str, seat: str
) -> None:
    text = (
        "The joint laboratory of the two academies was officially inaugurated on the afternoon of "
        f"12 November 2026. {second}"
    )
    record = extract(text, published="2026-11-16")
    assert record["events"]
    assert all(event.get("location") != seat for event in record["events"])
