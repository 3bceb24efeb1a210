"""Sums of money (``bilat.extract.money.find_amounts``) → layer ``money`` and the record's amounts."""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Sequence
from typing import Any

from bilat.console import warn
from bilat.extract.doc import Doc, Mention
from bilat.extract.record import Amount
from bilat.extract.registry import Component, component


@functools.cache
def finder() -> Callable[..., list[Any]] | None:
    """The money parser, or None when it cannot be imported."""
    try:
        return importlib.import_module("bilat.extract.money").find_amounts  # type: ignore[no-any-return,unused-ignore]
    except (ImportError, AttributeError) as exc:
        warn(f"extract: money parser unavailable ({exc}); amounts are skipped")
        return None


def find_money(text: str, places: Sequence[tuple[int, str]] = ()) -> list[Mention]:
    """Money mentions of `text` with value, currency, qualifier, low and high. `places`: the
    (offset, country code) of the countries and cities the text names, in order, which tell what
    a currency word that several countries share means ("pesos")."""
    find = finder()
    if find is None:
        return []
    # (a parser failure is reported by the pipeline, which runs the next step)
    found = find(text, places=places)
    out = []
    for money in found:
        value, currency = getattr(money, "value", None), getattr(money, "currency", None)
        if value is None or not currency:
            continue
        attrs = {
            "value": value,
            "currency": currency,
            "qualifier": getattr(money, "qualifier", None),
            "low": getattr(money, "low", None),
            "high": getattr(money, "high", None),
        }
        out.append(Mention(money.start, money.end, "money", text[money.start : money.end], attrs))
    return out


def amounts_of(mention: Mention) -> list[tuple[float, str]]:
    """The (value, currency) sums a mention states (both ends of a range)."""
    attrs = mention.attrs
    currency = str(attrs["currency"])
    if attrs.get("qualifier") == "range" and attrs.get("low") is not None and attrs.get("high") is not None:
        return [(float(attrs["low"]), currency), (float(attrs["high"]), currency)]
    return [(float(attrs["value"]), currency)]


def _places(doc: Doc) -> list[tuple[int, str]]:
    """(offset, country code) of the states and cities the document names, in order."""
    found = [
        (m.start, str(m.attrs["code"]))
        for layer in ("country", "city")
        for m in doc.layer(layer)
        if m.attrs.get("code") and m.attrs.get("kind") != "region"
    ]
    return sorted(found)


@component("money")
def make_money() -> Component:
    """Find sums of money (layer ``money``; record ``amounts``)."""

    def run(doc: Doc) -> None:
        mentions = find_money(doc.text, _places(doc))
        doc.set_layer("money", mentions)
        seen: set[tuple[float, str]] = set()
        for mention in mentions:
            for value, currency in amounts_of(mention):
                if (value, currency) in seen or value <= 0:
                    continue
                seen.add((value, currency))
                doc.record.amounts.append(
                    Amount(value, currency, mention.attrs.get("qualifier"), [mention.span])
                )

    return run
