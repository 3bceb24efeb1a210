"""Folding and comparison of names and dates, shared by the resolvers of the graph."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources
from typing import Any

import yaml
from rapidfuzz.distance import OSA

_PUNCT = re.compile(r"[\W_]+", re.UNICODE)
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


def fold(text: str) -> str:
    """Lower-case `text` without accents, punctuation or a leading "the" (non-Latin scripts kept)."""
    text = unicodedata.normalize("NFKC", text).replace("&", " and ")
    text = "".join(_fold_char(ch) for ch in text).casefold()
    text = _PUNCT.sub(" ", text).strip()
    return text[4:] if text.startswith("the ") else text


def tokens(text: str) -> list[str]:
    """The folded words of `text`."""
    return fold(text).split()


def content_tokens(text: str) -> set[str]:
    """The folded words of `text` without stopwords."""
    stop = set(reference()["stopwords"])
    return {t for t in tokens(text) if t not in stop}


def is_acronym(name: str) -> bool:
    """True for a short all-capitals name such as "JST", "DG RTD" or "NASA"."""
    compact = name.replace(" ", "")
    upper = sum(1 for c in compact if c.isupper())
    return bool(_ACRONYM.match(compact)) and upper >= max(2, len(compact) // 2)


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


def dates_compatible(a: str | None, b: str | None, b_end: str | None = None) -> bool:
    """True when two ISO dates agree at their shared precision (or `a` falls in `b`..`b_end`)."""
    da, db = date_part(a), date_part(b)
    if not da or not db:
        return False
    n = min(len(da), len(db))
    if da[:n] == db[:n]:
        return True
    end = date_part(b_end)
    return bool(end) and len(da) == len(db) == 10 and db <= da <= str(end)


def year_of(value: str | None) -> str | None:
    """The year of an ISO date, or None."""
    d = date_part(value)
    return d[:4] if d and d[:4].isdigit() else None
