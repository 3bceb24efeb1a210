"""A numbered session of a series told, without a date of its own, as the setting of a report's news:
"The ministers today agreed ... The commitments were made at the third meeting of the Joint Council,
held in Rome.", "X and Y on Tuesday signed ... The memorandum was signed on the sidelines of the 4th
session of the Joint Commission." The sentence that tells the occasion states no date; the news day
is told by the sentence just before it (the report's lead: "today", "on Tuesday", a dateline's day),
and the numbered session is where that news happened, on that day.

The words are data (event_types.yaml `ordinals` and `series_ordinals`, `series_setting_leads`, with
the `margin_phrases` and `setting_leads` of the setting mechanism)."""

from __future__ import annotations

import functools
import re

from bilat.extract.components.event_anchors import opens_story, setting_leads
from bilat.extract.components.event_places import caps_dateline_city
from bilat.extract.days import within_days_before_report
from bilat.extract.doc import Doc, Mention
from bilat.extract.matching import Hit
from bilat.extract.resources import load_yaml, longest_first, yaml_words

# How many sentences before the occasion's sentence the news day may be told (the lead and its
# next sentence, or the lead's own next paragraph).
NEWS_REACH = 2
# The first sentences of a text that may hold a report's lead (title, header lines, dateline).
LEAD_SENTENCES = 8
# How many days before the report's date the news may have happened ("on Monday" in a Friday report).
NEWS_DAYS = 7
# How far before an event word the setting lead and the ordinal may start (characters).
SERIES_REACH = 90


def _ordinals() -> frozenset[str]:
    """The ordinal words of a session (`ordinals` and `series_ordinals`), as written."""
    return yaml_words("event_types.yaml", "ordinals") | yaml_words("event_types.yaml", "series_ordinals")


@functools.cache
def _series_before() -> re.Pattern[str] | None:
    """A setting lead, "the", an ordinal (a word of `ordinals`, `series_ordinals` or `series_recurring`,
    or "4th"), then at most five words, at the end of the text before an event word: "at the third
    meeting", "on the sidelines of the 12th annual", "held the third Korea-Chile science ministers'"."""
    data = load_yaml("event_types.yaml")
    leads = [*(data.get("series_setting_leads") or []), *setting_leads()]
    ordinals = _ordinals() | yaml_words("event_types.yaml", "series_recurring")
    if not leads or not ordinals:
        return None
    return re.compile(
        rf"(?i)\b(?:{longest_first(map(str, leads))})[ \t\n]+the[ \t\n]+"
        rf"(?:{longest_first(ordinals)}|\d{{1,3}}(?:st|nd|rd|th))[ \t\n]+(?:[\w'’-]+[ \t\n]+){{0,5}}$"
    )


def _news_day(doc: Doc, date: Mention) -> bool:
    """Whether `date` is a day of the report's last `NEWS_DAYS` days (its news)."""
    return within_days_before_report(doc, date.attrs.get("value"), NEWS_DAYS)


def _lead_day(doc: Doc, index: int) -> Mention | None:
    """The news day told by one of the `NEWS_REACH` sentences before sentence `index`, the nearest
    first, when that sentence is a report's lead: among the text's first sentences, or opening a
    story with a dateline."""
    for back in range(index - 1, max(-1, index - 1 - NEWS_REACH), -1):
        start, end = doc.sentences[back]
        days = [d for d in doc.in_span("date", start, end) if _news_day(doc, d)]
        if not days:
            continue
        if back < LEAD_SENTENCES or opens_story(doc, (start, end)):
            return days[-1]
        return None
    return None


def series_setting(doc: Doc, sentence: tuple[int, int], hits: list[Hit]) -> tuple[Hit, Mention] | None:
    """(the cue, a date at it) of a numbered session told as the setting of the news ("at the third
    meeting of ...") in an undated sentence right after the report's lead, which gives its day."""
    pattern = _series_before()
    if pattern is None or not doc.published:
        return None
    for hit in hits:
        if hit.key == "signing":
            continue
        if pattern.search(doc.text, max(sentence[0], hit.start - SERIES_REACH), hit.start) is None:
            continue
        day = _lead_day(doc, doc.sentence_index(sentence[0]))
        if day is None:
            return None
        # (where the lead's dateline in capitals says the news is from: "BANGKOK – ...")
        place = caps_dateline_city(doc, *doc.sentence_of(day.start))
        attrs = {
            "type": "DATE",
            "value": str(day.attrs["value"])[:10],
            "anchored": True,
            "anchor_location": place.text if place is not None else None,
        }
        return hit, Mention(hit.start, hit.end, "date", doc.text[hit.start : hit.end], attrs)
    return None


# A Roman numeral of a session ("the VII Meeting of the Joint Commission", "XII Binational
# Commission"): two to six capital letters I, V, X, L (a lone "I" is the pronoun).
_ROMAN = r"(?-i:\b(?=[IVXL]{2,6}\b|[VX]\b)L?X{0,3}(?:IX|IV|V?I{0,3})\b)"
# How far before a cue its number may start, and after it a year of a numbered session may be told.
NUMBER_REACH = 60
NUMBERED_YEAR_REACH = 90


@functools.cache
def _numbered_before() -> re.Pattern[str] | None:
    """The number of a session right before its cue, at most four words of its name between: "the
    first meeting", "the 10th Joint Committee", "the VII Meeting", "the third Saudi-UK Forum"."""
    ordinals = _ordinals()
    if not ordinals:
        return None
    return re.compile(
        rf"(?:(?i:\b(?:{longest_first(ordinals)}))|\b\d{{1,3}}(?:st|nd|rd|th)|{_ROMAN})"
        r"[ \t\n]+(?:[\w'’–-]+[ \t\n]+){0,4}$"
    )


# Between a numbered session's cue and a year: the rest of its name or "was held", then "in <City>"
# and "in" right before the year ("first meeting in Washington in 2024", "the VII Meeting of the
# Joint Commission was held in Bonn in 2023", "the first forum, held in Porto in 2022").
_YEAR_AFTER_PLACE = re.compile(r"\bin[ \t\n]+$")


def numbered_year(doc: Doc, date: Mention, cue: tuple[int, int]) -> bool:
    """Whether a year-only `date` after its cue dates a numbered session of a series held at a city
    named between them ("our first meeting in Washington in 2024") or online ("its fifth meeting was
    held online in 2021"), or opening the cue's sentence
    with the city told in its clause after the cue ("Earlier this year, officials held the first
    policy dialogue in Putrajaya"): the number and the city make the occasion definite, past or
    planned, though only its year is told."""
    value = str(date.attrs.get("value") or "")
    if len(value) != 4 or not value.isdigit():
        return False
    if date.start < cue[0]:
        return _opening_year(doc, date, cue)
    if date.start < cue[1] or date.start - cue[1] > NUMBERED_YEAR_REACH:
        return False
    if _YEAR_AFTER_PLACE.search(doc.text, max(cue[1], date.start - 8), date.start) is None:
        return False
    if not _numbered_cue(doc, cue):
        return False
    # ("Its fifth meeting was held online in 2021": no city, but a place of its own all the same)
    if doc.in_span("city", cue[1], date.start):
        return True
    return _online_words().search(doc.text, cue[1], date.start) is not None


def _numbered_cue(doc: Doc, cue: tuple[int, int]) -> bool:
    """Whether a number of a series comes right before the event word at `cue` (`_numbered_before`)."""
    pattern = _numbered_before()
    return pattern is not None and pattern.search(doc.text, max(0, cue[0] - NUMBER_REACH), cue[0]) is not None


@functools.cache
def _online_words() -> re.Pattern[str]:
    """A word telling an occasion as held online (event_types.yaml `online_words`)."""
    words = longest_first(yaml_words("event_types.yaml", "online_words")) or "(?!)"
    return re.compile(rf"(?i)\b(?:{words})\b")


# A year that opens a sentence before its comma ("Earlier this year, ...", "In 2024, ..."), and the
# place of a numbered session right after its cue, in its clause ("... dialogue in Putrajaya")
_OPENING_YEAR_AFTER = re.compile(r"[ \t]*,")
_CITY_RIGHT_AFTER = re.compile(r"(?:[ \t\n]+[A-Z][\w'’–-]*){0,6}[ \t\n]+in[ \t\n]+$")
OPENING_YEAR_START = 4  # characters of markup or spacing before a sentence's opening year


def _opening_year(doc: Doc, date: Mention, cue: tuple[int, int]) -> bool:
    """Whether a year opens the sentence of a numbered session's cue and a city follows the cue in
    its clause ("Earlier this year, officials held the first policy dialogue in Putrajaya")."""
    sentence = doc.sentence_of(cue[0])
    if date.start - sentence[0] > OPENING_YEAR_START or _OPENING_YEAR_AFTER.match(doc.text, date.end) is None:
        return False
    if not _numbered_cue(doc, cue):
        return False
    return any(
        _CITY_RIGHT_AFTER.fullmatch(doc.text, cue[1], city.start)
        for city in doc.in_span("city", cue[1], min(sentence[1], cue[1] + NUMBERED_YEAR_REACH))
    )


# A year or the word "year's" right before an edition ("the 2025 edition", "this year's edition").
_YEAR_BEFORE = re.compile(r"(?:\b(?:19|20)\d\d|\byear['’]s)[ \t]+$")


@functools.cache
def _edition_numbers() -> frozenset[str]:
    keys = ("ordinals", "name_ordinals", "series_ordinals")
    return frozenset().union(*(yaml_words("event_types.yaml", key, lower=True) for key in keys))


def edition_cue(text: str) -> bool:
    """Whether `text` (a cue as written) is a word for one session of a series (`edition_cues`)."""
    return text.lower() in yaml_words("event_types.yaml", "edition_cues", lower=True)


def unnumbered_edition(doc: Doc, hit: Hit) -> bool:
    """Whether `hit` is an edition cue that numbers no session: written in capitals ("English
    Edition" of a paper) or without an ordinal, "next", a numeral or a year right before it ("a new
    edition of the handbook")."""
    text = doc.text[hit.start : hit.end]
    if not edition_cue(text):
        return False
    if not text.islower():
        return True
    before = doc.text[max(0, hit.start - 30) : hit.start]
    words = before.split()
    if words and (
        words[-1].lower() in _edition_numbers() or re.fullmatch(r"\d{1,3}(?:st|nd|rd|th)", words[-1])
    ):
        return False
    return _YEAR_BEFORE.search(before) is None


def series_kind(kinds: list[str]) -> str | None:
    """The kind of the series an edition numbers: that of the last event told before it of a kind
    of its own (`kinds` in text order), none when there is none."""
    return next((kind for kind in reversed(kinds) if kind != "other"), None)
