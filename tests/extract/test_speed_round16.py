"""Speed round 16: each shortcut gives what its plain definition gives.

- `_defined_full_name` (calls) returns at once when the text lacks "(ACR)": compared with the
  search over every name without that pre-test;
- `_no_country_name` (organizations) remembers per name whether a body has no country of its
  own: compared with the three tests it stands for, called afresh.
"""

from __future__ import annotations

import random
import re

from bilat.extract.components.calls import _defined_full_name
from bilat.extract.components.organizations import (
    _international_name,
    _no_country_name,
    binational_body,
    regional_body,
)


def _plain_defined_full_name(text: str, acronym: str, names: list[str]) -> str | None:
    """`_defined_full_name` as it was first written: every name tried, no pre-test."""
    for name in sorted(names, key=len, reverse=True):
        words = r"\s+".join(map(re.escape, name.split()))
        if name != acronym and re.search(rf"{words}\s*\({re.escape(acronym)}\)", text):
            return " ".join(name.split())
    return None


_NAMES = [
    "Joint Research Programme",
    "Bilateral Science Fund",
    "Ocean Data Network",
    "JRP",
    "Strategic  Partnership\nScheme",
]
_ACRONYMS = ["JRP", "BSF", "ODN", "SPS", "X.Y", "A+B"]
_GLUE = [" ", "  ", "\n", " (", ") ", "(", ")", ", ", " the ", "\t"]


def _texts(rnd: random.Random, count: int) -> list[str]:
    pieces = [*_NAMES, *_ACRONYMS, *(f"({a})" for a in _ACRONYMS), "launched", "under"]
    out = []
    for _ in range(count):
        out.append("".join(rnd.choice(pieces) + rnd.choice(_GLUE) for _ in range(rnd.randrange(1, 9))))
    return out


def test_defined_full_name_matches_plain_search() -> None:
    rnd = random.Random(16)
    fixed = [
        "the Joint Research Programme (JRP) opens",
        "the Joint Research\nProgramme  (JRP)",
        "Joint Research Programme(JRP)",
        "Joint Research Programme [JRP]",
        "the JRP (JRP)",
        "Bilateral Science Fund (BSF) and Ocean Data Network (ODN)",
        "Strategic Partnership Scheme (SPS)",
        "",
    ]
    for text in fixed + _texts(rnd, 3000):
        for acronym in _ACRONYMS:
            names = rnd.sample(_NAMES, rnd.randrange(0, len(_NAMES) + 1))
            assert _defined_full_name(text, acronym, names) == _plain_defined_full_name(text, acronym, names)


def test_no_country_name_matches_its_tests() -> None:
    names = [
        "United Nations Environment Programme",
        "UN Environment Programme",
        "Canada-Israel Industrial Research and Development Foundation",
        "Sino-German Joint Laboratory for Ocean Science",
        "the Norwegian-Chilean Commission on Fisheries",
        "Japan-Germany Centre",
        "East African Community",
        "Asian Development Bank",
        "Asian Institute of Technology",
        "Islamic Development Bank",
        "Arab Republic of Egypt Development Bank",
        "Ministry of Education",
        "Korea Institute of Science and Technology",
        "French-German  Commission",
        "",
    ]
    for _ in range(2):  # the second time from the cache
        for name in names:
            plain = _international_name(name) or binational_body(name) or regional_body(name)
            assert _no_country_name(name) == plain, name
