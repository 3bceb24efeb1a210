"""Scoring of extracted records against gold records, with the matching rules of the project's
scorer (``../shared/tools/score.py``): one-to-one greedy matching per field, precision, recall and
F1 per field, overall = mean F1 of the fields that have any item, secondary accuracies, and the
share of predicted items whose evidence holds."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bilat.extract.record import FIELDS

HONORIFICS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "professor",
    "he",
    "hon",
    "the",
    "sir",
    "dame",
    "madam",
    "minister",
    "president",
    "ambassador",
}
Item = Any
Check = Callable[[Item, Item], bool]


def fold(value: Any) -> str:
    """Lower-case, strip accents and punctuation, collapse spaces, drop a leading "the"."""
    text = unicodedata.normalize("NFKD", str(value))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().replace("&", " and ")
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def as_list(value: Any) -> list[Any]:
    """`value` as a list (None → [])."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def names(item: dict[str, Any]) -> set[str]:
    """Folded names and aliases of an item."""
    out = {fold(n) for n in as_list(item.get("name")) + as_list(item.get("aliases")) if n}
    return {n for n in out if n}


def person_keys(item: dict[str, Any]) -> set[frozenset[str]]:
    """Token sets of a person's names, honorifics dropped."""
    keys = set()
    for name in as_list(item.get("name")) + as_list(item.get("aliases")):
        if name:
            toks = frozenset(t for t in fold(name).split() if t not in HONORIFICS)
            if toks:
                keys.add(toks)
    return keys


def _tokens(value: str) -> set[str]:
    return {t for t in fold(value).split() if t not in {"of", "for", "and", "the", "on", "in"}}


def role_ok(pred_role: Any, gold_roles: Any) -> bool:
    """A predicted role covers at least half of the tokens of some gold role."""
    pred = _tokens(pred_role or "")
    for gold in as_list(gold_roles):
        tokens = _tokens(gold)
        if tokens and pred and len(pred & tokens) * 2 >= len(tokens):
            return True
    return not as_list(gold_roles)


def amount_eq(a: Any, b: Any) -> bool:
    """Same currency and value within 0.5%."""
    try:
        va, vb = float(a["value"]), float(b["value"])
    except (KeyError, TypeError, ValueError):
        return False
    if str(a.get("currency", "")).upper() != str(b.get("currency", "")).upper():
        return False
    return abs(va - vb) <= 0.005 * max(abs(vb), 1.0)


def _date_part(value: Any) -> str:
    return str(value)[:10] if value else ""


def _city_ok(p: Item, g: Item) -> bool:
    gold = [fold(x) for x in as_list(g.get("location"))]
    pred = fold(p.get("location") or "")
    return not gold or not pred or pred in gold


def _country_ok(p: Item, g: Item) -> bool:
    return (p.get("country") or None) in as_list(g.get("country")) or (
        g.get("country") is None and not p.get("country")
    )


def _parties(item: Item) -> list[str]:
    return sorted(map(str.upper, as_list(item.get("parties"))))


MATCHERS: dict[str, tuple[Check, dict[str, Check]]] = {
    "partnerships": (lambda p, g: sorted(map(str.upper, p)) == sorted(map(str.upper, g["pair"])), {}),
    "topics": (lambda p, g: p == g["id"], {}),
    "organizations": (lambda p, g: bool(names(p) & names(g)), {"country": _country_ok}),
    "people": (
        lambda p, g: bool(person_keys(p) & person_keys(g)),
        {"role": lambda p, g: role_ok(p.get("role"), g.get("role"))},
    ),
    "programs": (lambda p, g: bool(names(p) & names(g)), {}),
    "agreements": (
        lambda p, g: p.get("type") == g.get("type") and _parties(p) == _parties(g),
        {"date": lambda p, g: p.get("date") in as_list(g.get("date")) or not as_list(g.get("date"))},
    ),
    "events": (
        lambda p, g: p.get("date") in as_list(g.get("date")) and _city_ok(p, g),
        {"type": lambda p, g: p.get("type") in as_list(g.get("type"))},
    ),
    "calls": (
        lambda p, g: _date_part(p.get("deadline")) in [_date_part(d) for d in as_list(g.get("deadline"))],
        {
            "program": lambda p, g: (
                not g.get("program")
                or bool(names({"name": p.get("program")}) & names({"name": g.get("program")}))
            ),
            "amount": lambda p, g: (
                not g.get("max_amount")
                or (bool(p.get("max_amount")) and amount_eq(p["max_amount"], g["max_amount"]))
            ),
        },
    ),
    "amounts": (amount_eq, {}),
}


def gold_items(name: str, record: dict[str, Any]) -> list[dict[str, Any]]:
    """Gold items as dicts (plain pairs and ids wrapped so that `optional` can sit beside them)."""
    out = []
    for item in record.get(name) or []:
        if name == "partnerships" and not isinstance(item, dict):
            item = {"pair": item}
        elif name == "topics" and not isinstance(item, dict):
            item = {"id": item}
        out.append(item)
    return out


def pred_items(name: str, record: dict[str, Any]) -> list[Any]:
    """Predicted items (pairs and ids unwrapped)."""
    items = record.get(name) or []
    if name == "partnerships":
        return [it["pair"] if isinstance(it, dict) else it for it in items]
    if name == "topics":
        return [it["id"] if isinstance(it, dict) else it for it in items]
    return list(items)


def _safe(check: Check, p: Item, g: Item) -> bool:
    try:
        return bool(check(p, g))
    except (KeyError, TypeError, AttributeError, ValueError):
        return False


@dataclass
class FieldTally:
    """True positives, false positives, false negatives and secondary checks of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    secondary: dict[str, list[int]] = field(default_factory=dict)


def match_field(name: str, preds: list[Any], golds: list[dict[str, Any]]) -> FieldTally:
    """Greedy one-to-one matching of one field of one document."""
    same, checks = MATCHERS[name]
    used: set[int] = set()
    tally = FieldTally(secondary={k: [0, 0] for k in checks})
    for pred in preds:
        candidates = [i for i, g in enumerate(golds) if i not in used and _safe(same, pred, g)]
        if not candidates:
            tally.fp += 1
            continue
        candidates.sort(key=lambda i: -sum(_safe(c, pred, golds[i]) for c in checks.values()))
        chosen = candidates[0]
        used.add(chosen)
        if golds[chosen].get("optional"):
            continue
        tally.tp += 1
        for check_name, check in checks.items():
            tally.secondary[check_name][0] += int(_safe(check, pred, golds[chosen]))
            tally.secondary[check_name][1] += 1
    tally.fn = sum(1 for i, g in enumerate(golds) if i not in used and not g.get("optional"))
    return tally


def grounded(item: Any, text: str) -> bool:
    """True when some evidence span of `item` lies in `text` and contains its name or an alias."""
    evidence = item.get("evidence") if isinstance(item, dict) else None
    if not evidence:
        return False
    for span in evidence:
        try:
            start, end = int(span["start"]), int(span["end"])
        except (KeyError, TypeError, ValueError):
            continue
        if not 0 <= start < end <= len(text):
            continue
        folded = fold(text[start:end])
        known = names(item) if ("name" in item or "aliases" in item) else set()
        if not known or any(n in folded for n in known):
            return True
    return False


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (1.0 for an empty side, as the scorer)."""
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score_records(pairs: list[tuple[dict[str, Any], dict[str, Any], str | None]]) -> dict[str, Any]:
    """Score (gold, prediction, document text or None) triples; the scorer's result dict."""
    totals = {name: [0, 0, 0] for name in FIELDS}
    secondary: dict[str, list[int]] = {}
    ground = [0, 0]
    per_doc: dict[str, float] = {}
    for gold, pred, text in pairs:
        doc_totals = [0, 0, 0]
        for name in FIELDS:
            tally = match_field(name, pred_items(name, pred), gold_items(name, gold))
            for index, value in enumerate((tally.tp, tally.fp, tally.fn)):
                totals[name][index] += value
                doc_totals[index] += value
            for check, (ok, count) in tally.secondary.items():
                slot = secondary.setdefault(f"{name}.{check}", [0, 0])
                slot[0] += ok
                slot[1] += count
            if text is not None and name not in ("partnerships", "topics"):
                for item in pred.get(name) or []:
                    ground[1] += 1
                    ground[0] += int(grounded(item, text))
        per_doc[str(gold.get("doc", ""))] = round(prf(*doc_totals)[2], 3)
    return _summary(totals, secondary, ground, per_doc, any(t is not None for _, _, t in pairs))


def _summary(
    totals: dict[str, list[int]],
    secondary: dict[str, list[int]],
    ground: list[int],
    per_doc: dict[str, float],
    with_text: bool,
) -> dict[str, Any]:
    fields = {}
    for name, (tp, fp, fn) in totals.items():
        if tp + fp + fn:
            p, r, f1 = prf(tp, fp, fn)
            fields[name] = {
                "precision": round(p, 3),
                "recall": round(r, 3),
                "f1": round(f1, 3),
                "tp": tp,
                "fp": fp,
                "fn": fn,
            }
    overall = round(sum(v["f1"] for v in fields.values()) / len(fields), 3) if fields else 0.0
    result: dict[str, Any] = {
        "overall": overall,
        "fields": fields,
        "secondary": {k: round(ok / n, 3) for k, (ok, n) in secondary.items() if n},
        "per_doc_f1": per_doc,
    }
    if with_text:
        result["grounded"] = round(ground[0] / ground[1], 3) if ground[1] else None
    return result


def load_gold(folder: Path) -> dict[str, dict[str, Any]]:
    """Gold records of a folder, by document file name."""
    out = {}
    for path in sorted(folder.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        out[str(record.get("doc") or path.name[:-5])] = record
    return out
