"""Dates stated relative to the event told just before: "The following day, the workshop was held",
"Earlier in the day, the two ministers chaired ...", "... will hold a workshop the following month".

The temporal tagger resolves such words against the last date of the text (often a deadline or an
"until" date) or not at all; an event narrative means the event told before. The shifts are data
(``anchored_dates`` in ``data/event_types.yaml``).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from bilat.extract.components.event_deadlines import closing_day, is_deadline
from bilat.extract.components.event_tense import tells_future
from bilat.extract.days import as_day, last_day
from bilat.extract.doc import Doc, Mention
from bilat.extract.matching import doc_folded, folded_pattern
from bilat.extract.resources import alternatives, load_yaml


@dataclass(frozen=True)
class Anchor:
    """The event that relative dates refer to: its start, last day, city and the sentence that
    tells it."""

    date: str
    end: str | None
    location: str | None
    sentence: tuple[int, int] = (0, 0)


@functools.cache
def _phrases() -> list[tuple[str, str, int]]:
    """(phrase, unit, shift) for each phrase of the data."""
    data = load_yaml("event_types.yaml").get("anchored_dates", {})
    out = []
    for unit in ("days", "months"):
        for shift, phrases in (data.get(unit) or {}).items():
            out += [(p, unit, int(shift)) for p in phrases]
    out += [(p, "last_day", 0) for p in data.get("last_day", [])]
    out += [(p, "near_days", 0) for p in data.get("near_days", [])]
    return out


@functools.cache
def _patterns() -> list[tuple[re.Pattern[str], str, int, str]]:
    """(pattern, unit, shift, last word in lower case) for each phrase: a text whose folded copy
    lacks the word cannot hold the phrase."""
    return [(_phrase(p), unit, shift, _last_word(p)) for p, unit, shift in _phrases()]


@functools.cache
def _phrase_words() -> list[tuple[str, ...]]:
    """The words of each phrase of `_patterns` (same order) in lower case, those in ASCII only: a
    text whose folded copy lacks one of them cannot hold the phrase."""
    return [tuple(w for w in p.lower().split() if w.isascii()) for p, _, _ in _phrases()]


def _last_word(phrase: str) -> str:
    """The phrase's last word in lower case ("" for a non-ASCII one: no pre-test then)."""
    word = phrase.split()[-1].lower()
    return word if word.isascii() else ""


@functools.cache
def _any_phrase() -> tuple[re.Pattern[str], bool]:
    """One pattern that finds where any of the phrases of `_patterns` may stand (a quick pre-test),
    and whether it runs on `doc_folded(doc)` (phrases in ASCII lower case, as the data writes them)
    rather than, case-insensitively, on the text."""
    joined = "|".join(f"(?:{pattern.pattern})" for pattern, _, _, _ in _patterns())
    if joined.isascii() and joined == joined.lower():
        return folded_pattern(joined), True
    return re.compile(joined, re.IGNORECASE), False


@functools.cache
def _last_words() -> tuple[str, ...]:
    """The last word of every phrase: a text holds none of them, it holds no phrase."""
    return tuple(sorted({word for _, _, _, word in _patterns()}))


def _may_hold_phrase(doc: Doc) -> bool:
    """False when the text holds no anchored phrase at all (decided once per Doc)."""
    found: bool | None = doc.data.get("_anchor_words")
    if found is None:
        folded = doc_folded(doc)
        found = doc.data["_anchor_words"] = any(word in folded for word in _last_words())
    return found


# A dateline's place, in any script's letters ("Asunción, 20 November 2026 -"), and what follows
# its date: a year, an agency in brackets ("(Atlantic-Pacific Newswire)") and a dash or colon.
_DATELINE_BEFORE = re.compile(r"\W*[A-ZÀ-ÞĀ-ſ](?:[^\W\d_]|[ .'’\-]){1,40},\s*$")
_DATELINE_AFTER = re.compile(r",?\s*(?:\d{4}\s*)?(?:\([^()\n]{1,40}\)\s*)?(?:--|—|–|-|:)\s")


def without_dateline(doc: Doc, sentence: tuple[int, int], dates: list[Mention]) -> list[Mention]:
    """The dates of a sentence without its dateline ("LONDON, June 13 -- ..."), which dates the
    report, not the event, when the sentence gives another date."""
    kept = [d for d in dates if not _is_dateline(doc, sentence, d)]
    return kept if kept else dates


# The frame of a report right before a date ("In a statement today, the ministry said the MoC was
# signed ...", "in a press release on Tuesday"): the date is the report's, not what it reports
_REPORT_FRAME = re.compile(
    r"\b[Ii]n[ \t]+(?:a|an|its|his|her|their|the)[ \t]+(?:joint[ \t]+|short[ \t]+|written[ \t]+)?"
    r"(?:statement|press[ \t]+release|news[ \t]+release|release|post|communiqué|communique|announcement)"
    r"[ \t]+(?:(?:issued|released|published|posted)[ \t]+)?"
    r"(?:on[ \t]+)?$"
)


OPENING_REACH = 12  # a date this near its sentence's start opens it and dates the whole sentence


def report_frame(doc: Doc, date: Mention) -> bool:
    """Whether a date dates the report a sentence opens with ("In a statement today, ..."), not
    the act it reports."""
    return _REPORT_FRAME.search(doc.text, max(0, date.start - 50), date.start) is not None


_SAME_PLACE = re.compile(
    r"\b(?:at|in)\s+the\s+same\s+(?:venue|place|location|site|hall|city)\b", re.IGNORECASE
)


def same_place(doc: Doc, sentence: tuple[int, int]) -> bool:
    """True when the sentence places its event "at the same venue" as the one told before."""
    return _SAME_PLACE.search(doc.text, sentence[0], sentence[1]) is not None


# How many sentences back a relative date may find the event it counts from. A press release tells
# a related event ("The following day, a workshop ...") some paragraphs after the main one, past a
# background section or a numbered list (up to 13 sentences in our sets, list items counted as
# sentences); much further back, the words more likely count from a date told since, which the
# temporal tagger's own reading (from the last date before them) covers.
ANCHOR_SENTENCES = 15
# Words that name the event they count from ("on the second day of the session", "the day after the
# ceremony", "the evening before the signing") reach further back.
FAR_ANCHOR_SENTENCES = 60
_OF_THE_EVENT = re.compile(
    r"(?i)\b(?:day|eve|ahead|prior\s+to|before|after)\s+(?:of\s+)?(?:the|this|that|its)\s+(?:[\w-]+\s+){0,2}?(?:session|meeting|visit|conference|forum|"
    r"summit|workshop|congress|symposium|dialogue|talks|mission|fair|week|event|consultations?|committee|"
    r"ceremony|signing|launch|opening|inauguration|reception|dinner|exhibition|expo|festival|seminar|webinar)\b"
)

# "the same day", "that same day": words that can only mean the day told last, however far back.
_SAME_DAY = re.compile(r"(?i)\b(?:the|that)\s+(?:very\s+)?same\s+day\b")


def names_anchor(doc: Doc, sentence: tuple[int, int], hit: tuple[int, int]) -> bool:
    """Whether an event cue only names the event a relative date counts from ("On the second day
    of the session, X and Y signed ..."): that event is told already, the cue adds none."""
    before = doc.text[max(sentence[0], hit[0] - 40) : hit[0]].lower()
    if "day" not in before and "eve" not in before and "ahead" not in before and "prior" not in before:
        return False  # ("the day after the ceremony" holds "day")
    return any(
        m.start() <= hit[0] and hit[1] <= m.end()
        for m in _OF_THE_EVENT.finditer(doc.text, sentence[0], sentence[1])
    )


def reaches(doc: Doc, anchor: Anchor, sentence: tuple[int, int], *, far: bool = False) -> bool:
    """True when relative dates of `sentence` may count from `anchor`: it is at most
    `ANCHOR_SENTENCES` sentences back (`FAR_ANCHOR_SENTENCES` when the words name the event, `far`)
    and no dateline ("Nairobi, 4 May 2024 - ...") opens another story (a newsletter's next item)
    between them."""
    first, last = doc.sentence_index(anchor.sentence[0]), doc.sentence_index(sentence[0])
    if last - first > (FAR_ANCHOR_SENTENCES if far else ANCHOR_SENTENCES):
        return False
    return not any(opens_story(doc, doc.sentences[i]) for i in range(first + 1, last + 1))


# How many sentences back a time of day alone ("In the evening, ...") may find its event's day.
NEAR_ANCHOR_SENTENCES = 3


def _near(doc: Doc, anchor: Anchor, sentence: tuple[int, int]) -> bool:
    """Whether `anchor` is told at most `NEAR_ANCHOR_SENTENCES` sentences before `sentence`."""
    return doc.sentence_index(sentence[0]) - doc.sentence_index(anchor.sentence[0]) <= NEAR_ANCHOR_SENTENCES


def opens_story(doc: Doc, sentence: tuple[int, int]) -> bool:
    """A sentence that starts with a dateline: place, date and a dash or colon."""
    dates = doc.in_span("date", sentence[0], min(sentence[1], sentence[0] + 80))
    return bool(dates) and _is_dateline(doc, sentence, dates[0])


def _is_dateline(doc: Doc, sentence: tuple[int, int], date: Mention) -> bool:
    if not doc.text[sentence[0] : date.start].rstrip().endswith(","):  # as _DATELINE_BEFORE ends
        return False
    return bool(
        _DATELINE_BEFORE.match(doc.text, sentence[0], date.start)
        and _DATELINE_AFTER.match(doc.text, date.end, min(sentence[1], date.end + 50))
    )


def _from_last_day(doc: Doc, anchor: Anchor, unit: str, shift: int, phrase: str) -> Anchor:
    """The anchor that a later day counts from: its last day for "the following day", "two days
    later" after an event of several days (the day after it ended); its first day still for the
    days of the event itself ("on its second day", "on day two") and for a stay still going on at
    the document's date ("signed on Monday, during the visit that ends on Friday. The following
    day ..." in a Wednesday release: no day after a last day yet to come)."""
    if unit != "days" or shift <= 0 or not anchor.end or phrase.lower().startswith("on "):
        return anchor
    if _after_published(doc, anchor.end):
        return anchor
    return Anchor(anchor.end, None, anchor.location, anchor.sentence)


def no_day_between(doc: Doc, anchor: Anchor, sentence: tuple[int, int]) -> bool:
    """Whether the text between `anchor`'s sentence and `sentence` states no day that "the following
    day" could count from instead: only days of the anchor's own span, deadlines still ahead of the
    document's date ("applications will close on 13 December" in a September release) and
    background days a year or more before it. Then the words count from the anchor however far back
    (within `FAR_ANCHOR_SENTENCES`) it was told: a release tells the visit "the following day" after
    sections on what the meeting agreed. (A deadline already past may be what they count from.)"""
    published = last_day(doc.published)
    for date in doc.in_span("date", anchor.sentence[1], sentence[0]):
        value = str(date.attrs.get("value") or "")
        day = as_day(value[:10]) if len(value) >= 10 else None
        if day is None:
            continue
        if anchor.date[:10] <= value[:10] <= (anchor.end or anchor.date)[:10]:
            continue
        if published is not None and (published - day).days >= BACKGROUND_DAYS:
            continue
        if published is None or day <= published or not (is_deadline(doc, date) or closing_day(doc, date)):
            return False
    return True


def _phrase(text: str) -> re.Pattern[str]:
    return re.compile(rf"\b{alternatives([text])}\b", re.IGNORECASE)


# How long before the document's date an event is background ("the agreement, which entered into
# force on 1 March 2010", "the framework signed on 18 February 2019"): told in passing, it is no
# event that "the following day" or "on the opening day" counts from while a recent one is told.
BACKGROUND_DAYS = 365


def background_day(doc: Doc, value: str) -> bool:
    """Whether the day `value` lies `BACKGROUND_DAYS` or more before the document's date."""
    published = last_day(doc.published)
    day = as_day(value)
    return published is not None and day is not None and (published - day).days >= BACKGROUND_DAYS


def recent_anchor(doc: Doc, anchor: Anchor | None, new: Anchor | None) -> Anchor | None:
    """The event that relative dates count from once `new` is told: `new`, unless it is background
    (`background_day`) and `anchor`, the event told before, is not ("The fair ... coincides with the
    anniversary of the agreement, which entered into force on 1 March 2010. On the opening day, ..."
    counts from the fair)."""
    if new is None:
        return anchor
    if anchor is not None and background_day(doc, new.date) and not background_day(doc, anchor.date):
        return anchor
    if anchor is not None and _ongoing_frame(doc, new, anchor):
        return anchor
    return new


def _ongoing_frame(doc: Doc, span: Anchor, day: Anchor) -> bool:
    """Whether `span` is a stay still going on at the document's date that frames the day event told
    before it ("signed on Tuesday during the minister's visit, which ends on Thursday. The following
    day ..."): the words that follow count from that day, not from a last day yet to come."""
    if not span.end or day.end or len(day.date) < 10 or not _after_published(doc, span.end):
        return False
    return span.date[:10] <= day.date[:10] <= span.end[:10]


def _after_published(doc: Doc, value: str) -> bool:
    """Whether a day `value` comes after the document's date of publication (known to the day)."""
    published = doc.published
    return published is not None and len(published) >= 10 and value[:10] > published[:10]


def shifted(anchor: Anchor, unit: str, shift: int) -> str | None:
    """The calendar value `shift` days or months from the anchor (its last day for "last_day")."""
    if unit == "last_day":
        return anchor.end
    if unit == "near_days":
        return anchor.date[:10] if len(anchor.date) >= 10 else None
    try:
        day = dt.date.fromisoformat(anchor.date[:10]) if unit == "days" else None
    except ValueError:
        return None
    if unit == "days":
        return (day + dt.timedelta(days=shift)).isoformat() if day else None
    if len(anchor.date) < 7:
        return None
    months = int(anchor.date[:4]) * 12 + int(anchor.date[5:7]) - 1 + shift
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


def anchored_dates(
    doc: Doc, sentence: tuple[int, int], dates: list[Mention], anchor: Anchor | None
) -> list[Mention]:
    """`dates` of a sentence with its relative-to-the-last-event dates resolved against `anchor`
    (tagger dates overlapping them replaced). A sentence that states its own date before the
    relative words is left as it is: they refer to that date, and so is one that `anchor` does not
    reach: the tagger's own reading stands."""
    if anchor is None or not _may_hold_phrase(doc):
        return dates
    folded = doc_folded(doc)[sentence[0] : sentence[1]]
    if not any(word in folded for word in _last_words()):
        return dates
    any_phrase, on_folded = _any_phrase()
    if not any_phrase.search(doc_folded(doc) if on_folded else doc.text, sentence[0], sentence[1]):
        return dates
    text = doc.text[sentence[0] : sentence[1]]
    far = bool(_OF_THE_EVENT.search(text) or _SAME_DAY.search(text))
    plain = reaches(doc, anchor, sentence, far=far)
    if not plain and not (reaches(doc, anchor, sentence, far=True) and no_day_between(doc, anchor, sentence)):
        return dates
    out = list(dates)
    for (pattern, unit, shift, _), words in zip(_patterns(), _phrase_words(), strict=True):
        if not all(word in folded for word in words):
            continue
        if not plain and unit != "days":
            continue  # (only a day counts from a day told far back, and only past no other day)
        for match in pattern.finditer(text):
            start, end = sentence[0] + match.start(), sentence[0] + match.end()
            if any(d.end <= start and len(str(d.attrs.get("value"))) >= 10 for d in dates):
                continue
            if unit == "near_days" and not _near(doc, anchor, sentence):
                continue
            value = shifted(_from_last_day(doc, anchor, unit, shift, match.group()), unit, shift)
            if value is None:
                continue
            replaced = [d for d in out if not (d.end <= start or d.start >= end)]
            out = [d for d in out if d.end <= start or d.start >= end]
            out = _times_of_day(out, replaced, end, value)
            attrs = {
                "type": "DATE",
                "value": value,
                "anchored": True,
                "anchor_location": anchor.location,
                "anchor_date": anchor.date,
                "anchor_future": tells_future(doc, anchor.sentence),
            }
            out.append(Mention(start, end, "date", match.group(), attrs))
    return sorted(out, key=lambda m: m.start)


def _times_of_day(dates: list[Mention], replaced: list[Mention], after: int, value: str) -> list[Mention]:
    """`dates` with each time of day told after a relative day ("The following day ... and, in the
    evening, attended a reception") that the tagger dated on that day's reading (`replaced`) moved
    to the day `value` the anchor gives it."""
    if len(value) != 10:
        return dates
    old = {str(d.attrs.get("value") or "")[:10] for d in replaced}
    out = []
    for date in dates:
        told = str(date.attrs.get("value") or "")
        if date.start >= after and told[:10] in old and len(told) > 10 and not _DIGIT.search(date.text):
            attrs = {**date.attrs, "value": value + told[10:]}
            date = Mention(date.start, date.end, date.label, date.text, attrs)
        out.append(date)
    return out


_DIGIT = re.compile(r"\d")


@functools.cache
def setting_leads() -> tuple[str, ...]:
    """The words that tell an event as the setting of another (event_types.yaml `margin_phrases`
    and `setting_leads`: "on the sidelines of", "after")."""
    data = load_yaml("event_types.yaml")
    return tuple(str(w) for key in ("margin_phrases", "setting_leads") for w in data.get(key) or [])


@functools.cache
def _setting_before() -> re.Pattern[str] | None:
    """A setting lead and a determiner (`margin_phrases` and `setting_leads`, `setting_determiners`
    of event_types.yaml), then at most two words, at the end of the text before an event word: "on
    the sidelines of the annual talks"."""
    leads = setting_leads()
    determiners = load_yaml("event_types.yaml").get("setting_determiners") or []
    if not leads or not determiners:
        return None
    return re.compile(
        rf"(?i)\b(?:{alternatives(leads)})\s+(?:{alternatives(determiners)})\s+(?:[\w'’-]+\s+){{0,2}}$"
    )


@functools.cache
def _past_setting_before() -> re.Pattern[str] | None:
    """A lead of `past_setting_leads` and a determiner, then at most two words, at the end of the text
    before an event word: "After the dialogue"."""
    data = load_yaml("event_types.yaml")
    leads, determiners = data.get("past_setting_leads") or [], data.get("setting_determiners") or []
    if not leads or not determiners:
        return None
    return re.compile(
        rf"(?i)\b(?:{alternatives(leads)})\s+(?:{alternatives(determiners)})\s+(?:[\w'’-]+\s+){{0,2}}$"
    )


def told_as_past(doc: Doc, sentence: tuple[int, int], setting: int) -> bool:
    """Whether the event word at `setting` follows a lead telling it as over ("After the dialogue,
    the delegation visited ... on 7 March"): a mention of an event told before, not going on."""
    pattern = _past_setting_before()
    return pattern is not None and (
        pattern.search(doc.text, max(sentence[0], setting - SETTING_REACH), setting) is not None
    )


# How far before an event word its setting lead may start (characters).
SETTING_REACH = 70


def within_told(doc: Doc, sentence: tuple[int, int], setting: int) -> bool:
    """Whether the event word at `setting` is named by a definite reference after a setting lead, so
    that an event cue after it in its sentence is told as held within that event ("On the margins of
    the meeting, X and Y signed ...", "After the session, ... were signed")."""
    pattern = _setting_before()
    return pattern is not None and (
        pattern.search(doc.text, max(sentence[0], setting - SETTING_REACH), setting) is not None
    )


def setting_date(
    doc: Doc, sentence: tuple[int, int], span: tuple[int, int], anchor: Anchor | None
) -> Mention | None:
    """The day of the event told before (`anchor`), as a date at `span` (the words naming that
    event) of a sentence that tells an event held within it and states no date of its own
    (`within_told`), if `anchor` reaches the sentence: the words name that event by its kind ("On
    the margins of the ceremony": the last ceremony told), so it may be told far back."""
    if anchor is None or len(anchor.date) < 10 or not reaches(doc, anchor, sentence, far=True):
        return None
    attrs = {
        "type": "DATE",
        "value": anchor.date,
        "anchored": True,
        "anchor_location": anchor.location,
        "setting": True,
    }
    return Mention(span[0], span[1], "date", doc.text[span[0] : span[1]], attrs)


def setting_place(anchor: Anchor | None, value: str) -> str | None:
    """The city of the event told before (`anchor`) when a day `value` falls within its days: where
    an event told as held within it took place."""
    if anchor is None or not anchor.location or len(anchor.date) < 10:
        return None
    return anchor.location if anchor.date[:10] <= value[:10] <= (anchor.end or anchor.date)[:10] else None
