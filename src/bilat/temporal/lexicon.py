"""Loads the reference words of the temporal grammar from `data/lexicon.yaml`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from bilat.errors import ConfigError


@dataclass(frozen=True)
class Lexicon:
    """Word tables of the temporal grammar (all keys lower-case)."""

    months: dict[str, int]
    foreign_months: dict[str, int]
    foreign_abbreviations: dict[str, int]
    weekdays: dict[str, int]
    case_sensitive: frozenset[str]
    numbers: dict[str, int]
    vague_numbers: tuple[str, ...]
    ordinals: dict[str, int]
    day_ordinals: dict[str, int]
    units: dict[str, dict[str, Any]]
    seasons: dict[str, str]
    season_nouns: frozenset[str]
    day_parts: dict[str, str]
    frequencies: dict[str, str]
    references: dict[str, str]
    modifiers: dict[str, str]
    prepositional_modifiers: frozenset[str]
    year_openers: frozenset[str]
    positions: dict[str, str]
    zones: dict[str, str]
    places: dict[str, str]
    zone_standard_offsets: dict[str, str]
    holidays: dict[str, dict[str, int]]
    eras: dict[str, int]


@cache
def lexicon() -> Lexicon:
    """The bundled lexicon (parsed once)."""
    import yaml  # imported on first use: it is slow to import

    path = resources.files("bilat.temporal") / "data" / "lexicon.yaml"
    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser when built in: 8x faster
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
        return Lexicon(
            months={str(k): int(v) for k, v in raw["months"].items()},
            foreign_months={str(k): int(v) for k, v in raw["foreign_months"].items()},
            foreign_abbreviations={str(k): int(v) for k, v in raw.get("foreign_abbreviations", {}).items()},
            weekdays={str(k): int(v) for k, v in raw["weekdays"].items()},
            case_sensitive=frozenset(str(w) for w in raw["case_sensitive"]),
            numbers={str(k): int(v) for k, v in raw["numbers"].items()},
            vague_numbers=tuple(str(w) for w in raw["vague_numbers"]),
            ordinals={str(k): int(v) for k, v in raw["ordinals"].items()},
            day_ordinals={str(k): int(v) for k, v in raw["day_ordinals"].items()},
            units={str(k): dict(v) for k, v in raw["units"].items()},
            seasons={str(k): str(v) for k, v in raw["seasons"].items()},
            season_nouns=frozenset(str(w) for w in raw.get("season_nouns", ())),
            day_parts={str(k): str(v) for k, v in raw["day_parts"].items()},
            frequencies={str(k): str(v) for k, v in raw["frequencies"].items()},
            references={str(k): str(v) for k, v in raw["references"].items()},
            modifiers={str(k): str(v) for k, v in raw["modifiers"].items()},
            prepositional_modifiers=frozenset(str(w) for w in raw["prepositional_modifiers"]),
            year_openers=frozenset(str(w) for w in raw["year_openers"]),
            positions={str(k): str(v) for k, v in raw["positions"].items()},
            zones={str(k): str(v) for k, v in raw["zones"].items()},
            places={str(k): str(v) for k, v in raw["places"].items()},
            zone_standard_offsets={str(k): str(v) for k, v in raw["zone_standard_offsets"].items()},
            holidays={str(k): dict(v) for k, v in raw["holidays"].items()},
            eras={str(k): int(v) for k, v in raw["eras"].items()},
        )
    except (OSError, KeyError, TypeError, ValueError, AttributeError, yaml.YAMLError) as exc:
        raise ConfigError(f"invalid temporal lexicon: {exc}", source=str(path)) from exc
