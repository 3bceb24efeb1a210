"""Dates and times from the temporal tagger (``bilat.temporal``), resolved against the document date.

Sets ``doc.published`` from the text when the caller gave none, and the layer ``date`` with each
timex's value (``attrs['value']``, ``attrs['end_value']`` for ranges, ``attrs['type']``).
"""

from __future__ import annotations

import functools
import importlib
import re
from typing import Any

from bilat.console import warn
from bilat.extract.doc import Doc, Mention
from bilat.extract.registry import Component, component

_PRECISE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")


@functools.cache
def temporal() -> Any | None:
    """The temporal package, or None when it cannot be imported."""
    try:
        module = importlib.import_module("bilat.temporal")
        module.tag  # noqa: B018 - fail here, not per document
    except (ImportError, AttributeError) as exc:
        warn(f"extract: temporal tagger unavailable ({exc}); dates are skipped")
        return None
    return module


def document_date(text: str) -> str | None:
    """The date the document states for itself, if the temporal package finds one."""
    module = temporal()
    if module is None or not hasattr(module, "document_date"):
        return None
    value = module.document_date(text)  # (a failure is reported by the pipeline, as for `tag`)
    return str(value) if value else None


def tag(text: str, reference: str | None) -> list[Any]:
    """The timexes of `text` (none when the temporal package is unavailable)."""
    module = temporal()
    if module is None:
        return []
    # A tagger failure reaches the pipeline, which reports it and runs the next step.
    return list(module.tag(text, reference))


def _mention(text: str, timex: Any) -> Mention | None:
    value = timex.value
    if not value:
        return None
    attrs = {"value": value, "type": timex.type, "end_value": timex.end_value, "mod": timex.mod}
    return Mention(timex.start, timex.end, "date", text[timex.start : timex.end], attrs)


@component("dates")
def make_dates() -> Component:
    """Tag dates (layer ``date``); fill in the document date when unknown."""

    def run(doc: Doc) -> None:
        if not doc.published:
            doc.published = document_date(doc.text)
            doc.record.published = doc.published
        mentions = [m for m in (_mention(doc.text, t) for t in tag(doc.text, doc.published)) if m]
        doc.set_layer("date", retag_sections(doc.text, mentions))

    return run


def datelines(text: str, mentions: list[Mention]) -> list[Mention]:
    """Full dates that stand alone on their line: the datelines of a listing's items."""
    out = []
    for mention in mentions:
        value = str(mention.attrs.get("value") or "")
        if len(value) < 10 or not is_calendar(value):
            continue
        line_start = text.rfind("\n", 0, mention.start) + 1
        if not text[line_start : mention.start].isspace() and line_start != mention.start:
            continue  # (a quick test: the line holds more than the date)
        line_end = text.find("\n", mention.end)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if line.strip() == mention.text.strip():
            out.append(mention)
    return out


def retag_sections(text: str, mentions: list[Mention]) -> list[Mention]:
    """In listings (several dated items), resolve each item's relative dates against its dateline."""
    lines = datelines(text, mentions)
    if len(lines) < 2:
        return mentions
    out = [m for m in mentions if m.start < lines[0].start]
    for n, line in enumerate(lines):
        start = line.start
        end = lines[n + 1].start if n + 1 < len(lines) else len(text)
        section = text[start:end]
        for timex in tag(section, str(line.attrs["value"])[:10]):
            mention = _mention(section, timex)
            if mention:
                out.append(
                    Mention(mention.start + start, mention.end + start, "date", mention.text, mention.attrs)
                )
    return out


def is_calendar(value: str | None) -> bool:
    """True for a resolved calendar value (YYYY, YYYY-MM, YYYY-MM-DD, with an optional time)."""
    return bool(value and _PRECISE.match(value))
