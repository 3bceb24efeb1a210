"""Score the temporal tagger on the TempEval-3 training data, per split (development / held-out / written).

    .venv/bin/python bench/timex_eval.py [--data ../shared/data/tempeval3/train] [--split held_out] [--json]

The split is fixed in src/bilat/temporal/data/tempeval3_split.json (1 file in 5, chosen by a
hash of its name). Tune on `development` only; `held_out` is the honest estimate. `written` is
the project's own second development set, tests/temporal/written/*.tml (20 news texts annotated
by the TimeML conventions by people who never saw the tagger). Scoring follows
../shared/tools/timex_score.py (strict/relaxed extent F1, type F1, value F1).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from bilat.temporal.evaluation import evaluate, split_names

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "tempeval3" / "train"
WRITTEN = Path(__file__).resolve().parents[1] / "tests" / "temporal" / "written"


def main(argv: list[str] | None = None) -> int:
    """Print the scores of each requested split."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", choices=["development", "held_out", "written", "all"], action="append")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    files = {f.name: f for f in sorted(args.data.glob("*/*.tml"))}
    if not files:
        print(f"timex_eval: no .tml files under {args.data}", file=sys.stderr)
        return 2
    names = split_names()
    results = {}
    for split in args.split or ["development", "held_out", "written"]:
        started = time.perf_counter()
        if split == "written":
            result = evaluate(sorted(WRITTEN.glob("*.tml")))
        else:
            chosen = list(files) if split == "all" else names[split]
            result = evaluate(files[n] for n in chosen if n in files)
        result["seconds"] = round(time.perf_counter() - started, 2)
        results[split] = result
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    for split, r in results.items():
        print(
            f"{split:12s} files {r['files']:3d}  gold {r['gold']:4d}  predicted {r['predicted']:4d}  "
            f"strict F1 {r['strict']['f1']:.3f}  relaxed F1 {r['relaxed']['f1']:.3f} "
            f"(P {r['relaxed']['p']:.3f} R {r['relaxed']['r']:.3f})  type F1 {r['type_f1']:.3f}  "
            f"value F1 {r['value_f1']:.3f}  {r['seconds']}s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
