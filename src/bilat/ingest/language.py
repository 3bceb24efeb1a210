"""A cheap, offline guess of a document's language: dominant script, else common function words.

The reference data (script ranges, stop words) is in ``ingest/data/languages.yaml``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

import yaml

MIN_LETTERS = 20
SCRIPT_SHARE = 0.2
MIN_STOPWORD_SHARE = 0.05
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)


@dataclass(frozen=True)
class _Profiles:
    scripts: list[tuple[str, re.Pattern[str], float]]
    stopwords: dict[str, frozenset[str]]


@functools.cache
def _profiles() -> _Profiles:
    raw = yaml.safe_load((resources.files("bilat.ingest") / "data" / "languages.yaml").read_text("utf-8"))
    scripts = [
        (str(s["language"]), _char_class(s["ranges"]), float(s.get("share", SCRIPT_SHARE)))
        for s in raw["scripts"]
    ]
    stopwords = {str(lang): frozenset(str(w) for w in words) for lang, words in raw["stopwords"].items()}
    return _Profiles(scripts, stopwords)


def _char_class(ranges: list[list[int]]) -> re.Pattern[str]:
    return re.compile("[" + "".join(f"{chr(int(a))}-{chr(int(b))}" for a, b in ranges) + "]")


def detect_language(text: str, *, sample: int = 20_000) -> str | None:
    """An ISO 639-1 code for the language of `text`, or None when too little text to tell."""
    head = text[:sample]
    letters = len(_LETTER.findall(head))
    if letters < MIN_LETTERS:
        return None
    by_script = _language_by_script(head, letters)
    return by_script if by_script else _language_by_stopwords(head)


def _language_by_script(text: str, letters: int) -> str | None:
    for language, pattern, share in _profiles().scripts:
        if len(pattern.findall(text)) / letters >= share:
            return language
    return None


def _language_by_stopwords(text: str) -> str | None:
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return None
    profiles = _profiles().stopwords
    scores = {lang: sum(1 for w in words if w in stops) / len(words) for lang, stops in profiles.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] >= MIN_STOPWORD_SHARE else None


# The language whose wording the extraction rules read (role titles, cue words, date names).
RULES_LANGUAGE = "en"


def reading_note(language: str | None) -> str | None:
    """A one-line note for a document in a language the extraction rules do not read, else None."""
    if language is None or language == RULES_LANGUAGE:
        return None
    return f"written in {language_name(language)} ({language}): the rules read English, so expect few facts"


def language_name(code: str) -> str:
    """The English name of an ISO 639-1 language code ("es" -> "Spanish"), or the code itself."""
    import pycountry

    found = pycountry.languages.get(alpha_2=code)
    return str(found.name) if found is not None else code
