"""What a rule needs to know to resolve an expression: reference date, anchor, tense, date order."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from bilat.temporal.calendar import Point

FUTURE_CUES = re.compile(
    r"(?i)(?:\b(?:will|shall|going\s+to|plans?\s+to|scheduled|upcoming|intends?\s+to|is\s+to|are\s+to|"
    r"set\s+to|to\s+be\s+held|next(?!\s+to\b)|forthcoming|due\s+(?:on|by)|expected|"
    r"will\s+be|from\s+now|as\s+(?:soon|early)\s+as|would|planned|planning|"
    # dates of financial notices: "payable Dec. 1 to holders of record Nov. 10", "effective Feb. 1"
    r"payable|effective|takes\s+effect|of\s+record|record\s+date|expires?|expiring|"
    # a scheduled event in the present tense: "the trial begins Monday", "they meet Monday"
    r"(?<!\bto\s)(?:meets?|begins|ends|opens|resumes|arrives|departs|convenes))\b|'ll\b)"
)
# Irregular past forms; after "be"/"been" they are participles ("will be paid", "to be held");
# "was/were planning", "were to" look ahead from the past (the event planned comes later).
PAST_CUES = re.compile(
    r"(?i)\b(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)"
    r"(?:(?:was|were)(?!\s+(?:planning|scheduled|expected|due|set|going|about|to)\b)|had|did|ago|last|earlier|"
    r"took\s+place|since|held|met|ran|took|came|went|"
    r"began|left|made|gave|saw|became|brought|found|kept|spent|sent|led|won|paid|rose|fell|grew|wrote|"
    r"spoke|chose|built|sold|bought|flew|drew)\b"
)
# A regular past form ("signed", "announced"): a weaker cue, since it may be a participle or an
# adjective ("a still unspecified date"); capitalised words ("United") and "-eed" words are not verbs.
REGULAR_PAST = re.compile(r"(?<![\w-])(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)[a-z]{2,}[^e\W]ed\b|\bagreed\b")
REGULAR_PAST_PENALTY = 10
# A reporting verb dates the report; the event it reports may lie ahead ("will succeed ... Feb. 1,
# the company said"), so it only decides when nothing nearer does.
REPORTING = re.compile(r"(?i)\b(?:said|told|says|announced|reported)\b")
REPORTING_PENALTY = 10
# A quotation mark between a cue and the expression: the cue is probably in another clause
# (a reporting verb outside a quotation: "'... leave Thursday,' Castro said").
QUOTE = re.compile(r"[\"“”]|''|``")
QUOTE_PENALTY = 25
# Prepositions that point ahead ("until 13 October", "by May") but yield to a verb's tense.
WEAK_FUTURE_CUES = re.compile(
    r"(?i)\b(?:until|till|by|before|from)\s+"
    r"(?:(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|noon|midnight)(?:\s+[A-Z]{2,4})?,?\s+)?$"
)  # also across a time of day: "until 9 a.m. EST Tuesday"
WEAK_CUE_PENALTY = 15
# The end of a sentence, but not the full stop of an initial, a title or a time ("Daniel P. Davison",
# "Mr. Bush", "9 a.m. Tuesday").
SENTENCE_EDGE = re.compile(
    r"(?<!\b[A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Co|No))(?<!\b(?:Mrs|Gen|Gov|Sen|Rep|Inc|Ltd|Col))"
    r"(?<!\bCorp)(?<![ap]\.m)[.!?;]\s|\n\s*\n"
)
WINDOW_LEFT = 60
WINDOW_RIGHT = 40


@dataclass
class Context:
    """Resolution state while tagging one text."""

    text: str
    reference: Point | None
    anchor: Point | None = None
    anchor_at: int = -1  # where the expression that set `anchor` ends
    day_first: bool = True
    last_quarter: Point | None = None
    last_quarter_at: int = -1
    tenses: dict[tuple[int, int, bool], str | None] = field(default_factory=dict, repr=False)

    def recent_quarter(self, position: int, window: int = 400) -> Point | None:
        """The quarter mentioned last, if within `window` characters before `position`.

        Financial reports compare a quarter with "a year ago", "the year-earlier period", "the 1988 quarter".
        """
        if self.last_quarter is None or position - self.last_quarter_at > window:
            return None
        return self.last_quarter

    @property
    def ref_date(self) -> dt.date | None:
        """The reference day, if any."""
        return self.reference.date if self.reference else None

    def tense(self, start: int, end: int, *, left_context: bool = True) -> str | None:
        """ "past", "future" or None: the verb cue nearest to text[start:end] in its sentence
        (only after it when not `left_context`)."""
        key = (start, end, left_context)
        if key not in self.tenses:  # a match is resolved twice: when chosen and in text order
            self.tenses[key] = self._tense(start, end, left_context)
        return self.tenses[key]

    def _tense(self, start: int, end: int, left_context: bool) -> str | None:
        left = self.text[max(0, start - WINDOW_LEFT) : start] if left_context else ""
        cut = list(SENTENCE_EDGE.finditer(left))
        if cut:
            left = left[cut[-1].end() :]
        right = self.text[end : end + WINDOW_RIGHT]
        edge = SENTENCE_EDGE.search(right)
        if edge:
            right = right[: edge.start()]
        best: tuple[int, str] | None = None
        for score, label in _cues(left, right):
            if best is None or score < best[0]:
                best = (score, label)
        if WEAK_FUTURE_CUES.search(left) and (best is None or best[0] > WEAK_CUE_PENALTY):
            return "future"
        return best[1] if best else None


def _cues(left: str, right: str) -> list[tuple[int, str]]:
    """(score, "past"/"future") of each tense cue around an expression: lower scores are stronger."""
    out = []
    future_spans = set()
    for cues, label, penalty in (
        (FUTURE_CUES, "future", 0),
        (PAST_CUES, "past", 0),
        (REGULAR_PAST, "past", REGULAR_PAST_PENALTY),
        (REPORTING, "past", REPORTING_PENALTY),
    ):
        for side, text in (("left", left), ("right", right)):
            for m in cues.finditer(text):
                if label == "future":
                    future_spans.add((side, m.start()))
                elif (side, m.start()) in future_spans:
                    continue  # "planned", "scheduled": future cues
                between = text[m.end() :] if side == "left" else text[: m.start()]
                distance = len(between) if side == "left" else m.start() + 5  # cues after count a little less
                if QUOTE.search(between):
                    distance += QUOTE_PENALTY
                out.append((distance + penalty, label))
    return out
