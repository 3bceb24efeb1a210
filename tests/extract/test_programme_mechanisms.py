"""Programmes and projects that no reference list knows, found from how the text names and uses
them; and the name a funding call's programme goes by. Texts of our own."""

from __future__ import annotations

from typing import Any

import pytest

from bilat.extract.naming import key
from bilat.extract.programme_uses import call_programme_name, under_programmes

from .records import Extract


def _programme_names(record: dict[str, Any]) -> set[str]:
    return {key(n) for p in record["programs"] for n in [p["name"], *p.get("aliases", [])]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acronym whose long form has no programme word, described as an initiative
        (
            "Linking Andean and Nordic Glacier Science (LANGS) is an ERA-NET initiative to pool "
            "glacier research between Peru and Norway.",
            "LANGS",
        ),
        # ... or funded through a programme
        (
            "The Partnership of Chile and Finland on solar research (CHIFISOL), funded through the "
            "Academy's mobility programme, held its final workshop in Santiago.",
            "CHIFISOL",
        ),
        # ... or used later as "ACR consortium"
        (
            "Opening Kenyan Labs to Europe (OKLE) aims at exchanges between Kenya and the EU. "
            "New partners are selected by the OKLE consortium.",
            "OKLE",
        ),
        # a name followed by "consortium" is a project
        ("Kenya and Portugal welcomed the new partners of the AquaLink consortium.", "AquaLink"),
        # a name with a digit, "under its ... programme"
        ("Egypt and Italy fund joint projects under their 3+3 programme for applied research.", "3+3"),
    ],
)
def test_unlisted_programmes_are_found_from_how_the_text_uses_them(
    extract: Extract, text: str, expected: str
) -> None:
    assert key(expected) in _programme_names(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "In 2023 a new BILAT project was launched between Brazil and the EU.",
        "Chile joined an ERA-NET initiative on marine research with Spain.",
    ],
)
def test_a_kind_of_project_after_a_or_an_is_not_a_name(extract: Extract, text: str) -> None:
    names = _programme_names(extract(text))
    assert not names & {"bilat", "era net"}


def test_an_acronym_of_a_defined_project_is_evidence_wherever_it_is_used(extract: Extract) -> None:
    text = (
        "ANKOR: joint call 2026\n\n"
        "Deadline: 3 March 2026\n\n"
        "The call is part of the ANKOR programme (Andean-Korean Research Cooperation), run by Chile."
    )
    record = extract(text)
    [programme] = [p for p in record["programs"] if p["name"] == "ANKOR"]
    assert {text[e["start"] : e["end"]] for e in programme["evidence"]} >= {"ANKOR"}
    assert min(e["start"] for e in programme["evidence"]) == 0
    [call] = record["calls"]
    assert call["program"] == "ANKOR"


@pytest.mark.parametrize(
    ("text", "label", "names", "expected"),
    [
        # the acronym with the named line that follows it
        (
            "The Polar Partnership (PP) NANOOK links Canada and Denmark. Apply under PP NANOOK.",
            "PP",
            [],
            "PP NANOOK",
        ),
        # the name is only ever used with "programme"
        (
            "The Condor programme funds visits. The Condor programme closes soon.",
            "Condor",
            [],
            "Condor programme",
        ),
        # the name is also used alone: it stays as it is
        ("The Condor programme funds visits. Condor closes soon.", "Condor", [], "Condor"),
        ("Apply to ASTRA 2026 under the ASTRA program.", "ASTRA", ["ASTRA"], "ASTRA"),
    ],
)
def test_a_call_goes_by_the_longest_name_the_text_gives_its_programme(
    text: str, label: str, names: list[str], expected: str
) -> None:
    assert call_programme_name(text, label, names) == expected


def test_under_programmes_reads_names_that_start_with_a_digit() -> None:
    text = "Projects are funded under its 2+2 programme and under the 2025 programme."
    assert [(name, long) for name, long, _ in under_programmes(text)] == [("2+2", "2+2 programme")]


def test_a_known_programme_written_in_lower_case_before_a_programme_word(extract: Extract) -> None:
    text = "Japan and the U.S. work together in programmes such as the horizon europe programme."
    assert "horizon europe" in _programme_names(extract(text))


def test_common_words_before_programme_are_no_known_programme(extract: Extract) -> None:
    text = "Japan and Chile agreed a joint research programme and a mobility programme."
    assert not extract(text)["programs"]


def test_an_acronym_stays_the_name_of_a_call_s_programme() -> None:
    text = "Apply to the KONOR programme. The KONOR programme funds Korea-Norway projects."
    assert call_programme_name(text, "KONOR", ["KONOR"]) == "KONOR"
