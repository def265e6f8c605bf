"""Start the till GUI: application, style, database, services, task runner, window.

``run_gui(args)`` is what ``omnipos [--data-dir DIR] [--demo] [--printer URI]``
calls. It returns the process exit code.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from omnipos.db.engine import Database, database_path, open_database
from omnipos.db.settings import get_setting
from omnipos.devices.wedge import WedgeDetector
from omnipos.domain.errors import UserFacingError
from omnipos.services.selling import CheckoutService
from omnipos.ui.common.crash import CrashReporter
from omnipos.ui.common.style import app_icon_path, load_style
from omnipos.ui.common.tasks import TaskRunner
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from omnipos.ui.devices.till_devices import TillDevices, start_configured_scanner
from omnipos.ui.selling.sell_controller import Approver, TillController
from omnipos.ui.selling.sell_view import MIN_HEIGHT, MIN_WIDTH, TillView
from omnipos.ui.shell.scanning import ScanFilter, ScanRouter, install_scan_filter

log = logging.getLogger(__name__)

APP_NAME = "OmniPOS"


def default_data_dir(demo: bool) -> Path:
    from platformdirs import user_data_dir

    base = Path(user_data_dir("omnipos", appauthor=False))
    return base / "demo" if demo else base


def create_till(svc: CheckoutService, runner: TaskRunner, printer: ReceiptPrinter, *,
                cashier: str, data_dir: str, scanner: ScanRouter | None = None,
                approver: Approver | None = None,
                devices: TillDevices | None = None) -> TillController:
    """The till window and its controller, wired to the given services (tests use this too)."""
    store = svc.store
    view = TillView(store.currency, store.policy.rates)
    opener = None
    if devices is not None:
        opener = lambda: devices.open(view)
    controller = TillController(view, svc, runner, printer, cashier=cashier, data_dir=data_dir,
                                approver=approver, open_devices=opener)
    runner.user_error.connect(controller.show_error)
    if scanner is not None:
        controller.attach_scanner(scanner)
    return controller


def _device_settings(db: Database) -> tuple[str | None, str | None, str]:
    with db.read() as session:
        return (get_setting(session, "printer.uri"), get_setting(session, "printer.profile"),
                str(get_setting(session, "scanner.terminator", "enter") or "enter"))


def _install_scanner(app: QApplication, terminator: str) -> tuple[ScanRouter, ScanFilter]:
    router = ScanRouter(app)
    try:
        detector = WedgeDetector(terminator=terminator)
    except ValueError:
        log.warning("unknown scanner.terminator %r; using enter", terminator)
        detector = WedgeDetector()
    return router, install_scan_filter(app, router, detector)


def _log_to_file(data_dir: Path) -> RotatingFileHandler | None:
    """Keep a rotating log beside the database, so a crash report can be found later."""
    try:
        folder = data_dir / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "omnipos.log"
        handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    except OSError as exc:
        log.warning("cannot write a log file in %s: %s", data_dir, exc)
        return None
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"))
    package = logging.getLogger("omnipos")
    package.addHandler(handler)
    if package.getEffectiveLevel() > logging.INFO:
        package.setLevel(logging.INFO)
    return handler


def _fail(app: QApplication, message: str) -> int:
    log.error("cannot start the till: %s", message)
    QMessageBox.critical(None, APP_NAME, message)
    return 2


def run_gui(args: argparse.Namespace) -> int:
    """Open the till window; returns when it is closed."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setStyleSheet(load_style())
    icon = app_icon_path()
    if icon is not None:
        app.setWindowIcon(QIcon(str(icon)))
    reporter = CrashReporter()
    reporter.install()

    demo = bool(getattr(args, "demo", False))
    data_dir = Path(getattr(args, "data_dir", None) or default_data_dir(demo)).expanduser()
    log_handler = _log_to_file(data_dir)
    if log_handler is not None:
        reporter.log_file = log_handler.baseFilename
    db_path = getattr(args, "db_path", None)  # set by the CLI, which builds the demo store
    try:
        if demo and db_path is None:
            from omnipos.db.demo import ensure_demo

            db_path = ensure_demo(data_dir)  # builds the demo store the first time
        db = open_database(Path(db_path) if db_path else database_path(data_dir))
    except UserFacingError as exc:
        return _fail(app, str(exc))

    runner = TaskRunner()
    runner.unexpected_error.connect(reporter.report)
    try:
        svc = CheckoutService(db)
    except UserFacingError as exc:
        from omnipos.ui.sync.enroll_dialog import enroll_when_no_store  # issue 3: first run

        svc = enroll_when_no_store(db, runner)  # None: not enrolled, or another problem
        if svc is None:
            runner.shutdown(wait=True)
            db.close()
            return _fail(app, str(exc))

    uri, profile, terminator = _device_settings(db)
    scanner, scan_filter = _install_scanner(app, terminator)
    uri = getattr(args, "printer", None) or uri
    if not uri and demo:
        # A demo till "prints" ESC/POS bytes to a file, so a sale ends with a receipt.
        uri = (data_dir / "receipts.escpos").resolve().as_uri()
    printer = ReceiptPrinter(uri, profile)
    cashier = str(getattr(args, "cashier", None) or getpass.getuser())
    from omnipos.ui.manager.staff_session import StaffUI  # issue 5: sign-in, shifts and cash

    staff_ui = StaffUI(db, runner, printer=printer, scanner=scanner)
    devices = TillDevices(db, runner, printer, router=scanner, actor=staff_ui.actor,
                          approver=staff_ui.ask_manager)
    controller = create_till(staff_ui.checkout(svc), runner, printer, cashier=cashier,
                             data_dir=str(data_dir), scanner=scanner,
                             approver=staff_ui.ask_manager, devices=devices)
    serial_scanner = start_configured_scanner(db, scanner, controller.view.banner)
    staff_ui.attach(controller.view)
    view = controller.view
    from omnipos.ui.sync.sync_controller import attach_sync  # issue 3: sync status, F10 console

    sync = attach_sync(controller, svc, db, runner, demo_dir=data_dir if demo else None)
    reporter.set_parent_widget(view)
    if printer.configured:
        log.info("receipts go to %s", printer.uri)

    screen = app.primaryScreen()
    size = screen.availableGeometry().size() if screen is not None else None
    if size is not None and size.width() <= MIN_WIDTH and size.height() <= MIN_HEIGHT:
        view.showFullScreen()  # a till-sized screen: use all of it
    elif size is not None and (size.width() < MIN_WIDTH or size.height() < MIN_HEIGHT):
        view.showMaximized()
    else:
        view.resize(MIN_WIDTH, MIN_HEIGHT)
        view.show()
    QTimer.singleShot(0, view.focus_scan)

    try:
        return int(app.exec())
    finally:
        sync.stop()  # the worker (and a demo hub) before the database closes
        app.removeEventFilter(scan_filter)
        if serial_scanner is not None:
            serial_scanner.stop()
        runner.shutdown(wait=True)  # lets a sale being committed finish
        printer.stop()
        db.close()
        if log_handler is not None:
            logging.getLogger("omnipos").removeHandler(log_handler)
            log_handler.close()


def main(argv: list[str] | None = None) -> int:
    """``python -m omnipos.ui.app``: the GUI without the full CLI (development)."""
    parser = argparse.ArgumentParser(prog="omnipos-till")
    parser.add_argument("--data-dir")
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--printer")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    args: Any = parser.parse_args(argv)
    return run_gui(args)


if __name__ == "__main__":
    raise SystemExit(main())
