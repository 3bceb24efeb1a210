"""Leave-one-set-out cross-validation of the optional `learned_programmes` step.

    PYTHONPATH=src .venv/bin/python bench/learned_crossval.py [--c 0.3 1 3] [--threshold 0.6 0.75 0.85]
        [--sets NAME ...] [--json FILE]

For each in-view test set of `bilat.extract.learned.train.OWN_SETS`, a model trained on all the
other sets runs inside the full packaged pipeline (the step enabled with that model and each
threshold); seeds and dev (../shared) run with a model trained on every set of OWN_SETS. Each set
is scored with the project's scorer (`bilat.extract.evaluate.score_records`), once with the rules
alone (the packaged pipeline) and once per (C, threshold). Printed: programmes tp/fp/fn and
P/R/F1 pooled over the left-out sets, with and without the step, the change of each set's overall
F1 and grounded share, and the names the step added (+ a required gold programme, ~ an optional
one, - none). Choose C and the threshold from this output only, never from a held-back set
(OWN_SETS never names one). Needs scikit-learn (the `test` extra). See docs/extraction.md,
"Learned programme names".
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bilat.extract.documents import DocumentInput, iter_documents
from bilat.extract.evaluate import load_gold, score_records
from bilat.extract.learned.train import (
    OWN_SETS,
    C,
    Example,
    fit,
    gold_names,
    own_set,
    rules_pipeline,
    set_examples,
)
from bilat.extract.naming import key
from bilat.extract.pipeline import Pipeline, build_steps, load_config

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXTRA_SETS = ["seeds", "dev"]  # scored with the model trained on all OWN_SETS


def shared_set(name: str) -> tuple[str, Path, Path]:
    """(name, corpus folder, gold folder) of one of the shared sets (seeds, dev)."""
    return name, SHARED / "corpus" / name, SHARED / "gold" / name


def pipeline_with(model: Path | None, threshold: float) -> Pipeline:
    """The packaged pipeline, with the learned step enabled on `model` (the rules alone if None)."""
    entries = []
    for entry in load_config(None):
        entry = dict(entry)
        if entry["name"] == "learned_programmes" and model is not None:
            entry["enabled"] = True
            entry["options"] = {"threshold": threshold, "model": str(model)}
        entries.append(entry)
    return Pipeline(build_steps(entries))


def score_set(pipe: Pipeline, corpus: Path, gold_dir: Path) -> tuple[dict[str, Any], list[str]]:
    """The scorer's result for one set and the programme names predicted (doc-qualified)."""
    golds = load_gold(gold_dir)
    preds: dict[str, tuple[dict[str, Any], str | None]] = {}
    names = []
    for item in iter_documents([corpus]):
        if isinstance(item, DocumentInput) and item.name in golds:
            rec = pipe(item.text, name=item.name, published=item.published)
            preds[item.name] = (item.record_dict(rec), item.file_text)
            names += [f"{item.name}\t{p.name}" for p in rec.programs]
    result = score_records([(g, *preds.get(k, ({}, None))) for k, g in golds.items()])
    return result, names


def programmes(result: dict[str, Any]) -> tuple[int, int, int]:
    """Programmes tp, fp, fn of a scorer's result."""
    f = result["fields"].get("programs") or {"tp": 0, "fp": 0, "fn": 0}
    return f["tp"], f["fp"], f["fn"]


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def added_names(base: list[str], with_model: list[str], gold_dir: Path) -> list[str]:
    """The programme names the step added: + when the name or alias of a required gold programme,
    ~ of an optional one (the scorer counts it neither way), - otherwise."""
    golds = load_gold(gold_dir)
    out = []
    for line in sorted(set(with_model) - set(base)):
        doc, name = line.split("\t", 1)
        gold = golds.get(doc) or {}
        required = gold_names({**gold, "programs": [p for p in gold.get("programs") or []
                                                    if not p.get("optional")]})[0]
        mark = "+" if key(name) in required else "~" if key(name) in gold_names(gold)[0] else "-"
        out.append(f"{mark}{name} ({doc})")
    return out


def main(argv: list[str] | None = None) -> int:
    """Run the cross-validation and print its tables."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--c", type=float, nargs="+", default=[0.3, C, 3.0], help="C values to try")
    ap.add_argument("--threshold", type=float, nargs="+", default=[0.6, 0.75, 0.85], help="thresholds")
    ap.add_argument("--sets", nargs="+", default=OWN_SETS, help="the sets (of OWN_SETS) to leave out")
    ap.add_argument("--no-extra", action="store_true", help="skip seeds and dev")
    ap.add_argument("--json", type=Path, help="also write every figure to this file")
    args = ap.parse_args(argv)
    unknown = [n for n in args.sets if n not in OWN_SETS]
    if unknown:
        ap.error(f"not in OWN_SETS: {', '.join(unknown)}")
    t0 = time.perf_counter()
    rules = rules_pipeline()
    examples: dict[str, list[Example]] = {}
    for name in OWN_SETS:
        examples[name] = set_examples(*own_set(name)[1:], rules)
    print(f"candidates: {sum(len(v) for v in examples.values())} from {len(OWN_SETS)} sets "
          f"({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
    folds = [own_set(n) for n in args.sets] + ([] if args.no_extra else [shared_set(n) for n in EXTRA_SETS])
    baseline = pipeline_with(None, 0.0)
    base = {name: score_set(baseline, corpus, gold) for name, corpus, gold in folds}
    out: dict[str, Any] = {"rules": {n: {"overall": r["overall"], "grounded": r.get("grounded"),
                                         "programs": programmes(r)} for n, (r, _) in base.items()},
                           "runs": {}}
    with tempfile.TemporaryDirectory() as tmp:
        for c in args.c:
            models: dict[str, Path] = {}
            for name, _, _ in folds:
                train_on = [n for n in OWN_SETS if n != name]  # seeds/dev: every own set
                path = Path(tmp) / f"c{c}-{name}.json.gz"
                fit([ex for n in train_on for ex in examples[n]], c).save(path)
                models[name] = path
            print(f"C={c}: {len(models)} models ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
            for threshold in args.threshold:
                run: dict[str, Any] = {}
                for name, corpus, gold in folds:
                    result, names = score_set(pipeline_with(models[name], threshold), corpus, gold)
                    run[name] = {"overall": result["overall"], "grounded": result.get("grounded"),
                                 "programs": programmes(result),
                                 "added": added_names(base[name][1], names, gold)}
                out["runs"][f"C={c} t={threshold}"] = run
    report(out, args.sets)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")
    print(f"({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
    return 0


def report(out: dict[str, Any], loso: list[str]) -> None:
    """Print the pooled table, then each run's per-set changes and added names."""
    rules = out["rules"]
    pooled = [sum(rules[n]["programs"][k] for n in loso) for k in range(3)]
    p, r, f = prf(*pooled)
    print(f"{'setting':<16} {'tp':>4} {'fp':>4} {'fn':>4}   P     R     F1   found false "
          "min dOverall  seeds/dev dOverall")
    print(f"{'rules alone':<16} {pooled[0]:>4} {pooled[1]:>4} {pooled[2]:>4} {p:.3f} {r:.3f} {f:.3f}")
    for label, run in out["runs"].items():
        tot = [sum(run[n]["programs"][k] for n in loso) for k in range(3)]
        p, r, f = prf(*tot)
        deltas = [run[n]["overall"] - rules[n]["overall"] for n in loso]
        extra = " ".join(f"{run[n]['overall'] - rules[n]['overall']:+.3f}" for n in EXTRA_SETS if n in run)
        print(f"{label:<16} {tot[0]:>4} {tot[1]:>4} {tot[2]:>4} {p:.3f} {r:.3f} {f:.3f} "
              f"{tot[0] - pooled[0]:>5} {tot[1] - pooled[1]:>5} {min(deltas):+.3f}        {extra}")
    for label, run in out["runs"].items():
        print(f"\n{label}")
        for name, row in run.items():
            base = rules[name]
            grounded = "" if row["grounded"] == base["grounded"] else \
                f" grounded {base['grounded']} -> {row['grounded']}"
            print(f"  {name:<13} overall {base['overall']:.3f} -> {row['overall']:.3f}  programmes "
                  f"{tuple(base['programs'])} -> {tuple(row['programs'])}{grounded}  "
                  f"{'; '.join(row['added'])}")


if __name__ == "__main__":
    raise SystemExit(main())
