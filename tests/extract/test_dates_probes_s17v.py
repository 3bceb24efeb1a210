"""Session 17 round 6 (v) probe classes on a document's own date.

- a dateline's place may carry its other name in brackets: "Nur-Sultan (Astana), 14 June 2025 -";
- a version's note after a slash may close a dateline: "Brasília, 9 de outubro de 2025 / English
  version";
- shortened month names of other languages with their full stop are dates ("le 3 janv. 2026",
  "3 ene. 2026", "9 out. 2025", "3 jan. 2026"); without the stop they are words ("5 out 2025");
- a yearless dateline followed by another calendar's year takes the Gregorian year the text names:
  "Bangkok, 14 January B.E. 2569 (2026)".
"""

from __future__ import annotations

import pytest

from bilat.temporal import document_date
from bilat.temporal.tagger import tag_with

DATELINES = [
    ("Almaty (Alma-Ata), 2 March 2026 - Kazakhstan and Japan opened a joint laboratory.", "2026-03-02"),
    ("Astana (Nur-Sultan), 21 May 2025 – The two academies agreed on a plan.", "2025-05-21"),
    ("**Chennai (Madras)**, 8 July 2025 – India and Germany signed a letter.", "2025-07-08"),
    ("São Paulo, 4 de março de 2026 / English version\n\nBrazil and Norway signed.", "2026-03-04"),
    ("Lisboa, 17 de abril de 2025 / Versão inglesa\n\nPortugal and Chile agreed.", "2025-04-17"),
    ("Lyon, le 3 janv. 2026\n\nLa France et le Maroc ont signé.", "2026-01-03"),
    ("Bordeaux, le 12 févr. 2025\n\nThe two universities agreed.", "2025-02-12"),
    ("Valencia, 20 ene. 2026 - Spain and Peru signed a plan.", "2026-01-20"),
    ("Porto, 9 out. 2025\n\nPortugal and Angola agreed.", "2025-10-09"),
    ("Roma, 12 ago. 2025 - Italy and Egypt signed.", "2025-08-12"),
    ("Gent, 3 jan. 2026\n\nBelgium and Vietnam signed.", "2026-01-03"),
    ("Chiang Rai, 14 January B.E. 2569 (2026)\n\nThailand and Laos signed.", "2026-01-14"),
]


@pytest.mark.parametrize(("text", "expected"), DATELINES)
def test_datelines_date_the_text(text: str, expected: str) -> None:
    assert document_date(text) == expected


UNDATED = [
    # a place with a bracket that is no other name of it, in running prose
    "The delegation travelled to Geneva (Switzerland) on 4 May 2025 and met the council.",
    # a version note after a date in a sentence
    "The partners met in Oslo on 4 May 2025 / Annex I lists them.",
]


@pytest.mark.parametrize("text", UNDATED)
def test_prose_dates_are_no_datelines(text: str) -> None:
    assert document_date(text) is None


SHORT_MONTHS = [
    ("le 3 janv. 2026", "2026-01-03"),
    ("el 15 dic. 2025", "2025-12-15"),
    ("o 2 set. 2025", "2025-09-02"),
    ("am 3. Okt. 2025", "2025-10-03"),
    ("du 3 au 5 févr. 2026", "2026-02-03"),
]


@pytest.mark.parametrize(("text", "value"), SHORT_MONTHS)
def test_shortened_foreign_months_with_their_stop_are_dates(text: str, value: str) -> None:
    assert any(t.value.startswith(value) for t in tag_with(text, None))


@pytest.mark.parametrize("text", ["they sold 5 out 2025 units", "it was 3 set 2025", "about 2 ago 2025"])
def test_shortened_foreign_months_without_their_stop_are_words(text: str) -> None:
    assert not any(len(t.value) >= 7 for t in tag_with(text, None))
