"""Organisations: curated entries (data/organizations.yaml) merged with ROR (data/ror.jsonl.gz).

ROR records stay JSON text, compressed in small blocks, until a match needs them, which keeps
loading fast: a match decompresses only the block of its records.
"""

from __future__ import annotations

import functools
import json
import marshal
import os
import re
import zlib
from collections.abc import Callable, Iterable
from dataclasses import astuple, dataclass, field, replace
from pathlib import Path
from typing import Any

from bilat.errors import ConfigError
from bilat.extract.reference import config, index_cache, ror
from bilat.extract.reference.gazetteer import Gazetteer, Match, loose_tokens
from bilat.extract.reference.text import normalize_key

PREFERRED_TYPES = frozenset({"funder", "government"})
# ROR records are saved in compressed blocks of this many JSON lines (one block is decompressed
# when a match first needs one of its records).
ROR_BLOCK = 64


@dataclass(frozen=True, slots=True)
class OrgEntry:
    """A known organisation. `id` is "ror:<id>" or "cur:<country>:<slug>"; `country` is None for
    international bodies."""

    id: str
    name: str
    acronyms: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    country: str | None = None
    types: tuple[str, ...] = ()
    ror_id: str | None = None
    parents: tuple[str, ...] = field(default=(), compare=False)

    @property
    def curated(self) -> bool:
        """True for an entry of bilat's own curated list."""
        return self.id.startswith("cur:")

    @property
    def preferred(self) -> bool:
        """True for funders and government bodies (preferred when a name is ambiguous)."""
        return bool(PREFERRED_TYPES.intersection(self.types))


OrgMatch = Match[OrgEntry]


def _name_key(name: str) -> str:
    return " ".join(loose_tokens(name))


class OrgIndex(Gazetteer[OrgEntry]):
    """All known organisations: `find`, `lookup`, `resolve` (see `Gazetteer`), and `by_ror`.

    ROR records are kept as JSON text (in compressed blocks when loaded from a saved state) and
    decoded when a match first needs them.
    """

    def __init__(self, curated: list[OrgEntry], acronym_stoplist: Iterable[str] = ()) -> None:
        super().__init__(acronym_stoplist)
        self._entries: list[OrgEntry | None] = list(curated)
        self._raw: list[str | None] = [None] * len(curated)
        self._absorbed: list[tuple[int, str]] = []
        self._curated = len(curated)
        self._blocks: list[bytes] = []  # compressed blocks of ROR_BLOCK lines of `_raw`, after the curated
        self._blocks_loader: Callable[[], Any] | None = None  # reads `_blocks` on first use
        self._by_ror: dict[str, int] = {e.ror_id: i for i, e in enumerate(curated) if e.ror_id}
        self._by_ror_blob: bytes | None = None  # `_by_ror` marshalled, decoded on first use

    @classmethod
    def build(
        cls, curated: list[OrgEntry], ror_lines: Iterable[str], acronym_stoplist: Iterable[str] = ()
    ) -> OrgIndex:
        """Index the curated entries and the ROR records (compact JSON lines), merging duplicates."""
        index = cls(curated, acronym_stoplist)
        by_name: dict[tuple[str, str | None], int] = {}
        for number, entry in enumerate(curated):
            for name in (entry.name, *entry.aliases):
                by_name.setdefault((_name_key(name), entry.country), number)
        for number, entry in enumerate(curated):
            index._index(number, (entry.name, *entry.aliases), entry.acronyms)
        for line in ror_lines:
            index._add_record(line, by_name)
        return index

    @classmethod
    def from_state(
        cls, curated: list[OrgEntry], state: dict[str, Any], acronym_stoplist: Iterable[str] = ()
    ) -> OrgIndex:
        """Rebuild an index saved by `state` (the curated entries must be the same)."""
        index = cls(curated, acronym_stoplist)
        index.restore(state)
        index._restore_records(state)
        index._by_ror = state["by_ror"]
        for mine, line in state["absorbed"]:
            index._absorb(mine, json.loads(line), line)
        return index

    @classmethod
    def from_packaged(cls, state: dict[str, Any], records: Callable[[], Any]) -> OrgIndex:
        """Rebuild an index saved by `packaged_state`: the curated entries and stop list come with
        it; the ROR records are read with `records` (which gives the `packaged_records`),
        decompressed, and the ROR id table decoded, on first use."""
        curated = [OrgEntry(*fields) for fields in state["curated"]]
        index = cls(curated, state["stoplist"])
        index.restore(state)
        index._raw += [None] * state["raw_count"]
        index._entries += [None] * state["raw_count"]
        index._blocks_loader = records
        index._by_ror_blob = state["by_ror"]
        index._absorbed = [(mine, line) for mine, line in state["absorbed"]]
        return index

    def _restore_records(self, state: dict[str, Any]) -> None:
        """Take the compressed blocks of ROR records of a saved state (decompressed on first use)."""
        self._blocks = list(state["ror_blocks"])
        self._raw += [None] * state["raw_count"]
        self._entries += [None] * state["raw_count"]

    def state(self) -> dict[str, Any]:
        """The index as plain data (for the cache)."""
        return {
            **super().state(),
            "ror_blocks": self.packaged_records(),
            "raw_count": len(self._raw) - self._curated,
            "by_ror": self._ror_table(),
            "absorbed": self._absorbed,
        }

    def packaged_state(self, stoplist: list[str]) -> dict[str, Any]:
        """The index as plain data for the package: with the curated entries and the stop list
        (no YAML to parse at start-up) and the ROR id table marshalled (decoded on first use),
        without the ROR records (`packaged_records`, kept apart: few runs need them)."""
        return {
            **super().state(),
            "raw_count": len(self._raw) - self._curated,
            "by_ror": marshal.dumps(self._ror_table()),
            "absorbed": self._absorbed,
            "curated": [astuple(self.entry(n)) for n in range(self._curated)],
            "stoplist": list(stoplist),
        }

    def packaged_records(self) -> list[bytes]:
        """The ROR records as compressed blocks of ROR_BLOCK JSON lines."""
        lines = [(line or "").strip() for line in self._ror_lines()[self._curated :]]
        return [
            zlib.compress("\n".join(lines[at : at + ROR_BLOCK]).encode("utf-8"))
            for at in range(0, len(lines), ROR_BLOCK)
        ]

    def _ror_table(self) -> dict[str, int]:
        """ROR ids to entry numbers."""
        if self._by_ror_blob is not None:
            self._by_ror = marshal.loads(self._by_ror_blob)
            self._by_ror_blob = None
        return self._by_ror

    def _ror_lines(self) -> list[str | None]:
        """The JSON lines of all the ROR records (every block decompressed)."""
        for block in range(len(self._record_blocks())):
            self._ror_line(self._curated + block * ROR_BLOCK)
        return self._raw

    def _ror_line(self, number: int) -> str | None:
        """The JSON line of ROR record `number` (its block decompressed on first use)."""
        line = self._raw[number]
        if line is None and number >= self._curated and self._record_blocks():
            first = number - (number - self._curated) % ROR_BLOCK
            try:
                block = zlib.decompress(self._blocks[(first - self._curated) // ROR_BLOCK])
                lines = block.decode("utf-8").split("\n")
            except (zlib.error, UnicodeDecodeError) as exc:
                raise ConfigError(f"organisation index: damaged ROR records ({exc})") from exc
            if len(lines) > ROR_BLOCK or first + len(lines) > len(self._raw):
                raise ConfigError("organisation index: damaged ROR records (a block of the wrong size)")
            self._raw[first : first + len(lines)] = lines
            line = self._raw[number]
        return line

    def _record_blocks(self) -> list[bytes]:
        """The compressed blocks of ROR records (read on first use)."""
        if self._blocks_loader is not None:
            blocks, self._blocks_loader = self._blocks_loader(), None
            if not isinstance(blocks, list) or len(blocks) * ROR_BLOCK < len(self._raw) - self._curated:
                raise ConfigError("organisation index: the ROR records are missing or damaged")
            self._blocks = blocks
        return self._blocks

    def _add_record(self, line: str, by_name: dict[tuple[str, str | None], int]) -> None:
        """Index a ROR record, or merge it into the curated entry of the same organisation."""
        raw = json.loads(line)
        record = _unqualified(raw)
        number = len(self._raw)
        low = loose_tokens(record["name"])
        mine = self._by_ror.get(record["ror"])
        country = record.get("country")
        if mine is None:
            mine = by_name.get((" ".join(low), country))
        if mine is None:
            mine = next(
                (by_name[k] for a in record.get("aliases", ()) if (k := (_name_key(a), country)) in by_name),
                None,
            )
        if mine is not None:
            self._absorb(mine, record, line)
            self._index(
                mine, (record["name"], *record.get("aliases", ())), record.get("acronyms", ()), strict=True
            )
            return
        self._by_ror[record["ror"]] = number
        self._raw.append(line)
        self._entries.append(None)
        if record is raw or len(low) > 1:  # (a one-word company name, "SATO", reads as a family name)
            self._index_name(number, record["name"], low, strict=True)
        self._index(number, record.get("aliases", ()), record.get("acronyms", ()), strict=True)

    def _absorb(self, number: int, record: dict[str, Any], line: str) -> None:
        """Merge a ROR record into the curated entry of the same organisation."""
        mine = self._entries[number]
        assert mine is not None
        names = [n for n in (record["name"], *record.get("aliases", ())) if n != mine.name]
        self._entries[number] = replace(
            mine,
            ror_id=mine.ror_id or record["ror"],
            aliases=_union(mine.aliases, names),
            acronyms=_union(mine.acronyms, record.get("acronyms", ())),
            types=mine.types or tuple(record.get("types", ())),
            parents=tuple(record.get("parents", ())),
        )
        self._by_ror[record["ror"]] = number
        self._absorbed.append((number, line))

    def entry(self, number: int) -> OrgEntry:
        """The organisation with this number (built from its ROR record on first use)."""
        entry = self._entries[number]
        if entry is None:
            entry = _from_ror(json.loads(self._ror_line(number) or "{}"))
            self._entries[number] = entry
        return entry

    def __len__(self) -> int:
        return len(self._entries)

    def resolve(
        self, match: OrgMatch, context_countries: Iterable[str] = (), nearby_names: Iterable[str] = ()
    ) -> OrgEntry | None:
        """`Gazetteer.resolve`, without the branches abroad of a body that the match also names (the
        French IRD's same-name offices in Dakar or Cotonou are the IRD, wherever the text is set)."""
        candidates = match.candidates
        if len(candidates) > 1:
            rors = {c.ror_id for c in candidates if c.ror_id}
            kept = [c for c in candidates if not rors.intersection(c.parents) or c.country is None]
            if kept and len(kept) < len(candidates):
                match = replace(match, candidates=kept)
        return super().resolve(match, context_countries, nearby_names)

    def by_ror(self, ror_id: str) -> OrgEntry | None:
        """The organisation with this ROR id, if known."""
        number = self._ror_table().get(ror_id)
        return None if number is None else self.entry(number)


# A company's ROR name qualified by its country: "Mitsubishi Chemical (Japan)".
_QUALIFIED = re.compile(r"(?P<bare>.*[^\W\d_].*?) \((?P<place>[A-Z][^()]*)\)")


def _unqualified(record: dict[str, Any]) -> dict[str, Any]:
    """A company's record named without the country ROR writes after it: "Inpex (Japan)" is named
    "Inpex" in text, its qualified name kept as an alias (ROR qualifies only companies so)."""
    match = _QUALIFIED.fullmatch(record.get("name", ""))
    if match is None or "company" not in record.get("types", ()):
        return record
    aliases = [record["name"], *record.get("aliases", ())]
    return {**record, "name": match["bare"], "aliases": aliases}


def _from_ror(record: dict[str, Any]) -> OrgEntry:
    record = _unqualified(record)
    return OrgEntry(
        id=f"ror:{record['ror']}",
        name=record["name"],
        acronyms=tuple(record.get("acronyms", ())),
        aliases=tuple(record.get("aliases", ())),
        country=record.get("country"),
        types=tuple(record.get("types", ())),
        ror_id=record["ror"],
        parents=tuple(record.get("parents", ())),
    )


def _union(first: tuple[str, ...], second: Iterable[str]) -> tuple[str, ...]:
    seen = list(first)
    for item in second:
        if item not in seen:
            seen.append(item)
    return tuple(seen)


def slug(text: str) -> str:
    """A short id-safe form of a name."""
    return re.sub(r"[^a-z0-9]+", "-", normalize_key(text)).strip("-")[:60]


def load_curated(path: Path | None = None) -> tuple[list[OrgEntry], list[str]]:
    """The curated organisations and the stop list (acronyms and names that are never matched:
    organizations.yaml's lists and the currency codes)."""
    path = path or config.data_path("organizations.yaml")
    data = config.read_yaml(path)
    items = data.get("organizations") or []
    entries = [_curated_entry(item, f"{path.name}, organisation {n + 1}") for n, item in enumerate(items)]
    stoplist = list(config.texts(data.get("acronym_stoplist"), f"{path.name}: acronym_stoplist"))
    stoplist += config.texts(data.get("name_stoplist"), f"{path.name}: name_stoplist")
    currencies = config.read_yaml(config.data_path("currencies.yaml"))
    stoplist += config.texts(currencies.get("codes"), "currencies.yaml: codes")
    return entries, stoplist


def _curated_entry(item: Any, where: str) -> OrgEntry:
    if not isinstance(item, dict):
        raise ConfigError(f"{where}: expected a mapping, got {item!r}")
    name = config.text(item.get("name"), f"{where}: name")
    country = config.country(item.get("country"), f"{where} ({name}): country")
    ror_id = item.get("ror")
    return OrgEntry(
        id=f"cur:{(country or 'int').lower()}:{slug(name)}",
        name=name,
        acronyms=config.texts(item.get("acronyms"), f"{where} ({name}): acronyms"),
        aliases=config.texts(item.get("aliases"), f"{where} ({name}): aliases"),
        country=country,
        types=config.texts(item.get("types"), f"{where} ({name}): types"),
        ror_id=config.text(ror_id, f"{where} ({name}): ror") if ror_id is not None else None,
    )


PACKAGED_INDEX = "organizations.index"


def _index_sources(curated_path: Path, ror_path: Path) -> list[Path]:
    """The files an organisation index is built from: data files and the indexing code."""
    skip = {"__init__.py", "commands.py"}
    code = sorted(p for p in Path(__file__).parent.glob("*.py") if p.name not in skip)
    return [curated_path, config.data_path("currencies.yaml"), ror_path, *code]


def load_organizations(ror_path: Path | None = None) -> OrgIndex:
    """Build the organisation index from the package data files (or another compact ROR file).

    The package ships the index prebuilt (`PACKAGED_INDEX`, used while it matches the data files
    and code); otherwise the built index is cached on disk (see
    `bilat.extract.reference.index_cache`) and reused while the data files are unchanged.
    """
    curated_path = config.data_path("organizations.yaml")
    path = ror_path or config.data_path("ror.jsonl.gz")
    if ror_path is None:
        packaged = _packaged_index(_index_sources(curated_path, path))
        if packaged is not None:
            return packaged
    curated, stoplist = load_curated(curated_path)
    code = sorted(Path(__file__).parent.glob("*.py"))
    sources = [curated_path, config.data_path("currencies.yaml"), path, *code]
    key = index_cache.cache_key("organizations", sources)
    state = index_cache.load(key)
    if isinstance(state, dict):
        try:
            return OrgIndex.from_state(curated, state, stoplist)
        except (KeyError, TypeError, ValueError, IndexError):
            pass
    lines = ror.read_compact_lines(path) if path.is_file() else iter(())
    index = OrgIndex.build(curated, lines, stoplist)
    index_cache.save(key, index.state())
    return index


def _packaged_index(sources: list[Path]) -> OrgIndex | None:
    """The index shipped in the package, when it was built from exactly these files."""
    if os.environ.get("BILAT_NO_PACKAGED_INDEX"):
        return None
    key = index_cache.content_key("org", sources)
    state = index_cache.load_packaged(config.data_path(PACKAGED_INDEX), key)
    if not isinstance(state, dict):
        return None
    records = functools.partial(index_cache.load_packaged_tail, config.data_path(PACKAGED_INDEX), key)
    try:
        return OrgIndex.from_packaged(state, records)
    except (KeyError, TypeError, ValueError, IndexError):
        return None


def write_packaged_index(target: Path | None = None) -> int:
    """Build the organisation index from the package data files and write it into the package
    (or to `target`); the number of organisations. Raises OSError when it cannot be written."""
    curated_path = config.data_path("organizations.yaml")
    ror_path = config.data_path("ror.jsonl.gz")
    curated, stoplist = load_curated(curated_path)
    lines = ror.read_compact_lines(ror_path) if ror_path.is_file() else iter(())
    index = OrgIndex.build(curated, lines, stoplist)
    key = index_cache.content_key("org", _index_sources(curated_path, ror_path))
    state, records = index.packaged_state(stoplist), index.packaged_records()
    index_cache.save_packaged(target or config.data_path(PACKAGED_INDEX), key, state, records)
    return len(index)
