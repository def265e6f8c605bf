"""Start the till GUI: application, style, the services (``omnipos.till``), task runner, shell.

``run_gui(args)`` is what ``omnipos [--data-dir DIR] [--demo] [--printer URI]``
calls. It returns the process exit code.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from omnipos import logs
from omnipos.devices.profiles import keep_capabilities_cached
from omnipos.devices.wedge import WedgeDetector
from omnipos.domain.errors import UserFacingError
from omnipos.domain.permissions import Actor
from omnipos.services.customers import CustomerService
from omnipos.services.devices import DeviceSettings
from omnipos.services.quick_keys import QuickKeyService
from omnipos.services.selling import CheckoutService
from omnipos.services.setup import StoreSetup
from omnipos.services.shifts import ShiftService
from omnipos.services.staff import StaffService
from omnipos.services.support import Versions
from omnipos.ui.common.approval import Approvals
from omnipos.ui.common.banner import Level
from omnipos.ui.common.crash import CrashReporter
from omnipos.ui.common.customer_picker import StoreCredit
from omnipos.ui.common.style import app_icon_path, load_style
from omnipos.ui.common.tasks import TaskRunner
from omnipos.ui.devices.customer_display import CustomerDisplays
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from omnipos.ui.devices.till_devices import TillDevices, start_configured_scanner
from omnipos.ui.i18n import choose, error_text, install, translate
from omnipos.ui.manager.manager_controller import ManagerController
from omnipos.ui.selling.sell_controller import SellController
from omnipos.ui.selling.sell_view import SellView
from omnipos.ui.shell.about import show_about
from omnipos.ui.shell.keymap import Act, ScreenId
from omnipos.ui.shell.main_window import MIN_HEIGHT, MIN_WIDTH, MainWindow, ScreenBuilder
from omnipos.ui.shell.scanning import ScanFilter, ScanRouter, install_scan_filter
from omnipos.ui.shell.signin import Clock, LoginController

if TYPE_CHECKING:  # the screens other than Sell are imported when they are first built
    from omnipos.services.counts import CountService
    from omnipos.services.parcels import ParcelService
    from omnipos.services.pickups import PickupService
    from omnipos.services.returns import ReturnService
    from omnipos.services.stock import StockService
    from omnipos.till import TillServices
    from omnipos.ui.counts.counts_controller import CountsController
    from omnipos.ui.parcels.parcels_controller import ParcelsController
    from omnipos.ui.pickups.pickups_controller import PickupsController
    from omnipos.ui.returns.returns_controller import ReturnsController
    from omnipos.ui.setup.settings_screen import SettingsScreen
    from omnipos.ui.stock.stock_controller import StockController
    from omnipos.ui.sync.sync_controller import SyncController

T = TypeVar("T")
Later = Callable[[], T]  # a service a screen built later asks for when it is built

log = logging.getLogger(__name__)

APP_NAME = "OmniPOS"


def default_data_dir(demo: bool) -> Path:
    from platformdirs import user_data_dir

    base = Path(user_data_dir("omnipos", appauthor=False))
    return base / "demo" if demo else base


@dataclass
class TillUI:
    """The till's window and the parts tests and the app reach.

    The screens other than Sell are built the first time they are shown or reached
    here (``MainWindow.screen``): None for a screen the till does not have.
    """

    window: MainWindow
    sell: SellController
    login: LoginController | None = None
    approvals: Approvals | None = None
    manager: ManagerController | None = None
    devices: TillDevices | None = None
    displays: CustomerDisplays | None = None

    @property
    def pickups(self) -> PickupsController | None:
        return cast("PickupsController | None", self.window.screen(ScreenId.PICKUPS))

    @property
    def returns(self) -> ReturnsController | None:
        return cast("ReturnsController | None", self.window.screen(ScreenId.RETURNS))

    @property
    def parcels(self) -> ParcelsController | None:
        return cast("ParcelsController | None", self.window.screen(ScreenId.PARCELS))

    @property
    def counts(self) -> CountsController | None:
        return cast("CountsController | None", self.window.screen(ScreenId.COUNTS))

    @property
    def stock(self) -> StockController | None:
        return cast("StockController | None", self.window.screen(ScreenId.STOCK))

    @property
    def settings(self) -> SettingsScreen | None:
        return cast("SettingsScreen | None", self.window.screen(ScreenId.MANAGER))


def create_till(svc: CheckoutService, runner: TaskRunner, printer: ReceiptPrinter, *,
                data_dir: str, scanner: ScanRouter | None = None,
                staff: StaffService | None = None, shifts: ShiftService | None = None,
                device_settings: DeviceSettings | None = None,
                pickups: Later[PickupService] | None = None,
                returns: Later[ReturnService] | None = None,
                parcels: Later[ParcelService] | None = None,
                customers: CustomerService | None = None,
                versions: Callable[[], Versions] | None = None, log_file: str = "",
                counts: Later[CountService] | None = None,
                stock: Later[StockService] | None = None,
                displays: CustomerDisplays | None = None,
                quick_keys: QuickKeyService | None = None,
                setup: StoreSetup | None = None, window: MainWindow | None = None,
                clock: Clock | None = None) -> TillUI:
    """The shell with its screens, wired to the given services (tests use this too).

    With ``staff`` (and ``shifts``) the till has sign-in, approvals and the F7
    menu; with ``device_settings`` the F3 dialog; with ``pickups`` the Pickups
    screen (Alt+2); with ``returns`` and ``customers`` the Returns screen (Alt+3);
    with ``parcels`` the Parcels screen (Alt+4); ``counts`` the Counts screen (Alt+5),
    ``stock`` the Stock screen (Alt+6, and Ctrl+L on Sell); ``displays`` the customer's
    window and pole display follow the sale; ``quick_keys`` the grid under the sale; with
    ``setup`` the Manager screen's store settings (Alt+7); ``window`` is the one the first-run
    wizard already shows; with ``versions`` (read on the database thread) the About box
    (Shift+F1). ``clock`` is the idle lock's (tests move it).

    Sell is built now; the other screens, their modules and the services given for them
    (called once, then) when they are first shown or reached, so the window paints sooner.
    """
    store = svc.store
    window = window or MainWindow()

    def later(sid: ScreenId, build: ScreenBuilder) -> None:
        # Its modules import pydantic: not while the till's warm-up does (TaskRunner.warm_up;
        # a screen asked for in the first second after start waits for it, 10 s at most).
        window.add_screen_later(sid, lambda: (runner.wait_warmed_up(10.0), build())[1])

    window.status.set_identity(store=f"{store.code} {store.name}", till=store.till,
                               cashier=svc.acting_name(None))
    login = approvals = None
    if staff is not None:
        login = LoginController(staff, runner, window,
                                translate("Shell", "{code} {name} · Till {till}").format(
                                    code=store.code, name=store.name, till=store.till),
                                scanner=scanner, **({} if clock is None else {"clock": clock}))
        approvals = Approvals(staff, runner, login.current_actor, window)
        login.signed_in.connect(lambda a: window.status.set_cashier(a.label))
        login.signed_out.connect(lambda: window.status.set_cashier(
            translate("Shell", "(signed out)")))
    actor = login.current_actor if login is not None else (lambda: None)
    sell = SellController(SellView(store.currency, store.policy.rates), svc, runner, printer,
                          actor=actor, approvals=approvals, customers=customers)
    ui = TillUI(window, sell, login, approvals)
    window.add_screen(sell)
    if login is not None:
        login.signed_in.connect(sell.signed_in)  # a sale someone else started is offered
    if pickups is not None:
        def build_pickups(pickups: Later[PickupService] = pickups) -> PickupsController:
            from omnipos.ui.pickups.pickups_controller import PickupsController
            from omnipos.ui.pickups.pickups_view import PickupsView

            return PickupsController(PickupsView(), pickups(), runner, printer,
                                     notify=window.notify, actor=actor)

        later(ScreenId.PICKUPS, build_pickups)
    if customers is not None:
        sell.use_store_credit(StoreCredit(customers, runner, store.currency,
                                          staff=lambda: _label(actor())))
    if returns is not None and customers is not None:
        def build_returns(returns: Later[ReturnService] = returns,
                          customers: CustomerService = customers) -> ReturnsController:
            from omnipos.ui.returns.returns_controller import ReturnsController
            from omnipos.ui.returns.returns_view import ReturnsView

            return ReturnsController(ReturnsView(store.currency), returns(), customers, runner,
                                     printer, actor=actor, approvals=approvals)

        later(ScreenId.RETURNS, build_returns)
    if parcels is not None:
        def build_parcels(parcels: Later[ParcelService] = parcels) -> ParcelsController:
            from omnipos.ui.parcels.parcels_controller import ParcelsController
            from omnipos.ui.parcels.parcels_view import ParcelsView

            return ParcelsController(ParcelsView(), parcels(), runner, actor=actor)

        later(ScreenId.PARCELS, build_parcels)
    if counts is not None:
        def build_counts(counts: Later[CountService] = counts) -> CountsController:
            from omnipos.ui.counts.counts_controller import CountsController
            from omnipos.ui.counts.counts_view import CountsView

            return CountsController(CountsView(store.currency), counts(), runner, printer,
                                    export_dir=Path(data_dir) / "exports", actor=actor,
                                    approvals=approvals)

        later(ScreenId.COUNTS, build_counts)
    if stock is not None:
        def build_stock(stock: Later[StockService] = stock) -> StockController:
            from omnipos.ui.stock.stock_controller import StockController
            from omnipos.ui.stock.stock_view import StockView

            return StockController(StockView(), stock(), runner, actor=actor,
                                   approvals=approvals, printer=printer)

        later(ScreenId.STOCK, build_stock)
        sell.use_stock_lookup(lambda sku: _show_stock(ui, sku))
    runner.user_error.connect(sell.show_error)
    if quick_keys is not None:
        sell.use_quick_keys(quick_keys)
    if displays is not None:  # the customer's window and pole display follow the sale
        ui.displays = displays
        sell.cart_changed.connect(displays.show_cart)
        sell.paid_shown.connect(displays.show_paid)
        displays.problem.connect(lambda text: sell.view.banner.show_message(text,
                                                                            Level.WARNING))
    if staff is not None and shifts is not None and ui.login is not None and ui.approvals:
        ui.manager = ManagerController(
            shifts, staff, runner, ui.approvals, ui.login.current_actor, window,
            notify=sell.view.banner.show_message, lock=ui.login.lock, printer=printer)
        window.on_action(Act.SHIFT, ui.manager.open_menu)
        shift = ui.manager.shift
        sell.use_shift_prompt(lambda then, otherwise: shift.open_shift(then=then,
                                                                       otherwise=otherwise))
        button = window.status.add_button(translate("Shell", "Shift and cash  F7"),
                                          "shiftMenuButton")
        button.clicked.connect(ui.manager.open_menu)
    if device_settings is not None:
        devices = TillDevices(device_settings, runner, printer, shifts=shifts, router=scanner,
                              actor=actor, approvals=approvals, displays=displays)
        ui.devices = devices
        devices.saved.connect(sell.devices_saved)
        window.on_action(Act.DEVICES, lambda: devices.open(window))
        sell.use_devices(lambda: devices.open(window))
    if setup is not None:
        def build_settings(setup: StoreSetup = setup) -> SettingsScreen:
            from omnipos.ui.setup.settings_screen import SettingsScreen

            return SettingsScreen(setup, runner, actor=actor, approvals=approvals,
                                  on_saved=svc.reload_profile)

        later(ScreenId.MANAGER, build_settings)
    if versions is not None:
        window.on_action(Act.ABOUT, lambda: show_about(window, runner, versions,
                                                       data_dir=data_dir, log_file=log_file))
    if scanner is not None:
        window.attach_scanner(scanner)
    return ui


def _hook_screen(sid: ScreenId, ui: TillUI, till: TillServices, sync: SyncController) -> None:
    """A screen built later joins the sync: what it queues for the hub is pushed at once."""
    if sid is ScreenId.PICKUPS and ui.pickups is not None:
        ui.pickups.changed.connect(sync.sale_completed)
    elif sid is ScreenId.RETURNS and ui.returns is not None:
        # It looks other tills' sales up at the hub through the running sync's client.
        till.returns.use_hub(lambda: sync.worker.client if sync.worker is not None else None)
        ui.returns.changed.connect(sync.sale_completed)
    elif sid is ScreenId.PARCELS and ui.parcels is not None:
        ui.parcels.changed.connect(sync.sale_completed)
    elif sid is ScreenId.COUNTS and ui.counts is not None:
        ui.counts.changed.connect(sync.sale_completed)
    elif sid is ScreenId.STOCK and ui.stock is not None:
        ui.stock.changed.connect(sync.sale_completed)


def _label(actor: Actor | None) -> str:
    return actor.label if actor is not None else ""


def _show_stock(ui: TillUI, sku: str) -> None:
    stock = ui.stock
    if stock is not None:
        ui.window.show_screen(ScreenId.STOCK)
        stock.show_card(sku)


def _install_scanner(app: QApplication, terminator: str) -> tuple[ScanRouter, ScanFilter]:
    router = ScanRouter(app)
    try:
        detector = WedgeDetector(terminator=terminator)
    except ValueError:
        log.warning("unknown scanner.terminator %r; using enter", terminator)
        detector = WedgeDetector()
    return router, install_scan_filter(app, router, detector)


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
    file_log = logs.FileLog(data_dir)
    if file_log.start():
        reporter.log_file = str(file_log.path)
    db_path = getattr(args, "db_path", None)  # set by the CLI, which builds the demo store
    from omnipos.till import open_till

    try:
        till = open_till(data_dir, demo=demo, db_path=Path(db_path) if db_path else None)
    except UserFacingError as exc:
        return _fail(app, error_text(exc))
    store = till.setup.load()  # the till's language before its first word is built
    install(app, choose(store.language or "" if store is not None else ""))

    runner = TaskRunner()
    runner.unexpected_error.connect(reporter.report)
    runner.hold_for_warm_up()  # the network's work (and sync's start) after it: see below
    try:
        till.start()
    except UserFacingError as exc:
        if till.sync.has_store():  # it has a store, so the problem is another one
            runner.shutdown(wait=True)
            till.close()
            return _fail(app, error_text(exc))
    startup = till.devices.at_startup()
    scanner, scan_filter = _install_scanner(app, startup.scanner_terminator)
    uri = getattr(args, "printer", None) or startup.printer_uri
    if not uri and demo:
        # A demo till "prints" ESC/POS bytes to a file, so a sale ends with a receipt.
        uri = (data_dir / "receipts.escpos").resolve().as_uri()
    # The printer stack (python-escpos) is the heaviest import of the till: it is set up
    # once the window shows (below), not before; a receipt waits for it, a scan does not.
    keep_capabilities_cached()
    printer = ReceiptPrinter(None)
    window = MainWindow()
    parts = _Parts()

    def build() -> None:
        """The screens, the sync status and the devices, once the till has a store."""
        till.start()
        store = till.checkout.store
        welcome = translate("Shell", "Welcome to {store}").format(store=store.name)
        displays = parts.displays = CustomerDisplays(runner, store.currency, welcome)
        displays.configure(startup.display_uri, startup.display_protocol, startup.display_window)
        ui = parts.ui = create_till(
            till.checkout, runner, printer, data_dir=str(data_dir), window=window,
            scanner=scanner, staff=till.staff, shifts=till.shifts, device_settings=till.devices,
            pickups=lambda: till.pickups, returns=lambda: till.returns,
            parcels=lambda: till.parcels, customers=till.customers,
            counts=lambda: till.counts, stock=lambda: till.stock, displays=displays,
            quick_keys=till.quick_keys, setup=till.setup, versions=till.versions,
            log_file=reporter.log_file)
        parts.serial = start_configured_scanner(startup.scanner_uri, scanner, ui.sell.view.banner)
        from omnipos.ui.sync.sync_controller import attach_sync

        sync = parts.sync = attach_sync(window, till.sync, runner, starter=till.sync_starter(),
                                        reload_profile=till.checkout.reload_profile,
                                        sale_completed=ui.sell.sale_completed,
                                        text=translate("Shell", "Starting the demo hub…") if demo
                                        else "")
        window.screen_built.connect(lambda sid, _screen: _hook_screen(sid, ui, till, sync))
        if ScreenId.PICKUPS in window.screens:
            # After each sync pass new orders and refused intents are announced on any screen,
            # so the Pickups screen is built soon after the window shows if Alt+2 has not yet:
            # its modules imported on a worker first, after the warm-up (on the GUI thread they
            # held the window, just shown, for ~0.3 s), then it polls, and after every status
            # read.
            def follow_pickups(_none: object = None) -> None:
                sync.status_changed.connect(lambda *_: ui.pickups.poll() if ui.pickups else None)
                if ui.pickups is not None:
                    ui.pickups.poll()

            QTimer.singleShot(0, lambda: runner.run_net(_load_pickups, follow_pickups))

            def reload_pickups() -> None:
                built = till.built_pickups()
                if built is not None:
                    runner.run_db(built.reload_profile)

            sync.catalog_updated.connect(reload_pickups)
        sync.catalog_updated.connect(ui.sell.quick_keys.reload)  # a pull may bring new quick keys
        if ui.login is not None:
            QTimer.singleShot(0, ui.login.start)  # locked from the start when the store has staff

    if till.sync.has_store():
        build()
    else:
        # First run: the wizard covers the window until the till has a store (and a printer).
        from omnipos.ui.setup.first_run import first_run

        wizard = first_run(window, till.setup, till.sync, till.devices, runner, scanner,
                           data_dir=str(data_dir))
        wizard.store_ready.connect(build)
        wizard.printer_chosen.connect(lambda values: printer.reconfigure(
            values.get("printer.uri") or None, values.get("printer.profile")))
        wizard.store_ready.connect(lambda: wizard.use_devices(
            lambda parent: parts.ui.devices.open(parent) if parts.ui and parts.ui.devices
            else None))
        wizard.finished.connect(lambda has_store: window.uncover() if has_store
                                else window.close())
    reporter.set_parent_widget(window)

    screen = app.primaryScreen()
    size = screen.availableGeometry().size() if screen is not None else None
    if size is not None and size.width() <= MIN_WIDTH and size.height() <= MIN_HEIGHT:
        window.showFullScreen()  # a till-sized screen: use all of it
    elif size is not None and (size.width() < MIN_WIDTH or size.height() < MIN_HEIGHT):
        window.showMaximized()
    else:
        window.resize(MIN_WIDTH, MIN_HEIGHT)
        window.show()
    QTimer.singleShot(0, lambda: printer.reconfigure(uri, startup.printer_profile))
    # Pydantic and the rest once the window shows, on one thread while no other imports
    # (TaskRunner.warm_up): the Pickups screen's modules and sync's start wait for it; a
    # sign-in or a scan this early waits behind it on the database's thread.
    QTimer.singleShot(0, lambda: runner.warm_up(till.warm_up))
    code = getattr(args, "self_test_code", None)
    if code and parts.ui is not None:
        from omnipos.ui.selftest import SelfTest

        SelfTest(window, parts.ui.sell, scanner, code, login=parts.ui.login,
                 pin=getattr(args, "self_test_pin", None)).start()
    QTimer.singleShot(0, window.restore_focus)

    try:
        return int(app.exec())
    finally:
        if parts.sync is not None:
            parts.sync.stop()  # the worker (and a demo hub) before the database closes
        app.removeEventFilter(scan_filter)
        if parts.serial is not None:
            parts.serial.stop()
        if parts.displays is not None:
            parts.displays.close()
        runner.shutdown(wait=True)  # lets a sale being committed finish
        printer.stop()
        till.close()
        file_log.stop()


def _load_pickups() -> None:
    """Import the modules the Pickups screen and its service are built from (off the GUI
    thread: see run_gui)."""
    for module in ("omnipos.services.pickups", "omnipos.ui.pickups.pickups_controller",
                   "omnipos.ui.pickups.pickups_view"):
        importlib.import_module(module)


@dataclass
class _Parts:
    """What ``run_gui`` builds once the till has a store (at once, or after the wizard)."""

    ui: TillUI | None = None
    sync: SyncController | None = None
    serial: Any = None  # a serial scanner's reader, when one is configured
    displays: CustomerDisplays | None = None


def main(argv: list[str] | None = None) -> int:
    """``python -m omnipos.ui.app``: the GUI without the full CLI (development)."""
    parser = argparse.ArgumentParser(prog="omnipos-till")
    parser.add_argument("--data-dir")
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--printer")
    logs.configure(logging.INFO)
    args: Any = parser.parse_args(argv)
    return run_gui(args)


if __name__ == "__main__":
    raise SystemExit(main())
