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
    try:
        value = module.document_date(text)
    except Exception:  # the tagger must never break extraction
        return None
    return str(value) if value else None


def tag(text: str, reference: str | None) -> list[Any]:
    """The timexes of `text` (empty on any tagger failure)."""
    module = temporal()
    if module is None:
        return []
    try:
        return list(module.tag(text, reference))
    except Exception:  # the tagger must never break extraction
        return []


def _mention(text: str, timex: Any) -> Mention | None:
    value = str(getattr(timex, "value", "") or "")
    if not value:
        return None
    attrs = {
        "value": value,
        "type": getattr(timex, "type", "DATE"),
        "end_value": getattr(timex, "end_value", None),
        "mod": getattr(timex, "mod", None),
    }
    return Mention(timex.start, timex.end, "date", text[timex.start : timex.end], attrs)


@component("dates")
def make_dates() -> Component:
    """Tag dates (layer ``date``); fill in the document date when unknown."""

    def run(doc: Doc) -> None:
        if not doc.published:
            doc.published = document_date(doc.text)
            doc.record.published = doc.published
        mentions = [m for m in (_mention(doc.text, t) for t in tag(doc.text, doc.published)) if m]
        doc.set_layer("date", mentions)

    return run


def is_calendar(value: str | None) -> bool:
    """True for a resolved calendar value (YYYY, YYYY-MM, YYYY-MM-DD, with an optional time)."""
    return bool(value and _PRECISE.match(value))
