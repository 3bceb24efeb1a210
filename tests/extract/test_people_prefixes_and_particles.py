"""Name forms found by scoring a fifth set blind: Dutch and Indonesian engineers' titles ("dr. ir.",
"Ir.", "drs."), particles right after a given name with no honorific before it ("Joost van der
Meulen"), short Commonwealth titles before a surname ("CS Rotich"), and a person that an
organisation's "X of Y" span took in after an honorific ("Prof. Takeshi Mori of Kyushu University").
Texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

from .records import Extract


def _names(record: dict[str, Any]) -> set[str]:
    return {p["name"] for p in record["people"]}


PREFIXED = [
    ("For technical questions: dr. ir. Pieter van den Berg, Programme Officer, NWO", "Pieter van den Berg"),
    ("The report was written by Prof. Dr. Ir. Bart Peeters, Dean of Engineering at KU Leuven.",
     "Bart Peeters"),
    ("Ir. Siti Rahmawati, Director of Research, visited the site.", "Siti Rahmawati"),
    ("Questions go to drs. Pieter Bakker, Policy Advisor, RVO.", "Pieter Bakker"),
    ("Contact: Joost van der Meulen, Programme Officer, NWO", "Joost van der Meulen"),
    ("Ahmed bin Salem, Director of the Space Agency, spoke.", "Ahmed bin Salem"),
]


@pytest.mark.parametrize(("text", "name"), PREFIXED)
def test_prefixes_and_particles_leave_the_whole_name(extract: Extract, text: str, name: str) -> None:
    assert name in _names(extract(text))


SHORT_TITLES = [
    ("Guests included Hon. Daniel Kiprono Rotich, Cabinet Secretary for ICT. "
     "\"We will build it,\" CS Rotich said in his keynote.", "Daniel Kiprono Rotich"),
    ("Eng. Faith Achieng Odhiambo, Principal Secretary for Innovation, led the tour. "
     "PS Odhiambo said the centre would open in May.", "Faith Achieng Odhiambo"),
]


@pytest.mark.parametrize(("text", "name"), SHORT_TITLES)
def test_a_short_title_before_a_surname_joins_the_full_name(extract: Extract, text: str, name: str) -> None:
    assert _names(extract(text)) == {name}


AFTER_HONORIFIC = [
    ("\"It went well,\" said Prof. Takeshi Mori of Kyushu University, who co-chaired the day.",
     "Takeshi Mori"),
    ("The session was chaired by Dr. Anna Berg of Lund University.", "Anna Berg"),
    ("Yesterday Prof. Kenji Sato from Tohoku University gave the keynote.", "Kenji Sato"),
]


@pytest.mark.parametrize(("text", "name"), AFTER_HONORIFIC)
def test_a_name_after_an_honorific_is_found_before_the_organisation(
    extract: Extract, text: str, name: str
) -> None:
    assert name in _names(extract(text))
