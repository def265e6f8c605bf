"""Staff at the till window: who is signed in, and the shift and cash screens.

``StaffUI`` is the one object ``ui.app`` creates for issue 5:

    staff_ui = StaffUI(db, runner, printer=printer, scanner=scanner)
    svc = staff_ui.checkout(svc)       # sales carry the signed-in actor
    controller = create_till(svc, ...)
    staff_ui.attach(controller.view)   # lock screen, F9, F7 menu, status bar

The checkout wrapper passes the signed-in actor to every call the services
check (void, cancel, price override, discounts) and names them on sales; the
services decide what is allowed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

from omnipos.db.engine import Database
from omnipos.domain.errors import UserFacingError
from omnipos.domain.permissions import Action, Actor, ManagerOverride
from omnipos.services.selling import CheckoutService
from omnipos.services.shifts import ShiftService
from omnipos.services.staff import StaffInfo, StaffService
from omnipos.ui.common import formatting
from omnipos.ui.common.approval import OverrideDialog
from omnipos.ui.common.tasks import TaskRunner
from omnipos.ui.manager.shift_controller import ShiftController
from omnipos.ui.manager.shift_menu import ShiftMenu
from omnipos.ui.manager.staff_dialog import AddStaffDialog
from omnipos.ui.shell.scanning import ScanRouter
from omnipos.ui.shell.signin import LoginController

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
_CHECKED = ("void_line", "cancel", "override_price", "set_line_discount", "set_order_discount")
_NAMED = ("complete_sale", "park")


def _utc_now() -> datetime:
    return datetime.now(UTC)


class ActingCheckout:
    """The checkout service with the signed-in actor filled in (everything else delegates)."""

    def __init__(self, inner: CheckoutService, actor: Callable[[], Actor | None]) -> None:
        self._inner = inner
        self._actor = actor

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._inner, name)
        if name not in _CHECKED and name not in _NAMED:
            return attr
        actor = self._actor()

        def call(*args: Any, **kwargs: Any) -> Any:
            if name in _CHECKED:
                kwargs.setdefault("actor", actor)
            if actor is not None and "discount" not in name:
                kwargs["cashier"] = actor.label  # sales and the journal name the signed-in person
            return attr(*args, **kwargs)

        return call


class StaffUI(QObject):
    """Builds and wires the sign-in and shift screens for one till window."""

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        *,
        printer: Any = None,
        scanner: ScanRouter | None = None,
        clock: Clock = _utc_now,
        staff: StaffService | None = None,
    ) -> None:
        super().__init__()
        self.db, self.runner, self.printer, self.scanner = db, runner, printer, scanner
        self.clock = clock
        self.staff = staff or StaffService(db, clock=clock)
        self.shifts = ShiftService(db, clock=clock)
        self.login: LoginController | None = None
        self.shift: ShiftController | None = None
        self.menu: ShiftMenu | None = None
        self.menu_button: QPushButton | None = None
        self.staff_dialog: AddStaffDialog | None = None
        self.override_dialog: OverrideDialog | None = None

    def actor(self) -> Actor | None:
        return self.login.actor if self.login is not None else None

    def checkout(self, svc: CheckoutService) -> Any:
        """The checkout service the till window should use."""
        return ActingCheckout(svc, self.actor)

    def ask_manager(self, action: Action, detail: str,
                    then: Callable[[ManagerOverride], None]) -> None:
        """Manager approval for a till action (discount, price): ``then(override)`` on a PIN."""
        parent = self.login.parent() if self.login is not None else None
        dialog = OverrideDialog(self.staff, self.runner, action, self.actor(), detail=detail,
                                parent=parent if isinstance(parent, QWidget) else None)
        self.override_dialog = dialog
        dialog.approved.connect(then)
        dialog.open()

    # -- printer hooks (the ReceiptPrinter's public API) ---------------------------------

    def _print_document(self, document: Any) -> None:
        if self.printer is not None:
            self.printer.print_document(document)

    def _open_drawer(self) -> None:
        if self.printer is not None:
            self.printer.open_drawer()

    # -- wiring -------------------------------------------------------------------------

    def attach(self, view: Any, *, start_now: bool = False) -> None:
        """Lock screen, F9, F7 menu and a status-bar button on the till window.

        The lock screen comes up once the event loop runs (after the window is
        shown and sized), or at once with ``start_now`` (tests).
        """
        store = self.shifts.store
        self.login = LoginController(
            self.staff,
            self.runner,
            view,
            f"{store.code} {store.name} · Till {store.till}",
            scanner=self.scanner,
            clock=self.clock,
        )
        # The hooks ask the printer each time, so one set up later in Devices is used too.
        has_printer = self.printer is not None
        self.shift = ShiftController(
            self.shifts,
            self.staff,
            self.runner,
            self.actor,
            view,
            print_document=self._print_document if has_printer else None,
            open_drawer=self._open_drawer if has_printer else None,
        )
        banner = getattr(view, "banner", None)
        if banner is not None:
            from omnipos.ui.common.banner import Level

            levels = {
                "info": Level.INFO,
                "success": Level.SUCCESS,
                "warning": Level.WARNING,
                "error": Level.ERROR,
            }
            self.shift.message.connect(lambda text, level: banner.show_message(text, levels[level]))
        status = getattr(view, "status", None)
        if status is not None:
            self.menu_button = QPushButton("Shift and cash  F7", status)
            self.menu_button.setObjectName("shiftMenuButton")
            self.menu_button.setMinimumWidth(self.menu_button.sizeHint().width())
            self.menu_button.clicked.connect(self.open_menu)
            status.addPermanentWidget(self.menu_button)
            label = status.cashier_label

            def show_cashier(text: str) -> None:
                label.setText(text)
                label.setMinimumWidth(label.sizeHint().width())  # a long name is not cut off

            self.login.signed_in.connect(lambda a: show_cashier(f"Cashier: {a.label}"))
            self.login.signed_out.connect(lambda: show_cashier("Cashier: (signed out)"))
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_F7), view)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self.open_menu)
        if start_now:
            self.login.start()
        else:
            QTimer.singleShot(0, self.login.start)

    def open_menu(self) -> None:
        """F7: read whether a shift is open (database worker), then show the menu."""
        self.runner.run_db(self.shifts.current, lambda cur: self._show_menu(cur is not None))

    def _show_menu(self, shift_open: bool) -> None:
        assert self.shift is not None and self.login is not None
        actor = self.actor()
        parent = self.login.parent()
        menu = ShiftMenu(
            shift_open,
            actor.label if actor else "",
            parent if isinstance(parent, QWidget) else None,
        )
        self.menu = menu
        shift, login = self.shift, self.login
        menu.open_button.clicked.connect(shift.open_shift)
        menu.x_button.clicked.connect(shift.show_x_report)
        menu.cash_button.clicked.connect(shift.cash_in_out)
        menu.no_sale_button.clicked.connect(shift.no_sale)
        menu.close_button.clicked.connect(shift.close_shift)
        menu.lock_button.clicked.connect(login.lock)
        menu.staff_button.clicked.connect(self.add_staff)
        menu.open()

    def add_staff(self) -> None:
        """The manager screen: add a staff member (the service checks ``manage_staff``)."""
        assert self.shift is not None and self.login is not None
        parent = self.login.parent()
        dialog = AddStaffDialog(parent if isinstance(parent, QWidget) else None)
        self.staff_dialog = dialog
        staff, actor, shift = self.staff, self.actor, self.shift

        def submit() -> None:
            try:
                number, name, role, pin, badge = dialog.values()
            except UserFacingError as exc:
                dialog.show_error(formatting.sentence(str(exc)))
                return

            def work(ok: ManagerOverride | None) -> StaffInfo:
                return staff.add_staff(
                    number, name, role, pin, badge=badge, actor=actor(), override=ok
                )

            def done(info: StaffInfo) -> None:
                dialog.accept()
                shift.message.emit(f"{info.name} (#{info.number}) can now sign in.", "success")

            def failed(exc: BaseException) -> None:
                dialog.show_error(formatting.sentence(str(exc)))

            shift.run_checked(work, Action.MANAGE_STAFF, done, on_error=failed)

        dialog.ok_button.clicked.connect(submit)
        dialog.open()
