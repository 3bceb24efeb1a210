"""Read ROR records (the shared compact JSON lines or a full ROR v1/v2 data dump) and write the
compact gzipped JSON lines file that bilat ships (`data/ror.jsonl.gz`)."""

from __future__ import annotations

import functools
import gzip
import io
import json
import os
import re
import zipfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from bilat.errors import InputError
from bilat.extract.reference import config
from bilat.extract.reference.gazetteer import loose_tokens

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

    The records get the aliases `add_city_free_aliases` derives. The file is written beside `out`
    and moved into place only when the whole source was read, so a failed build never leaves a
    truncated file behind.
    """
    records = [r for r in map(compact, iter_source(source)) if r is not None]
    add_city_free_aliases(records)
    cities: Counter[tuple[str, str]] = Counter()
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    try:
        with gzip.open(partial, "wt", encoding="utf-8", compresslevel=9) as handle:
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
                if record.get("city") and record.get("country"):
                    cities[(record["city"], record["country"])] += 1
        if records:
            os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return len(records), _main_city_per_name(cities)


# --- names without the city -------------------------------------------------------------------
# ROR names a campus with its city ("Purdue University West Lafayette", "Anna University, Chennai");
# text names it without. The name less the record's own city (after a space, ",", a dash or "at")
# becomes an alias when it is still an organisation's name and names nothing else in ROR.

# The joints between a name and its city: "<Name> <City>", "<Name>, <City>", "<Name> - <City>",
# "<Name> at <City>".
_CITY_JOINT = re.compile(r"(?:\s*,|\s+[-\u2010-\u2015]|\s+at)?\s*$")
# A word of the shortened name must be rarer than this share of all names ("Purdue", not
# "National" or "Technology"), so that "Institute of Technology Sligo" gives no alias, and be in
# the names of one country only: a common word of a language ("Centrale", "Internationale") or a
# chain's brand is in several, and a name that keeps one ("Ecole Centrale Casablanca") gets no
# alias; what is left, if it ever names a namesake, names one of the same country.
RARE_WORD_SHARE = 0.0006
_WORD = re.compile(r"[^\W_][\w&'.-]*")


def _name_words() -> tuple[frozenset[str], frozenset[str]]:
    """The head words of organisation names and the lower-case joining words (org_heads.yaml)."""
    data = config.read_yaml(config.data_path("org_heads.yaml"))
    heads = frozenset(config.texts(data.get("heads"), "org_heads.yaml: heads"))
    joints = config.texts(data.get("connectors"), "org_heads.yaml: connectors")
    joints += config.texts(data.get("trailing_joints"), "org_heads.yaml: trailing_joints")
    return heads, frozenset(w.lower() for w in joints) | {"zu", "an", "am", "im", "a", "i", "em"}


def _key(name: str) -> str:
    return " ".join(loose_tokens(name))


def _city_free(record: dict[str, Any]) -> str | None:
    """The record's name without its city at the end, or None when it does not end in it."""
    name, city = record["name"], record.get("city") or ""
    if not city or len(name) <= len(city) or not name.endswith(city):
        return None
    head = name[: -len(city)]
    if head[-1].isalnum():  # the city ends a longer word ("Hausen" in "... Mühlhausen")
        return None
    return _CITY_JOINT.sub("", head) or None


class _Names:
    """What the whole ROR list says about names: who has each name, each name's word prefixes
    and suffixes, how often each word is in a name, and each record's kin and city words."""

    def __init__(self, records: list[dict[str, Any]]) -> None:
        self.owners: dict[str, set[str]] = defaultdict(set)
        self.longer: dict[str, set[tuple[str, str]]] = defaultdict(set)  # prefix -> (ror, rest)
        self.ending: dict[str, set[str]] = defaultdict(set)  # word suffix -> rors
        self.words: Counter[str] = Counter()
        self.word_countries: dict[str, set[str]] = defaultdict(set)
        self.kin: dict[str, set[str]] = defaultdict(set)
        self.city_words = {r["ror"]: set(loose_tokens(r.get("city") or "")) for r in records}
        for record in records:
            self._add(record)

    def _add(self, record: dict[str, Any]) -> None:
        ror_id = record["ror"]
        words = {w.lower() for w in _WORD.findall(record["name"])}
        self.words.update(words)
        for word in words:
            self.word_countries[word].add(record.get("country") or "")
        for parent in record.get("parents", ()):
            self.kin[parent].add(ror_id)
            self.kin[ror_id].add(parent)
        for name in (record["name"], *record.get("aliases", ())):
            tokens = loose_tokens(name)
            self.owners[" ".join(tokens)].add(ror_id)
            for cut in range(1, len(tokens)):
                self.longer[" ".join(tokens[:cut])].add((ror_id, " ".join(tokens[cut:])))
                self.ending[" ".join(tokens[cut:])].add(ror_id)

    def rare(self, most: int, word: str) -> bool:
        """True when `word` is in at most `most` names, all of one country (see RARE_WORD_SHARE)."""
        return self.words[word] <= most and len(self.word_countries.get(word, ())) == 1

    def free(self, key: str, ror_id: str) -> bool:
        """True when no other record is named `key`, has a name ending in it (another body's
        "... MD Anderson Cancer Center") or is a campus of the same name in its own city
        ("University of Massachusetts Amherst" beside "... Boston"), unless a parent or child."""
        if self.owners.get(key, set()) - {ror_id} or self.ending.get(key, set()) - {ror_id}:
            return False
        kin = self.kin[ror_id] | {ror_id}
        return not any(
            other not in kin and self.city_words.get(other, set()).intersection(rest.split())
            for other, rest in self.longer.get(key, ())
        )


def add_city_free_aliases(
    records: list[dict[str, Any]], words: tuple[frozenset[str], frozenset[str]] | None = None
) -> int:
    """Give each record whose name ends in its own city the name without it as an alias, when
    that name keeps a head word and a rare word of its country and no other record has or would
    get it; the number of aliases added. `words` are the head and joining words (default: those
    of org_heads.yaml)."""
    heads, joints = words or _name_words()
    names = _Names(records)
    rare = max(3, int(len(records) * RARE_WORD_SHARE))
    wanted: dict[str, list[tuple[dict[str, Any], str]]] = defaultdict(list)
    for record in records:
        short = _city_free(record)
        if short is None or not _is_name(short, heads, joints, functools.partial(names.rare, rare)):
            continue
        key = _key(short)
        if record["ror"] not in names.owners.get(key, ()) and names.free(key, record["ror"]):
            wanted[key].append((record, short))
    added = 0
    for found in wanted.values():
        if len(found) == 1:  # two campuses would give the same name: neither gets it
            record, short = found[0]
            record["aliases"] = [*record.get("aliases", ()), short]
            added += 1
    return added


def _is_name(short: str, heads: frozenset[str], joints: frozenset[str], rare: Callable[[str], bool]) -> bool:
    """True when `short` still names an organisation: two words or more, not ending in a joining
    word or mark ("University of", "Institut d'"), with a head word and a rare word."""
    words = short.split()
    if len(words) < 2 or words[-1].lower() in joints or not words[-1][-1].isalnum():
        return False
    if not any(w in heads or w.rsplit("-", 1)[-1] in heads for w in words):
        return False
    return any(w not in heads and w.lower() not in joints and rare(w.lower()) for w in _WORD.findall(short))


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
