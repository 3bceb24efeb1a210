"""Agreement probes of session 16, round 5 (helper p): sentences of our own, in the shapes press
releases and call pages from the Gulf, Africa, Latin America, Central and South-East Asia use.

1. A count right before a plural instrument word in a sentence that makes them ("signed three
   memoranda of understanding on A, B and C", "signed two MoUs, one on X and one on Y") tells that
   many instruments, told apart from each other; instruments listed one by one after it fill them
   in (no more than the count); "the two agreements signed in 2015" (a determiner) points back.
2. A letter of intent that opens a timetable's entry, a date as its value ("| Letter of intent |
   15 April 2026 |", "- Letters of intent: 15 April 2026"), is a step of a call, not an instrument.
"""

from __future__ import annotations

from typing import Any

import pytest

from .records import Extract


def _instruments(extract: Extract, text: str, published: str | None) -> list[tuple[str, str | None]]:
    agreements: list[dict[str, Any]] = extract(text, published=published)["agreements"]
    return sorted((a["type"], a["date"]) for a in agreements)


MOU = ("memorandum", "2026-02-04")

CASES = [  # (text, published, expected (type, date) of every instrument)
    pytest.param(
        "CAIRO, 4 February 2026 — Egypt and Jordan signed three memoranda of understanding on water "
        "research, renewable energy and higher education.",
        "2026-02-04",
        [MOU, MOU, MOU],
        id="three memoranda on A, B and C",
    ),
    pytest.param(
        "MUSCAT, 4 February 2026 (Reuters) - Oman and India signed two MoUs on Wednesday, one on space "
        "research and one on marine sciences.",
        "2026-02-04",
        [MOU, MOU],
        id="two MoUs, one on X and one on Y",
    ),
    pytest.param(
        "Tashkent, 4 February 2026 — Uzbekistan and Malaysia inked 2 memorandums on digital "
        "skills and vocational training.",
        "2026-02-04",
        [MOU, MOU],
        id="digit count",
    ),
    pytest.param(
        "Hanoi, 4 February 2026 — Vietnam and Lithuania signed two MoUs. The first, a memorandum of "
        "understanding between VAST and FTMC, covers lasers. A second memorandum, between HUST and KTU, "
        "covers student exchange.",
        "2026-02-04",
        [MOU, MOU],
        id="counted then told one by one",
    ),
    pytest.param(
        "# Kenya–Peru forum: three MoUs signed\n\nNairobi, 4 February 2026 — At the forum, Kenya and Peru "
        "signed three memorandums of understanding:\n- between KEMRI and Cayetano Heredia University on "
        "malaria;\n- between JKUAT and UNI on engineering;\n- between KALRO and INIA on potatoes.\n",
        "2026-02-04",
        [MOU, MOU, MOU],
        id="headline count, then a list",
    ),
    pytest.param(
        "Lima, 4 February 2026 — Peru and Chile reviewed progress under the two agreements signed in 2015.",
        "2026-02-04",
        [],
        id="the two agreements: told before",
    ),
    pytest.param(
        "Doha, 1 March 2026 — Qatar and Turkey open a joint call.\n\n| Stage | Deadline |\n|---|---|\n"
        "| Letter of intent | 15 April 2026 |\n| Full proposal | 15 June 2026 |\n",
        "2026-03-01",
        [],
        id="timetable row",
    ),
    pytest.param(
        "Doha, 1 March 2026 — Qatar and Turkey open a joint call.\n\nTimeline:\n"
        "- **Letters of intent**: 15 April 2026\n- Full proposals: 15 June 2026\n",
        "2026-03-01",
        [],
        id="timetable bullet",
    ),
    pytest.param(
        "Nairobi, 1 March 2026 — Kenya and Uganda deepen cooperation.\n\n"
        "- Letter of Intent on Geothermal Research: signed 3 March 2025\n",
        "2026-03-01",
        [("letter_of_intent", "2025-03-03")],
        id="a list of instruments made",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_instrument_probes(
    extract: Extract, text: str, published: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _instruments(extract, text, published) == sorted(expected)
