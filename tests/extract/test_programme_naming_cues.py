"""Names that the text gives as names: "under the name **X**", a quoted project name ("the 'Tern'
project"), a Fellowship; and no programme from a heading whose next line opens with a capitalised
programme word ("... NEWSLETTER" / "Mission of ..."). Texts of our own."""

from __future__ import annotations

import pytest

from bilat.extract.programme_uses import under_a_name

from .records import Extract, programme_names

NAMED = [
    (
        "Under the name **Delta Resilience Lab**, the partners will pool seed money for joint projects.\n",
        "Delta Resilience Lab",
    ),
    ("Its first activity will be the 'Tern' project, a joint drone for coastal surveys.\n", "Tern"),
    (
        "The ministers launched the Pacific Marine Technologies Fellowship, which funds 40 researchers.\n",
        "Pacific Marine Technologies Fellowship",
    ),
]


def _names(extract: Extract, text: str) -> set[str]:
    return programme_names(extract(text))


@pytest.mark.parametrize(("text", "name"), NAMED)
def test_a_name_given_as_such_is_a_programme(extract: Extract, text: str, name: str) -> None:
    assert name in _names(extract, text)


def test_under_a_name_reads_the_name_and_its_span() -> None:
    text = "Working under the banner “Open Reef Data for the Pacific”, the labs share surveys."
    [(name, (start, end))] = under_a_name(text)
    assert name == "Open Reef Data for the Pacific"
    assert text[start:end] == name


def test_a_heading_above_a_line_opening_with_mission_is_no_programme(extract: Extract) -> None:
    text = (
        "NORDIC-CHILE SCIENCE & INNOVATION BULLETIN\n"
        "Mission of Chile to the Nordic Countries\n\n"
        "This bulletin is prepared by the science office.\n"
    )
    assert not any("BULLETIN" in n for n in _names(extract, text))


def test_a_wrapped_name_still_takes_its_programme_word(extract: Extract) -> None:
    text = "The teams work together in the Sea Ice Connect\nproject, funded by both councils.\n"
    assert any(n.startswith("Sea Ice Connect") for n in _names(extract, text))
