"""Airlines named without a head word of their own: "Air Transat", "Air New Zealand", "EgyptAir",
"Aerolíneas Argentinas" (a head that opens the name in the airline's language). Such a name is an
airline only where its sentence speaks of flying (org_heads.yaml `airline_cues`: "flights",
"codeshare", "route"), which keeps "Air Force", "Air Quality Index" and the like out; words that
make "Air ..." something else (`air_non_names`) never name one. The name's country is that of the
country word it holds ("EgyptAir", "Air India", "Aerolíneas Argentinas"), else the text decides.
"""

from __future__ import annotations

import functools
import re

from bilat.extract.doc import Doc
from bilat.extract.resources import load_yaml, longest_first

_CAPITALISED = r"[A-Z\u00c0-\u00de][\w\u00c0-\u024f'’-]*"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The pattern of an airline's name and that of a sentence that speaks of flying."""
    data = load_yaml("org_heads.yaml")
    heads = longest_first(data.get("airline_heads", []))
    stop = longest_first(data.get("air_non_names", []))
    cues = longest_first(data.get("airline_cues", []))
    name = re.compile(
        # "Air Transat", "Air New Zealand" (one or two words after "Air", not a non-name word)
        rf"(?<![\w-])Air[ \t](?!(?:{stop})\b){_CAPITALISED}(?:[ \t](?!(?:{stop})\b){_CAPITALISED})?"
        # "EgyptAir", "KenyaAir": a capitalised word run together with "Air"
        rf"|(?<![\w-])[A-Z][a-z]{{2,}}Air(?![\w-])"
        # "Aerolíneas Argentinas", "Linhas Aéreas Angolanas": a head of the airline's language first
        rf"|(?<![\w-])(?:{heads})[ \t]{_CAPITALISED}"
    )
    return name, re.compile(rf"\b(?:{cues})\b", re.IGNORECASE)


@functools.cache
def _quick_words() -> tuple[str, ...]:
    """Words of which every airline's name (`_patterns`) holds one: "Air" (which "Air Transat" and
    "EgyptAir" hold) and the first word of each head of `airline_heads` ("Aerolíneas", "Linhas");
    a text with none of them names no airline, so `airline_names` skips its costly search."""
    heads = load_yaml("org_heads.yaml").get("airline_heads", [])
    return ("Air", *(str(head).split()[0] for head in heads))


def airline_names(doc: Doc) -> list[tuple[int, int]]:
    """The spans of airlines' names without a head word, in sentences that speak of flying."""
    text = doc.text
    if not any(word in text for word in _quick_words()):
        return []
    name, cue = _patterns()
    out = []
    for match in name.finditer(text):
        start, end = match.span()
        sent_start, sent_end = doc.sentence_of(start)
        if cue.search(text, sent_start, sent_end):
            out.append((start, end))
    return out


def airline_country_words(name: str) -> list[str]:
    """The words of an airline's name that may name its country, the likeliest first ("Egypt" of
    "EgyptAir", "New Zealand" of "Air New Zealand", "Argentina" of "Aerolíneas Argentinas")."""
    if name.endswith("Air") and " " not in name:
        return [name[:-3]]
    words = name.split()
    tail = " ".join(words[1:]) if words[0] == "Air" else words[-1]
    # (a plural or feminine adjective of the airline's language: "Argentinas" -> "Argentina")
    return [tail, tail[:-1]] if tail.endswith("s") and not tail.endswith("ss") else [tail]
