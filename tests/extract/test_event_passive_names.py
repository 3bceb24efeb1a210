"""An event told by a passive verb is named for what it happened to, not for the bare verb: the
subject that opens the sentence, or the name a definite description ("the network") refers to."""

from __future__ import annotations

import pytest

from .records import Extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Nordic-Andean Centre for Glacier Research, jointly established by the two academies, "
            "was officially inaugurated in La Paz on 12 November 2026.",
            "Nordic-Andean Centre for Glacier Research",
        ),
        (
            "The two councils created the Baltic Coastal Futures Network this year.\n\n"
            "The network was launched on 19 November 2026 at a reception at the embassy.",
            "Baltic Coastal Futures Network",
        ),
        (
            "Scientists from both countries set up the Joint Institute for Arctic Studies.\n\n"
            "The institute was formally opened on 3 March 2026 in the presence of both ministers.",
            "Joint Institute for Arctic Studies",
        ),
    ],
)
def test_a_passive_launch_takes_its_subjects_name(extract: Extract, text: str, expected: str) -> None:
    record = extract(text, published="2026-11-24")
    names = [" ".join(e["name"].split()) for e in record["events"]]
    assert expected in names
    assert not any(name in ("launched", "established", "opened", "inaugurated") for name in names)
