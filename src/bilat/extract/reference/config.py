"""Reading the reference data files: YAML parsing and checks that turn mistakes into ConfigError.

YAML 1.1 reads some bare words as booleans (NO, ON, YES): a value that should be a string and is
not is reported with a hint to quote it, never silently turned into "False".
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from bilat.errors import ConfigError
from bilat.extract.yamlload import safe_load


def data_path(name: str) -> Path:
    """The path of a data file shipped in bilat/extract/data."""
    return Path(str(resources.files("bilat.extract").joinpath("data", name)))


def read_yaml(path: Path) -> dict[str, Any]:
    """The mapping in a YAML data file."""
    try:
        data = safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read {path.name}: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{path.name}: expected a mapping at the top level")
    return data


def text(value: Any, where: str) -> str:
    """A string value, or a ConfigError naming `where`."""
    if isinstance(value, str) and value:
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise ConfigError(f'{where}: expected a text, got {value!r} (quote words such as "NO" or "ON")')


def texts(values: Any, where: str) -> tuple[str, ...]:
    """A list of strings (absent: empty), or a ConfigError naming `where`."""
    if values is None:
        return ()
    if not isinstance(values, list):
        raise ConfigError(f"{where}: expected a list, got {values!r}")
    return tuple(text(v, where) for v in values)


def country(value: Any, where: str) -> str | None:
    """A country code (two capital letters, or EU), None when absent, else a ConfigError."""
    if value is None:
        return None
    code = text(value, where)
    if len(code) != 2 or not code.isalpha() or not code.isupper():
        raise ConfigError(f"{where}: {code!r} is not a country code")
    return code
