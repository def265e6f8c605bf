"""Short crash-consistency run inside `make test` (the full 1,000 kills: `make reliability`)."""

from __future__ import annotations

import os

from tests.conftest import make_store
from tests.reliability.crash import run_crashes


def test_sigkill_never_loses_or_half_writes_a_sale(tmp_path) -> None:
    path = tmp_path / "till.sqlite3"
    make_store(path).close()
    runs = int(os.environ.get("OMNIPOS_CRASH_RUNS", "12"))
    report = run_crashes(path, runs=runs)
    print(f"crash runs={report.runs} failures={len(report.failures)} sales={report.sales}")
    assert report.failures == []
    assert report.runs == runs
    assert report.sales > 0
