"""Evidence offsets in the file's own text, as the record format defines them.

bilat extracts from a document's *text*: an HTML page's main text (markup, navigation and
boilerplate gone, entities decoded), a text file without its byte-order mark, in Unicode NFC.
The record format puts evidence offsets into "the document text as read from its file, decoded
as UTF-8". `FileOffsets` maps a span of the document text to the span of the file text that
shows the same characters:

    offsets = FileOffsets.build(doc.text, file_text(data), markup=True)
    offsets.span(10, 25)   # -> (412, 437), or None when the span's characters are not in the file

The two texts are aligned on their visible characters, white space aside: each line of the
document text is looked for, whole, a little after the previous line's place in the file; a line
that the reader rewrote (a list dash, table pipes) is aligned word by word instead. The work is
linear in the size of both texts.
"""

from __future__ import annotations

import html
import re
from array import array
from bisect import bisect_right

from bilat.ingest.model import SourceDocument
from bilat.ingest.sniff import HTML, MARKDOWN, TEXT

# White space and the invisible characters that readers drop or keep at will.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_WORD = re.compile(rf"[^\s{_INVISIBLE}]+")
_LINE = re.compile(r"[^\n]+")
# Markup that shows no text. Every alternative matches once started (an unclosed comment or
# script runs to the end), so the scan stays linear on broken pages.
_MARKUP = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<(script|style|template)\b[^>]*>.*?(?:</\1\s*>|\Z)"
    r"|<!\[CDATA\[.*?(?:\]\]>|\Z)"
    r"|<[!?/]?[A-Za-z][^>]*>?",
    re.DOTALL | re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")
# How far past the previous line a line is looked for (characters of visible text): boilerplate
# between two kept paragraphs is skipped within this reach.
LINE_REACH = 200_000
WORD_REACH = 2_000
# Failed line searches may read the file text this many times over; past that, lines are only
# looked for as near as words are (a file that matches nowhere stays linear).
FAILED_LINE_PASSES = 16
# A line not found near its place may be looked for anywhere (a title moved to the top), but only
# a long one, and only until this many passes over the file text have been spent.
MIN_MOVED_LINE = 12
MOVED_LINE_PASSES = 8
# Evidence of at most this many words may be looked for anywhere in the file when its span could
# not be mapped (`FileOffsets.located`).
MAX_LOCATED_WORDS = 60
_TEXT_FILES = frozenset({TEXT, MARKDOWN, HTML})


def file_text(data: bytes) -> str:
    """A file's text as the record format reads it: UTF-8 (bad bytes replaced), ``\\n`` line ends."""
    return data.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")


class _Characters:
    """The characters of a text that are not white space, each with the span that shows it."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self.size = 0
        self._at = array("q")  # index of a piece's first character
        self._source = array("q")  # where the piece starts in its text
        self._length = array("q")  # characters in the piece
        self._entity = array("q")  # an entity's length in its text; 0: shown one for one

    def add(self, chars: str, source: int, entity: int = 0) -> None:
        """Append `chars`, shown at `source` one for one, or all by an entity `entity` characters long."""
        self._parts.append(chars)
        self._at.append(self.size)
        self._source.append(source)
        self._length.append(len(chars))
        self._entity.append(entity)
        self.size += len(chars)

    def joined(self) -> str:
        """All the characters, in order, as one string."""
        return "".join(self._parts)

    def span(self, index: int) -> tuple[int, int]:
        """The span of the text that shows character `index`."""
        piece = bisect_right(self._at, index) - 1
        if self._entity[piece]:  # every character an entity yields is shown by the whole of it
            return self._source[piece], self._source[piece] + self._entity[piece]
        start = self._source[piece] + index - self._at[piece]
        return start, start + 1

    # The two look-ups below serve the document text's characters, which have no entities.
    def first_at_or_after(self, offset: int) -> int | None:
        """The index of the first character shown at or after `offset` of the text."""
        piece = bisect_right(self._source, offset) - 1
        if piece >= 0 and offset < self._source[piece] + self._length[piece]:
            return self._at[piece] + offset - self._source[piece]
        return self._at[piece + 1] if piece + 1 < len(self._at) else None

    def last_before(self, offset: int) -> int | None:
        """The index of the last character shown before `offset` of the text."""
        piece = bisect_right(self._source, offset - 1) - 1
        if piece < 0:
            return None
        end = min(offset - 1, self._source[piece] + self._length[piece] - 1)
        return self._at[piece] + end - self._source[piece]


def _plain_characters(text: str) -> _Characters:
    chars = _Characters()
    _add_words(chars, text, 0, len(text))
    return chars


def _visible_characters(markup: str) -> _Characters:
    """The characters an HTML page shows (tags, comments and scripts skipped, entities decoded)."""
    chars = _Characters()
    position = 0
    for tag in _MARKUP.finditer(markup):
        _add_shown_text(chars, markup, position, tag.start())
        position = tag.end()
    _add_shown_text(chars, markup, position, len(markup))
    return chars


def _add_shown_text(chars: _Characters, markup: str, start: int, end: int) -> None:
    position = start
    for entity in _ENTITY.finditer(markup, start, end):
        _add_words(chars, markup, position, entity.start())
        decoded = html.unescape(entity.group())
        if decoded == entity.group():
            _add_words(chars, markup, entity.start(), entity.end())
        elif decoded.strip(" \t\n\r\f\v\u00a0" + _INVISIBLE):
            chars.add(decoded, entity.start(), entity.end() - entity.start())
        position = entity.end()
    _add_words(chars, markup, position, end)


def _add_words(chars: _Characters, text: str, start: int, end: int) -> None:
    for word in _WORD.finditer(text, start, end):
        chars.add(word.group(), word.start())


class FileOffsets:
    """A map from spans of a document's text to spans of the file text (`source`) it was read from."""

    def __init__(
        self, source: str, text_chars: _Characters, file_chars: _Characters, runs: list[tuple[int, int, int]]
    ) -> None:
        self.source = source
        self._text = text_chars
        self._file = file_chars
        self._run_text = array("q", (r[0] for r in runs))
        self._run_file = array("q", (r[1] for r in runs))
        self._run_length = array("q", (r[2] for r in runs))

    @classmethod
    def build(cls, text: str, source: str, *, markup: bool) -> FileOffsets:
        """Align a document's `text` with the `source` text of its file (HTML when `markup`)."""
        file_chars = _visible_characters(source) if markup else _plain_characters(source)
        text_chars = _Characters()
        runs = _Aligner(file_chars.joined()).align(text, text_chars)
        return cls(source, text_chars, file_chars, runs)

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """The file span showing `text[start:end]` (trimmed to what the file shows), or None."""
        first = self._text.first_at_or_after(start)
        last = self._text.last_before(end)
        if first is None or last is None or first > last:
            return None
        file_first = self._in_file(first, towards=last)
        file_last = self._in_file(last, towards=first)
        if file_first is None or file_last is None:
            return None
        file_start, file_end = self._file.span(file_first)[0], self._file.span(file_last)[1]
        return (file_start, file_end) if file_start < file_end else None

    def located(self, words: str) -> tuple[int, int] | None:
        """The first file span that shows `words` as written (white space and tags between words
        aside), anywhere in the file: for evidence whose line the alignment could not place (a
        page title the reader moved after its alignment budget was spent). None for an empty or
        overlong text, or when the file does not show it."""
        parts = words.split()
        if not parts or len(parts) > MAX_LOCATED_WORDS:
            return None
        gap = r"(?:\s|<[^<>]{0,200}>)+"
        found = re.search(gap.join(re.escape(part) for part in parts), self.source)
        return found.span() if found else None

    def _in_file(self, index: int, *, towards: int) -> int | None:
        """The file character of text character `index`, or of the nearest aligned one up to `towards`."""
        run = bisect_right(self._run_text, index) - 1
        if run >= 0 and index < self._run_text[run] + self._run_length[run]:
            return self._run_file[run] + index - self._run_text[run]
        if towards >= index:
            following = run + 1
            if following < len(self._run_text) and self._run_text[following] <= towards:
                return self._run_file[following]
            return None
        if run >= 0 and self._run_text[run] + self._run_length[run] - 1 >= towards:
            return self._run_file[run] + self._run_length[run] - 1
        return None


class _Aligner:
    """Finds the lines and words of a document text in the visible characters of its file."""

    def __init__(self, shown: str) -> None:
        self.shown = shown
        self.position = 0
        self.moved_budget = MOVED_LINE_PASSES * (len(shown) + 1)
        self.failed_budget = FAILED_LINE_PASSES * (len(shown) + 1)
        self.runs: list[tuple[int, int, int]] = []

    def align(self, text: str, text_chars: _Characters) -> list[tuple[int, int, int]]:
        """Fill `text_chars` with the text's characters; the aligned runs (text, file, length)."""
        for line in _LINE.finditer(text):
            first = text_chars.size
            words = list(_WORD.finditer(text, line.start(), line.end()))
            for word in words:
                text_chars.add(word.group(), word.start())
            joined = "".join(word.group() for word in words)
            if joined and not self._line(joined, first):
                self._words(words, first)
        return self.runs

    def _line(self, joined: str, first: int) -> bool:
        reach = LINE_REACH if self.failed_budget > 0 else WORD_REACH
        found = self.shown.find(joined, self.position, self.position + reach + len(joined))
        if found < 0:
            self.failed_budget -= min(reach, len(self.shown) - self.position)
        if found < 0 and len(joined) >= MIN_MOVED_LINE and self.moved_budget > 0:
            self.moved_budget -= len(self.shown)
            found = self.shown.find(joined)
        if found < 0:
            return False
        self._run(first, found, len(joined))
        return True

    def _words(self, words: list[re.Match[str]], first: int) -> None:
        index = first
        for word in words:
            chars = word.group()
            if any(c.isalnum() for c in chars):
                reach = self.position + WORD_REACH + len(chars)
                found = self.shown.find(chars, self.position, reach)
                if found < 0 and chars[-1] in ";,":  # a separator a reader added ("Agency;" of "Agency<br>")
                    found = self.shown.find(chars[:-1], self.position, reach)
                    chars = chars[:-1] if found >= 0 else chars
                if found >= 0:
                    self._run(index, found, len(chars))
            index += len(word.group())

    def _run(self, text_index: int, file_index: int, length: int) -> None:
        self.runs.append((text_index, file_index, length))
        self.position = file_index + length


def offsets_for_file(data: bytes, doc: SourceDocument) -> FileOffsets | None:
    """The map from `doc` (read from a file whose bytes are `data`) to that file's text, where they differ.

    None when the document's text is the file's text already, and for files that are not text
    (PDF) or hold several documents (feeds): their evidence stays in document-text offsets.
    """
    if doc.media_type not in _TEXT_FILES:
        return None
    source = file_text(data)
    if source == doc.text:
        return None
    return FileOffsets.build(doc.text, source, markup=doc.media_type == HTML)
