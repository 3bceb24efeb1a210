"""What a rule needs to know to resolve an expression: reference date, anchor, tense, date order."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from bilat.temporal.calendar import Point
from bilat.temporal.numeric_order import prefers_day_first

FUTURE_CUES = re.compile(
    r"(?i)(?:\b(?:will|shall|going\s+to|plans?\s+to|scheduled|upcoming|intends?\s+to|is\s+to|are\s+to|"
    r"set\s+(?:to|for)|to\s+be\s+held|next(?!\s+(?:to|steps?)\b)|forthcoming|due\s+(?:on|by)|expected|"
    # "was due to travel on Thursday": a plan told in the past ("was due to the rain" is a cause)
    r"(?:is|are|was|were)\s+due\s+to\s+(?:be|visit|travel|arrive|meet|sign|open|start|begin|hold|attend|"
    r"speak|launch|return|fly|leave|deliver|address|receive|announce|release|expire|end|close|take)|"
    r"will\s+be|from\s+now|as\s+(?:soon|early)\s+as|would|planned|planning|"
    # a modal before a base verb looks ahead ("should begin Wednesday"); before "have" it looks back
    r"(?:should|might|must)(?=\s+(?!have\b|not\s+have\b)[a-z])|"
    # dates of financial notices: "payable Dec. 1 to holders of record Nov. 10", "effective Feb. 1"
    r"payable|effective|takes\s+effect|of\s+record|record\s+date|expires?|expiring|"
    # a scheduled event in the present tense: "the trial begins Monday", "they meet Monday"
    r"(?<!\bto\s)(?:meets?|begins|ends|opens|closes|starts|resumes|arrives|departs|convenes|travels|returns|kicks\s+off|tees?\s+off|takes\s+place)|"
    # a day named after "tonight" or "tomorrow" in its clause comes after them ("storms tonight and
    # again Thursday afternoon")
    r"tonight|tomorrow)\b|'ll\b)"
)
# Irregular past forms; after "be"/"been" they are participles ("will be paid", "to be held");
# "was/were planning", "were to" look ahead from the past (the event planned comes later).
PAST_CUES = re.compile(
    r"(?i)\b(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)"
    r"(?:(?:was|were)(?!\s+(?:planning|scheduled|expected|due|set|going|about|to)\b)|had|did|ago|"
    # "last" as a verb after a modal ("the talks will last through Friday") is no past cue
    r"(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bmight\s)(?<!\bshould\s)(?<!\bmay\s)(?<!\bcan\s)last|"
    r"earlier|"
    r"took\s+place|since|held|met|ran|took|came|went|"
    r"began|left|made|gave|saw|became|brought|found|kept|spent|sent|led|won|paid|rose|fell|grew|wrote|"
    r"spoke|chose|built|sold|bought|flew|drew)\b"
)
# A regular past form ("signed", "announced"): a weaker cue, since it may be a participle or an
# adjective ("a still unspecified date"); capitalised words ("United") and "-eed" words are not verbs,
# nor is the form right after a determiner or possessive ("restart an idled furnace", "its closed plant").
REGULAR_PAST = re.compile(
    r"(?<![\w-])(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)"
    r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bour\s)(?<!\bmy\s)"
    r"(?<!\byour\s)(?<!\btheir\s)(?<!\bthis\s)(?<!\bthese\s)(?<!\bthose\s)"
    r"[a-z]{2,}[^e\W]ed\b|\bagreed\b"
)
REGULAR_PAST_PENALTY = 10
# A reporting verb dates the report; the event it reports may lie ahead ("will succeed ... Feb. 1,
# the company said"), so it only decides when nothing nearer does.
REPORTING = re.compile(r"(?i)\b(?:said|told|says|announced|reported)\b")
REPORTING_PENALTY = 10
# ... except right before the expression ("said Tuesday", "announced on Monday"): then it dates it.
ADJACENT = re.compile(r"\s+(?:on\s+)?")
# A quotation mark between a cue and the expression: the cue is probably in another clause
# (a reporting verb outside a quotation: "'... leave Thursday,' Castro said").
QUOTE = re.compile(r"[\"“”]|''|``")
QUOTE_PENALTY = 25
# A cue after the expression past a clause break (a comma, "and") is another clause's verb when a past
# verb stands before the expression in its own clause: "signed a letter on Tuesday and plan to sign ...",
# "which was signed on Tuesday, opens joint calls".
CLAUSE_BREAK = re.compile(r",|\band\b")
# ... unless that clause is itself told in the past ("organised a march on Saturday and were planning a
# vigil on Sunday": the plan, told from the past, may be the march's too).
_PAST_AUXILIARY = re.compile(r"\b(?:was|were)\s+$")


def told_past(between: str) -> bool:
    """Whether the words before a later clause's cue end with a past auxiliary ("and were planning")."""
    return _PAST_AUXILIARY.search(between) is not None


OTHER_CLAUSE_PENALTY = 30
# Prepositions that point ahead ("until 13 October", "by May") but yield to a verb's tense.
WEAK_FUTURE_CUES = re.compile(
    r"(?i)\b(?:until|till|by|before|from)\s+"
    r"(?:(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|noon|midnight)(?:\s+[A-Z]{2,4})?,?\s+)?$"
)  # also across a time of day: "until 9 a.m. EST Tuesday"
WEAK_CUE_PENALTY = 15
# The end of a sentence, but not the full stop of an initial, a title or a time ("Daniel P. Davison",
# "Mr. Bush", "9 a.m. Tuesday").
# (The mark is read first and the words before it checked behind it, each one character wider:
# the same matches as checking them first, found faster; tests/temporal/test_speed_machinery.py.)
SENTENCE_EDGE = re.compile(
    r"[.!?;](?<!\b[A-Z].)(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Co|No).)(?<!\b(?:Mrs|Gen|Gov|Sen|Rep|Inc|Ltd|Col).)"
    r"(?<!\bCorp.)(?<![ap]\.m.)\s|\n\s*\n"
)
# A relative clause set off by commas between a verb and the expression is not the verb's clause
# ("will face X, who was unopposed, on Nov. 7"): its cues are skipped.
RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whom|whose|which)\b[^,]*,")
WINDOW_LEFT = 60
WINDOW_RIGHT = 40
WINDOW_FRONTED = 140  # characters after a date that opens its sentence where its verb may be
# A date that opens its sentence: nothing before it but a preposition ("On Wednesday, ...").
FRONTED = re.compile(r"\s*(?:(?:On|By|From|In|At|Last|Next|This|Early|Late)\s+)?(?:the\s+)?")
# A clause set off by commas right after such a date is not the main clause ("On Friday, when X set
# aside a hastily planned trip, the ministry lifted ..."): its verbs are skipped.
FRONTED_SUBCLAUSE = re.compile(
    r",\s+(?:when|while|as|after|before|because|since|although|though|if|once|until)\b[^,.;]*,"
)


# The state of a `Context` that changes while a text is tagged (the rest is fixed by the text).
STATE = ("reference", "anchor", "anchor_at", "last_quarter", "last_quarter_at")
_PRIVATE = {name: "_" + name for name in STATE}  # where each is kept


class Context:
    """Resolution state while tagging one text.

    Reading the changing state (`STATE`) is recorded while `reads` is a set, so that a resolution
    can be reused wherever the state it read is the same (see `tagger._resolution`).
    """

    def __init__(
        self,
        text: str,
        reference: Point | None,
        anchor: Point | None = None,
        anchor_at: int = -1,  # where the expression that set `anchor` ends
        day_first: bool | None = True,  # None: as the text writes its numeric dates (`prefers_day_first`)
        last_quarter: Point | None = None,
        last_quarter_at: int = -1,
    ) -> None:
        self.text = text
        self._day_first = day_first
        self.tenses: dict[tuple[int, int, bool], str | None] = {}
        # the resolutions already made in the text (see `tagger._resolution`)
        self.resolutions: dict[tuple[int, int, int], list[Any]] = {}
        self.reads: set[str] | None = None
        # whether the reference was read (or a resolution that read it reused): if not, tagging
        # against any other reference gives the same (see `tagger._tagged`)
        self.reference_read = False
        self._reference = reference
        self._anchor = anchor
        self._anchor_at = anchor_at
        self._last_quarter = last_quarter
        self._last_quarter_at = last_quarter_at

    def state(self, names: tuple[str, ...]) -> tuple[object, ...]:
        """The current values of some of the changing state (`STATE`), without recording a read."""
        if not names:
            return ()
        fields = self.__dict__
        if len(names) == 1:
            return (fields[_PRIVATE[names[0]]],)
        return tuple([fields[_PRIVATE[name]] for name in names])

    @property
    def day_first(self) -> bool:
        """Whether numeric dates like 03/04/2024 are day-first in this text (found on first use)."""
        if self._day_first is None:
            self._day_first = prefers_day_first(self.text)
        return self._day_first

    def _read(self, name: str) -> None:
        if self.reads is not None:
            self.reads.add(name)

    @property
    def reference(self) -> Point | None:
        """The reference date (a dated item of a listing becomes the reference of what follows)."""
        self.reference_read = True
        self._read("reference")
        return self._reference

    @reference.setter
    def reference(self, value: Point | None) -> None:
        self._reference = value

    @property
    def anchor(self) -> Point | None:
        """The last date mentioned."""
        self._read("anchor")
        return self._anchor

    @anchor.setter
    def anchor(self, value: Point | None) -> None:
        self._anchor = value

    @property
    def anchor_at(self) -> int:
        """Where the expression that set `anchor` ends (-1: none)."""
        self._read("anchor_at")
        return self._anchor_at

    @anchor_at.setter
    def anchor_at(self, value: int) -> None:
        self._anchor_at = value

    @property
    def last_quarter(self) -> Point | None:
        """The quarter mentioned last."""
        self._read("last_quarter")
        return self._last_quarter

    @last_quarter.setter
    def last_quarter(self, value: Point | None) -> None:
        self._last_quarter = value

    @property
    def last_quarter_at(self) -> int:
        """Where the quarter mentioned last ends (-1: none)."""
        self._read("last_quarter_at")
        return self._last_quarter_at

    @last_quarter_at.setter
    def last_quarter_at(self, value: int) -> None:
        self._last_quarter_at = value

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
        if key not in self.tenses:  # a match is resolved more than once (see `tagger._resolution`)
            self.tenses[key] = self._tense(start, end, left_context)
        return self.tenses[key]

    def _tense(self, start: int, end: int, left_context: bool) -> str | None:
        left = self.text[max(0, start - WINDOW_LEFT) : start] if left_context else ""
        if "," in left and RELATIVE_CLAUSE.search(left):  # the window reaches past the clause
            widen = sum(c.end() - c.start() for c in RELATIVE_CLAUSE.finditer(left))
            left = self.text[max(0, start - WINDOW_LEFT - widen) : start]
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
        if best is None and FRONTED.fullmatch(left) and self.text.startswith(",", end):
            best = self._fronted_tense(end)
        return best[1] if best else None

    def _fronted_tense(self, end: int) -> tuple[int, str] | None:
        """The tense of the main verb after a date that opens its sentence ("On Wednesday, about 60
        researchers from four countries will begin a workshop"): its subject may run past the
        right window; the first cue within `WINDOW_FRONTED` characters of the sentence tells."""
        clause = FRONTED_SUBCLAUSE.match(self.text, end)
        start = clause.end() if clause else end
        right = self.text[start : start + WINDOW_FRONTED]
        edge = SENTENCE_EDGE.search(right)
        if edge:
            right = right[: edge.start()]
        cues = _cues("", right)
        return min(cues) if cues else None


# Characters that `(?i)` equates with an ASCII letter although `str.lower` does not (dotless i,
# long s, Kelvin sign) or lower-cases to two characters (capital I with dot).
_CASE_FOLD_SPECIAL = ("\u0131", "\u017f", "\u212a", "\u0130")


@cache
def _lower_case(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern written `(?i)...` with lower-case letters only, for lower-cased text: the same
    matches, found faster (the engine checks a plain letter at once)."""
    assert pattern.pattern.startswith("(?i)") and pattern.flags & re.IGNORECASE
    return re.compile(pattern.pattern[4:])


def _matches(cues: re.Pattern[str], text: str, lowered: str | None) -> Iterator[re.Match[str]]:
    """The matches of a cue pattern in `text` (spans only: via `lowered` when it is given)."""
    if cues is REGULAR_PAST:  # case-sensitive; both its forms end in "ed"
        return cues.finditer(text) if "ed" in text else iter(())
    if lowered is None:
        return cues.finditer(text)
    return _lower_case(cues).finditer(lowered)


def _cues(left: str, right: str) -> list[tuple[int, str]]:
    """(score, "past"/"future") of each tense cue around an expression: lower scores are stronger."""
    out = []
    future_spans = set()
    safe = not any(char in left or char in right for char in _CASE_FOLD_SPECIAL)
    sides = (
        ("left", left, left.lower() if safe else None),
        ("right", right, right.lower() if safe else None),
    )
    clauses = [(c.start(), c.end()) for c in RELATIVE_CLAUSE.finditer(left)] if "," in left else []
    adjacent_past = False  # a past verb of the expression's own clause ("signed a letter on Tuesday")
    later: list[tuple[int, int]] = []  # (index in out, start) of future cues after a clause break
    for cues, label, penalty in (
        (FUTURE_CUES, "future", 0),
        (PAST_CUES, "past", 0),
        (REGULAR_PAST, "past", REGULAR_PAST_PENALTY),
        (REPORTING, "past", REPORTING_PENALTY),
    ):
        for side, text, lowered in sides:
            for m in _matches(cues, text, lowered):
                if label == "future":
                    future_spans.add((side, m.start()))
                elif (side, m.start()) in future_spans:
                    continue  # "planned", "scheduled": future cues
                if side == "left" and any(a < m.start() < b for a, b in clauses):
                    continue
                between = text[m.end() :] if side == "left" else text[: m.start()]
                distance = len(between) if side == "left" else m.start() + 5  # cues after count a little less
                if side == "left" and clauses:
                    distance -= sum(b - a for a, b in clauses if a >= m.end())
                if QUOTE.search(between):
                    distance += QUOTE_PENALTY
                if cues is REPORTING and side == "left" and ADJACENT.fullmatch(between):
                    out.append((0, label))  # "said Tuesday it will ...": the day of the report
                    continue
                own_clause = not CLAUSE_BREAK.search(between)
                if label == "past" and side == "left" and cues is not REPORTING and own_clause:
                    adjacent_past = True
                elif label == "future" and side == "right" and not own_clause and not told_past(between):
                    later.append((len(out), m.start()))
                out.append((distance + penalty, label))
    if adjacent_past:
        for index, _ in later:
            out[index] = (out[index][0] + OTHER_CLAUSE_PENALTY, "future")
    return out
