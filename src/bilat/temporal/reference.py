"""The reference date of a text: the date it states for itself, or else its strongest date evidence."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from bilat.temporal import words
from bilat.temporal.calendar import Point, safe_date
from bilat.temporal.model import Timex

HEAD_CHARS = 2500
HEAD_LINES = 30
PUBLISHED_CUE = re.compile(
    r"(?i)\b(?:published(?:\s+on)?|publication\s+date|date\s+of\s+(?:publication|release|issue)|"
    # "Date:" alone or a publication's own ("Report date:"), not another date's label ("Event
    # Date:", "Closing date:", "Start date:")
    r"(?<![^\W\d_] )(?<![^\W\d_]\t)date|(?:announcement|report|document|letter|article|page|statement|"
    r"notice|bulletin|newsletter|circular|memo|news|story|entry|print|dispatch)\s+date|"
    r"(?:publish(?:ed)?|publication|release|issue|post(?:ed)?|posting|modified|modification|revision|update)"
    r"\s+(?:date|time)|"
    r"posted(?:\s+on)?|(?:last\s+)?(?:updated|modified|revised|changed)(?:\s+on)?|last\s+update|"
    r"issued(?:\s+on)?|released(?:\s+on)?|press\s+release|for\s+immediate\s+release)"
    # (a front matter's or a data line's key: 'date = "2025-05-04"', '"published": "2025-05-04"')
    r"[\"']?\s*[:\-–=]?\s*[\"']?\s*$"
)
# (Markdown emphasis or a heading mark may open the line: "*Warsaw, 14 October 2025 · ...*"). The
# place may have a region ("Ottawa, Ontario, May 4"), and a dash or a bracket may part it from the
# date ("TOKYO — 10 May 2024 —", "WASHINGTON (May 4, 2025) -").
_PLACE = r"[A-Z][\w'’.-]*(?:[ /-](?:(?:and|de|da|do|del|des|es|la|el|am|an|der|upon) )?[A-Z][\w'’.-]*){0,3}"
# (in other languages a word may open the date: "Paris, le 9 mai 2025", "Wien, am 12. Jänner 2025",
# "Stockholm den 9 maj 2025"); a place's other name may follow it in brackets before the comma:
# "Nur-Sultan (Astana), 14 June 2025 -")
# (Spanish and Catalan open it with "a": "Madrid, a 4 de marzo de 2025")
_DATE_OPENER = r"(?:le|am|den|el|il|op|a)\s+"
DATELINE_LEFT = re.compile(
    rf"^[\s*_#>]*(?:{_PLACE}(?:\s*,\s*{_PLACE}){{0,2}}(?:\s*\[{_PLACE}\]|\s*\({_PLACE}\)(?=\s*,))?(?:\s*,|\s+[-–—]|\s*\()\s*(?:{_DATE_OPENER})?"
    rf"|{_PLACE}\s+{_DATE_OPENER})?$"
)
# A periodical's issue line, its date after the issue's number (and a place): "Issue 2026/01 - Friday
# 16 January 2026", "No. 6/2025 · Jakarta, 18 November 2025", "Newsletter -- Issue 3/2024 (September
# 2024)", "Vol. 4, No. 2 | March 2025".
ISSUE_LEFT = re.compile(
    r"^[\s*_#>]*(?:[^\n]{0,60}?(?:[-–—|·•:,]\s*|\s))?(?:Issue|ISSUE|No\.|NO\.|Nr\.|Number|Vol\.|Volume|Edition)"
    r"\s*\d(?:[\w/.-]*\w)?(?:\s*,\s*(?:Issue|No\.|Nr\.)\s*\d(?:[\w/.-]*\w)?)?\s*(?:[-–—|·•,:(]+\s*)?"
    rf"(?:{_PLACE}\s*,\s*)?$"
)
DAY_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?!\d)")  # a day of the month in a date's text
# (a quick test before `ISSUE_LEFT`)
ISSUE_WORDS = ("Issue", "ISSUE", "No.", "NO.", "Nr.", "Number", "Vol", "Edition")
# A date first and its place after it: "10 May 2024, Tokyo - Japan and ...", "May 2025 Newsletter".
DATE_FIRST_RIGHT = re.compile(rf"^,?\s*{_PLACE}(?:\s*,\s*{_PLACE})?\s*(?:[-–—:|·•]|\.\s|\.?$)")
# The words of a label that dates something else than the text ("Deadline – 30 June 2025",
# "Applications close – 4 May 2025", "30 June 2025 Deadline"): such a line is no dateline. (A call's
# opening day is left alone: a call page is mostly published the day its call opens.)
OTHER_DATE_LABEL = re.compile(
    r"(?i)\b(?:deadlines?|closing|closes?|start|starts|end|ends|due|expir\w*|submissions?|decisions?|"
    r"event|meeting|workshop|conference|webinar|session|launch|valid|signed|registration|applications?|"
    r"visit|forum|summit|symposium|kick-off|round)\b|"
    # a range's or a limit's word just before the date: "From 4 May 2025", "Until 30 June 2025 -"
    r"\b(?:from|to|until|till|through|since|by|before|after|between)\s*[-–—:]?\s*$"
)
# A byline's date: "Posted by Jane Smith on 12 April 2025", "By J. Smith, 12 April 2025".
BYLINE_LEFT = re.compile(
    r"^[\s*_#>]*(?:(?:Posted|Published|Written|Submitted|Updated|Last updated|POSTED|PUBLISHED)\s+)?"
    r"(?:[Bb]y|BY)\s+[^\n]{1,60}?(?:\s+on|\s*[,|·•–—-])\s*$"
)
BYLINE_LAST = (" ", ",", "n", "-", "–", "—", "|", "·", "•")  # (a quick test: how a byline's left ends)
BYLINE_RIGHT = re.compile(r"^\s*(?:$|[|·•,–—(-]|at\s+\d)")
# A dateline that gives another calendar's date first and the Gregorian one after it:
# "Riyadh, 2 Rajab 1447 AH, corresponding to 22 December 2025", "Tehran, 1404 SH (".
OTHER_CALENDAR_LEFT = re.compile(
    r"(?i)^\s*(?:[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3}\s*,\s*)?[^\n]{0,40}?\b\d{3,4}\s*"
    r"(?:A\.?\s?H|S\.?\s?H|H|B\.?\s?E)\b\.?\s*[,(/]?\s*"
    r"(?:(?:which\s+)?(?:corresponding|corresponds|equivalent)\s+to|corr\.|i\.\s?e\.|or)?\s*[,:]?\s*$"
)
UPDATE_CUE = re.compile(
    r"(?i)\W*(?:(?:last\s+)?(?:updated|modified|revised|changed)|last\s+update|"
    r"(?:modified|modification|revision|update)\s+(?:date|time))"
)
PLACE_COMMA = re.compile(r"[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3},\s*$")
# (a full stop ends a dateline run into its first sentence: "LONDON, 15 November 2023. The UK ...")
# and a newswire's tag after it: "May 4, 2025 /CNW/ -", "10 July 2024/ --"; and a version's note: "... 2025 /
# English version"; and the same date in a second language: "Hanoi, 7 octobre 2024 / 7 October 2024")
LINE_END = re.compile(
    r"^[*_]*\s*(?:\(|\)|[-–—:|·•]|\.[*_]*(?:\s|$)|\.[-–—]|/\s*(?=[A-Z]|[-–—]|\d{1,2}\s|$)|"
    # (or the year of another calendar after a yearless day: "Bangkok, 14 January B.E. 2569 (2026)")
    r"(?:B\.\s?E\.|BE|A\.\s?H\.|AH)\s+\d{3,4}(?!\d)|$)"
)
FULL_STOP_RIGHT = re.compile(r"^[*_]*\s*\.")
# A line that goes on from the one above: "... the memorandum was signed on\n10 May 2024. The ...".
CONTINUED_LINE = re.compile(
    r"(?i)\b(?:on|in|of|at|since|until|by|from|to|and|or|before|after|dated|between|the|was|were|is|are)"
    r"[ \t]*\n[ \t]*$"
)
TODAY_ASIDE = re.compile(r"(?i)\btoday\s*[(,]\s*")
CALENDAR_VALUE = re.compile(r"(?:\d{4}|XXXX)-\d\d")  # month precision or finer
OPENING_ASIDE = re.compile(r"\s*(?:\(|[-–—])")
LETTER = re.compile(r"[^\W\d_]")
LOWER_LETTER = re.compile(r"[a-z]")
# A cue inside a sentence dates another thing, not the text: "The joint statement, issued on 5 March
# 2025, names ...", "the results were published on 2 May. Five projects ..." (a lower-case word
# before the cue, and the sentence running on after the date).
LOWER_WORD = re.compile(r"\b[a-z][^\W\d_]+")
PROSE_RIGHT = re.compile(r"^[,.;]?\s*[^\W\d_]")
# Field separators of a byline: "News | 14 May 2025", "Press release · February 14, 2025"; in a
# page's first lines also a wide space ("Ministry of Science    2025.06.13    Press release").
# (Markdown emphasis may close the line: "*News from the Ministry of X (MX) · Berlin · 9 October 2025*")
BEFORE_BAR = re.compile(r"\s*(?:[|·•]|[*_]*\s*$)")
# A clock time and a time zone after a header's date: "| Wednesday, 11 March 2026, 18:40 (GMT+7)",
# "Wed, 04 Mar 2026 10:21:00 GMT".
CLOCK_TAIL = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:at[ \t]+)?\d{1,2}[:.h]\d\d(?::\d\d)?[ \t]*(?:[AaPp]\.?[Mm]\.?)?[ \t]*)?"
    r"(?:\(?(?:GMT|UTC)(?:[ \t]*[+−-][ \t]*\d{1,2}(?::?\d\d)?)?\)?|\(?[A-Z]{2,4}T?\)?)?[ \t]*(?=[|·•]|$)"
)
CLOCK_FIRST = (" ", ",", "\t")  # (a quick test: how a `CLOCK_TAIL` begins)
WIDE_SPACE = re.compile(r"^(?:[ \u00a0]{3,}|\t)")
WIDE_SPACE_END = re.compile(r"(?:[ \u00a0]{3,}|\t)$")
WIDE_SPACE_LINES = 5
# A short header line of a few capitalised words and a date: "News 2025-04-12", "Stockholm 4 May 2025".
SHORT_HEADER = re.compile(r"^[\s*_#>]*(?:[A-Z][\w'’.&/-]*\s+){1,3}$")
# A short header line that a date ends after a separator: "*Press Release, Ministry — March 6, 2026*",
# "Issue 118 -- Friday, 13 November 2026", "*Energy Desk · 18 June 2026*".
HEADER_SEPARATOR = re.compile(r"(?:--|[—–|·•,-])\s*$")
HEADER_MARKUP_LEFT = re.compile(r"^[\s*_#>]*")
HEADER_RIGHT = re.compile(r"^[\s*_]*$")
HEADER_MAX_WORDS = 10
HEADER_MAX_CHARS = 90
CAPITAL_BEFORE_COMMA = re.compile(r"(?:^|\s)[A-Z0-9][\w'’.&-]*\s*,\s*$")
DAY_VALUE = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d")
YEARLESS_DAY = re.compile(r"XXXX-\d\d-\d\d")
FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d")
FULL_YEAR = re.compile(r"\d{4}")
# (not a decade: "in the 2030s", "the 1990's" tell no year of writing)
NAMED_YEAR = re.compile(r"(?<![\d$€£¥])((?:19|20)\d\d)(?!\d)(?!['’]?s\b)")
TARGET_BEFORE = re.compile(r"(?i)\b(?:by|until|till|through|target|to)\s*$")
# A year inside a name ("Saudi Vision 2030", "Agenda 2030", "Horizon 2020"): a capitalised word
# before it that is neither a month nor a function word.
NAME_BEFORE = re.compile(r"(?<![\w'’])([A-Z][\w'’&.-]*)\s+$")
NOT_NAME_WORD = re.compile(
    r"(?i)(?:in|since|from|until|till|by|of|for|to|and|or|at|on|the|this|that|during|early|late|mid|"
    r"end|year|fiscal|fy|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# The lead sentence after a yearless dateline, and a bare weekday in it that dates the day's news
# ("SEOUL, Oct. 23 (Agency) -- Korea and Poland agreed Thursday to ..."), not one with its own date
# ("Thursday, 23 October"), nor another week's ("next Thursday", "last Friday"), nor one the lead
# looks ahead to ("will meet Thursday").
LEAD_CHARS = 400
SENTENCE_STOP = re.compile(r"[.!?](?=\s+[A-Z\"“‘'(]|\s*$)|\n\s*\n")
LEAD_WEEKDAY = re.compile(
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"(?!\s*,?\s*(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b))"
)
LEAD_AHEAD = re.compile(
    r"(?i)\b(?:will|shall|to\s+be|is\s+to|are\s+to|scheduled|due\s+to|plans?\s+to|expected\s+to)\b"
)
LEAD_NOT_TODAY = re.compile(r"(?i)\b(?:next|last|this|coming|every|previous|following)\s+$")
LEAD_WEEKDAY_YEARS = 7  # years from the latest told one in which the dateline's day may fall on the weekday
DAYS_BEFORE_DATELINE = 7  # a full date this many days before a yearless dateline gives its year
NAME_YEARS_AHEAD = 1  # a year in a name this far beyond the latest other named year is a target's
# A year the text expects rather than reports: "expected in 2028", "2028 at the earliest".
# A plan's year is expected too: "planned for Seoul in 2026", "will meet in 2027", "slated for 2028".
_FORECAST_WORDS = (
    r"(?i)\b(?:expect(?:s|ed)?|forecast|projected|scheduled|due|plan(?:s|ned)?|planning|slated|"
    r"intends?|intended|will|shall|upcoming|forthcoming|next|to\s+be|set\s+(?:for|to))\b"
)
FORECAST_BEFORE = re.compile(rf"{_FORECAST_WORDS}(?:\s+\w+){{0,4}}\s*$")
# ... and further back in the year's clause, where a text without a date of its own is measured by
# the years it tells ("Thailand plans to open its first polar research station in Antarctica in 2029"
# tells no year of writing); a yearless dateline's year reads only the words near each year: a plan
# of the next weeks ("will hold a forum on 10 March 2026") still tells the dateline's year.
PLAN_BEFORE = re.compile(rf"{_FORECAST_WORDS}(?:\s+[\w'’-]+){{0,12}}\s*$")
CURRENT_YEAR_AFTER = re.compile(r"\s+(?:marks|is|sees|celebrates|has\s+been|so\s+far)\b")
CURRENT_YEAR_BEFORE = re.compile(r"(?i)\bthis\s+year\s*[(,]?\s*$")
FORECAST_WINDOW = 45  # characters before a year that `FORECAST_BEFORE` reads
PLAN_WINDOW = 80  # characters before a year that `PLAN_BEFORE` reads, back to its clause's start
# Where a clause starts, before a year: its look-ahead words are the clause's own ("The programme,
# which will end in 2027, was launched in 2022": 2022 is told, not planned).
CLAUSE_START = re.compile(r"[.;:,()\n][^.;:,()\n]*$")
FORECAST_AFTER = re.compile(r"(?i)^\s*(?:at\s+the\s+(?:earliest|latest)|or\s+later|onwards?)\b")
MARKUP_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,80}>")  # an HTML tag in a page not yet stripped of them
FULL_MONTH = re.compile(r"\d{4}-\d\d")
SENTENCE_WINDOW = 120
MONTHS_AHEAD = 5  # a month reported this far after a dateline's is nearer to it in the year before
# Words of a sentence that looks ahead: a date after them may lie after the day of writing.
FUTURE_CUE = re.compile(
    r"(?i)\b(?:will|shall|next|upcoming|forthcoming|coming|scheduled|due|planned|plans?|expected|"
    r"deadline|until|till|by|before|closes?|closing|opens?|starts?|begins?|runs?|ends?|"
    r"to\s+be|is\s+to|are\s+to|from|through)\b"
)
# Minutes are of their meeting's day: "Minutes ... Meeting date: 14 October 2025", "Date and venue:".
MINUTES_HEAD = re.compile(
    r"(?i)\b(?:minutes|record\s+of\s+(?:the\s+)?(?:discussions?|meeting)|summary\s+record)\b"
)
# The characters that re.IGNORECASE equates with an ASCII letter ("i", "s", "k") though they do not
# lower-case to it: a text holding one may match a case-insensitive word that its lower case lacks.
_CASE_ODD = ("\u0130", "\u0131", "\u017f", "\u212a")


def _may_be_minutes(head: str) -> bool:
    """A quick test that never says no where `MINUTES_HEAD` finds a match: each of its phrases
    holds "minutes" or "record" (a case-insensitive regex tried at every position is slow)."""
    lowered = head.lower()
    return "minutes" in lowered or "record" in lowered or any(c in head for c in _CASE_ODD)


MEETING_DATE_LABEL = re.compile(
    r"(?i)^[\s*_#>|]*(?:(?:meeting|session)\s+date|date\s+of\s+(?:the\s+)?(?:meeting|session)|"
    r"date\s+and\s+(?:time|venue|place))[*_]*\s*[:\-–|]?\s*[*_]*\s*$"
)
# The day a record was circulated is its publication: "Record circulated: 2 July 2024",
# "Agreed summary, circulated by the co-chairs on 16 April 2025", "· Circulated 27 November 2024".
BARE_DATE_CUE = re.compile(r"(?i)date\W*")
CIRCULATED_LEFT = re.compile(r"(?i)\bcirculated\b(?:\s*:|[^\n.:;]{0,40}?\b(?:on|of)\b)?[\s*_]*$")
# A meeting's dates as a range: "Muscat, 09/09/2025 - 10/09/2025", "Santiago, 9-10 March 2026".
RANGE_NEXT = re.compile(r"\s*(?:[-–—]|to|until)\s*")
DAY_RANGE_TEXT = re.compile(r"^\d{1,2}\s*[-–]\s*(\d{1,2})\b")
WEEKDAY_START = re.compile(
    r"(?i)(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\b"
)


def parse_reference(reference: dt.date | str) -> Point:
    """A reference given as a date or ISO text ("2023-05-15", "2023-05", "2023", "2023-05-15T10:00")."""
    if isinstance(reference, dt.datetime):
        return Point(reference.date(), "day")
    if isinstance(reference, dt.date):
        return Point(reference, "day")
    text = str(reference).strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?", text)
    if not m:
        raise ValueError(f"not an ISO date: {reference!r}")
    year, month, day = int(m[1]), int(m[2] or 0), int(m[3] or 0)
    try:
        if day:
            return Point(dt.date(year, month, day), "day")
        if month:
            return Point(dt.date(year, month, 15), "month")
        return Point(dt.date(year, 7, 1), "year")
    except ValueError as exc:
        raise ValueError(f"not a valid date: {reference!r}") from exc


def document_date(text: str) -> str | None:
    """The date a document states for itself (dateline, "Published on ...", a date alone near the top).

    Returned as ISO 8601 at the precision given ("2024-05-16", "2025-05"). A date without a year
    ("TOKYO, Jan 16 -") takes its year from the other dates in the text (and its weekday, if
    stated). Failing all that, a weekday-and-date in the text that fixes the year gives the year
    alone. None if nothing credible.
    """
    return _document_date(text)


@lru_cache(maxsize=4)
def _document_date(text: str, reference: Point | None = None) -> str | None:
    """`document_date` (remembered: a text without one asks again to infer its reference date);
    a coarse `reference` ("2025") gives the year of a dateline that has none."""
    from bilat.temporal.tagger import tag_with

    head = _head(text)
    best: tuple[int, int, str, str] | None = None
    full_days: list[str] = []
    past_months: list[str] = []
    minutes = _may_be_minutes(head) and MINUTES_HEAD.search(head) is not None
    timexes = tag_with(head, reference)
    for index, timex in enumerate(timexes):
        if timex.type not in ("DATE", "TIME") or not CALENDAR_VALUE.match(timex.value):
            continue
        if FULL_DAY.match(timex.value):
            full_days.append(timex.value[:10])
        if FULL_MONTH.match(timex.value) and not _future_sentence(head, timex.start):
            past_months.append(timex.value[:7])
        rank = _rank(head, timex.start, timex.end, minutes=minutes)
        if rank is not None and (best is None or (rank, timex.start) < best[:2]):
            value = timex.value[:10]
            if minutes and rank == DATELINE:
                value = _range_end(head, timexes, index, value)
            best = (rank, timex.start, value, timex.text)
    if (best is None or best[0] in (BARE_DATE, UPDATED, HEADER)) and len(text) > len(head):
        tail = _tail_label(text, len(head), reference)
        if tail is not None:
            best = (PUBLISHED, 0, *tail)
    found = best[2:] if best is not None else _today_aside(text)
    if found is not None:
        value, found_text = found
        if not value.startswith("XXXX"):
            return value
        # A yearless dateline ("JAKARTA, Oct 14 (Agency) -") takes the year of a full date of the
        # same month and day in the head, as a page header gives it ("Monday, 14 October 2024").
        same_day = {day[:4] for day in full_days if len(value) == 10 and day[4:] == value[4:]}
        if len(same_day) == 1:
            return f"{same_day.pop()}{value[4:]}"
        # ... or of a full date in the head a few days before it, as a wire reports the news
        # ("BEIJING, Nov 11 (Agency) - ... signed on 10 November 2025").
        near = _year_of_days_before(value, full_days)
        if near is not None:
            return f"{near:04d}{value[4:]}"
        if best is not None and best[0] == DATELINE and not WEEKDAY_START.match(found_text):
            lead = _year_of_lead_weekday(text, best[1] + len(found_text), value)
            if lead is not None:
                return f"{lead:04d}{value[4:]}"
        year = _year_for(text, value, found_text)
        if year and past_months and not WEEKDAY_START.match(found_text):
            # A dateline is the day of writing: not before the dates the text reports as past
            # ("BERLIN, Jan 20 (Agency) - ... after talks in December 2025" is of January 2026).
            year = _after_past_months(year, int(value[5:7]), past_months)
        if not year or (len(value) == 10 and safe_date(year, int(value[5:7]), int(value[8:10])) is None):
            return None  # no year, or 29 February in a common year
        return f"{year:04d}{value[4:]}"
    return _year_fixed_by_weekday(text)


def _tail_label(text: str, head_end: int, reference: Point | None) -> tuple[str, str] | None:
    """The date of an explicit publication label ("Posted 20 February 2025") in the last lines of a
    text after its head, as (value, text); a bare "Date:" or an update's label does not count."""
    from bilat.temporal.tagger import tag_with

    tail = "\n".join(text[max(head_end, len(text) - TAIL_CHARS) :].split("\n")[-TAIL_LINES:])
    if not any(word in tail for word in TAIL_CUE_WORDS):
        return None
    found = None
    for timex in tag_with(tail, reference):
        if timex.type not in ("DATE", "TIME") or not CALENDAR_VALUE.match(timex.value):
            continue
        line_end = tail.find("\n", timex.end)
        right = tail[timex.end : len(tail) if line_end < 0 else line_end]
        if LINE_END.match(right) or TAIL_BY.match(right):
            left = LABEL_EMPHASIS.sub("", tail[tail.rfind("\n", 0, timex.start) + 1 : timex.start])
            cue = _label_cue(left)
            prefix = left[: cue.start()] if cue is not None else ""
            # (a label, not prose: "Posted 20 February 2025", "This entry was posted on ...", but not
            # "Results will be published on 5 May 2026.")
            if (
                cue is not None
                and not BARE_DATE_CUE.fullmatch(cue.group())
                and (not LOWER_WORD.search(prefix) or TAIL_ENTRY.match(prefix))
            ):
                found = (timex.value[:10], timex.text)
    return found


def _label_cue(left: str) -> re.Match[str] | None:
    """The publication label that ends `left`, the text before a date on its line ("Published:",
    "Posted on", "Date:"), if any."""
    return PUBLISHED_CUE.search(left, _tail_start(left, CUE_TOKENS)) if _may_end_with_cue(left) else None


def labelled_date(text: str) -> str | None:
    """The date that a publication label gives near the top of a text ("Published: 3 May 2025",
    "Page last modified: 18-11-2026"), as ISO 8601; None if no label dates the text with its year."""
    from bilat.temporal.tagger import tag_with

    head = _head(text)
    bare: str | None = None
    for timex in tag_with(head, None):
        if timex.type not in ("DATE", "TIME") or not FULL_YEAR.match(timex.value):
            continue
        left = head[head.rfind("\n", 0, timex.start) + 1 : timex.start]
        if "*" in left or "__" in left:
            left = LABEL_EMPHASIS.sub("", left)
        cue = _label_cue(left)
        if cue is None:
            continue
        if not BARE_DATE_CUE.fullmatch(cue.group()):
            return timex.value[:10]
        bare = bare or timex.value[:10]  # (a bare "Date:" yields to an explicit label, as in `_rank`)
    return bare


def _today_aside(text: str) -> tuple[str, str] | None:
    """A date given as an aside to "today": "today (Monday 15 May)", as (value, text)."""
    from bilat.temporal.tagger import tag_with

    if "today" not in text.lower():
        return None  # (a quick test: `TODAY_ASIDE` needs the word)
    for m in TODAY_ASIDE.finditer(text):
        line_end = text.find("\n", m.end())
        segment = text[m.end() : line_end if line_end >= 0 else len(text)][:60]
        for timex in tag_with(segment, None):
            if timex.start == 0 and DAY_VALUE.match(timex.value):
                return timex.value[:10], timex.text
    return None


def _year_fixed_by_weekday(text: str) -> str | None:
    """The year of the latest weekday-and-date in the text whose weekday fixes its year."""
    from bilat.temporal.tagger import tag_with

    if not _named_years(text):
        return None
    found = []
    for timex in tag_with(text, None):
        if YEARLESS_DAY.fullmatch(timex.value) and WEEKDAY_START.match(timex.text):
            year = _year_for(text, timex.value, timex.text, require_weekday=True)
            if year:
                found.append(year)
    return f"{max(found):04d}" if found else None


def _year_of_lead_weekday(text: str, end: int, value: str) -> int | None:
    """The year of a yearless dateline's day ("SEOUL, Oct. 23 (Agency) --", ending at `end`) that the
    weekday of its lead sentence fixes ("... agreed Thursday to expand ...": a wire story tells the
    news of its dateline's day or of the day before): the first year, from the latest year the text
    tells of (`_named_years`: not a plan's, a target's or a decade's) on, in which the day falls on
    that weekday or the one after it. None when the lead names no bare weekday in a sentence that
    tells of the past, or no year of the next `LEAD_WEEKDAY_YEARS` fits."""
    if len(value) != 10 or not value[5:7].isdigit():
        return None
    lead = text[end : end + LEAD_CHARS]
    stop = SENTENCE_STOP.search(lead)
    lead = lead[: stop.start()] if stop else lead
    weekday = LEAD_WEEKDAY.search(lead)
    if (
        weekday is None
        or LEAD_AHEAD.search(lead, 0, weekday.start())
        or LEAD_NOT_TODAY.search(lead, 0, weekday.start())
    ):
        return None
    years = _named_years(text)
    if not years:
        return None
    number = words.weekday(weekday.group(1))
    month, day = int(value[5:7]), int(value[8:10])
    for year in range(max(years), max(years) + LEAD_WEEKDAY_YEARS):
        date = safe_date(year, month, day)
        if date is not None and (date.isoweekday() - number) % 7 in (0, 1):
            return year
    return None


def _year_of_days_before(value: str, full_days: list[str]) -> int | None:
    """The one year in which a yearless day `value` ("XXXX-11-11") falls a few days after a full
    date of `full_days` ("2025-11-10"), or None."""
    if len(value) != 10:
        return None
    month, day = int(value[5:7]), int(value[8:10])
    years = set()
    for full in full_days:
        known = dt.date.fromisoformat(full)
        for year in (known.year, known.year + 1):
            date = safe_date(year, month, day)
            if date is not None and 0 <= (date - known).days <= DAYS_BEFORE_DATELINE:
                years.add(year)
    return years.pop() if len(years) == 1 else None


def _after_past_months(year: int, month: int, past_months: list[str]) -> int:
    """The year of a yearless dateline's `month` moved on by one if the text reports a month of
    `year` well after it ("JAKARTA, Jan 20 - ... after talks in December 2025": January 2026), but
    not if it reports another month of `year` at or before it (then the later one may be a plan)."""
    latest = max(past_months)
    if latest[:4] != f"{year:04d}" or int(latest[5:7]) - month <= MONTHS_AHEAD:
        return year
    if any(m[:4] == latest[:4] and int(m[5:7]) <= month for m in past_months):
        return year
    return year + 1


def _range_end(head: str, timexes: list[Timex], index: int, value: str) -> str:
    """The last day of a meeting's dates in the dateline of its minutes (minutes are agreed at the
    close): "Muscat, 09/09/2025 - 10/09/2025", "Santiago, 9-10 March 2026"."""
    timex = timexes[index]
    days = DAY_RANGE_TEXT.match(timex.text)
    if days and DAY_VALUE.fullmatch(value):
        last_day = int(days.group(1))
        year = int(value[:4]) if value[:4].isdigit() else 2000  # (a leap year for an unknown one)
        if last_day > int(value[8:10]) and safe_date(year, int(value[5:7]), last_day) is not None:
            return f"{value[:8]}{last_day:02d}"
        return value
    if index + 1 < len(timexes):
        after = timexes[index + 1]
        gap = RANGE_NEXT.fullmatch(head, timex.end, after.start)
        if gap and DAY_VALUE.match(after.value) and after.value[:10] > value and after.value[:4] == value[:4]:
            return after.value[:10]
    return value


def _future_sentence(text: str, start: int) -> bool:
    """Whether the sentence before text[start] looks ahead ("will meet on 3 March", "Deadline:",
    "the next round opens in May"): such a date may lie after the day of writing."""
    window = text[max(0, start - SENTENCE_WINDOW) : start]
    cut = max(window.rfind(". "), window.rfind("\n"))
    return bool(FUTURE_CUE.search(window[cut + 1 :]))


def _head(text: str) -> str:
    lines = text[:HEAD_CHARS].split("\n")
    return "\n".join(lines[:HEAD_LINES])


# The ranks of `_rank`: a publication label, a bare "Date:" label (it may date an event or a letter:
# "Published/Posted/Issued ..." names the act of publishing and wins over it), an update's label
# ("Updated: ..." yields to a "Published: ..." of the same page), a dateline, a header line's date.
PUBLISHED, BARE_DATE, UPDATED, DATELINE, HEADER = 0, 1, 2, 3, 5
# A page's last lines may hold its publication label ("Posted 20 February 2025", "This entry was
# posted on ..."): read when the head gives no explicit one. (Quick test: one of these words.)
TAIL_CHARS = 800
TAIL_LINES = 8
TAIL_ENTRY = re.compile(r"(?i)^\W*this\s+(?:entry|article|post|page|story|item)\s+was\s+$")
TAIL_BY = re.compile(r"\s*,?\s*by\s+[A-Z\w]")  # "... posted on 3 July 2024 by the editor"
TAIL_CUE_WORDS = ("osted", "ublished", "ssued", "eleased", "OSTED", "UBLISHED", "SSUED", "ELEASED")


def _rank(head: str, start: int, end: int, *, minutes: bool = False) -> int | None:
    """How credibly a date at head[start:end] is the document's own date (lower is better);
    `minutes`: the text is a meeting's minutes, dated by its meeting."""
    line_start = head.rfind("\n", 0, start) + 1
    line_end = head.find("\n", end)
    line_end = len(head) if line_end < 0 else line_end
    left, right = head[line_start:start], head[end:line_end]
    if "<" in left or "<" in right:  # markup between a label and its date: "<dt>Published</dt><dd>"
        left, right = MARKUP_TAG.sub("", left), MARKUP_TAG.sub("", right)
    if "*" in left or "__" in left:  # Markdown emphasis of a label: "**Date:** 12 March 2026"
        left = LABEL_EMPHASIS.sub("", left)
    if (
        "irculated" in left
        and CIRCULATED_LEFT.search(left)
        and (LINE_END.match(right) or OPENING_ASIDE.match(right))
    ):
        return PUBLISHED
    cue = _label_cue(left)
    if cue is not None:
        # (an aside after a comma dates the noun before it: "a joint call, issued on 9 May 2024.")
        prose = LOWER_WORD.search(left, 0, cue.start()) is not None
        if not (prose and (PROSE_RIGHT.match(right) or left[: cue.start()].rstrip().endswith(","))):
            if BARE_DATE_CUE.fullmatch(cue.group()):
                # (minutes' "Date:" is the meeting's; a circulation date is before it)
                return DATELINE if minutes else BARE_DATE
            return UPDATED if UPDATE_CUE.match(cue.group()) else PUBLISHED
    if _closes_earlier_bracket(left, right):
        return None  # wrapped prose: "(Tokyo Big" / "Sight, 17-19 December 2025), the Embassy ..."
    if any(word in left for word in ISSUE_WORDS) and ISSUE_LEFT.match(left) and LINE_END.match(right):
        # (an issue's month yields to a day's dateline below it: "Issue 42 | September 2024" and
        # "Singapore, 18 September 2024 - ...")
        return DATELINE if DAY_NUMBER.search(head, start, end) else HEADER
    if (
        DATELINE_LEFT.match(left)
        and (LINE_END.match(right) or OPENING_ASIDE.match(right))
        and (not left.strip(" *_#>") or not OTHER_DATE_LABEL.search(left))
        and (not FULL_STOP_RIGHT.match(right) or not _continued(head, line_start))
    ):
        return DATELINE
    if (
        not left.strip(" *_#>")
        and DATE_FIRST_RIGHT.match(right)
        and not OTHER_DATE_LABEL.match(right.lstrip(" ,"))
        and not _continued(head, line_start)
    ):
        return DATELINE
    if left[-1:] in BYLINE_LAST and BYLINE_LEFT.match(left) and BYLINE_RIGHT.match(right):
        return DATELINE
    if (
        left.rstrip().endswith(",")
        and PLACE_COMMA.search(left)
        and LINE_END.match(right)
        and not FULL_STOP_RIGHT.match(right)
    ):
        return HEADER
    if _other_calendar_first(left, right):
        return DATELINE
    if len((left + right).strip()) <= 3 and not LOWER_LETTER.search(left):
        return DATELINE
    # (`left` holds no line break: the tests below read its last characters only)
    if LETTER.match(right) and LETTER.fullmatch(left[-1:]):
        return HEADER  # fields run together by a page extractor: "News article26 May 2020Directorate"
    if (BEFORE_BAR.match(right) or (right[:1] in CLOCK_FIRST and CLOCK_TAIL.match(right))) and _after_bar(
        left
    ):
        return HEADER
    wide = WIDE_SPACE.match(right) or WIDE_SPACE_END.search(left)
    if wide and _wide_fields(head, line_start, left, right):
        return HEADER
    if not right.strip(" *_") and SHORT_HEADER.match(left) and not OTHER_DATE_LABEL.search(left):
        return HEADER
    if _ends_header_line(left, right):
        return HEADER
    if (
        minutes
        and MEETING_DATE_LABEL.match(left)
        and (LINE_END.match(right) or CLOCK_TAIL.match(right) or DATE_FIRST_RIGHT.match(right))
    ):
        return HEADER
    return None


def _closes_earlier_bracket(left: str, right: str) -> bool:
    """Whether the date closes a bracket that its line did not open: it lies inside a sentence
    wrapped from the lines above, whatever the place-and-comma before it looks like."""
    return right.lstrip(" *_")[:1] == ")" and "(" not in left


def _continued(head: str, line_start: int) -> bool:
    """Whether the line at `line_start` goes on with a sentence of the line above (wrapped prose)."""
    return line_start > 0 and bool(CONTINUED_LINE.search(head, max(0, line_start - 20), line_start))


def _wide_fields(head: str, line_start: int, left: str, right: str) -> bool:
    """Whether a date in one of a page's first lines is a field that wide spaces part from the rest of
    its line ("Ministry of Science    2025.06.13    Press release"), not a table's cell of a dated item."""
    if head.count("\n", 0, line_start) >= WIDE_SPACE_LINES:
        return False
    if left.strip() and not WIDE_SPACE_END.search(left):
        return False
    if right.strip() and not WIDE_SPACE.match(right):
        return False
    return not OTHER_DATE_LABEL.search(left + right)


def _other_calendar_first(left: str, right: str) -> bool:
    """Whether a dateline gives another calendar's date (Hijri "1448 AH", Solar Hijri "1404 SH",
    Buddhist "2569 BE") before this one: "Riyadh, Jumada Al-Awwal 2, 1448 AH, corresponding to"."""
    if not (LINE_END.match(right) or OPENING_ASIDE.match(right)) or not any(map(str.isdigit, left)):
        return False
    return bool(OTHER_CALENDAR_LEFT.match(left))


def _ends_header_line(left: str, right: str) -> bool:
    """Whether a date ends a short header line after a separator (`HEADER_SEPARATOR`), its
    Markdown emphasis aside: "*Press Release, Ministry of X — March 6, 2026*"."""
    if not HEADER_RIGHT.match(right):
        return False
    body = HEADER_MARKUP_LEFT.sub("", left, count=1)
    if not body.strip() or len(body) > HEADER_MAX_CHARS or len(body.split()) > HEADER_MAX_WORDS:
        return False
    if not HEADER_SEPARATOR.search(body) or OTHER_DATE_LABEL.search(body):
        return False
    return not body.rstrip().endswith(",") or bool(CAPITAL_BEFORE_COMMA.search(body))


# A publication cue and what may follow it (`PUBLISHED_CUE`) span at most this many words.
CUE_TOKENS = 4
# Markdown emphasis around a label or inside it ("**Date:**", "__Published__:", "*Date*:").
LABEL_EMPHASIS = re.compile(r"\*+|__")


def _tail_start(left: str, words: int) -> int:
    """Where the white space before the last `words` words of `left` begins (0 if it has no more)."""
    parts = left.rsplit(None, words)
    return len(parts[0]) if len(parts) > words else 0


def _after_bar(left: str) -> bool:
    """Whether `left` is empty or ends with a bar "|" (or "·", "•"), but for white space and
    Markdown emphasis ("*23.10.2025 | Tashkent*")."""
    tail = left.rstrip().rstrip("*_").rstrip()  # Markdown emphasis may open the line
    return not tail or tail[-1] in "|·•"


def _may_end_with_cue(left: str) -> bool:
    """Whether `left` could end with a cue of `PUBLISHED_CUE` (its last letter), a quick test."""
    tail = left.rstrip().rstrip("\"'").rstrip()
    if tail[-1:] in (":", "-", "–", "="):
        tail = tail[:-1].rstrip().rstrip("\"'")
    return tail[-1:].lower() in ("d", "n", "e")  # publishe|d, o|n, dat|e ...


@lru_cache(maxsize=4)
def _named_years(text: str) -> tuple[int, ...]:
    """Years the text names, except targets ("by 2030", "until 2027") and the far years of names
    ("Saudi Vision 2030" in a text of 2025: a year inside a name is not a date). The years that
    their clauses plan further back ("plans to build its first reactors in 2031") count only when
    the text names no other ("will hold a joint forum on 10 March 2026" under a yearless dateline)."""
    plain: list[int] = []
    named: list[int] = []
    planned: list[int] = []
    for m in NAMED_YEAR.finditer(text):
        before = text[max(0, m.start() - 30) : m.start()]
        if TARGET_BEFORE.search(before[-10:]) or _forecast(text, m.start(), m.end()):
            continue
        if _planned(text, m.start(), m.end()):
            planned.append(int(m.group(1)))
            continue
        word = NAME_BEFORE.search(before)
        if word and not NOT_NAME_WORD.fullmatch(word.group(1)):
            named.append(int(m.group(1)))
        else:
            plain.append(int(m.group(1)))
    if plain:
        latest = max(plain)
        named = [year for year in named if year <= latest + NAME_YEARS_AHEAD]
    return tuple(plain + named) or tuple(planned)


def _current_year(text: str, year: int) -> bool:
    """Whether the text speaks of `year` as the present one: "2026 marks 70 years of ties", "this
    year (2026)", "2026 is the year of ..."."""
    for m in re.finditer(rf"(?<!\d){year}(?!\d)", text):
        if CURRENT_YEAR_AFTER.match(text, m.end()) or CURRENT_YEAR_BEFORE.search(
            text[max(0, m.start() - 15) : m.start()]
        ):
            return True
    return False


def _forecast(text: str, start: int, end: int) -> bool:
    """Whether the year at text[start:end] is one the text expects rather than reports."""
    return bool(
        FORECAST_BEFORE.search(text[max(0, start - FORECAST_WINDOW) : start])
        or FORECAST_AFTER.match(text[end : end + 20])
    )


def _planned(text: str, start: int, end: int) -> bool:
    """Whether the year at text[start:end] is one its clause plans or expects (`PLAN_BEFORE`)."""
    window = text[max(0, start - PLAN_WINDOW) : start]
    clause = CLAUSE_START.search(window)
    return bool(
        PLAN_BEFORE.search(window, clause.start() + 1 if clause else 0)
        or FORECAST_AFTER.match(text[end : end + 20])
    )


def _year_for(text: str, value: str, written: str, *, require_weekday: bool = False) -> int | None:
    """The year of a date written without one ("XXXX-01-16"): its weekday, else the latest past year named."""
    years = _named_years(text)
    if not years:
        return None
    latest = max(years)
    month, day = int(value[5:7]), int(value[8:10]) if len(value) >= 10 else 1
    weekday = WEEKDAY_START.match(written)
    if weekday:
        number = words.weekday(weekday.group(1))
        for year in (latest, latest + 1, latest - 1):
            date = safe_date(year, month, day)
            if date is not None and date.isoweekday() == number:
                return year
        if require_weekday:
            return None
    if require_weekday:
        return None
    if re.search(r"(?i)\blast\s+year\b", text) and month <= 3 and not _current_year(text, latest):
        return latest + 1
    return latest


def refine_reference(text: str, reference: Point) -> Point:
    """A year- or month-precise reference made day-precise by the date the text states for itself."""
    if reference.granularity == "day":
        return reference
    own = _document_date(text, reference)
    if own is not None and len(own) == 10 and own.startswith(reference.value()):
        return parse_reference(own)
    return reference


def infer_reference(text: str) -> Point | None:
    """The reference date of a text without metadata: its own date, else its latest explicit date."""
    from bilat.temporal.tagger import tag_with

    own = _document_date(text)
    if own is not None:
        return parse_reference(own)
    days: list[str] = []
    years: list[str] = []
    planned: list[str] = []
    ahead: list[str] = []
    for timex in tag_with(text, None):
        if FULL_DAY.fullmatch(timex.value):
            # (a day the sentence looks ahead to is no measure of the day of writing: "a phase
            # that will run until 31 December 2030", "Deadline: 31 March 2026")
            (ahead if _future_sentence(text, timex.start) else days).append(timex.value)
        elif FULL_YEAR.fullmatch(timex.value):
            # (nor a year its clause plans or expects: "plans to open a station in 2029")
            (planned if _planned(text, timex.start, timex.end) else years).append(timex.value)
    if days or ahead:
        return parse_reference(max(days or ahead))
    if years or planned:
        return parse_reference(max(years or planned))
    return None
