"""Candidate names of a Doc: runs of name-like tokens (capitalised, all-caps, mixed-case or
alphanumeric words, hyphenated ones included) joined by linking words ("of", "for", "and", "de",
"–", ...), and their sensible sub-spans (without the first word, cut before or after a linking word,
without a trailing year). Training and run time use the same code, so the model is only ever asked
about spans like the ones it learned from."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bilat.extract.doc import Doc
from bilat.extract.resources import load_yaml

# Words and single punctuation marks; a word stops at spaces and at ,;:()[]"“”‘’'!?|*#.
_TOKEN = re.compile(r"[^\s,;:()\[\]\"“”‘’'!?|*#]+|[,;:()\[\]\"“”‘’'!?|]")
LINKS = frozenset(str(word) for word in load_yaml("programme_phrase_words.yaml")["learned_links"])
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
MAX_TOKENS = 12  # no programme name in our gold is longer
MAX_RUN = 24  # runs longer than this are headings or lists: they are cut into pieces


@dataclass(frozen=True)
class Token:
    """A word or punctuation mark of a sentence with its offsets in the document text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Candidate:
    """A name-like span: tokens[first:last] of its sentence, with its text and offsets."""

    start: int
    end: int
    text: str
    sentence: int  # index into the sentence token lists
    first: int
    last: int  # exclusive


def tokens_of(text: str, start: int, end: int) -> list[Token]:
    """The tokens of text[start:end]; a trailing full stop is not part of a word ("Plan 2100.")."""
    out = []
    for match in _TOKEN.finditer(text, start, end):
        word = match.group()
        stop = match.end()
        while len(word) > 1 and word[-1] in ".…" and not _is_initials(word):
            word = word[:-1]
            stop -= 1
        out.append(Token(match.start(), stop, word))
    return out


def _is_initials(word: str) -> bool:
    return len(word) <= 5 and word.count(".") >= 2  # "U.S." keeps its last dot


def is_name_word(word: str) -> bool:
    """A word that can carry a name: an upper-case letter anywhere, or a digit beside letters."""
    if word.lower() != word:  # an upper-case letter somewhere (C speed: this runs per token)
        return True
    return _DIGIT.search(word) is not None and not word.isdigit() and _LETTER.search(word) is not None


def is_number(word: str) -> bool:
    """A number or number range that may end a name ("2100", "2026–2028", "II" is a name word)."""
    return any(c.isdigit() for c in word) and all(c.isdigit() or c in "–—-/." for c in word)


def runs(tokens: list[Token]) -> list[tuple[int, int]]:
    """(first, last) token ranges of name runs: name words, numbers after a name word, and linking
    words between name words."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(tokens)
    while i < n:
        if not is_name_word(tokens[i].text):
            i += 1
            continue
        j = i + 1
        last_name = i
        while j < n:
            word = tokens[j].text
            if is_name_word(word) or is_number(word):
                last_name = j
            elif word.lower() not in LINKS:
                break
            j += 1
        end = last_name + 1
        for piece in range(i, end, MAX_RUN):
            out.append((piece, min(end, piece + MAX_RUN)))
        i = end
    return out


def sub_spans(tokens: list[Token], first: int, last: int) -> list[tuple[int, int]]:
    """Token ranges inside a run worth asking about: the run; without its first word; cut before a
    linking word or resumed after one; without a trailing number. Each starts and ends on a name
    word (or a trailing number) and holds at most MAX_TOKENS tokens."""
    links = [k for k in range(first, last) if tokens[k].text.lower() in LINKS]
    starts = {first, first + 1} | {k + 1 for k in links}
    ends = {last} | set(links)
    if is_number(tokens[last - 1].text):
        ends.add(last - 1)
    out = []
    for s in sorted(starts):
        if s >= last or tokens[s].text.lower() in LINKS or not is_name_word(tokens[s].text):
            continue
        for e in sorted(ends):
            if e <= s or e - s > MAX_TOKENS:
                continue
            if tokens[e - 1].text.lower() in LINKS or _shouted(tokens, s, e):
                continue
            out.append((s, e))
    return out


def _shouted(tokens: list[Token], first: int, last: int) -> bool:
    """Three or more words in capitals: a heading ("GHANA-UK FELLOWSHIP PROGRAMME OPENS ..."), not
    a name; acronym names are one or two words."""
    words = [t.text for t in tokens[first:last] if any(c.isalpha() for c in t.text)]
    return len(words) >= 3 and all(w.isupper() for w in words)


def sentence_tokens(doc: Doc) -> list[list[Token]]:
    """The tokens of each sentence of `doc` (the whole text as one sentence when none were found);
    a line break inside a sentence starts a new token list (names never cross lines)."""
    spans = doc.sentences or [(0, len(doc.text))]
    out = []
    text = doc.text
    for start, end in spans:
        line_start = start
        while line_start < end:
            cut = text.find("\n", line_start, end)
            line_end = end if cut < 0 else cut
            if line_end > line_start:
                out.append(tokens_of(text, line_start, line_end))
            line_start = line_end + 1
    return out


def candidates(doc: Doc, token_lists: list[list[Token]] | None = None) -> list[Candidate]:
    """Every candidate span of `doc`, in text order."""
    lists = sentence_tokens(doc) if token_lists is None else token_lists
    out = []
    text = doc.text
    for index, tokens in enumerate(lists):
        for first, last in runs(tokens):
            for s, e in sub_spans(tokens, first, last):
                start, end = tokens[s].start, tokens[e - 1].end
                out.append(Candidate(start, end, text[start:end], index, s, e))
    return out
