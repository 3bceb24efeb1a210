"""Plain-text descriptions of facts for pages (the templates escape them)."""

from __future__ import annotations

from typing import Any

from bilat.query.browse_model import Fact
from bilat.web.names import partner_name, topic_label


def _money(value: Any) -> str:
    if not isinstance(value, dict) or "value" not in value:
        return ""
    amount = value["value"]
    number = f"{amount:,.0f}" if isinstance(amount, int | float) else str(amount)
    return f"{number} {value.get('currency') or ''}".strip()


def _join(*parts: Any, sep: str = " · ") -> str:
    return sep.join(str(p) for p in parts if p not in (None, "", []))


def _dates(data: dict[str, Any], start: str = "date", end: str = "end") -> str:
    if data.get(start) and data.get(end):
        return f"{data[start]} – {data[end]}"
    return str(data.get(start) or "")


def describe(fact: Fact) -> str:
    """One line saying what a fact states, e.g. ``memorandum · Japan, Sweden · 2024-05``."""
    data = fact.data if isinstance(fact.data, dict) else {}
    parties = ", ".join(partner_name(str(p)) for p in data.get("parties") or [])
    match fact.field:
        case "partnerships":
            pair = data.get("pair") or (fact.data if isinstance(fact.data, list) else [])
            return " – ".join(partner_name(str(code)) for code in pair) or str(fact.label)
        case "topics":
            return topic_label(str(data.get("id") or fact.label or fact.data))
        case "organizations" | "programs":
            aliases = ", ".join(str(a) for a in data.get("aliases") or [])
            return _join(data.get("name") or fact.label, aliases and f"({aliases})", data.get("country"))
        case "people":
            return _join(data.get("name") or fact.label, data.get("role"), data.get("country"))
        case "agreements":
            return _join(data.get("type"), data.get("title"), parties, data.get("date"))
        case "events":
            return _join(data.get("type"), data.get("name"), data.get("location"), _dates(data))
        case "calls":
            return _join(data.get("program"), data.get("funder"), data.get("deadline") and
                         f"deadline {data['deadline']}", _money(data.get("max_amount")))
        case "amounts":
            return _money(data) or str(fact.label)
    return str(fact.label or fact.data)
