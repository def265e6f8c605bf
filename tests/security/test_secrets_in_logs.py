"""Issue 15, point 5: scanned codes (badges included) and PINs never reach a log.

At every level: the wedge filter and the serial reader see every code, the
router hands it to a handler that may fail, sign-in looks a badge up in the
database (whose statements an administrator may log), and a PIN can arrive
as fast as a scan from a keypad. PINs come from a prompt or standard input,
never from a command line (``--pin`` is gone from both commands).
"""

from __future__ import annotations

import io
import logging
import os
import queue
import tty
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from omnipos.cli import main as till_main
from omnipos.db.engine import database_path
from omnipos.devices.serial_scanner import SerialScanner
from omnipos.devices.wedge import WedgeDetector
from omnipos.domain.errors import PermissionDenied
from omnipos.hub.commands.main import main as hub_main
from omnipos.services.staff import StaffService
from omnipos.ui.shell.scanning import ScanRouter, install_scan_filter
from tests.conftest import make_store
from tests.support.staff import Crew

BADGE = "BADGE-7Q4X-2291"
SECRET_CODE = "5901234123457"


@pytest.fixture
def everything_logged(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Every logger of the till at DEBUG, and SQLAlchemy's statements with their parameters."""
    caplog.set_level(logging.DEBUG)
    engine_log = logging.getLogger("sqlalchemy.engine")
    before = engine_log.level
    engine_log.setLevel(logging.INFO)
    yield caplog
    engine_log.setLevel(before)


def _assert_not_logged(caplog: pytest.LogCaptureFixture, *secrets: str) -> None:
    assert caplog.records, "logging was captured"
    for rec in caplog.records:
        text = rec.getMessage() + (logging.Formatter().formatException(rec.exc_info)
                                   if rec.exc_info else "")
        for secret in secrets:
            assert secret not in text, f"{rec.name} logged a secret: {text[:200]}"


def test_wedge_scans_and_failing_handlers_log_no_code(qtbot, everything_logged) -> None:
    app = QApplication.instance()
    t = [100.0]
    router = ScanRouter()
    scan_filter = install_scan_filter(app, router, WedgeDetector(clock=lambda: t[0]))
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    field.activateWindow()
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)

    def failing(code: str) -> None:
        raise RuntimeError(f"handler broke on {code}")

    router.push(failing, name="badge")
    try:
        for char in SECRET_CODE:
            qtbot.keyClick(field, char)
            t[0] += 0.005
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert router.route(BADGE) is True  # handled (and logged), not raised into Qt
    finally:
        app.removeEventFilter(scan_filter)
    assert field.text() == ""  # it was a scan, not typing
    assert any(r.levelno >= logging.ERROR and "badge" in r.getMessage()
               for r in everything_logged.records), "the failure itself is logged"
    _assert_not_logged(everything_logged, SECRET_CODE, BADGE)


@pytest.fixture
def pty_pair() -> Iterator[tuple[int, str]]:
    master, slave = os.openpty()
    tty.setraw(slave)
    tty.setraw(master)
    yield master, os.ttyname(slave)
    os.close(slave)
    os.close(master)


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a POSIX pty")
def test_serial_scans_and_failing_handlers_log_no_code(pty_pair, everything_logged) -> None:
    master, path = pty_pair
    seen: queue.Queue[str] = queue.Queue()

    def failing(code: str) -> None:
        seen.put(code)
        raise ValueError(f"no such badge {code}")

    scanner = SerialScanner(f"serial://{path}?baudrate=9600", failing).start()
    try:
        assert scanner.wait_connected(5)
        os.write(master, f"{BADGE}\r\n{SECRET_CODE}\r\n".encode())
        assert seen.get(timeout=5) == BADGE
        assert seen.get(timeout=5) == SECRET_CODE
    finally:
        scanner.stop()
    _assert_not_logged(everything_logged, SECRET_CODE, BADGE)


def test_badge_and_pin_sign_in_log_no_secret(
    staff_svc: StaffService, crew: Crew, everything_logged
) -> None:
    staff_svc.add_staff("7", "Bo Badge", "cashier", "3579", badge=BADGE, actor=crew.manager)
    assert staff_svc.login_badge(BADGE).name == "Bo Badge"
    with pytest.raises(PermissionDenied):
        staff_svc.login_badge(BADGE + "X")
    assert staff_svc.login("3579").name == "Bo Badge"
    with pytest.raises(PermissionDenied):
        staff_svc.login("8642")
    _assert_not_logged(everything_logged, BADGE, "3579", "8642")


def test_till_staff_add_takes_no_pin_option(
    tmp_path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    make_store(database_path(tmp_path)).close()
    args = ["staff", "add", "--data-dir", str(tmp_path), "--number", "9", "--name", "Mia",
            "--role", "manager"]
    with pytest.raises(SystemExit) as refused:
        till_main([*args, "--pin", "9753"])
    assert refused.value.code == 2
    assert "--pin" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("9753\n"))
    assert till_main(args) == 0


def test_hub_staff_add_takes_no_pin_option(
    tmp_path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    assert hub_main(["--db", url, "store", "add", "S1", "--name", "Main St", "--currency",
                     "USD", "--prices", "exclusive", "--tax", "standard=0.0825"]) == 0
    args = ["--db", url, "staff", "add", "--store", "S1", "--number", "9", "--name", "Mia",
            "--role", "manager"]
    with pytest.raises(SystemExit) as refused:
        hub_main([*args, "--pin", "9753"])
    assert refused.value.code == 2
    assert "--pin" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("9753\n"))
    assert hub_main(args) == 0
    assert "9753" not in capsys.readouterr().out


@pytest.mark.parametrize("read_pin", ["omnipos.commands.staff:read_pin",
                                      "omnipos.hub.commands.staff:_read_pin"])
def test_at_a_terminal_the_pin_is_typed_twice_without_echo(
    read_pin: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib

    from omnipos.domain.errors import ValidationError

    module_name, name = read_pin.split(":")
    reader = getattr(importlib.import_module(module_name), name)
    terminal = io.StringIO()
    terminal.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr("sys.stdin", terminal)
    answers = iter(["2468", "2468", "2468", "2469"])
    prompts: list[str] = []

    def getpass(prompt: str) -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr("getpass.getpass", getpass)
    assert reader() == "2468"
    with pytest.raises(ValidationError, match="differ"):
        reader()
    assert prompts == ["PIN: ", "PIN again: "] * 2
