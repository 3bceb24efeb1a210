"""Run every benchmark script present in ``bench/`` and print a summary of their figures.

Usage: ``python bench/run.py [--only NAME ...] [-- ARGS passed to every script]``

Every ``bench_*.py`` script of the folder runs (``bench_extract.py``, ``bench_temporal.py`` and
``bench_query.py`` are expected and reported as skipped when missing; others such as
``bench_reference.py`` run too). The scripts are written by the areas they measure. Each runs
in its own process with this interpreter; its output is shown as it comes, and a summary at the
end gives each script's status, wall time and the figures it reported.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
# Lines that state a result: a rate, a percentile, a score.
FIGURE_RE = re.compile(r"/s\b|\bp50\b|\bp95\b|\bF1\b|\boverall\b|\bprecision\b|\brecall\b")
EXPECTED = ("bench_extract.py", "bench_temporal.py", "bench_query.py")


def all_scripts(folder: Path = BENCH_DIR) -> list[str]:
    """The expected benchmark scripts, then any other `bench_*.py` present, by name."""
    others = sorted(p.name for p in folder.glob("bench_*.py") if p.name not in EXPECTED)
    return [*EXPECTED, *others]


@dataclass(frozen=True)
class Outcome:
    """What happened when one benchmark script ran."""

    script: str
    status: str
    seconds: float | None
    figures: list[str]

    @property
    def last_line(self) -> str:
        """The last figure the script printed (its headline, by convention)."""
        return self.figures[-1] if self.figures else ""


def run_script(path: Path, extra: list[str]) -> Outcome:
    """Run one benchmark script, echoing its output, and report how it ended."""
    if not path.is_file():
        return Outcome(path.name, "skipped (not present)", None, [])
    print(f"\n=== {path.name} ===", flush=True)
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, str(path), *extra], cwd=BENCH_DIR.parent,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    lines: list[str] = []
    assert proc.stdout is not None
    for line in proc.stdout:
        print(line, end="", flush=True)
        if line.strip():
            lines.append(line.strip())
    code = proc.wait()
    status = "ok" if code == 0 else f"failed (exit {code})"
    return Outcome(path.name, status, time.perf_counter() - started, figures_of(lines))


def figures_of(lines: list[str]) -> list[str]:
    """The lines of a script's output that state results; its last line when none looks like one."""
    figures = [line for line in lines if FIGURE_RE.search(line)]
    return figures or lines[-1:]


def print_summary(outcomes: list[Outcome]) -> None:
    """Print each script's status and wall time, then the figures it reported."""
    print("\n=== summary ===")
    width = max(len(o.script) for o in outcomes)
    for o in outcomes:
        seconds = f"{o.seconds:8.1f} s" if o.seconds is not None else ""
        print(f"{o.script:<{width}}  {o.status:<22} {seconds}")
        for figure in o.figures:
            print(f"    {figure}")


def _script_name(name: str) -> str:
    """`extract`, `bench_extract` and `bench_extract.py` all name bench/bench_extract.py."""
    stem = name.removesuffix(".py")
    return f"{stem}.py" if stem.startswith("bench_") else f"bench_{stem}.py"


def main(argv: list[str] | None = None) -> int:
    """Run the selected benchmarks; exit 1 if any of them failed."""
    argv = sys.argv[1:] if argv is None else argv
    extra: list[str] = []
    if "--" in argv:
        cut = argv.index("--")
        argv, extra = argv[:cut], argv[cut + 1 :]
    parser = argparse.ArgumentParser(description="Run bilat's benchmarks and summarise them.")
    parser.add_argument("--only", action="append", default=[], help="run only this script (repeatable)")
    args = parser.parse_args(argv)
    names = [_script_name(n) for n in args.only] or all_scripts()
    outcomes = [run_script(BENCH_DIR / name, extra) for name in names]
    print_summary(outcomes)
    return 1 if any(o.status.startswith("failed") for o in outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())
