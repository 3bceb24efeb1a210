"""A signing told in passing as the basis of what the text reports, long before the document's date:
"the call builds on the memorandum of understanding signed by the two ministries in Lisbon in
March 2021", "under the agreement that both councils first signed in 2009", "the roadmap rests on a
declaration the prime ministers signed in Oslo in 2019". The instrument is named after a preposition
("on", "under", "to", "of", ...) and the signing verb follows it as a relative clause (no comma
between): the instrument is a fact of the record (an agreement), its old signing no event of the
text. A signing dated near the document's date is kept ("under the arrangement signed on Tuesday"),
and so is one told to the day ("issued under the memorandum signed in Bonn on 14 June 2023"), which
readers take for an event of the text."""

from __future__ import annotations

import datetime as dt
import functools
import re

from bilat.extract.days import last_day
from bilat.extract.doc import Doc
from bilat.extract.resources import alternatives_longest_first, yaml_words

BACKGROUND_DAYS = 180  # a signing at least this long before the document's date is background
_REACH = 220  # characters before the signing verb that may hold the instrument and its preposition


@functools.cache
def _basis() -> re.Pattern[str]:
    """A preposition, a determiner, up to ten words, an instrument noun, then its own words (no
    comma, no sentence stop) and an optional relative word and subject, ending the text (the
    signing verb comes next)."""
    nouns = alternatives_longest_first(yaml_words("event_types.yaml", "background_instruments"))
    return re.compile(
        rf"(?i)\b(?:on|under|upon|to|of|with|within|pursuant\s+to)\s+(?:the|a|an|its|their|this|that)\s+"
        rf"(?:[\w'’–-]+\s+){{0,10}}?(?:{nouns or '(?!)'})\b[^.;:,\n()]{{0,120}}"
        rf"(?:\b(?:first|originally|initially|formally|jointly)\s+)?$"
    )


@functools.cache
def _verbs() -> frozenset[str]:
    return yaml_words("event_types.yaml", "background_signing_verbs", lower=True)


# An auxiliary right before the verb: a finite clause ("was signed", "have signed"), not a relative one.
_FINITE = re.compile(r"(?i)\b(?:was|were|is|are|be|been|being|has|have|had|will|would)\s+(?:\w+ly\s+)?$")


def _finite_before(text: str) -> bool:
    """Whether the text before a signing verb ends with an auxiliary (`_FINITE`)."""
    return _FINITE.search(text) is not None


def _reference_day(doc: Doc) -> dt.date | None:
    """The document's date, else (an undated page) the latest day or month it names (cached)."""
    if doc.published:
        return last_day(doc.published)
    if "_background_reference" not in doc.data:
        values = [str(m.attrs.get("value") or "") for m in doc.layer("date")]
        days = [d for d in (last_day(v) for v in values if len(v) >= 7 and v[:4].isdigit()) if d]
        doc.data["_background_reference"] = max(days) if days else None
    known: dt.date | None = doc.data["_background_reference"]
    return known


def background_signing(doc: Doc, cue: tuple[int, int], sentence: tuple[int, int], value: str) -> bool:
    """Whether a signing verb at `cue`, dated `value`, is told in passing as the signing of an
    instrument named as the basis of something else, long (`BACKGROUND_DAYS`) before the document's
    date."""
    if len(value) >= 10 or doc.text[cue[0] : cue[1]].lower() not in _verbs():
        return False  # a signing told to the day is the text's own news more often than not
    day, published = last_day(value), _reference_day(doc)
    if day is None or published is None or (published - day).days < BACKGROUND_DAYS:
        return False
    before = doc.text[max(sentence[0], cue[0] - _REACH) : cue[0]]
    if _finite_before(before):
        return False
    return _basis().search(before) is not None
