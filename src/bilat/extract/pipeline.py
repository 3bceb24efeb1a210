"""The extraction pipeline: components assembled from a YAML configuration, run over one Doc."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bilat.console import warn
from bilat.errors import ConfigError
from bilat.extract.doc import Doc
from bilat.extract.record import Record
from bilat.extract.registry import Component, create
from bilat.extract.yamlload import safe_load

DEFAULT_CONFIG = Path(__file__).with_name("pipeline.yaml")
# Set to "1" to have a failing component raise instead of being reported and skipped.
STRICT_ENV = "BILAT_STRICT"


@dataclass
class Step:
    """One configured component."""

    name: str
    run: Component


def load_config(path: Path | str | None = None) -> list[dict[str, Any]]:
    """Read the list of component entries from a pipeline YAML file."""
    path = Path(path) if path else DEFAULT_CONFIG
    try:
        data = safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read pipeline config ({exc})", source=str(path)) from exc
    entries = data.get("components") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not all(isinstance(e, dict) and "name" in e for e in entries):
        raise ConfigError("expected 'components: [{name: ..., module: ...}, ...]'", source=str(path))
    return entries


def build_steps(entries: list[dict[str, Any]]) -> list[Step]:
    """Instantiate the enabled components of a configuration, in order."""
    steps = []
    for entry in entries:
        if entry.get("enabled", True) is False:
            continue
        name = str(entry["name"])
        steps.append(Step(name, create(name, entry.get("module"), dict(entry.get("options") or {}))))
    return steps


class Pipeline:
    """An ordered list of components that turns a text into a Record."""

    def __init__(self, steps: list[Step]) -> None:
        self.steps = steps

    @classmethod
    def from_config(cls, path: Path | str | None = None) -> Pipeline:
        """Build the pipeline that a YAML file describes (the packaged pipeline.yaml by default)."""
        return cls(build_steps(load_config(path)))

    @property
    def names(self) -> list[str]:
        """The component names, in order."""
        return [step.name for step in self.steps]

    def run(self, text: str, *, name: str, published: str | None = None) -> Doc:
        """Run every component over a new Doc and return it (its record filled in).

        A component that fails is reported in one line naming the document and the step, and the
        others still run: one bug costs that step's facts, never the document or a whole run. With
        BILAT_STRICT=1 in the environment (the test suite sets it) the failure is raised instead."""
        doc = Doc(text=text, name=name, published=published)
        for step in self.steps:
            try:
                step.run(doc)
            except Exception as exc:
                if os.environ.get(STRICT_ENV) == "1":
                    raise
                warn(
                    f"extract: {name}: the {step.name} step failed ({type(exc).__name__}: {exc}); "
                    "its facts are missing"
                )
        return doc

    def __call__(self, text: str, *, name: str, published: str | None = None) -> Record:
        """Extract the record of one text."""
        return self.run(text, name=name, published=published).record
