"""Save the extraction records of a set of documents, or compare the current code's records to them.

    .venv/bin/python bench/snapshot.py save OUT.jsonl [PATH ...]
    .venv/bin/python bench/snapshot.py compare OUT.jsonl [--show 5]

Speed work must leave every record unchanged: save a snapshot before, compare after. PATH is a
document or a folder (.txt/.md files, read as plain text); without PATH the snapshot covers the
demo corpus and, when present, the shared seeds and dev corpora. The comparison re-reads the
same files (their paths are in the snapshot) and lists, per field, the documents that differ.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEFAULT_PATHS = (REPO / "examples" / "corpus", SHARED / "corpus" / "seeds", SHARED / "corpus" / "dev")


def documents(paths: list[Path]) -> list[Path]:
    """The .txt/.md files named by `paths` (folders searched recursively), in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix in {".txt", ".md"}))
        elif path.exists():
            found.append(path)
    return found


def records(files: list[Path]) -> tuple[dict[str, dict[str, Any]], float]:
    """Each file's record as a dict, keyed by path, and the CPU seconds the extraction took."""
    from bilat.extract import get_extractor

    extractor = get_extractor()
    out: dict[str, dict[str, Any]] = {}
    cpu = 0.0
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        started = time.process_time()
        record = extractor.extract(text, name=path.name).to_dict()
        cpu += time.process_time() - started
        out[str(path)] = record
    return out, cpu


def save(target: Path, paths: list[Path]) -> int:
    """Write the records of the documents to `target`, one JSON line each."""
    found = documents(paths or list(DEFAULT_PATHS))
    recs, cpu = records(found)
    with target.open("w", encoding="utf-8") as fh:
        for path, record in recs.items():
            fh.write(json.dumps({"path": path, "record": record}, sort_keys=True) + "\n")
    print(f"saved {len(recs)} records to {target} ({cpu:.2f} s CPU)")
    return 0


def compare(target: Path, show: int) -> int:
    """Re-extract the documents of a snapshot; report the fields that differ. 1 when any does."""
    saved = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines() if line]
    recs, cpu = records([Path(item["path"]) for item in saved])
    fields: Counter[str] = Counter()
    examples: list[str] = []
    for item in saved:
        now = recs[item["path"]]
        for field in sorted(set(now) | set(item["record"])):
            if now.get(field) != item["record"].get(field):
                fields[field] += 1
                if len(examples) < show:
                    examples.append(f"{item['path']}: {field}")
    print(f"compared {len(saved)} records ({cpu:.2f} s CPU): ", end="")
    if not fields:
        print("identical")
        return 0
    print("DIFFERENT in " + ", ".join(f"{f} ({n} docs)" for f, n in fields.most_common()))
    for line in examples:
        print("  " + line)
    return 1


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    save_parser = sub.add_parser("save", help="extract the documents and write their records")
    save_parser.add_argument("target", type=Path)
    save_parser.add_argument("paths", nargs="*", type=Path)
    compare_parser = sub.add_parser("compare", help="re-extract and compare with a snapshot")
    compare_parser.add_argument("target", type=Path)
    compare_parser.add_argument("--show", type=int, default=5, help="differences to list")
    args = parser.parse_args(argv)
    if args.command == "save":
        return save(args.target, args.paths)
    return compare(args.target, args.show)


if __name__ == "__main__":
    sys.exit(main())
