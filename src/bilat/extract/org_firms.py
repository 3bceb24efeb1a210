"""Companies named by their legal form: "VENG S.A.", "Siam Optics Co., Ltd.", "Nordlys Marine AS",
"Milano Sensori S.p.A.". The form (org_heads.yaml `legal_forms`) is part of the name and may hold
periods and a comma that a word-by-word reading of capitalised words stops at; the one to four
capitalised words right before it name the company, with or without a head word of their own."""

from __future__ import annotations

import functools
import re

from bilat.extract.doc import Doc
from bilat.extract.resources import LiteralGate, load_lines, load_yaml, longest_first

MAX_NAME_WORDS = 4  # capitalised words of a company's name before its legal form
_REACH = 80  # characters read back from a legal form for its name
_WORD = re.compile(r"[^\s,;:()\[\]\"“”]+")
# (a word that ends a sentence: "MoU.", "agreement.", not "U.S." nor "Co.")
_SENTENCE_END = re.compile(r"[^\W\d_]*[a-z][^\W\d_]*[A-Za-z]\.")
_NAME_WORD = re.compile(r"[A-Z0-9À-Þ][\w&'’.+-]*|&|and|de|do|da|del|di|van|von|und|et")


@functools.cache
def _form_pattern() -> re.Pattern[str]:
    forms = load_yaml("org_heads.yaml").get("legal_forms", [])
    alternation = longest_first(forms)
    return re.compile(f"(?<=[ \t])(?P<form>{alternation})(?![\\w/&-])")


@functools.cache
def _ambiguous() -> frozenset[str]:
    return frozenset(load_yaml("org_heads.yaml").get("ambiguous_legal_forms", []))


@functools.cache
def _form_gate() -> LiteralGate:
    """Whether a text holds a legal form after a space or a tab, as `_form_pattern` needs."""
    forms = load_yaml("org_heads.yaml").get("legal_forms", [])
    return LiteralGate(f"{blank}{form}" for form in forms for blank in " \t")


def firm_names(doc: Doc) -> list[tuple[int, int]]:
    """The spans of company names that end with a legal form, in order."""
    text = doc.text
    if not _form_gate()(text):
        return []  # (a quick test: no legal form after a blank, so `_form_pattern` finds none)
    stopwords = load_lines("name_stopwords.txt")
    out: list[tuple[int, int]] = []
    last = 0  # (the end of the form before: "Andes S.A. and Milano S.p.A." names two)
    for match in _form_pattern().finditer(text):
        form = match["form"]
        start = match.start()
        low = max(last, start - _REACH)
        last = match.end()
        words = list(_WORD.finditer(text, low, start))
        if words and words[0].start() > low and text[words[0].start() - 1] not in " \t\n":
            words = words[1:]  # (a word cut by the reach)
        name: list[re.Match[str]] = []
        for word in reversed(words):
            gap = text[word.end() : (name[0].start() if name else start)]
            if len(name) == MAX_NAME_WORDS or gap.strip(" \t" if name else " \t,"):
                break  # (a mark or a line break between two words of the name)
            token = word.group()
            if token.endswith(("'s", "’s", "-based")) or not _NAME_WORD.fullmatch(token):
                break  # (a possessive or a seat, "Penang-based Kinta Microsystems Sdn Bhd", ends it)
            if name and _SENTENCE_END.fullmatch(token):
                break  # (the last word of the sentence before: "signed an MoU. Kinta Optics Sdn Bhd")
            name.insert(0, word)
        while name and (name[0].group() in stopwords or not name[0].group()[:1].isupper()):
            name.pop(0)  # ("With Nordlys Marine AS", "and Kyoto Optics Co., Ltd.")
        if name and not name[-1].group()[:1].isupper():
            continue  # (a joining word right before the form: no name)
        if not name:
            continue
        if form in _ambiguous() and name[-1].group().isupper():
            continue  # ("PROJECT AS PLANNED")
        out.append((name[0].start(), match.end()))
    return out
