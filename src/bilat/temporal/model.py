"""The value object of the temporal tagger: one time expression found in a text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True)
class Timex:
    """A time expression: its span in the text, TIMEX3 type and normalised value.

    `start`/`end` are Python string offsets into the tagged text (`text == source[start:end]`).
    A range ("12-14 May") has `value` = its first day, `end_value` = its last day, and its two
    ends as `parts`. `mod` is a TIMEX3 modifier (START, END, MID, APPROX, LESS_THAN, ...).
    """

    start: int
    end: int
    type: str
    value: str
    text: str
    end_value: str | None = None
    mod: str | None = None
    parts: tuple[Timex, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """The timex as a JSON-ready dict (optional fields only when set)."""
        out: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "value": self.value,
            "text": self.text,
        }
        if self.end_value is not None:
            out["end_value"] = self.end_value
        if self.mod is not None:
            out["mod"] = self.mod
        if self.parts:
            out["parts"] = [part.to_dict() for part in self.parts]
        return out
