"""Event words that name the kind of activity a call funds, not an event that takes place:
"invite proposals for joint workshops", "applications for bilateral seminars", "funding for
networking events". Such a cue is the object of "for" after a word of applying or funding
(event_types.yaml `funded_kind_leads`), with only lower-case words between (no "the", "this":
"applications for the workshop on 5 May" register for one event that does take place)."""

from __future__ import annotations

import functools
import re

from bilat.extract.components.event_words import cue_list
from bilat.extract.doc import Doc
from bilat.extract.matching import Hit
from bilat.extract.resources import longest_first, yaml_words

_REACH = 60  # characters before the cue that the lead and its "for" may take


@functools.cache
def _lead_before() -> re.Pattern[str]:
    leads = longest_first(yaml_words("event_types.yaml", "funded_kind_leads")) or "(?!)"
    return re.compile(
        rf"\b(?:{leads})[ \t\n]+for[ \t\n]+(?:a[ \t\n]+|an[ \t\n]+)?"
        r"(?:(?!(?:the|this|that|its|our|their|these|was|were|is|are|be|been|will|has|have|had)\b)"
        r"[a-z][\w-]*,?[ \t\n]+"
        r"(?:and[ \t\n]+|or[ \t\n]+)?){0,4}$"
    )


def funded_kind(doc: Doc, hit: Hit) -> bool:
    """Whether a lower-case event noun names what a call funds ("proposals for joint workshops")."""
    word = doc.text[hit.start : hit.end]
    if not word[:1].islower() or word in cue_list("verb_cues"):
        return False  # (a verb: "the call for forest research was opened on 8 April")
    before = doc.text.rfind(" for", max(0, hit.start - _REACH), hit.start)
    if before < 0:
        return False
    return _lead_before().search(doc.text, max(0, hit.start - _REACH), hit.start) is not None
