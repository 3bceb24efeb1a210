"""Regression guard: how often a person found is given the country they represent.

Over the people matched to a gold person (the project's matching rules: `evaluate.MATCHERS`) that
gold gives a country, the share whose predicted country is one of gold's (a missing country counts
as wrong), per gold set: the shared seeds and dev sets and three sets of tests/docs.

The floors are the figures reached so far (rounded down to 0.01); they may only go up. A change
that lowers one must be reverted or must raise the figure elsewhere and be argued for; never lower
a floor to make a change pass."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bilat.extract import Extractor
from bilat.extract.documents import iter_documents
from bilat.extract.evaluate import MATCHERS, _safe, as_list, gold_items, load_gold, pred_items

# Floors reached (country accuracy of matched people) per gold set.
SHARED_FLOORS = {"seeds": 0.83, "dev": 0.96}
DOCS_FLOORS = {"eleventh": 0.97, "thirteenth": 0.94, "twentieth": 0.89}


def _accuracy(extractor: Extractor, docs: Path, gold: Path) -> tuple[float, list[tuple[str, str, Any, Any]]]:
    """The country accuracy of the matched people of a gold set, and the people it got wrong."""
    same, checks = MATCHERS["people"]
    right = total = 0
    wrong: list[tuple[str, str, Any, Any]] = []
    records = load_gold(gold)
    for item in iter_documents([docs]):  # (as `bilat eval` reads them: a page's own date too)
        name = item.name
        if name not in records:
            continue
        predicted = item.record_dict(extractor.extract(item.text, name=name, published=item.published))
        golds = gold_items("people", records[name])
        used: set[int] = set()
        for pred in pred_items("people", predicted):
            candidates = [i for i, g in enumerate(golds) if i not in used and _safe(same, pred, g)]
            if not candidates:
                continue
            candidates.sort(key=lambda i: -sum(_safe(c, pred, golds[i]) for c in checks.values()))
            chosen = golds[candidates[0]]
            used.add(candidates[0])
            countries = [c for c in as_list(chosen.get("country")) if c]
            if chosen.get("optional") or not countries:
                continue
            total += 1
            if pred.get("country") in countries:
                right += 1
            else:
                wrong.append((name, str(chosen.get("name")), countries, pred.get("country")))
    return right / max(total, 1), wrong


@pytest.mark.parametrize("name", sorted(SHARED_FLOORS))
def test_shared_people_countries_stay_above_their_floor(
    extractor: Extractor, shared_dir: Path, name: str
) -> None:
    accuracy, wrong = _accuracy(extractor, shared_dir / "corpus" / name, shared_dir / "gold" / name)
    assert accuracy >= SHARED_FLOORS[name], wrong


@pytest.mark.parametrize("name", sorted(DOCS_FLOORS))
def test_docs_people_countries_stay_above_their_floor(
    extractor: Extractor, repo_dir: Path, name: str
) -> None:
    folder = repo_dir / "tests" / "docs"
    docs, gold = folder / f"{name}_corpus", folder / f"{name}_gold"
    if not gold.is_dir():
        pytest.skip(f"{gold} is not present")
    accuracy, wrong = _accuracy(extractor, docs, gold)
    assert accuracy >= DOCS_FLOORS[name], wrong
