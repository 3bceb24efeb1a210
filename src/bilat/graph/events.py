"""Merging events, agreements and calls reported by several documents into one entity each.

An event reported twice has compatible types, dates that agree at their shared precision,
compatible places and overlapping partners, and similar names (or the same day and place).
An agreement: the same type and parties, compatible dates, and a similar title (or a precise
shared date). A call: the same deadline day and the same programme or funder.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from datetime import timedelta
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from bilat.graph import entities as ent
from bilat.graph.context import version_pairs
from bilat.graph.normalize import content_tokens, date_part, date_span, dates_compatible, fold, reference
from bilat.graph.partners import item_partners

NAME_SIMILARITY = 85


@lru_cache(maxsize=100_000)
def similar(a: str, b: str) -> float:
    """How alike two names are (0-100), on their content words in any order."""
    ta, tb = " ".join(sorted(content_tokens(a))), " ".join(sorted(content_tokens(b)))
    return float(fuzz.token_set_ratio(ta, tb)) if ta and tb else 0.0


def _text(item: dict[str, Any], key: str) -> str:
    value = item.get(key)
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    return value.strip() if isinstance(value, str) else ""


def event_summary(items: list[tuple[dict[str, Any], set[str]]]) -> dict[str, Any]:
    """The merged attributes of an event from its reports (item, partners of its document)."""
    names = [_text(i, "name") for i, _ in items if _text(i, "name")]
    types = Counter(_text(i, "type") or "other" for i, _ in items)
    places = Counter(_text(i, "location") for i, _ in items if _text(i, "location"))
    dates = [d for i, _ in items if (d := date_part(_text(i, "date")))]
    ends = [d for i, _ in items if (d := date_part(_text(i, "end")))]
    preferred = [t for t, _ in types.most_common() if t != "other"] or ["other"]
    return {
        "name": max(names, key=len) if names else "",
        "names": sorted(set(names)),
        "type": preferred[0],
        "date": max(dates, key=len) if dates else None,
        "end": max(ends) if ends else None,
        "location": places.most_common(1)[0][0] if places else None,
        "partners": sorted({c for _, p in items for c in p}),
    }


def _types_compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    return any(a in group and b in group for group in reference()["compatible_event_types"])


def _places_compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    fa, fb = fold(a), fold(b)
    return fa == fb or fa.startswith(fb + " ") or fb.startswith(fa + " ")


def events_match(new: dict[str, Any], old: dict[str, Any]) -> bool:
    """True when two event summaries describe the same event."""
    if not _types_compatible(new["type"], old["type"]):
        return False
    if not (
        dates_compatible(new["date"], old["date"], old.get("end"))
        or dates_compatible(old["date"], new["date"], new.get("end"))
    ):
        return False
    if not _places_compatible(new.get("location"), old.get("location")):
        return False
    if new["partners"] and old["partners"] and not set(new["partners"]) & set(old["partners"]):
        return False
    if new.get("number") and old.get("number") and new["number"] != old["number"]:
        return False
    names = old.get("names") or [old.get("name", "")]
    if max((similar(new["name"], n) for n in names), default=0) >= NAME_SIMILARITY:
        return True
    same_place = bool(new.get("location")) and _places_compatible(new.get("location"), old.get("location"))
    same_place = same_place and bool(old.get("location")) and new["type"] == old["type"]
    same_day = len(new["date"] or "") == 10 and new["date"] == old["date"]
    # a name that says nothing ("the meeting") does not tell two reports of one event apart
    unnamed = not content_tokens(new["name"]) or not any(content_tokens(n) for n in names)
    return same_place and (same_day or unnamed)


def _candidate_ranges(value: str) -> list[tuple[str, str]]:
    """Key ranges of the existing events that may share a date with `value` (at any precision)."""
    span = date_span(value)
    if span is None:
        return []
    first, last = span
    if (last - first).days > 62:  # a year, half or quarter: every event of that year
        return [(value[:4], value[:4] + "~")]
    keys: set[str] = set()
    day = first - timedelta(days=7)  # events of several days may have started a week before
    while day <= last:
        iso = day.isoformat()
        week = day.isocalendar()
        keys |= {iso, iso[:7], iso[:4], f"{week.year}-W{week.week:02d}"}
        day += timedelta(days=1)
    return sorted((key + "|", key + "|~") for key in keys)


def find_event(conn: sqlite3.Connection, summary: dict[str, Any]) -> int | None:
    """An existing event entity that `summary` describes too, or None."""
    day = summary.get("date")
    if not day:
        return None
    ranges = _candidate_ranges(day)
    if not ranges:
        return None
    # One query for all the ranges. They are disjoint prefixes ("2024-05-03|", "2024-05|", ...), so
    # ordering by key visits the candidates range by range, in the order of the sorted ranges.
    rows = conn.execute(
        "SELECT id, data FROM entities WHERE kind = 'event' AND ("
        + " OR ".join(["(key >= ? AND key < ?)"] * len(ranges))
        + ") ORDER BY key",
        [bound for pair in ranges for bound in pair],
    )
    for entity_id, data in rows:
        if events_match(summary, json.loads(data or "{}")):
            return int(entity_id)
    return None


def event_key(summary: dict[str, Any], fact_id: int) -> str:
    """A unique key that starts with the event's date, so candidates are found by key range."""
    return f"{summary.get('date') or '-'}|f{fact_id}"


def reports(conn: sqlite3.Connection, entity_id: int) -> list[tuple[dict[str, Any], set[str], int]]:
    """The items of the facts that report an entity, with their partners and fact id."""
    rows = conn.execute(
        "SELECT f.data, f.version_id, f.id FROM mentions m JOIN facts f ON f.id = m.fact_id "
        "WHERE m.entity_id = ? AND m.role = 'subject' ORDER BY f.id",
        (entity_id,),
    ).fetchall()
    found = []
    for data, version_id, fact_id in rows:
        item = json.loads(data) if data else {}
        if isinstance(item, dict):
            pairs = version_pairs(conn, int(version_id))
            found.append((item, item_partners(_text(item, "name"), pairs), int(fact_id)))
    return found


# --- agreements ------------------------------------------------------------------------------


def parties_of(item: dict[str, Any], partners: set[str]) -> list[str]:
    """The sorted partner codes party to an agreement (the document's partners when unstated)."""
    parties = item.get("parties")
    if isinstance(parties, list):
        codes = sorted({p.strip().upper() for p in parties if isinstance(p, str) and p.strip()})
        if codes:
            return codes
    return sorted(partners)


def agreement_summary(items: list[tuple[dict[str, Any], set[str]]]) -> dict[str, Any]:
    """The merged attributes of an agreement from its reports."""
    titles = [_text(i, "title") or _text(i, "name") for i, _ in items]
    dates = [d for i, _ in items if (d := date_part(_text(i, "date")))]
    first = items[0]
    return {
        "name": max(titles, key=len) if any(titles) else _text(first[0], "type"),
        "names": sorted({t for t in titles if t}),
        "type": _text(first[0], "type") or "agreement",
        "parties": parties_of(first[0], first[1]),
        "date": max(dates, key=len) if dates else None,
    }


def agreement_prefix(summary: dict[str, Any]) -> str:
    """The key prefix shared by every agreement of one type between the same parties."""
    return f"{summary['type']}|{'-'.join(summary['parties'])}|"


def agreements_match(new: dict[str, Any], old: dict[str, Any]) -> bool:
    """True when two agreement summaries describe the same instrument."""
    both_dated = bool(new["date"] and old["date"])
    if both_dated and not dates_compatible(new["date"], old["date"]):
        return False
    names = old.get("names") or [old.get("name", "")]
    if new["name"] and max((similar(new["name"], n) for n in names), default=0) >= NAME_SIMILARITY:
        return True
    precise = both_dated and min(len(new["date"]), len(old["date"])) >= 7
    return precise


def find_agreement(conn: sqlite3.Connection, summary: dict[str, Any]) -> int | None:
    """An existing agreement entity that `summary` describes too, or None."""
    prefix = agreement_prefix(summary)
    rows = conn.execute(
        "SELECT id, data FROM entities WHERE kind = 'agreement' AND key >= ? AND key < ?",
        (prefix, prefix + "~"),
    )
    for entity_id, data in rows:
        if agreements_match(summary, json.loads(data or "{}")):
            return int(entity_id)
    return None


# --- calls -----------------------------------------------------------------------------------


def call_summary(items: list[tuple[dict[str, Any], set[str]]]) -> dict[str, Any]:
    """The merged attributes of a funding call from its reports."""
    first = max((i for i, _ in items), key=lambda i: len(json.dumps(i)))
    deadline = next((d for i, _ in items if (d := _text(i, "deadline"))), None)
    opening = next((d for i, _ in items if (d := _text(i, "opening") or _text(i, "open"))), None)
    program, funder = _text(first, "program"), _text(first, "funder")
    return {
        "name": " ".join(p for p in (funder, program, "call") if p),
        "program": program or None,
        "funder": funder or None,
        "deadline": deadline,
        "opening": opening,
        "date": date_part(deadline) or date_part(opening),
        "max_amount": first.get("max_amount") if isinstance(first.get("max_amount"), dict) else None,
        "duration_months": first.get("duration_months"),
        "partners": sorted({c for _, p in items for c in p}),
    }


def find_call(conn: sqlite3.Connection, summary: dict[str, Any]) -> int | None:
    """An existing call with the same deadline day and the same programme or funder, or None."""
    if not summary["date"]:
        return None
    prefix = summary["date"] + "|"
    rows = conn.execute(
        "SELECT id, data FROM entities WHERE kind = 'call' AND key >= ? AND key < ?", (prefix, prefix + "~")
    )
    for entity_id, data in rows:
        old = json.loads(data or "{}")
        same = [
            fold(summary[k]) == fold(old[k]) for k in ("program", "funder") if summary.get(k) and old.get(k)
        ]
        if (same and all(same)) or (not same and not summary["program"] and not old.get("program")):
            return int(entity_id)
    return None


def store_summary(conn: sqlite3.Connection, entity_id: int, kind: str, summary: dict[str, Any]) -> None:
    """Write a merged summary back to its entity and its date row."""
    ent.update(conn, entity_id, name=summary["name"] or kind, data=summary)
    end = summary.get("end") if kind == "event" else None
    ent.set_dates(conn, entity_id, kind, summary.get("date"), end, summary.get("opening"))


def merge_summary(kind: str, old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """The summary of an entity after one more report (`new`), without re-reading the others."""
    summariser = {"event": event_summary, "agreement": agreement_summary, "call": call_summary}[kind]
    partners = set(old.get("partners") or []) | set(new.get("partners") or [])
    merged = summariser([(old, partners), (new, partners)])
    merged["names"] = sorted(set(old.get("names") or []) | set(merged.get("names") or []))
    if kind == "agreement":
        merged["parties"] = old.get("parties") or merged["parties"]
    for key in ("number",):
        if key in old:
            merged[key] = old[key]
    return merged
