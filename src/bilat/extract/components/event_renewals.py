"""A renewal tells a signing only when what is renewed is an instrument (`renewal_cues` of
event_types.yaml with an instrument of `background_instruments`): "renewed their memorandum of
understanding", "the renewal of the fisheries agreement", "the accord was renewed for five years".
"Renewed interest", "renewed calls for", "a renewed commitment" renew no instrument: no event there."""

from __future__ import annotations

import functools
import re

from bilat.extract.doc import Doc
from bilat.extract.matching import Hit
from bilat.extract.resources import alternatives_longest_first, yaml_words

# Words between the renewal and its instrument: a determiner and up to four qualifying words
# ("renewed their bilateral fisheries memorandum", "the renewal of the 2019 science agreement"),
# none of them a preposition or conjunction that puts the instrument outside the object ("renewed
# interest in the agreement", "renewed calls for a treaty", "renewed commitment to the accord").
OBJECT_WORDS = 5
_NOT_OBJECT = r"(?!(?:in|for|to|with|on|under|by|from|at|toward|towards|about|over|into|as|that|which|of)\s)"
RENEWAL_REACH = 60  # characters after (or before) the cue that may hold the instrument


@functools.cache
def _instrument_after() -> re.Pattern[str]:
    """The instrument as the object of the renewal: "renewed (of) the/their ... memorandum"."""
    nouns = alternatives_longest_first(yaml_words("event_types.yaml", "background_instruments"))
    return re.compile(
        rf"(?i)\s+(?:of\s+)?(?:{_NOT_OBJECT}[\w'’&.-]+\s+){{0,{OBJECT_WORDS}}}?(?:{nouns or '(?!)'})(?!\w)"
    )


@functools.cache
def _instrument_before() -> re.Pattern[str]:
    """The instrument as the subject of a passive renewal: "the memorandum (of understanding) was
    renewed", "the agreement, renewed on ..."."""
    nouns = alternatives_longest_first(yaml_words("event_types.yaml", "background_instruments"))
    return re.compile(
        rf"(?i)(?<!\w)(?:{nouns or '(?!)'})(?:\s+of\s+understanding|\s+of\s+cooperation)?,?\s+"
        r"(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be|to\s+be|being)\s+)?"
        r"(?:formally\s+|officially\s+|duly\s+)?$"
    )


def unrenewed_instrument(doc: Doc, hit: Hit) -> bool:
    """Whether a renewal cue (`renewal_cues`) renews no instrument: neither one right after it as
    its object nor one right before it as the subject of a passive."""
    cue = doc.text[hit.start : hit.end].lower()
    if cue not in yaml_words("event_types.yaml", "renewal_cues", lower=True):
        return False
    if _instrument_after().match(doc.text[hit.end : hit.end + RENEWAL_REACH]) is not None:
        return False
    return _instrument_before().search(doc.text[max(0, hit.start - RENEWAL_REACH) : hit.start]) is None
