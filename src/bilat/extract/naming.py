"""Shared naming helpers: name keys, kinds of names (organisation, programme, event...), and the
country a name or its context points to."""

from __future__ import annotations

import re
import unicodedata

from bilat.extract.doc import Doc, Mention
from bilat.extract.phrases import name_words

EVENT_WORDS = frozenset(
    {
        "Meeting",
        "Meetings",
        "Forum",
        "Dialogue",
        "Summit",
        "Conference",
        "Workshop",
        "Week",
        "Symposium",
        "Seminar",
        "Expo",
        "Exhibition",
        "Reception",
        "Session",
    }
)
COMMITTEE_WORDS = frozenset({"Committee", "Commitee", "Committees"})
AGREEMENT_WORDS = frozenset(
    {
        "Agreement",
        "Memorandum",
        "Memoranda",
        "Arrangement",
        "Statement",
        "Declaration",
        "Letter",
        "Treaty",
        "Roadmap",
        "Communiqué",
    }
)
PROGRAMME_WORDS = frozenset(
    {
        "Programme",
        "Program",
        "Programmes",
        "Programs",
        "Project",
        "Projects",
        "Initiative",
        "Fund",
        "Partnership",
        "Partnerships",
        "Mission",
        "Scheme",
        "Strategy",
        "Laboratories",
        "Scholarships",
        "Fellowships",
        "Campus",
        "Beamline",
        "Telescope",
        "Plan",
        "Framework",
        "Endowment",
    }
)
PROGRAMME_AFTER = frozenset(
    {
        "programme",
        "program",
        "project",
        "initiative",
        "mission",
        "scheme",
        "fund",
        "partnership",
        "probe",
        "experiment",
        "telescope",
    }
)
NON_NAME_WORDS = frozenset({"Time", "Standard"})
_SPACES = re.compile(r"\s+")


def key(name: str) -> str:
    """A comparison key: case, accents, punctuation and a leading "the" ignored (as the scorer)."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().replace("&", " and ")
    text = re.sub(r"[^\w\s]", " ", text)
    text = _SPACES.sub(" ", text).strip()
    return text[4:] if text.startswith("the ") else text


def words_of(name: str) -> list[str]:
    """The words of a name, punctuation stripped from their ends."""
    return [w.strip(",.;:()'’\"") for w in name.split()]


def kind_of(name: str, after: str = "") -> str | None:
    """What a capitalised name names: 'org', 'programme', 'event', 'committee', 'agreement' or None."""
    words = set(words_of(name))
    heads, weak, _ = name_words()
    if words & COMMITTEE_WORDS:
        return "committee"
    if words & EVENT_WORDS:
        return "event"
    if words & AGREEMENT_WORDS:
        return "agreement"
    if words & NON_NAME_WORDS:
        return None
    if after.lower() in PROGRAMME_AFTER or words & PROGRAMME_WORDS:
        return "programme"
    strong = (words & heads) - weak
    if strong or (words & weak and len(words - weak) >= 1):
        return "org"
    return None


def countries_in(doc: Doc, start: int, end: int) -> list[Mention]:
    """Country mentions inside [start, end)."""
    return doc.in_span("country", start, end)


def country_before(doc: Doc, start: int, max_gap: int = 3) -> str | None:
    """A country named just before `start` ("Japan's", "Swedish", "the U.S.")."""
    for mention in reversed(doc.in_span("country", max(0, start - 40), start)):
        gap = doc.text[mention.end : start]
        gap_words = [w for w in gap.replace("’s", " ").replace("'s", " ").split() if w]
        if len(gap_words) <= max_gap and not any(c in gap for c in ",;()"):
            return str(mention.attrs["code"])
        break
    return None


def country_in_sentence(doc: Doc, start: int) -> str | None:
    """The nearest country (or city's country) named earlier in the sentence of `start`."""
    sent_start, _ = doc.sentence_of(start)
    places = doc.in_span("country", sent_start, start) + doc.in_span("city", sent_start, start)
    places.sort(key=lambda m: m.start)
    return str(places[-1].attrs["code"]) if places else None
