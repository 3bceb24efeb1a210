"""Topics: the priority areas (ids of topics.yaml) that a document names as fields or subjects of
cooperation. Cues inside the names of organisations, programmes and events do not count."""

from __future__ import annotations

import functools
import re
from collections import defaultdict

from bilat.extract.components.partnerships import about_sti, pair_from_organizations
from bilat.extract.doc import Doc, SpanIndex
from bilat.extract.matching import PhraseMatcher, doc_lowered
from bilat.extract.record import Topic
from bilat.extract.registry import Component, component
from bilat.extract.resources import load_yaml


@functools.cache
def cue_matcher() -> PhraseMatcher:
    """Topic cues → topic id."""
    topics = load_yaml("topic_cues.yaml")["topics"]
    folded = [(cue, tid) for tid, spec in topics.items() for cue in spec.get("cues", [])]
    exact = [(cue, tid) for tid, spec in topics.items() for cue in spec.get("exact", [])]
    return PhraseMatcher(folded, exact)


def name_spans(doc: Doc) -> list[tuple[int, int]]:
    """Spans of organisation names and people's roles, where cues do not count."""
    spans: list[tuple[int, int]] = list(doc.data.get("role_spans", []))
    for group in doc.data.get("organizations", []):
        spans += group.spans
    kinds = doc.data.get("acronym_kind", {})
    spans += [m.span for m in doc.layer("acronym_def") if kinds.get(m.attrs["short"]) != "programme"]
    return sorted(spans)


@functools.cache
def _people_rules() -> tuple[dict[str, str], re.Pattern[str] | None]:
    """Cue words that name another topic when people or funding for people's stays follow them
    ("the mobility of the Italian team", "mobility grants" are talent mobility, not transport),
    and the pattern of the words after them."""
    data = load_yaml("topic_cues.yaml")
    retarget = {str(k).lower(): str(v) for k, v in (data.get("people_cues") or {}).items()}
    people = data.get("people_words") or []
    if not retarget or not people:
        return retarget, None
    words = "|".join(map(re.escape, people))
    after = rf"\s+of\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){{0,2}}?(?:{words})\b"
    funding = "|".join(map(re.escape, data.get("people_funding_words") or []))
    if funding:
        after = rf"(?:{after}|[\s-]+(?:{funding})\b)"
    return retarget, re.compile(after, re.IGNORECASE)


def negated(doc: Doc, end: int) -> bool:
    """True for a cue that the text says a thing is free of ("battery-free sensors")."""
    return doc.text[end : end + 5].lower() == "-free"


def topic_of(doc: Doc, start: int, end: int, key: str) -> str:
    """The topic of a cue match: its own, or the one its cue word names when people follow it."""
    retarget, pattern = _people_rules()
    other = retarget.get(doc.text[start:end].lower())
    if other is None or pattern is None or pattern.match(doc.text, end) is None:
        return key
    return other


@component("topics")
def make_topics(min_mentions: int = 1) -> Component:
    """Find the priority areas of a document (record ``topics``)."""

    def run(doc: Doc) -> None:
        if not doc.data.get("partners") and not pair_from_organizations(doc):
            return
        blocked = SpanIndex(name_spans(doc))
        found: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for hit in cue_matcher().find(doc.text, doc_lowered(doc)):
            if blocked.covers(hit.start, hit.end) or negated(doc, hit.end):
                continue
            found[topic_of(doc, hit.start, hit.end, hit.key)].append((hit.start, hit.end))
        if not found or not about_sti(doc, found):
            return
        for tid, spans in found.items():
            if len(spans) >= min_mentions:
                doc.record.topics.append(Topic(tid, spans[:5]))

    return run
