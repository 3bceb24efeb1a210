"""The web UI and JSON API (``bilat serve``): `create_app(db_path)` builds the FastAPI application."""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    # Imported lazily so that the CLI starts without loading FastAPI.
    if name == "create_app":
        from bilat.web.app import create_app

        return create_app
    raise AttributeError(name)
