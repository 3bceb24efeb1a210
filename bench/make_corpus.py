"""Generate a large synthetic corpus for benchmarks from the paragraphs of the demo corpus.

Usage: ``python bench/make_corpus.py N OUT_DIR [--seed S]``

Each generated document is a plain-text file made of a headline, a dateline and a handful
of paragraphs drawn from ``examples/corpus`` (.txt and .md files), with the partner
countries swapped, the dates shifted and the sums of money rescaled, so that no two
documents are exact copies. The output depends only on N and the seed.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEMO_CORPUS = REPO / "examples" / "corpus"

# Partners that may be swapped into a document: name, adjective, a capital for datelines.
PARTNERS = (
    ("Japan", "Japanese", "Tokyo"), ("Germany", "German", "Berlin"), ("India", "Indian", "New Delhi"),
    ("France", "French", "Paris"), ("Canada", "Canadian", "Ottawa"), ("Australia", "Australian", "Canberra"),
    ("Sweden", "Swedish", "Stockholm"), ("Norway", "Norwegian", "Oslo"), ("Finland", "Finnish", "Helsinki"),
    ("Denmark", "Danish", "Copenhagen"), ("Singapore", "Singaporean", "Singapore"),
    ("Italy", "Italian", "Rome"), ("Spain", "Spanish", "Madrid"), ("Brazil", "Brazilian", "Brasilia"),
    ("Switzerland", "Swiss", "Bern"), ("Israel", "Israeli", "Jerusalem"), ("Chile", "Chilean", "Santiago"),
    ("South Africa", "South African", "Pretoria"), ("Thailand", "Thai", "Bangkok"),
    ("New Zealand", "New Zealand", "Wellington"), ("Netherlands", "Dutch", "The Hague"),
    ("Korea", "Korean", "Seoul"), ("the United Kingdom", "British", "London"),
    ("the United States", "American", "Washington"),
)
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
HEADLINES = (
    "{a} and {b} hold joint committee on science and technology",
    "{a}-{b} joint call for research proposals opens",
    "{a} and {b} sign memorandum on research cooperation",
    "New {a}-{b} partnership on innovation announced",
    "Science ministers of {a} and {b} meet in {city}",
)

_NAMES = sorted({n for p in PARTNERS for n in (p[0], p[1])}, key=len, reverse=True)
CURRENCY = r"£|€|¥|US\$|A\$|S\$|C\$|Rs\.? ?|(?:EUR|GBP|JPY|KRW|NOK|SEK|CAD|USD) ?"
# The parts of a paragraph that vary: a partner name, a date (day redrawn, year shifted) or a
# bare year (shifted), and a sum of money (rescaled).
SLOT_RE = re.compile(
    r"\b(?P<partner>" + "|".join(re.escape(n) for n in _NAMES) + r")\b"
    r"|\b(?:(?P<day>\d{1,2}) (?P<month>" + "|".join(MONTHS) + r") )?(?P<year>20[1-3]\d)\b"
    r"|(?P<currency>" + CURRENCY + r")(?P<number>\d+(?:[.,]\d+)*)"
)
# A paragraph cut at its slots: literal text, or (kind, value, extra) for a slot.
Slot = tuple[str, str, str]
Template = tuple[str | Slot, ...]


@dataclass(frozen=True)
class Variation:
    """How one generated document differs from its sources."""

    partners: dict[str, str]
    year_shift: int
    money_factor: float


def load_paragraphs(corpus: Path = DEMO_CORPUS) -> list[str]:
    """Return the prose paragraphs (not navigation or list lines) of the demo corpus's text files."""
    paragraphs: list[str] = []
    for path in sorted([*corpus.glob("*.txt"), *corpus.glob("*.md")]):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = line.strip(" #*-")
            if len(text) >= 120 and text.count(" ") >= 15:
                paragraphs.append(text)
    if not paragraphs:
        raise SystemExit(f"make_corpus: no paragraphs found in {corpus}")
    return paragraphs


def new_variation(rng: random.Random) -> Variation:
    """Draw a partner swap, a year shift and a money scale for one document."""
    shuffled = list(PARTNERS)
    rng.shuffle(shuffled)
    mapping: dict[str, str] = {}
    for (name, adjective, _), (new_name, new_adjective, _) in zip(PARTNERS, shuffled, strict=True):
        mapping[name], mapping[adjective] = new_name, new_adjective
    return Variation(mapping, rng.randint(-3, 3), rng.choice((0.5, 0.75, 1.2, 1.5, 2.0, 3.0)))


def compile_template(text: str) -> Template:
    """Cut a paragraph at the places a variation changes (partners, dates, years, sums)."""
    parts: list[str | Slot] = []
    position = 0
    for match in SLOT_RE.finditer(text):
        parts.append(text[position : match.start()])
        if match["partner"]:
            parts.append(("partner", match["partner"], ""))
        elif match["year"]:
            parts.append(("date" if match["day"] else "year", match["year"], match["month"] or ""))
        else:
            parts.append(("money", match["number"], match["currency"]))
        position = match.end()
    parts.append(text[position:])
    return tuple(parts)


def render(template: Template, variation: Variation, rng: random.Random) -> str:
    """Fill a paragraph's slots for one variation."""
    out: list[str] = []
    for part in template:
        if isinstance(part, str):
            out.append(part)
            continue
        kind, value, extra = part
        if kind == "partner":
            out.append(variation.partners.get(value, value))
        elif kind == "money":
            out.append(extra + _scale(value, variation.money_factor))
        else:
            year = int(value) + variation.year_shift
            out.append(f"{rng.randint(1, 28)} {extra} {year}" if kind == "date" else str(year))
    return "".join(out)


def vary(text: str, variation: Variation, rng: random.Random) -> str:
    """Apply a variation to one paragraph: partners swapped, dates shifted, sums rescaled."""
    return render(compile_template(text), variation, rng)


def _scale(number: str, factor: float) -> str:
    value = float(number.replace(",", ""))
    scaled = value * factor
    return f"{scaled:,.0f}" if value >= 1000 else f"{scaled:g}"


def generate(paragraphs: list[str], count: int, seed: int) -> Iterator[str]:
    """Yield `count` documents built deterministically from `paragraphs` and `seed`."""
    rng = random.Random(seed)
    templates = [compile_template(p) for p in paragraphs]
    for _ in range(count):
        variation = new_variation(rng)
        (a, _, city), (b, _, _) = rng.sample(PARTNERS, 2)
        year = 2025 + variation.year_shift
        headline = rng.choice(HEADLINES).format(a=a, b=b, city=city)
        dateline = f"{city}, {rng.randint(1, 28)} {rng.choice(MONTHS)} {year}"
        body = [render(t, variation, rng) for t in rng.sample(templates, rng.randint(3, 7))]
        yield "\n\n".join([headline[0].upper() + headline[1:], dateline, *body]) + "\n"


def write_corpus(count: int, out_dir: Path, seed: int) -> int:
    """Write `count` generated documents into `out_dir` and return the number of bytes written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    width = max(6, len(str(count)))
    total = 0
    for index, text in enumerate(generate(load_paragraphs(), count, seed)):
        data = text.encode("utf-8")
        (out_dir / f"doc_{index:0{width}d}.txt").write_bytes(data)
        total += len(data)
    return total


def main(argv: list[str] | None = None) -> int:
    """Parse the command line, generate the corpus and print a one-line summary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("count", type=int, help="number of documents to generate")
    parser.add_argument("out_dir", type=Path, help="folder to write the .txt files into")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    args = parser.parse_args(argv)
    if args.count < 0:
        parser.error("N must be zero or more")
    started = time.perf_counter()
    try:
        size = write_corpus(args.count, args.out_dir, args.seed)
    except OSError as exc:
        print(f"make_corpus: {exc.filename or args.out_dir}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    elapsed = time.perf_counter() - started
    print(f"wrote {args.count} documents ({size / 1e6:.1f} MB) to {args.out_dir} in {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
