"""The rule patterns, shipped compiled: the regex engine's code for each, so that start-up does not
parse them again.

Parsing and compiling the 53 expanded rule patterns takes about 0.4 s of pure Python in the
standard `re` module; loading the engine code it produces takes about 0.01 s. The code is private
to the interpreter, so `data/patterns.json` records the engine's version (`_sre.MAGIC`, code size,
Python version) and is used only by the same engine; a pattern whose source is not in the file
(a rule or the lexicon changed) is compiled as usual. Rebuild both shipped files after changing
rules or the lexicon (tests/temporal/test_precompiled.py checks they are up to date):

    .venv/bin/python -c "from bilat.temporal.precompiled import rebuild; rebuild()"
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from functools import cache
from importlib import import_module, resources
from pathlib import Path
from typing import Any

# The regular-expression engine of CPython (private modules, loaded without static typing).
_sre: Any = import_module("_sre")
_compiler: Any = import_module("re._compiler")
_parser: Any = import_module("re._parser")

PATTERNS_FILE = "patterns.json"


def compile_pattern(source: str) -> re.Pattern[str]:
    """`re.compile(source)`, from the shipped engine code when it holds this pattern."""
    entry = _stored().get(_key(source))
    if entry is not None:
        try:
            return _from_code(source, entry)
        except (RuntimeError, TypeError, ValueError, KeyError, OverflowError):
            pass  # code this engine does not accept: compile as usual
    return re.compile(source)


def engine() -> str:
    """The engine the stored code is for: code written for another one is not used."""
    version = f"{sys.version_info[0]}.{sys.version_info[1]}"
    return f"{sys.implementation.name} {version} {_sre.MAGIC} {_sre.CODESIZE}"


def engine_code(source: str) -> dict[str, Any]:
    """The engine code of a pattern, as `re` compiles it (what `data/patterns.json` stores)."""
    parsed = _parser.parse(source, 0)
    return {
        "flags": parsed.state.flags,
        "code": list(_compiler._code(parsed, 0)),
        "groups": parsed.state.groups - 1,
        "groupindex": dict(parsed.state.groupdict),
    }


def _from_code(source: str, entry: dict[str, Any]) -> re.Pattern[str]:
    groupindex = entry["groupindex"]
    indexgroup: list[str | None] = [None] * (entry["groups"] + 1)
    for name, index in groupindex.items():
        indexgroup[index] = name
    pattern: re.Pattern[str] = _sre.compile(
        source, entry["flags"], entry["code"], entry["groups"], groupindex, tuple(indexgroup)
    )
    return pattern


def _key(source: str) -> str:
    return hashlib.sha1(source.encode("utf-8")).hexdigest()


@cache
def _stored() -> dict[str, dict[str, Any]]:
    """The shipped engine code by pattern (empty when missing, unreadable or for another engine)."""
    try:
        raw = json.loads((resources.files("bilat.temporal") / "data" / PATTERNS_FILE).read_text("utf-8"))
        if raw.get("engine") != engine():
            return {}
        patterns: dict[str, dict[str, Any]] = raw["patterns"]
        return patterns
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def rule_sources() -> list[str]:
    """The full patterns of every registered rule, as `grammar.compile_rule` compiles them."""
    from bilat.temporal import families  # noqa: F401  (registers the rule families)
    from bilat.temporal.grammar import rule_source
    from bilat.temporal.rules import RULES

    return [rule_source(rule.source) for rule in RULES]


def build_patterns(sources: list[str]) -> dict[str, Any]:
    """The engine code of these patterns, as written to `data/patterns.json`."""
    return {"engine": engine(), "patterns": {_key(s): engine_code(s) for s in sorted(set(sources))}}


def write_patterns(target: Path | None = None) -> Path:
    """Write the engine code of the registered rules into the package (or to `target`)."""
    path = target or Path(__file__).with_name("data") / PATTERNS_FILE
    index = build_patterns(rule_sources())
    lines = [f"{json.dumps(key)}: {json.dumps(value)}" for key, value in sorted(index["patterns"].items())]
    body = ",\n".join(lines)
    path.write_text(f'{{"engine": {json.dumps(index["engine"])}, "patterns": {{\n{body}\n}}}}\n', "utf-8")
    _stored.cache_clear()
    return path


def rebuild() -> None:
    """Rebuild the shipped gate index and compiled patterns from the registered rules."""
    from bilat.temporal.gate_index import write_index

    print(f"wrote {write_index()}")
    print(f"wrote {write_patterns()}")
