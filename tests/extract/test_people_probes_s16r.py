"""Session 16 grammar probes (round r) on people and their countries: sentences written for the
probe, in the ways press releases of many countries name who signs for whom.

- "NAME, ROLE, signed for Bangladesh" / "NAME (on behalf of the Government of Kenya)": the country
  a person signs or speaks for, said right after the name or role, outranks the body of the role,
  whose bare name ("Ministry of Science and Technology") may be listed as another country's. A bare
  "for" needs a verb of signing ("Minister for Science" is a portfolio), and a country that opens a
  body's name ("on behalf of Kenya University") is none.
- A short form of a given name with its period ("Md. Abdur Rahman Khan") opens the name like an
  initial and stays in it.
- Country short forms that the press uses for a state ("PNG's Minister ...") and the adjective form
  of a name ("Emirates Nuclear Energy Corporation") give the country."""

from __future__ import annotations

import pytest

from bilat.extract import Extractor
from bilat.extract.components.people import _behalf_country

from .records import Extract, people_by_name, prepared


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        (
            "DHAKA, 12 June 2024 - Bangladesh and India signed an MoU on biotechnology. Abdur Rahman "
            "Khan, Secretary of the Ministry of Science and Technology, signed for Bangladesh.",
            "Abdur Rahman Khan",
            "BD",
        ),
        (
            "DHAKA, 12 June 2024 - Bangladesh and India signed an MoU. Abdur Rahman Khan, Secretary of "
            "the Ministry of Science and Technology, signed on behalf of the Government of Bangladesh, "
            "and Pranay Verma, High Commissioner, signed for the Indian side.",
            "Pranay Verma",
            "IN",
        ),
        (
            "NAIROBI, 3 May 2024 - Kenya and Japan signed an MoU. Dr. Esther Muoria (on behalf of "
            "Kenya) and Prof. Kenji Sato, Director of the Institute of Science, signed it.",
            "Esther Muoria",
            "KE",
        ),
        (
            "CANBERRA, 5 May 2024 - Australia and Papua New Guinea agreed to boost climate science. "
            "Ed Husic met PNG's Minister for Information Technology Timothy Masiu.",
            "Timothy Masiu",
            "PG",
        ),
        (
            "SEOUL, 2 May 2024 - Korea and the UAE agreed to expand nuclear research. Mohamed Al "
            "Hammadi, CEO of Emirates Nuclear Energy Corporation, attended.",
            "Mohamed Al Hammadi",
            "AE",
        ),
    ],
)
def test_whom_a_person_signs_for(extract: Extract, text: str, person: str, country: str) -> None:
    people = people_by_name(extract(text, published=None))
    assert people[person]["country"] == country


@pytest.mark.parametrize(
    ("text", "after", "country"),
    [
        ("Ana Quispe signed for Peru.", "Quispe", "PE"),
        ("Ana Quispe, Director, signed on behalf of the Republic of Kenya and left.", "Director", "KE"),
        ("Ana Quispe signed for the Chilean side.", "Quispe", "CL"),
        ("Ana Quispe spoke on behalf of Kenya University.", "Quispe", None),
        ("Ana Quispe signed for the Korean Institute of Science.", "Quispe", None),
        ("Ana Quispe, Minister, for Peru.", "Minister", None),
    ],
)
def test_the_country_signed_for(extractor: Extractor, text: str, after: str, country: str | None) -> None:
    doc = prepared(extractor, "LIMA, 3 May 2024 - Peru and Japan signed an MoU. " + text)
    end = doc.text.index(after) + len(after)
    assert _behalf_country(doc, end) == country


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "DHAKA, 12 June 2024 - Bangladesh and India signed an MoU. Md. Abdur Rahman Khan, "
            "Secretary, attended.",
            "Md. Abdur Rahman Khan",
        ),
        (
            "DHAKA, 12 June 2024 - Bangladesh and Korea signed an MoU. The MoU was signed by Dr. Md. "
            "Kamrul Islam.",
            "Md. Kamrul Islam",
        ),
    ],
)
def test_a_short_given_name_stays_in_the_name(extract: Extract, text: str, person: str) -> None:
    assert person in people_by_name(extract(text, published=None))
