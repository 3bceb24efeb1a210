"""The store does not depend on the string hash seed: the same files give the same rows in every run."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
SCRIPT = "import sys; from bilat.cli import app; sys.argv = ['bilat', *sys.argv[1:]]; app()"


def _aliases(db: Path, seed: str) -> list[tuple[int, str, str]]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    command = [sys.executable, "-c", SCRIPT, "ingest", str(CORPUS), "--db", str(db)]
    subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT entity_id, alias, norm FROM entity_aliases ORDER BY rowid")
        return [(int(a), str(b), str(c)) for a, b, c in rows]


def test_entity_aliases_are_written_in_the_same_order_under_any_hash_seed(tmp_path: Path) -> None:
    first = _aliases(tmp_path / "one.db", "1")
    assert first, "the demo corpus gives aliases"
    assert _aliases(tmp_path / "two.db", "2") == first
    assert _aliases(tmp_path / "three.db", "5") == first
