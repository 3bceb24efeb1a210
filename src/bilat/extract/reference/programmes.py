"""Known funding and research programmes (data/programmes.yaml) with their owner and funder."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from bilat.errors import ConfigError
from bilat.extract.reference.gazetteer import ListGazetteer, Match
from bilat.extract.reference.organizations import slug


@dataclass(frozen=True, slots=True)
class ProgrammeEntry:
    """A known programme: name, acronyms, aliases, owner country (or EU, or None), funder and kind."""

    id: str
    name: str
    acronyms: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    country: str | None = None
    funder: str | None = None
    kind: str = "programme"

    @property
    def curated(self) -> bool:
        """Programmes all come from the curated list."""
        return True

    @property
    def preferred(self) -> bool:
        """Programmes are all equally preferred."""
        return False


ProgrammeMatch = Match[ProgrammeEntry]


class ProgrammeIndex(ListGazetteer[ProgrammeEntry]):
    """All known programmes: `find`, `lookup`, `resolve` (see `Gazetteer`)."""


def _entry(item: Any, source: str) -> ProgrammeEntry:
    if not isinstance(item, dict) or not item.get("name"):
        raise ConfigError(f"{source}: every programme needs a name (got {item!r})")
    country = item.get("country")
    return ProgrammeEntry(
        id=f"prog:{slug(str(item['name']))}",
        name=str(item["name"]),
        acronyms=tuple(str(a) for a in item.get("acronyms") or []),
        aliases=tuple(str(a) for a in item.get("aliases") or []),
        country=str(country) if country else None,
        funder=item.get("funder"),
        kind=str(item.get("kind") or "programme"),
    )


def load_programmes(path: Path | None = None) -> ProgrammeIndex:
    """Build the programme index from programmes.yaml."""
    path = path or Path(str(resources.files("bilat.extract").joinpath("data", "programmes.yaml")))
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read {path.name}: {exc}") from exc
    return ProgrammeIndex([_entry(item, path.name) for item in data.get("programmes") or []])
