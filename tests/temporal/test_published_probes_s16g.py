"""Session 16 (g): probes of where documents put their own date, through `document_date`."""

from __future__ import annotations

import pytest

from bilat.temporal import document_date

# A yearless wire dateline is the day of writing: its year puts it after the months the text
# reports as past, not before them, and a plan's later month does not push it a year on.
YEARLESS_DATELINES = [
    (
        "PARIS, Jan 20 (Agency) - France and Nigeria agreed on Tuesday to cooperate. "
        "They met in December 2025.",
        "2026-01-20",
    ),
    (
        "KUALA LUMPUR, Jan 20 (Agency) -- Malaysia and Japan signed a pact. "
        "The talks were held on Dec 12, 2025.",
        "2026-01-20",
    ),
    (
        "NAIROBI, March 5 (Agency) - Kenya and Germany launched a joint fund after talks in November 2025.",
        "2026-03-05",
    ),
    (
        "HANOI, Jan 8 (Agency) - Vietnam and India agreed to expand cooperation. The agreement was signed "
        "in December 2025.",
        "2026-01-08",
    ),
    # a later month of the year that is a plan, or with an earlier month of the same year reported
    (
        "CAIRO, Feb 24 (Agency) -- Egypt and China will hold a joint forum on 10 March 2026, officials said.",
        "2026-02-24",
    ),
    (
        "CAIRO, Feb 24 (Agency) -- Egypt and China agreed to hold a forum on 10 October 2026. They signed "
        "a pact in January 2026.",
        "2026-02-24",
    ),
    (
        "CAIRO, Feb 24 (Agency) -- Egypt and China launched a call. Applications close on 30 November 2026.",
        "2026-02-24",
    ),
    (
        "SUVA, May 14 (Agency) - Fiji and Australia signed a pact after talks on 2 May 2026 "
        "and in November 2025.",
        "2026-05-14",
    ),
    # "last year" does not move the year on when the text speaks of its latest year as the present one
    (
        "SUEZ, Feb 24 (Agency) - Egypt and China opened a centre. The ambassador noted that 2026 marks 70 "
        "years of ties. Trade grew in 2025 and the pound has been weak since last year.",
        "2026-02-24",
    ),
    (
        "TOKYO, Jan 16 (Agency) - Visitors spent a record in 2024, up from 2023, data showed last year.",
        "2025-01-16",
    ),
    # a region in brackets: "New Delhi [India], January 20 (ANI):"
    (
        "New Delhi [India], January 20 (Agency): India and the UAE signed an MoU, following talks in "
        "December 2025.",
        "2026-01-20",
    ),
]

HEADER_LINES = [
    # a byline's date with a clock time and a time zone after it
    (
        "Staff reporter | Wednesday, 11 March 2026, 18:40 (GMT+7)\n\n"
        "Vietnam and Korea will co-fund research.",
        "2026-03-11",
    ),
    ("Wed, 04 Mar 2026 10:21:00 GMT\n\nGhana and the UK signed an agreement on 2 March.", "2026-03-04"),
    ("News desk | 9 June 2026 at 08:15 EAT\n\nKenya and Brazil agreed.", "2026-06-09"),
    ("Tuesday 10 March 2026 | 14:30\n\nGhana and Côte d'Ivoire signed an accord.", "2026-03-10"),
    # a Spanish wire's ".-" after the date
    ("LIMA, 4 de marzo de 2026.- Perú y España firmaron un acuerdo.", "2026-03-04"),
    ("QUITO, 2 de junio de 2026.– Ecuador y Corea firmaron un memorando.", "2026-06-02"),
]

MINUTES = [
    (
        "Minutes\n\nMeeting date: 14 October 2025\nPlace: Brasília\n\n1. Brazil and South Africa agreed on "
        "the agenda. The deadline is 30 November 2025.",
        "2025-10-14",
    ),
    (
        "RECORD OF DISCUSSIONS\n\nDate and venue: 10 March 2026, Bogotá\n\nColombia and Korea agreed. The "
        "project ends on 31 December 2028.",
        "2026-03-10",
    ),
    (
        "AGREED MINUTES\n\nDate of the meeting: 10 March 2026\n\nColombia and Korea agreed on 9 March.",
        "2026-03-10",
    ),
    # a record's circulation date is its publication; the meeting's "Date:" yields to it
    ("Minutes\nDate: 3 May 2026\nRecord circulated: 12 May 2026\n\nPeru and Japan agreed.", "2026-05-12"),
    (
        "Joint Committee of Peru and Japan\nLima, 3 May 2026\n*Agreed summary, circulated by the co-chairs "
        "on 12 May 2026*\n\nThe two sides agreed.",
        "2026-05-12",
    ),
    (
        "# 4th Joint Committee (Chile–Korea)\n\n**Summary record** · Agreed by both chairs · Circulated "
        "2 June 2026\n\n| **Dates** | 20–21 May 2026 |",
        "2026-06-02",
    ),
    ("MINUTES OF THE JOINT MEETING\nDate: 14 October 2025\nVenue: Pretoria\n\nAgreed.", "2025-10-14"),
    # minutes are agreed at the close: the last day of a meeting's dates in their dateline
    ("AGREED MINUTES\nMuscat, 09/09/2025 - 10/09/2025\n\nOman and Korea agreed.", "2025-09-10"),
    ("Minutes of the Joint Working Group\nSantiago, 9-10 March 2026\n\nChile and Peru agreed.", "2026-03-10"),
]


@pytest.mark.parametrize(("text", "expected"), YEARLESS_DATELINES + HEADER_LINES + MINUTES)
def test_document_date_probes(text: str, expected: str) -> None:
    assert document_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a meeting's date outside minutes is the meeting's, not the page's
        "Joint event\n\nMeeting date: 14 October 2025\n\nBrazil and South Africa will meet.",
        "Kenya and Norway signed a pact on 20 May 2026 in Oslo, officials said.",
        "Call for proposals\nDeadline: 30 June 2026\n\nSouth Africa and Kenya invite applicants.",
        # a draft circulated in a sentence that goes on is no header
        "The draft, circulated on 4 May 2026, was discussed by Chile and Peru at length.",
    ],
)
def test_not_the_document_date(text: str) -> None:
    assert document_date(text) is None
