"""Partner codes and names (ISO 3166-1 alpha-2 plus EU), through the shared country reference."""

from __future__ import annotations

import re
from functools import cache

import pycountry


@cache
def _reference() -> object | None:
    try:
        from bilat.extract import reference
    except ImportError:
        return None
    factory = getattr(reference, "countries", None)
    if factory is not None and not callable(factory):  # the module, not the accessor
        factory = getattr(factory, "load_countries", None)
    try:
        return factory() if callable(factory) else None
    except Exception:  # reference data not available: fall back to pycountry
        return None


def country_code(name: str) -> str | None:
    """The partner code for a country name, demonym or code ("Japan", "japan", "UK", "EU"), or None."""
    text = name.strip().strip(".,;:()'\"")
    if not text:
        return None
    ref = _reference()
    if ref is not None:
        code = ref.code(text)  # type: ignore[attr-defined]
        return str(code) if code else None
    return _pycountry_code(text)


def _pycountry_code(text: str) -> str | None:
    if text.upper() == "EU" or text.casefold() == "european union":
        return "EU"
    if len(text) == 2 and text.isalpha():
        found = pycountry.countries.get(alpha_2=text.upper())
        return str(found.alpha_2) if found else None
    if len(text) < 4:
        return None
    try:
        return str(pycountry.countries.lookup(text).alpha_2)
    except LookupError:
        return None


@cache
def country_name(code: str) -> str:
    """A readable name for a partner code ("JP" -> "Japan", "EU" -> "European Union")."""
    if code == "EU":
        return "European Union"
    found = pycountry.countries.get(alpha_2=code)
    if found is None:
        return code
    return str(getattr(found, "common_name", None) or found.name)


def named_pair(name: str, pairs: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The one pair of `pairs` an item belongs to: the only pair, or the pair its name names."""
    if len(pairs) == 1:
        return pairs[0]
    named = {c for w in re.split(r"[\s\-–—/,.()]+", name) if len(w) > 1 and (c := country_code(w))}
    fits = [p for p in pairs if set(p) <= named] or [p for p in pairs if set(p) & named]
    return fits[0] if len(fits) == 1 else None


def item_partners(name: str, pairs: list[tuple[str, str]]) -> set[str]:
    """The partners of an event or call: those of the pair its name names, else all the document's."""
    pair = named_pair(name, pairs)
    return set(pair) if pair else {code for p in pairs for code in p}
