"""The document's own date (round 18m): datelines of wire services, bilingual and Spanish date lines,
a yearless dateline's year beside a plan's year, and an explicit publication label over a bare
"Date:" (also at the foot of a page). Texts of our own."""

from __future__ import annotations

import pytest

from bilat.temporal.reference import document_date, labelled_date

CASES = [
    # a wire service's slash after the date, with or without its name
    ("ACCRA, Ghana, 14 August 2024/ -- Ghana and Morocco agreed a solar programme.\n", "2024-08-14"),
    ("DAKAR, Senegal, 2 May 2025 / -- Senegal and Spain opened a fisheries lab.\n", "2025-05-02"),
    ("LUSAKA, Zambia, June 9, 2025/APO Group/ -- Zambia and India signed a mining MoU.\n", "2025-06-09"),
    # the same date in two languages
    ("Vientiane, 3 novembre 2025 / 3 November 2025\n\nLe Laos et la France ont signé.\n", "2025-11-03"),
    ("Bandung, 11 June 2024 / 11 Juni 2024\n\nIndonesia and Korea opened a centre.\n", "2024-06-11"),
    # Spanish "a" before the day
    ("Lima, a 18 de junio de 2025\n\nPerú y Corea firmaron un memorando.\n", "2025-06-18"),
    ("Ciudad de Panamá, a 2 de octubre de 2024.- Panamá y Japón acordaron cooperar.\n", "2024-10-02"),
    # a region or a country after the city, a weekday before the date
    ("Kampala, Uganda, Wednesday 5 February 2025 - Uganda and Egypt signed a water deal.\n", "2025-02-05"),
    ("Mombasa, Tuesday 4 March 2025\n\nKenya and Oman agreed on port research.\n", "2025-03-04"),
    ("Halifax, Nova Scotia, Canada — 12 May 2025 — Canada and Norway launched a call.\n", "2025-05-12"),
    # labels
    ("Issued on 7 April 2025\n\nChile and Finland signed a deal.\n", "2025-04-07"),
    ("Release date: 07/04/2025\n\nChile and Finland signed a deal.\n", "2025-04-07"),
    ("Date issued: 7 April 2025\n\nChile and Finland signed a deal.\n", "2025-04-07"),
    # a yearless dateline: a plan's year ("next round", "to be held", "set for") gives no year
    (
        "BUSAN, Nov. 6 (Wire) -- Korea and Peru signed a fisheries pact, building on a 2023 accord. "
        "Next round in Lima in 2025.\n",
        "2023-11-06",
    ),
    (
        "HANOI, 9 Sept -- Viet Nam and Italy renewed a 2022 science pact. "
        "A joint forum is to be held in Rome in 2024.\n",
        "2022-09-09",
    ),
    (
        "PERTH, Aug 20 (AW) -- Australia and India extended a 2021 mining accord. "
        "The next joint committee meeting in 2023 will review it.\n",
        "2021-08-20",
    ),
    # an explicit publication label wins over a bare "Date:" (which may date an event or a letter)
    (
        "Date: 5 March 2025\n\nJoint call for projects\n\nThe call opens today.\n\nPosted 20 February 2025\n",
        "2025-02-20",
    ),
    ("Date: 10 June 2025\nPublished: 2 June 2025\n\nA bilateral seminar.\n", "2025-06-02"),
    # ... at the foot of a long page, too
    (
        "Date: 5 March 2025\n\n"
        + "Paragraph of the call text without dates.\n" * 40
        + "\nPosted 20 February 2025\n",
        "2025-02-20",
    ),
    (
        "Joint call\n\n"
        + "Paragraph of the call text without dates.\n" * 40
        + "\nThis entry was posted on 3 July 2024 by the editor.\n",
        "2024-07-03",
    ),
    # but not prose at the foot, nor over a dateline
    (
        "Date: 5 March 2025\n\n"
        + "Paragraph of the call text without dates.\n" * 40
        + "\nResults will be published on 5 May 2025.\n",
        "2025-03-05",
    ),
    (
        "OSLO, 4 March 2025 - Norway and Chile signed a deal.\n"
        + "More text here.\n" * 40
        + "\nPosted 6 March 2025\n",
        "2025-03-04",
    ),
]


@pytest.mark.parametrize(("text", "date"), CASES)
def test_document_date(text: str, date: str) -> None:
    assert document_date(text) == date


LABELS = [
    ("Date: 5 March 2025\nTitle\nPosted on 20 February 2025\n", "2025-02-20"),
    ("Date: 5 March 2025\nTitle of the page\n", "2025-03-05"),
    ("Published: 1 May 2025\nDate: 2 May 2025\n", "2025-05-01"),
]


@pytest.mark.parametrize(("text", "date"), LABELS)
def test_labelled_date_prefers_an_explicit_label(text: str, date: str) -> None:
    assert labelled_date(text) == date
