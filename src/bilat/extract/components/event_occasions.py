"""Occasion words that tell an event only when the text treats them as a dated occasion of their own
(`occasion_cues` of event_types.yaml: "festival"). A festival is an event when it is named ("the
Lisbon Jazz Festival", "Busan Science Festival") or told with its span of days ("a three-day
festival from 4 to 6 June", "the festival runs from Friday 3 to Sunday 5 May"); a festival told in
passing ("the summer festival drew record crowds", "the festival will return next July") is the
subject of a local report, not an occasion of the cooperation the record is about. An occasion of
the festival's own ("at the festival's presentation on 12 March") is an event too."""

from __future__ import annotations

import re

from bilat.extract.doc import Doc
from bilat.extract.matching import Hit
from bilat.extract.resources import yaml_words

# "four-day festival", "3-day festival", "week-long festival": a length of days right before the word.
_LENGTH_BEFORE = re.compile(
    r"(?i)\b(?:\d{1,2}|[a-z]+)[- ](?:day|days|week|weeks)(?:[- ]long)?\s+(?:[a-z]+\s+)?$"
)
LENGTH_REACH = 40  # characters before the cue that may hold the length
_POSSESSIVE = re.compile(r"['’]s\s+[a-z]")


def unmarked_occasion(doc: Doc, hit: Hit, start: int, end: int) -> bool:
    """Whether a cue is an occasion word (`occasion_cues`) told neither as a name (written with a
    capital inside a proper name), nor with a length in days, nor in a sentence
    doc.text[start:end] that tells a span of days."""
    text = doc.text[hit.start : hit.end]
    if text.lower() not in yaml_words("event_types.yaml", "occasion_cues", lower=True):
        return False
    if text[:1].isupper() and hit.start > start and _capitalised_before(doc, hit.start):
        return False  # "the Dublin Science Festival"
    if _POSSESSIVE.match(doc.text, hit.end):
        return False  # "the festival's presentation", "the festival's closing night": its own occasion
    if _LENGTH_BEFORE.search(doc.text, max(start, hit.start - LENGTH_REACH), hit.start):
        return False
    return not any(m.attrs.get("end_value") for m in doc.in_span("date", start, end))


def _capitalised_before(doc: Doc, at: int) -> bool:
    """Whether the word right before `at` starts with a capital letter or a digit ("Tango Festival",
    "2026 Festival")."""
    before = doc.text[max(0, at - 40) : at].rstrip()
    word = before.rsplit(None, 1)[-1] if before.split() else ""
    word = word.lstrip("*_\"'(“‘")
    return bool(word) and (word[0].isupper() or word[0].isdigit())


# The noun right before a passive "commissioned": "the report (was) commissioned".
_WORK_BEFORE = re.compile(r"([A-Za-z]+)\s+(?:(?:was|were|is|are|been|being|had|has|have)\s+)?$")


def ordered_work(doc: Doc, hit: Hit) -> bool:
    """Whether a commissioning cue (`commission_cues`) orders a piece of work rather than puts a
    facility into operation: "commissioned a study on ...", "commissioned two reports", "a survey
    commissioned by the council", "the report was commissioned last year" (`commissioned_works`)."""
    if " ".join(doc.text[hit.start : hit.end].lower().split()) not in yaml_words(
        "event_types.yaml", "commission_cues", lower=True
    ):
        return False
    works = yaml_words("event_types.yaml", "commissioned_works", lower=True)
    after = doc.text[hit.end : hit.end + 40]
    for word in re.findall(r"[A-Za-z]+", after)[:3]:
        if word.lower() in works:
            return True
    before = _WORK_BEFORE.search(doc.text, max(0, hit.start - 30), hit.start)
    return before is not None and before.group(1).lower() in works


def met_standard(doc: Doc, hit: Hit) -> bool:
    """Whether a "meet" cue ("met", "will meet", "are expected to meet") meets a standard rather than
    people: "will meet the needs of ...", "met its targets in 2025", "are expected to meet the
    eligibility criteria" (`met_standards` among the three words after it)."""
    cue = doc.text[hit.start : hit.end].lower()
    if not (cue.endswith("meet") or cue == "met"):
        return False
    standards = yaml_words("event_types.yaml", "met_standards", lower=True)
    after = doc.text[hit.end : hit.end + 40]
    return any(word.lower() in standards for word in re.findall(r"[A-Za-z]+", after)[:3])


# A date told as a time limit ("before the end of the year", "by June", "no later than May").
_LIMIT_BEFORE = re.compile(r"(?i)\b(?:before|by|no\s+later\s+than|not\s+later\s+than)\s+(?:the\s+)?$")
LIMIT_REACH = 25  # characters before a date that may hold the limit word


def meet_by_limit(doc: Doc, hit: Hit, start: int, end: int) -> bool:
    """Whether a future "meet" cue (`future_meet_cues`: "will meet", "are due to meet") is dated
    by a time limit in its sentence doc.text[start:end] ("the working groups will meet before the
    end of the year, so that the call is ready in January", "will meet by June"): a plan with a
    deadline, no dated meeting."""
    if " ".join(doc.text[hit.start : hit.end].lower().split()) not in yaml_words(
        "event_types.yaml", "future_meet_cues", lower=True
    ):
        return False
    dates = doc.in_span("date", start, end)
    after = [d for d in dates if d.start >= hit.end]
    before = [d for d in dates if d.end <= hit.start]
    # the date the meeting takes: the first after the verb, else the last before it
    date = after[0] if after else before[-1] if before else None
    return date is not None and bool(
        _LIMIT_BEFORE.search(doc.text, max(start, date.start - LIMIT_REACH), date.start)
    )
