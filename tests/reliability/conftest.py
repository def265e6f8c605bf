"""Reliability suite: short runs in ``make test``, full runs with OMNIPOS_RELIABILITY=full.

Each test reports its figures with the ``record`` fixture; when
OMNIPOS_RELIABILITY_RESULTS names a file, one JSON line per test goes there
and ``tests/reliability/run_suite.py`` prints them as one table.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.support.sync import live_hub, memory_keyring  # noqa: F401

FULL = os.environ.get("OMNIPOS_RELIABILITY", "").lower() == "full"
RESULTS_ENV = "OMNIPOS_RELIABILITY_RESULTS"


def scale(short: int, full: int) -> int:
    """The short size in ``make test``, the full size under OMNIPOS_RELIABILITY=full."""
    return full if FULL else short


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "reliability_full: only with OMNIPOS_RELIABILITY=full")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if FULL:
        return
    skip = pytest.mark.skip(reason="full reliability run only: set OMNIPOS_RELIABILITY=full")
    for item in items:
        if "reliability_full" in item.keywords:
            item.add_marker(skip)


Recorder = Callable[..., None]


@pytest.fixture
def record(request: pytest.FixtureRequest) -> Iterator[Recorder]:
    """``record(name, runs=, failures=, figure=)``: one row of the suite's table."""
    rows: list[dict[str, Any]] = []

    def _record(name: str, *, runs: int, failures: int, figure: str) -> None:
        row = {"test": name, "runs": runs, "failures": failures, "figure": figure,
               "mode": "full" if FULL else "short", "node": request.node.nodeid}
        rows.append(row)
        print(f"{name}: runs={runs} failures={failures} {figure}")

    yield _record
    path = os.environ.get(RESULTS_ENV)
    if path and rows:
        with open(path, "a", encoding="utf-8") as fh:
            fh.writelines(json.dumps(row) + "\n" for row in rows)
