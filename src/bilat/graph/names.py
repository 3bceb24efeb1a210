"""Resolution of named entities across documents: organisations, people and programmes.

Organisations key on their ROR id when the record gives one, else on any shared name or alias
with a compatible country; an acronym alone only merges within the same country. Long names
also merge across one small typo. People key on their name tokens in any order, with a
compatible country. Programmes key on names and aliases, ignoring words like "programme".
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from bilat.graph import entities as ent
from bilat.graph.normalize import content_tokens, fold, is_acronym, person_tokens, reference, typo_equal


def item_names(item: Any, key: str = "name") -> list[str]:
    """The name and aliases of a record item, non-empty strings, name first."""
    if not isinstance(item, dict):
        return [item] if isinstance(item, str) and item.strip() else []
    names = [item.get(key)]
    aliases = item.get("aliases") or []
    names.extend(aliases if isinstance(aliases, list) else [aliases])
    seen: list[str] = []
    for name in names:
        if isinstance(name, str) and name.strip() and name.strip() not in seen:
            seen.append(name.strip())
    return seen


def country_of(item: Any) -> str | None:
    """The partner code of an item's country (None when unknown or ambiguous)."""
    value = item.get("country") if isinstance(item, dict) else None
    return value.strip().upper() if isinstance(value, str) and value.strip() else None


def primary_name(names: list[str]) -> str:
    """The most descriptive of several names: the longest that is not an acronym."""
    full = [n for n in names if not is_acronym(n)]
    return max(full, key=len) if full else names[0]


# --- organisations ---------------------------------------------------------------------------


def resolve_organization(conn: sqlite3.Connection, item: Any) -> int | None:
    """The organisation entity an item names, created or enriched."""
    names = item_names(item)
    if not names:
        return None
    country, ror = country_of(item), _ror(item)
    found = _org_by_ror(conn, ror) if ror else None
    found = found or _org_by_alias(conn, names, country, ror) or _org_by_typo(conn, names, country)
    if found is None:
        key = f"ror:{ror}" if ror else f"name:{fold(primary_name(names))}|{country or ''}"
        found = ent.create(conn, "organization", key, primary_name(names), country=country, ror_id=ror)
    else:
        _enrich(conn, found, names, country, ror)
    ent.add_aliases(conn, found, names)
    return found


def find_organization(conn: sqlite3.Connection, name: str, countries: set[str]) -> int | None:
    """An existing organisation called `name`, preferring one from `countries` (never creates)."""
    candidates = ent.alias_matches(conn, "organization", [fold(name)])
    if not candidates:
        return None
    ranked = sorted(candidates, key=lambda i: (candidates[i].country not in countries, i))
    return ranked[0]


def _org_by_ror(conn: sqlite3.Connection, ror: str) -> int | None:
    row = conn.execute(
        "SELECT id FROM entities WHERE ror_id = ? AND kind = 'organization' ORDER BY id LIMIT 1", (ror,)
    ).fetchone()
    return int(row[0]) if row else None


def _ror(item: Any) -> str | None:
    value = item.get("ror") or item.get("ror_id") if isinstance(item, dict) else None
    return str(value).rsplit("/", 1)[-1] if value else None


def _org_by_alias(
    conn: sqlite3.Connection, names: list[str], country: str | None, ror: str | None
) -> int | None:
    full = {fold(n) for n in names if not is_acronym(n)}
    acronyms = {fold(n) for n in names if is_acronym(n)}
    best: tuple[int, int] | None = None
    for entity_id, other in ent.alias_matches(conn, "organization", full | acronyms).items():
        if ror and other.ror_id and other.ror_id != ror:
            continue
        matched = other.norms
        by_full = bool(matched & full)
        if not _countries_compatible(country, other.country, strict=not by_full):
            continue
        score = len(matched) + (10 if by_full else 0)
        if best is None or score > best[0]:
            best = (score, entity_id)
    return best[1] if best else None


def _countries_compatible(a: str | None, b: str | None, *, strict: bool) -> bool:
    if strict:
        return a == b
    return a is None or b is None or a == b


def _org_by_typo(conn: sqlite3.Connection, names: list[str], country: str | None) -> int | None:
    if country is None:
        return None
    for norm in {fold(n) for n in names if not is_acronym(n)}:
        if len(norm) < reference()["fuzzy_min_length"]:
            continue
        rows = conn.execute(
            # CROSS JOIN: SQLite reads the range of norms from their index, not every organisation
            "SELECT e.name, a.entity_id, a.norm FROM entity_aliases a CROSS JOIN entities e"
            " WHERE e.id = a.entity_id AND a.norm >= ? AND a.norm < ?"
            " AND e.kind = 'organization' AND e.country = ?",
            (norm[:2], norm[:2] + "\uffff", country),
        ).fetchall()
        # in the order this look-up has always used (by organisation name, id, then norm): the first
        # near-match wins
        for _, entity_id, other in sorted((str(n), int(i), str(o)) for n, i, o in rows):
            if typo_equal(norm, other):
                return entity_id
    return None


def _enrich(
    conn: sqlite3.Connection, entity_id: int, names: list[str], country: str | None, ror: str | None
) -> None:
    current = ent.load(conn, entity_id) or {}
    changes: dict[str, Any] = {}
    if country and not current.get("country"):
        changes["country"] = country
    if ror and not current.get("ror_id"):
        changes["ror_id"] = ror
    best = primary_name(names)
    if is_acronym(str(current.get("name", ""))) and not is_acronym(best):
        changes["name"] = best
    if changes:
        ent.update(conn, entity_id, **changes)


# --- people ----------------------------------------------------------------------------------


def person_norm(name: str) -> str:
    """The order-insensitive lookup form of a person's name ("TAKAICHI Sanae" == "Sanae Takaichi")."""
    return " ".join(sorted(person_tokens(name)))


def resolve_person(conn: sqlite3.Connection, item: Any) -> int | None:
    """The person entity an item names, created or enriched."""
    names = [n for n in item_names(item) if person_norm(n)]
    if not names:
        return None
    country = country_of(item)
    norms = {person_norm(n) for n in names}
    role = item.get("role") if isinstance(item, dict) else None
    found = _person_by_alias(conn, norms, country, role if isinstance(role, str) else None)
    found = found or _person_by_family_name(conn, norms, country)
    if found is None:
        best = max(names, key=lambda n: len(person_norm(n).split()))
        found = ent.create(conn, "person", f"{person_norm(best)}|{country or ''}", best, country=country)
    else:
        _enrich_person(conn, found, names, country)
    ent.add_person_aliases(conn, found, names, norm=person_norm)
    return found


def _person_by_alias(
    conn: sqlite3.Connection, norms: set[str], country: str | None, role: str | None
) -> int | None:
    """A person with one of these names and a compatible country, or (full names only) the same role."""
    for entity_id, other in sorted(ent.alias_matches(conn, "person", norms).items()):
        matched = other.norms
        if _countries_compatible(country, other.country, strict=False):
            return entity_id
        if role and any(" " in n for n in matched) and _same_role(conn, entity_id, role):
            return entity_id
    return None


def _same_role(conn: sqlite3.Connection, person_id: int, role: str) -> bool:
    """True when a role stated for the person shares at least half its words with `role`."""
    words = content_tokens(role)
    rows = conn.execute(
        "SELECT f.data FROM mentions m JOIN facts f ON f.id = m.fact_id WHERE m.entity_id = ? LIMIT 20",
        (person_id,),
    )
    for (data,) in rows:
        other = json.loads(data or "{}").get("role") if (data or "").startswith("{") else None
        if isinstance(other, str) and words:
            shared = words & content_tokens(other)
            if len(shared) >= max(2, min(len(words), len(content_tokens(other))) / 2):
                return True
    return False


# People of a country with a multi-word alias holding a word (an index look-up: person_name_words)
SURNAME_QUERY = (
    "SELECT DISTINCT w.entity_id FROM person_name_words w JOIN entities e ON e.id = w.entity_id "
    "WHERE w.word = ? AND e.kind = 'person' AND e.country = ?"
)


def _person_by_family_name(conn: sqlite3.Connection, norms: set[str], country: str | None) -> int | None:
    """Match "Ishiba" to "Shigeru Ishiba" (and back) within one country when only one person fits."""
    if country is None:
        return None
    singles = {n for n in norms if " " not in n}
    multis = {n for n in norms if " " in n}
    candidates: set[int] = set()
    if singles and not multis:
        for token in singles:
            rows = conn.execute(SURNAME_QUERY, (token, country))
            candidates |= {int(r[0]) for r in rows}
    else:
        tokens = {t for n in multis for t in n.split()}
        for entity_id, match in ent.alias_matches(conn, "person", tokens).items():
            other_multis = {n for _, n in ent.aliases_of(conn, entity_id) if " " in n}
            if match.country == country and other_multis <= multis:
                candidates.add(entity_id)
    return candidates.pop() if len(candidates) == 1 else None


def _enrich_person(conn: sqlite3.Connection, entity_id: int, names: list[str], country: str | None) -> None:
    current = ent.load(conn, entity_id) or {}
    changes: dict[str, Any] = {}
    if country and not current.get("country"):
        changes["country"] = country
    best = max(names, key=lambda n: len(person_norm(n).split()))
    if len(person_norm(best).split()) > len(person_norm(str(current.get("name", ""))).split()):
        changes["name"] = best
    if changes:
        ent.update(conn, entity_id, **changes)


# --- programmes ------------------------------------------------------------------------------


def program_norms(names: Iterable[str]) -> set[str]:
    """Folded names of a programme, also without trailing words like "programme" or a funder acronym."""
    suffixes = set(reference()["program_suffixes"])
    norms: set[str] = set()
    for name in names:
        words = fold(name).split()
        while len(words) > 1 and words[-1] in suffixes:
            words = words[:-1]
        norms.add(" ".join(words))
        first = name.split()[0] if name.split() else ""
        if len(words) > 1 and is_acronym(first) and fold(first) == words[0]:
            norms.add(" ".join(words[1:]))
    return {n for n in norms if n}


def resolve_program(conn: sqlite3.Connection, item: Any) -> int | None:
    """The programme entity an item names, created or enriched."""
    names = item_names(item)
    if not names:
        return None
    candidates = ent.by_alias(conn, "program", program_norms(names))
    if candidates:
        found = max(candidates, key=lambda i: (len(candidates[i]), -i))
    else:
        found = ent.create(conn, "program", f"name:{fold(names[0])}", names[0])
    for name in names:
        for norm in sorted(program_norms([name])):
            conn.execute(
                "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, norm) VALUES (?,?,?)",
                (found, name, norm),
            )
    return found
