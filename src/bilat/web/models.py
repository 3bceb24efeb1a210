"""The shapes only the web returns (the rest are in `bilat.query.browse_model`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class UploadResult:
    """What an upload added to the store."""

    name: str
    documents: list[str]
    message: str
