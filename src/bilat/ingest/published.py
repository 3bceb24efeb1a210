"""A document's own publication date: from metadata when the source has it, else from its text."""

from __future__ import annotations

import re
import time
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
    """The date the text states for itself (dateline, "Publication date", a date at the top).

    Delegates to `bilat.temporal.document_date`; a document it cannot date gets None.
    """
    from bilat.temporal import document_date  # imported on use: the tagger compiles its grammar

    return document_date(text)


def labelled_date(text: str) -> str | None:
    """The date a publication label near the top of the text gives ("Last modified: 18-11-2026").

    Delegates to `bilat.temporal.reference.labelled_date`.
    """
    from bilat.temporal.reference import labelled_date as stated

    return stated(text)
