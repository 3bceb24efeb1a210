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
from bilat.extract.days import within_days_before_report
from bilat.extract.doc import Doc, Mention
from bilat.extract.matching import Hit
from bilat.extract.resources import load_yaml, longest_first

# How many sentences before the occasion's sentence the news day may be told (the lead and its
# next sentence, or the lead's own next paragraph).
NEWS_REACH = 2
# The first sentences of a text that may hold a report's lead (title, header lines, dateline).
LEAD_SENTENCES = 8
# How many days before the report's date the news may have happened ("on Monday" in a Friday report).
NEWS_DAYS = 7
# How far before an event word the setting lead and the ordinal may start (characters).
SERIES_REACH = 90


@functools.cache
def _series_before() -> re.Pattern[str] | None:
    """A setting lead, "the", an ordinal (a word of `ordinals` or `series_ordinals`, or "4th"), then
    at most three words, at the end of the text before an event word: "at the third meeting", "on
    the sidelines of the 12th annual"."""
    data = load_yaml("event_types.yaml")
    leads = [*(data.get("series_setting_leads") or []), *setting_leads()]
    ordinals = [str(word) for key in ("ordinals", "series_ordinals") for word in data.get(key) or []]
    if not leads or not ordinals:
        return None
    return re.compile(
        rf"(?i)\b(?:{longest_first(map(str, leads))})[ \t\n]+the[ \t\n]+"
        rf"(?:{longest_first(ordinals)}|\d{{1,3}}(?:st|nd|rd|th))[ \t\n]+(?:[\w'’-]+[ \t\n]+){{0,3}}$"
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
        attrs = {
            "type": "DATE",
            "value": str(day.attrs["value"])[:10],
            "anchored": True,
            "anchor_location": None,
        }
        return hit, Mention(hit.start, hit.end, "date", doc.text[hit.start : hit.end], attrs)
    return None
