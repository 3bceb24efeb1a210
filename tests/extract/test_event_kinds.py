"""Events of one day and place told in different sentences by cues of different kinds (a meeting
and a signing, a meeting and a reception) are separate events, as the gold files annotate them; a
generic cue ("the event") or cues of one sentence still make one event. Texts of our own."""

from __future__ import annotations

import pytest

from .records import Extract

MEETING = "The 7th Ghana-Japan Joint Committee on Science and Technology met in Accra on 12 March 2025."

CASES = [
    pytest.param(
        MEETING + " On 12 March 2025, the two ministers also signed a memorandum on space research in Accra.",
        ["meeting", "signing"],
        id="a meeting and a signing told apart",
    ),
    pytest.param(
        MEETING + " A reception for both delegations was held in Accra on 12 March 2025.",
        ["meeting", "reception"],
        id="a meeting and a reception told apart",
    ),
    pytest.param(
        "On 12 March 2025 in Accra, the two ministers signed a memorandum on space research at the "
        "7th Ghana-Japan Joint Committee meeting.",
        None,
        id="both cues in one sentence: one event",
    ),
    pytest.param(
        "The Kenya-Korea Innovation Forum took place in Nairobi on 5 June 2025. "
        "The event on 5 June 2025 drew 300 researchers from Nairobi.",
        None,
        id="a generic cue names the same event",
    ),
]


@pytest.mark.parametrize(("text", "types"), CASES)
def test_same_day_events_of_different_kinds(extract: Extract, text: str, types: list[str] | None) -> None:
    """`types` lists the separate events expected; None means one event."""
    events = extract(text, published="2025-03-14")["events"]
    if types is None:
        assert len(events) == 1, events
    else:
        assert sorted(e["type"] for e in events) == types
    assert {e["date"] for e in events} == {events[0]["date"]}
