"""Round 15f grammar probes: day-month dates of other European languages (and their day ranges and
datelines), two consecutive days joined by "and" across a month, and Markdown underscore emphasis."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.temporal import document_date, tag

REF = "2025-06-01"

# (text, the expression's text, value, end value)
FOUND = [
    ("BERLIN/PARIS, 4. Mai 2025 – Die Minister trafen sich.", "4. Mai 2025", "2025-05-04", None),
    ("Wien, am 12. Jänner 2025 – Österreich und Japan.", "12. Jänner 2025", "2025-01-12", None),
    ("am 1. März 2025", "1. März 2025", "2025-03-01", None),
    ("Madrid, 9 de mayo de 2025. España y Japón firmaron.", "9 de mayo de 2025", "2025-05-09", None),
    ("Sevilla, 1 de septiembre de 2024", "1 de septiembre de 2024", "2024-09-01", None),
    ("Lisboa, 9 de maio de 2025 — Portugal e Japão.", "9 de maio de 2025", "2025-05-09", None),
    ("Paris, le 9 mai 2025 — La France et le Japon.", "9 mai 2025", "2025-05-09", None),
    ("le 1er mars 2025", "1er mars 2025", "2025-03-01", None),
    ("Bruxelles, 31 octobre 2024", "31 octobre 2024", "2024-10-31", None),
    ("Roma, 9 maggio 2025 – Italia e Giappone.", "9 maggio 2025", "2025-05-09", None),
    ("1° marzo 2025", "1° marzo 2025", "2025-03-01", None),
    ("Den Haag, 9 mei 2025 – Nederland en Japan.", "9 mei 2025", "2025-05-09", None),
    ("København, 9. maj 2025 – Danmark og Japan.", "9. maj 2025", "2025-05-09", None),
    ("Stockholm den 9 maj 2025.", "9 maj 2025", "2025-05-09", None),
    ("Oslo, 9. mai 2025.", "9. mai 2025", "2025-05-09", None),
    ("Warszawa, 9 maja 2025 r.", "9 maja 2025", "2025-05-09", None),
    ("Montag, 4. Mai 2025", "4. Mai 2025", "2025-05-04", None),
    # without a year, a day in its language's own form
    ("am 4. Mai unterzeichnet", "4. Mai", "2025-05-04", None),
    ("le 9 mai, la France", "9 mai", "2025-05-09", None),
    ("el 9 de mayo", "9 de mayo", "2025-05-09", None),
    # day ranges
    ("Berlin, 4.–6. Mai 2025", "4.–6. Mai 2025", "2025-05-04", "2025-05-06"),
    ("vom 4. bis 6. Mai 2025", "4. bis 6. Mai 2025", "2025-05-04", "2025-05-06"),
    ("du 9 au 11 mai 2025", "9 au 11 mai 2025", "2025-05-09", "2025-05-11"),
    ("du 30 avril au 2 mai 2025", "30 avril au 2 mai 2025", "2025-04-30", "2025-05-02"),
    ("9-11 mai 2025", "9-11 mai 2025", "2025-05-09", "2025-05-11"),
    ("del 9 al 11 de mayo de 2025", "9 al 11 de mayo de 2025", "2025-05-09", "2025-05-11"),
    ("dal 9 all'11 maggio 2025", "9 all'11 maggio 2025", "2025-05-09", "2025-05-11"),
    ("9 t/m 11 mei 2025", "9 t/m 11 mei 2025", "2025-05-09", "2025-05-11"),
    ("9 et 10 juin 2025", "9 et 10 juin 2025", "2025-06-09", "2025-06-10"),
    ("4. und 5. Mai 2025", "4. und 5. Mai 2025", "2025-05-04", "2025-05-05"),
    ("9 y 10 de junio de 2025", "9 y 10 de junio de 2025", "2025-06-09", "2025-06-10"),
    ("31 mai et 1 juin 2025", "31 mai et 1 juin 2025", "2025-05-31", "2025-06-01"),
    # two days in a row joined by "and", across a month or a year
    ("The meeting on 31 October and 1 November 2024 in Tokyo.", "31 October and 1 November 2024",
     "2024-10-31", "2024-11-01"),
    ("on 31 December 2024 and 1 January 2025", "31 December 2024 and 1 January 2025",
     "2024-12-31", "2025-01-01"),
    ("on 30 and 31 May 2025", "30 and 31 May 2025", "2025-05-30", "2025-05-31"),
    # underscores closing Markdown emphasis end the date
    ("_Brussels, 3 March 2025_\n\nThe EU and Japan met.", "3 March 2025", "2025-03-03", None),
    ("__Tokyo, 5 May 2025__", "5 May 2025", "2025-05-05", None),
]


@pytest.mark.parametrize(("text", "span", "value", "end_value"), FOUND)
def test_probe_found(text: str, span: str, value: str, end_value: str | None) -> None:
    found = [(t.text, t.value, t.end_value) for t in tag(text, reference=REF)]
    assert (span, value, end_value) in found


# (text, a text that must not be tagged as a day)
NOT_A_DAY = [
    ("He met 3 Mai Nguyen staffers.", "3 Mai"),
    ("Article 4. Mai Tran said", "4. Mai"),  # a dot alone, no year: not a German date
    ("Vote 9 mei.", "9 mei"),
    ("3 mars", "3 mars"),
    ("Timeline:\n1. June 2024 – call opens", "1. June 2024"),  # a numbered list item
    ("on 24 and 28 April 2025", "24 and 28 April 2025"),  # two dates, not a range
    ("le 9 et 12 juin 2025", "9 et 12 juin 2025"),
]


@pytest.mark.parametrize(("text", "span"), NOT_A_DAY)
def test_probe_not_a_day(text: str, span: str) -> None:
    assert span not in [t.text for t in tag(text, reference=REF)]


def test_two_separate_days_stay_two() -> None:
    found = [(t.text, t.value) for t in tag("on 24 and 28 April 2025", reference=REF)]
    assert ("28 April 2025", "2025-04-28") in found
    assert all(t.end_value is None for t in tag("on 24 and 28 April 2025", reference=REF))


def test_underscores_inside_a_word_are_no_edge() -> None:
    assert tag("see file_2025_report.pdf", reference=REF) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Paris, le 9 mai 2025 — La France et le Japon ont signé.", "2025-05-09"),
        ("Wien, am 12. Jänner 2025 – Österreich und Japan.", "2025-01-12"),
        ("Stockholm den 9 maj 2025. Sverige och Japan.", "2025-05-09"),
        ("Madrid, 9 de mayo de 2025\n\nEspaña y Japón firmaron.", "2025-05-09"),
        ("BERLIN/PARIS, 4. Mai 2025 – Deutschland und Frankreich.", "2025-05-04"),
        ("_Brussels, 3 March 2025_\n\nThe EU met yesterday.", "2025-03-03"),
    ],
)
def test_foreign_datelines(text: str, date: str) -> None:
    assert document_date(text) == date


# How each language writes a day, month and year (month names as the lexicon has them).
LANGUAGES = {
    "de": ("{d}. {m} {y}", ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                            "September", "Oktober", "November", "Dezember"]),
    "fr": ("le {d} {m} {y}", ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                              "septembre", "octobre", "novembre", "décembre"]),
    "es": ("{d} de {m} de {y}", ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                                 "septiembre", "octubre", "noviembre", "diciembre"]),
    "pt": ("{d} de {m} de {y}", ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho",
                                 "agosto", "setembro", "outubro", "novembro", "dezembro"]),
    "it": ("{d} {m} {y}", ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
                           "settembre", "ottobre", "novembre", "dicembre"]),
    "nl": ("{d} {m} {y}", ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                           "september", "oktober", "november", "december"]),
    "da": ("{d}. {m} {y}", ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
                            "september", "oktober", "november", "december"]),
    "sv": ("den {d} {m} {y}", ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                               "september", "oktober", "november", "december"]),
    "pl": ("{d} {m} {y} r.", ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
                              "sierpnia", "września", "października", "listopada", "grudnia"]),
}


@settings(max_examples=150, deadline=None)
@given(
    day=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31)),
    language=st.sampled_from(sorted(LANGUAGES)),
    capital=st.booleans(),
)
def test_rendered_foreign_dates_parse_back(day: dt.date, language: str, capital: bool) -> None:
    form, names = LANGUAGES[language]
    name = names[day.month - 1]
    rendered = form.format(d=day.day, m=name.capitalize() if capital else name, y=day.year)
    text = f"Tokyo, {rendered} — talks."
    assert day.isoformat() in [t.value for t in tag(text, reference=REF)]
