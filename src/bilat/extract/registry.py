"""The registry of pipeline components: a name in pipeline.yaml → a factory."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, Protocol

from bilat.errors import ConfigError
from bilat.extract.doc import Doc


class Component(Protocol):
    """A pipeline step: reads and annotates one Doc."""

    def __call__(self, doc: Doc) -> None: ...


Factory = Callable[..., Component]
_FACTORIES: dict[str, Factory] = {}


def component(name: str) -> Callable[[Factory], Factory]:
    """Register a component factory under `name` (used as a decorator)."""

    def decorate(factory: Factory) -> Factory:
        _FACTORIES[name] = factory
        return factory

    return decorate


def create(name: str, module: str | None, options: dict[str, Any]) -> Component:
    """Build the component `name`, importing `module` first so that it registers itself."""
    if module:
        try:
            importlib.import_module(module)
        except ImportError as exc:
            raise ConfigError(f"component {name!r}: cannot import {module} ({exc})") from exc
    factory = _FACTORIES.get(name)
    if factory is None:
        raise ConfigError(f"unknown pipeline component {name!r}")
    try:
        return factory(**options)
    except TypeError as exc:
        raise ConfigError(f"component {name!r}: bad options {options} ({exc})") from exc


def registered() -> list[str]:
    """Names of the components registered so far."""
    return sorted(_FACTORIES)
