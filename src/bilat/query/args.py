"""Parsing of query arguments: partners by code or name, dates at any ISO precision, topics."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from bilat.errors import QueryError
from bilat.graph.partners import country_code

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$", re.ASCII)


def partner_code(text: str) -> str:
    """The partner code of "JP", "Japan", "UK", "United Kingdom", "EU"... (QueryError if unknown)."""
    code = country_code(text)
    if code is None:
        raise QueryError(f"unknown partner {text!r} (use a country code or name, e.g. JP or Japan)")
    return code


def partner_codes(values: Iterable[str]) -> list[str]:
    """Partner codes from arguments that may hold several, comma-separated ("JP,SE")."""
    codes: list[str] = []
    for value in values:
        for part in value.split(","):
            if part.strip():
                codes.append(partner_code(part.strip()))
    return codes


def pair_key(a: str, b: str) -> str:
    """The key of a partnership ("JP-SE"), from two codes or names in any order."""
    first, second = sorted({partner_code(a), partner_code(b)})
    return f"{first}-{second}"


def iso_date(text: str | None, *, option: str = "date") -> str | None:
    """A validated ISO date at year, month or day precision (QueryError otherwise)."""
    if text is None or not text.strip():
        return None
    value = text.strip()
    try:
        valid = bool(_DATE.match(value)) and bool(date.fromisoformat((value + "-01-01")[:10]))
    except ValueError:
        valid = False
    if not valid:
        raise QueryError(f"{option}: {text!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
    return value
