"""Crash consistency: SIGKILL a selling till, check integrity and what it confirmed.

``make test``: a few fresh-process kills (a real restart each time) and a few
dozen forked ones. ``make reliability`` (OMNIPOS_RELIABILITY=full): 1,000
kills through the fork server.
"""

from __future__ import annotations

import os
import time

from tests.conftest import make_store
from tests.reliability.conftest import FULL, scale
from tests.reliability.crash import CrashReport, run_crashes, run_forked_crashes


def _figure(report: CrashReport, seconds: float) -> str:
    return (f"{report.sales} sales, {report.confirmed} confirmed all present, "
            f"{report.unconfirmed_present} killed between commit and receipt, {seconds:.0f}s")


def test_sigkill_never_loses_or_half_writes_a_sale(tmp_path, record) -> None:
    path = tmp_path / "till.sqlite3"
    make_store(path).close()
    runs = int(os.environ.get("OMNIPOS_CRASH_RUNS", str(scale(2, 12))))
    started = time.monotonic()
    report = run_crashes(path, runs=runs)
    record("crash, fresh process", runs=report.runs, failures=len(report.failures),
           figure=_figure(report, time.monotonic() - started))
    assert report.failures == []
    assert report.runs == runs
    assert report.sales > 0


def test_sigkill_mid_transaction_forked(tmp_path, record) -> None:
    path = tmp_path / "till.sqlite3"
    make_store(path).close()
    runs = scale(20, 1000)
    started = time.monotonic()
    report = run_forked_crashes(path, runs=runs, seed=7 if FULL else 3)
    record("crash, SIGKILL (fork server)", runs=report.runs, failures=len(report.failures),
           figure=_figure(report, time.monotonic() - started))
    assert report.failures == []
    assert report.runs == runs
    assert report.sales > 0
