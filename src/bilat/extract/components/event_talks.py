"""Talks told as a state or a length of time, not as a meeting (session 17, round 2).

"Aegean and EgyptAir are in talks on a codeshare", "the two agencies remain in talks", "ending
almost two years of talks", "after months of negotiations": the words tell that the parties
negotiate (or negotiated for a while), not a meeting held on a day, so the cue names no event.
Both word lists live in event_types.yaml (`state_talk_cues`, `state_talk_leads`,
`talk_span_units`)."""

from __future__ import annotations

import functools
import re

from bilat.extract.doc import Doc
from bilat.extract.matching import Hit
from bilat.extract.resources import yaml_words

LEAD_REACH = 40  # characters before the cue that may hold its lead


@functools.cache
def _patterns() -> tuple[frozenset[str], re.Pattern[str]]:
    cues = yaml_words("event_types.yaml", "state_talk_cues", lower=True)
    leads = sorted(yaml_words("event_types.yaml", "state_talk_leads", lower=True), key=len, reverse=True)
    units = sorted(yaml_words("event_types.yaml", "talk_span_units", lower=True), key=len, reverse=True)
    lead = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in leads) or "(?!)"
    unit = "|".join(re.escape(w) for w in units) or "(?!)"
    # "are in talks", "remain in advanced talks"; "two years of talks", "months of negotiations"
    before = re.compile(rf"(?i)(?:\b(?:{lead})\s+in\s+(?:[a-z-]+\s+)?|\b(?:{unit})\s+of\s+(?:[a-z-]+\s+)?)$")
    return frozenset(cues), before


def state_talks(doc: Doc, hit: Hit) -> bool:
    """Whether a cue of talks (`state_talk_cues`) tells a state ("are in talks") or a length of time
    ("after two years of talks") rather than a meeting."""
    cues, before = _patterns()
    if doc.text[hit.start : hit.end].lower() not in cues:
        return False
    return before.search(doc.text, max(0, hit.start - LEAD_REACH), hit.start) is not None
