"""Session 20, round 1 (c): events and agreements error classes, with sentences written for the test."""

from __future__ import annotations

import pytest

from bilat.extract import get_extractor

# A signing told in a sentence opened by a dateline city, whose venue one of the next sentences
# places in another city (maybe after a district the gazetteer does not know): the venue's city,
# not the dateline's.
SIGNING_VENUE_AFTER_DATELINE = [
    (
        "2025-06-10",
        "MANILA -- The Department of Science and Technology (DOST) and Korea's Ministry of Science and "
        "ICT on Monday signed a memorandum of understanding on marine research.\n\n"
        "The documents were signed at the DOST regional office in Cebu City by the two secretaries.\n\n"
        "The partnership covers five universities.",
        "2025-06-09",
        "Cebu City",
    ),
    (
        "2025-03-05",
        "BEIJING -- Bangladesh's BCSIR and the Chinese Academy of Sciences on Tuesday signed an agreement "
        "on joint research calls.\n\n"
        "The agreement was signed at the council's auditorium in Dhanmondi, Dhaka, in the presence of "
        "both ambassadors.\n\n"
        "Its first call opens in May.",
        "2025-03-04",
        "Dhaka",
    ),
    (
        "2025-06-10",
        "MANILA -- The Department of Science and Technology (DOST) and Korea's Ministry of Science and "
        "ICT on Monday signed a memorandum of understanding on marine research.\n\n"
        "The documents were signed at the DOST regional office in Lahug, Cebu City by the two "
        "secretaries.\n\n"
        "The partnership covers five universities.",
        "2025-06-09",
        "Cebu City",  # (s22 round 4: the gazetteer now takes the city after a district whole)
    ),
]


@pytest.mark.parametrize(("published", "text", "date", "city"), SIGNING_VENUE_AFTER_DATELINE)
def test_signing_venue_told_after_dateline(published: str, text: str, date: str, city: str) -> None:
    record = get_extractor().extract(text, name="probe.txt", published=published)
    signings = [e for e in record.events if e.type == "signing"]
    assert [(e.date, e.location) for e in signings] == [(date, city)]
