"""Reading the words a rule matched: numbers, months, weekdays, years, units, durations."""

from __future__ import annotations

import re
from functools import lru_cache

from bilat.temporal.grammar import unit_of
from bilat.temporal.lexicon import lexicon

_SPACES = re.compile(r"[\s-]+")
_NOT_DIGITS = re.compile(r"\D")


@lru_cache(maxsize=4096)
def key(word: str) -> str:
    """A lexicon key: lower-case, single spaces, no trailing dot."""
    return _SPACES.sub(" ", word.lower().rstrip(".")).strip()


def number(word: str | None) -> float | None:
    """The number a word or numeral states ("two", "twenty-five", "1,500", "2 1/2"); None if vague."""
    if word is None:
        return None
    text = word.strip().lower()
    half = 0.5 if text.endswith("1/2") else 0.0
    if half:
        text = text[:-3].strip()
    digits = text.replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", digits):
        return float(digits) + half
    numbers = lexicon().numbers
    k = key(text)
    if k in numbers:
        return float(numbers[k]) + half
    pieces = k.split(" ")
    if len(pieces) == 2 and pieces[0] in numbers and pieces[1] in numbers:
        return float(numbers[pieces[0]] + numbers[pieces[1]]) + half
    return None


def month(word: str) -> int:
    """Month number of a month name or abbreviation."""
    return lexicon().months[key(word)]


def weekday(word: str) -> int:
    """ISO weekday number (Monday = 1) of a weekday name."""
    k = key(word)
    return lexicon().weekdays[k[:-1] if k.endswith("s") and k[:-1] in lexicon().weekdays else k]


def year(word: str) -> int:
    """A year from four digits, or two digits ("'98" -> 1998, "24" -> 2024)."""
    digits = word.strip().lstrip("'’")
    value = int(digits)
    if len(digits) <= 2:
        value += 1900 if value >= 50 else 2000
    return value


def day(word: str) -> int:
    """Day of month from "5", "05", "5th", "fifth", "twenty-first"."""
    digits = _NOT_DIGITS.sub("", word)
    if digits:
        return int(digits)
    return lexicon().day_ordinals[key(word).replace(" ", "-")]


def unit(word: str) -> str:
    """The lexicon unit of a unit word ("years" -> "year")."""
    return unit_of(word)


def granularity(unit_name: str) -> str:
    """The calendar granularity of a unit, for values like "two weeks ago" -> a week."""
    base = {"fortnight": "week", "weekend": "week", "trading day": "day", "business day": "day"}
    name = base.get(unit_name, unit_name)
    if "day" in name:
        return "day"
    return name if name in ("year", "half", "month", "week", "quarter", "decade", "century", "day") else "day"


def duration(amount: float | None, unit_name: str) -> str:
    """A TIMEX3 duration ("P5Y", "PT3H", "PXM", "P2Y6M") for an amount of a unit."""
    spec = lexicon().units.get(unit_name, {"code": "D"})
    code = str(spec["code"])
    prefix = "PT" if spec.get("time") else "P"
    if code == "WE":
        return "P2D" if amount is None or amount == 1 else f"P{_num(amount * 2)}D"
    if amount is None:
        return f"{prefix}X{spec.get('vague', code)}"
    amount *= float(spec.get("times", 1))
    if amount != int(amount):
        return _fraction(amount, code, prefix)
    return f"{prefix}{int(amount)}{code}"


def _fraction(amount: float, code: str, prefix: str) -> str:
    whole = int(amount)
    smaller = {
        "Y": ("M", 12),
        "D": ("H", 24),
        "H": ("M", 60),
        "M": ("S", 60) if prefix == "PT" else ("D", 30),
    }
    if code not in smaller:
        return f"{prefix}{amount:g}{code}"
    sub, factor = smaller[code]
    rest = round((amount - whole) * factor)
    if code == "D":
        return f"P{whole}DT{rest}H" if whole else f"PT{rest}H"
    head = f"{whole}{code}" if whole else ""
    return f"{prefix}{head}{rest}{sub}"


def _num(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"
