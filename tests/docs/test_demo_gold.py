"""The gold records of the demo corpus (tests/docs/demo_gold) are well-formed bilat-record/1 files.

They let `bilat eval --gold tests/docs/demo_gold examples/corpus` measure extraction on
documents written apart from the development set (see README, Performance).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "tests" / "docs" / "demo_gold"
CORPUS = REPO / "examples" / "corpus"
FIELDS = ("partnerships", "topics", "organizations", "people", "programs", "agreements", "events", "calls",
          "amounts")
AGREEMENT_TYPES = {"agreement", "implementing_arrangement", "memorandum", "joint_statement",
                   "letter_of_intent", "declaration", "roadmap", "action_plan"}
EVENT_TYPES = {"meeting", "visit", "conference", "reception", "signing", "launch", "exhibition", "other"}
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}([+-]\d{2}:\d{2}|Z))?)?)?$")
PARTNER = re.compile(r"^[A-Z]{2}$")


def _gold_files() -> list[Path]:
    return sorted(GOLD.glob("*.json"))


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


@pytest.fixture(scope="module")
def topic_ids(shared_dir: Path) -> set[str]:
    spec = yaml.safe_load((shared_dir / "spec" / "topics.yaml").read_text(encoding="utf-8"))
    return {topic["id"] for topic in spec["topics"]}


def test_there_is_gold_for_several_documents() -> None:
    """Gold covers documents of several styles and formats, including the one not about STI."""
    names = [path.name for path in _gold_files()]
    assert len(names) >= 8
    assert {Path(n.removesuffix(".json")).suffix for n in names} >= {".txt", ".html", ".pdf"}
    assert "16_city-festival-tourism-news.txt.json" in names


@pytest.mark.parametrize("path", _gold_files(), ids=lambda p: p.name)
def test_gold_record_is_well_formed(path: Path) -> None:
    """Schema, document name, every field, partner codes, item types and ISO dates."""
    record = json.loads(path.read_text(encoding="utf-8"))
    assert record["schema"] == "bilat-record/1"
    assert path.name == record["doc"] + ".json" and (CORPUS / record["doc"]).is_file()
    assert record["published"] is None or ISO_DATE.match(record["published"])
    assert all(isinstance(record[field], list) for field in FIELDS)
    for item in record["partnerships"]:
        pair = item["pair"] if isinstance(item, dict) else item
        assert len(pair) == 2 and pair == sorted(pair) and all(PARTNER.match(code) for code in pair)
    for item in record["agreements"]:
        assert item["type"] in AGREEMENT_TYPES and all(PARTNER.match(p) for p in item["parties"])
    for item in record["events"]:
        assert set(_as_list(item["type"])) <= EVENT_TYPES
    dated = record["agreements"] + record["events"]
    dates = [d for item in dated for d in _as_list(item.get("date"))]
    dates += [d for item in record["calls"] for d in _as_list(item["deadline"])]
    assert all(d is None or ISO_DATE.match(d) for d in dates), dates


@pytest.mark.parametrize("path", _gold_files(), ids=lambda p: p.name)
def test_gold_topics_come_from_the_vocabulary(path: Path, topic_ids: set[str]) -> None:
    """Topic ids are those of ../shared/spec/topics.yaml."""
    record = json.loads(path.read_text(encoding="utf-8"))
    used = {t["id"] if isinstance(t, dict) else t for t in record["topics"]}
    assert used <= topic_ids, used - topic_ids


@pytest.mark.parametrize("path", _gold_files(), ids=lambda p: p.name)
def test_gold_names_appear_in_the_document(path: Path) -> None:
    """Every gold person and organisation is named in the document (by its name or an alias)."""
    record = json.loads(path.read_text(encoding="utf-8"))
    text = " ".join(_document_text(CORPUS / record["doc"]).split())
    for item in record["organizations"] + record["people"]:
        names = [item["name"], *item.get("aliases", [])]
        assert any(name in text for name in names), f"none of {names} is in {record['doc']}"


def _document_text(path: Path) -> str:
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        return " ".join(page.extract_text() for page in PdfReader(path).pages)
    return path.read_text(encoding="utf-8").replace("&amp;", "&")
