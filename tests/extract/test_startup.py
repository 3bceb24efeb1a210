"""CLI start-up stays light: assembling the commands does not import the readers' heavy libraries
(trafilatura, pypdf, feedparser) or the ingest pipeline; commands import them when they run."""

from __future__ import annotations

import subprocess
import sys

HEAVY_FOR_INGEST = ("trafilatura", "pypdf", "feedparser", "bilat.ingest.pipeline", "bilat.ingest.readers")


def _modules_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_assembling_the_cli_does_not_import_the_readers() -> None:
    loaded = _modules_after("import bilat.cli")
    assert "bilat.ingest.commands" in loaded  # the command is registered ...
    assert not loaded & set(HEAVY_FOR_INGEST)  # ... without its heavy imports


def test_the_ingest_default_size_limit_is_the_readers_one() -> None:
    from bilat.ingest.commands import DEFAULT_MAX_BYTES
    from bilat.ingest.readers import DEFAULT_MAX_BYTES as READERS_DEFAULT

    assert DEFAULT_MAX_BYTES == READERS_DEFAULT
