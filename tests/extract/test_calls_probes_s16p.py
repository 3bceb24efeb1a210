"""Call probes of session 16, round 5 (helper p): call pages and news of our own.

1. "a call for proposals closing on 31 May 2026" states a deadline ("closing on" as "closes on").
2. A joint call's name that ends its line with a full stop ("# Chile-Korea Joint Call for Green
   Hydrogen.") names the call's programme without it; an abbreviation's stop stays.
"""

from __future__ import annotations

import pytest

from bilat.extract.components.calls import named_call

from .records import Extract

CASES = [  # (text, expected (deadline, programme) of every call)
    pytest.param(
        "Dhaka, 5 March 2026 — Bangladesh and the Netherlands announced the second phase of the Delta "
        "Research Initiative, with a call for proposals closing on 31 May 2026.",
        [("2026-05-31", "Delta Research Initiative")],
        id="closing on",
    ),
    pytest.param(
        "# Chile-Korea Joint Call for Green Hydrogen.\n\nSantiago, 3 March 2026 — Chile and Korea invite "
        "joint proposals. Deadline: 15 June 2026.",
        [("2026-06-15", "Chile-Korea Joint Call for Green Hydrogen")],
        id="title's full stop",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_call_probes(extract: Extract, text: str, expected: list[tuple[str, str]]) -> None:
    calls = extract(text, published=None)["calls"]
    assert sorted((c["deadline"][:10], c["program"]) for c in calls) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ghana-Togo Joint Call for Solar Cooling.\nDeadline: 3 May",
            "Ghana-Togo Joint Call for Solar Cooling",
        ),
        (
            "Mexico-U.S. Joint Call in Water Research. Deadline: 3 May",
            "Mexico-U.S. Joint Call in Water Research",
        ),
        (
            "Fiji-Samoa Joint Call for Reef Health.\nDeadline: 3 May",
            "Fiji-Samoa Joint Call for Reef Health",
        ),
    ],
)
def test_call_name_stop(text: str, name: str) -> None:
    assert named_call(text, text.index("Deadline")) == name
