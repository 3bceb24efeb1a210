"""What a rule needs to know to resolve an expression: reference date, anchor, tense, date order."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bilat.temporal.calendar import Point

FUTURE_CUES = re.compile(
    r"(?i)(?:\b(?:will|shall|going\s+to|plans?\s+to|scheduled|upcoming|intends?\s+to|is\s+to|are\s+to|"
    r"set\s+to|to\s+be\s+held|next|forthcoming|deadline|due\s+(?:on|by)|expected\s+to|"
    r"will\s+be|from\s+now)\b|'ll\b)"
)
PAST_CUES = re.compile(
    r"(?i)\b(?:was|were|had|did|said|told|ago|last|earlier|took\s+place|since|"
    r"[a-z]{3,}ed)\b"
)
SENTENCE_EDGE = re.compile(r"[.!?;]\s|\n\s*\n")
WINDOW_LEFT = 60
WINDOW_RIGHT = 40


@dataclass
class Context:
    """Resolution state while tagging one text."""

    text: str
    reference: Point | None
    anchor: Point | None = None
    day_first: bool = True

    @property
    def ref_date(self) -> dt.date | None:
        """The reference day, if any."""
        return self.reference.date if self.reference else None

    def tense(self, start: int, end: int) -> str | None:
        """"past", "future" or None: the verb cue nearest to text[start:end] in its sentence."""
        left = self.text[max(0, start - WINDOW_LEFT) : start]
        cut = list(SENTENCE_EDGE.finditer(left))
        if cut:
            left = left[cut[-1].end() :]
        right = self.text[end : end + WINDOW_RIGHT]
        edge = SENTENCE_EDGE.search(right)
        if edge:
            right = right[: edge.start()]
        best: tuple[int, str] | None = None
        for cues, label in ((FUTURE_CUES, "future"), (PAST_CUES, "past")):
            for m in cues.finditer(left):
                distance = len(left) - m.end()
                if best is None or distance < best[0]:
                    best = (distance, label)
            for m in cues.finditer(right):
                distance = m.start() + 5  # cues after the expression count a little less
                if best is None or distance < best[0]:
                    best = (distance, label)
        return best[1] if best else None
