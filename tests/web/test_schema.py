"""Property tests of the JSON API against its own OpenAPI schema (schemathesis, in-process)."""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.config import SchemathesisConfig

from bilat.web.app import create_app

# The operations are known without a store: the app opens it only when a request comes.
OPERATIONS = [
    (path, method.upper())
    for path, methods in create_app(Path("no-store.db")).openapi()["paths"].items()
    for method in methods
]


@pytest.fixture(scope="module")
def api_schema(store_path: Path) -> schemathesis.BaseSchema:
    # A well-formed request may still name a partner or entity the store does not know (400, 404),
    # and uploads are off here (403).
    config = SchemathesisConfig.from_dict(
        {"checks": {"positive_data_acceptance": {"expected-statuses": ["2xx", "400", "401", "403", "404"]}}}
    )
    return schemathesis.openapi.from_asgi("/api/openapi.json", create_app(store_path), config=config)


@pytest.mark.parametrize(("path", "method"), OPERATIONS)
def test_every_endpoint_answers_as_its_schema_says(api_schema: schemathesis.BaseSchema, path: str,
                                                   method: str) -> None:
    operation = api_schema[path][method]

    @given(case=operation.as_strategy())
    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def answers_by_the_schema(case: schemathesis.Case) -> None:
        case.call_and_validate()

    answers_by_the_schema()
