"""List the temporal tagger's errors on the development split, by category, for error analysis.

    .venv/bin/python bench/timex_errors.py [--category wrong_value] [--limit 50] [--summary]

Categories: `missed` (a gold timex nothing overlaps), `spurious` (a prediction that overlaps no
gold), `wrong_value`, `wrong_type` (overlapping, as the TempEval-3 scorer pairs them). Only the
development split is read: the held-out split stays unseen.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bilat.temporal import tag
from bilat.temporal.evaluation import read_timeml, split_names

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "tempeval3" / "train"
CATEGORIES = ("missed", "spurious", "wrong_value", "wrong_type")


@dataclass
class Error:
    """One mismatch between the tagger and the gold annotation."""

    category: str
    file: str
    dct: str
    text: str
    gold: str
    predicted: str
    context: str


def _context(text: str, start: int, end: int, width: int = 50) -> str:
    left = text[max(0, start - width) : start].replace("\n", " ")
    right = text[end : end + width].replace("\n", " ")
    return f"{left}[[{text[start:end]}]]{right}"


def _describe(item: dict[str, Any] | None, text: str) -> str:
    if item is None:
        return "-"
    return f"{text[item['start'] : item['end']]!r} {item['type']} {item['value']}"


def errors_of(path: Path) -> list[Error]:
    """The mismatches of one TimeML file, paired as the TempEval-3 scorer pairs them."""
    doc = read_timeml(path)
    pred = [p.to_dict() for t in tag(doc.text, reference=doc.dct or None) for p in (t.parts or (t,))]
    out: list[Error] = []
    used: set[int] = set()
    for p in pred:
        match = next(
            (
                i
                for i, g in enumerate(doc.gold)
                if i not in used and p["start"] < g["end"] and g["start"] < p["end"]
            ),
            None,
        )
        if match is None:
            out.append(_error("spurious", doc.name, doc.dct, doc.text, None, p))
            continue
        used.add(match)
        g = doc.gold[match]
        if str(p["value"]) != str(g["value"]):
            out.append(_error("wrong_value", doc.name, doc.dct, doc.text, g, p))
        elif str(p["type"]) != str(g["type"]):
            out.append(_error("wrong_type", doc.name, doc.dct, doc.text, g, p))
    for i, g in enumerate(doc.gold):
        if i not in used:
            out.append(_error("missed", doc.name, doc.dct, doc.text, g, None))
    return out


def _error(
    category: str, name: str, dct: str, text: str, gold: dict[str, Any] | None, pred: dict[str, Any] | None
) -> Error:
    span = gold or pred
    assert span is not None
    return Error(
        category,
        name,
        dct,
        text[span["start"] : span["end"]],
        _describe(gold, text),
        _describe(pred, text),
        _context(text, span["start"], span["end"]),
    )


def main(argv: list[str] | None = None) -> int:
    """Print the development split's errors, grouped by category."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--category", choices=CATEGORIES, action="append")
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--summary", action="store_true", help="only the counts")
    args = parser.parse_args(argv)
    files = {f.name: f for f in sorted(args.data.glob("*/*.tml"))}
    if not files:
        print(f"timex_errors: no .tml files under {args.data}", file=sys.stderr)
        return 2
    found = [e for name in split_names()["development"] if name in files for e in errors_of(files[name])]
    print(" ".join(f"{c}: {n}" for c, n in Counter(e.category for e in found).most_common()))
    if args.summary:
        return 0
    for category in args.category or CATEGORIES:
        chosen = [e for e in found if e.category == category]
        print(f"\n== {category} ({len(chosen)})")
        for e in chosen[: args.limit]:
            print(f"{e.file} dct={e.dct}\n  gold {e.gold}\n  pred {e.predicted}\n  {e.context}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
