"""The programme rules' word lists live in data files (name_kinds.yaml, programme_phrase_words.yaml,
event_types.yaml); the regexes built from them match as the hand-written ones did."""

from __future__ import annotations

import pytest

from bilat.extract.components import programmes
from bilat.extract.programme_uses import _FOR_PREFIX, _shared_start, named_for, stems, under_programmes
from bilat.extract.resources import load_yaml, yaml_words

LISTS = {
    "name_kinds.yaml": [
        "programme_kinds",
        "programme_callback_kinds",
        "programme_under_kinds",
        "programme_lower_kinds",
        "programme_for_heads",
    ],
    "programme_phrase_words.yaml": [
        "link_words",
        "function_words",
        "not_a_name_start",
        "callback_qualifiers",
        "not_topic_starts",
    ],
    "event_types.yaml": ["stays_generic_cues"],
}


@pytest.mark.parametrize(("name", "key"), [(n, k) for n, keys in LISTS.items() for k in keys])
def test_lists_hold_only_words(name: str, key: str) -> None:
    # a bare "on" is read by YAML as true: every entry must stay a string
    words = load_yaml(name)[key]
    assert words and all(isinstance(w, str) and w for w in words)
    assert len(set(words)) == len(words)


def test_stems_and_shared_start() -> None:
    assert stems(["programme", "program", "scheme", "initiative"]) == ("program", "scheme", "initiative")
    assert programmes._KIND_STEMS == ("program", "project", "initiative", "mission", "scheme")
    assert _shared_start(["Project", "Programme", "Program"]) == "Pro" == _FOR_PREFIX
    assert _shared_start(["same", "same"]) == "same"


def test_patterns_built_from_lists() -> None:
    assert programmes._KIND == "(?:programme|program|project|initiative|mission|scheme)"
    assert programmes._PROGRAMME_WORD.pattern == (
        r"\b(?:programmes?|programs?|projects?|initiatives?|missions?|schemes?)\b"
    )
    assert programmes._LINK.startswith("(?:for|of|and|the|in|on|to|de|del|della|")
    assert {"für", "on", "voor"} <= programmes._LINK_WORDS
    assert "Minister" in programmes._NOT_A_NAME_START and "Dr." in programmes._NOT_A_NAME_START
    assert programmes._NOT_TOPIC.match("May 2024") and not programmes._NOT_TOPIC.match("Mayan Studies")
    assert programmes._THE_PROGRAMME.search("the joint fellowship")
    assert yaml_words("event_types.yaml", "stays_generic_cues") == frozenset({"opening"})


def test_uses_still_found() -> None:
    assert [n for n, _, _ in under_programmes("funded under the 2+2 programme")] == ["2+2"]
    names = [n for n, _ in named_for("the Project for Strengthening Science Education in Ghana.")]
    assert names == ["Project for Strengthening Science Education in Ghana"]
