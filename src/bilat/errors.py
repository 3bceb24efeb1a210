"""Typed errors that users see. The CLI turns each into one clear line (no traceback)."""

from __future__ import annotations


class BilatError(Exception):
    """Base class of every error that is reported to the user as one line."""

    exit_code: int = 1

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


class InputError(BilatError):
    """A file or stream that cannot be read as a document (binary, empty, too large, ...)."""


class StoreError(BilatError):
    """The knowledge store cannot be opened, migrated or written."""


class QueryError(BilatError):
    """A query argument is invalid (unknown partner, bad date, ...)."""

    exit_code = 2


class ConfigError(BilatError):
    """A pipeline configuration or reference-data file is invalid."""
