"""The temporal tagger: find time expressions with the rule grammar, resolve them, return `Timex`es.

Steps: every rule proposes matches; the longest non-overlapping ones are kept (leftmost first
on ties); each is widened to take in a leading modifier ("about"), position ("the end of") or
article ("the") where its family allows it; then, in text order, each is resolved against the
reference date and the last date mentioned, and times of day are joined to an adjacent date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from bilat.temporal import families  # noqa: F401  (registers the rule families)
from bilat.temporal.calendar import Point
from bilat.temporal.context import Context
from bilat.temporal.found import Found
from bilat.temporal.gate import rule_starts
from bilat.temporal.grammar import alternation
from bilat.temporal.lexicon import lexicon
from bilat.temporal.model import Timex
from bilat.temporal.rules import Rule
from bilat.temporal.zones import offset_for

PREFIX_WINDOW = 40
COMPARISON = re.compile(r"(?i)(?:\d%?|percent|times|much|far|no)\s+$")
CLOCK_BEFORE_DATE = re.compile(r"[\s,]*(?:(?i:on)\s+)?$")
CLOCK_AFTER_DATE = re.compile(r"[\s,–—|-]*(?:(?i:at|from|,)\s*)?$")
YEAR_FIRST = re.compile(r"\d{4}-")
DAY_VALUE = re.compile(r"[\dX]{4}-[\dX]{2}-[\dX]{2}")
DAY_PART_VALUE = re.compile(r"[\dX]{4}-[\dX]{2}-[\dX]{2}T(?:MO|AF|EV|NI|DT)")
UTC_OFFSET = re.compile(r"[+-]\d\d:\d\d")


@dataclass(slots=True)
class Candidate:
    """A rule match, possibly widened, and its resolution."""

    start: int
    end: int
    rule: Rule
    match: re.Match[str]
    found: Found | None = None
    mod: str | None = None
    anchor: Point | None = None  # the last date mentioned before it
    key: tuple[int, int, int] = (0, 0, 0)  # (rule, match start, end): what its resolutions are kept by


def tag(text: str, reference: dt.date | str | None = None) -> list[Timex]:
    """Find and normalise every time expression in `text`.

    `reference` (a date, or ISO text at any precision such as "2023-05" or "2023") resolves
    relative expressions; without it the reference is inferred from the text (its dateline,
    else its latest explicit date).
    """
    from bilat.temporal.reference import infer_reference, parse_reference, refine_reference

    if reference is None:
        return tag_with(text, infer_reference(text))
    # a year or month ("2025") may be made precise by the text's own date ("TOKYO, Jan 16")
    return tag_with(text, refine_reference(text, parse_reference(reference)))


def tag_with(text: str, reference: Point | None) -> list[Timex]:
    """Tag `text` against a reference point (None: relative expressions stay unresolved)."""
    return list(_tagged(text, reference))


@lru_cache(maxsize=4)
def _tagged(text: str, reference: Point | None) -> tuple[Timex, ...]:
    """`tag_with`, remembered: a text without a full date of its own is tagged up to four times
    against the same references (to find its date, then against it)."""
    memory = _memory(text)
    if memory.unreferenced is not None:
        return memory.unreferenced
    ctx = Context(text, reference, day_first=None)  # read from the text when a numeric date needs it
    ctx.tenses = memory.tenses  # they depend on the text alone: shared by its taggings
    ctx.resolutions = memory.resolutions
    chosen = _candidates(memory, ctx)
    resolved = _join_day_before(_resolve(chosen, ctx), text)
    timexes = tuple(_to_timexes(_attach_clocks(resolved, ctx), text, memory.timexes))
    if not ctx.reference_read:
        # nothing read the reference, so every step would go the same way against any other
        memory.unreferenced = timexes
    return timexes


Entry = tuple[int, int, Rule, re.Match[str], tuple[int, int, int]]
# A selection: the resolutions it tested that read the changing state (entry, whether rejected), in
# order (the others are the same in every tagging), and the entries it took (entry, widened start,
# modifier taken in, its resolution if it read no state), in text order.
Selection = tuple[tuple[tuple[int, bool], ...], tuple[tuple[int, int, str | None, Found | None], ...]]
MAX_SELECTIONS = 4  # selections remembered per text


class TextMemory:
    """What the taggings of one text share, whatever their reference: its matches in selection
    order, their resolutions (with the state each read), tenses, the selections made and the
    timexes made from resolutions that no step changed, and a tagging that never read its reference."""

    def __init__(self, text: str) -> None:
        self.ordered = _ordered(text)
        self.resolutions: Resolutions = {}
        self.tenses: dict[tuple[int, int, bool], str | None] = {}
        self.selections: list[Selection] = []
        self.widenings: Widenings = {}
        self.timexes: KnownTimexes = {}
        self.unreferenced: tuple[Timex, ...] | None = None  # a tagging that never read its reference


@lru_cache(maxsize=4)
def _memory(text: str) -> TextMemory:
    """The memory of a text (the last few texts are remembered: a text without a reference date
    is tagged twice, once to infer the reference and once against it)."""
    return TextMemory(text)


def _ordered(text: str) -> tuple[Entry, ...]:
    """`_matches` longest first, then by higher priority, then leftmost (the same for every tagging),
    each with the key its resolutions are remembered by (`Candidate.key`)."""
    ordered = sorted(_matches(text), key=lambda m: (m[0] - m[1], -m[2].priority, m[0]))
    return tuple((start, end, rule, m, (id(rule), start, end)) for start, end, rule, m in ordered)


def _matches(text: str) -> list[tuple[int, int, Rule, re.Match[str]]]:
    """The rule matches of a text, by start and rule."""
    out = []
    rules, starts = rule_starts(text)
    for p, indices in starts:
        for i in indices:
            m = rules[i].pattern.match(text, p)  # a rule is compiled once the gate first lets it try
            if m is not None and m.end() > p:
                out.append((p, m.end(), rules[i], m))
    return out


def _candidates(memory: TextMemory, ctx: Context) -> list[Candidate]:
    """The chosen matches (`_select`), widened, in text order: an earlier tagging's selection when
    the resolutions it tested are rejected or accepted alike (the selection follows from them)."""
    ordered = memory.ordered
    selection = next((known for known in memory.selections if _still_holds(known, ordered, ctx)), None)
    if selection is None:
        selection = _select(ordered, ctx, memory.widenings)
        memory.selections = [selection, *memory.selections[: MAX_SELECTIONS - 1]]
    out = []
    for i, start, mod, found in selection[1]:
        _, end, rule, m, key = ordered[i]
        out.append(Candidate(start, end, rule, m, found, mod, key=key))
    return out


def _still_holds(selection: Selection, ordered: tuple[Entry, ...], ctx: Context) -> bool:
    """Whether the resolutions a selection tested are rejected (or not) as they were then."""
    for i, rejected in selection[0]:
        _, _, rule, m, key = ordered[i]
        if (_resolution(rule, m, key, ctx) is None) != rejected:
            return False
    return True


Widenings = dict[int, tuple[int, str | None]]  # by entry: its widened start and the modifier taken in


def _select(ordered: tuple[Entry, ...], ctx: Context, widenings: Widenings) -> Selection:
    """The matches taken longest first, then by higher priority, then leftmost (`_ordered`),
    skipping overlaps and rejected matches; widened (`widenings`: by entry, known ones), in text order."""
    text = ctx.text
    taken = bytearray(len(text) + 1)
    tested = []
    chosen = []
    for i, (start, end, rule, m, key) in enumerate(ordered):
        if taken.find(1, start, end) >= 0:
            continue
        found = None
        if not rule.anchored:
            found = _resolution(rule, m, key, ctx)
            if _reads_state(ctx.resolutions[key]):
                tested.append((i, found is None))
                if found is None:
                    continue
                found = None  # resolved again in each tagging
            elif found is None:
                continue
        if rule.name in TITLE_RULES and _is_title(text, start, end):
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.append((start, i, found))
    chosen.sort(key=lambda c: c[0])
    for _, i, _ in chosen:
        if i not in widenings:
            widenings[i] = _widened(ordered[i][2], ordered[i][0], text)
    return tuple(tested), tuple((i, *widenings[i], found) for _, i, found in chosen)


def _reads_state(known: list[tuple[tuple[str, ...], tuple[object, ...], Found | None]]) -> bool:
    """Whether a match's resolution depends on the changing state (then its first resolution read
    some: a resolution that reads none is the only one kept for its match)."""
    return bool(known[0][0])


# Rules whose words also name programmes and columns ("This Week", "VOA Today", "60 Minutes").
TITLE_RULES = frozenset({"day_word", "reference", "relative_unit", "weekend", "duration"})
OPENING_QUOTE = re.compile(r"(?:[\"“‘]|``|'')\s*$")
NAME_WORD_BEFORE = re.compile(r"(?<![.!?:]\s)(?<=\S\s)[A-Z][\w'’-]*[ \t]+$")


def _is_title(text: str, start: int, end: int) -> bool:
    """Whether capitalised time words are (part of) a name: quoted, or after another name word."""
    words = text[start:end].split()
    if not words or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return False
    if not any(w[:1].isalpha() for w in words):
        return False
    before = text[max(0, start - 30) : start]
    quoted = bool(OPENING_QUOTE.search(before)) and (len(words) > 1 or words[0][:1].isdigit())
    return quoted or bool(NAME_WORD_BEFORE.search(before))


@cache
def _prefix_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = lexicon()
    mods = alternation(lex.modifiers)
    positions = alternation(p for p in lex.positions if not p.endswith("-"))
    dashed = alternation(p[:-1] for p in lex.positions if p.endswith("-"))
    return (
        re.compile(rf"(?<![\w-])(?P<w>{mods})\s+$"),
        re.compile(rf"(?<![\w-])(?:(?P<w>{positions})\s+|(?P<d>{dashed})-\s*)$"),
        re.compile(r"(?<![\w-])(?i:the)\s+$"),
    )


def _widened(rule: Rule, start: int, text: str) -> tuple[int, str | None]:
    """The start of a match at `start` once widened, and the modifier it takes in."""
    mod = None
    before = text[start - 1] if start else ""
    if not (before.isspace() or before == "-"):
        return start, mod  # every prefix ends with white space or "-" (a quick test before the searches)
    mods, positions, article = _prefix_patterns()
    lex = lexicon()
    if rule.positional:
        found = positions.search(text, max(0, start - PREFIX_WINDOW), start)
        if found:
            word = " ".join((found["w"] or found["d"] or "").lower().split())
            mod = lex.positions.get(word) or lex.positions.get(word + "-")
            start = found.start()
    if rule.article or (rule.positional and mod is None and rule.name == "season"):
        found = article.search(text, max(0, start - 8), start)
        if found:
            start = found.start()
    if rule.modifiable:
        found = mods.search(text, max(0, start - PREFIX_WINDOW), start)
        if found and _is_modifier(" ".join(found["w"].lower().split()), text, found.start(), start):
            mod = lex.modifiers.get(" ".join(found["w"].lower().split()))
            start = found.start()
    return start, mod


def _is_modifier(word: str, text: str, word_start: int, start: int) -> bool:
    """Whether a word before an expression modifies it ("about two years") rather than the sentence."""
    lex = lexicon()
    if word in lex.prepositional_modifiers and text[start : start + 4].lower() == "the ":
        return False  # "over the past two months": a preposition
    # "6.8% more than a year earlier" compares amounts
    comparative = lex.modifiers.get(word) in ("MORE_THAN", "LESS_THAN")
    return not (comparative and COMPARISON.search(text, max(0, word_start - 12), word_start))


def _coarsen(found: Found, reference: Point | None) -> None:
    """Never invent precision: a value counted from a year- or month-precise reference keeps its precision."""
    if reference is None or reference.granularity == "day" or not found.from_reference:
        return
    if YEAR_FIRST.match(found.value) and found.type in ("DATE", "TIME"):
        found.value = reference.value()
        found.point = None


def _resolution(rule: Rule, match: re.Match[str], key: tuple[int, int, int], ctx: Context) -> Found | None:
    """The rule's resolution of a match (`key`: `Candidate.key`), shared: not to be changed.

    A match is resolved when it is chosen, in text order, and again when the text is tagged
    against another reference; a resolution is reused wherever the state it read is the same.
    """
    memo = ctx.resolutions
    known_ones = memo.get(key)
    if known_ones is not None:
        for names, values, known in known_ones:
            if not names or ctx.state(names) == values:
                if "reference" in names:
                    ctx.reference_read = True  # what it found depends on the reference
                return known
    reads: set[str] = set()
    ctx.reads = reads
    try:
        found = rule.resolve(match, ctx)
    except (OverflowError, ValueError):
        found = None
    finally:
        ctx.reads = None
    names = tuple(sorted(reads))
    memo.setdefault(key, []).append((names, ctx.state(names), found))
    return found


Resolutions = dict[tuple[int, int, int], list[tuple[tuple[str, ...], tuple[object, ...], Found | None]]]


def _copy(found: Found) -> Found:
    """A copy that later passes may change (they set `mod`, `value`, `point`)."""
    out = Found.__new__(Found)
    out.__dict__.update(found.__dict__)
    out.parts = list(found.parts)
    return out


def _resolve(chosen: list[Candidate], ctx: Context) -> list[Candidate]:
    out = []
    previous_end = 0
    text = ctx.text
    for cand in chosen:
        if cand.start < previous_end:
            cand.start = previous_end
        cand.anchor = ctx.anchor
        found = cand.found  # (known when it read no state)
        if found is None:
            found = _resolution(cand.rule, cand.match, cand.key, ctx)
        if found is None:
            continue
        if cand.mod or found.from_reference or found.clock is not None:
            found = _copy(found)  # a copy, which the steps below and `_date_clock` may change
        if cand.mod and not found.mod:
            found.mod = cand.mod
        if found.from_reference:
            _coarsen(found, ctx.reference)
        cand.found = found
        if found.type == "DATE" and _starts_an_item(text, cand, found):
            ctx.reference = found.point  # a dated item of a listing: its own reference date
        if (
            found.anchors
            and found.point is not None
            and found.type in ("DATE", "TIME")
            and not found.value.startswith("X")
        ):
            ctx.anchor, ctx.anchor_at = found.point, cand.end
            if found.point.granularity == "quarter":
                ctx.last_quarter, ctx.last_quarter_at = found.point, cand.end
        out.append(cand)
        previous_end = cand.end
    return out


DAY_BEFORE = re.compile(r"(?i)(?<![\w-])(?:the\s+)?day\s+(before|after)\s+$")


def _join_day_before(items: list[Candidate], text: str) -> list[Candidate]:
    """Take "the day before" into the day right after it: "the day before last Tuesday's hearing"."""
    out: list[Candidate] = []
    for cand in items:
        found = cand.found
        if (
            found is not None
            and found.point is not None
            and found.point.granularity == "day"
            and found.type == "DATE"
            and found.clock is None
            and text[max(0, cand.start - 20) : cand.start].rstrip()[-6:].lower().endswith(("before", "after"))
            and (edge := DAY_BEFORE.search(text, max(0, cand.start - 20), cand.start)) is not None
        ):
            while out and out[-1].end > edge.start():
                out.pop()  # "the day before" resolved on its own
            day = found.point.date + dt.timedelta(days=-1 if edge.group(1).lower() == "before" else 1)
            cand.found = Found("DATE", day.isoformat(), point=Point(day, "day"))
            cand.start = edge.start()
        out.append(cand)
    return out


LINE_START = re.compile(r"(?:^|\n)[ \t•*-]*$")
FOUR_DIGITS = re.compile(r"\d{4}")
RUNS_ON = re.compile(r"[a-z,][ \t]*\n\Z")  # a line that ends inside a sentence


def _starts_an_item(text: str, cand: Candidate, found: Found) -> bool:
    """Whether a full date with its year opens a line, like the date of an item in a news listing."""
    if found.point is None or found.point.granularity != "day" or found.type != "DATE":
        return False
    if not FOUR_DIGITS.search(text, cand.start, cand.end):
        return False
    if LINE_START.search(text, max(0, cand.start - 12), cand.start) is None:
        return False
    newline = text.rfind("\n", 0, cand.start)
    # (not a hard-wrapped sentence that runs on to the date: "... will open on 5 January and close on\n
    # 31 March 2026 at 5 pm.")
    return newline < 0 or RUNS_ON.search(text, max(0, newline - 12), newline + 1) is None


def _attach_clocks(items: list[Candidate], ctx: Context) -> list[Candidate]:
    """Join each time of day to an adjacent date ("10 p.m. Wednesday", "May 12, 2025, 12:00 JST")."""
    out: list[Candidate] = []
    i = 0
    while i < len(items):
        cand = items[i]
        found = cand.found
        assert found is not None
        if found.clock is None:
            out.append(cand)
            i += 1
            continue
        prev = out[-1] if out else None
        nxt = items[i + 1] if i + 1 < len(items) else None
        if prev and _is_day(prev) and _gap_ok(ctx.text, prev.end, cand.start, CLOCK_AFTER_DATE):
            _merge(prev, cand, prev, ctx)
            i += 1
        elif nxt and _is_day(nxt) and _gap_ok(ctx.text, cand.end, nxt.start, CLOCK_BEFORE_DATE):
            _merge(nxt, cand, cand, ctx)
            out.append(cand)
            i += 2
        else:
            _date_clock(cand, ctx)
            out.append(cand)
            i += 1
    return out


def _is_day(cand: Candidate) -> bool:
    found = cand.found
    if not found or found.clock is not None:
        return False
    if found.type == "TIME":  # a part of a day ("8 p.m. tonight", "tonight at 8"): the clock time wins
        return bool(DAY_PART_VALUE.fullmatch(found.value))
    return found.type == "DATE" and bool(DAY_VALUE.fullmatch(found.value))


def _gap_ok(text: str, start: int, end: int, pattern: re.Pattern[str]) -> bool:
    return end - start <= 8 and bool(pattern.fullmatch(text[start:end]))


def _merge(date_cand: Candidate, clock_cand: Candidate, into: Candidate, ctx: Context) -> None:
    date_found, clock_found = date_cand.found, clock_cand.found
    assert date_found is not None and clock_found is not None and clock_found.clock is not None
    last = date_found.end_value or ""
    if DAY_VALUE.fullmatch(last) and clock_cand.start >= date_cand.end:
        # a span of days with a time after it ("2 February to 12 March 2026, 14:00 CET"): the time
        # is the last day's (a closing hour), the span keeps its first day
        end_value = last + clock_found.clock + _offset(clock_found.zone, last, clock_found.clock)
        merged = Found(date_found.type, date_found.value, mod=date_found.mod, point=date_found.point)
        merged.end_value, merged.parts = end_value, date_found.parts
    else:
        day = date_found.value[:10]
        value = day + clock_found.clock + _offset(clock_found.zone, day, clock_found.clock)
        merged = Found("TIME", value, mod=clock_found.mod or date_found.mod, point=date_found.point)
    into.start = min(date_cand.start, clock_cand.start)
    into.end = max(date_cand.end, clock_cand.end)
    into.found = merged


def _date_clock(cand: Candidate, ctx: Context) -> None:
    found = cand.found
    assert found is not None and found.clock is not None
    base = cand.anchor if cand.anchor and cand.anchor.granularity == "day" else ctx.reference
    day = base.date.isoformat() if base and base.granularity == "day" else "XXXX-XX-XX"
    found.value = day + found.clock + _offset(found.zone, day, found.clock)


def _offset(zone: str | None, day: str, clock: str) -> str:
    if zone is None:
        return ""
    if UTC_OFFSET.fullmatch(zone):
        return zone
    return offset_for(zone, day, clock) or ""


KnownTimexes = dict[tuple[int, int], tuple[Found, Timex]]


def _to_timexes(items: list[Candidate], text: str, known: KnownTimexes) -> list[Timex]:
    """The timexes of the resolved candidates; `known` keeps each by its span and the (shared,
    unchanged) resolution it was made from, for the text's next taggings."""
    out = []
    for cand in items:
        found = cand.found
        assert found is not None
        span = (cand.start, cand.end)
        hit = known.get(span)
        if hit is not None and hit[0] is found:
            out.append(hit[1])
            continue
        timex = _timex(cand.start, cand.end, found, text)
        known[span] = (found, timex)
        out.append(timex)
    return out


def _timex(start: int, end: int, found: Found, text: str) -> Timex:
    parts = tuple(Timex(s, e, found.type, v, text[s:e]) for s, e, v in found.parts) if found.parts else ()
    value, end_value, mod = found.value, found.end_value, found.mod
    return Timex(start, end, found.type, value, text[start:end], end_value=end_value, mod=mod, parts=parts)
