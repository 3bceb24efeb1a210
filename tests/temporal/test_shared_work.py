"""The work shared between the taggings of a text, and the quick tests, change nothing found."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.extract.components import dates
from bilat.extract.doc import Mention
from bilat.temporal import context, reference, starts, tag, tagger
from bilat.temporal.gate import build_gate
from bilat.temporal.grammar import TOKEN_START
from bilat.temporal.numeric_order import prefers_day_first
from bilat.temporal.reference import parse_reference

DATE_PIECES = [
    "3 May 2024", "16 May", "May 12-14", "Monday", "last week", "yesterday", "the following day",
    "two years ago", "10 a.m.", "in 2023", "Tokyo, ", "Published on ", "\n", "\n\n", ". ", ", ",
    "will meet ", "met ", "the end of ", "about ", "12/05/2023", "5/16/2023", "the day before ",
    "this year", "the third quarter", "for five years", "x", "The ", "said ",
]  # fmt: skip
REFERENCES = [None, "2024-06-05", "2024", "1999-12-31", "2024-06", None, "2024-06-05"]


def _fresh(text: str, ref: str | None) -> list[dict[str, object]]:
    """`tag` with every memory of earlier taggings cleared."""
    tagger._tagged.cache_clear()
    tagger._memory.cache_clear()
    return [t.to_dict() for t in tag(text, ref)]


def _remembered(text: str, ref: str | None) -> list[dict[str, object]]:
    """`tag` anew, but with what earlier taggings of the text left in its memory."""
    tagger._tagged.cache_clear()
    return [t.to_dict() for t in tag(text, ref)]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(DATE_PIECES), max_size=16))
def test_taggings_sharing_a_memory_find_what_fresh_taggings_find(pieces: list[str]) -> None:
    text = "".join(pieces)
    expected = {ref: _fresh(text, ref) for ref in set(REFERENCES)}
    tagger._memory.cache_clear()
    for ref in REFERENCES:  # selections, timexes and reference-free taggings reused
        assert _remembered(text, ref) == expected[ref], ref


def test_a_tagging_that_never_read_its_reference_serves_every_reference() -> None:
    text = "The agreement was signed on 3 May 2024 in Tokyo for five years."
    first = _fresh(text, "2024-06-05")
    assert tagger._memory(text).unreferenced is not None
    assert _remembered(text, "1990-01-01") == first == _fresh(text, "1990-01-01")


def test_a_tagging_that_read_its_reference_is_not_reused() -> None:
    text = "The ministers met yesterday and signed on 3 May 2024."
    _fresh(text, "2024-06-05")
    assert tagger._memory(text).unreferenced is None
    assert _remembered(text, "2024-01-10") == _fresh(text, "2024-01-10")


def test_the_date_order_is_read_only_when_a_numeric_date_needs_it() -> None:
    text = "Signed 5/16/2023 and 12/05/2023."
    ctx = context.Context(text, None, day_first=None)
    assert ctx.day_first == prefers_day_first(text) is False
    assert context.Context(text, None).day_first is True  # given, not read


def test_resolution_sharing_across_references_on_tempeval(shared_dir: Path) -> None:
    files = sorted((shared_dir / "data" / "tempeval3" / "train").glob("*/*.tml"))[3::24]
    if not files:
        pytest.skip("no TempEval files")
    from bilat.temporal.evaluation import read_timeml

    for path in files:
        doc = read_timeml(path)
        refs = [None, doc.dct or "2000-01-01", "1998", None, doc.dct or "2000-01-01"]
        expected = {ref: _fresh(doc.text, ref) for ref in set(refs)}
        tagger._memory.cache_clear()
        for ref in refs:
            assert _remembered(doc.text, ref) == expected[ref], (path.name, ref)


# The plain patterns that the rank's quick line tests stand for.
ENDS_WITH_LETTER = re.compile(r"[^\W\d_]$")
AFTER_BAR = re.compile(r"(?:^|[|·•])\s*$")
LINE_PIECES = [
    "published", "Published on", "date", "Date of publication", "last updated", "press release",
    "posted", " ", "  ", "\t", "\u00a0", ":", "-", "–", "|", "x", "é", "1", "(", ",", "Tokyo", "on",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(LINE_PIECES), max_size=14))
def test_the_quick_line_tests_of_the_rank_read_like_their_patterns(pieces: list[str]) -> None:
    left = "".join(pieces)  # the part of a line before a date: it holds no line break
    assert bool(reference.LETTER.fullmatch(left[-1:])) == bool(ENDS_WITH_LETTER.search(left))
    assert reference._after_bar(left) == bool(AFTER_BAR.search(left))
    cue = reference.PUBLISHED_CUE
    assert bool(cue.search(left, reference._tail_start(left, reference.CUE_TOKENS))) == bool(cue.search(left))


SCAN_PIECES = ["May", "may", "3", "12", " ", "\n", "-", "/", ".", "'", "the", "last", "week", "a", "ago"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SCAN_PIECES), max_size=20))
def test_the_ascii_scan_finds_what_the_general_scan_finds(pieces: list[str]) -> None:
    tag("warm-up", reference="2023-05-23")
    scans = build_gate().scans
    text = " " + "".join(pieces).lower()
    fast = [m.start() for m in scans.live_ascii.finditer(text)]
    assert fast == [m.start() for m in scans.live.finditer(text)]


def _plain_mixed_starts(text: str, scans: starts.Scans) -> list[int]:
    """`live_starts` on mostly-ASCII text as first written (with sets)."""
    ascii_text = text.encode("ascii", "replace").decode("ascii")
    others = starts._non_ascii_places(text, ascii_text)
    near = {p for i in others for p in range(max(0, i - starts.SHORT + 1), min(i + 2, len(text)))}
    found_starts, rare = starts._ascii_starts(ascii_text, scans)
    found = {p for p in found_starts + rare if p not in near}
    found.update(p for p in near if TOKEN_START.match(text, p))
    return sorted(found)


MIXED_PIECES = [*SCAN_PIECES, "x_", "é", "€", "–", "2020Directorate", "article26", "Dec 3"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(MIXED_PIECES), max_size=24))
def test_starts_in_mostly_ascii_text_are_the_plain_ones(pieces: list[str]) -> None:
    tag("warm-up", reference="2023-05-23")
    text = "".join(pieces) + " and a long plain tail of ordinary words in May"
    if text.isascii() or (len(text) - len(text.encode("ascii", "ignore"))) * starts.MOSTLY_ASCII > len(text):
        return  # the other scans
    scans = build_gate().scans
    assert starts.live_starts(text, scans) == _plain_mixed_starts(text, scans)


def _plain_datelines(text: str, mentions: list[Mention]) -> list[Mention]:
    out = []
    for mention in mentions:
        value = str(mention.attrs.get("value") or "")
        if len(value) < 10 or not dates.is_calendar(value):
            continue
        line_start = text.rfind("\n", 0, mention.start) + 1
        line_end = text.find("\n", mention.end)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if line.strip() == mention.text.strip():
            out.append(mention)
    return out


LISTING_PIECES = ["08.11.2019", "3 May 2024", "\n", " ", "\t", "Minister visits", "x", "May 2024"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(LISTING_PIECES), max_size=14))
def test_datelines_are_the_plain_ones(pieces: list[str]) -> None:
    text = "".join(pieces)
    mentions = [m for m in (dates._mention(text, t) for t in tag(text, "2024-06-05")) if m]
    assert dates.datelines(text, mentions) == _plain_datelines(text, mentions)


def test_a_listing_reads_each_item_against_its_own_date() -> None:
    text = "08.11.2019\nThe minister visited Tokyo yesterday.\n\n12.03.2020\nTalks resumed yesterday.\n"
    mentions = [m for m in (dates._mention(text, t) for t in tag(text, "2020-06-01")) if m]
    values = [m.attrs["value"] for m in dates.retag_sections(text, mentions)]
    assert values == ["2019-11-08", "2019-11-07", "2020-03-12", "2020-03-11"]


def test_a_reference_given_as_text_and_as_point_tag_alike() -> None:
    text = "They met on Monday."
    assert tag(text, "2024-06-05") == tagger.tag_with(text, parse_reference("2024-06-05"))
