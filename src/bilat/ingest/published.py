"""A document's own publication date: from metadata when the source has it, else from its text."""

from __future__ import annotations

import importlib
import re
import time
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from dateutil import parser as date_parser

_ISO_PREFIX = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def iso_from_metadata(value: Any) -> str | None:
    """An ISO 8601 date (day precision) from a metadata value: a string, a date or a struct_time."""
    if value is None or value == "":
        return None
    if isinstance(value, time.struct_time):
        return f"{value.tm_year:04d}-{value.tm_mon:02d}-{value.tm_mday:02d}"
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    text = str(value).strip()
    if _ISO_PREFIX.match(text):
        return text
    try:
        parsed = date_parser.parse(text, fuzzy=False)
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed.strftime("%Y-%m-%d")


def date_from_text(text: str) -> str | None:
    """The date the text states for itself (dateline, "Publication date", a date at the top)."""
    finder = _document_date()
    if finder is None:
        return None
    return finder(text)


def _document_date() -> Callable[[str], str | None] | None:
    """`bilat.temporal.document_date`, or None while the temporal package does not provide it."""
    try:
        module = importlib.import_module("bilat.temporal")
    except ImportError:
        return None
    finder = getattr(module, "document_date", None)
    return finder if callable(finder) else None
