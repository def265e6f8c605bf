"""F7: the shift and cash menu and what it opens (shifts, cash, no sale, reports, staff).

The menu shows over the window whatever screen is shown. Who acts is read
when they act (``actor``); the services decide what they may do, and the one
approval flow (``Approvals``) asks a manager when a service says so.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton, QWidget

from omnipos.domain.permissions import Action, Actor, ManagerOverride
from omnipos.services.shifts import ShiftService
from omnipos.services.staff import StaffInfo, StaffService
from omnipos.ui.common.approval import Approvals
from omnipos.ui.common.banner import Level, error_words
from omnipos.ui.common.tasks import TaskRunner
from omnipos.ui.i18n import translate
from omnipos.ui.manager.shift_controller import ShiftController
from omnipos.ui.manager.shift_menu import ShiftMenu
from omnipos.ui.manager.staff_dialog import AddStaffDialog, StaffForm

log = logging.getLogger(__name__)

ActorSource = Callable[[], Actor | None]
Notify = Callable[[str, Level], None]


class ManagerController(QObject):
    """Opens the F7 menu over ``parent`` and runs its entries."""

    def __init__(
        self,
        shifts: ShiftService,
        staff: StaffService,
        runner: TaskRunner,
        approvals: Approvals,
        actor: ActorSource,
        parent: QWidget,
        *,
        notify: Notify,
        lock: Callable[[], None],
        printer: Any = None,
    ) -> None:
        super().__init__(parent)
        self._shifts, self._staff, self._runner = shifts, staff, runner
        self._actor, self._parent, self._lock = actor, parent, lock
        self._printer = printer
        # The hooks ask the printer each time, so one set up later in Devices is used too.
        has_printer = printer is not None
        self.shift = ShiftController(
            shifts,
            approvals,
            runner,
            actor,
            parent,
            print_document=self._print_document if has_printer else None,
            open_drawer=self._open_drawer if has_printer else None,
        )
        levels = {"info": Level.INFO, "success": Level.SUCCESS, "warning": Level.WARNING,
                  "error": Level.ERROR}
        self.shift.message.connect(lambda text, level: notify(text, levels[level]))
        self.menu: ShiftMenu | None = None
        self.menu_button: QPushButton | None = None
        self.staff_dialog: AddStaffDialog | None = None

    @property
    def override_dialog(self) -> Any:
        return self.shift.override_dialog

    def _print_document(self, document: Any) -> None:
        if self._printer is not None:
            self._printer.print_document(document)

    def _open_drawer(self) -> None:
        if self._printer is not None:
            self._printer.open_drawer()

    def open_menu(self) -> None:
        """F7: read whether a shift is open (database worker), then show the menu."""
        self._runner.run_db(self._shifts.current, lambda cur: self._show_menu(cur is not None))

    def _show_menu(self, shift_open: bool) -> None:
        actor = self._actor()
        menu = ShiftMenu(shift_open, actor.label if actor else "", self._parent)
        self.menu = menu
        shift = self.shift
        menu.open_button.clicked.connect(shift.open_shift)
        menu.x_button.clicked.connect(shift.show_x_report)
        menu.cash_button.clicked.connect(shift.cash_in_out)
        menu.no_sale_button.clicked.connect(shift.no_sale)
        menu.close_button.clicked.connect(shift.close_shift)
        menu.lock_button.clicked.connect(self._lock)
        menu.staff_button.clicked.connect(self.add_staff)
        menu.open()

    def add_staff(self) -> None:
        """The manager screen: add a staff member (the service checks ``manage_staff``)."""
        dialog = AddStaffDialog(self._parent)
        self.staff_dialog = dialog
        staff, shift = self._staff, self.shift

        def submit(form: StaffForm) -> None:
            number, name, role, pin, badge = form
            who = self._actor()

            def work(ok: ManagerOverride | None) -> StaffInfo:
                return staff.add_staff(number, name, role, pin, badge=badge, actor=who, override=ok)

            def done(info: StaffInfo) -> None:
                dialog.accept()
                shift.message.emit(translate("Manager", "{name} (#{number}) can now sign in.")
                                   .format(name=info.name, number=info.number), "success")

            shift.run_checked(work, Action.MANAGE_STAFF, done,
                              on_error=lambda exc: dialog.show_error(error_words(exc)))

        dialog.submitted.connect(submit)
        dialog.open()
