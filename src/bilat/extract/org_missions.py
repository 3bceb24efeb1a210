"""Diplomatic missions named by their kind, the sending state and often their seat: "Embassy of
Chile in Seoul", "the Consulate-General of Peru in Osaka", "High Commission of Ghana, Ottawa" at the
head of a page, "Embajada de Chile en Corea", "EMBASSY OF NORWAY, HANOI". The mission belongs to
the sending state wherever it sits; its name runs to the end of its seat, which a word-by-word
reading of capitalised words may cut ("Dar es Salaam") or miss (a role before it that ends with
the word "Mission": "Deputy Head of Mission at the Embassy of ...")."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from bilat.extract.doc import Doc, Mention
from bilat.extract.naming import names_state
from bilat.extract.reference import countries as country_table
from bilat.extract.resources import LiteralGate, load_yaml, longest_first

_PLACE_REACH = 60  # characters a sender's or seat's name may span ("the Kingdom of the Netherlands")
# After a seat named behind a comma, what shows that the name ends there: the line's or a table
# cell's end, markup, or a separator of a letterhead's parts ("... , Hanoi | Issue 4").
_LETTERHEAD_END = re.compile(r"[ \t*_]*(?:$|\n|<|\||[-\u2013\u2014\u00b7(/])")
# A one-word seat that no gazetteer knows ("en Corea"): capitalised, with no capitalised word after.
_LONE_WORD = re.compile(r"[A-Z][\w'\u2019-]{2,}(?![ \t]+[A-Z])")
_GAP = r"(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)"  # spaces, with at most one line break (hard-wrapped text)
_SMALL_WORDS = frozenset({"of", "the", "in", "de", "do", "da", "du", "en", "em", "la", "el"})


@dataclass
class Mission:
    """A mission's name at [start, end) and the code of its sending state."""

    start: int
    end: int
    country: str


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The kind and link that open a mission's name (as written, or all in capitals), and the link
    from the sender to the seat (org_heads.yaml `mission_kinds`, `mission_links`, `mission_seat_links`)."""
    data = load_yaml("org_heads.yaml")
    kinds = [str(k) for k in data.get("mission_kinds", [])]
    links = [str(k) for k in data.get("mission_links", [])]
    seat_links = [str(k) for k in data.get("mission_seat_links", [])]
    if not kinds or not links:
        return re.compile("(?!)"), re.compile("(?!)")
    kind = longest_first([*kinds, *(k.upper() for k in kinds)])
    link = longest_first([*links, *(k.upper() for k in links)])
    opening = re.compile(rf"\b(?:{kind}){_GAP}(?:{link}){_GAP}(?:(?:the|THE|la|LA|el|EL){_GAP})?")
    seat = longest_first([*seat_links, *(k.upper() for k in seat_links)])
    seat_link = re.compile(
        rf"{_GAP}(?:{seat}){_GAP}(?:(?:the|THE){_GAP})?|,[ \t]+" if seat_links else r",[ \t]+"
    )
    return opening, seat_link


def _place_at(doc: Doc, start: int, layers: tuple[str, ...]) -> Mention | None:
    """The longest city or country mention of `layers` that starts at `start`."""
    found = [
        m for layer in layers for m in doc.in_span(layer, start, start + _PLACE_REACH) if m.start == start
    ]
    return max(found, key=lambda m: m.end, default=None)


def _seat_end(doc: Doc, after_sender: int) -> int | None:
    """Where the seat named after a mission's sender ends ("... in Seoul", "..., Hanoi" ending its
    line), or None when no seat follows."""
    _, link = _patterns()
    found = link.match(doc.text, after_sender)
    if found is None:
        return None
    start = found.end()
    comma = found.group().startswith(",")
    place = _place_at(doc, start, ("city", "country"))
    end = place.end if place is not None else None
    if end is None:
        lone = _LONE_WORD.match(doc.text, start)
        end = lone.end() if lone and not doc.in_span("date", start, lone.end()) else None
    if end is None or (comma and not _LETTERHEAD_END.match(doc.text, end)):
        return None
    return end


def _titled(name: str) -> str:
    """A name written in capitals, in the case of prose ("EMBASSY OF NORWAY" -> "Embassy of Norway")."""
    words = name.split(" ")
    return " ".join(
        w.lower() if i and w.lower() in _SMALL_WORDS else w.capitalize() if w.isupper() else w
        for i, w in enumerate(words)
    )


@functools.cache
def _kind_gate() -> LiteralGate:
    """Whether a text holds a mission's kind as the opening pattern reads it (or in capitals)."""
    kinds = [str(k) for k in load_yaml("org_heads.yaml").get("mission_kinds", [])]
    return LiteralGate([*kinds, *(k.upper() for k in kinds)])


def mission_names(doc: Doc) -> list[tuple[Mission, str]]:
    """The missions of the text named by kind, sender and seat, each with its name as the record
    gives it."""
    if not _kind_gate()(doc.text):
        return []  # (a quick test: the opening pattern starts with a kind)
    opening, _ = _patterns()
    out = []
    for found in opening.finditer(doc.text):
        sender = _place_at(doc, found.end(), ("country",))
        if sender is None or not names_state(sender):
            continue
        written = doc.text[found.start() : sender.end]
        capitals = written.isupper()
        if capitals != doc.text[found.start() : found.start() + 2].isupper():
            continue  # (a kind in capitals before a sender in prose case, or the other way)
        end = _seat_end(doc, sender.end)
        name = doc.text[found.start() : end] if end is not None else ""
        if end is None or capitals != name.isupper():
            continue  # (a mission named without its seat is read word by word like other bodies)
        out.append(
            (Mission(found.start(), end, str(sender.attrs["code"])), _titled(name) if capitals else name)
        )
    return out


def sends_mission(doc: Doc, state: Mention) -> bool:
    """Whether a country's name is the sending state right after a mission's kind ("the Embassy of
    Singapore in Helsinki"): the mission sits abroad, so that name tells no place of an event."""
    opening, _ = _patterns()
    found = opening.finditer(doc.text, max(0, state.start - 40), state.start)
    return any(m.end() == state.start for m in found)


@functools.cache
def _seat_only() -> tuple[re.Pattern[str], str]:
    """A mission named by its kind and seat alone ("the Embassy in Tokyo", "Delegation to New
    Zealand"), and the seat links between the two (org_heads.yaml `mission_kinds`, `mission_seat_links`)."""
    data = load_yaml("org_heads.yaml")
    kinds = [str(k) for k in data.get("mission_kinds", [])]
    seat_links = [str(k) for k in data.get("mission_seat_links", [])]
    if not kinds or not seat_links:
        return re.compile("(?!)"), "(?!)"
    links = longest_first(seat_links)
    pattern = re.compile(
        rf"(?:the\s+)?(?P<kind>{longest_first(kinds)})\s+(?:{links})\s+(?:the\s+)?(?P<seat>.+)"
    )
    return pattern, links


@functools.lru_cache(maxsize=256)
def _senders_mission(kind: str, seat: str, links: str) -> re.Pattern[str]:
    """The full name of a mission of `kind` at `seat`, its sender named ("Embassy of Sweden in Tokyo")."""
    return re.compile(
        rf"(?:the\s+)?(?:\w+\s+){{0,2}}{re.escape(kind)}\s+(?:of|de|do|da|du)\s+.+?\s+(?:{links})\s+"
        rf"(?:the\s+)?{re.escape(seat)}"
    )


def fold_seat_only_missions(groups: Sequence[Any], absorb: Callable[[Any, Any], None]) -> list[Any]:
    """The groups, each mission named by kind and seat alone ("the Embassy in Tokyo") folded (by
    `absorb`) into the one mission of the same kind and seat whose sender the text names ("Embassy
    of Sweden in Tokyo"): a page names its own mission in full once and then by its seat."""
    pattern, links = _seat_only()
    folded: set[int] = set()
    for short in groups:
        found = pattern.fullmatch(" ".join(short.name.split()))
        if found is None:
            continue
        full = _senders_mission(found["kind"], found["seat"], links)
        holders = [
            g
            for g in groups
            if g is not short and id(g) not in folded and full.fullmatch(" ".join(g.name.split()))
        ]
        if len(holders) == 1:
            absorb(holders[0], short)
            folded.add(id(short))
    return [g for g in groups if id(g) not in folded]


def settle_seat_only_missions(groups: Sequence[Any], partners: Sequence[str]) -> None:
    """Place a mission named by its kind and seat alone ("the Embassy in Tokyo") in the other of the
    text's two partner states when its seat is in one of them: a mission is the sending state's,
    and never sits in its own state."""
    pattern, _ = _seat_only()
    sides = list(dict.fromkeys(partners))
    if len(sides) != 2:
        return
    for group in groups:
        found = pattern.fullmatch(" ".join(group.name.split()))
        if found is None:
            continue
        seat = found["seat"]
        spans = country_table().spans(seat)
        if len(spans) != 1 or spans[0][:2] != (0, len(seat)) or spans[0][2] not in sides:
            continue
        group.country = sides[1] if spans[0][2] == sides[0] else sides[0]
        group.country_sure = True
