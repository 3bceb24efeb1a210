"""A signing told within an occasion that spans several days: "The memorandum was signed ... during
the minister's three-day visit to Singapore (12-14 November)", "... who headed a delegation visiting
Sonora from 3 to 6 November", "signed during the official visit ..., which began on Monday (15) and
runs until Friday (19)". The span is the occasion's (the visit's, the meeting's), which its own cue
takes; a signing happens on one day, so the signing verb takes none of it (its day, when the text
tells it, is told elsewhere: "signed on Wednesday").
"""

from __future__ import annotations

from bilat.extract.days import as_day
from bilat.extract.doc import Mention
from bilat.extract.matching import Hit


def _spans_days(date: Mention, later: list[Mention]) -> bool:
    """Whether `date` is a span of several days: a range of the tagger ("12-14 November"), or a day
    whose last day an "until" date after it tells (`later`: "began on Monday (15) and runs until
    Friday (19)")."""
    first = as_day(date.attrs.get("value"))
    if first is None:
        return False
    last = as_day(date.attrs.get("end_value"))
    if last is None:
        last = next((as_day(d.attrs.get("value")) for d in later if d.start > date.end), None)
    return last is not None and last > first


def takes_occasion_span(date: Mention, hit: Hit, hits: list[Hit], until: list[Mention]) -> bool:
    """Whether a signing cue `hit` took the span of days of an occasion that another cue of its
    sentence (of another kind) tells between the signing and the date, or nearer the date than
    the signing: the span is that occasion's. `until` are the sentence's "until" dates."""
    if hit.key != "signing" or not _spans_days(date, until):
        return False
    for other in hits:
        if other.key == "signing":
            continue
        if hit.end <= other.start and other.end <= date.start:
            return True  # "signed ... during the visit ... on 11-12 November"
        if other.start >= date.end and as_day(date.attrs.get("end_value")) is None:
            continue  # "signed ... on Tuesday during the visit, which ends on Thursday": its own day
        if abs(other.start - date.start) < abs(hit.start - date.start):
            return True
    return False
