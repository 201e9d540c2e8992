"""The JSON API fuzzed from its own OpenAPI schema (schemathesis): no input gives a
server error. Bounded (a few dozen examples per operation) so it runs in CI."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("schemathesis")
import schemathesis
from hypothesis import HealthCheck, settings

from dyadline.store import Store
from dyadline.web import Settings, create_app
from test_store import make_annotated
from test_web import hostile_annotated


def _app() -> Any:
    folder = Path(tempfile.mkdtemp(prefix="dyadline-fuzz-"))
    db = folder / "fuzz.db"
    with Store(db) as store:
        store.write(make_annotated())
        store.write(hostile_annotated())
    return create_app(Settings(db=db, upload_dir=folder, allowed_hosts=["*"]))


@pytest.fixture(scope="module")
def api_schema() -> Any:
    return schemathesis.openapi.from_asgi("/api/openapi.json", _app())


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_api_never_fails_with_a_server_error(case: Any) -> None:
    response = case.call()
    assert response.status_code < 500, (case.method, case.formatted_path, response.text[:300])
