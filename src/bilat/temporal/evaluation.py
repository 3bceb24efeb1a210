"""TempEval-3 evaluation of the tagger on TimeML files, in process.

`read_timeml` and `score` follow ../shared/tools/timex_score.py exactly (same text extraction,
same one-to-one relaxed matching, same strict/relaxed/type/value F1), without a subprocess per
file. The held-out split of the training data is listed in `data/tempeval3_split.json`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class TimeMLDoc:
    """One TimeML document: its plain text, creation date and gold TIMEX3 annotations."""

    name: str
    text: str
    dct: str
    gold: list[dict[str, Any]] = field(default_factory=list)


def read_timeml(path: Path) -> TimeMLDoc:
    """Plain text (tags removed), DCT and gold timexes of a .tml file, as the scorer reads them."""
    raw = path.read_text(encoding="utf-8")
    dct = None
    m = re.search(r"<DCT>(.*?)</DCT>", raw, re.S)
    if m:
        dct = dict(ATTR.findall(m.group(1))).get("value")
    body_match = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    if body_match is None:
        raise ValueError(f"{path.name}: no <TEXT> element")
    body = body_match.group(1)
    chunks: list[str] = []
    gold: list[dict[str, Any]] = []
    pos, length = 0, 0
    opened: tuple[int, dict[str, str]] | None = None
    for t in TAG.finditer(body):
        chunk = body[pos : t.start()]
        chunks.append(chunk)
        length += len(chunk)
        pos = t.end()
        if t.group(2) != "TIMEX3":
            continue
        if not t.group(1):
            opened = (length, dict(ATTR.findall(t.group(3))))
        elif opened:
            start, attrs = opened
            gold.append(
                {"start": start, "end": length, "type": attrs.get("type"), "value": attrs.get("value")}
            )
            opened = None
    chunks.append(body[pos:])
    plain = "".join(chunks)
    if "&amp;" in plain:
        plain = _unescape_amp(plain, gold)
    return TimeMLDoc(path.name, plain, (dct or "")[:10], gold)


def _unescape_amp(plain: str, gold: list[dict[str, Any]]) -> str:
    out, shifts, i = [], [], 0
    for m in re.finditer("&amp;", plain):
        out.append(plain[i : m.start()] + "&")
        shifts.append(m.start())
        i = m.end()
    out.append(plain[i:])
    for g in gold:
        for k in ("start", "end"):
            g[k] -= 4 * sum(1 for s in shifts if s < g[k])
    return "".join(out)


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return bool(a["start"] < b["end"] and b["start"] < a["end"])


def _prf(matched: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = matched / n_sys if n_sys else 1.0
    r = matched / n_gold if n_gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(pairs: Iterable[tuple[list[dict[str, Any]], list[dict[str, Any]]]]) -> dict[str, Any]:
    """TempEval-3 scores over (predicted, gold) timex lists, one pair per document."""
    n_sys = n_gold = strict = relaxed = val = typ = 0
    for pred, gold in pairs:
        n_sys += len(pred)
        n_gold += len(gold)
        used: set[int] = set()
        for p in pred:
            if any(p["start"] == g["start"] and p["end"] == g["end"] for g in gold):
                strict += 1
            for i, g in enumerate(gold):
                if i not in used and _overlap(p, g):
                    used.add(i)
                    relaxed += 1
                    val += int(str(p.get("value")) == str(g["value"]))
                    typ += int(str(p.get("type")) == str(g["type"]))
                    break
    sp, sr, sf = _prf(strict, n_sys, n_gold)
    rp, rr, rf = _prf(relaxed, n_sys, n_gold)
    return {
        "gold": n_gold,
        "predicted": n_sys,
        "strict": {"p": round(sp, 4), "r": round(sr, 4), "f1": round(sf, 4)},
        "relaxed": {"p": round(rp, 4), "r": round(rr, 4), "f1": round(rf, 4)},
        "value_f1": round(rf * (val / relaxed if relaxed else 0.0), 4),
        "type_f1": round(rf * (typ / relaxed if relaxed else 0.0), 4),
    }


def split_names() -> dict[str, Any]:
    """The fixed development / held-out split of the TempEval-3 training files (by file name)."""
    path = resources.files("bilat.temporal") / "data" / "tempeval3_split.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def evaluate(files: Iterable[Path]) -> dict[str, Any]:
    """Tag each TimeML file in process (with its DCT) and score it against its gold.

    TimeML annotates the two ends of a range ("Aug. 26 to Oct. 20") separately, so a range is
    scored as its parts.
    """
    from bilat.temporal import tag

    pairs = []
    for path in files:
        doc = read_timeml(path)
        pred = [
            part.to_dict() for t in tag(doc.text, reference=doc.dct or None) for part in (t.parts or (t,))
        ]
        pairs.append((pred, doc.gold))
    result = score(pairs)
    result["files"] = len(pairs)
    return result
