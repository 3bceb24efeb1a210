"""Cue phrases that a hard-wrapped text breaks over two lines ("Poland and Japan on Thursday signed
an implementing⏎arrangement to pool research"): the phrase matcher reads the text as written, so a
line break inside a phrase of several words hides it. `with_wrapped` adds the phrases found when a
single line break (not a paragraph's blank line) is read as a space; offsets are unchanged."""

from __future__ import annotations

import re

from bilat.extract.doc import Doc
from bilat.extract.matching import Hit, PhraseMatcher

# A line break inside running prose: a letter or comma before it, a letter after it (a cheap test
# that a text may break a phrase so; most pages give each paragraph one line).
# (Both start with the line break itself, which the regex engine finds by a fast literal scan.)
_PROSE_BREAK = re.compile(r"\n(?<=[A-Za-z,]\n)(?=[A-Za-z])")
_SINGLE_BREAK = re.compile(r"\n(?<!\n\n)(?!\n)")


def _wrapped(matcher: PhraseMatcher, doc: Doc) -> list[Hit]:
    """The matches of `matcher` that span a single line break (cached on the Doc per matcher)."""
    cache: dict[int, list[Hit]] = doc.data.setdefault("_wrapped_cues", {})
    found = cache.get(id(matcher))
    if found is None:
        found = []
        if _has_prose_break(doc):
            joined = _SINGLE_BREAK.sub(" ", doc.text)
            found = [hit for hit in matcher.find(joined) if "\n" in doc.text[hit.start : hit.end]]
        cache[id(matcher)] = found
    return found


def _has_prose_break(doc: Doc) -> bool:
    """Whether the text breaks a line inside running prose (once per document)."""
    found: bool | None = doc.data.get("_prose_break")
    if found is None:
        found = doc.data["_prose_break"] = _PROSE_BREAK.search(doc.text) is not None
    return found


def with_wrapped(matcher: PhraseMatcher, doc: Doc, start: int, end: int) -> list[Hit]:
    """`matcher.find_span(doc, start, end)` with the phrases broken over a line break inside the
    span, each in place of the shorter matches it covers."""
    hits = matcher.find_span(doc, start, end)
    extra = [hit for hit in _wrapped(matcher, doc) if start <= hit.start and hit.end <= end]
    if not extra:
        return hits
    kept = [h for h in hits if not any(h.start < e.end and e.start < h.end for e in extra)]
    return sorted(kept + extra, key=lambda h: h.start)
