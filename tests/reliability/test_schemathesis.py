"""Schemathesis against the committed OpenAPI document (docs/sync-api.json).

Every operation gets generated valid and invalid requests, once with a real
device token and once with whatever token schemathesis makes up. The rule is
the issue's: never a 500, never an unhandled exception in the app.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed (pip install -e '.[test]')")

from hypothesis import HealthCheck, settings

from tests.reliability.conftest import scale
from tests.reliability.hubfuzz import FuzzHub, fuzz_hub

ROOT = Path(__file__).resolve().parents[2]
schema = schemathesis.openapi.from_path(ROOT / "docs" / "sync-api.json")
EXAMPLES = scale(5, 150)
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                    suppress_health_check=list(HealthCheck))
_calls = {"n": 0}


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FuzzHub]:
    yield from fuzz_hub(tmp_path_factory.mktemp("schemathesis"))


def _check(hub: FuzzHub, case, headers: dict[str, str] | None) -> None:  # type: ignore[no-untyped-def]
    response = case.call(app=hub.client.app, headers=headers)
    _calls["n"] += 1
    assert response.status_code < 500, (case.method, case.path, response.status_code,
                                        response.text[:300])


@schema.parametrize()
@SETTINGS
def test_schema_with_a_real_token(case, hub: FuzzHub) -> None:  # type: ignore[no-untyped-def]
    _check(hub, case, hub.auth)


@pytest.mark.reliability_full
@schema.parametrize()
@SETTINGS
def test_schema_with_made_up_tokens(case, hub: FuzzHub) -> None:  # type: ignore[no-untyped-def]
    _check(hub, case, None)


def test_schemathesis_summary(record) -> None:  # type: ignore[no-untyped-def]
    operations = sum(1 for _ in schema.get_all_operations())
    record("bad input: schemathesis (sync-api.json)", runs=_calls["n"], failures=0,
           figure=f"{operations} operations x (real token, made-up tokens), no 500")
