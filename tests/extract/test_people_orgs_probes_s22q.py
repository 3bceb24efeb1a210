"""Session 22 round 3 probes of people and organisations, on short documents written for the round:
a body named by an abbreviation and its seat's city ("TU Delft"), and bodies named after a list
sharing one plural head ("Kyoto and Osaka Universities")."""

from __future__ import annotations

import pytest

from bilat.extract import get_extractor


def _orgs(text: str) -> dict[str, str | None]:
    record = get_extractor().extract(text, name="probe.md", published="2026-03-12").to_dict()
    return {o["name"]: o.get("country") for o in record.get("organizations", [])}


SEAT_ABBREVIATIONS = [
    (
        "Kuala Lumpur, 5 March 2026 — The Netherlands and Malaysia agreed to cooperate on water.\n\n"
        "The Faculty of Civil Engineering and Geosciences at TU Delft and Universiti Teknologi Malaysia"
        " signed a memorandum of understanding.\n",
        {"TU Delft": "NL", "Faculty of Civil Engineering and Geosciences": "NL"},
    ),
    (
        "Delft, 5 March 2026 — The Netherlands and Malaysia agreed to cooperate on water research.\n\n"
        "Researchers at TU Delft and Universiti Malaya will share data.\n",
        {"TU Delft": "NL", "Universiti Malaya": "MY"},
    ),
]

SHARED_PLURALS = [
    (
        "Pretoria, 8 March 2026 — South Africa and Japan signed an astronomy arrangement.\n\n"
        "Kyoto and Osaka Universities will join the consortium.\n",
        {"Kyoto University": "JP", "Osaka University": "JP"},
    ),
    (
        "New Delhi, 2 March 2026 — India and Austria launched a quantum programme.\n\n"
        "The University of Innsbruck will take part, alongside the Delhi and Mumbai Universities.\n",
        {"University of Innsbruck": "AT", "Delhi University": "IN", "Mumbai University": "IN"},
    ),
    (
        "Ottawa, 6 March 2026 — Canada and Korea agreed to cooperate on AI.\n\n"
        "Students from Yonsei and Korea Universities will visit McGill University.\n",
        {"Yonsei University": "KR", "Korea University": "KR", "McGill University": "CA"},
    ),
]


@pytest.mark.parametrize(("text", "wanted"), SEAT_ABBREVIATIONS + SHARED_PLURALS)
def test_named_bodies(text: str, wanted: dict[str, str]) -> None:
    found = _orgs(text)
    for name, country in wanted.items():
        assert name in found, (name, found)
        assert found[name] == country, (name, found)


def test_abbreviation_without_its_city_is_no_body() -> None:
    found = _orgs(
        "Kuala Lumpur, 5 March 2026 — The Netherlands and Malaysia agreed to cooperate.\n\n"
        "The TU team and the UM team met in Putrajaya.\n"
    )
    assert "TU Delft" not in found


def _people(text: str) -> dict[str, str | None]:
    record = get_extractor().extract(text, name="probe.md", published="2026-03-12").to_dict()
    return {p["name"]: p.get("country") for p in record.get("people", [])}


ADVISERS = [
    (
        "Ottawa, 6 March 2026 — Canada and Korea agreed to cooperate on AI.\n\n"
        "Chief Science Advisor Mona Nemer spoke. The Chief Scientist, Remi Quirion, also spoke.\n",
        {"Mona Nemer": "CA", "Remi Quirion": "CA"},
    ),
    (
        "Wellington, 9 March 2026\n\nNEW ZEALAND AND SPAIN SIGN SCIENCE ARRANGEMENT\n\n"
        "The Chief Scientist, Dame Juliet Gerrard, said the arrangement would support geothermal work.\n",
        {"Juliet Gerrard": "NZ"},
    ),
    (
        "Accra, 10 March 2026 — The United Kingdom and Ghana today agreed a research partnership.\n\n"
        "Principal Scientific Adviser Kwame Asante welcomed the agreement.\n",
        {"Kwame Asante": "GH"},
    ),
]


@pytest.mark.parametrize(("text", "wanted"), ADVISERS)
def test_bare_adviser_takes_the_dateline_partner(text: str, wanted: dict[str, str]) -> None:
    found = _people(text)
    for name, country in wanted.items():
        assert found.get(name) == country, (name, found)
