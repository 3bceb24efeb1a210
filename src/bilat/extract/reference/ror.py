"""Read ROR records (the shared compact JSON lines or a full ROR v1/v2 data dump) and write the
compact gzipped JSON lines file that bilat ships (`data/ror.jsonl.gz`)."""

from __future__ import annotations

import gzip
import io
import json
import os
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from bilat.errors import InputError

# Labels kept besides Latin-script ones: the languages of sources bilat is meant to read.
KEPT_SCRIPTS_LANGS = {"ja", "zh", "ko"}
_PREFIX = "https://ror.org/"


def iter_source(path: Path) -> Iterator[dict[str, Any]]:
    """Yield the raw organisation records of a ROR file: .jsonl, .jsonl.gz, .json or a dump .zip."""
    if not path.is_file():
        raise InputError("no such file", source=str(path))
    try:
        if path.suffix == ".zip":
            yield from _iter_zip(path)
        elif path.name.endswith(".gz"):
            with gzip.open(path, "rt", encoding="utf-8") as handle:
                yield from _iter_text(handle)
        else:
            with path.open(encoding="utf-8") as handle:
                yield from _iter_text(handle)
    except (OSError, ValueError, zipfile.BadZipFile, UnicodeDecodeError) as exc:
        raise InputError(f"not a readable ROR file ({exc})", source=str(path)) from exc


def _iter_zip(path: Path) -> Iterator[dict[str, Any]]:
    with zipfile.ZipFile(path) as archive:
        names = [n for n in archive.namelist() if n.endswith(".json")]
        if not names:
            raise ValueError("no JSON file in the archive")
        # A dump holds the data in schema v1 and v2 ("..._schema_v2.json"); v2 is preferred.
        preferred = [n for n in names if "schema_v2" in n] or [n for n in names if "schema" not in n] or names
        with archive.open(preferred[0]) as raw:
            yield from _iter_text(io.TextIOWrapper(raw, encoding="utf-8"))


def _iter_text(handle: io.TextIOBase | Any) -> Iterator[dict[str, Any]]:
    first = handle.read(1)
    while first and first.isspace():
        first = handle.read(1)
    if first == "[":
        yield from (r for r in _iter_array(handle) if isinstance(r, dict))
        return
    buffer = first + handle.readline()
    for line in _chain([buffer], handle):
        line = line.strip()
        if line:
            record = json.loads(line)
            if isinstance(record, dict):
                yield record


def _iter_array(handle: io.TextIOBase | Any, chunk_size: int = 1 << 20) -> Iterator[Any]:
    """The items of a JSON array (its "[" already read), decoded one at a time: a full ROR dump
    is hundreds of MB and is never held in memory whole."""
    decoder = json.JSONDecoder()
    buffer, position = "", 0
    while True:
        chunk = handle.read(chunk_size)
        buffer, position = buffer[position:] + chunk, 0
        while True:
            while position < len(buffer) and buffer[position] in " \t\r\n,":
                position += 1
            if position < len(buffer) and buffer[position] == "]":
                return
            if position >= len(buffer):
                break
            try:
                item, position = decoder.raw_decode(buffer, position)
            except json.JSONDecodeError:
                if not chunk:
                    raise
                break  # the item goes on in the next chunk
            yield item
        if not chunk:
            raise ValueError("the JSON array is not closed")


def _chain(head: list[str], rest: Iterable[str]) -> Iterator[str]:
    yield from head
    yield from rest


def _is_latin(text: str) -> bool:
    return all(ord(c) < 0x250 or not c.isalpha() for c in text)


def compact(record: dict[str, Any]) -> dict[str, Any] | None:
    """The fields bilat keeps from one ROR record in any supported schema (None if inactive)."""
    if record.get("status", "active") != "active":
        return None
    if not (record.get("name") or record.get("names")):
        return None
    if "names" in record:
        return _compact_v2(record)
    if isinstance(record.get("country"), dict) or "addresses" in record:
        return _compact_v1(record)
    return _compact_shared(record)


def _compact_shared(record: dict[str, Any]) -> dict[str, Any]:
    labels = [
        lab["value"] for lab in record.get("labels") or [] if _keep_label(lab.get("lang"), lab["value"])
    ]
    return _out(
        record.get("ror", ""),
        record["name"],
        record.get("acronyms"),
        record.get("aliases"),
        labels,
        record.get("country"),
        record.get("types"),
        record.get("parents"),
        record.get("city"),
    )


def _compact_v2(record: dict[str, Any]) -> dict[str, Any] | None:
    display, acronyms, aliases, labels = None, [], [], []
    for item in record.get("names") or []:
        types, value = item.get("types") or [], item.get("value")
        if not value:
            continue
        if "ror_display" in types:
            display = value
        elif "acronym" in types:
            acronyms.append(value)
        elif "alias" in types:
            aliases.append(value)
        elif "label" in types and _keep_label(item.get("lang"), value):
            labels.append(value)
    if display is None:
        return None
    location = ((record.get("locations") or [{}])[0] or {}).get("geonames_details") or {}
    parents = [r.get("id", "") for r in record.get("relationships") or [] if r.get("type") == "parent"]
    return _out(
        record.get("id", ""),
        display,
        acronyms,
        aliases,
        labels,
        location.get("country_code"),
        record.get("types"),
        parents,
        location.get("name"),
    )


def _compact_v1(record: dict[str, Any]) -> dict[str, Any]:
    labels = [
        lab["label"] for lab in record.get("labels") or [] if _keep_label(lab.get("iso639"), lab["label"])
    ]
    country = (record.get("country") or {}).get("country_code")
    city = ((record.get("addresses") or [{}])[0] or {}).get("city")
    parents = [r.get("id", "") for r in record.get("relationships") or [] if r.get("type") == "Parent"]
    return _out(
        record.get("id", ""),
        record["name"],
        record.get("acronyms"),
        record.get("aliases"),
        labels,
        country,
        record.get("types"),
        parents,
        city,
    )


def _keep_label(lang: str | None, value: str) -> bool:
    return _is_latin(value) or (lang or "") in KEPT_SCRIPTS_LANGS


def _strip(ror_id: str) -> str:
    return ror_id[len(_PREFIX) :] if ror_id.startswith(_PREFIX) else ror_id


def _out(
    ror_id: str,
    name: str,
    acronyms: Any,
    aliases: Any,
    labels: list[str],
    country: Any,
    types: Any,
    parents: Any,
    city: Any,
) -> dict[str, Any]:
    out: dict[str, Any] = {"ror": _strip(str(ror_id)), "name": name, "country": country or None}
    alias_list = [a for a in [*(aliases or []), *labels] if a and a != name]
    for key, value in (
        ("acronyms", list(acronyms or [])),
        ("aliases", alias_list),
        ("types", [str(t).lower() for t in types or []]),
        ("parents", [_strip(str(p)) for p in parents or []]),
    ):
        if value:
            out[key] = value
    if city:
        out["city"] = city
    return out


def build(source: Path, out: Path) -> tuple[int, list[tuple[str, str, int]]]:
    """Write the compact file `out` from `source`; return the record count and the derived cities.

    The file is written beside `out` and moved into place only when the whole source was read,
    so a failed build never leaves a truncated file behind.
    """
    cities: Counter[tuple[str, str]] = Counter()
    count = 0
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    try:
        with gzip.open(partial, "wt", encoding="utf-8", compresslevel=9) as handle:
            for raw in iter_source(source):
                record = compact(raw)
                if record is None:
                    continue
                handle.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
                count += 1
                if record.get("city") and record.get("country"):
                    cities[(record["city"], record["country"])] += 1
        if count:
            os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return count, _main_city_per_name(cities)


# A city is listed when at least this many organisations are there.
MIN_CITY_ORGS = 3


def _main_city_per_name(cities: Counter[tuple[str, str]]) -> list[tuple[str, str, int]]:
    """One row per city name: the country where most organisations with that city are; then, for
    the names of those rows, a row for each other country with at least as many organisations
    ("Santa Fe" in Argentina after the one in the United States), which the text may mean."""
    best: dict[str, tuple[str, int]] = {}
    others: list[tuple[str, str, int]] = []
    for (city, country), n in cities.most_common():
        if best.setdefault(city, (country, n))[0] != country and n >= MIN_CITY_ORGS:
            others.append((city, country, n))
    # (each name of `others` is listed in `main`: its main row has at least as many organisations)
    main = sorted(
        ((c, k, n) for c, (k, n) in best.items() if n >= MIN_CITY_ORGS), key=lambda r: (-r[2], r[0])
    )
    return main + sorted(others, key=lambda r: (-r[2], r[0], r[1]))


def write_cities(rows: list[tuple[str, str, int]], out: Path) -> None:
    """Write the derived city table (city, country, number of organisations) as TSV."""
    lines = ["# city\tcountry\torganisations (derived from ROR, CC0; rebuilt by `bilat ror-build`)"]
    lines += [f"{city}\t{country}\t{n}" for city, country, n in rows]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_compact(path: Path) -> Iterator[dict[str, Any]]:
    """Yield the records of a compact file written by `build`."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def read_compact_lines(path: Path) -> Iterator[str]:
    """Yield the JSON lines of a compact file written by `build`."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield line
