"""Schemathesis over the OpenAPI schema of the read endpoints: every generated request gets a
documented status, content type and a body matching its response model, and never a 500."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
from test_api import fill  # noqa: E402

from fogwatch.api import create_app  # noqa: E402


def _app(tmp: Path):
    db = tmp / "schema.db"
    fill(db)
    return create_app(db)


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory):
    app = _app(tmp_path_factory.mktemp("schema"))
    return schemathesis.openapi.from_asgi("/api/v1/openapi.json", app).include(method="GET")


READS = ["/api/v1/articles", "/api/v1/articles/{article_id}", "/api/v1/events", "/api/v1/events/{key}",
         "/api/v1/clusters", "/api/v1/claims", "/api/v1/contradictions"]


def test_every_read_endpoint_is_covered(api_schema) -> None:
    assert sorted(op.ok().path for op in api_schema.get_all_operations()) == sorted(READS)


@pytest.mark.parametrize("path", READS)
def test_read_endpoint_matches_its_schema(api_schema, path: str) -> None:
    # Hypothesis driven by hand (not schemathesis's pytest plugin, which this pytest version breaks).
    from hypothesis import given

    operation = api_schema["/".join([""] + path.split("/")[1:])]["GET"]

    @given(case=operation.as_strategy())
    @settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def run(case) -> None:
        case.call_and_validate()

    run()
