"""An event mention that points back ("the forum") looks back within its paragraph, and never more
than a bounded number of sentences, so that texts without paragraph breaks stay linear."""

from __future__ import annotations

from bilat.extract import get_extractor
from bilat.extract.components import event_names
from bilat.extract.doc import Doc


def doc_of(text: str) -> Doc:
    return get_extractor().analyse(text, name="t.txt")


def test_lookback_stops_at_a_paragraph_break():
    text = "The Tokyo Forum met on 3 May 2024. It was useful.\n\nThe forum met again on 4 May 2024."
    doc = doc_of(text)
    at = text.index("The forum")
    assert event_names._lookback_start(doc, at) == text.index("\n\n") + 2


def test_lookback_is_bounded_in_a_text_without_breaks():
    sentences = [f"Sentence number {i} is here." for i in range(100)]
    text = " ".join(sentences)
    doc = doc_of(text)
    at = text.index("Sentence number 80 ")
    start = event_names._lookback_start(doc, at)
    assert start == text.index(f"Sentence number {80 - event_names.LOOKBACK_SENTENCES} ")
    assert event_names._lookback_start(doc, text.index("Sentence number 3 ")) == 0


def test_a_long_narrative_without_breaks_gives_one_event_with_few_spans():
    text = "The workshop was held in Tokyo on 3 May 2024. The following day, the forum met. " * 400
    record = get_extractor().extract(text, name="long.txt").to_dict()
    assert 1 <= len(record["events"]) <= 50
    for event in record["events"]:
        assert len(event["evidence"]) <= 4
