"""The record contract: schema, all nine fields, evidence offsets that point at the facts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bilat.extract import EXTRACTOR_VERSION, get_extractor
from bilat.extract.record import FIELDS, SCHEMA

TEXT = (
    "Tokyo, 16 May 2024 - The 16th meeting of the Japan-Canada Joint Committee on Science and Technology "
    "Cooperation was held in Tokyo yesterday. It was co-chaired by Ms. KAJI Misako, Ambassador for "
    "Science and Technology Cooperation of the Ministry of Foreign Affairs of Japan (MOFA), and "
    "Ms. Sara Wilshaw, Assistant Deputy Minister at Global Affairs Canada. The two sides discussed "
    "quantum technology, artificial intelligence and polar research."
)


def test_every_field_is_present_even_for_an_empty_text(extract: Callable[..., dict[str, Any]]) -> None:
    record = extract("", published=None)
    assert record["schema"] == SCHEMA
    assert all(record[field] == [] for field in FIELDS)


def test_every_item_has_evidence_inside_the_text(extract: Callable[..., dict[str, Any]]) -> None:
    record = extract(TEXT)
    items = [item for field in FIELDS for item in record[field]]
    assert items
    for item in items:
        assert item["evidence"], item
        for span in item["evidence"]:
            assert 0 <= span["start"] < span["end"] <= len(TEXT)


def test_named_items_are_grounded_in_their_evidence(extract: Callable[..., dict[str, Any]]) -> None:
    record = extract(TEXT)
    for field in ("organizations", "people", "programs"):
        for item in record[field]:
            texts = [TEXT[s["start"] : s["end"]].lower() for s in item["evidence"]]
            names = [n.lower() for n in [item["name"], *item.get("aliases", [])]]
            assert any(n in t for n in names for t in texts), item


def test_the_extractor_is_cached_and_versioned() -> None:
    assert get_extractor() is get_extractor()
    record = get_extractor().extract("Hello.", name="x.txt")
    assert record.extractor == EXTRACTOR_VERSION
    assert record.doc == "x.txt"
