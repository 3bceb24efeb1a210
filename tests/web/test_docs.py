"""docs/web.md stays true: every endpoint it lists exists, and every endpoint is listed."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from bilat.web.app import create_app


def test_the_guide_lists_exactly_the_api_endpoints(repo_dir: Path) -> None:
    guide = (repo_dir / "docs" / "web.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"`(GET|POST) (/api/[^`?\s]+)`", guide))
    schema = create_app(Path("no-store.db")).openapi()
    actual = {(method.upper(), path) for path, methods in schema["paths"].items() for method in methods}
    assert listed == actual


def test_the_guide_examples_answer(repo_dir: Path, client: TestClient) -> None:
    guide = (repo_dir / "docs" / "web.md").read_text(encoding="utf-8")
    examples = re.findall(r"^curl (?:-o \S+ )?'http://127\.0\.0\.1:8750(/[^']+)'$", guide, flags=re.MULTILINE)
    assert examples
    for path in examples:
        assert client.get(path).status_code == 200, path
