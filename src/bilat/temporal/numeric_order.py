"""Whether a text writes numeric dates day-first (03/04/2024 = 3 April) or month-first."""

from __future__ import annotations

import re
from functools import lru_cache

# "(?<![\d/.-])(\d{1,2})..." written to begin with a digit, so that the scan skips to digits
NUMERIC_DATE = re.compile(r"(\d(?<![\d/.-]\d)\d?)([/.-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d/.-])")
NUMERIC_HINT = re.compile(r"\d[/.-]\d\d?[/.-]\d")  # what every NUMERIC_DATE holds


@lru_cache(maxsize=4)
def prefers_day_first(text: str) -> bool:
    """Whether numeric dates like 03/04/2024 are day-first (yes, unless the text shows month-first)."""
    day_first = month_first = 0
    if not NUMERIC_HINT.search(text):  # a quick scan: most texts have no numeric date
        return True
    for m in NUMERIC_DATE.finditer(text):
        a, b = int(m.group(1)), int(m.group(3))
        if m.group(2) == "." or a > 12:
            day_first += 1
        elif b > 12:
            month_first += 1
    return not month_first > day_first
