"""Whole-pipeline extraction time on hostile texts at two sizes: the ratio shows whether time grows
linearly with the text (about 4 for a text 4 times longer).

    .venv/bin/python bench/bench_hostile.py [--small 50000] [--factor 4]

Each text repeats one shape that has made a component super-linear before: no spaces, long runs of
digits, capitalised words, acronyms, quotation marks, events told relative to the one before
("the following day"), thousands of distinct dated events, same-name ministries, programme words,
sentences without newlines, brackets.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from collections.abc import Callable


def dated_events(n: int) -> str:
    """Numbered events on distinct days: none merges with another."""
    sentences, size, i = [], 0, 0
    while size < n:
        day = dt.date(1900, 1, 1) + dt.timedelta(days=i)
        suffix = "th" if 10 <= i % 100 < 20 else {1: "st", 2: "nd", 3: "rd"}.get(i % 10, "th")
        sentences.append(f"The {i}{suffix} workshop was held in Tokyo on {day.day} {day:%B %Y}. ")
        size, i = size + len(sentences[-1]), i + 1
    return "".join(sentences)


CASES: dict[str, Callable[[int], str]] = {
    "no spaces": lambda n: "a" * n,
    "digits": lambda n: "1" * n,
    "capitalised words": lambda n: " ".join(f"Word{i % 97}X" for i in range(n // 8)),
    "acronyms": lambda n: " ".join(f"AB{chr(65 + i % 26)}{chr(65 + (i // 26) % 26)}" for i in range(n // 5)),
    "quotation marks": lambda n: ("the workshop “" + "Shared Skies " * 3) * (n // 50),
    "the following day": lambda n: (
        "The workshop was held in Tokyo on 3 May 2024. The following day, the forum met. " * (n // 80)
    ),
    "distinct dated events": dated_events,
    "same-name ministries": lambda n: (
        "Japan's Ministry of Foreign Affairs and Korea's Ministry of Foreign Affairs met. " * (n // 80)
    ),
    "programme words": lambda n: (
        "the ABC project, the DEF consortium under its 2+2 programme, cancer moonshot program; " * (n // 85)
    ),
    "sentences, no newline": lambda n: (
        "The Ministry of Science (MOS) met in Tokyo on 3 May 2024. " * (n // 58)
    ),
    "brackets": lambda n: "(" * (n // 2) + ")" * (n // 2),
    "contact labels, no blank line": lambda n: "Contacts:\nAna Ruiz, Press Office\n" * (n // 33),
}


def main(argv: list[str] | None = None) -> int:
    """Time every case at two sizes and print the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=50_000, help="characters of the smaller text")
    parser.add_argument("--factor", type=int, default=4, help="how much longer the larger text is")
    args = parser.parse_args(argv)
    from bilat.extract import get_extractor

    extractor = get_extractor()
    extractor.extract("warm-up", name="w.txt")
    worst = 0.0
    for name, make in CASES.items():
        seconds = []
        for size in (args.small, args.small * args.factor):
            text = make(size)
            started = time.process_time()
            extractor.extract(text, name="hostile.txt")
            seconds.append(time.process_time() - started)
        ratio = seconds[1] / max(seconds[0], 1e-3)
        worst = max(worst, ratio)
        print(f"{name:24s} {seconds[0]:6.2f} s  x{args.factor} {seconds[1]:6.2f} s  ratio {ratio:5.1f}")
    print(f"worst ratio {worst:.1f} (linear: about {args.factor})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
