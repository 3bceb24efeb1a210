"""What a rule reports for one match before it becomes a `Timex`."""

from __future__ import annotations

from dataclasses import dataclass, field

from bilat.temporal.calendar import Point


@dataclass
class Found:
    """A resolved expression: TIMEX3 type and value, plus what later passes need.

    `point` (a calendar point) becomes the anchor for expressions like "the following day";
    `clock` is a time of day ("T12:00") still waiting for its date; `zone` its UTC offset or
    IANA zone name; `parts` the ends of a range as (start, end, value) relative to the text.
    """

    type: str
    value: str
    mod: str | None = None
    end_value: str | None = None
    point: Point | None = None
    clock: str | None = None
    zone: str | None = None
    parts: list[tuple[int, int, str]] = field(default_factory=list)
    anchors: bool = True  # whether later expressions may count from this one
    from_reference: bool = False  # counted from the reference date ("yesterday", "last week")
