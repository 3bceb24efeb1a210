"""Named sub-patterns of the temporal grammar, built from the lexicon.

Every sub-pattern is a regex fragment without capturing groups; rules (rules.py) combine them
with `{NAME}` placeholders. Fragments are plain alternations and bounded repetitions only, so
matching stays linear in the length of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from bilat.temporal.lexicon import Lexicon, lexicon


def abbreviations(table: dict[str, int]) -> frozenset[str]:
    """Keys that shorten a longer key with the same value ("sept" for "september")."""
    return frozenset(
        short
        for short, value in table.items()
        if any(len(long) > len(short) and long.startswith(short) and v == value for long, v in table.items())
    )


def alternation(
    words: Iterable[str], case_sensitive: frozenset[str] = frozenset(), dotted: frozenset[str] = frozenset()
) -> str:
    """An alternation of `words` (longest first); words in `case_sensitive` must be capitalised,
    words in `dotted` may end with a full stop."""
    parts = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        body = r"\s+".join(re.escape(piece) for piece in word.split())
        dot = r"\.?" if word in dotted else ""
        if word in case_sensitive:
            parts.append(f"(?:{re.escape(word.capitalize())}|{re.escape(word.upper())}){dot}")
        else:
            parts.append(f"(?i:{body}){dot}")
    return "(?:" + "|".join(parts) + ")"


def _number_words(lex: Lexicon) -> str:
    tens = [w for w, v in lex.numbers.items() if v in (20, 30, 40, 50, 60, 70, 80, 90)]
    units = [w for w, v in lex.numbers.items() if 1 <= v <= 9 and " " not in w and w not in ("a", "an")]
    compound = f"{alternation(tens)}(?:[-\\s]{alternation(units)})?"
    simple = alternation(w for w in lex.numbers if w not in ("a", "an"))
    return f"(?:{compound}|{simple})"


@cache
def fragments() -> dict[str, str]:
    """The named sub-patterns ({MONTH}, {DAY}, {YEAR}, {NUM}, {UNIT}, ...)."""
    lex = lexicon()
    cs = lex.case_sensitive
    short_months = abbreviations(lex.months)
    months = alternation(lex.months, cs, short_months)
    full_month_names = [m for m in lex.months if m not in short_months]
    full_months = alternation(full_month_names, cs)
    digits = r"(?<![\d.,])\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s+1/2)?(?![\d])"
    frag = {
        "MONTH": months,
        "FULLMONTH": full_months,
        # month names of other European languages, and the English ones ("4. November 2025")
        # (and their shortened names, in any case: `absolute.py` wants their full stop)
        "ANYMONTH": alternation(
            [*lex.foreign_months, *full_month_names, *lex.foreign_abbreviations],
            cs - frozenset(lex.foreign_abbreviations),
        ),
        "WEEKDAY": alternation(lex.weekdays, cs, abbreviations(lex.weekdays)),
        "FULLWEEKDAY": alternation((w for w in lex.weekdays if w.endswith("day")), cs),
        "DAY": r"(?:(?<!\d)(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)|"
        + alternation(lex.day_ordinals)
        + r"(?![\w-]))",
        "YEAR": r"(?<![\d$€£¥#])(?:1[5-9]\d\d|20\d\d|21\d\d)(?![\d])",
        "NUMWORD": _number_words(lex),
        "DIGITS": digits,
        "VAGUE": alternation(lex.vague_numbers),
        "ORDINAL": alternation(lex.ordinals),
        "DAYORDINAL": alternation(lex.day_ordinals),  # first ... thirty-first, as words
        "SEASON": alternation(lex.seasons),
        "DAYPART": alternation(lex.day_parts),
        "FREQ": alternation(lex.frequencies),
        "REF": alternation(lex.references),
        "ZONE": alternation(lex.zones, frozenset(lex.zones)),
        "PLACE": alternation(lex.places),
        "HOLIDAY": alternation(lex.holidays),
        "ERA": alternation(lex.eras),
    }
    frag["UNIT"] = _unit_pattern(lex)
    frag["NUM"] = f"(?:{frag['DIGITS']}|{frag['NUMWORD']}|(?i:an?))"
    place_time = rf"\(?{frag['PLACE']}\s+(?i:time)\)?"
    # a zone spelled out may carry its abbreviation in brackets ("5 pm Eastern Time (AEDT)"), and a
    # bare bracketed abbreviation follows a clock too ("5 pm (AEDT)")
    bracketed = rf"\({frag['ZONE']}\)"
    zone = rf"{frag['ZONE']}(?![\w])(?:\s*{place_time})?"
    frag["TZ"] = rf"(?:{zone}|{place_time}(?:\s*{bracketed})?|{bracketed})"
    return frag


def _unit_pattern(lex: Lexicon) -> str:
    words = []
    for unit in lex.units:
        words.append(unit)
        words.append(unit[:-1] + "ies" if unit.endswith("y") and not unit.endswith("day") else unit + "s")
    return alternation(words)


def unit_of(word: str) -> str:
    """The lexicon unit of a singular or plural unit word ("centuries" -> "century")."""
    lex = lexicon()
    key = " ".join(word.lower().split())
    if key in lex.units:
        return key
    if key.endswith("ies") and key[:-3] + "y" in lex.units:
        return key[:-3] + "y"
    if key.endswith("s") and key[:-1] in lex.units:
        return key[:-1]
    return key


# Token edges: a word edge (or underscores closing Markdown emphasis: "_Brussels, 3 March 2025_"),
# a switch between letters and digits ("article26 May", "2020Directorate"), or a CJK character
# (Japanese and Chinese write words without spaces).
CJK = "\u3040-\u30ff\u3400-\u9fff"
LEFT_EDGE = rf"(?:(?<!\w)|(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])|(?<=[{CJK}])|(?=[{CJK}]))"
RIGHT_EDGE = rf"(?:(?!\w)|(?=_+(?!\w))|(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)|(?<=[{CJK}])|(?=[{CJK}]))"


# Where a token starts: the only places where rules are tried (see tagger._matches).
# A digit right after lower-case letters starts a token ("article26 May"); after capitals it is part of
# a name ("ASIW2016", "COP21").
TOKEN_START = re.compile(rf"(?<!\w)\S|(?<=[a-zß-ÿ])\d|(?<=\d)[^\W\d_]|(?<=[{CJK}])\w|(?<=\w)[{CJK}]")


def expand(pattern: str) -> str:
    """A rule pattern with its `{NAME}` placeholders filled."""
    frag = fragments()
    return re.sub(r"\{([A-Z]+)\}", lambda m: frag[m.group(1)], pattern)


def rule_source(pattern: str) -> str:
    """The full regex of a rule pattern, to be matched at token starts (it must end at a token edge)."""
    return f"(?:{expand(pattern)}){RIGHT_EDGE}"


def compile_rule(pattern: str) -> re.Pattern[str]:
    """Compile a rule pattern (from the shipped engine code when it is current, see `precompiled`)."""
    from bilat.temporal.precompiled import compile_pattern

    return compile_pattern(rule_source(pattern))
