"""Session 15 round 5 (grammar probes): the date a document states for itself.

Probe sentences written for this round: datelines run into their first sentence by a full stop, a
place with its region, a dash or a bracket between place and date, a date before its place, a
byline's date, a newswire tag, header fields set off by wide spaces, short header lines; and labels
of other dates (deadlines, openings, events) and wrapped prose that are no datelines.
"""

from __future__ import annotations

import pytest

from bilat.temporal.reference import document_date

from .records import Extract

BODY = " The United Kingdom and Japan signed a memorandum on quantum research."

DATED = [
    # a full stop after the dateline's date
    ("LONDON, 15 November 2023." + BODY, "2023-11-15"),
    ("Canberra, 14 February 2024. Australia and India agreed in 2023 to expand cooperation.", "2024-02-14"),
    ("London, 15 Nov. 2023." + BODY, "2023-11-15"),
    ("LONDON, NOVEMBER 15, 2023." + BODY, "2023-11-15"),
    ("Wellington, Monday 4 May 2026. New Zealand and Chile signed a memorandum.", "2026-05-04"),
    ("London, 15 November 2023." + BODY + " It was drafted on 14 November 2023.", "2023-11-15"),
    ("Stockholm, 2025-05-04. Sweden and Brazil signed a memorandum.", "2025-05-04"),
    # a place with its region, a dash or a bracket between place and date, a newswire tag
    ("Ottawa, Ontario, May 4, 2025. Canada and Germany signed a memorandum.", "2025-05-04"),
    ("Ottawa, Ontario - May 4, 2025 - Canada and Germany signed a memorandum.", "2025-05-04"),
    ("OTTAWA, ON, May 4, 2025 /CNW/ - Canada and Germany signed a memorandum.", "2025-05-04"),
    ("TOKYO — 10 May 2024 — Japan and France agreed a joint call.", "2024-05-10"),
    ("WASHINGTON (May 4, 2025) – The United States and India signed a memorandum.", "2025-05-04"),
    ("WASHINGTON, D.C. (May 4, 2025) — The United States and India signed a memorandum.", "2025-05-04"),
    ("Tokyo (10 May 2024) Japan and France agreed a joint call.", "2024-05-10"),
    # the date before its place
    ("10 May 2024, Tokyo - Japan and France agreed a joint call.", "2024-05-10"),
    ("10 May 2024 Tokyo. Japan and France agreed a joint call.", "2024-05-10"),
    ("May 2025 Newsletter\n\nSweden and Brazil signed a memorandum on 2 April 2025.", "2025-05"),
    # a byline's date, a release line
    ("Posted by Jane Smith on 12 April 2025\n\nThe UK and Japan signed a memorandum.", "2025-04-12"),
    ("Posted by Jane Smith on April 12, 2025\n\nThe UK and Japan signed a memorandum.", "2025-04-12"),
    ("By J. Smith, 12 April 2025\n\nThe UK and Japan signed a memorandum.", "2025-04-12"),
    ("FOR IMMEDIATE RELEASE: May 10, 2024\nJapan and France agreed a joint call.", "2024-05-10"),
    # header fields: wide spaces, a short line of capitalised words
    ("Ministry of Science    2025.06.13    Press release\n\nThe UK and Japan signed.", "2025-06-13"),
    ("News 2025-04-12\n\nThe UK and Japan signed a memorandum.", "2025-04-12"),
    ("Stockholm 4 May 2025\nSweden and Brazil signed a memorandum.", "2025-05-04"),
    # a publication label before an update's, wherever they stand
    ("Updated: 5 March 2025\nPublished: 3 March 2025\nThe UK and Japan signed a memorandum.", "2025-03-03"),
    ("Published 3 March 2025 | Updated 5 March 2025\nThe UK and Japan signed a memorandum.", "2025-03-03"),
    # Markdown emphasis closing the dateline, places of several words
    ("**Brussels, 3 March 2025.** The EU and Japan signed a memorandum.", "2025-03-03"),
    ("JOINT PRESS RELEASE\nLondon and Tokyo, 3 March 2025." + BODY, "2025-03-03"),
    ("Dar es Salaam, 3 March 2025. Tanzania and Japan signed a memorandum.", "2025-03-03"),
    # keys of front matter and data lines
    ('+++\ntitle = "UK and Japan sign"\ndate = "2025-05-04"\n+++\n' + BODY, "2025-05-04"),
    ('{"title": "UK and Japan sign", "published": "2025-05-04"}\nThe UK and Japan signed.', "2025-05-04"),
    # (already read before this round; kept as the class's neighbours)
    ("Tokyo, 10 May 2024: Japan and France agreed a joint call, issued on 9 May 2024.", "2024-05-10"),
    ("15.11.2023 | Press release\n\nThe UK and Japan signed a memorandum.", "2023-11-15"),
    ("Newsletter No. 12, May 2025\n\nSweden and Brazil signed a memorandum on 2 May 2025.", "2025-05"),
]

UNDATED = [
    # labels of other dates
    "Deadline – 30 June 2025\nSweden and Brazil invite proposals.",
    "30 June 2025 Deadline\nSweden and Brazil invite proposals.",
    "Applications close – 4 May 2025\nSweden and Brazil invite proposals.",
    "Kick-off meeting    4 May 2025    Tokyo\nSweden and Brazil invite proposals.",
    "Until 30 June 2025 - Sweden and Brazil invite proposals.",
    # a date opening a line of wrapped prose
    "The memorandum between Sweden and Brazil was signed on\n10 May 2024. The agreement covers research.",
    "The memorandum between Sweden and Brazil was signed in\nTokyo, 10 May 2024. It covers research.",
    "Sweden and Brazil will sign on\n10 May 2024, Japan and France will follow.",
    "Kenya and Japan signed the memorandum at the ceremony held\nin Nairobi, 4 March 2025. It covers AI.",
    "Closing date = 2025-06-30\nSweden and Brazil invite proposals.",
    "By 30 June 2025, Sweden and Brazil will open a call.",
    "SEOUL (Reuters) - South Korea and Japan signed a deal on 3 June 2024 to cooperate.",
]


@pytest.mark.parametrize(("text", "expected"), DATED)
def test_document_dates(text: str, expected: str) -> None:
    assert document_date(text) == expected


@pytest.mark.parametrize("text", UNDATED)
def test_no_document_date(text: str) -> None:
    assert document_date(text) is None


def test_dateline_with_full_stop_dates_the_record_and_its_relative_dates(extract: Extract) -> None:
    text = (
        "LONDON, 15 November 2023. The United Kingdom and Japan signed a memorandum on quantum "
        "research yesterday. A first joint workshop will take place next month in Tokyo."
    )
    record = extract(text, published=None)
    assert record["published"] == "2023-11-15"
