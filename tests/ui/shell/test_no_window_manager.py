"""The till on a real X server with no window manager, driven by real key events.

A kiosk till started straight from ``xinit`` has no window manager to hand the
keyboard back after a dialog or a lock screen. Here the till runs in its own
process on Xvfb with Qt's xcb platform; xdotool types through the XTEST
extension as a keyboard and a scanner would: a PIN, scans, F9, the PIN again,
Alt+8, Alt+1, more scans, a SKU typed by hand, F12 and Enter. The pointer sits outside the window,
so no key reaches it unless the application itself took the keyboard. Every
scan must be in the sale the database holds afterwards.

``scripts/gui-test-deps.sh`` (run by .ci/run) installs Xvfb, xdotool and Qt's
xcb libraries; without them the test skips and says so.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from omnipos.db.engine import open_database
from omnipos.db.models import Sale
from omnipos.domain.pins import FAST_FOR_TESTS
from omnipos.services.staff import StaffService
from tests.conftest import make_store

SOAP, MILK, BREAD = "4006381333931", "036000291452", "96385074"
ROOT = Path(__file__).resolve().parents[3]

pytestmark = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xdotool")),
    reason="needs Xvfb and xdotool (scripts/gui-test-deps.sh installs them)",
)


@pytest.fixture
def display() -> Iterator[str]:
    # Wider than the till, so the pointer can rest outside its window (no focus by pointer).
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert server.stdout is not None
    number = server.stdout.readline().strip()
    if not number:
        server.kill()
        pytest.skip("Xvfb did not start")
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def _xdotool(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True,
                          timeout=30, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _until(what: str, check: Callable[[], bool], app: subprocess.Popen[bytes],
           log: Path, timeout: float = 30.0) -> None:
    """Wait for a condition the app shows (a log line, a window); fail with the log."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        if app.poll() is not None:
            break
        time.sleep(0.05)
    text = log.read_text(encoding="utf-8") if log.exists() else "(no log)"
    pytest.fail(f"gave up waiting for {what}; the till's log:\n{text[-3000:]}")


def test_keyboard_only_till_with_no_window_manager(display: str, tmp_path: Path) -> None:
    data_dir = tmp_path / "till"
    db = make_store(data_dir / "omnipos.sqlite3")
    StaffService(db, hasher=FAST_FOR_TESTS).add_staff("1", "Cam Cashier", "cashier", "2468",
                                                       command_line=True)
    db.close()
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
    _xdotool(env, "mousemove", "1590", "990")  # outside the till's 1280x800 window
    log = data_dir / "logs" / "omnipos.log"
    app = subprocess.Popen([sys.executable, "-m", "omnipos.cli", "--data-dir", str(data_dir)],
                           env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def logged(text: str, times: int = 1) -> Callable[[], bool]:
        return lambda: log.exists() and log.read_text(encoding="utf-8").count(text) >= times

    def key(*names: str) -> None:
        _xdotool(env, "key", "--delay", "60", *names)

    def type_pin() -> None:
        _xdotool(env, "type", "--delay", "150", "2468")  # a person's pace, not a scanner's
        key("Return")

    def scan(code: str) -> None:
        _xdotool(env, "type", "--delay", "4", code)  # a scanner's pace
        key("Return")

    try:
        _until("the lock screen", logged("till locked"), app, log)
        type_pin()
        _until("the first sign-in", logged("Cam Cashier (#1) signed in"), app, log)
        scan(SOAP)
        key("F9")
        _until("the lock after F9", logged("till locked", 2), app, log)
        type_pin()
        _until("the second sign-in", logged("Cam Cashier (#1) signed in", 2), app, log)
        scan(MILK)
        key("alt+8")
        key("alt+1")
        scan(SOAP)
        scan(BREAD)
        _xdotool(env, "type", "--delay", "150", "MILK")  # a SKU typed by hand, after Alt+1
        key("Return")
        key("F12")
        _until("the payment dialog", lambda: bool(subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "^Payment$"], env=env,
            capture_output=True, text=True, check=False).stdout.strip()), app, log)
        key("Return")  # cash, the amount due
        _until("the receipt choice", lambda: bool(subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "^Receipt$"], env=env,
            capture_output=True, text=True, check=False).stdout.strip()), app, log)
        key("Return")  # the store's default (no printer here: no receipt)
        _until("the sale", logged("Sale S001-T01-000001 done"), app, log)
    finally:
        app.send_signal(signal.SIGTERM)
        try:
            app.wait(20)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait(10)

    db = open_database(data_dir / "omnipos.sqlite3")
    try:
        with db.read() as s:
            sales = s.scalars(select(Sale)).all()
            assert len(sales) == 1
            lines = [(line.sku, str(line.qty)) for line in sales[0].lines]
            # in scan order (a repeat merges only with the line just scanned)
            assert lines == [("SOAP", "1"), ("MILK", "1"), ("SOAP", "1"), ("BREAD", "1"),
                             ("MILK", "1")]
            assert sales[0].cashier == "Cam Cashier (#1)"
    finally:
        db.close()
    text = log.read_text(encoding="utf-8")
    assert "Not added" not in text, text[-3000:]  # no scan was spoilt by a stray "8" or "1"
