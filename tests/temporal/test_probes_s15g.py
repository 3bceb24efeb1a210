"""Round 15g grammar probes: the first of two days joined by "and" (two dates), Japanese day
ranges, dates without a year, weekdays in brackets, fiscal years (年度), thirds of a month (旬) and
relative words (本日, 同日, 翌日, 昨年, 来年度)."""

from __future__ import annotations

import pytest

from bilat.temporal import tag

REF = "2025-06-01"

# (text, the expression's text, value, end value, mod)
FOUND = [
    ("on 24 and 28 April 2025", "24", "2025-04-24", None, None),
    ("on 24 and 28 April 2025", "28 April 2025", "2025-04-28", None, None),
    ("le 9 et 12 juin 2025", "9", "2025-06-09", None, None),
    ("el 9 y 12 de junio de 2025", "9", "2025-06-09", None, None),
    ("am 4. und 7. Mai 2025", "4", "2025-05-04", None, None),
    ("on 8 and 9 May 2025", "8 and 9 May 2025", "2025-05-08", "2025-05-09", None),
    ("2025年5月9日から11日まで", "2025年5月9日から11日", "2025-05-09", "2025-05-11", None),
    ("2025年5月9日～11日", "2025年5月9日～11日", "2025-05-09", "2025-05-11", None),
    ("2025年5月9日-11日", "2025年5月9日-11日", "2025-05-09", "2025-05-11", None),
    ("2025年5月9日(金)から11日(日)まで", "2025年5月9日(金)から11日", "2025-05-09", "2025-05-11", None),
    ("2025年5月9日〜5月11日", "2025年5月9日〜5月11日", "2025-05-09", "2025-05-11", None),
    ("2025年12月30日～2026年1月2日", "2025年12月30日～2026年1月2日", "2025-12-30", "2026-01-02", None),
    ("5月9日（金）に東京で", "5月9日", "2025-05-09", None, None),
    ("令和７年５月９日（金）", "令和７年５月９日", "2025-05-09", None, None),
    ("２０２５年５月９日", "２０２５年５月９日", "2025-05-09", None, None),
    ("2025年度の予算", "2025年度", "2025", None, None),
    ("令和7年度", "令和7年度", "2025", None, None),
    ("FY2025", "FY2025", "2025", None, None),
    ("5月上旬", "5月上旬", "2025-05", None, "START"),
    ("2025年6月中旬", "2025年6月中旬", "2025-06", None, "MID"),
    ("2025年10月下旬", "2025年10月下旬", "2025-10", None, "END"),
    ("2025年5月9日に署名した。同日、両国は", "同日", "2025-05-09", None, None),
    ("2025年5月9日に会談。翌日、", "翌日", "2025-05-10", None, None),
    ("本日、日本とフランスは", "本日", "2025-06-01", None, None),
    ("昨年の会合", "昨年", "2024", None, None),
    ("来年度から", "来年度", "2026", None, None),
]


@pytest.mark.parametrize(("text", "span", "value", "end_value", "mod"), FOUND)
def test_probe_found(text: str, span: str, value: str, end_value: str | None, mod: str | None) -> None:
    found = [(t.text, t.value, t.end_value, t.mod) for t in tag(text, reference=REF)]
    assert (span, value, end_value, mod) in found


# (text, a text that must not be tagged)
NOT_TAGGED = [
    ("Articles 24 and 28 April", "24"),  # no year, no "on": not read as a date
    ("on 24 and 28 April 2025", "24 and 28 April 2025"),
]


@pytest.mark.parametrize(("text", "span"), NOT_TAGGED)
def test_probe_not_tagged(text: str, span: str) -> None:
    assert span not in [t.text for t in tag(text, reference=REF)]
