"""The quick pre-tests of the events component answer exactly as the plain tests they skip: an
aside phrase before a cue ("on the sidelines of"), a dateline opening a sentence ("LONDON, June 13
--"), and a date beyond another cue of the sentence."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bilat.extract.components import event_anchors, events
from bilat.extract.doc import Doc, Mention
from bilat.extract.matching import Hit

ASIDE_PIECES = [
    "on",
    "On",
    "the",
    "THE",
    "sidelines",
    "SIDELINES",
    "ſidelines",
    "margins",
    "margin",
    "of",
    "in",
    "İn",
    "at",
    "a",
    "forum",
    ".",
    ";",
    ",",
    "\n",
    "x",
]


def plain_aside(doc: Doc, hit: Hit) -> bool:
    """The aside test without its pre-test: the pattern searched in the 100 characters before."""
    pattern = events._aside_pattern()
    return pattern is not None and pattern.search(doc.text, max(0, hit.start - 100), hit.start) is not None


@given(st.lists(st.sampled_from(ASIDE_PIECES), max_size=30).map(" ".join))
def test_aside_pre_test_answers_as_the_pattern(before: str) -> None:
    text = before + " meeting"
    doc = Doc(text=text, name="t.txt", published=None)
    hit = Hit(len(before) + 1, len(text), "meeting")
    assert events.aside(doc, hit) == plain_aside(doc, hit)


def test_a_cue_on_the_sidelines_of_a_forum_is_an_aside() -> None:
    text = "The ministers met on the Sidelines of the Science Forum in Oslo."
    doc = Doc(text=text, name="t.txt", published=None)
    forum = text.index("Forum")
    assert events.aside(doc, Hit(forum, forum + 5, "conference"))
    met = text.index("met")
    assert not events.aside(doc, Hit(met, met + 3, "meeting"))


DATELINE_PIECES = [
    "LONDON",
    "Asunción",
    "São Paulo",
    ",",
    " ",
    "  ",
    "\n",
    "—",
    "-",
    ":",
    "(Agency)",
    "2026",
    "x",
    ".",
]


def plain_dateline(doc: Doc, sentence: tuple[int, int], date: Mention) -> bool:
    """The dateline test without its pre-test: the two patterns around the date."""
    return bool(
        event_anchors._DATELINE_BEFORE.match(doc.text, sentence[0], date.start)
        and event_anchors._DATELINE_AFTER.match(doc.text, date.end, min(sentence[1], date.end + 50))
    )


@given(
    st.lists(st.sampled_from(DATELINE_PIECES), max_size=8).map("".join),
    st.lists(st.sampled_from(DATELINE_PIECES), max_size=8).map("".join),
    st.integers(0, 3),
)
def test_dateline_pre_test_answers_as_the_patterns(before: str, after: str, cut: int) -> None:
    date_text = "13 June"
    text = before + date_text + after + " The ministers met."
    start = len(before)
    date = Mention(start, start + len(date_text), "date", date_text, {"type": "DATE", "value": "2026-06-13"})
    sentence = (min(cut, start), len(text))
    doc = Doc(text=text, name="t.txt", published=None)
    assert event_anchors._is_dateline(doc, sentence, date) == plain_dateline(doc, sentence, date)


def test_a_dateline_is_still_found() -> None:
    text = "LONDON, 13 June 2026 -- The ministers met in Leeds on 14 June."
    doc = Doc(text=text, name="t.txt", published=None)
    first = Mention(8, 20, "date", "13 June 2026", {"type": "DATE", "value": "2026-06-13"})
    assert event_anchors._is_dateline(doc, (0, len(text)), first)


CLAUSE_PIECES = ["the", "forum", "workshop", ", and", ";", ", while", "on", "8 June", "x", ","]


@given(st.lists(st.sampled_from(CLAUSE_PIECES), min_size=1, max_size=12), st.data())
def test_a_lone_cue_pays_no_cost_for_crossing_cues(pieces: list[str], data: st.DataObject) -> None:
    text = " ".join(pieces)
    doc = Doc(text=text, name="t.txt", published=None)
    cue_start = data.draw(st.integers(0, len(text) - 1))
    cue = (cue_start, data.draw(st.integers(cue_start + 1, len(text))))
    date_start = data.draw(st.integers(0, len(text) - 1))
    date = Mention(
        date_start, data.draw(st.integers(date_start + 1, len(text))), "date", "", {"value": "2026"}
    )
    hit = Hit(cue[0], cue[1], "meeting")
    # the plain computation, which only a second cue between the two can make non-zero
    assert events._across_cue(doc, date, cue, [hit]) == events._across_cue(doc, date, cue, [hit, hit]) == 0.0
