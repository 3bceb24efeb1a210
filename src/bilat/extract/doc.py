"""The document object that pipeline components read and annotate.

A ``Doc`` holds the text, its sentences and named layers of spans (``doc.layer("country")``),
plus the ``Record`` that the later components fill in. Components communicate only through it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

from bilat.extract.record import Record

_bisect_left = bisect.bisect_left  # (a local name: `in_span` runs tens of thousands of times)


@dataclass
class Mention:
    """A labelled span of the text with free attributes (e.g. a country code, a date value)."""

    start: int
    end: int
    label: str
    text: str
    attrs: dict[str, Any] = field(default_factory=dict)

    @property
    def span(self) -> tuple[int, int]:
        """The (start, end) offsets."""
        return (self.start, self.end)


class SpanIndex:
    """Answers "does some span contain [start, end)?" in logarithmic time."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._max_end: list[int] = list(accumulate((end for _, end in ordered), max, initial=-1))[1:]

    def covers(self, start: int, end: int) -> bool:
        """True when a span starts at or before `start` and ends at or after `end`."""
        index = bisect.bisect_right(self._starts, start) - 1
        return index >= 0 and self._max_end[index] >= end


@dataclass
class Doc:
    """One document under extraction."""

    text: str
    name: str
    published: str | None = None
    sentences: list[tuple[int, int]] = field(default_factory=list)
    layers: dict[str, list[Mention]] = field(default_factory=dict)
    data: dict[str, Any] = field(default_factory=dict)
    record: Record = field(init=False)

    def __post_init__(self) -> None:
        self.record = Record(doc=self.name, published=self.published)
        self._starts: list[int] = [s for s, _ in self.sentences]
        self._layer_starts: dict[str, list[int]] = {}

    def layer(self, name: str) -> list[Mention]:
        """The mentions of a layer, sorted by start (empty if no component made it)."""
        return self.layers.get(name, [])

    def set_layer(self, name: str, mentions: list[Mention]) -> None:
        """Replace a layer with `mentions` (sorted by offsets)."""
        self.layers[name] = sorted(mentions, key=lambda m: (m.start, -m.end))
        self._layer_starts[name] = [m.start for m in self.layers[name]]

    def set_sentences(self, spans: list[tuple[int, int]]) -> None:
        """Store the sentence spans (sorted, non-overlapping)."""
        self.sentences = spans
        self._starts = [s for s, _ in spans]

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence that contains `offset` (or the nearest one before it)."""
        if not self._starts:
            return 0
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def sentence_of(self, offset: int) -> tuple[int, int]:
        """The (start, end) of the sentence that contains `offset`."""
        if not self.sentences:
            return (0, len(self.text))
        return self.sentences[self.sentence_index(offset)]

    def first_body_sentence(self) -> int:
        """The index of the first sentence after a Markdown page's front matter (the "title:",
        "date:" lines between "---" at its top and the next "---"), 0 when the text has none."""
        if not self.text.startswith("---\n"):
            return 0
        close = self.text.find("\n---", 3)
        if close < 0:
            return 0
        return next((n for n, (start, _) in enumerate(self.sentences) if start > close + 4), 0)

    def partner_countries(self) -> set[str]:
        """The country codes of the partnerships the context step chose (empty before it runs)."""
        return {code for pair in self.data.get("partners") or [] for code in pair}

    def in_span(self, name: str, start: int, end: int) -> list[Mention]:
        """Mentions of layer `name` that lie inside [start, end)."""
        starts = self._layer_starts.get(name)
        if not starts:
            return []
        lo = _bisect_left(starts, start)
        hi = _bisect_left(starts, end, lo)
        if lo == hi:
            return []
        if hi == lo + 1:  # (the common case: one mention starts inside the span)
            mention = self.layers[name][lo]
            return [mention] if mention.end <= end else []
        return [m for m in self.layers[name][lo:hi] if m.end <= end]
