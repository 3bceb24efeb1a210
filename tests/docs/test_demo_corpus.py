"""The bundled demo corpus, its PDF script and the benchmark corpus generator."""

from __future__ import annotations

import hashlib
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import feedparser
import pytest
from pypdf import PdfReader

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "examples" / "corpus"


def _load(path: Path) -> ModuleType:
    """Import a script that is not part of the package (examples/, bench/) as a module."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def make_corpus() -> ModuleType:
    return _load(REPO / "bench" / "make_corpus.py")


@pytest.fixture(scope="module")
def bench_run() -> ModuleType:
    return _load(REPO / "bench" / "run.py")


def _files(*suffixes: str) -> list[Path]:
    return sorted(p for p in CORPUS.iterdir() if p.suffix in suffixes)


# ---------------------------------------------------------------------------------------------
# The demo corpus


def test_corpus_has_enough_documents_in_every_format() -> None:
    """At least 16 documents, in every format that bilat reads."""
    files = sorted(CORPUS.iterdir())
    assert len(files) >= 16
    assert {p.suffix for p in files} >= {".txt", ".md", ".html", ".rss", ".atom", ".pdf"}


def _all_text() -> str:
    texts = [p.read_text(encoding="utf-8") for p in _files(".txt", ".md", ".html", ".rss", ".atom")]
    texts += [page.extract_text() for p in _files(".pdf") for page in PdfReader(p).pages]
    return "\n".join(texts)


@pytest.mark.parametrize(
    "feature",
    ["€", "£", "¥", "US$", "crore", "A$", "KRW", "yesterday", "the following day", "17:00 CET",
     "11th meeting", "12th meeting", "Memorandum of Understanding", "Memorandum of Cooperation",
     "Implementing Arrangement", "joint statement", "letter of intent", "KATAYAMA Hiroshi"],
)
def test_corpus_shows_what_extraction_must_handle(feature: str) -> None:
    """Currencies, relative dates, zoned deadlines, a numbered series, instruments, FAMILY-given names."""
    assert feature in _all_text()


def test_some_calls_are_still_open_on_the_projects_today() -> None:
    """Deadlines in 2027 exist, so that `bilat calls --open` (today 2026-11-22) shows something."""
    assert re.search(r"\b\d{1,2} (January|February|March|April) 2027\b", _all_text())


@pytest.mark.parametrize("path", _files(".rss", ".atom"), ids=lambda p: p.name)
def test_feeds_are_valid_with_dated_items(path: Path) -> None:
    """Each feed parses cleanly and has 2-3 items with a title, link, date and text."""
    feed = feedparser.parse(path.read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert 2 <= len(feed.entries) <= 3
    for entry in feed.entries:
        assert entry.title and entry.link and entry.published_parsed
        assert entry.get("summary") or entry.get("content")


@pytest.mark.parametrize("path", _files(".html"), ids=lambda p: p.name)
def test_html_pages_look_like_real_pages(path: Path) -> None:
    """Pages carry a <title>, a published date in <meta>, navigation and a footer around the article."""
    html = path.read_text(encoding="utf-8")
    assert re.search(r"<title>[^<]+</title>", html)
    assert re.search(r'<meta [^>]*content="20\d\d-\d\d-\d\d', html)
    assert "<nav" in html and "<footer" in html


def test_pdf_is_regenerated_identically_by_its_script(tmp_path: Path) -> None:
    """examples/make_pdf.py reproduces the committed PDF byte for byte, and the PDF has text."""
    module = _load(REPO / "examples" / "make_pdf.py")
    committed = module.OUT
    built = module.build(tmp_path / committed.name)
    assert hashlib.sha256(built.read_bytes()).digest() == hashlib.sha256(committed.read_bytes()).digest()
    text = "".join(page.extract_text() for page in PdfReader(committed).pages)
    assert "17:00 CET" in text


def _shingles(text: str, size: int = 12) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def test_corpus_is_written_in_our_own_words(shared_dir: Path) -> None:
    """No run of twelve words (longer than an institution's name) is copied from ../shared/corpus."""
    theirs: set[tuple[str, ...]] = set()
    for path in (shared_dir / "corpus").rglob("*.txt"):
        theirs |= _shingles(path.read_text(encoding="utf-8", errors="replace"))
    for path in _files(".txt", ".md", ".html", ".rss", ".atom"):
        copied = _shingles(path.read_text(encoding="utf-8")) & theirs
        assert not copied, f"{path.name} repeats {' '.join(next(iter(copied)))!r}"


# ---------------------------------------------------------------------------------------------
# bench/make_corpus.py


def test_generated_corpus_is_deterministic_for_a_seed(make_corpus: ModuleType, tmp_path: Path) -> None:
    """The same N and seed give the same files; another seed gives other documents."""
    for name, seed in (("a", 7), ("b", 7), ("c", 8)):
        assert make_corpus.main(["30", str(tmp_path / name), "--seed", str(seed)]) == 0
    a, b, c = (sorted((tmp_path / n).iterdir()) for n in "abc")
    assert len(a) == 30
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    assert [p.read_bytes() for p in a] != [p.read_bytes() for p in c]


def test_unwritable_output_is_one_line_not_a_traceback(
    make_corpus: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder that cannot be created is reported in one line naming it, with exit code 1."""
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert make_corpus.main(["3", str(blocker / "out")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("make_corpus: ") and str(blocker) in err and "\n" not in err


def test_generated_documents_are_not_duplicates(make_corpus: ModuleType) -> None:
    """Documents differ from each other and from their sources (partners, dates, sums varied)."""
    paragraphs = make_corpus.load_paragraphs()
    docs = list(make_corpus.generate(paragraphs, 300, seed=1))
    assert len(set(docs)) == len(docs)
    body_paragraphs = {p for doc in docs for p in doc.split("\n\n")[2:]}
    assert len(body_paragraphs - set(paragraphs)) > len(body_paragraphs) // 2


def test_variation_shifts_years_and_scales_money(make_corpus: ModuleType) -> None:
    """One variation moves every year by the same shift and rescales each sum of money."""
    variation = make_corpus.Variation(partners={"Germany": "France"}, year_shift=2, money_factor=2.0)
    rng = make_corpus.random.Random(0)
    text = "Germany pledged €12 million on 9 October 2025 and more in 2026."
    varied = make_corpus.vary(text, variation, rng)
    assert varied.startswith("France pledged €24 million on ")
    assert re.search(r"\d{1,2} October 2027 and more in 2028\.$", varied)


# ---------------------------------------------------------------------------------------------
# bench/run.py


def test_bench_runner_reports_each_script(bench_run: ModuleType, tmp_path: Path) -> None:
    """A script that succeeds, one that fails and one that is missing are each reported as such."""
    good, bad = tmp_path / "bench_good.py", tmp_path / "bench_bad.py"
    good.write_text("import sys\nprint('docs/s: 1234', sys.argv[1:])\n")
    bad.write_text("raise SystemExit(3)\n")
    ok = bench_run.run_script(good, ["--quick"])
    assert (ok.status, ok.last_line) == ("ok", "docs/s: 1234 ['--quick']")
    assert bench_run.run_script(bad, []).status == "failed (exit 3)"
    assert bench_run.run_script(tmp_path / "bench_none.py", []).status.startswith("skipped")


def test_bench_runner_finds_every_benchmark_script(bench_run: ModuleType, tmp_path: Path) -> None:
    """The three expected scripts come first (present or not), then any other bench_*.py."""
    for name in ("bench_zeta.py", "bench_alpha.py", "bench_query.py", "make_corpus.py"):
        (tmp_path / name).write_text("")
    expected = ["bench_extract.py", "bench_temporal.py", "bench_query.py", "bench_alpha.py", "bench_zeta.py"]
    assert bench_run.all_scripts(tmp_path) == expected


def test_bench_runner_picks_out_the_figures(bench_run: ModuleType) -> None:
    """Rates and percentiles are the figures of a run; otherwise its last line stands for it."""
    lines = ["documents 256", "tagging 3.10s  27,775 words/s", "adversarial x8 147 ms", "search p50 2.1 ms"]
    assert bench_run.figures_of(lines) == ["tagging 3.10s  27,775 words/s", "search p50 2.1 ms"]
    assert bench_run.figures_of(["loading", "done in 3 s"]) == ["done in 3 s"]
