"""Patterns and word lists that live in one place: the list-item pattern of extract/layout.py, the
time zones written with an offset (timezones.yaml) and the link words of programme_uses.py
(programme_phrase_words.yaml)."""

from __future__ import annotations

import re

from bilat.extract import programme_uses
from bilat.extract.layout import LIST_ITEM, NEW_BLOCK
from bilat.extract.learned.programmes import _time_zone
from bilat.extract.resources import load_yaml


def test_list_items_and_new_blocks() -> None:
    bullets = ("- x", "* x", "\u2022 x", "\u2013 x", "\u00b7 x", "\u25aa x")
    for item in (*bullets, "3. x", "12) x", "a) x", "  b. x"):
        assert LIST_ITEM.match(item) and NEW_BLOCK.match(item), item
    for mark in ("# Not eligible", "> quoted", "| cell |"):
        assert NEW_BLOCK.match(mark) and not LIST_ITEM.match(mark), mark
    for line in ("Deadline 5 May", "123. x", "-x", "ab) x", "A) x"):
        assert not NEW_BLOCK.match(line), line


def test_time_zones_with_offsets() -> None:
    data = load_yaml("timezones.yaml")
    assert set(data["written_offsets"]) <= set(data["zones"])
    for text in ("UTC-3", "GMT +1", "CEST+2", "CET 1", "EET\u22122", "EEST+3"):
        assert _time_zone().match(text), text
    for text in ("PT2030", "IST-2", "UTC", "JST+9", "Horizon 2020"):
        assert not _time_zone().match(text), text


def test_link_words_from_data() -> None:
    data = load_yaml("programme_phrase_words.yaml")
    for key in ("for_name_links", "kind_name_links"):
        words = data[key]
        assert words and all(isinstance(w, str) and w for w in words) and len(set(words)) == len(words)
    for_links = frozenset({"of", "the", "and", "in", "on", "for", "to", "with", "at", "by"})
    assert for_links == programme_uses._FOR_LINKS
    assert programme_uses._NAME_LINKS == ("and", "of", "for", "the", "in", "on", "&")
    assert "|of|the|and|in|on|for|to|with|at|by))" in programme_uses._FOR_NAME.pattern
    found = programme_uses.named_for("the Project for Strengthening Science Education in Ghana.")
    assert [name for name, _ in found] == ["Project for Strengthening Science Education in Ghana"]


def test_longest_first_never_cuts_a_word_short_and_escapes_it() -> None:
    from bilat.extract.resources import longest_first

    pattern = re.compile(f"(?:{longest_first(['de', 'de la', 'R&D', 'S.A.', 'de la'])})")
    assert pattern.match("de la Cruz").group() == "de la"
    assert pattern.match("S.A.").group() == "S.A."
    assert pattern.match("SxAx") is None  # the dots are literal
    assert longest_first(["b", "a", "cc"]) == longest_first(["cc", "a", "b"]) == "cc|a|b"
