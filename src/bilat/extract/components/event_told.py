"""The event mention as the event helpers read it (`events.Found`), defined once for all of them."""

from __future__ import annotations

from typing import Protocol


class Told(Protocol):
    """What the event helpers read (and set) of an event mention (`events.Found`)."""

    type: str
    date: str
    end: str | None
    location: str | None
    name: str
    spans: list[tuple[int, int]]
    sentence: tuple[int, int]
    kinds: set[str]  # the types of the mentions merged into it
    refers: bool  # told by a bare event word, or named from an earlier sentence
