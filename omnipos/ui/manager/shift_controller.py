"""Behaviour of the shift and cash screens: open, X report, cash in/out, no-sale, close.

Every call goes to the services on the database worker with the signed-in
actor, read when the person acts; when a service says a manager must approve
(PermissionDenied, or ApprovalNeeded at close), the one approval flow
(``common.approval``) asks for a PIN and the call is made again with the
sealed override. The services decide; the UI only asks.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from omnipos.devices.documents import ShiftReport as ShiftDocument
from omnipos.domain.errors import UserFacingError
from omnipos.domain.permissions import Action, Actor, ApprovalRequest, ManagerOverride
from omnipos.domain.shifts import CashCount, MovementKind, ReportKind, ShiftReport
from omnipos.services.shifts import ApprovalNeeded, ShiftClosed, ShiftService, UnusualFloat
from omnipos.ui.common import formatting
from omnipos.ui.common.approval import Approvals, OverrideDialog
from omnipos.ui.common.banner import error_words
from omnipos.ui.common.confirm_dialog import ConfirmDialog
from omnipos.ui.common.tasks import TaskRunner
from omnipos.ui.i18n import error_text, said, translate
from omnipos.ui.manager.shift_dialogs import CashMovementDialog, CloseShiftDialog, OpenShiftDialog
from omnipos.ui.manager.shift_report_view import ShiftReportView
from omnipos.ui.shell.keymap import KEYMAP, Act

log = logging.getLogger(__name__)

ActorSource = Callable[[], Actor | None]


def rate_text(rate: Decimal) -> str:
    """0.0825 -> "8.25%", 0.02 -> "2%"."""
    return f"{(rate * 100).normalize():f}%"


def to_document(report: ShiftReport, store_name: str,
                rates: Mapping[str, Decimal] | None = None) -> ShiftDocument:
    """The printer's X/Z document for a report; ``rates`` name each tax class's rate."""
    t = report.tally
    rates = rates or {}

    def tax_label(cls: str) -> str:
        return f"{cls} {rate_text(rates[cls])}" if cls in rates else cls

    return ShiftDocument(
        kind=report.kind.value,
        store_name=store_name,
        till_code=report.till_code,
        shift_no=report.shift_id[:8],
        cashier=report.opened_by,
        closed_by=report.closed_by,
        currency=report.currency,
        opened_at=report.opened_at,
        printed_at=report.generated_at,
        sales_count=t.sales_count,
        sales_total_minor=t.sales_minor,
        returns_count=t.returns_count,
        returns_total_minor=t.returns_minor,
        voids_count=t.voids_count,
        no_sale_count=t.no_sales,
        tenders=tuple(sorted(t.tenders.items())),
        taxes=tuple(
            (tax_label(cls), t.tax_base_by_class.get(cls, 0), v)
            for cls, v in sorted(t.tax_by_class.items())
        ),
        opening_float_minor=t.opening_float,
        paid_in_minor=t.paid_in,
        paid_out_minor=t.paid_out,
        safe_drops_minor=t.safe_drops,
        cash_expected_minor=report.expected_cash,
        cash_counted_minor=report.counted_cash,
        closed_at=report.generated_at if report.kind is ReportKind.Z else None,
    )


class ShiftController(QObject):
    """Opens the shift dialogs and runs their service calls."""

    message = Signal(str, str)  # text, level ("info" | "success" | "warning" | "error")
    shift_changed = Signal()
    drawer_opened = Signal()

    def __init__(
        self,
        shifts: ShiftService,
        approvals: Approvals,
        runner: TaskRunner,
        actor: ActorSource,
        parent: QWidget,
        *,
        print_document: Callable[[Any], None] | None = None,
        open_drawer: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._shifts, self._approvals, self._runner = shifts, approvals, runner
        self._actor, self._parent = actor, parent
        self._print, self._open_drawer = print_document, open_drawer
        self.currency = shifts.store.currency
        # Open dialogs, for tests and screenshots.
        self.open_dialog: OpenShiftDialog | None = None
        self.close_dialog: CloseShiftDialog | None = None
        self.cash_dialog: CashMovementDialog | None = None
        self.report_view: ShiftReportView | None = None
        self.confirm_dialog: ConfirmDialog | None = None

    # -- approvals ------------------------------------------------------------------

    @property
    def override_dialog(self) -> OverrideDialog | None:
        """The approval dialog opened last (tests, screenshots)."""
        return self._approvals.dialog

    def run_checked(
        self,
        work: Callable[[ManagerOverride | None], Any],
        action: Action,
        done: Callable[[Any], None],
        *,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``work`` on the database worker; on PermissionDenied ask a manager, then again."""

        def start(ok: ManagerOverride | None, failed: Callable[[BaseException], None]) -> None:
            self._runner.run_db(lambda: work(ok), done, failed)

        self._approvals.run(action, start, on_error or self._error, parent=self._parent)

    def _error(self, exc: BaseException) -> None:
        if not isinstance(exc, UserFacingError):
            log.error("shift action failed: %s", type(exc).__name__)
        self.message.emit(error_words(exc), "error")

    # -- open -----------------------------------------------------------------------

    def open_shift(self, *, then: Callable[[], None] | None = None,
                   otherwise: Callable[[], None] | None = None) -> None:
        """Count the float and open a shift; ``then`` runs once it is open (the first sale
        asked for it, and goes on), ``otherwise`` when the person backs out."""
        dialog = OpenShiftDialog(self.currency, self._parent, first_sale=then is not None)
        self.open_dialog = dialog
        if otherwise is not None:
            dialog.rejected.connect(otherwise)
        shifts, actor = self._shifts, self._actor

        def submit(count: CashCount, unusual_ok: bool = False) -> None:
            who = actor()
            self._runner.run_db(
                lambda: shifts.open(count, actor=who, unusual_ok=unusual_ok),
                opened,
                lambda exc: failed(count, exc),
            )

        def failed(count: CashCount, exc: BaseException) -> None:
            if isinstance(exc, UnusualFloat):
                self._confirm_float(dialog, exc, lambda: submit(count, unusual_ok=True))
            else:
                dialog.show_error(error_text(exc) if isinstance(exc, UserFacingError)
                                  else translate("Manager", "unexpected error"))

        def opened(info: Any) -> None:
            dialog.accept()
            self.message.emit(
                translate("Manager", "Shift open with a float of {amount}.").format(
                    amount=formatting.money_with_code(info.opening_float_minor, self.currency)),
                "success",
            )
            self.shift_changed.emit()
            if then is not None:
                then()

        dialog.submitted.connect(submit)
        dialog.open()

    def _confirm_float(self, dialog: OpenShiftDialog, exc: UnusualFloat,
                       confirmed: Callable[[], None]) -> None:
        """A float over the usual amount: Back (the default) counts again, F12 opens."""
        cur = self.currency
        confirm = ConfirmDialog(
            translate("Manager", "Unusual float"),
            translate("Manager", "The float counted is {amount}, more than the usual "
                                 "{amount2}. Open the shift with it?").format(
                amount=formatting.money_with_code(exc.counted_minor, cur),
                amount2=formatting.money_with_code(exc.limit_minor, cur)),
            translate("Manager", "Open with this float  F12"),
            translate("Manager", "Count again  Enter"), parent=dialog,
            yes_keys=KEYMAP.sequences(Act.CONFIRM_YES))
        self.confirm_dialog = confirm
        confirm.accepted.connect(confirmed)
        confirm.rejected.connect(dialog.focus_first)
        confirm.open()

    # -- reports ----------------------------------------------------------------------

    def show_x_report(self) -> None:
        shifts, who = self._shifts, self._actor()
        self._runner.run_db(lambda: shifts.x_report(actor=who), self._show_report, self._error)

    def _show_report(self, report: ShiftReport) -> None:
        view = ShiftReportView(report, self._parent)
        self.report_view = view
        if self._print is None:
            view.print_button.setEnabled(False)
            view.print_button.setToolTip(translate("Manager", "No receipt printer is set up"))
        else:
            printer = self._print
            view.print_button.clicked.connect(
                lambda: printer(to_document(report, self._shifts.store.name,
                                            self._shifts.store.policy.rates))
            )
        view.open()

    # -- cash -------------------------------------------------------------------------

    def no_sale(self) -> None:
        shifts, who = self._shifts, self._actor()

        def done(_seq: int) -> None:
            if self._open_drawer is not None:
                self._open_drawer()
            self.drawer_opened.emit()
            self.message.emit(translate("Manager", "Drawer opened (no sale, journalled)."), "info")

        self.run_checked(
            lambda ok: shifts.no_sale(actor=who, override=ok,
                                      reason="from the Shift and cash menu"),  # journal words
            Action.NO_SALE,
            done,
        )

    def cash_in_out(self) -> None:
        dialog = CashMovementDialog(self.currency, self._parent)
        self.cash_dialog = dialog
        shifts, actor = self._shifts, self._actor

        def submit(value: tuple[MovementKind, int, str]) -> None:
            kind, minor, reason = value
            who = actor()
            calls = {
                MovementKind.PAY_IN: lambda ok: shifts.pay_in(
                    minor, reason, actor=who, override=ok
                ),
                MovementKind.PAY_OUT: lambda ok: shifts.pay_out(
                    minor, reason, actor=who, override=ok
                ),
                MovementKind.SAFE_DROP: lambda ok: shifts.safe_drop(
                    minor, actor=who, reason=reason, override=ok
                ),
            }
            dialog.accept()
            self.run_checked(calls[kind], Action.PAY_IN_OUT, done)

        def done(moved: Any) -> None:
            if self._open_drawer is not None:
                self._open_drawer()
            self.message.emit(
                f"{moved.kind.value.replace('_', ' ').capitalize()}: "
                f"{formatting.money_with_code(moved.amount_minor, self.currency)}.",
                "success",
            )

        dialog.submitted.connect(submit)
        dialog.open()

    # -- close ------------------------------------------------------------------------

    def close_shift(self) -> None:
        dialog = CloseShiftDialog(self.currency, self._parent)
        self.close_dialog = dialog
        approvals: list[ManagerOverride] = []
        shifts, actor = self._shifts, self._actor
        needed: list[ApprovalRequest] = []

        def submit(count: CashCount) -> None:
            who = actor()
            self._runner.run_db(
                lambda: shifts.close(count, actor=who, approvals=list(approvals)),
                closed,
                failed,
            )

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ApprovalNeeded):
                needed[:] = [r for r in exc.requests if not any(o.covers(r) for o in approvals)]
                dialog.show_outcome(
                    exc.expected_minor,
                    exc.counted_minor,
                    exc.pending_events,
                    [said(a.label) for a in exc.actions],
                )
            else:
                dialog.show_error(
                    error_text(exc) if isinstance(exc, UserFacingError) else translate(
                        "Manager", "unexpected error")
                )

        def approve_next() -> None:
            if not needed:
                submit(dialog.read())
                return
            request = needed.pop(0)
            self._approvals.ask(
                request,
                dialog.result_label.text(),
                lambda ok: (approvals.append(ok), approve_next()),
                dialog,
            )

        def closed(result: ShiftClosed) -> None:
            dialog.accept()
            self.message.emit(translate("Manager", "Shift closed. Z report ready."), "success")
            self.shift_changed.emit()
            self._show_report(result.report)

        dialog.submitted.connect(submit)
        dialog.approve_button.clicked.connect(approve_next)
        dialog.open()

    def count(self) -> CashCount:
        """The close dialog's current count (tests)."""
        assert self.close_dialog is not None
        return self.close_dialog.counter.count()
