"""Folding and comparison of names and dates, shared by the resolvers of the graph."""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, timedelta
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml
from rapidfuzz.distance import OSA

_PUNCT = re.compile(r"[\W_]+", re.UNICODE)
_WEEK = re.compile(r"^W(\d{2})$")
_PART = re.compile(r"^([QH])(\d)$")
_ACRONYM = re.compile(r"^[A-Z0-9][A-Za-z0-9&\-.]{1,9}$")


@cache
def reference() -> dict[str, Any]:
    """The resolution reference data (honorifics, stopwords, ordinals, series nouns)."""
    text = resources.files("bilat.graph").joinpath("data/resolve.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


def _fold_char(ch: str) -> str:
    decomposed = unicodedata.normalize("NFKD", ch)
    if decomposed and decomposed[0].isascii():
        return "".join(c for c in decomposed if not unicodedata.combining(c))
    return ch


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower-case `text` without accents, punctuation or a leading "the" (non-Latin scripts kept)."""
    text = unicodedata.normalize("NFKC", text).replace("&", " and ")
    text = "".join(_fold_char(ch) for ch in text).casefold()
    text = _PUNCT.sub(" ", text).strip()
    return text[4:] if text.startswith("the ") else text


def tokens(text: str) -> list[str]:
    """The folded words of `text`."""
    return fold(text).split()


@lru_cache(maxsize=100_000)
def content_tokens(text: str) -> frozenset[str]:
    """The folded words of `text` without stopwords."""
    stop = set(reference()["stopwords"])
    return frozenset(t for t in tokens(text) if t not in stop)


def is_acronym(name: str) -> bool:
    """True for a short all-capitals name such as "JST", "DG RTD" or "NASA"."""
    compact = name.replace(" ", "")
    upper = sum(1 for c in compact if c.isupper())
    return bool(_ACRONYM.match(compact)) and upper >= max(2, len(compact) // 2)


@lru_cache(maxsize=100_000)
def person_tokens(name: str) -> frozenset[str]:
    """The folded tokens of a person's name, without honorifics, in any order."""
    drop = set(reference()["honorifics"])
    return frozenset(t for t in tokens(name) if t not in drop and len(t) > 1)


def typo_equal(a: str, b: str) -> bool:
    """True when two long folded names differ by one small typo in one word (never for acronyms)."""
    if a == b:
        return True
    ta, tb = a.split(), b.split()
    if len(a) < reference()["fuzzy_min_length"] or len(ta) != len(tb):
        return False
    diffs = [(x, y) for x, y in zip(ta, tb, strict=True) if x != y]
    if len(diffs) != 1:
        return False
    x, y = diffs[0]
    if len(x) < 5 or len(y) < 5 or x[0] != y[0] or x[-1] != y[-1]:
        return False
    return OSA.distance(x, y) <= 1 or sorted(x) == sorted(y)


def date_part(value: str | None) -> str | None:
    """The calendar part of an ISO date or date-time ("2025-05-12T12:00+09:00" -> "2025-05-12")."""
    if not value or not isinstance(value, str):
        return None
    return value[:10] if len(value) >= 10 else value


def date_span(value: str | None) -> tuple[date, date] | None:
    """The first and last day an ISO date covers ("2024" is a year, "2023-W19" a week, "2024-Q1"...)."""
    text = date_part(value)
    if not text or not (text[:4].isascii() and text[:4].isdigit()):
        return None
    year, rest = int(text[:4]), text[5:]
    try:
        if not rest:
            return date(year, 1, 1), date(year, 12, 31)
        if m := _WEEK.match(rest):
            monday = date.fromisocalendar(year, int(m.group(1)), 1)
            return monday, monday + timedelta(days=6)
        if m := _PART.match(rest):
            months = {"Q": 3, "H": 6}[m.group(1)]
            first = date(year, (int(m.group(2)) - 1) * months + 1, 1)
            return first, _month_end(year, first.month + months - 1)
        if len(rest) == 2:
            return date(year, int(rest), 1), _month_end(year, int(rest))
        day = date.fromisoformat(text)
        return day, day
    except ValueError:
        return None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def dates_compatible(a: str | None, b: str | None, b_end: str | None = None) -> bool:
    """True when two ISO dates agree at their shared precision: one's span contains the other's.

    `b_end` makes `b` a range (a multi-day event), which a day inside it agrees with.
    """
    span_a, span_b = date_span(a), date_span(b)
    if span_a is None or span_b is None:
        return False
    end = date_span(b_end)
    if end is not None and end[1] > span_b[1]:
        span_b = (span_b[0], end[1])
    inside_b = span_b[0] <= span_a[0] and span_a[1] <= span_b[1]
    inside_a = span_a[0] <= span_b[0] and span_b[1] <= span_a[1]
    return inside_a or inside_b


def year_of(value: str | None) -> str | None:
    """The year of an ISO date, or None."""
    d = date_part(value)
    return d[:4] if d and d[:4].isascii() and d[:4].isdigit() else None
