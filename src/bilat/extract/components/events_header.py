"""Events told by a document's title and its labelled fields: an event report, invitation or
programme whose heading names the event ("Joint Workshop on Marine Robotics — Programme") and whose
next lines give it as fields ("Date: 3-5 June 2025", "Venue: Hotel Lotte, Busan", "When: ...",
"Where: ..."). No sentence tells the event with its date, so the sentence scan finds nothing: the
heading gives the kind and name, the date field the date and the place field the city."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from bilat.extract.doc import Doc, Mention
from bilat.extract.matching import Hit
from bilat.extract.resources import load_yaml, longest_first

HEADER_SENTENCES = 4  # the sentences at a document's top where its title may stand
FIELD_SENTENCES = 5  # the sentences after the title where its labelled fields may stand


def _label(words: list[str], tail: str = "") -> re.Pattern[str]:
    """A label at a line's start (Markdown or plain) made of one of `words` as written, capitalised
    or in capitals: "Date:", "**Dates:**", "When -", "Date and venue:"."""
    forms = {
        form
        for word in words
        for form in (word, word[:1].upper() + word[1:], word.title(), word.upper())
    }
    return re.compile(rf"[*_#\s|-]{{0,6}}(?:{longest_first(forms)}){tail}[*_]{{0,2}}\s*[:|–-]")


@functools.cache
def _labels() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The date label and the place label (event_types.yaml `field_labels`), built on first use."""
    labels = load_yaml("event_types.yaml").get("field_labels", {})
    return _label(list(labels.get("date", [])), r"(?:\s+and\s+\w+)?"), _label(list(labels.get("place", [])))


def header_event(
    doc: Doc,
    cues: list[list[Hit]],
    dates: Callable[[Doc, int, int], list[Mention]],
    cities: Callable[[Doc, int, int], list[Mention]],
) -> tuple[Hit, Mention, Mention, int] | None:
    """(the title's event cue, its date field's date, its place field's city, the title's sentence
    index) when one of the first sentences names an event with no date of its own and labelled
    fields after it give the date and the place; None otherwise. `cues`: the event
    cues of each sentence; `dates`, `cities`: the dates and cities of a span."""
    sentences = doc.sentences
    first = doc.first_body_sentence()
    for index in range(first, min(first + HEADER_SENTENCES, len(sentences))):
        if not cues[index]:
            continue
        start, end = sentences[index]
        if any(len(str(d.attrs.get("value") or "")) >= 7 for d in dates(doc, start, end)):
            return None  # the title is dated itself: the sentence scan dates it
        date: Mention | None = None
        city: Mention | None = None
        date_label, place_label = _labels()
        # (lines of layout alone do not count: a table's "|---|---|", a front matter's "---")
        after = sentences[index + 1 : index + 1 + 3 * FIELD_SENTENCES]
        fields = [(a, b) for a, b in after if _has_word(doc.text, a, b)]
        for field_start, field_end in fields[:FIELD_SENTENCES]:
            if date is None and date_label.match(doc.text, field_start):
                # ("Date: 15 September 2026 | Venue: Ministry ..., Warsaw": two fields on one line)
                joined = _next_field(doc.text, field_start, field_end, place_label)
                found = [d for d in dates(doc, field_start, joined) if len(str(d.attrs["value"])) >= 7]
                date = found[0] if found else None
                if joined < field_end and city is None:
                    places = cities(doc, joined, field_end)
                    city = places[0] if places else None
            elif city is None and place_label.match(doc.text, field_start):
                found = cities(doc, field_start, field_end)
                city = found[0] if found else None
        # A date field alone is often the page's own date ("Date: 12 May 2025" under a press
        # release's title): only a date with a place field tells an event.
        if date is not None and city is not None:
            return cues[index][0], date, city, index
        return None
    return None


_FIELD_SEPARATOR = re.compile(r"[ \t]+[|·•][ \t]+")


def _next_field(text: str, start: int, end: int, label: re.Pattern[str]) -> int:
    """Where a field of `label` starts after a separator ("|", "·") on the line of the field at
    `start` ("Date: 15 September 2026 | Venue: ..."), else `end`."""
    for separator in _FIELD_SEPARATOR.finditer(text, start, end):
        if label.match(text, separator.end()):
            return separator.end()
    return end


def _has_word(text: str, start: int, end: int) -> bool:
    """Whether a sentence has a letter or a digit (not a table rule or a blank table row)."""
    return any(char.isalnum() for char in text[start:end])


