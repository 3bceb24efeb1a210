"""A small on-disk cache for reference indexes, so that start-up does not rebuild them each time.

Entries live in `$BILAT_CACHE_DIR` (default: `$XDG_CACHE_HOME/bilat` or `~/.cache/bilat`), are
keyed by the sizes and modification times of their source files and the Python version, and are
written atomically. A cache that cannot be read or written is simply ignored.
"""

from __future__ import annotations

import gc
import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

FORMAT = "2"


def cache_dir() -> Path:
    """The folder where bilat keeps its caches."""
    explicit = os.environ.get("BILAT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "bilat"


def cache_key(name: str, sources: Iterable[Path]) -> str:
    """A key that changes when any source file, the cache format or the Python version changes.

    Its prefix names the set of source paths, so that an index built from other files never
    replaces this one (only older versions of the same index are removed)."""
    paths = list(sources)
    family = hashlib.sha256("|".join(str(p) for p in paths).encode()).hexdigest()[:10]
    digest = hashlib.sha256(f"{name}|{FORMAT}|{sys.version}".encode())
    for path in paths:
        try:
            stat = path.stat()
            digest.update(f"|{path}|{stat.st_size}|{stat.st_mtime_ns}".encode())
        except OSError:
            digest.update(f"|{path}|missing".encode())
    return f"{name}-{family}-{digest.hexdigest()[:20]}.marshal"


def load(key: str) -> Any | None:
    """The cached value for `key`, or None when absent or unreadable."""
    if os.environ.get("BILAT_NO_CACHE"):
        return None
    enabled = gc.isenabled()
    gc.disable()  # loading creates many objects and no cycles: collecting meanwhile only costs time
    try:
        return marshal.loads((cache_dir() / key).read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    finally:
        if enabled:
            gc.enable()


def save(key: str, value: Any) -> None:
    """Store `value` (plain data only) under `key`; failures are ignored."""
    if os.environ.get("BILAT_NO_CACHE"):
        return
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob(key.rsplit("-", 1)[0] + "-*.marshal"):
            old.unlink(missing_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, delete=False, suffix=".tmp") as handle:
            handle.write(marshal.dumps(value))
        os.replace(handle.name, folder / key)
    except (OSError, ValueError):
        return


# The packaged index ----------------------------------------------------------------------------
# A prebuilt index shipped inside the package (written by `bilat ror-index`), so that a first run
# needs no build. It is keyed by the *contents* of its sources (mtimes change on every checkout)
# and is used only when that key matches; otherwise the caller builds the index as before.
# The file is a header line (`PACKAGED_MAGIC`, the key and the size of the value) and the
# marshalled value, uncompressed (decompressing took a tenth of bilat's start-up, and the package
# archive compresses it anyway), then an optional marshalled "tail" that is read only on demand
# (`load_packaged_tail`: data that few runs need, such as the ROR records).

PACKAGED_MAGIC = b"bilat-index/3 "


def content_key(name: str, sources: Iterable[Path]) -> str:
    """A key that changes when the contents of any source file or the cache format change."""
    digest = hashlib.sha256(f"{name}|{FORMAT}".encode())
    for path in sources:
        try:
            digest.update(path.name.encode() + b"|" + path.read_bytes())
        except OSError:
            digest.update(f"|{path.name}|missing".encode())
    return digest.hexdigest()


def _read_packaged(path: Path, key: str, *, tail: bool) -> bytes | None:
    """The value's bytes (or the tail's) of a packaged index file built under `key`, else None."""
    prefix = PACKAGED_MAGIC + key.encode() + b" "
    try:
        with path.open("rb") as handle:
            header = handle.readline(len(prefix) + 24)
            size = header[len(prefix) : -1]
            if not header.startswith(prefix) or not header.endswith(b"\n") or not size.isdigit():
                return None  # another key, another format or a damaged file
            if tail:
                handle.seek(int(size), os.SEEK_CUR)
                return handle.read()
            data = handle.read(int(size))
            return data if len(data) == int(size) else None
    except OSError:
        return None


def load_packaged(path: Path, key: str) -> Any | None:
    """The value stored in a packaged index file when it was built under `key`, else None."""
    return _unmarshal(_read_packaged(path, key, tail=False))


def load_packaged_tail(path: Path, key: str) -> Any | None:
    """The tail stored in a packaged index file when it was built under `key`, else None."""
    return _unmarshal(_read_packaged(path, key, tail=True))


def _unmarshal(data: bytes | None) -> Any | None:
    if not data:
        return None
    enabled = gc.isenabled()
    gc.disable()  # loading creates many objects and no cycles: collecting meanwhile only costs time
    try:
        return marshal.loads(data)
    except (ValueError, EOFError, TypeError):
        return None
    finally:
        if enabled:
            gc.enable()


def save_packaged(path: Path, key: str, value: Any, tail: Any = None) -> None:
    """Write a packaged index file (atomically), with a `tail` read only on demand (None: none);
    raises OSError on failure."""
    body = marshal.dumps(value)
    data = b"%s%s %d\n%s" % (PACKAGED_MAGIC, key.encode(), len(body), body)
    if tail is not None:
        data += marshal.dumps(tail)
    with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as handle:
        handle.write(data)

    os.chmod(handle.name, 0o644)  # a package file, readable by all
    os.replace(handle.name, path)
