"""A month or day told without a year in a sentence about what will happen ("would open a desk at
the fair in July", "the ministers will meet again in March"): when the reader placed it before the
document's date, it is the next such month or day, a year later. Its mirror: one told in the past
tense ("signed a pact ... in March") that the reader placed after the document's date is a year
earlier."""

from __future__ import annotations

import datetime as dt
import functools
import re

from bilat.extract.doc import Doc, Mention
from bilat.extract.matching import Hit
from bilat.extract.resources import load_yaml, longest_first, yaml_words


@functools.cache
def _future() -> re.Pattern[str]:
    """A word or phrase of a sentence that tells what is still ahead (``future_patterns``)."""
    patterns = load_yaml("event_types.yaml").get("future_patterns") or []
    return re.compile(rf"(?i)\b(?:{'|'.join(patterns) or '(?!)'})\b")


_PAST_CUE = re.compile(r"(?i)(?:ed|\bmet|\bheld)$")
_FOUR_DIGITS = re.compile(r"\d{4}")
# "is due to be signed", "will be opened", "to be launched", "will be formally launched", "to be
# jointly opened": a past participle after "be" (an adverb or two may stand between) tells a
# passive that is still to come, not the past.
_BE_BEFORE = re.compile(r"(?i)\bbe\s+(?:[a-z]{2,20}ly\s+){0,2}$")
BE_REACH = 50  # characters before the cue that may hold "be " and its adverbs
# A date the reader counted from the document's own date ("next Monday", "last Thursday", "on
# Friday", "yesterday", "two days ago") already has the right year: never moved by a year.
_RELATIVE = re.compile(
    r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:yesterday|today|tomorrow|tonight|ago)\b"
)


@functools.cache
def _reported() -> re.Pattern[str]:
    """A verb of reporting in the past (``reporting_verbs``)."""
    return re.compile(rf"(?i)\b(?:{longest_first(yaml_words('event_types.yaml', 'reporting_verbs'))})\b")


def _future_before(doc: Doc, start: int, date: Mention) -> bool:
    """Whether the text of the sentence from `start` to the date tells what is still ahead, in the
    date's own clause: a future word (`_future`) with no past verb of reporting after it."""
    last = max((m.end() for m in _future().finditer(doc.text, start, date.start)), default=-1)
    return last >= 0 and _reported().search(doc.text, last, date.start) is None


def _told_past(doc: Doc, cue: tuple[int, int]) -> bool:
    """Whether an event cue is a verb in the past ("signed", "met", "held"), not a passive still
    to come ("is to be signed")."""
    if not _PAST_CUE.search(doc.text, cue[0], cue[1]):
        return False
    return _BE_BEFORE.search(doc.text, max(0, cue[0] - BE_REACH), cue[0]) is None


def not_before_publication(doc: Doc, date: Mention, value: str, cue: tuple[int, int]) -> str:
    """`value` (the date's ISO value), a year later when the date has no year of its own, falls
    before the document's date, and the clause before it tells the future rather than the past."""
    published = doc.published or ""
    seasonal = len(value) == 4 and bool(date.attrs.get("vague"))  # "in the autumn", "in the spring"
    if (len(value) < 7 and not seasonal) or len(published) < 7 or not value[:4].isdigit():
        return value
    if value >= published[: len(value)] or date.attrs.get("anchored") or _FOUR_DIGITS.search(date.text):
        return value
    if _RELATIVE.search(date.text):
        return _next_week(doc, date, value, cue)
    last = str(date.attrs.get("end_value") or "")
    if last and last[: len(published)] >= published[: len(last)]:
        return value  # a range that reaches the document's date: going on, not a year ahead
    if _told_past(doc, cue):
        return value
    start, end = doc.sentence_of(date.start)
    if not _future_before(doc, start, date):
        return value
    later = _year_shifted(value, 1)
    written = {int(y.group()) for y in _FOUR_DIGITS.finditer(doc.text, start, end)}
    if written and int(later[:4]) not in written:
        return value  # a year told in the sentence sets the date's year
    return later if later[5:] != "02-29" else value


# A weekday alone ("on Friday"), which the reader may count back from the document's date.
_BARE_WEEKDAY = re.compile(r"(?i)(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day")


def _next_week(doc: Doc, date: Mention, value: str, cue: tuple[int, int]) -> str:
    """A bare weekday counted back from the document's date in a sentence that tells what is still
    ahead ("is to be officially opened on Friday"): the coming one, a week later."""
    if len(value) != 10 or not _BARE_WEEKDAY.fullmatch(date.text.strip()) or _told_past(doc, cue):
        return value
    start = doc.sentence_of(date.start)[0]
    if not _future_before(doc, start, date):
        return value
    try:
        return (dt.date.fromisoformat(value) + dt.timedelta(days=7)).isoformat()
    except ValueError:
        return value


def not_after_publication(doc: Doc, date: Mention, hit: Hit) -> str:
    """The date's value, a year earlier when an event told in the past tense ("signed a pact ...
    in March") got a month or day without a year that falls after the document's date."""
    value = str(date.attrs["value"])[:10]
    published = doc.published or ""
    if len(value) < 7 or len(published) < 10 or value <= published[: len(value)]:
        return value
    if date.attrs.get("end_value") or date.attrs.get("anchored") or not value[:4].isdigit():
        return value
    if _RELATIVE.search(date.text):
        return value
    sentence = doc.sentence_of(date.start)
    if _FOUR_DIGITS.search(doc.text, sentence[0], sentence[1]):
        return value  # a year told in the sentence sets the date's year
    if not _told_past(doc, (hit.start, hit.end)):
        return value
    earlier = _year_shifted(value, -1)
    return earlier if earlier <= published[: len(earlier)] and earlier[5:] != "02-29" else value


def tells_future(doc: Doc, span: tuple[int, int]) -> bool:
    """Whether a span of text holds a word that tells what is still ahead ("will meet", "is to")."""
    return _future().search(doc.text, *span) is not None


def past_counted_ahead(doc: Doc, date: Mention, value: str, hit: Hit) -> bool:
    """Whether an event told in the past tense ("The following day, the delegation visited ...") got
    its day by counting from an event told before as still to come, after the document's date (a
    workshop that "will" be held): the words count from another occasion, and the day is none the
    text supports."""
    published = (doc.published or "")[:10]
    counted_from = str(date.attrs.get("anchor_date") or "")[:10]
    if not date.attrs.get("anchor_future") or min(len(value), len(published), len(counted_from)) < 10:
        return False
    return counted_from > published and value[:10] > published and _told_past(doc, (hit.start, hit.end))


def shifted_like(end: str | None, start: str, moved: str) -> str | None:
    """A range's `end` moved by the whole years that moved its `start` to `moved`."""
    if not end or start[:4] == moved[:4] or not end[:4].isdigit():
        return end
    shifted = _year_shifted(end, int(moved[:4]) - int(start[:4]))
    return shifted if shifted[5:10] != "02-29" else end


def _year_shifted(value: str, years: int) -> str:
    """The ISO `value` moved by `years` whole years (its month and day kept)."""
    return f"{int(value[:4]) + years:04d}{value[4:]}"
