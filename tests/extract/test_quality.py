"""Regression guard: extraction quality on the seed and dev gold sets, scored with the project's
matching rules. The floors are the figures reached so far; they may only go up."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bilat.extract import Extractor
from bilat.extract.documents import score_documents
from bilat.extract.evaluate import load_gold, score_records

# Floors reached (overall F1, lowest field F1, grounded evidence) per gold set.
FLOORS = {
    "seeds": {"overall": 0.98, "field": 0.925, "grounded": 0.99},
    "dev": {"overall": 0.98, "field": 0.92, "grounded": 0.99},
}
# The fresh documents (overall F1, lowest field F1): see the test at the end.
FRESH_FLOOR = {"overall": 0.995, "field": 0.975}
BLIND_FLOOR = {"overall": 0.97, "field": 0.87}
UNSEEN_FLOOR = {"overall": 0.99, "field": 0.97, "grounded": 0.98}
LATER_FLOOR = {"overall": 0.985, "field": 0.93, "grounded": 0.99}
FIFTH_FLOOR = {"overall": 0.985, "field": 0.94}
SIXTH_FLOOR = {"overall": 0.96, "field": 0.87}
SEVENTH_FLOOR = {"overall": 0.98, "field": 0.90}
EIGHTH_FLOOR = {"overall": 0.985, "field": 0.925}
NINTH_FLOOR = {"overall": 0.975, "field": 0.93, "grounded": 0.98}
TENTH_FLOOR = {"overall": 0.985, "field": 0.955}
ELEVENTH_FLOOR = {"overall": 0.99, "field": 0.96}
TWELFTH_FLOOR = {"overall": 0.94, "field": 0.85}
THIRTEENTH_FLOOR = {"overall": 0.995, "field": 0.96}
FOURTEENTH_FLOOR = {"overall": 0.98, "field": 0.96}
FIFTEENTH_FLOOR = {"overall": 0.985, "field": 0.955}
SIXTEENTH_FLOOR = {"overall": 0.99, "field": 0.95}
SEVENTEENTH_FLOOR = {"overall": 0.965, "field": 0.90}
EIGHTEENTH_FLOOR = {"overall": 0.98, "field": 0.93}
NINETEENTH_FLOOR = {"overall": 0.98, "field": 0.93}
TWENTIETH_FLOOR = {"overall": 0.97, "field": 0.94}
TWENTYFIRST_FLOOR = {"overall": 0.945, "field": 0.84}
TWENTYSECOND_FLOOR = {"overall": 0.962, "field": 0.86}
TWENTYTHIRD_FLOOR = {"overall": 0.95, "field": 0.90}
TWENTYFOURTH_FLOOR = {"overall": 0.95, "field": 0.86}
TWENTYFIFTH_FLOOR = {"overall": 0.95, "field": 0.88}
TWENTYSIXTH_FLOOR = {"overall": 0.925, "field": 0.79}
TWENTYSEVENTH_FLOOR = {"overall": 0.955, "field": 0.88}
TWENTYEIGHTH_FLOOR = {"overall": 0.95, "field": 0.83}
TWENTYNINTH_FLOOR = {"overall": 0.94, "field": 0.84}
THIRTIETH_FLOOR = {"overall": 0.985, "field": 0.92}
THIRTYTHIRD_FLOOR = {"overall": 0.965, "field": 0.90}
THIRTYFOURTH_FLOOR = {"overall": 0.955, "field": 0.91}
# held back: which field is lowest is never read
THIRTYFIRST_FLOOR = {"overall": 0.895, "field": 0.665}
THIRTYSECOND_FLOOR = {"overall": 0.925, "field": 0.735}
THIRTYFIFTH_FLOOR = {"overall": 0.90, "field": 0.665}


def _predict(
    extractor: Extractor, docs: Path, gold: Path
) -> list[tuple[dict[str, Any], dict[str, Any], str]]:
    triples = []
    for name, record in load_gold(gold).items():
        text = (docs / name).read_text(encoding="utf-8")
        predicted = extractor.extract(text, name=name).to_dict()
        triples.append((record, predicted, text))
    return triples


@pytest.fixture(scope="module")
def scored(extractor: Extractor, shared_dir: Path) -> dict[str, dict[str, Any]]:
    """Scores of both gold sets."""
    return {
        name: score_records(_predict(extractor, shared_dir / "corpus" / name, shared_dir / "gold" / name))
        for name in FLOORS
    }


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_overall_f1_stays_above_its_floor(scored: dict[str, dict[str, Any]], name: str) -> None:
    assert scored[name]["overall"] >= FLOORS[name]["overall"], scored[name]["fields"]


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_no_field_falls_below_its_floor(scored: dict[str, dict[str, Any]], name: str) -> None:
    weakest = min(scored[name]["fields"].items(), key=lambda item: item[1]["f1"])
    assert weakest[1]["f1"] >= FLOORS[name]["field"], weakest


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_evidence_is_grounded(scored: dict[str, dict[str, Any]], name: str) -> None:
    assert scored[name]["grounded"] >= FLOORS[name]["grounded"]


def _score_folder(extractor: Extractor, corpus: Path, gold: Path) -> dict[str, Any]:
    """Extract every document of `corpus` that `gold` has a record for (read as `bilat eval` reads
    it: HTML, PDF, feeds; evidence in each file's own text) and score the records against the gold."""
    golds = load_gold(gold)
    result = score_documents(extractor, [corpus], golds, on_skip=lambda problem: pytest.fail(str(problem)))
    assert result["documents"] == len(golds)
    return result


def test_demo_corpus_written_apart_stays_above_its_floor(extractor: Extractor, repo_dir: Path) -> None:
    """The demo corpus (other countries, html/pdf/feeds) with its own gold: a proxy for unseen documents."""
    gold = repo_dir / "tests" / "docs" / "demo_gold"
    result = _score_folder(extractor, repo_dir / "examples" / "corpus", gold)
    assert result["overall"] >= 0.97, result["fields"]
    assert result["fields"]["events"]["f1"] >= 0.98, result["fields"]["events"]
    assert result["secondary"]["agreements.date"] >= 0.83, result["secondary"]
    assert result["secondary"]["calls.program"] >= 0.775, result["secondary"]
    assert result["grounded"] >= 0.99


def test_bilat_scoring_agrees_with_the_project_scorer(
    extractor: Extractor, shared_dir: Path, tmp_path: Path
) -> None:
    docs, gold = shared_dir / "corpus" / "seeds", shared_dir / "gold" / "seeds"
    triples = _predict(extractor, docs, gold)
    for _, predicted, _ in triples:
        (tmp_path / f"{predicted['doc']}.json").write_text(json.dumps(predicted), encoding="utf-8")
    scorer = shared_dir / "tools" / "score.py"
    command = [
        sys.executable,
        str(scorer),
        "--gold",
        str(gold),
        "--pred",
        str(tmp_path),
        "--docs",
        str(docs),
        "--json",
    ]
    expected = json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
    ours = score_records(triples)
    assert ours["overall"] == expected["overall"]
    assert ours["fields"] == expected["fields"]
    assert ours["grounded"] == expected["grounded"]


def test_record_files_hold_evidence_in_the_file_text(
    extractor: Extractor, repo_dir: Path, shared_dir: Path, tmp_path: Path
) -> None:
    """Record files of HTML pages point into the page's own markup, as the project scorer reads it."""
    from bilat.extract.documents import iter_documents

    docs, gold = repo_dir / "tests" / "docs" / "fresh_corpus", repo_dir / "tests" / "docs" / "fresh_gold"
    pages = 0
    for item in iter_documents([docs]):
        assert not isinstance(item, Exception), item
        pages += item.offsets is not None
        record = item.record_dict(extractor.extract(item.text, name=item.name, published=item.published))
        (tmp_path / f"{item.name}.json").write_text(json.dumps(record), encoding="utf-8")
    assert pages >= 2  # the HTML pages of the set
    command = [sys.executable, str(shared_dir / "tools" / "score.py"), "--gold", str(gold), "--pred",
               str(tmp_path), "--docs", str(docs), "--json"]
    expected = json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
    ours = _score_folder(extractor, docs, gold)
    assert expected["grounded"] == ours["grounded"] >= 0.99
    assert ours["overall"] == expected["overall"]


@pytest.mark.parametrize(
    ("corpus", "gold", "floor"),
    [
        # eight documents written after the rules, from partners and sources no other set has:
        # scored blind at 0.81 overall
        ("fresh_corpus", "fresh_gold", FRESH_FLOOR),
        # six more written after the fresh documents' fixes: scored blind at 0.849
        ("blind_corpus", "blind_gold", BLIND_FLOOR),
        # nine more written after those fixes (three HTML pages): scored blind at 0.826
        ("unseen_corpus", "unseen_gold", UNSEEN_FLOOR),
        # nine more written while that set's causes were being fixed: 0.799 blind before those
        # fixes, 0.804 after them
        ("later_corpus", "later_gold", LATER_FLOOR),
        # and nine more: 0.892 blind at the start of the session, 0.900 and 0.918 after the next
        # two rounds of fixes (made on other sets)
        ("fifth_corpus", "fifth_gold", FIFTH_FLOOR),
        # and nine more, never used to make a rule: 0.877 at the start of the session, then 0.889,
        # 0.914 and 0.922 after each round of fixes made on the other sets; 0.933 after session 7's
        # two rounds, 0.939 after session 8's cross-set rounds, 0.942 after session 9's
        ("sixth_corpus", "sixth_gold", SIXTH_FLOOR),
        # session 5: nine more, 0.848 blind; 0.974 after the round of fixes made on them
        ("seventh_corpus", "seventh_gold", SEVENTH_FLOOR),
        # nine more, held back during that round: 0.852 blind, 0.859 after it, 0.976 after the
        # round made on them
        ("eighth_corpus", "eighth_gold", EIGHTH_FLOOR),
        # nine more (one in Spanish), held back during both fix rounds: 0.843 blind, 0.848 after
        # the first round, 0.848 after the second; 0.878 after the broadening round made with it
        ("ninth_corpus", "ninth_gold", NINTH_FLOOR),
        # nine more, held back during all three rounds: 0.920 blind at the session's start, 0.934
        # after the two fix rounds, 0.929 after the broadening round (then one name-boundary fix
        # seen on it: 0.941)
        ("tenth_corpus", "tenth_gold", TENTH_FLOOR),
        # session 6: twelve more, written before the session's work: 0.907 blind; 0.912 with the
        # learned programme step (off); 0.964 after the round of fixes made on them
        ("eleventh_corpus", "eleventh_gold", ELEVENTH_FLOOR),
        # twelve more, held back during that round and never used to make a rule (like the sixth):
        # 0.909 at the session's start, 0.910 before the round, 0.912 after it; 0.912 after both
        # rounds of session 7, 0.913 after session 8's, 0.918 after session 9's (0.920 with its last
        # fix)
        ("twelfth_corpus", "twelfth_gold", TWELFTH_FLOOR),
        # session 7: twelve more, written before the session's work: 0.886 blind; 0.939 and 0.969
        # after the two rounds of fixes made on them (the twelfth, held back again, stayed at 0.912)
        ("thirteenth_corpus", "thirteenth_gold", THIRTEENTH_FLOOR),
        # twelve more, written after both rounds and held back (only totals read): 0.873 with the
        # code of the session's start, 0.879 after its two rounds; used in session 8's cross-set
        # rounds (0.895 after them)
        ("fourteenth_corpus", "fourteenth_gold", FOURTEENTH_FLOOR),
        # session 8: twelve more, written before the session's work and held back (only totals
        # read): 0.901 with the code of the session's start, 0.899 after its two cross-set rounds;
        # in view in session 9 (0.912 after its rounds)
        ("fifteenth_corpus", "fifteenth_gold", FIFTEENTH_FLOOR),
        # session 9: twelve more, written before the session's work and held back (only totals
        # read): 0.901 with the code of the session's start, 0.905 after its rounds (the last fix,
        # a class seen there by accident, 0.907); in view in session 10
        ("sixteenth_corpus", "sixteenth_gold", SIXTEENTH_FLOOR),
        # session 10: twelve more, written before the session's work and held back (only totals
        # read): 0.863 with the code of the session's start, 0.864 after its two rounds; in view in
        # session 11
        ("seventeenth_corpus", "seventeenth_gold", SEVENTEENTH_FLOOR),
        # session 11: twelve more, written before the session's work and held back (only totals
        # read): 0.866 with the code of the session's start (programmes 0.417), 0.882 after its two
        # rounds; in view in session 12 (0.937 after its second round)
        ("eighteenth_corpus", "eighteenth_gold", EIGHTEENTH_FLOOR),
        # session 12: twelve more, written before the session's work and held back (only totals
        # read): 0.890 with the code of the session's start (events 0.732), 0.892 after its three
        # rounds; in view in session 13
        ("nineteenth_corpus", "nineteenth_gold", NINETEENTH_FLOOR),
        # session 13: twelve more, written before the session's work and held back (only totals
        # read): 0.887 with the code of the session's start (agreements 0.750), 0.901 after its three
        # rounds; in view in session 14 (0.951 after its rounds)
        ("twentieth_corpus", "twentieth_gold", TWENTIETH_FLOOR),
        # session 14: twelve more, written before the session's work and held back (only totals
        # read): 0.879 with the code of the session's start, 0.890 after its three rounds; in view
        # in session 15 (0.928 after its rounds)
        ("twentyfirst_corpus", "twentyfirst_gold", TWENTYFIRST_FLOOR),
        # session 15: twelve more, written before the session's work and held back (only totals
        # read): 0.864 with the code of the session's start, 0.869 after its seven rounds; in view
        # in session 16 (0.925 after its rounds)
        ("twentysecond_corpus", "twentysecond_gold", TWENTYSECOND_FLOOR),
        # session 16: twelve more, written before the session's work and held back (only totals
        # read): 0.887 with the code of the session's start, 0.893 after its five rounds; in view in
        # session 17 (0.941 after its rounds, its agreement types made single: 0.897 before them)
        ("twentythird_corpus", "twentythird_gold", TWENTYTHIRD_FLOOR),
        # session 17: twelve more, written before the session's work and held back (only totals
        # read): 0.890 with the code of the session's start, 0.899 after its six rounds; in view in
        # session 18 (0.934 after its rounds)
        ("twentyfourth_corpus", "twentyfourth_gold", TWENTYFOURTH_FLOOR),
        # session 17: twelve more, written after its third round and held back: 0.883 with the code
        # of the session's start, 0.889 with its last, 0.890 after session 18; in view in session 19
        # (0.940 after its rounds)
        ("twentyfifth_corpus", "twentyfifth_gold", TWENTYFIFTH_FLOOR),
        # session 18: twelve more, written before the session's work and held back (only totals
        # read): 0.895 with the code of the session's start and after each of its four rounds,
        # 0.896 after session 19; in view in session 20 (0.910 after its rounds)
        ("twentysixth_corpus", "twentysixth_gold", TWENTYSIXTH_FLOOR),
        # session 19: twelve more, written before the session's work and held back (only totals
        # read): 0.877 with the code of the session's start (lowest field 0.698, which not read),
        # 0.880 after session 20 (lowest field 0.727); in view in session 21 (0.942 after its rounds)
        ("twentyseventh_corpus", "twentyseventh_gold", TWENTYSEVENTH_FLOOR),
        # session 20: twelve more, written before the session's work and held back (only totals
        # read): 0.879 with the code of the session's start (lowest field 0.698), 0.878 after its
        # first round, 0.891 after its second (lowest field 0.778); unchanged by session 21; in view
        # in session 22 (0.937 after its rounds)
        ("twentyeighth_corpus", "twentyeighth_gold", TWENTYEIGHTH_FLOOR),
        # session 21: twelve more, written before the session's work and held back (only totals
        # read; two pages in Spanish, as their sources publish): 0.853 with the code of the
        # session's start (lowest field 0.68), 0.854, 0.858 and 0.858 after its three rounds,
        # unchanged by session 22; in view in session 23 (0.942 after its rounds)
        ("twentyninth_corpus", "twentyninth_gold", TWENTYNINTH_FLOOR),
        # session 22: twelve more, written (in English, as asked) before the session's work and
        # held back (only totals read): 0.879 with the code of the session's start (lowest field
        # 0.763), 0.884, 0.887, 0.887 and 0.887 after its four rounds; in view in session 24
        # (0.989 after its first round)
        ("thirtieth_corpus", "thirtieth_gold", THIRTIETH_FLOOR),
        # session 23: twelve more, written (in English) before the session's work and held back
        # (only totals read): 0.886 with the code of the session's start (lowest field 0.667) and
        # after each of its three rounds; 0.896 after session 24
        ("thirtyfirst_corpus", "thirtyfirst_gold", THIRTYFIRST_FLOOR),
        # session 24: twelve more, written before the session's work and held back (only totals
        # read): 0.930 with the code of the session's start (lowest field 0.739) and after each of
        # its three rounds
        ("thirtysecond_corpus", "thirtysecond_gold", THIRTYSECOND_FLOOR),
        # session 24: twelve more, written during the session by writers who saw no code, in view
        # from the start and mined in its second round (0.925 at first sight, 0.970 after)
        ("thirtythird_corpus", "thirtythird_gold", THIRTYTHIRD_FLOOR),
        # session 24: twelve more, written after its second round and mined in its third: 0.924
        # with the session-start code, 0.937 with the code no document of it had shaped, 0.960 after
        ("thirtyfourth_corpus", "thirtyfourth_gold", THIRTYFOURTH_FLOOR),
        # session 24: twelve more, written after its three rounds and held back (only totals read):
        # 0.903 with the code of the session's start (lowest field 0.667), 0.904 with its last
        ("thirtyfifth_corpus", "thirtyfifth_gold", THIRTYFIFTH_FLOOR),
    ],
)
def test_documents_written_after_the_rules_stay_above_their_floor(
    extractor: Extractor, repo_dir: Path, corpus: str, gold: str, floor: dict[str, float]
) -> None:
    """The floors are what the general fixes these sets showed reached since they were scored
    blind (docs/extraction.md, "Fresh documents")."""
    docs = repo_dir / "tests" / "docs"
    result = _score_folder(extractor, docs / corpus, docs / gold)
    assert result["overall"] >= floor["overall"], result["fields"]
    weakest = min(result["fields"].items(), key=lambda item: item[1]["f1"])
    assert weakest[1]["f1"] >= floor["field"], weakest
    # names written with entities in the markup ("Ben&iacute;tez") cannot be found in an HTML file
    assert result["grounded"] >= floor.get("grounded", 0.99)
