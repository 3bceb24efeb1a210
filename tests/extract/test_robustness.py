"""Extraction never crashes, whatever the text, and its output stays bounded by the input.

Linear behaviour is checked by sizes, not clocks: the number of facts and of evidence spans may
not grow faster than the text, and large adversarial inputs must simply complete.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bilat.extract import Extractor
from bilat.extract.record import FIELDS

SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
WORDS = [
    "Ministry",
    "of",
    "the",
    "and",
    "Japan",
    "University",
    "Tokyo",
    "(JST)",
    "Dr.",
    "Prime",
    "Minister",
    "signed",
    "Agreement",
    "on",
    "12",
    "May",
    "2024",
    "€5",
    "million",
    "Joint",
    "Committee",
    "-",
    ",",
    ".",
]


def _check(record: dict[str, Any], text: str) -> None:
    assert record["schema"] == "bilat-record/1"
    for field in FIELDS:
        for item in record[field]:
            for span in item["evidence"]:
                assert 0 <= span["start"] < span["end"] <= len(text)


def _items(record: dict[str, Any]) -> int:
    return sum(len(record[field]) for field in FIELDS)


@SETTINGS
@given(st.text(max_size=3000))
def test_any_unicode_text_gives_a_valid_record(extractor: Extractor, text: str) -> None:
    _check(extractor.extract(text, name="random.txt").to_dict(), text)


@SETTINGS
@given(st.lists(st.sampled_from(WORDS), max_size=600))
def test_word_salad_of_name_parts_gives_a_valid_record(extractor: Extractor, words: list[str]) -> None:
    text = " ".join(words)
    _check(extractor.extract(text, name="salad.txt").to_dict(), text)


@pytest.mark.parametrize(
    "text",
    [
        # joining words only between two names: the split must leave a name on each side
        "Ana Ruiz of the of the of the Japan Science and Technology Agency",
        "Office of the and the , of the National Research Foundation",
    ],
)
def test_texts_that_once_crashed_give_a_valid_record(extractor: Extractor, text: str) -> None:
    _check(extractor.extract(text, name="found.txt").to_dict(), text)


def test_adversarial_inputs_complete_with_bounded_output(extractor: Extractor) -> None:
    rng = random.Random(7)
    cases = {
        "no spaces": "a" * 300_000,
        "no newlines": "The Ministry of Science (MOS) met in Tokyo on 3 May 2024. " * 2000,
        "control characters": "".join(chr(rng.randrange(0, 32)) for _ in range(50_000)),
        "nested brackets": "(" * 20_000 + "Ministry" + ")" * 20_000,
        "capitalised words": " ".join(
            rng.choice(["Alpha", "Ministry", "Tokyo", "University", "Prime", "Minister"])
            for _ in range(20_000)
        ),
        "mixed scripts": "日本 Japan 한국 Россия العربية " * 3000,
    }
    for label, text in cases.items():
        record = extractor.extract(text, name=f"{label}.txt").to_dict()
        _check(record, text)
        assert _items(record) <= len(text) // 20 + 10, label


def test_output_grows_at_most_linearly_with_repetition(extractor: Extractor) -> None:
    paragraph = (
        "On 3 May 2024 the Japan Science and Technology Agency (JST) and the National Research "
        "Foundation of Korea (NRF) signed a Memorandum of Cooperation in Seoul. "
    )
    small = extractor.extract(paragraph * 10, name="small.txt").to_dict()
    large = extractor.extract(paragraph * 100, name="large.txt").to_dict()
    assert _items(large) <= 10 * max(_items(small), 1)
    spans = sum(len(i["evidence"]) for f in FIELDS for i in large[f])
    assert spans <= 10 * max(sum(len(i["evidence"]) for f in FIELDS for i in small[f]), 1) + 100
