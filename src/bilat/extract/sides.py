"""The sides of a meeting's list of participants: bodies and people listed under a heading that
names one side ("**Estonian side**", "Japanese delegation:", "Participants from Korea",
"<h4>Delegation of Chile</h4>") belong to that side's country.

Minutes of joint committees and programmes of visits list each side's members under such a
heading, often with bodies whose names every country uses ("Ministry of Foreign Affairs"). A
heading governs the lines right under it: the rest of its own line, the lines that follow up to a
blank line, list items after a blank line, up to the next heading, the end of the HTML list or
table it opens, or ``SIDE_REACH`` characters.
"""

from __future__ import annotations

import bisect
import functools
import re

from bilat.extract.doc import Doc
from bilat.extract.naming import states_in
from bilat.extract.resources import longest_first, yaml_words

SIDE_REACH = 4000  # characters a side's heading may govern
_HEADING_MAX = 80  # characters of a heading's words (markup aside)

_LINE = re.compile(r"[^\n]*")
_MARKUP_ONLY = re.compile(r"<[^<>\n]{0,200}>|[*_#>|]")
_AFTER_END = r"[ \t]*(?:$|\n|:|<|\*|_|\|)"  # where a country after the noun ends
_MARKUP = r"(?:[ \t*_#>|]|<[^<>\n]{0,200}>)*"
_ITEM = re.compile(
    r"[ \t]*(?:[-*\u2022\u2013+]|\d{1,2}[.)]|<(?:li|ul|ol|/li|tr|td|th|/tr|/td|/th|tbody|table)\b)"
)
_HEADING_LINE = re.compile(r"[ \t]*(?:#|<h[1-6]\b)", re.I)
_BOLD_LINE = re.compile(r"[ \t]*(?:\*\*|__|<(?:strong|b)>)[^\n]*(?:\*\*|__|</(?:strong|b)>)[ \t:]*$", re.I)
# A heading in capitals, numbered or not ("3. REVIEW OF WORK", "ANNEX").
_CAPITALS_LINE = re.compile(r"[ \t]*(?:\d{1,2}[.)]?[ \t]+)?[A-Z][A-Z0-9 ,&'()/-]{3,}[ \t]*$")
_LIST_CLOSE = re.compile(r"</(?:ul|ol|table|dl)>", re.I)
# What ends the members given on the heading's own line ("Korean side: Dr. Kim, KIST<br>").
_INLINE_END = re.compile(r"\n[ \t]*\n|<br\s*/?>|</(?:p|li|td|dd|div)>", re.I)


@functools.cache
def _heading_pattern() -> re.Pattern[str]:
    """A side's heading line: markup, an optional lead-in, the country (a placeholder group), a side
    noun, or the noun then "of"/"from" and the country; then an optional colon."""
    nouns = longest_first(yaml_words("sides.yaml", "side_nouns"))
    leads = longest_first(yaml_words("sides.yaml", "lead_ins"))
    country = r"(?P<country>[^\W\d_][\w.'\u2019 -]{1,40}?)"
    after = country.replace("country", "after")
    return re.compile(
        rf"{_MARKUP}(?:(?i:{leads})\s+)?(?:(?i:the)\s+)?"
        rf"(?:{country}\s+(?i:{nouns})|(?i:{nouns})\s+(?:of|from)\s+(?:(?i:the)\s+)?{after}(?={_AFTER_END}))"
        rf"{_MARKUP}[ \t]*:?{_MARKUP}",
    )


def side_sections(doc: Doc) -> list[tuple[int, int, str]]:
    """The spans of the text governed by a side's heading, with the side's country code, in order
    (computed once per document)."""
    return list(_sections(doc))


def _sections(doc: Doc) -> list[tuple[int, int, str]]:
    """`side_sections`, the list kept on the Doc (not to be changed)."""
    cached: list[tuple[int, int, str]] | None = doc.data.get("_side_sections")
    if cached is None:
        cached = doc.data["_side_sections"] = _find_sections(doc)
    return cached


def side_country(doc: Doc, position: int) -> str | None:
    """The country of the side whose heading governs `position`, if any."""
    sections = _sections(doc)
    if not sections:
        return None
    index = bisect.bisect_right(sections, (position, len(doc.text) + 1, "")) - 1
    if index >= 0 and sections[index][0] <= position < sections[index][1]:
        return sections[index][2]
    return None


def _find_sections(doc: Doc) -> list[tuple[int, int, str]]:
    nouns = yaml_words("sides.yaml", "side_nouns")
    lowered = doc.text.lower()
    if not any(noun.lower() in lowered for noun in nouns):
        return []  # (a quick test: a heading needs one of the nouns)
    headings = [h for h in (_heading_at(doc, line) for line in _LINE.finditer(doc.text)) if h]
    sections = []
    for n, (content_start, code, inline) in enumerate(headings):
        end = _inline_end(doc.text, content_start) if inline else _section_end(doc.text, content_start)
        if n + 1 < len(headings):
            end = min(end, _line_start(doc.text, headings[n + 1][0]))
        if end > content_start:
            sections.append((content_start, end, code))
    return sections


def _line_start(text: str, position: int) -> int:
    return text.rfind("\n", 0, position) + 1


def _heading_at(doc: Doc, line: re.Match[str]) -> tuple[int, str, bool] | None:
    """(Where the side's members begin, the side's country, whether they follow on the heading's
    own line) for a heading line; None otherwise. The heading may end the line or be followed by a
    colon and the members."""
    if not line.group().strip() or len(line.group()) > 2000:
        return None
    found = _heading_pattern().match(doc.text, line.start(), line.end())
    if found is None:
        return None
    group = "country" if found.group("country") is not None else "after"
    start, end = found.span(group)
    if end - start > _HEADING_MAX:
        return None
    states = states_in(doc, start, end)
    if len(states) != 1 or (states[0].start, states[0].end) != (start, end):
        return None  # (the words before the noun must be one country's name or adjective)
    inline = bool(_MARKUP_ONLY.sub("", doc.text[found.end() : line.end()]).strip())
    if inline and ":" not in doc.text[end : found.end()]:
        return None  # (a sentence, "Japanese side expressed ...", is no heading)
    return found.end(), str(states[0].attrs["code"]), inline


def _inline_end(text: str, start: int) -> int:
    """Where the members given on a heading's own line end (they may wrap onto the next lines)."""
    found = _INLINE_END.search(text, start, min(len(text), start + SIDE_REACH))
    return found.start() if found else min(len(text), start + SIDE_REACH)


def _ends_members(line: str, after_blank: bool) -> bool:
    """Whether a line ends a side's list: a heading, or after a blank line anything but an item."""
    if _HEADING_LINE.match(line) or _CAPITALS_LINE.match(line):
        return True
    return not _ITEM.match(line) and (after_blank or _BOLD_LINE.match(line) is not None)


def _section_end(text: str, start: int) -> int:
    """Where the members listed from `start` end."""
    limit = min(len(text), start + SIDE_REACH)
    position = text.find("\n", start)
    if position < 0 or position >= limit:
        return limit
    close = _LIST_CLOSE.search(text, start, limit)
    after_blank = False
    while position < limit:
        line_start = position + 1
        line_end = text.find("\n", line_start)
        line_end = limit if line_end < 0 or line_end > limit else line_end
        line = text[line_start:line_end]
        if close and close.start() < line_end:
            return close.end()
        if not line.strip():
            after_blank = True
        elif _ends_members(line, after_blank):
            return line_start
        position = line_end
    return limit
