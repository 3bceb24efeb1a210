"""Meeting series: "the 25th Joint Committee" is the meeting after "the 24th" of the same series.

A numbered event whose name has a series noun (committee, dialogue, forum...) belongs to the
series of its partner pair whose name words contain (or are contained in) its own; its
neighbours by number are linked with `follows`.
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from bilat.graph import entities as ent
from bilat.graph.normalize import content_tokens, fold, reference
from bilat.graph.partners import country_code, named_pair

SERIES_TYPES = frozenset({"meeting", "conference", "other"})
_NUMBERED = re.compile(r"\b(\d{1,3})\s*(?:st|nd|rd|th)\b", re.IGNORECASE)


def parse_series(name: str) -> tuple[int, frozenset[str]] | None:
    """The number of a meeting and the name words of its series, or None if it is not numbered."""
    number = None
    match = _NUMBERED.search(name)
    words = content_tokens(name)
    if match:
        number = int(match.group(1))
        words -= {fold(match.group(0)), match.group(1)}
    else:
        ordinals: dict[str, int] = reference()["ordinals"]
        found = [w for w in fold(name).split() if w in ordinals]
        if found:
            number = ordinals[found[0]]
            words -= {found[0]}
    if number is None or not words & set(reference()["series_nouns"]):
        return None
    core = frozenset(w for w in words if not w.isdigit() and not _is_country_word(w))
    return (number, core) if core else None


def _is_country_word(word: str) -> bool:
    return (len(word) >= 4 or word in {"eu", "uk", "us"}) and country_code(word) is not None


def series_pair(name: str, pairs: list[tuple[str, str]]) -> str:
    """The partner pair a series belongs to ("JP-SE"), or "" when the document does not tell."""
    pair = named_pair(name, pairs)
    return "-".join(pair) if pair else ""


def assign(
    conn: sqlite3.Connection,
    event_id: int,
    event: dict[str, Any],
    pairs: list[tuple[str, str]],
    fact_id: int,
    *,
    known: ent.KnownLinks | None = None,
) -> int | None:
    """Put an event in its series (created if new) and link it to its neighbours; the series id.

    `known`: the links of the version's facts, as `entities.link` takes them."""
    name = str(event.get("name") or "")
    event_type = event.get("type") if isinstance(event.get("type"), str) else "other"
    parsed = parse_series(name) if event_type in SERIES_TYPES else None
    if parsed is None:
        return None
    number, core = parsed
    pair = series_pair(name, pairs)
    series_id = _find_series(conn, pair, core) or ent.create(
        conn, "series", f"{pair}|{' '.join(sorted(core))}", _series_name(name), data={"pair": pair}
    )
    ent.link(conn, event_id, series_id, "in_series", fact_id, known=known)
    _set_number(conn, event_id, number)
    for other_id, other_number in members(conn, series_id):
        if other_number == number - 1:
            ent.link(conn, event_id, other_id, "follows", fact_id, known=known)
        elif other_number == number + 1:
            ent.link(conn, other_id, event_id, "follows", fact_id, known=known)
    return series_id


def members(conn: sqlite3.Connection, series_id: int) -> list[tuple[int, int | None]]:
    """The events of a series with their numbers."""
    rows = conn.execute(
        "SELECT DISTINCT e.id, e.data FROM links l JOIN entities e ON e.id = l.src_id "
        "WHERE l.dst_id = ? AND l.type = 'in_series'",
        (series_id,),
    ).fetchall()
    return [(int(i), _number(d)) for i, d in rows]


def _number(data: str | None) -> int | None:
    import json

    value: Any = json.loads(data or "{}").get("number")
    return int(value) if isinstance(value, int) else None


def _set_number(conn: sqlite3.Connection, event_id: int, number: int) -> None:
    current = ent.load(conn, event_id)
    if current is not None:
        ent.update(conn, event_id, data={**current["data"], "number": number})


def _find_series(conn: sqlite3.Connection, pair: str, core: frozenset[str]) -> int | None:
    prefix = f"{pair}|"
    rows = conn.execute(
        "SELECT id, key FROM entities WHERE kind = 'series' AND key >= ? AND key < ?", (prefix, prefix + "~")
    ).fetchall()
    best: tuple[int, int] | None = None
    for entity_id, key in rows:
        words = frozenset(str(key)[len(prefix) :].split())
        if (words <= core or core <= words) and words & core & set(reference()["series_nouns"]):
            overlap = len(words & core)
            if best is None or overlap > best[0]:
                best = (overlap, int(entity_id))
    return best[1] if best else None


def _series_name(name: str) -> str:
    cleaned = _NUMBERED.sub("", name)
    ordinals = reference()["ordinals"]
    words = [w for w in cleaned.split() if fold(w) not in ordinals]
    text = " ".join(words).strip(" ,.-")
    text = re.sub(r"^(the\s+)?(meeting|session)\s+of\s+(the\s+)?", "", text, flags=re.IGNORECASE)
    return text[:1].upper() + text[1:] if text else name
