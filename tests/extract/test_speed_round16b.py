"""Quick tests of round 16b against their plain definitions: a word pretest never rules out a text
that the full pattern matches, and the region pretest never rules out a name that holds a region."""

from __future__ import annotations

import re

from bilat.extract.components import event_trips, org_predecessors, organizations
from bilat.extract.resources import WordPretest, alternatives, load_yaml

TEXTS = [
    "The delegation arrived in Accra on Monday.",
    "THE MISSION SPENT TWO DAYS IN NAIROBI",
    "a four-day VİSİT to Chile",  # dotted capital I: matches "visit" case-insensitively
    "the ſpent week",  # long s: matches "s" case-insensitively
    "a three-day \u212aenya tour",
    "Nothing here but words about science and research.",
    "the former  Ministry of Science",
    "its now\ndefunct council",
    "an erſtwhile body",
    "",
]


def _sentences() -> list[str]:
    from pathlib import Path

    corpus = Path(__file__).resolve().parents[2] / "examples" / "corpus"  # the demo corpus
    out: list[str] = []
    for path in sorted(corpus.glob("*.*"))[:200]:
        out += re.split(r"(?<=[.!?])\s+", path.read_text(encoding="utf-8", errors="replace"))
    return out


def _check(phrases: list[str], pattern: re.Pattern[str]) -> None:
    pretest = WordPretest(phrases)
    for text in TEXTS + _sentences():
        if pattern.search(text):
            assert pretest(text), text


def test_travel_pretest_never_says_no_where_the_travel_pattern_matches() -> None:
    travel = event_trips._patterns()[0]
    _check(load_yaml(event_trips.TRIP_DATA).get("trip_words", []), travel)
    assert not event_trips._travel_pretest()("Nothing here but words about science.")


def test_before_pretest_never_says_no_where_the_before_pattern_matches() -> None:
    words = load_yaml("predecessors.yaml").get("before", [])
    _check(words, re.compile(rf"(?i:{alternatives(words)})"))
    assert org_predecessors._before_pretest()("its now\ndefunct council")


def test_pretest_says_yes_for_non_ascii_words_and_no_words() -> None:
    assert WordPretest(["Visita técnica"])("nothing")  # (a non-ASCII word: no pretest)
    assert WordPretest([])("nothing")


def test_region_runs_never_rule_out_a_region() -> None:
    pattern, codes = organizations._regions()
    runs = organizations._region_runs()
    assert runs is not None
    for name in codes:
        for text in (f"{name} State Foundation", f"University of {name}", f"({name})"):
            assert pattern.search(text)
            assert not runs.isdisjoint(organizations._RUN.findall(text)), text
    assert runs.isdisjoint(organizations._RUN.findall("National Science Council"))
