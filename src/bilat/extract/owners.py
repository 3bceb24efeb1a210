"""Whose organisation is it? Evidence of an organisation's owner country beyond its own name.

Two countries' ministries often share a name ("the Ministry of Foreign Affairs" of Japan and of
Korea). A name placed only by a guess from its sentence is merged with any same-name organisation;
for such shared names (``shared_names`` in ``data/org_heads.yaml``), when the text also names the
body of another country, a country that is the only one its sentence names counts as the owner,
which keeps the two ministries apart.
"""

from __future__ import annotations

import functools
import re

from bilat.extract.components.gazetteer import reference
from bilat.extract.doc import Doc
from bilat.extract.naming import country_before
from bilat.extract.resources import yaml_alternation


@functools.lru_cache(maxsize=4096)
def is_shared_name(name: str) -> bool:
    """True for names that many countries' bodies bear ("Ministry of Foreign Affairs"), unless the
    reference knows the name for one country only (MEXT's full name)."""
    if yaml_alternation("org_heads.yaml", "shared_names").search(name.strip()) is None:
        return False
    return len(_known_countries(name)) != 1


def _known_countries(name: str) -> set[str | None]:
    index = reference("organizations")
    if index is None:
        return set()
    try:
        return {entry.country for entry in index.lookup(name)}
    except Exception:
        return set()


def sentence_countries(doc: Doc, start: int) -> set[str]:
    """The codes of the countries (and cities' countries) named in the sentence of `start`."""
    sent_start, sent_end = doc.sentence_of(start)
    places = [m for m in doc.in_span("country", sent_start, sent_end) if m.attrs.get("kind") != "region"]
    places += doc.in_span("city", sent_start, sent_end)
    return {str(m.attrs["code"]) for m in places}


def sole_owner(doc: Doc, start: int, end: int, guess: str | None) -> bool:
    """True when the shared name at [start, end) sits in a sentence that names only `guess`, and the
    document gives the same name to a body of another country ("Korea's Ministry of Foreign Affairs",
    or in a sentence that names only Korea)."""
    name = doc.text[start:end]
    return (
        guess is not None
        and is_shared_name(name)
        and sentence_countries(doc, start) == {guess}
        and bool(named_owners(doc, name) - {guess})
    )


def named_owners(doc: Doc, name: str) -> set[str]:
    """The countries the text gives as owners of `name`: "Korea's X", "the Korean X", "X of Korea",
    or the only country of a sentence that names X."""
    cache: dict[str, set[str]] = doc.data.setdefault("_named_owners", {})
    if name not in cache:
        owners = set()
        for use in re.finditer(re.escape(name), doc.text):
            before = country_before(doc, use.start(), max_gap=1)
            after = _OF_COUNTRY.match(doc.text, use.end())
            if before:
                owners.add(before)
            if after:
                owners |= {str(m.attrs["code"]) for m in doc.in_span("country", use.end(), after.end())}
            if not before and not after and len(countries := sentence_countries(doc, use.start())) == 1:
                owners |= countries
        cache[name] = owners
    return cache[name]


_OF_COUNTRY = re.compile(r" of (?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*){0,3}")
