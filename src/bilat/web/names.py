"""Human names for partner codes (ISO 3166-1 alpha-2 plus EU) and topic ids."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import pycountry
import yaml

from bilat.errors import QueryError

_EXTRA = {"EU": "European Union"}
_PAIR = re.compile(r"^([A-Za-z]{2})[-–_ ]([A-Za-z]{2})$")


@lru_cache(maxsize=512)
def partner_name(code: str) -> str:
    """The short English name of a partner code, or the code itself when unknown."""
    code = code.upper()
    if code in _EXTRA:
        return _EXTRA[code]
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name)


def parse_pair(pair: str) -> tuple[str, str] | None:
    """The two partner codes of ``"JP-SE"`` (sorted, upper-case), or None if it is not a pair."""
    match = _PAIR.match(pair.strip())
    if not match:
        return None
    first, second = sorted((match.group(1).upper(), match.group(2).upper()))
    return first, second


def checked_pair(pair: str) -> tuple[str, str]:
    """The two different partner codes of a pair like ``JP-SE`` (QueryError otherwise)."""
    codes = parse_pair(pair)
    if codes is None or codes[0] == codes[1]:
        raise QueryError(f"a partnership is two different partner codes like JP-SE, not {pair!r}")
    return codes


@lru_cache(maxsize=1)
def _labels() -> dict[str, dict[str, str]]:
    text = (resources.files("bilat.web") / "labels.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text) or {}
    parts = ("labels", "singular")
    return {part: {str(k): str(v) for k, v in (data.get(part) or {}).items()} for part in parts}


@lru_cache(maxsize=1)
def _topic_labels() -> dict[str, str]:
    return {key: value.split(" (")[0] for key, value in _labels()["labels"].items()}


def noun(plural: str, count: int) -> str:
    """`plural` ("documents", "people"), or its singular when `count` is one or minus one."""
    if abs(count) != 1:
        return plural
    return _labels()["singular"].get(plural) or plural.removesuffix("s")


def topic_label(topic: str) -> str:
    """The display label of a topic id (``"ocean_polar"``: "Ocean and polar research"); unknown ids tidied."""
    known = _topic_labels().get(topic)
    if known:
        return known
    if len(topic) <= 3:
        return topic.upper()
    return topic.replace("_", " ").replace("-", " ").capitalize()
