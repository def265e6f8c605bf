"""The till's sync state: status widget, Sync screen, enroll dialog, a real hub, the demo."""

from __future__ import annotations

import argparse
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from omnipos.db.engine import Database, open_database
from omnipos.db.settings import get_setting, set_settings
from omnipos.hub.catalog import CatalogLine, upsert_lines
from omnipos.services.selling import CheckoutService
from omnipos.services.sync import SyncService
from omnipos.sync.console import list_outbox
from omnipos.sync.enroll import enroll
from omnipos.sync.errors import KeyringUnavailable
from omnipos.sync.outbox import quarantine
from omnipos.sync.tokens import MemoryTokenStore
from omnipos.ui.app import create_till
from omnipos.ui.common.tasks import SyncTaskRunner
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from omnipos.ui.shell.main_window import MainWindow
from omnipos.ui.sync.enroll_dialog import EnrollController, EnrollDialog
from omnipos.ui.sync.sync_controller import SyncController, attach_sync
from omnipos.ui.sync.sync_status import (
    CONNECTING,
    NOT_ENROLLED,
    OFFLINE,
    ONLINE,
    SyncSnapshot,
    SyncStatusWidget,
    age_text,
)
from omnipos.ui.sync.sync_view import COL_STATUS
from tests.support.sync import LiveHub, live_hub, sell  # noqa: F401 - fixture
from tests.ui.conftest import show_window

SHOTS = Path("/tmp/shots")
APPLE = "4006381333931"  # sku A in tests.support.sync.CATALOG, 1.99 at the hub


def _shot(widget: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    if isinstance(widget, SyncStatusWidget):
        widget = widget.parentWidget()  # the status bar around it
    QApplication.processEvents()  # lay out the new texts before the grab
    widget.grab().save(str(SHOTS / f"sync_{name}.png"))


def _snap(**kw: Any) -> SyncSnapshot:
    base: dict[str, Any] = {
        "online": True, "waiting": 0, "oldest_age_s": None, "quarantined": 0, "last_error": "",
        "last_sync": "2026-11-27T00:00:00+00:00", "auth_required": False, "enrolled": True,
        "hub_url": "http://127.0.0.1:8700", "warning": "",
    }
    base.update(kw)
    return SyncSnapshot(**base)


def test_age_text() -> None:
    assert age_text(None) == ""
    assert age_text(42.7) == "42 s"
    assert age_text(125) == "2 min"
    assert age_text(3 * 3600 + 5 * 60) == "3 h 5 min"
    assert age_text(2 * 86400 + 4 * 3600) == "2 d 4 h"


def test_status_widget_states(qtbot: Any) -> None:
    from PySide6.QtWidgets import QStatusBar

    from omnipos.ui.common.style import load_style

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyleSheet(load_style())
    bar = QStatusBar()  # the till's dark status bar, where the widget lives
    qtbot.addWidget(bar)
    w = SyncStatusWidget(bar)
    bar.addPermanentWidget(w)
    bar.resize(900, 40)
    bar.show()
    qtbot.waitExposed(bar)
    assert w.state == CONNECTING and w.progress.isVisible()
    w.show_connecting("Starting the demo hub…")
    assert w.pulling_label.text() == "Starting the demo hub…"
    _shot(w, "status_connecting")
    w.show_snapshot(_snap())
    w.show_pulling(None)  # the controller ends 'connecting' when the first pass reports
    assert w.state == ONLINE and w.queue_label.text() == "0 waiting"
    assert not w.progress.isVisible() and not w.error_label.isVisible()
    _shot(w, "status_online")
    w.show_snapshot(_snap(online=False, waiting=3, oldest_age_s=300,
                          last_error="hub unreachable: connection refused by 127.0.0.1:8700"))
    assert w.state == OFFLINE
    assert w.queue_label.text() == "3 waiting · oldest 5 min"
    assert w.error_label.text().startswith("hub unreachable") and w.error_label.text().endswith("…")
    assert "connection refused by 127.0.0.1:8700" in w.toolTip()
    _shot(w, "status_offline")
    w.show_snapshot(_snap(quarantined=2))
    assert "2 quarantined" in w.queue_label.text()
    w.show_pulling("Pulling 15,000 changes")
    assert w.progress.isVisible() and "15,000" in w.pulling_label.text()
    _shot(w, "status_pulling")
    w.show_snapshot(_snap(enrolled=False))
    assert w.state == NOT_ENROLLED


def _till(qtbot: Any, db: Database, tmp: Path, starter: Any) -> tuple[Any, SyncController]:
    from omnipos.ui.common.style import load_style

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyleSheet(load_style())
    svc = CheckoutService(db)
    runner = SyncTaskRunner()
    ui = create_till(svc, runner, ReceiptPrinter(None), data_dir=str(tmp))
    controller = ui.sell
    sync = attach_sync(ui.window, SyncService(db), runner, starter=starter,
                       reload_profile=svc.reload_profile, sale_completed=controller.sale_completed)
    show_window(qtbot, ui.window)
    return controller, sync


def test_console_lists_waiting_and_quarantined_and_retries(qtbot: Any, db: Database,
                                                           tmp_path: Path) -> None:
    svc = CheckoutService(db)
    for _ in range(3):
        cart = svc.new_cart()
        svc.scan(cart, "4006381333931")
        pay = svc.start_payment(cart)
        pay.add_cash(pay.remaining_minor)
        svc.complete_sale(cart, pay)
    listing = list_outbox(db)
    assert listing.waiting == 3
    bad = listing.items[0].event_id
    with db.transaction() as s:
        quarantine(s, bad, "body.events.0.payload.lines: field required")
    from omnipos.sync.console import bar_status
    from omnipos.sync.status import sync_status

    now = datetime.now(UTC)
    cheap, full = bar_status(db, now), sync_status(db, now)
    assert cheap == {k: full[k] for k in cheap}  # the status bar's poll says what 'status' says
    assert cheap["outbox_depth"] == 2 and cheap["quarantined"] == 1
    controller, sync = _till(qtbot, db, tmp_path, starter=lambda changed, progress: None)
    try:
        qtbot.waitUntil(lambda: sync.widget.state == NOT_ENROLLED)
        window = controller.view.window()
        qtbot.keyClick(controller.view.scan_field, Qt.Key.Key_F10)
        qtbot.waitUntil(lambda: sync.shown and sync.view.model.rowCount() == 3)
        console = sync.view
        assert window.current_screen is sync
        model = console.model
        assert model.index(0, COL_STATUS).data() == "Quarantined"
        assert model.index(1, COL_STATUS).data() == "Waiting"
        assert "2 waiting" in console.summary.text() and "1 quarantined" in console.summary.text()
        assert not console.retry_button.isEnabled()
        console.table.selectRow(1)
        assert not console.retry_button.isEnabled()  # a waiting event needs no retry
        console.table.selectRow(0)
        assert console.retry_button.isEnabled()
        _shot(window, "console")
        console.retry_button.click()
        qtbot.waitUntil(lambda: list_outbox(db).quarantined == 0)
        qtbot.waitUntil(lambda: model.rowCount() == 3
                        and model.index(0, COL_STATUS).data() == "Waiting")
        assert list_outbox(db).waiting == 3
        qtbot.keyClick(console.table, Qt.Key.Key_Escape)  # Esc leaves the Sync screen
        qtbot.waitUntil(lambda: not sync.shown)
        assert window.current_screen is controller and controller.view.scan_field.hasFocus()
    finally:
        sync.stop()


def _enrolled_till_db(hub: LiveHub, tmp: Path, interval_s: float) -> tuple[Database, Any]:
    db = open_database(tmp / "till.sqlite3")
    tokens = MemoryTokenStore()
    enroll(db, hub.url, hub.code("S1"), tokens, device_name="ui test till")
    with db.transaction() as s:
        # A store that lets its first sale open a shift: this till sells at once.
        set_settings(s, {"sync.interval_s": interval_s, "shift.auto_open": True})
    return db, tokens


def test_price_change_at_the_hub_reaches_the_till_and_offline_when_it_stops(
        qtbot: Any, live_hub: LiveHub, tmp_path: Path) -> None:  # noqa: F811
    db, tokens = _enrolled_till_db(live_hub, tmp_path, 1.0)
    controller, sync = _till(qtbot, db, tmp_path, SyncService(db, tokens=tokens).start_enrolled)
    view = controller.view
    try:
        qtbot.waitUntil(lambda: sync.widget.state == ONLINE, timeout=15000)
        assert sync.widget.queue_label.text() == "0 waiting"
        assert sync.worker is not None and sync.worker.interval == 1.0
        _shot(view.window(), "till_online")
        # A price change at the hub: on the next pull (one interval, no wake) the till re-reads.
        upsert_lines(live_hub.db, [CatalogLine("A", "Apple juice", (APPLE.zfill(14),), 299, "STD")],
                     "USD")
        with qtbot.waitSignal(sync.catalog_updated, timeout=15000):
            pass
        view.scan_field.setText(APPLE)
        view.scan_field.returnPressed.emit()
        qtbot.waitUntil(lambda: controller.cart_view is not None
                        and len(controller.cart_view.lines) == 1)
        assert controller.cart_view.lines[0].unit_price_minor == 299
        # A sale wakes the worker; the status shows it pushed (0 waiting).
        done = sell(db, [("B", 1)])
        sync.sale_completed(done)
        qtbot.waitUntil(lambda: sync.snapshot is not None and sync.snapshot.waiting == 0
                        and sync.widget.state == ONLINE, timeout=15000)
        # The hub stops: the next pass fails and the widget says offline, with the error.
        live_hub.stop()
        sync.wake()
        qtbot.waitUntil(lambda: sync.widget.state == OFFLINE, timeout=15000)
        assert sync.widget.error_label.text()
        _shot(view.window(), "till_offline")
    finally:
        sync.stop()
        db.close()


def test_enroll_dialog_enrolls_with_a_hub(qtbot: Any, live_hub: LiveHub,  # noqa: F811
                                          tmp_path: Path) -> None:
    db = open_database(tmp_path / "new.sqlite3")
    try:
        dialog = EnrollDialog()
        qtbot.addWidget(dialog)
        ctl = EnrollController(dialog, SyncService(db), SyncTaskRunner(), tokens=MemoryTokenStore())
        dialog.show()
        _shot(dialog, "enroll")
        dialog.enroll_button.click()
        assert "http://" in dialog.error.text()  # no address yet
        dialog.hub_field.setText(live_hub.url)
        dialog.code_field.setText("WRONG-CODE")
        dialog.enroll_button.click()
        assert "refused the code" in dialog.error.text()
        _shot(dialog, "enroll_refused")
        dialog.code_field.setText(live_hub.code("S2"))
        with qtbot.waitSignal(ctl.enrolled):
            dialog.enroll_button.click()
        assert dialog.result() == EnrollDialog.DialogCode.Accepted
        with db.read() as s:
            assert get_setting(s, "store.code") == "S2"
        assert CheckoutService(db).store.code == "S2"
    finally:
        db.close()


class _NoKeyring(MemoryTokenStore):
    checks = 0

    def check(self) -> None:
        self.checks += 1
        raise KeyringUnavailable("no usable keyring backend (keyring.backends.fail.Keyring)")


def test_enroll_dialog_says_when_no_keyring_is_usable(qtbot: Any, live_hub: LiveHub,  # noqa: F811
                                                      tmp_path: Path) -> None:
    db = open_database(tmp_path / "new.sqlite3")
    try:
        dialog = EnrollDialog()
        qtbot.addWidget(dialog)
        tokens = _NoKeyring()
        EnrollController(dialog, SyncService(db), SyncTaskRunner(), tokens=tokens)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        dialog.hub_field.setText(live_hub.url)
        dialog.code_field.setText(live_hub.code("S1"))
        dialog.code_field.setFocus()
        qtbot.keyClick(dialog.code_field, Qt.Key.Key_Return)  # Return enrolls once, never quits
        assert tokens.checks == 1
        assert dialog.isVisible()  # not closed by a Return that reached the Quit button
        text = dialog.error.text()
        assert "no usable keyring" in text and "never written to a file" in text
        assert dialog.enroll_button.isEnabled()
        _shot(dialog, "enroll_no_keyring")
        with db.read() as s:
            assert get_setting(s, "store.code") is None and get_setting(s, "device.id") is None
    finally:
        db.close()


def test_run_gui_demo_opens_fast_connects_and_syncs(qtbot: Any, tmp_path: Path,
                                                    monkeypatch: Any) -> None:
    """``omnipos --demo``: the till opens while the hub starts, then shows it online."""
    from omnipos.db.demo import ensure_demo
    from omnipos.ui.app import run_gui

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    data_dir = tmp_path / "demo"
    db_path = ensure_demo(data_dir)
    args = argparse.Namespace(data_dir=data_dir, db_path=db_path, demo=True,
                              printer=(tmp_path / "r.bin").as_uri())
    seen: dict[str, Any] = {}
    started = time.perf_counter()

    def widget_of(view: MainWindow) -> SyncStatusWidget | None:
        found = view.status.sync_slot.findChildren(SyncStatusWidget)
        return found[0] if found else None

    def drive() -> None:
        views = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, MainWindow) and w.isVisible()]
        if not views or widget_of(views[0]) is None:
            QTimer.singleShot(20, drive)
            return
        widget = widget_of(views[0])
        assert widget is not None
        seen["first_state"] = widget.state

        def wait_online() -> None:
            if widget.state != ONLINE:
                if time.perf_counter() - started > 90:
                    seen["timeout"] = widget.state
                    views[0].close()
                    return
                QTimer.singleShot(50, wait_online)
                return
            seen["queue"] = widget.queue_label.text()
            views[0].close()

        wait_online()

    QTimer.singleShot(0, drive)
    assert run_gui(args) == 0
    assert "timeout" not in seen, seen
    assert seen["first_state"] == CONNECTING
    # How fast it opens is bench/bench_startup.py's figure; here: before the hub was up.
    assert seen["queue"].startswith("0 waiting")


def test_long_pull_shows_progress_and_reloads_the_profile(qtbot: Any, db: Database,
                                                          tmp_path: Path) -> None:
    """Pages of a pull show a busy bar with a count; the pass's end hides it and re-reads."""
    controller, sync = _till(qtbot, db, tmp_path, starter=lambda changed, progress: None)
    try:
        qtbot.waitUntil(lambda: sync.widget.state == NOT_ENROLLED)
        widget = sync.widget
        sync._worker_progress.emit(5000, True)  # what the worker thread emits per page
        qtbot.waitUntil(lambda: widget.progress.isVisible())
        assert "5,000" in widget.pulling_label.text()
        sync._worker_progress.emit(10000, True)
        qtbot.waitUntil(lambda: "10,000" in widget.pulling_label.text())
        _shot(controller.view.window(), "till_pulling")
        sync._worker_progress.emit(12345, False)
        qtbot.waitUntil(lambda: not widget.progress.isVisible())
        with qtbot.waitSignal(sync.catalog_updated):
            sync._worker_changed.emit()  # the pass ended: the profile is re-read once
    finally:
        sync.stop()


def test_revoked_till_says_enroll_again_and_re_enrolls_from_the_console(
        qtbot: Any, live_hub: LiveHub, tmp_path: Path) -> None:  # noqa: F811
    from omnipos.hub.admin.enrollment import revoke_till
    from omnipos.ui.sync.sync_status import ATTENTION

    db, tokens = _enrolled_till_db(live_hub, tmp_path, 3600.0)  # only wake() syncs
    controller, sync = _till(qtbot, db, tmp_path, SyncService(db, tokens=tokens).start_enrolled)
    try:
        qtbot.waitUntil(lambda: sync.widget.state == ONLINE, timeout=15000)
        assert sync.worker is not None
        revoke_till(live_hub.db, sync.worker.device_id)
        sync.wake()
        qtbot.waitUntil(lambda: sync.widget.state == ATTENTION, timeout=15000)
        assert sync.widget.state_label.text() == "Enroll again"
        _shot(controller.view.window(), "till_enroll_again")
        sync.widget.clicked.emit()  # a click on the status strip shows the Sync screen
        assert controller.view.window().current_screen is sync
        console = sync.view
        qtbot.waitUntil(lambda: not console.enroll_button.isHidden())
        console.enroll_button.click()
        dialog = sync.enroll_dialog
        assert dialog is not None and dialog.hub_field.text() == live_hub.url
        dialog.code_field.setText(live_hub.code("S1"))
        _shot(dialog, "enroll_again")
        dialog.enroll_button.click()
        qtbot.waitUntil(lambda: sync.widget.state == ONLINE, timeout=15000)
        qtbot.waitUntil(lambda: console.enroll_button.isHidden())
    finally:
        sync.stop()
        db.close()


def test_a_sync_that_cannot_start_shows_offline_with_the_reason(qtbot: Any, db: Database,
                                                                 tmp_path: Path) -> None:
    def broken(changed: Any, progress: Any) -> Any:
        raise RuntimeError("the hub did not start")

    _controller, sync = _till(qtbot, db, tmp_path, starter=broken)
    try:
        qtbot.waitUntil(lambda: sync.widget.state == OFFLINE)
        assert sync.widget.error_label.text() == "the hub did not start"
        assert not sync.widget.progress.isVisible()
    finally:
        sync.stop()


def test_closing_while_the_hub_starts_stops_what_started(qtbot: Any, db: Database,
                                                         tmp_path: Path) -> None:
    release = threading.Event()
    entered = threading.Event()
    stopped: list[bool] = []

    class FakeRunning:
        worker: Any = None

        def stop(self) -> None:
            stopped.append(True)

    def slow(changed: Any, progress: Any) -> Any:
        entered.set()
        release.wait(10)
        return FakeRunning()

    _controller, sync = _till(qtbot, db, tmp_path, starter=slow)
    qtbot.waitUntil(entered.is_set)
    assert sync.widget.state == CONNECTING
    threading.Timer(0.1, release.set).start()
    sync.stop()  # waits for the starter, then stops what it started
    assert stopped == [True]
    assert sync.worker is None
