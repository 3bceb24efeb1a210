"""Cut a document's text into segments so that every fact's evidence can be marked.

The template renders each segment's text escaped (Jinja2 autoescape) inside a ``<mark>``
when facts cover it, so no markup is ever built from document text.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from bilat.query.browse_model import Fact


@dataclass
class Segment:
    """A run of text covered by the same facts; `starts` lists the facts whose evidence begins here."""

    text: str
    facts: list[int] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)


def _clip(start: int, end: int, offset: int, length: int) -> tuple[int, int] | None:
    """A span moved into the window ``[offset, offset + length)``, or None if it falls outside."""
    start, end = max(start - offset, 0), min(end - offset, length)
    return (start, end) if start < end else None


def segments(text: str, facts: Iterable[Fact], offset: int = 0) -> list[Segment]:
    """The text (which starts at `offset` in the document) cut at every evidence boundary."""
    spans: list[tuple[int, int, int]] = []
    for fact in facts:
        for span in fact.evidence:
            clipped = _clip(span.start, span.end, offset, len(text))
            if clipped:
                spans.append((*clipped, fact.id))
    opening: dict[int, list[int]] = defaultdict(list)
    closing: dict[int, list[int]] = defaultdict(list)
    for start, end, fact_id in spans:
        opening[start].append(fact_id)
        closing[end].append(fact_id)
    cuts = sorted({0, len(text), *opening, *closing})
    active: Counter[int] = Counter()
    result: list[Segment] = []
    for left, right in pairwise(cuts):
        active.subtract(closing.get(left, []))
        active.update(opening.get(left, []))
        active = +active  # drop facts whose spans have all closed
        starts = sorted(set(opening.get(left, [])))
        result.append(Segment(text=text[left:right], facts=sorted(active), starts=starts))
    return result


def quotes(text: str, facts: Iterable[Fact], offset: int = 0) -> dict[int, str]:
    """The words of each fact's first evidence span that lies in the text window."""
    found: dict[int, str] = {}
    for fact in facts:
        for span in fact.evidence:
            clipped = _clip(span.start, span.end, offset, len(text))
            if clipped:
                found[fact.id] = text[clipped[0]:clipped[1]]
                break
        else:
            found[fact.id] = ""
    return found


def snippet_segments(snippet: str, highlights: list[list[int]]) -> list[Segment]:
    """A search snippet cut at its highlighted words (``[start, end)`` offsets into the snippet)."""
    cuts = sorted({0, len(snippet), *(max(0, min(p, len(snippet))) for span in highlights for p in span[:2])})
    marked = [(span[0], span[1]) for span in highlights if len(span) >= 2]
    return [
        Segment(text=snippet[left:right], facts=[1] if _inside(left, right, marked) else [])
        for left, right in pairwise(cuts)
    ]


def _inside(left: int, right: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= left and right <= end for start, end in spans)
