"""Dates written out: numeric forms, month names, day ranges, years, decades, fiscal years, holidays."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from bilat.temporal import calendar, words
from bilat.temporal.context import Context
from bilat.temporal.families.common import day_found, group, infer_year, month_found, week_found, year_found
from bilat.temporal.found import Found
from bilat.temporal.grammar import fragments
from bilat.temporal.lexicon import lexicon
from bilat.temporal.rules import rule

# A capitalised word right before a year, not at the start of a sentence or paragraph. A line a
# hard-wrapped text breaks mid-sentence may open with the name's last word ("the Japan-Israel
# Innovation\nForum 2025"): that word still names.
NAME_BEFORE = re.compile(r"(?<![.!?:\n]\s)(?<![.!?:])(?<=\S\s)([A-Z][A-Za-z-]+)\s+$")
# A dash at the start of a line is a list's bullet, not a range's ("15 January\n- 15 May").
RANGE = r"(?:[ \t]*(?:-|–|—|&|/)|\s*(?i:to|until|till|through|thru|and))\s*"
# Words after a bare number that show it is a quantity, not a year.
NOT_A_YEAR = re.compile(
    r"\s*(?:%|(?i:percent|per\s+cent|people|persons|jobs|tons|tonnes|units|shares|workers|"
    r"employees|members|students|troops|soldiers|cars|miles|km|kilometers|meters|feet|points|"
    r"barrels|acres|votes|pounds|dollars|euros|yen|hours|minutes|seconds|cases|deaths|visitors))\b"
)
NUMBER_SIGN = re.compile(r"(?:No\.?|#|\$|€|£|¥)\s*$")  # "No. 2020", "$2020"
DECIMAL = re.compile(r"[.,]\d")
SPACED_OF = re.compile(r"(?i)\sof\s")


@rule("iso", r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![-/.]\d)", priority=5)
def iso(m: re.Match[str], ctx: Context) -> Found | None:
    """2023-05-15."""
    return day_found(int(m["y"]), int(m["m"]), int(m["d"]))


@rule("ymd", r"(?P<y>{YEAR})(?P<s>[/.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?![/.]\d)", priority=5)
def ymd(m: re.Match[str], ctx: Context) -> Found | None:
    """Year-first numeric dates, as written in Japan and China: 2025/5/27, 2023.2.3."""
    return day_found(int(m["y"]), int(m["m"]), int(m["d"]))


@rule(
    "numeric",
    r"(?<![\d/.-])(?P<a>\d{1,2})(?P<s>[/.-])(?P<b>\d{1,2})(?P=s)(?P<y>{YEAR}|\d{2}(?![\d]))(?![/.-]\d)",
    priority=5,
)
def numeric(m: re.Match[str], ctx: Context) -> Found | None:
    """Day-first or month-first numeric dates: 07/07/2014, 27.05.2023, 5/16/98."""
    a, b = int(m["a"]), int(m["b"])
    if len(m["y"]) == 2 and m["s"] != "/":
        return None
    year = words.year(m["y"])
    if a > 12 or (ctx.day_first and b <= 12):
        return day_found(year, b, a)
    return day_found(year, a, b)


# A weekday in brackets after a Japanese day: 5月9日（金）, 9日(金曜日).
JA_WEEKDAY = r"(?:[（(][月火水木金土日](?:曜日?)?[)）])?"
JA_RANGE = r"\s*(?:から|～|〜|~|-|–|—)\s*"
THIRDS = {"上": "START", "中": "MID", "下": "END"}


@rule(
    "japanese",
    r"(?:(?:(?P<y>{YEAR}|(?<![\d])[１２][０-９]{3}(?!\d))|(?P<era>{ERA})(?P<ey>\d{1,2}|元))年(?:(?P<fy>度)|(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日)?)?"
    r"|(?<!\d)(?P<m0>\d{1,2})月(?:(?P<d0>\d{1,2})日|(?=[上中下]旬)))"
    r"(?:(?<=月)(?P<third>[上中下])旬"
    r"|(?<=日)" + JA_WEEKDAY + JA_RANGE
    + r"(?:(?P<y2>{YEAR})年)?(?:(?P<m2>\d{1,2})月)?(?P<d2>\d{1,2})日)?",
    priority=5,
)
def japanese(m: re.Match[str], ctx: Context) -> Found | None:
    """Japanese dates: 2025年5月27日, 5月9日 (the year inferred), era years such as 令和7年 (era table
    in the lexicon), fiscal years 2025年度 (valued as the year, like FY2025), thirds of a month
    (5月上旬: its start), and day ranges 5月9日（金）から11日まで, 5月9日～11日."""
    if m["y"] or m["era"]:
        year: int | None = (
            int(m["y"]) if m["y"] else lexicon().eras[m["era"]] + (1 if m["ey"] == "元" else int(m["ey"])) - 1
        )
    else:
        year = None
    month_text, day_text = m["m"] or m["m0"], m["d"] or m["d0"]
    if day_text:
        month_no, day_no = int(month_text), int(day_text)
        if year is None:
            year = infer_year(m, ctx, month_no, day_no)
        first = day_found(year, month_no, day_no)
        if first is None or not m["d2"]:
            return first
        return _japanese_range(m, first, year, month_no)
    if month_text:
        if year is None:
            year = infer_year(m, ctx, int(month_text), 15)
        found = month_found(year, int(month_text))
        if found is not None and m["third"]:
            found.mod = THIRDS[m["third"]]
        return found
    return year_found(year) if year is not None else None


def _japanese_range(m: re.Match[str], first: Found, year: int | None, month_no: int) -> Found | None:
    """The second day of 5月9日から11日: its month and year are the first's unless written."""
    y2 = int(m["y2"]) if m["y2"] else year
    m2 = int(m["m2"]) if m["m2"] else month_no
    if not m["y2"] and y2 is not None and m2 < month_no:
        y2 += 1  # 12月30日から1月2日: into the next year
    last = day_found(y2, m2, int(m["d2"]))
    if last is None or not (first.point and last.point and first.point.date < last.point.date):
        return None
    if (last.point.date - first.point.date).days > 366:
        return None
    first.end_value = last.value
    second = m.start("y2") if m["y2"] else m.start("m2") if m["m2"] else m.start("d2")
    first_end = m.end("d") if m["d"] else m.end("d0")
    first.parts = [(m.start(), first_end, first.value), (second, m.end(), last.value)]
    return first


@rule(
    "md_range",
    r"(?P<m1>{MONTH})\s+(?P<d1>{DAY})"
    + RANGE
    + r"(?:(?P<m2>{MONTH})\s+)?(?P<d2>{DAY})(?:,?\s+(?P<y>{YEAR}))?",
    priority=4,
)
def md_range(m: re.Match[str], ctx: Context) -> Found | None:
    """May 12-14, 2025; May 30 to June 1."""
    return _range(m, ctx, m["m1"], m["m2"] or m["m1"])


@rule(
    "dm_range",
    r"(?P<d1>{DAY})(?:\s+(?:of\s+)?(?P<m1>{MONTH}))?(?:,?\s+(?P<y1>{YEAR}))?"
    + RANGE
    + r"(?P<d2>{DAY})(?:\s+of)?\s+(?P<m2>{MONTH})(?:,?\s+(?P<y>{YEAR}))?",
    priority=4,
)
def dm_range(m: re.Match[str], ctx: Context) -> Found | None:
    """12-14 May 2023; 30 November to 1 December 2016."""
    return _range(m, ctx, m["m1"] or m["m2"], m["m2"])


@rule(
    "wd_dm_range",
    r"(?P<w1>{WEEKDAY}),?\s+(?P<d1>{DAY})(?:\s+(?:of\s+)?(?P<m1>{MONTH}))?(?:,?\s+(?P<y1>{YEAR}))?"
    + RANGE
    + r"(?:(?P<w2>{WEEKDAY}),?\s+)?(?P<d2>{DAY})(?:\s+of)?\s+(?P<m2>{MONTH})(?:,?\s+(?P<y>{YEAR}))?",
    priority=4,
)
def wd_dm_range(m: re.Match[str], ctx: Context) -> Found | None:
    """Thursday 10 to Sunday 13 April 2025; Monday, 3 to Friday, 7 March; Tuesday 30 September to
    Thursday 2 October: a day range whose days carry their weekdays."""
    return _range(m, ctx, m["m1"] or m["m2"], m["m2"])


def _range(m: re.Match[str], ctx: Context, first_month: str, last_month: str) -> Found | None:
    connector = ctx.text[m.end("d1") : m.start("d2")]
    m1, m2 = words.month(first_month), words.month(last_month)
    d1, d2 = words.day(m["d1"]), words.day(m["d2"])
    y2 = int(m["y"]) if m["y"] else infer_year(m, ctx, m2, d2)
    y1_text = group(m, "y1")
    y1 = int(y1_text) if y1_text else (y2 - 1 if y2 is not None and (m1, d1) > (m2, d2) else y2)
    if "/" in connector and not _next_day(y1, m1, d1, y2, m2, d2):
        return None  # "17/18 March" is a night and a day in a row; other slashes are not a span
    if (
        re.search(r"(?i)\band\b|&", connector)
        and not re.search(r"(?i)\bbetween\s+$", ctx.text[max(0, m.start() - 9) : m.start()])
        and not _next_day(y1, m1, d1, y2, m2, d2)
    ):
        return None  # "on 24 and 28 April" is two dates; "between 1 and 3 May", "on 8 and 9 May" span days
    return _day_span(
        (y1, m1, d1),
        (y2, m2, d2),
        (m.start() if m.start("m1") == m.start() else m.start("d1"), m.end("d1")),
        (m.start("m2") if group(m, "m2") and m.start("m2") < m.start("d2") else m.start("d2"), m.end()),
        same_day=True,
    )


def _day_span(
    day1: tuple[int | None, int, int],
    day2: tuple[int | None, int, int],
    span1: tuple[int, int],
    span2: tuple[int, int],
    same_day: bool = False,
) -> Found | None:
    """The range from day1 to day2 (year, month, day), its parts at span1 and span2; None unless
    both days exist, the second is not before the first (nor the same, unless `same_day`), and they
    lie within 366 days."""
    first, last = day_found(*day1), day_found(*day2)
    if first is None or last is None:
        return None
    if first.point and last.point:
        days = (last.point.date - first.point.date).days
        if days < (0 if same_day else 1) or days > 366:
            return None
    first.end_value = last.value
    first.parts = [(*span1, first.value), (*span2, last.value)]
    return first


def _next_day(y1: int | None, m1: int, d1: int, y2: int | None, m2: int, d2: int) -> bool:
    """Whether the second day follows the first ("8 and 9 May", "31 October and 1 November",
    "31 December 2024 and 1 January 2025"); a year not known is read as a common year."""
    first = calendar.safe_date(y1 if y1 is not None else 2001, m1, d1)
    last = calendar.safe_date(y2 if y2 is not None else (2002 if (m1, d1) > (m2, d2) else 2001), m2, d2)
    return first is not None and last is not None and (last - first).days == 1


@rule(
    "mdy",
    r"(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<m>{MONTH})\s+(?P<d>{DAY})(?:,?\s+(?P<y>{YEAR}))?",
    priority=3,
)
def mdy(m: re.Match[str], ctx: Context) -> Found | None:
    """May 23, 2023; Sept. 30; Monday, May 12, 2025."""
    return _day_month(m, ctx)


@rule(
    "dmy",
    r"(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<d>{DAY})(?:\s+of)?(?:\s+|-)(?P<m>{MONTH})(?:(?:,?\s+|-)(?P<y>{YEAR}))?",
    priority=3,
)
def dmy(m: re.Match[str], ctx: Context) -> Found | None:
    """3 December 2014; Monday 3 March 2025; 02-November-2015; 16 May; the fifth of May."""
    if not m["d"][0].isdigit() and not SPACED_OF.search(m.group()):
        return None  # "the first May meeting": an ordinal word names a day only as "the first of May"
    return _day_month(m, ctx)


# The word before a day that marks a date in its own language: "le 9 mai", "am 4. Mai", "den 9 maj".
OWN_OPENER = re.compile(r"(?i)(?<!\w)(?:le|am|vom|den|el|il|dal|del|du|au|bis|al|op|tot|van)\s+$")

LIST_MARK = re.compile(r"(?:^|\n)[ \t]*$")


@rule(
    "foreign_dmy",
    r"(?P<d>(?<!\d)(?:3[01]|[12]\d|0?[1-9]))(?P<suf>\.|(?i:er)|[º°ª])?\s+"
    r"(?:(?P<de>(?i:de|di))\s+)?(?P<m>{ANYMONTH})\.?"
    r"(?:(?:\s+(?i:de|del)\s+|,?\s+)(?P<y>{YEAR}))?",
    priority=2,
)
def foreign_dmy(m: re.Match[str], ctx: Context) -> Found | None:
    """Day-month dates of other European languages: 4. Mai 2025, 9 de mayo de 2025, le 9 mai 2025,
    9 maggio 2025, 1er mars (month names in the lexicon). Without a year the day must show its
    language ("4. Mai", "9 de mayo", "1er mars", "am 4. Mai"): several names are English words."""
    if not m["y"] and not _own_form(m, ctx, m["suf"]):
        return None
    if _undotted(m, ctx, "m"):
        return None
    month_no = _any_month(m["m"])
    if month_no is None:
        return None
    if _list_item(m, ctx, m["m"], m["suf"]):
        return None
    day_no = int(m["d"])
    year_no = int(m["y"]) if m["y"] else infer_year(m, ctx, month_no, day_no)
    return day_found(year_no, month_no, day_no)


def _own_form(m: re.Match[str], ctx: Context, suffix: str | None) -> bool:
    """Whether a day shows its language: "9 de mayo", "1er mars", "le 9 mai", "am 4. Mai" (a dot
    alone is not enough: "Article 4. Mai Tran said")."""
    if m["de"] or (suffix and suffix != "."):
        return True
    return bool(OWN_OPENER.search(ctx.text, max(0, m.start() - 5), m.start()))


def _any_month(word: str) -> int | None:
    lex = lexicon()
    name = words.key(word)
    return lex.foreign_months.get(name) or lex.months.get(name) or lex.foreign_abbreviations.get(name)


def _undotted(m: re.Match[str], ctx: Context, *groups: str) -> bool:
    """Whether a shortened month name of another language lacks its full stop ("3 set 2025"):
    only "3 set. 2025", "le 3 janv. 2026" name a month (`foreign_abbreviations`)."""
    lex = lexicon()
    for name_group in groups:
        word = m[name_group]
        if not word:
            continue
        name = words.key(word)
        end = m.end(name_group)
        if (
            name in lex.foreign_abbreviations
            and name not in lex.foreign_months
            and ctx.text[end : end + 1] != "."
            and not word.endswith(".")
        ):
            return True
    return False


def _list_item(m: re.Match[str], ctx: Context, month_word: str, suffix: str | None) -> bool:
    """ "1. June 2024 – signing" opening a line: a numbered list item, not German "1. Juni"."""
    return (
        suffix == "."
        and words.key(month_word) in lexicon().months
        and bool(LIST_MARK.search(ctx.text, max(0, m.start() - 8), m.start()))
    )


DAY_SUFFIX = r"(?:\.|(?i:er)|[º°ª])"


@rule(
    "foreign_range",
    r"(?P<d1>(?<!\d)(?:3[01]|[12]\d|0?[1-9]))(?P<s1>" + DAY_SUFFIX + r")?"
    r"(?:\s+(?:(?i:de|di)\s+)?(?P<m1>{ANYMONTH})\.?)?"
    r"(?:\s*(?:-|–|—)\s*|\s+(?P<w>(?i:au|bis|al|a|à|t/m|tot|till|til|–))\s+|\s+(?P<w2>(?i:all))['’]"
    r"|\s+(?P<conj>(?i:et|und|y|e|en|og|och|i))\s+)"
    r"(?P<d2>(?:3[01]|[12]\d|0?[1-9]))(?P<s2>" + DAY_SUFFIX + r")?\s+"
    r"(?:(?P<de>(?i:de|di))\s+)?(?P<m>{ANYMONTH})\.?"
    r"(?:(?:\s+(?i:de|del)\s+|,?\s+)(?P<y>{YEAR}))?",
    priority=3,
)
def foreign_range(m: re.Match[str], ctx: Context) -> Found | None:
    """Day ranges of other European languages: 4.–6. Mai 2025, vom 4. bis 6. Mai, du 9 au 11 mai 2025,
    del 9 al 11 de mayo de 2025, dal 9 all'11 maggio, 9 t/m 11 mei 2025, 30 avril au 2 mai 2025; two
    days in a row joined by "and": 9 et 10 juin 2025, 4. und 5. Mai."""
    suffix = m["s2"] or m["s1"]
    if not m["y"] and not (m["w"] or m["w2"]) and not _own_form(m, ctx, suffix):
        return None
    if _undotted(m, ctx, "m", "m1"):
        return None
    m2 = _any_month(m["m"])
    m1 = _any_month(m["m1"]) if m["m1"] else m2
    if m1 is None or m2 is None or _list_item(m, ctx, m["m1"] or m["m"], m["s1"]):
        return None
    d1, d2 = int(m["d1"]), int(m["d2"])
    y2 = int(m["y"]) if m["y"] else infer_year(m, ctx, m2, d2)
    y1 = y2 - 1 if y2 is not None and (m1, d1) > (m2, d2) else y2
    if m["conj"] and not _next_day(y1, m1, d1, y2, m2, d2):
        return None  # "9 et 12 juin" is two dates; "9 et 10 juin", "4. und 5. Mai" span days
    return _day_span(
        (y1, m1, d1),
        (y2, m2, d2),
        (m.start(), m.end("m1") if m["m1"] else m.end("d1")),
        (m.start("d2"), m.end()),
    )


PAIR_OPENER = re.compile(r"(?i)(?<!\w)(?:on|le|les|am|den|el|los|il|op|til)\s+$")


@rule(
    "first_of_pair",
    r"(?P<d>(?<!\d)(?:3[01]|[12]\d|0?[1-9]))"
    r"(?=(?:\.|(?i:er))?\s+(?i:and|et|und|y|e|en|og|och|i)\s+(?P<d2>(?:3[01]|[12]\d|0?[1-9]))(?:\.|(?i:er))?\s+"
    r"(?:(?i:de|di|of)\s+)?(?P<m>{ANYMONTH})\.?(?:(?:\s+(?i:de|del)\s+|,?\s+)(?P<y>{YEAR}))?(?![\w-]))",
    priority=1,
)
def first_of_pair(m: re.Match[str], ctx: Context) -> Found | None:
    """The first of two days named with one month, "on 24 and 28 April 2025", "le 9 et 12 juin":
    two dates (days in a row are a range, `dm_range`/`foreign_range`); the first takes the month
    and year written after the second."""
    if not m["y"] and not PAIR_OPENER.search(ctx.text, max(0, m.start() - 5), m.start()):
        return None
    month_no = _any_month(m["m"])
    d1, d2 = int(m["d"]), int(m["d2"])
    if month_no is None or _undotted(m, ctx, "m") or d1 >= d2 or d2 == d1 + 1:
        return None
    year_no = int(m["y"]) if m["y"] else infer_year(m, ctx, month_no, d2)
    return day_found(year_no, month_no, d1)


def _day_month(m: re.Match[str], ctx: Context) -> Found | None:
    month_no, day_no = words.month(m["m"]), words.day(m["d"])
    year = int(m["y"]) if m["y"] else infer_year(m, ctx, month_no, day_no, m["wd"])
    return day_found(year, month_no, day_no)


@rule(
    "week_of",
    r"(?i:week\s+of)\s+(?:(?P<m>{MONTH})\s+(?P<d>{DAY})|(?P<d2>{DAY})(?:\s+of)?\s+(?P<m2>{MONTH}))"
    r"(?:,?\s+(?P<y>{YEAR}))?",
    priority=4,
    article=True,
)
def week_of(m: re.Match[str], ctx: Context) -> Found | None:
    """the week of March 6, the week of 3 June 2024: the week holding that day."""
    month_no, day_no = words.month(m["m"] or m["m2"]), words.day(m["d"] or m["d2"])
    year_no = int(m["y"]) if m["y"] else infer_year(m, ctx, month_no, day_no)
    found = day_found(year_no, month_no, day_no)
    if found is None or found.point is None:
        return None
    week = calendar.Point(found.point.date, "week")
    return Found("DATE", week.value(), point=week)


@rule(
    "week_of_month",
    r"(?P<o>(?i:first|second|third|fourth|last|final))\s+(?i:week)\s+(?i:of|in)\s+(?P<m>{FULLMONTH})"
    r"(?:,?\s+(?P<y>{YEAR}))?",
    priority=4,
    article=True,
)
def week_of_month(m: re.Match[str], ctx: Context) -> Found | None:
    """the last week of September, the first week of June 1998: that month (`mod` START for its
    first week, END for its last), not the last week before the reference."""
    month_no = words.month(m["m"])
    ref = ctx.ref_date
    if m["y"]:
        year_no: int | None = int(m["y"])
    elif ref is not None:
        year_no = calendar.nearest_year(month_no, 15, ref, ctx.tense(m.start(), m.end()))
    else:
        year_no = None
    found = month_found(year_no, month_no)
    if found is not None:
        found.mod = {"first": "START", "last": "END", "final": "END"}.get(words.key(m["o"]))
    return found


@rule("month_year", r"(?P<m>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR})", priority=2, positional=True)
def month_year(m: re.Match[str], ctx: Context) -> Found | None:
    """June 1998; December 2024."""
    return month_found(int(m["y"]), words.month(m["m"]))


@rule("month", r"(?P<m>{FULLMONTH})(?!\s*\d|\s+(?:for|of)\s+(?:the\s+)?[A-Z])", priority=1, positional=True)
def month(m: re.Match[str], ctx: Context) -> Found | None:
    """A month alone ("in April"): the nearest such month given the tense."""
    month_no = words.month(m["m"])
    ref = ctx.ref_date
    if ref is None:
        return month_found(None, month_no)
    return month_found(calendar.nearest_year(month_no, 15, ref, ctx.tense(m.start(), m.end())), month_no)


@cache
def _zone_after() -> re.Pattern[str]:
    return re.compile(r"\s?(?:" + fragments()["ZONE"] + r")(?![\w])")


def _is_clock(digits: str, text: str, end: int) -> bool:
    """Four digits that read as a clock time before a zone of three letters or more ("1530 GMT",
    "2030 UTC"), not a year; "1995 PT" (a company's name) and "1995 ET" stay years."""
    zone = _zone_after().match(text, end)
    return bool(zone and len(zone.group().strip()) >= 3 and int(digits[:2]) <= 23 and int(digits[2:]) <= 59)


@rule("year", r"(?:(?i:the\s+year)\s+)?(?P<y>{YEAR})", priority=0, positional=True)
def year(m: re.Match[str], ctx: Context) -> Found | None:
    """A year alone (1998, the year 2000), unless the number counts something ("2000 people")."""
    before = ctx.text[max(0, m.start() - 4) : m.start()]
    if NOT_A_YEAR.match(ctx.text, m.end()) or NUMBER_SIGN.search(before):
        return None
    if DECIMAL.match(ctx.text, m.end(), m.end() + 2) or _is_clock(m["y"], ctx.text, m.end()):
        return None  # "2.5", "2030 GMT" (a clock time)
    name = NAME_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
    if name and name.group(1).lower() not in lexicon().year_openers:
        return None  # part of a name: "Horizon 2020", "Expo 2025"
    return year_found(int(m["y"]))


@rule(
    "year_range",
    r"(?P<y1>{YEAR})\s*(?:-|–|—|/|(?i:to|through|until))\s*(?P<y2>{YEAR}|\d{2}(?![\d/-]|\.\d))(?![/.-]\d)",
    priority=2,
    positional=True,
)
def year_range(m: re.Match[str], ctx: Context) -> Found | None:
    """2024-2027; 1998-99; 2024/25; "in 1987-88." (a full stop after the short year ends the
    sentence; "1987-88.5" is no range)."""
    y1 = int(m["y1"])
    y2 = int(m["y2"]) if len(m["y2"]) == 4 else (y1 // 100) * 100 + int(m["y2"])
    if not y1 < y2 <= y1 + 100:
        return None
    found = year_found(y1)
    found.end_value = f"{y2:04d}"
    found.parts = [(m.start("y1"), m.end("y1"), found.value), (m.start("y2"), m.end("y2"), found.end_value)]
    return found


@rule(
    "fiscal",
    r"(?:(?i:fiscal)(?:\s+(?i:year))?\s+|FY\s?)(?P<y>{YEAR}|['’]?\d{2}(?!\d))(?:[/-](?P<y2>\d{2}|{YEAR}))?",
    priority=3,
)
def fiscal(m: re.Match[str], ctx: Context) -> Found | None:
    """Fiscal years: FY2025, fiscal 1989, FY 2024/25 (valued as the year named first)."""
    found = year_found(words.year(m["y"]))
    if m["y2"]:
        found.end_value = f"{words.year(m['y2']):04d}"
    return found


@rule(
    "decade",
    r"(?P<full>(?:1[5-9]|20)\d0)(?P<q>['’])?s|['’](?P<short>\d0)s",
    priority=2,
    article=True,
    positional=True,
)
def decade(m: re.Match[str], ctx: Context) -> Found | None:
    """The 1990s, the '90s, the 1990's (but "Horizon 2020's" is a possessive)."""
    before = ctx.text[max(0, m.start() - 10) : m.start()].lower()
    if m["q"] and not re.search(r"(?:the|early|late|mid)[\s-]+$", before):
        return None
    digits = m["full"] or str(words.year(m["short"]))
    return Found("DATE", digits[:3])


NAME_GOES_ON = re.compile(r"[ \t]+[A-Z][a-z]")


@rule(
    "holiday",
    r"(?:(?P<rel>(?i:last|next))\s+)?(?P<h>{HOLIDAY})(?![\w-])(?:\s+(?P<y>{YEAR}))?",
    priority=2,
)
def holiday(m: re.Match[str], ctx: Context) -> Found | None:
    """Christmas, Thanksgiving Day 1999, Good Friday (fixed dates, n-th weekdays and days counted
    from Easter, from the lexicon); last Thanksgiving (the one before the reference day), next
    Christmas (the one after it); Holy Week (the ISO week of Easter Sunday), the Easter weekend.
    A one-word name that runs on into another capitalised word ("Easter Island", "Christmas
    Island") is a place, not a day."""
    if not m["y"] and " " not in m["h"] and NAME_GOES_ON.match(ctx.text, m.end("h")):
        return None
    spec = lexicon().holidays[words.key(m["h"])]
    ref = ctx.ref_date
    year_no = int(m["y"]) if m["y"] else None
    if year_no is None and ref is not None and m["rel"]:
        year_no = ref.year
        if words.key(m["rel"]) == "last" and _holiday_day(spec, year_no) >= ref:
            year_no -= 1
        elif words.key(m["rel"]) == "next" and _holiday_day(spec, year_no) <= ref:
            year_no += 1
    elif year_no is None and ref is not None:
        usual = _holiday_day(spec, ref.year)  # (a movable feast: where it falls this year)
        year_no = calendar.nearest_year(usual.month, usual.day, ref, ctx.tense(m.start(), m.end()))
    if year_no is None:
        return day_found(None, spec["month"], spec["day"]) if "day" in spec else None
    day = _holiday_day(spec, year_no)
    if spec.get("week") or spec.get("weekend"):
        return week_found(day, weekend=bool(spec.get("weekend")))
    return day_found(day.year, day.month, day.day)


@rule(
    "nth_weekday_of_month",
    r"(?P<n>(?i:first|second|third|fourth|last|final|1st|2nd|3rd|4th))\s+(?P<wd>{FULLWEEKDAY})\s+(?i:of|in)\s+"
    r"(?P<mo>{FULLMONTH})(?:,?\s+(?P<y>{YEAR}))?(?![\w-])",
    priority=3,
)
def nth_weekday_of_month(m: re.Match[str], ctx: Context) -> Found | None:
    """The n-th or last weekday of a named month: the first Monday of September 2025, the last
    Friday of March (its year the one of that month nearest the reference, as for "in March")."""
    month_no = words.month(m["mo"])
    nth_word = words.key(m["n"])
    nth = -1 if nth_word in ("last", "final") else int(lexicon().ordinals[nth_word])
    year_no = int(m["y"]) if m["y"] else None
    if year_no is None and ctx.ref_date is not None:
        year_no = calendar.nearest_year(month_no, 15, ctx.ref_date, ctx.tense(m.start(), m.end()))
    if year_no is None:
        return None
    day = calendar.nth_weekday(year_no, month_no, words.weekday(m["wd"]), nth)
    return day_found(day.year, day.month, day.day)


def _holiday_day(spec: dict[str, int], year_no: int) -> dt.date:
    """The day a holiday falls on in a year (a fixed day, the n-th weekday of its month, or a
    number of days from Easter Sunday)."""
    if "easter" in spec:
        return calendar.easter(year_no) + dt.timedelta(days=spec["easter"])
    if "day" in spec:
        return dt.date(year_no, spec["month"], spec["day"])
    return calendar.nth_weekday(year_no, spec["month"], spec["weekday"], spec["nth"])


SPOKEN_TENS = r"(?i:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
SPOKEN_UNITS = r"(?i:one|two|three|four|five|six|seven|eight|nine)"
SPOKEN_TEENS = r"(?i:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"


@rule(
    "spoken_year",
    r"(?:(?P<mo>{FULLMONTH})\s+|(?P<se>{SEASON})\s+(?i:of)\s+)?"
    r"(?:(?P<c>(?i:nineteen|twenty))[\s-]+(?P<r>"
    + SPOKEN_TENS
    + r"(?:[\s-]+"
    + SPOKEN_UNITS
    + r")?|"
    + SPOKEN_TEENS
    + r"|(?i:oh)[\s-]+"
    + SPOKEN_UNITS
    + r")(?![\w-])"
    r"|(?P<ytt>(?i:the\s+year\s+two\s+thousand(?:\s+and\s+" + SPOKEN_UNITS + r")?)))",
    priority=2,
    article=True,  # "the winter of nineteen ninety-four"
    positional=True,  # "late nineteen ninety-eight", as "late 1998"
)
def spoken_year(m: re.Match[str], ctx: Context) -> Found | None:
    """Years read out in transcripts: nineteen ninety-six, twenty twenty-five, the year two thousand,
    January nineteen ninety-seven, the winter of nineteen ninety-four."""
    year = _spoken_year_number(m)
    if year is None:
        return None
    if m["mo"]:
        return month_found(year, words.month(m["mo"]))
    if m["se"]:
        return Found("DATE", f"{year:04d}-{lexicon().seasons[words.key(m['se'])]}")
    return year_found(year)


def _spoken_year_number(m: re.Match[str]) -> int | None:
    if m["ytt"]:
        pieces = words.key(m["ytt"]).split(" and ")  # ("thousand" holds "and")
        return 2000 + (int(words.number(pieces[1]) or 0) if len(pieces) > 1 else 0)
    century = 1900 if words.key(m["c"]) == "nineteen" else 2000
    value = words.number(words.key(m["r"]).replace("oh ", ""))
    if value is None or not 1 <= value <= 99:
        return None
    return century + int(value)


@rule(
    "spoken_decade",
    r"(?:(?P<c>(?i:nineteen|twenty))[\s-]+)?(?P<d>(?i:twenties|thirties|forties|fifties|sixties|seventies|"
    r"eighties|nineties))",
    priority=1,
    article=True,
    positional=True,
)
def spoken_decade(m: re.Match[str], ctx: Context) -> Found | None:
    """the nineties, the nineteen-eighties."""
    before = ctx.text[max(0, m.start() - 5) : m.start()].lower()
    if not m["c"] and not before.endswith("the "):
        return None  # "in her forties" is an age
    tens = {
        "twenties": 2,
        "thirties": 3,
        "forties": 4,
        "fifties": 5,
        "sixties": 6,
        "seventies": 7,
        "eighties": 8,
        "nineties": 9,
    }[words.key(m["d"])]
    century = "20" if m["c"] and words.key(m["c"]) == "twenty" else "19"
    return Found("DATE", f"{century}{tens}")


@rule(
    "numeric_day_range",
    r"(?<![\d/.,-])(?P<d1>\d{1,2})\.(?:(?P<m1>\d{1,2})\.)?\s*(?:[-–—]|(?i:to|until|till|bis))\s*"
    r"(?P<d2>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>{YEAR})(?![/.-]\d)"
    r"|(?<![\d/.,-])(?P<e1>\d{1,2})[-–](?P<e2>\d{1,2})\.(?P<n>\d{1,2})\.(?P<z>{YEAR})(?![/.-]\d)",
    priority=5,
)
def numeric_day_range(m: re.Match[str], ctx: Context) -> Found | None:
    """Day ranges over a dotted day-first date, as Europe writes them: 17-18.03.2026,
    18.–19.03.2026, 01.03. – 15.04.2026 (the first day's month and year those of the last unless
    written)."""
    if m["e1"]:
        d1, d2, month_no, year_no = int(m["e1"]), int(m["e2"]), int(m["n"]), int(m["z"])
        m1 = month_no
        span1, span2 = (m.start("e1"), m.end("e1")), (m.start("e2"), m.end())
    else:
        d1, d2, month_no, year_no = int(m["d1"]), int(m["d2"]), int(m["m"]), int(m["y"])
        m1 = int(m["m1"]) if m["m1"] else month_no
        span1 = (m.start(), m.end("m1") + 1 if m["m1"] else m.end("d1") + 1)
        span2 = (m.start("d2"), m.end())
    y1 = year_no - 1 if (m1, d1) > (month_no, d2) else year_no
    return _day_span((y1, m1, d1), (year_no, month_no, d2), span1, span2)


@rule(
    "korean_ymd",
    r"(?<![\d.])(?P<y>{YEAR})\. (?P<m>\d{1,2})\. (?P<d>\d{1,2})(?=\.(?!\d)|\s*[(（,;:–—-]|\s*$)",
    priority=5,
)
def korean_ymd(m: re.Match[str], ctx: Context) -> Found | None:
    """Year-first dates spaced after each dot, as Korean documents write them: 2026. 3. 18."""
    return day_found(int(m["y"]), int(m["m"]), int(m["d"]))


# "on the 9th": a bare ordinal day after "on" (the match starts at "the") that ends its clause
# ("finished on the 3rd in the ranking" is a rank).
ON_THE = re.compile(r"(?:^|[^\w-])(?i:on)\s+$")
BARE_AFTER = re.compile(r"(?:$|[,.;:)\n])")


def _month_step(base: dt.date, step: int) -> tuple[int, int]:
    """(year, month) of the month `step` months from `base`'s."""
    shifted = calendar.shift(base.replace(day=1), "month", step)
    return shifted.year, shifted.month


# What may follow an ordinal day ("on the 17th (Tue),").
ORDINAL_DAY_AFTER = re.compile(
    r"\s*(?:$|[,.;:)\n–—(]|-(?!\w)|(?i:in|at|and|to|with|when|during|of\s+(?:this|the\s+same|next|last)\s+month)\b)"
)


@rule(
    "ordinal_day",
    r"(?<![\w-])(?:(?P<wd>{WEEKDAY})\.?,?\s+(?:(?i:the)\s+)?|(?i:the)\s+)"
    r"(?P<d>(?:3[01]|[12]\d|0?[1-9])(?i:st|nd|rd|th))(?:\s*\((?P<wd2>{WEEKDAY})\.?\))?(?![\w-])",
    priority=2,
    anchored=True,
)
def ordinal_day(m: re.Match[str], ctx: Context) -> Found | None:
    """A day of the month named by its ordinal and weekday alone, "on the 17th (Tue)", "Friday the
    20th", "Monday 16th": in the month of the date last mentioned (else the reference) or the one before
    or after it, as its weekday or the tense says."""
    weekday_word = m["wd"] or m["wd2"]
    after = ctx.text[m.end() : m.end() + 40]
    if not ORDINAL_DAY_AFTER.match(after):
        return None  # "the 17th meeting", "on the 5th floor": an ordinal of something else
    bare = not weekday_word
    if bare and not (ON_THE.search(ctx.text[max(0, m.start() - 8) : m.start()]) and BARE_AFTER.match(after)):
        return None  # "the 17th" alone may be a rank; "on the 17th." or its weekday make it a day
    anchor = ctx.anchor if ctx.anchor and ctx.anchor.granularity in ("day", "month") else None
    base = anchor.date if anchor else ctx.ref_date
    if base is None:
        return None
    day_no = words.day(m["d"])
    if bare:  # "turned up 14 more on the 9th": the month in focus, leaning as the tense says
        tense = ctx.tense(m.start(), m.end()) if anchor is None or base == ctx.ref_date else None
        own = calendar.safe_date(base.year, base.month, day_no)
        if tense == "future" and (own is None or own < base):
            own = calendar.safe_date(*_month_step(base, 1), day_no)
        elif own is None or (tense == "past" and own > base + dt.timedelta(days=1)):
            own = calendar.safe_date(*_month_step(base, -1), day_no)
        return day_found(own.year, own.month, own.day) if own else None
    months = [calendar.shift(base.replace(day=1), "month", k) for k in (0, -1, 1)]
    days = [d for d in (calendar.safe_date(x.year, x.month, day_no) for x in months) if d is not None]
    iso_weekday = words.weekday(weekday_word)
    days = [d for d in days if d.isoweekday() == iso_weekday]
    if not days:
        return None
    chosen = min(days, key=lambda d: (d.month != base.month, abs((d - base).days)))
    # the tense leans the day to one side of the reference (or a dateline that repeats it)
    tense = ctx.tense(m.start(), m.end()) if anchor is None or base == ctx.ref_date else None
    if tense == "past" and chosen > base + dt.timedelta(days=1):
        chosen = max((d for d in days if d <= base), default=chosen)
    elif tense == "future" and chosen < base:
        chosen = min((d for d in days if d >= base), default=chosen)
    return day_found(chosen.year, chosen.month, chosen.day)
