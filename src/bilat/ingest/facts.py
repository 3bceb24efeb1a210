"""A record (``bilat-record/1`` dict) → one `FactRow` per item, ready for the store."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from bilat.graph.store import FactRow

# The record keys that describe the document rather than list facts.
DOCUMENT_KEYS = frozenset({"schema", "doc", "published", "extractor"})
# Where each field keeps its main date and its end date.
DATE_KEYS = {"events": ("date", "end"), "agreements": ("date", None), "calls": ("deadline", "opening")}
LABEL_KEYS = ("name", "title", "program", "id", "type")


def facts_from_record(record: dict[str, Any] | None) -> Iterator[FactRow]:
    """Every item of every list-valued field of the record, with its label, dates and evidence."""
    for field, items in (record or {}).items():
        if field in DOCUMENT_KEYS or not isinstance(items, list):
            continue
        for ordinal, item in enumerate(items):
            yield fact_row(field, ordinal, item)


def fact_row(field: str, ordinal: int, item: Any) -> FactRow:
    """One record item as a fact: data without evidence, evidence as its own JSON list."""
    if isinstance(item, dict):
        data = {k: v for k, v in item.items() if k != "evidence"}
        evidence = item.get("evidence") or []
    else:
        data, evidence = item, []
    start_key, end_key = DATE_KEYS.get(field, ("date", "end"))
    return FactRow(
        field=field,
        ordinal=ordinal,
        label=fact_label(field, data),
        date=_date(data, start_key),
        date_end=_date(data, end_key) if end_key else None,
        data=json.dumps(data, ensure_ascii=False, sort_keys=True),
        evidence=json.dumps(evidence),
    )


def fact_label(field: str, data: Any) -> str | None:
    """A short human-readable label: the pair, the name, title, programme, id or type of the item."""
    if isinstance(data, list):
        return "-".join(str(x) for x in data)
    if not isinstance(data, dict):
        return None if data is None else str(data)
    if isinstance(data.get("pair"), list):
        return "-".join(str(x) for x in data["pair"])
    if field == "amounts" and "value" in data:
        return f"{data['value']} {data.get('currency') or ''}".strip()
    for key in LABEL_KEYS:
        value = data.get(key)
        if isinstance(value, str) and value:
            return value
    return None


def _date(data: Any, key: str) -> str | None:
    value = data.get(key) if isinstance(data, dict) else None
    if isinstance(value, list):  # gold-style alternatives: keep the first
        value = value[0] if value else None
    return value if isinstance(value, str) and value else None
