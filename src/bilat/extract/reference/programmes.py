"""Known funding and research programmes (data/programmes.yaml) with their owner and funder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bilat.errors import ConfigError
from bilat.extract.reference import config
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


def _entry(item: Any, where: str) -> ProgrammeEntry:
    if not isinstance(item, dict):
        raise ConfigError(f"{where}: expected a mapping, got {item!r}")
    name = config.text(item.get("name"), f"{where}: name")
    funder = item.get("funder")
    return ProgrammeEntry(
        id=f"prog:{slug(name)}",
        name=name,
        acronyms=config.texts(item.get("acronyms"), f"{where} ({name}): acronyms"),
        aliases=config.texts(item.get("aliases"), f"{where} ({name}): aliases"),
        country=config.country(item.get("country"), f"{where} ({name}): country"),
        funder=config.text(funder, f"{where} ({name}): funder") if funder is not None else None,
        kind=config.text(item.get("kind") or "programme", f"{where} ({name}): kind"),
    )


def load_programmes(path: Path | None = None) -> ProgrammeIndex:
    """Build the programme index from programmes.yaml."""
    path = path or config.data_path("programmes.yaml")
    items = config.read_yaml(path).get("programmes") or []
    return ProgrammeIndex([_entry(item, f"{path.name}, programme {n + 1}") for n, item in enumerate(items)])
