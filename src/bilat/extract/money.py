"""Sums of money in text: symbols, ISO codes and currency words, scales (million, crore, "$6m",
"10-trillion-yen", 億円), Indian digit grouping, qualifiers ("up to", "over", "about") and ranges,
normalised to a value and an ISO 4217 code.

The scan is anchored on currency marks (data/currencies.yaml) and reads a bounded window around
each one, so it runs in linear time on any text. Numbers without a currency ("8 billion people",
years, percentages, phone numbers) are never amounts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from bilat.errors import ConfigError

QUALIFIERS = (None, "up_to", "over", "about", "range")
WINDOW = 64  # characters read on each side of a currency mark

SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "m": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "tr": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "crore": 1e7, "crores": 1e7,
}
KANJI_SCALES = {"千": 1e3, "万": 1e4, "億": 1e8, "兆": 1e12}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "several": None,
}

_DIGITS = r"(?:\d{1,3}(?:,\d{2,3})+|\d+)(?:\.\d+)?"
_SCALE_WORD = r"thousand|million|billion|trillion|crores?|lakhs?|lacs?|mn|bn|tn|mln"
_WORD_NUM = r"an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
# A number with an optional scale: "5,000", "2.5 million", "10-trillion", "6m", "a million".
_AMOUNT = (
    rf"(?P<num>{_DIGITS})(?:(?:\s|-)?(?P<scale>(?i:{_SCALE_WORD}))(?![A-Za-z])|(?P<letter>[mkbMKB]n?)(?![A-Za-z]))?"
    rf"|(?P<wnum>(?i:{_WORD_NUM}))[\s-](?P<wscale>(?i:{_SCALE_WORD}))(?![A-Za-z])"
)
_AFTER = re.compile(rf"[ \u00a0\u202f]?(?:{_AMOUNT})")
_BEFORE = re.compile(rf"(?:{_AMOUNT})[\s-]?$")
_KANJI_BEFORE = re.compile(r"((?:\d[\d,]*(?:\.\d+)?[兆億万千])*(?:\d[\d,]*(?:\.\d+)?)?)$")
_RANGE_AFTER = re.compile(rf"\s*(?:-|–|—|to)\s*(?P<num>{_DIGITS})(?:[\s-]?(?P<scale>(?i:{_SCALE_WORD}))(?![A-Za-z]))?")
_RANGE_BEFORE = (
    re.compile(rf"between\s+(?P<num>{_DIGITS})(?:[\s-]?(?P<scale>{_SCALE_WORD}))?\s+and\s+$", re.I),
    re.compile(rf"(?P<num>{_DIGITS})(?:[\s-]?(?P<scale>{_SCALE_WORD}))?\s*(?:-|–|—|to)\s*$", re.I),
)
_QUALIFIER = (
    ("up_to", re.compile(r"(?:up to|a maximum of|maximum of|max\.?|maximum|not exceeding|not to exceed|"
                         r"no more than|capped at|at most|ceiling of|limit of)[\s:]*$", re.I)),
    ("over", re.compile(r"(?:over|more than|above|exceeding|in excess of|at least|upwards of|greater than|"
                        r"a minimum of)\s*$", re.I)),
    ("about", re.compile(r"(?:about|around|approximately|approx\.?|some|nearly|almost|roughly|an estimated|"
                         r"estimated|circa|close to|~|equivalent of about|the equivalent of)\s*$", re.I)),
)
_YEARISH = re.compile(r"(?:in|since|by|until|till|through|during|from|before|after)\s+$", re.I)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|and)\s*$")


@dataclass(frozen=True, slots=True)
class Money:
    """A sum of money in a text: span, value, ISO 4217 currency, qualifier and range bounds.

    `qualifier` is None, "up_to", "over", "about" or "range"; for a range `value` is the upper
    bound and `low`/`high` both bounds.
    """

    start: int
    end: int
    value: float
    currency: str
    qualifier: str | None = None
    low: float | None = None
    high: float | None = None


@dataclass(frozen=True, slots=True)
class _Marks:
    pattern: re.Pattern[str]
    currency: dict[str, str]  # mark (case-folded for words) -> ISO code
    prefix: set[str]  # marks that may stand before the number
    suffix: set[str]  # marks that may stand after the number


@cache
def _marks() -> _Marks:
    try:
        text = resources.files("bilat.extract").joinpath("data", "currencies.yaml").read_text(encoding="utf-8")
        data = yaml.safe_load(text) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read currencies.yaml: {exc}") from exc
    symbols = {str(k): str(v) for k, v in (data.get("symbols") or {}).items()}
    codes = {str(c): str(c) for c in data.get("codes") or []}
    words = {str(k).casefold(): str(v) for k, v in (data.get("words") or {}).items()}
    sym_alt = "|".join(_escaped(symbols))
    code_alt = "|".join(_escaped(codes))
    word_alt = "|".join(_escaped(words))
    pattern = re.compile(
        rf"(?P<sym>(?<![A-Za-z])(?:{sym_alt}))|(?<![A-Za-z])(?P<code>{code_alt})(?![A-Za-z])"
        rf"|(?<![A-Za-z])(?P<word>(?i:{word_alt}))(?![A-Za-z])"
    )
    currency = {**symbols, **codes, **words}
    suffix = set(codes) | set(words) | {"€", "¥", "￥", "£", "円"}
    return _Marks(pattern, currency, set(symbols) | set(codes), suffix)


def _escaped(marks: dict[str, str]) -> list[str]:
    return [re.escape(m) for m in sorted(marks, key=len, reverse=True)]


def find_amounts(text: str, *, dollar: str = "USD") -> list[Money]:
    """Every sum of money stated in `text`, in order. A bare "$" or "dollars" means `dollar`."""
    marks = _marks()
    found: list[Money] = []
    for match in marks.pattern.finditer(text):
        mark = match.group("sym") or match.group("code") or match.group("word")
        key = mark.casefold() if match.group("word") else mark
        currency = marks.currency.get(key) or marks.currency.get(mark)
        if currency is None:
            continue
        if currency == "USD" and key in ("$", "dollar", "dollars"):
            currency = dollar
        money = None
        if mark in marks.prefix:
            money = _after(text, match.start(), match.end(), currency)
        if money is None and key in marks.suffix:
            money = _before(text, match.start(), match.end(), currency)
        if money is not None and not (found and money.start < found[-1].end):
            found.append(_qualified(text, money))
    return _join_ranges(text, found)


def _after(text: str, start: int, end: int, currency: str) -> Money | None:
    """An amount written after its mark: "US$762 million", "EUR 5,000"."""
    window = text[end : end + WINDOW]
    found = _AFTER.match(window)
    if found is None or (found.group("num") and _continues(window, found.end("num"))):
        return None
    value = _value(found)
    if value is None:
        return None
    stop = end + found.end()
    money = Money(start, stop, value, currency)
    return _range_after(text, money, found) or money


def _continues(window: str, at: int) -> bool:
    """True when the number goes on past the match ("5,00" of "5,000.5x"): not a clean amount."""
    return at < len(window) and (window[at].isdigit() or (window[at] in ",." and window[at + 1 : at + 2].isdigit()))


def _before(text: str, start: int, end: int, currency: str) -> Money | None:
    """An amount written before its mark: "380 million yen", "10-trillion-yen", "2億5000万円"."""
    lo = max(0, start - WINDOW)
    window = text[lo:start]
    if text[start:end] == "円":
        return _kanji(text, window, lo, end, currency)
    found = _BEFORE.search(window)
    if found is None:
        return None
    begin = lo + found.start()
    if begin > 0 and (text[begin - 1].isdigit() or (text[begin - 1] in ",." and begin > 1 and text[begin - 2].isdigit())):
        return None
    if begin > 0 and text[begin - 1].isalpha() and found.group("num"):
        return None
    value = _value(found)
    if value is None or _is_year(text, begin, found):
        return None
    money = Money(begin, end, value, currency)
    return _range_before(text, money, found) or money


def _kanji(text: str, window: str, lo: int, end: int, currency: str) -> Money | None:
    found = _KANJI_BEFORE.search(window)
    if found is None or not found.group(1):
        return None
    value = _kanji_value(found.group(1))
    value = None if value is None else _exact(value)
    return None if value is None else Money(lo + found.start(1), end, value, currency)


def _kanji_value(digits: str) -> float | None:
    """The value of "2億5000万" style numbers (digits with 兆/億/万/千 scales)."""
    total, number = 0.0, ""
    for char in digits:
        if char in KANJI_SCALES:
            if not number:
                return None
            total += float(number.replace(",", "")) * KANJI_SCALES[char]
            number = ""
        else:
            number += char
    if number:
        total += float(number.replace(",", ""))
    return total or None


def _exact(value: float) -> float:
    """Drop binary noise from a product ("8.14 trillion" is 8140000000000, not ...0.001)."""
    return float(f"{value:.12g}")


def _value(found: re.Match[str]) -> float | None:
    if found.group("wnum"):
        base = NUMBER_WORDS.get(found.group("wnum").lower())
        scale = SCALES[found.group("wscale").lower()]
        return None if base is None else base * scale
    number = _number(found.group("num"))
    if number is None:
        return None
    unit = found.group("scale") or found.group("letter")
    return _exact(number * SCALES[unit.lower()]) if unit else number


def _number(digits: str) -> float | None:
    """Parse "1,234.5", "1,20,000" (Indian grouping) or "12.5"; None for malformed grouping."""
    whole = digits.split(".")[0]
    if "," in whole:
        groups = whole.split(",")
        western = all(len(g) == 3 for g in groups[1:])
        indian = len(groups[-1]) == 3 and all(len(g) == 2 for g in groups[1:-1]) and len(groups[0]) <= 2
        if not (western or indian):
            return None
    try:
        return float(digits.replace(",", ""))
    except ValueError:
        return None


def _is_year(text: str, begin: int, found: re.Match[str]) -> bool:
    """A bare year before a currency word ("in 2024 yen weakened") is not an amount."""
    digits = found.group("num")
    if not digits or found.group("scale") or found.group("letter") or not digits.isdigit():
        return False
    return len(digits) == 4 and 1800 <= int(digits) <= 2100 and bool(_YEARISH.search(text[max(0, begin - 12) : begin]))


def _range_after(text: str, money: Money, found: re.Match[str]) -> Money | None:
    """ "$10–20 million": the number after a dash shares the mark (and the scale)."""
    tail = _RANGE_AFTER.match(text, money.end, min(len(text), money.end + WINDOW))
    if tail is None or _continues(text, tail.end("num")) or found.group("wnum"):
        return None
    high = _number(tail.group("num"))
    if high is None:
        return None
    own_scale = found.group("scale") or found.group("letter")
    scale = tail.group("scale")
    low = money.value
    if scale:
        high *= SCALES[scale.lower()]
        if not own_scale:
            low *= SCALES[scale.lower()]
    elif own_scale:
        high *= SCALES[own_scale.lower()]
    low, high = _exact(low), _exact(high)
    if high <= low:
        return None
    return Money(money.start, tail.end(), high, money.currency, "range", low, high)


def _range_before(text: str, money: Money, found: re.Match[str]) -> Money | None:
    """ "5,000 to 12,000 euros", "between 1 and 3 million yen"."""
    lo = max(0, money.start - WINDOW)
    head = _RANGE_BEFORE[0].search(text, lo, money.start) or _RANGE_BEFORE[1].search(text, lo, money.start)
    if head is None or (head.start() > 0 and text[head.start() - 1].isdigit()):
        return None
    low = _number(head.group("num"))
    if low is None or found.group("wnum"):
        return None
    own = head.group("scale")
    shared = found.group("scale") or found.group("letter")
    if own:
        low *= SCALES[own.lower()]
    elif shared:
        low *= SCALES[shared.lower()]
    low = _exact(low)
    if low >= money.value:
        return None
    return Money(head.start(), money.end, money.value, money.currency, "range", low, money.value)


def _qualified(text: str, money: Money) -> Money:
    if money.qualifier:
        return money
    before = text[max(0, money.start - 40) : money.start]
    for name, pattern in _QUALIFIER:
        if pattern.search(before):
            return Money(money.start, money.end, money.value, money.currency, name, money.low, money.high)
    return money


def _join_ranges(text: str, found: list[Money]) -> list[Money]:
    """ "€5,000–€12,000", "between ¥1 million and ¥3 million": two amounts that form one range."""
    out: list[Money] = []
    for money in found:
        if out and _joinable(text, out[-1], money):
            first = out.pop()
            money = Money(first.start, money.end, money.value, money.currency, "range", first.value, money.value)
        out.append(money)
    return out


def _joinable(text: str, first: Money, second: Money) -> bool:
    if first.currency != second.currency or first.qualifier or second.qualifier not in (None, "range"):
        return False
    if second.qualifier == "range" or first.value >= second.value:
        return False
    gap = text[first.end : second.start]
    if not _RANGE_JOIN.fullmatch(gap) and not (gap.strip() == "" and False):
        return False
    if gap.strip() == "and":
        return text[max(0, first.start - 9) : first.start].strip().lower().endswith("between")
    return True
