"""Schemathesis against the committed OpenAPI document (docs/sync-api.json).

Every operation gets generated valid and invalid requests, once with a real
device token and once with whatever token schemathesis makes up. The rule is
the issue's: never a 500, never an unhandled exception in the app.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

schemathesis = pytest.importorskip(
    "schemathesis", reason="schemathesis is not installed (pip install -e '.[test]')")

from hypothesis import HealthCheck, settings

from tests.reliability.conftest import scale
from tests.reliability.hubfuzz import FuzzHub, fuzz_hub

ROOT = Path(__file__).resolve().parents[2]
schema = schemathesis.openapi.from_path(ROOT / "docs" / "sync-api.json")
EXAMPLES = scale(5, 150)
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                    suppress_health_check=list(HealthCheck))
_calls = {"n": 0}
#: What the runs found: (operation, what happened), once each however often hypothesis
#: replays a failing example while it shrinks it.
_found: set[tuple[str, str]] = set()


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FuzzHub]:
    yield from fuzz_hub(tmp_path_factory.mktemp("schemathesis"))


def _check(hub: FuzzHub, case, headers: dict[str, str] | None) -> None:  # type: ignore[no-untyped-def]
    operation = f"{case.method} {case.path}"
    _calls["n"] += 1
    try:
        response = case.call(app=hub.client.app, headers=headers)
    except Exception as exc:
        _found.add((operation, f"the app raised {type(exc).__name__}: {str(exc)[:120]}"))
        raise
    if response.status_code >= 500:
        _found.add((operation, f"{response.status_code}: {response.text[:120]}"))
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
    """One row for the suite's table with what the runs above found (runs after them)."""
    operations = sum(1 for _ in schema.get_all_operations())
    found = sorted(_found)
    figure = (f"{operations} operations x (real token, made-up tokens), "
              + ("no 500" if not found else "; ".join(f"{op}: {what}" for op, what in found)))
    record("bad input: schemathesis (sync-api.json)", runs=_calls["n"], failures=len(found),
           figure=figure)
    assert _calls["n"] > 0, "no schemathesis case ran before the summary"
