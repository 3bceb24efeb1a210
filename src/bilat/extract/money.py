"""Sums of money in text: symbols, ISO codes and currency words, scales (million, crore, "$6m",
"10-trillion-yen", 億円), Indian digit grouping, qualifiers ("up to", "over", "about") and ranges,
normalised to a value and an ISO 4217 code.

The scan is anchored on currency marks (data/currencies.yaml, found with one Aho-Corasick pass)
and reads a bounded window on each side of a mark with anchored patterns (the text before a mark
is read backwards), so it runs in linear time on any text. Numbers without a currency ("8 billion
people", years, percentages, phone numbers) are never amounts.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import ahocorasick_rs

from bilat.errors import ConfigError
from bilat.extract.reference import config
from bilat.extract.resources import longest_first

QUALIFIERS = (None, "up_to", "over", "about", "range")
WINDOW = 64  # characters read on each side of a currency mark

# fmt: off
SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9,
    "bil": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5,
    "crore": 1e7, "crores": 1e7, "lakh crore": 1e12, "lakh crores": 1e12, "thousand crore": 1e10,
    "thousand crores": 1e10, "juta": 1e6, "miliar": 1e9, "milyar": 1e9, "triliun": 1e12,
}
# Spanish, Portuguese and French scale words ("4.200 millones de pesos", "R$ 3,5 milhões", "3 millions
# d'euros"): their figures write a dot (or a space) between thousands and a comma before the
# decimals, and "de" / "d'" may join scale and currency.
ROMANCE_SCALES = {
    "millón": 1e6, "millon": 1e6, "millones": 1e6, "milhão": 1e6, "milhao": 1e6, "milhões": 1e6,
    "milhoes": 1e6, "mil millones": 1e9, "mil milhões": 1e9, "mil milhoes": 1e9, "bilhão": 1e9,
    "bilhao": 1e9, "bilhões": 1e9, "bilhoes": 1e9, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
}
SCALES.update(ROMANCE_SCALES)
KANJI_SCALES = {"千": 1e3, "万": 1e4, "億": 1e8, "兆": 1e12}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50,
    "thirteen": 13, "fourteen": 14, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
# "five hundred million yen", "a hundred thousand euros": hundreds before a scale word
NUMBER_WORDS.update(
    {f"{word} hundred": value * 100 for word, value in NUMBER_WORDS.items() if value < 10}
)
QUALIFIER_PHRASES = {
    "up_to": ["up to", "a maximum of", "maximum of", "maximum", "max.", "max", "not exceeding",
              "not to exceed", "no more than", "capped at", "at most", "ceiling of", "limit of"],
    "over": ["over", "more than", "above", "exceeding", "in excess of", "at least", "upwards of",
             "greater than", "a minimum of"],
    "about": ["about", "around", "approximately", "approx.", "some", "nearly", "almost", "roughly",
              "an estimated", "estimated", "circa", "close to", "~"],
}
YEAR_PREPOSITIONS = ["in", "since", "by", "until", "till", "through", "during", "from", "before", "after"]
# fmt: on
LOOSE_SUFFIX_SYMBOLS = {"€", "¥", "￥", "£"}  # symbols that some texts also write after the number


def _alt(words: list[str], *, reverse: bool = False) -> str:
    forms = [w[::-1] if reverse else w for w in words]
    return longest_first(forms)


_SCALE_WORDS = [w for w in SCALES if len(w) > 1 and w != "k"]
_SCALE = f"(?i:{_alt(_SCALE_WORDS)})"
_SCALE_REV = f"(?i:{_alt(_SCALE_WORDS, reverse=True)})"
# "5,000", "1,20,000" (Indian), "12 000" (spaces between thousands), "12.5"
# "1.500.000" (dots between thousands, as much of Europe writes them) is tried first.
_DIGITS = (
    r"(?:\d{1,3}(?:\.\d{3}){2,}(?!\d|[,.]\d)"
    r"|(?:\d{1,3}(?:,\d{2,3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|[,.]\d)|\d+)(?:\.\d+)?)"
)
_DIGITS_REV = (
    r"(?:(?:\d{3}\.){2,}\d{1,3}(?!\d|[,.]\d)"
    r"|(?:\d+\.)?(?:(?:\d{2,3},)+\d{1,3}|(?:\d{3}[ \u00a0\u202f])+\d{1,3}(?!\d)|\d+))"
)
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
# A decimal comma counts only before a scale word ("R 1,5 million", "2,5 Mrd" is not read).
_DIGITS = rf"(?:\d{{1,3}},\d{{1,2}}(?=[\s-]?{_SCALE}(?![A-Za-z]))|{_DIGITS})"
_DIGITS_REV = rf"(?:\d{{1,2}},\d{{1,3}}(?![\d,.])|{_DIGITS_REV})"
# Dots between thousands and a decimal comma for the cents ("R$ 1.500.000,00", "2.400,50 €").
_DIGITS = rf"(?:\d{{1,3}}(?:\.\d{{3}})+,\d{{2}}(?!\d|[,.]\d)|{_DIGITS})"
_DIGITS_REV = rf"(?:\d{{2}},(?:\d{{3}}\.)+\d{{1,3}}(?![\d,.])|{_DIGITS_REV})"
_DOT_THOUSANDS_CENTS = re.compile(r"\d{1,3}(?:\.\d{3})+,\d{2}")
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
_WORD_NUM = f"(?i:{_alt(list(NUMBER_WORDS))})"
_WORD_NUM_REV = f"(?i:{_alt(list(NUMBER_WORDS), reverse=True)})"

# After a prefix mark: " 5,000", "2.5 million", "6m", "a million" (a wrapped, indented line may
# part figure and scale: "Rs. 60⏎    lakh").
_AFTER = re.compile(
    rf"[ \u00a0\u202f]?(?:(?P<num>{_DIGITS})(?:(?:[ \t]*\n[ \t]+|[\s-])?(?P<scale>{_SCALE})(?![A-Za-z])"
    rf"|(?P<letter>[mkbMKB]n?)(?![A-Za-z]))?|(?P<wnum>{_WORD_NUM})[\s-](?P<wscale>{_SCALE})(?![A-Za-z]))"
)
# Before a suffix mark, read backwards: "380 million ", "10-trillion-", "6m ", "a million ".
_BEFORE_REV = re.compile(
    rf"[\s-]?(?:(?:(?:ed[ \u00a0]+|['’]d[ \u00a0]+)?(?P<scale>{_SCALE_REV})[\s-]?|(?P<letter>n?[mkbMKB]))?"
    rf"(?P<num>{_DIGITS_REV})"
    rf"|(?P<wscale>{_SCALE_REV})[\s-](?P<wnum>{_WORD_NUM_REV})(?![A-Za-z]))"
)
_KANJI_REV = re.compile(r"[\d.,兆億万千]+")
_RANGE_AFTER = re.compile(rf"\s*(?:-|–|—|to)\s*(?P<num>{_DIGITS})(?:[\s-]?(?P<scale>{_SCALE})(?![A-Za-z]))?")
_RANGE_BEFORE_REV = (
    re.compile(
        rf"\s+dna\s+(?:(?P<scale>{_SCALE_REV})[\s-]?)?(?P<num>{_DIGITS_REV})\s+neewteb(?![A-Za-z])", re.I
    ),
    re.compile(
        rf"\s*(?:-|–|—|ot)\s*(?:(?P<scale>{_SCALE_REV})[\s-]?)?(?P<num>{_DIGITS_REV})(?![\d,.])", re.I
    ),
)
_QUALIFIER_REV = [
    (name, re.compile(rf"[\s:]*(?:{_alt(phrases, reverse=True)})(?![A-Za-z])", re.I))
    for name, phrases in QUALIFIER_PHRASES.items()
]
_YEARISH_REV = re.compile(rf"\s+(?:{_alt(YEAR_PREPOSITIONS, reverse=True)})(?![A-Za-z])", re.I)
_CODE_BEFORE_DOLLAR = re.compile(r"(?<![A-Za-z])([A-Z]{3})[ \u00a0]?$")
# Between an ISO code and its figure a text may break the line ("EUR⏎900,000"); not before a year.
_LINE_BREAK = re.compile(r"[ \t\u00a0]*\r?\n[ \t\u00a0]*(?=\d)")
# After a figure, a code may stand at the start of the next line ("900,000⏎EUR"); read backwards.
_LINE_BREAK_REV = re.compile(r"[ \t\u00a0]*\n\r?[ \t\u00a0]*(?=[\dA-Za-z])")
_BARE_YEAR = re.compile(r"(?:18|19|20|21)\d\d(?![\d,.]|\s*(?:-|–|—|to)\s*\d)")
_TABLE_RULE = re.compile(r"^[ \t]*\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t\r]*$", re.M)
_TABLE_ROW = re.compile(r"\r?\n[ \t]*\|[^\n]*\|[ \t\r]*(?=\n|$)")
_RULE_ROW = re.compile(r"[\r\n \t|:-]*")  # a rule line ends a table body (and starts the next table)
# A cell's figure may be set in bold or italics ("| **990,000** |" in a total row).
_CELL_FIGURE = re.compile(
    rf"[ \t\u00a0]*(?P<mark>\*{{1,2}}|_{{1,2}})?(?P<num>{_DIGITS})(?P=mark)?[ \t\u00a0]*"
)
_HEADER_SCALE = re.compile(rf"(?<![A-Za-z])(?P<scale>{_SCALE})s?(?![A-Za-z])", re.I)
_MARK_LETTER = re.compile(r"[ \u00a0]?(bn|mn|[mkb])(?![A-Za-z])", re.I)
_UNIT_LEAD = re.compile(r"(?<![A-Za-z])(?:in|of)\s+(?:(?:thousands|millions|billions)\s+of\s+)?$", re.I)
_GROUPED = re.compile(r"\d[,. \u00a0\u202f]\d{3}")
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to)\s*|\s+and\s+")


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
class _Mark:
    currency: str
    prefix: bool  # may stand before the number
    suffix: bool  # may stand after the number
    dollar: bool  # a bare dollar, whose currency the caller may choose
    strict: bool = False  # counts only before a scaled or grouped figure ("R24 million", "R500 000")
    # a word that several countries' currencies share ("pesos", "crowns"): (country, code) pairs,
    # the one meant is the currency of the country the text names nearest before it
    shared: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class _Marks:
    automaton: ahocorasick_rs.AhoCorasick
    patterns: list[str]
    marks: list[_Mark]
    codes: frozenset[str]  # the ISO codes, which decide the currency of a "$" after them
    dollars: frozenset[str]  # the currencies that their own countries write with a bare "$"
    dollar_countries: dict[str, str]  # country code -> the dollar its texts mean by a bare "$"


@cache
def _marks() -> _Marks:
    data = config.read_yaml(config.data_path("currencies.yaml"))
    table: dict[str, _Mark] = {}
    symbols = data.get("symbols") or {}
    if not isinstance(symbols, dict) or not isinstance(data.get("words") or {}, dict):
        raise ConfigError("currencies.yaml: symbols and words must be mappings")
    for symbol, code in symbols.items():
        symbol = config.text(symbol, "currencies.yaml: symbols")
        table[symbol] = _Mark(
            config.text(code, f"currencies.yaml: {symbol}"),
            True,
            symbol in LOOSE_SUFFIX_SYMBOLS,
            symbol == "$",
        )
    strict = data.get("strict_symbols") or {}
    if not isinstance(strict, dict):
        raise ConfigError("currencies.yaml: strict_symbols must be a mapping")
    for symbol, code in strict.items():
        symbol = config.text(symbol, "currencies.yaml: strict_symbols")
        table[symbol] = _Mark(config.text(code, f"currencies.yaml: {symbol}"), True, False, False, True)
    iso = config.texts(data.get("codes"), "currencies.yaml: codes")
    for code in iso:
        table.setdefault(code, _Mark(code, True, True, False))
    rare = config.texts(data.get("rare_codes"), "currencies.yaml: rare_codes")
    for code in rare:  # only with a scaled or grouped figure ("PYG 2,300 million", not "NPR 24")
        table.setdefault(code, _Mark(code, True, True, False, True))
    for word, code in (data.get("words") or {}).items():
        word = config.text(word, "currencies.yaml: words")
        mark = _Mark(
            config.text(code, f"currencies.yaml: {word}"), False, True, word in ("dollar", "dollars")
        )
        _add_word_forms(table, word, mark)
    _add_shared_words(table, data.get("shared_words") or {})
    _add_shared_symbols(table, data.get("shared_symbols") or {})
    _add_shared_symbols(table, data.get("strict_shared_symbols") or {}, strict=True)
    _add_shared_symbols(table, data.get("strict_shared_abbreviations") or {}, strict=True, suffix=True)
    patterns = sorted(table)
    automaton = ahocorasick_rs.AhoCorasick(  # a DFA: the same matches, 1.8x as fast (scan alone)
        patterns,
        matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
        implementation=ahocorasick_rs.Implementation.DFA,
    )
    codes = frozenset(iso) | frozenset(rare)
    dollars = frozenset(config.texts(data.get("dollar_currencies"), "currencies.yaml: dollar_currencies"))
    countries = data.get("dollar_countries") or {}
    if not isinstance(countries, dict):
        raise ConfigError("currencies.yaml: dollar_countries must be a mapping")
    by_country = {str(c): config.text(v, f"currencies.yaml: {c}") for c, v in countries.items()}
    return _Marks(automaton, patterns, [table[p] for p in patterns], codes, dollars, by_country)


def _add_word_forms(table: dict[str, _Mark], word: str, mark: _Mark) -> None:
    """Enter a currency word in `table` as written, lower-case, capitalised and upper-case (a form
    already there keeps its mark), and a name of two words also broken across a line ("210 million
    Uganda\nshillings" in a wrapped text)."""
    for form in {word, word.lower(), word[:1].upper() + word[1:], word.upper()}:
        table.setdefault(form, mark)
        if form.count(" ") == 1:
            table.setdefault(form.replace(" ", "\n"), mark)


def _add_shared_words(table: dict[str, _Mark], shared: object) -> None:
    """Enter the currency words that several countries share (``shared_words``: "pesos" mapped
    from each country to its currency) in `table`."""
    if not isinstance(shared, dict):
        raise ConfigError("currencies.yaml: shared_words must be a mapping")
    for word, by_country in shared.items():
        word = config.text(word, "currencies.yaml: shared_words")
        if not isinstance(by_country, dict):
            raise ConfigError(f"currencies.yaml: shared_words: {word} must map countries to codes")
        pairs = tuple(
            sorted((str(c), config.text(v, f"currencies.yaml: {word}")) for c, v in by_country.items())
        )
        _add_word_forms(table, word, _Mark("", prefix=False, suffix=True, dollar=False, shared=pairs))


def _add_shared_symbols(
    table: dict[str, _Mark], shared: object, *, strict: bool = False, suffix: bool = False
) -> None:
    """Enter the symbols that several countries write before a figure (``shared_symbols``: "Rs"
    mapped from each country to its currency; the first one is meant where the text names none).
    `strict` ones (``strict_shared_symbols``: "Sh") count only before a scaled or grouped figure and
    only where the text names one of their countries; `suffix` ones (``strict_shared_abbreviations``:
    "TL") may also follow the figure ("3.000.000 TL")."""
    if not isinstance(shared, dict):
        raise ConfigError("currencies.yaml: shared_symbols must be a mapping")
    for symbol, by_country in shared.items():
        symbol = config.text(symbol, "currencies.yaml: shared_symbols")
        if not isinstance(by_country, dict) or not by_country:
            raise ConfigError(f"currencies.yaml: shared_symbols: {symbol} must map countries to codes")
        pairs = tuple(
            sorted((str(c), config.text(v, f"currencies.yaml: {symbol}")) for c, v in by_country.items())
        )
        default = config.text(next(iter(by_country.values())), f"currencies.yaml: {symbol}")
        table[symbol] = _Mark(
            "" if strict else default, prefix=True, suffix=suffix, dollar=False, strict=strict, shared=pairs
        )


def named_dollar(text: str) -> str:
    """The dollar that a bare "$" of `text` means: the one dollar currency the text names
    ("C$2.4 million ... $6,000"; "CAD", "Canadian dollars"), else the US dollar."""
    if not _may_name_dollar(text):
        return "USD"
    return _named_dollar(_marks().automaton.find_matches_as_indexes(text), text) or "USD"


def _may_name_dollar(text: str) -> bool:
    """False for a text with no "$" and no word "dollar": its bare dollar is the US dollar."""
    return "$" in text or "ollar" in text or "OLLAR" in text


def _named_dollar(matches: list[tuple[int, int, int]], text: str) -> str:
    """``named_dollar`` from the mark matches of `text` (one scan serves it and ``find_amounts``)."""
    marks = _marks()
    named: set[str] = set()
    for number, start, end in matches:
        mark = marks.marks[number]
        if not mark.dollar and mark.currency in marks.dollars and _bounded(text, start, end):
            named.add(mark.currency)
    return named.pop() if len(named) == 1 else "USD" if named else ""


def _place_dollar(places: Sequence[tuple[int, str]]) -> str:
    """The dollar a bare "$" means in a text that names no dollar currency: that of the dollar
    country (Canada, Australia ...) that `places` name most, at least twice and three times as
    often as any other one, the United States included ("Canada will contribute $4.2 million" in a
    text about Canada and Germany), else the US dollar."""
    countries = _marks().dollar_countries
    counts: dict[str, int] = {}
    for _, code in places:
        if code in countries:
            counts[code] = counts.get(code, 0) + 1
    ranked = [*sorted(counts.values(), reverse=True), 0]
    if ranked[0] < 2 or ranked[0] < 3 * ranked[1]:
        return "USD"
    return countries[max(counts, key=lambda code: counts[code])]


def find_amounts(
    text: str, *, dollar: str | None = None, places: Sequence[tuple[int, str]] = ()
) -> list[Money]:
    """Every sum of money stated in `text`, in order. A bare "$" or "dollars" means `dollar`
    (by default the dollar that the text names: ``named_dollar``). A currency word that several
    countries share ("90 million pesos", "40 million crowns") is the currency of the country of
    `places` ((offset, country code) pairs in order: the countries the text names) named last
    before it, else first after it; without such a country it is no amount."""
    marks = _marks()
    matches = marks.automaton.find_matches_as_indexes(text)
    if dollar is None:
        dollar = (_named_dollar(matches, text) or _place_dollar(places)) if _may_name_dollar(text) else "USD"
    found: list[Money] = []
    for number, start, end in matches:
        if not _bounded(text, start, end):
            continue
        mark = marks.marks[number]
        currency = dollar if mark.dollar else mark.currency
        if mark.shared:  # (a shared symbol has a currency of its own where the text names no country)
            currency = _shared_currency(mark.shared, places, start) or mark.currency
            if not currency:
                continue
        coded = _code_before_dollar(text, start, marks.codes) if text[start:end] == "$" else None
        if coded is not None:  # "CAD $750,000": the code decides, and the amount starts at it
            currency, start = coded
        code = text[start:end] in marks.codes  # an ISO code ("EUR"), which may stand on the line before
        money = _after(text, start, end, currency, code) if mark.prefix else None
        if money is None and mark.suffix:
            money = _before(text, start, end, currency, code)
        if money is None:
            continue
        if (mark.strict or code) and _weak_figure(text, start, end, money, glued=code and not mark.strict):
            continue
        if mark.dollar:
            money = _glossed(text, money)
        if money.value > 0 and not (found and money.start < found[-1].end):
            found.append(_qualified(text, money))
    joined = _join_ranges(text, found)
    if "|" not in text:
        return joined
    return sorted(joined + table_amounts(text, dollar=dollar), key=lambda m: m.start)


_GLOSS = re.compile(r"[ \u00a0]*\((?P<unit>[A-Za-z][A-Za-z .]{1,28})\)")


def _glossed(text: str, money: Money) -> Money:
    """A dollar sum whose currency a bracket right after it names ("$310.000.000 (Chilean pesos)",
    "$5,000 (CAD)") is in that currency."""
    gloss = _GLOSS.match(text, money.end, min(len(text), money.end + 32))
    if gloss is None:
        return money
    mark = _mark_index().get(gloss.group("unit").strip())
    if mark is None or mark.dollar or mark.shared or not mark.currency or mark.currency == money.currency:
        return money
    return Money(money.start, money.end, money.value, mark.currency, money.qualifier, money.low, money.high)


@cache
def _mark_index() -> dict[str, _Mark]:
    """Each currency mark by the text of its pattern."""
    marks = _marks()
    return dict(zip(marks.patterns, marks.marks, strict=True))


def _shared_currency(shared: tuple[tuple[str, str], ...], places: Sequence[tuple[int, str]], at: int) -> str:
    """The code of a shared currency word at `at`: that of the country of `places` whose currency it
    is: the one named last before `at` when it stands close before it (`_NEAR_PLACE`), else the one
    the text names most, else the last before, else the first after it; "" when the text names none."""
    codes = dict(shared)
    split = bisect.bisect_right(places, (at, "\uffff"))
    last = next(((offset, code) for offset, code in reversed(places[:split]) if code in codes), None)
    if last is not None and at - last[0] <= _NEAR_PLACE:
        return codes[last[1]]
    # (a country named further back, in a list of visitors say, yields to the one the page is
    # about: "170 billion shillings" on a Kenyan page that once names Uganda is Kenya's)
    ranked = Counter(code for _, code in places if code in codes).most_common(2)
    if len(ranked) > 1 and ranked[0][1] > ranked[1][1]:
        return codes[ranked[0][0]]
    before = last[1] if last is not None else None
    after = before or next((code for _, code in places[split:] if code in codes), None)
    return codes[after] if after else ""


# (how far before a shared currency word, in characters, a country named still decides it alone)
_NEAR_PLACE = 250


def table_amounts(text: str, *, dollar: str = "USD") -> list[Money]:
    """Bare figures in the columns of pipe tables (Markdown, or HTML tables as extracted) whose
    header names the currency ("| Contribution (EUR) |" over "| 16,000 |"), scaled by a scale word
    in the header ("(USD million)")."""
    found: list[Money] = []
    for rule in _TABLE_RULE.finditer(text):
        head_start = text.rfind("\n", 0, max(0, rule.start() - 1)) + 1
        columns = {
            index: unit
            for index, (start, end) in enumerate(_cells(text, head_start, rule.start() - 1))
            if (unit := _column_unit(text[start:end], dollar)) is not None
        }
        if not columns:
            continue
        found += _column_figures(text, rule.end(), columns)
    return found


def _column_figures(text: str, at: int, columns: dict[int, tuple[str, float]]) -> list[Money]:
    """The figures of the table body that starts at `at`, in the columns with a currency."""
    found: list[Money] = []
    while (row := _TABLE_ROW.match(text, at)) is not None and not _RULE_ROW.fullmatch(row.group(0)):
        for index, (start, end) in enumerate(_cells(text, row.start(), row.end())):
            if index in columns:
                found += _cell_figure(text, start, end, columns[index])
        at = row.end()
    return found


def _cell_figure(text: str, start: int, end: int, unit: tuple[str, float]) -> list[Money]:
    """The amount of a cell that holds a bare figure ("16,000"), in its column's currency and scale."""
    figure = _CELL_FIGURE.fullmatch(text, start, end)
    value = _number(figure.group("num")) if figure else None
    if figure is None or not value:
        return []
    return [Money(figure.start("num"), figure.end("num"), _exact(value * unit[1]), unit[0])]


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each cell of the table line text[start:end] ("| a | b |")."""
    bars = [i for i in range(start, end) if text[i] == "|"]
    return [(a + 1, b) for a, b in itertools.pairwise(bars)]


def _column_unit(header: str, dollar: str) -> tuple[str, float] | None:
    """The currency and scale a column header names ("CNR contribution (EUR)", "Budget (€m)",
    "Cost (USD million)")."""
    marks = _marks()
    currencies: set[str] = set()
    rest, letter = header, ""
    for number, start, end in marks.automaton.find_matches_as_indexes(header):
        mark = marks.marks[number]
        if mark.shared or not _bounded(header, start, end) or mark.strict:
            continue
        if mark.prefix or _unit_word(header, start):
            currencies.add(dollar if mark.dollar else mark.currency)
            rest = rest.replace(header[start:end], " ")
            letter = letter or _letter_scale(header, end)
    if len(currencies) != 1 or find_amounts(header):
        return None
    scale = _HEADER_SCALE.search(rest)
    word = scale.group("scale").lower() if scale else letter
    return currencies.pop(), SCALES[word] if word else 1.0


def _letter_scale(header: str, end: int) -> str:
    """A scale letter written right after a currency mark ("€m", "£k", "EUR m"), else ""."""
    found = _MARK_LETTER.match(header, end)
    return found.group(1).lower() if found else ""


def _unit_word(header: str, start: int) -> bool:
    """True for a currency word that a header gives as the unit: in brackets or after "in"/"of"
    ("(million yen)", "in euros"), not as a word of the label ("Prizes won")."""
    return "(" in header[:start] or bool(_UNIT_LEAD.search(header, 0, start))


def _weak_figure(text: str, mark_start: int, mark_end: int, money: Money, *, glued: bool) -> bool:
    """True for a figure too bare for its mark: around a strict mark, one with neither a scale word
    nor grouped thousands ("R21", "NPR 24"); after an ISO code written flush against it, a bare
    number of at most three digits, which is a name ("COP31"), not a sum."""
    if money.start < mark_start:  # the figure stands before its mark ("1.5 billion MNT")
        return not glued and _bare(text[money.start : mark_start])
    figure = text[mark_end : money.end] if money.start < mark_end else ""
    if glued:
        return figure.isdigit() and len(figure) <= 3
    return _bare(figure)


def _bare(figure: str) -> bool:
    """True for a figure with neither a scale word nor grouped thousands."""
    return not (_GROUPED.search(figure) or any(c.isalpha() for c in figure))


def _code_before_dollar(text: str, start: int, codes: frozenset[str]) -> tuple[str, int] | None:
    """The ISO code and its start when one stands right before a "$" ("CAD $", "NZD $")."""
    found = _CODE_BEFORE_DOLLAR.search(text, max(0, start - 5), start)
    if found is None or found.group(1) not in codes:
        return None
    return found.group(1), found.start()


def _bounded(text: str, start: int, end: int) -> bool:
    """A mark that begins or ends with a letter must not touch another letter ("Rs", not "Mrs")."""
    if start > 0 and _latin(text[start - 1]) and _latin(text[start]):
        return False
    return not (end < len(text) and _latin(text[end]) and _latin(text[end - 1]))


def _latin(char: str) -> bool:
    return char.isalpha() and ord(char) < 0x250


def _exact(value: float) -> float:
    """Drop binary noise from a product ("8.14 trillion" is 8140000000000, not ...0.001)."""
    return float(f"{value:.12g}")


def _scaled(digits: str | None, scale: str | None, wnum: str | None = None) -> float | None:
    """The value of a number with an optional scale word or letter."""
    romance = scale is not None and scale.lower() in ROMANCE_SCALES
    if wnum:
        base: float | None = NUMBER_WORDS.get(wnum.lower())
    elif digits and _DOT_THOUSANDS_CENTS.fullmatch(digits):
        base = float(digits.replace(".", "").replace(",", "."))
    elif digits and scale and _DECIMAL_COMMA.fullmatch(digits):
        base = float(digits.replace(",", "."))
    elif digits and _DOT_THOUSANDS.fullmatch(digits) and (not scale or digits.count(".") > 1 or romance):
        base = float(digits.replace(".", ""))  # "500.000 €": no sum of money has three decimals
    else:
        base = _number(digits or "")
    if base is None:
        return None
    return _exact(base * SCALES[scale.lower()]) if scale else base


def _number(digits: str) -> float | None:
    """Parse "1,234.5", "1,20,000" (Indian grouping), "12 000" or "12.5"; None for malformed grouping."""
    digits = digits.replace(" ", ",").replace("\u00a0", ",").replace("\u202f", ",")
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


def _digit_before(text: str, at: int) -> bool:
    """True when the character before `at` continues a number ("5" or "5," / "5.")."""
    if at <= 0:
        return False
    char = text[at - 1]
    return char.isdigit() or (char in ",." and at > 1 and text[at - 2].isdigit())


def _after(text: str, start: int, end: int, currency: str, code: bool = False) -> Money | None:
    """An amount written after its mark: "US$762 million", "EUR 5,000" (for a code, also on the next line)."""
    if code and (broken := _LINE_BREAK.match(text, end, min(len(text), end + 8))):
        if _BARE_YEAR.match(text, broken.end()):
            return None
        end = broken.end()
    found = _AFTER.match(text, end, min(len(text), end + WINDOW))
    if found is None:
        return None
    if found.group("num") and _digit_after(text, found.end("num")):
        return None
    value = _scaled(
        found.group("num"),
        found.group("scale") or found.group("letter") or found.group("wscale"),
        found.group("wnum"),
    )
    if value is None:
        return None
    money = Money(start, found.end(), value, currency)
    if found.group("wnum"):
        return money
    return _range_after(text, money, found.group("scale") or found.group("letter")) or money


def _digit_after(text: str, at: int) -> bool:
    """True when the number goes on past `at` ("5,00" of "5,000.5"): not a clean amount."""
    if at >= len(text):
        return False
    return text[at].isdigit() or (text[at] in ",." and text[at + 1 : at + 2].isdigit())


def _before(text: str, start: int, end: int, currency: str, code: bool = False) -> Money | None:
    """An amount written before its mark: "380 million yen", "10-trillion-yen", "2億5000万円"
    (for a code, also on the line before: "900,000⏎EUR")."""
    lo = max(0, start - WINDOW)
    backwards = text[lo:start][::-1]
    broken = _LINE_BREAK_REV.match(backwards) if code else None
    if broken is not None:
        start -= broken.end()
        backwards = backwards[broken.end() :]
    if backwards[:1] in KANJI_SCALES or not text[start].isascii():
        money = _kanji(text, backwards, start, end, currency)
        if money is not None or backwards[:1] in KANJI_SCALES:
            return money
    found = _BEFORE_REV.match(backwards)
    if found is None:
        return None
    begin = start - found.end()
    if _digit_before(text, begin) or (begin > 0 and text[begin - 1].isalpha() and found.group("num")):
        return None
    digits = _forward(found.group("num"))
    scale = _forward(found.group("scale") or found.group("letter") or found.group("wscale"))
    value = _scaled(digits, scale, _forward(found.group("wnum")))
    if value is None or (digits and not scale and _is_year(text, begin, digits, broken is not None)):
        return None
    if found.group("wnum") and (compound := _spelled_compound(text, begin, start)) is not None:
        begin, value = compound  # "one hundred and fifty million naira", not "fifty million"
    money = Money(begin, end, value, currency)
    if found.group("wnum"):
        return money
    return _range_before(text, money, scale) or money


# The number words that may stand before a spelled-out figure and its scale and belong to it:
# "one hundred and", "two billion, three hundred and", "twenty-" (of "twenty-five million").
_SPELLED_WORDS = [w for w in NUMBER_WORDS if " " not in w and w not in ("a", "an")]
_SPELLED_WORDS += ["hundred", "thousand", "million", "billion", "trillion", "and"]
_SPELLED_TAIL = re.compile(
    rf"(?<![\w-])(?:(?:{_alt(_SPELLED_WORDS)})"
    r"(?:,?[ \t\u00a0]+|-))+$",
    re.IGNORECASE,
)
_SPELLED_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
SPELLED_REACH = 80  # characters before a spelled-out figure read for the words of a compound


def _spelled_compound(text: str, begin: int, stop: int) -> tuple[int, float] | None:
    """(start, value) of a spelled-out figure whose last words ("fifty million") begin at `begin`
    and end before `stop`, where number words before them belong to it ("one hundred and fifty
    million", "twenty-five million", "two billion, three hundred and fifty million"); None where
    none do, or where they make no one number ("one million, two million", "between five and ten
    million")."""
    tail = _SPELLED_TAIL.search(text, max(0, begin - SPELLED_REACH), begin)
    if tail is None:
        return None
    words = [(m.start(), m.group().lower()) for m in re.finditer(r"[A-Za-z]+", text[tail.start() : stop])]
    while words and words[0][1] == "and":
        words.pop(0)
    if not words or tail.start() + words[0][0] >= begin:
        return None
    total, current, last_scale = 0.0, 0.0, float("inf")
    for (_, word), (_, previous) in zip(words, [(0, ""), *words], strict=False):
        if word == "and":  # "hundred and fifty", "billion and fifty", not "between five and ten million"
            if previous != "hundred" and previous not in _SPELLED_SCALES:
                return None
            continue
        if word == "hundred":
            current = (current or 1) * 100
        elif word in _SPELLED_SCALES:
            if _SPELLED_SCALES[word] >= last_scale:
                return None
            last_scale = _SPELLED_SCALES[word]
            total, current = total + (current or 1) * last_scale, 0.0
        elif word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
        else:
            return None
    return tail.start() + words[0][0], _exact(total + current)


def _forward(group: str | None) -> str | None:
    return group[::-1] if group else None


def _kanji(text: str, backwards: str, start: int, end: int, currency: str) -> Money | None:
    """Japanese amounts: "2億5000万円", "380万円", "2,500円"."""
    found = _KANJI_REV.match(backwards)
    if found is None:
        return None
    written = found.group(0)[::-1].lstrip(",.兆億万千")
    begin = start - len(written)
    value = _kanji_value(written) if written else None
    return None if value is None else Money(begin, end, _exact(value), currency)


def _kanji_value(digits: str) -> float | None:
    """The value of "2億5000万" style numbers (digits with 兆/億/万/千 scales)."""
    total, number = 0.0, ""
    for char in digits:
        if char in KANJI_SCALES:
            value = _number(number)
            if value is None:
                return None
            total += value * KANJI_SCALES[char]
            number = ""
        else:
            number += char
    if number:
        value = _number(number)
        if value is None:
            return None
        total += value
    return total or None


def _is_year(text: str, begin: int, digits: str, line_end: bool = False) -> bool:
    """A bare year before a currency word ("in 2024 yen weakened") or at the end of the line
    before a code ("Budget 2025⏎EUR") is not an amount."""
    if len(digits) != 4 or not digits.isdigit() or not 1800 <= int(digits) <= 2100:
        return False
    return line_end or bool(_YEARISH_REV.match(text[max(0, begin - 12) : begin][::-1]))


def _range_after(text: str, money: Money, own_scale: str | None) -> Money | None:
    """ "$10–20 million": the number after a dash shares the mark (and the scale)."""
    tail = _RANGE_AFTER.match(text, money.end, min(len(text), money.end + WINDOW))
    if tail is None or _digit_after(text, tail.end("num")):
        return None
    scale = tail.group("scale") or own_scale
    high = _scaled(tail.group("num"), scale)
    low = money.value if own_scale or not scale else _scaled(str(money.value), scale)
    if high is None or low is None or high <= low:
        return None
    return Money(money.start, tail.end(), high, money.currency, "range", low, high)


def _range_before(text: str, money: Money, shared_scale: str | None) -> Money | None:
    """ "5,000 to 12,000 euros", "between 1 and 3 million yen"."""
    backwards = text[max(0, money.start - WINDOW) : money.start][::-1]
    for pattern in _RANGE_BEFORE_REV:
        head = pattern.match(backwards)
        if head is None:
            continue
        begin = money.start - head.end()
        if _digit_before(text, begin):
            return None
        low = _scaled(_forward(head.group("num")), _forward(head.group("scale")) or shared_scale)
        if low is None or low >= money.value:
            return None
        return Money(begin, money.end, money.value, money.currency, "range", low, money.value)
    return None


def _qualified(text: str, money: Money) -> Money:
    if money.qualifier:
        return money
    backwards = text[max(0, money.start - 40) : money.start][::-1]
    for name, pattern in _QUALIFIER_REV:
        found = pattern.match(backwards)
        if found and (found.end() == len(backwards) or not backwards[found.end()].isalpha()):
            return Money(money.start, money.end, money.value, money.currency, name, money.low, money.high)
    return money


def _join_ranges(text: str, found: list[Money]) -> list[Money]:
    """ "€5,000–€12,000", "between ¥1 million and ¥3 million": two amounts that form one range."""
    out: list[Money] = []
    for money in found:
        if out and _joinable(text, out[-1], money):
            first = out.pop()
            money = Money(
                first.start, money.end, money.value, money.currency, "range", first.value, money.value
            )
        out.append(money)
    return out


def _joinable(text: str, first: Money, second: Money) -> bool:
    if first.currency != second.currency or first.qualifier or second.qualifier:
        return False
    if first.value >= second.value:
        return False
    gap = text[first.end : second.start]
    if not _RANGE_JOIN.fullmatch(gap):
        return False
    if gap.strip() == "and":
        return text[max(0, first.start - 9) : first.start].strip().lower().endswith("between")
    return True
