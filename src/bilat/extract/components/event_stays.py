"""Stays: a visit told by where someone was over a span of days, with no event word of its own
("The minister was in Kenya from 3 to 7 March", "the delegation, which spent 9 to 13 June in
Taiwan", "during their stay in Chile (3-7 March)", "travelled across Norway between 3 and 7 March").

The wording of being somewhere is plain, so it makes a visit only when the sentence has no other
event word, a range of dates, and a country or city right after the stay words."""

from __future__ import annotations

import functools
import re

from bilat.extract.doc import Doc
from bilat.extract.matching import Hit
from bilat.extract.resources import alternatives_longest_first, yaml_words

# The words of a stay, ending right before the place: a form of "be in", "spent ... in", "stayed
# in", a stay or tour noun after a determiner or a possessive, a journey "across" a country.
_STAY = re.compile(
    r"(?i)\b(?:"
    r"(?:was|were|is|are|will\s+be|has\s+been|have\s+been|had\s+been)\s+in"
    r"|(?:spent|spend|spends|spending)\b[^.;:\n()]{0,40}?(?P<aside>\([^.;:\n()]{1,40}\)\s*)?\bin"
    r"|(?:stayed|stays|stay|staying|remained|remains)\s+in"
    r"|(?:\b(?:a|an|the|their|his|her|its|whose|our)|['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:stay|tour|sojourn|trip|journey|stopover|stop-over)\s+(?:in|of|to|through|across|around)"
    r"|(?:travelled|traveled|travelling|traveling|journeyed|toured)\s+(?:across|through|around|in)"
    r")\s+(?:the\s+)?"
)
PLACE_LAYERS = ("country", "city")
# A city told again by a description after "the" ("spent three days (3-5 May) in the southern
# Chilean city"): its name is told around the sentence.
_TOLD_CITY = re.compile(r"(?:[a-zA-Z][\w-]*[ \t]+){0,3}(?:city|capital|town|port city)\b")
# A length of stay told in days or weeks ("three days", "a week"), as the dates layer values it.
_DAYS = re.compile(r"P\d+[DW]")


def _lengths(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the lengths of stay of a sentence [start, end) that also names a day or a month
    ("Last month the delegation spent three days in Tokyo"): a stay as plain as one told by a range."""
    dates = doc.in_span("date", start, end)
    if not any(
        len(str(d.attrs.get("value") or "")) >= 7 and str(d.attrs["value"])[:1].isdigit() for d in dates
    ):
        return []
    return [(d.start, d.end) for d in dates if _DAYS.fullmatch(str(d.attrs.get("value") or ""))]


def stay_hits(doc: Doc, start: int, end: int) -> list[Hit]:
    """Visit cues of a sentence [start, end) that tells a stay over a range of dates, or over a
    length of days told with its day or month (`_lengths`), or a group led somewhere on a date
    (`led_group_hits`)."""
    dates = doc.in_span("date", start, end)
    ranged = any(d.attrs.get("end_value") for d in dates)
    lengths = [] if ranged else _lengths(doc, start, end)
    if not ranged and not lengths:
        return led_group_hits(doc, start, end) if dates else []
    out = []
    for match in _STAY.finditer(doc.text, start, end):
        if lengths and not any(match.start() < s and e <= match.end() for s, e in lengths):
            continue  # the length must be the stay's own ("spent three days in Tokyo")
        at = match.end()
        told = _TOLD_CITY.match(doc.text, at, end)
        if told or any(
            m.start == at for layer in PLACE_LAYERS for m in doc.in_span(layer, at, min(end, at + 60))
        ):
            # (a dated aside within the stay words, "spent three days (3-5 May) in Lima", is no name)
            first = match.end("aside") if match.group("aside") else match.start()
            out.append(Hit(first, told.end() if told else at, "visit"))
            break  # one stay per sentence
    return out


@functools.cache
def _led_group() -> re.Pattern[str]:
    """Heading a group to a named place ("led a delegation to Seoul", "headed a mission of 30 firms
    to the Riso campus"): a lead verb, a determiner, up to three describing words, a group noun, an
    optional "of ..." (bounded), then "to" and a capitalised word (the place or the site)."""
    verbs = alternatives_longest_first(yaml_words("event_types.yaml", "group_lead_verbs"))
    nouns = alternatives_longest_first(yaml_words("event_types.yaml", "group_lead_nouns"))
    return re.compile(
        rf"(?i:\b(?:{verbs})\s+(?:a|an|the|his|her|its|their|our)\s+(?:[\w-]+\s+){{0,3}}?(?:{nouns})\b"
        rf"(?:\s+of\s+[^.;:\n]{{1,80}}?)?\s+to\s+(?:the\s+)?)(?=[A-Z])"
    )


@functools.cache
def _hosted_group() -> re.Pattern[str]:
    """Hosting a group ("hosted a delegation from the United Kingdom at its campus in Kikuyu",
    "welcomed a high-level delegation"): a host verb, a determiner, up to three describing words and
    a group noun."""
    verbs = alternatives_longest_first(yaml_words("event_types.yaml", "group_host_verbs"))
    nouns = alternatives_longest_first(yaml_words("event_types.yaml", "group_lead_nouns"))
    return re.compile(rf"(?i:\b(?:{verbs})\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{nouns})\b)")


@functools.cache
def _hosted_counterpart() -> re.Pattern[str]:
    """Hosting one's counterpart ("received his Egyptian counterpart", "welcomed her Kenyan
    counterparts"): a host verb, a possessive, up to two describing words and "counterpart(s)"."""
    verbs = alternatives_longest_first(yaml_words("event_types.yaml", "group_host_verbs"))
    return re.compile(
        rf"(?i:\b(?:{verbs})\s+(?:his|her|their|its|our)\s+(?:[\w-]+\s+){{0,2}}?counterparts?\b)"
    )


def led_group_hits(doc: Doc, start: int, end: int) -> list[Hit]:
    """A visit cue for a sentence that tells someone leading a group to a named place on a date
    ("On 2 May the minister led a delegation to Nairobi"), or hosting a group ("the university hosted
    a delegation from the United Kingdom at its campus in Kikuyu on 4 March"); the sentence has no
    event word."""
    low = doc.text[start:end].lower()
    if "counterpart" in low:  # ("received his Egyptian counterpart at the palace on Tuesday")
        hosted = _hosted_counterpart().search(doc.text, start, end)
        if hosted is not None:
            return [Hit(hosted.start(), hosted.end(), "meeting")]
    if not any(noun in low for noun in yaml_words("event_types.yaml", "group_lead_nouns")):
        return []
    match = _led_group().search(doc.text, start, end) if " to " in low else None
    match = match or _hosted_group().search(doc.text, start, end)
    return [Hit(match.start(), match.end(), "visit")] if match else []
