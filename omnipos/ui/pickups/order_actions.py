"""What the associate does with the open order: F12's step, rejecting a line (F5), the ID
check (F4), printing (F6), shipping, and the handover with payment through the sale's tender
flow (``ui.selling``'s payment dialog and controller).

Each action runs its use case on the database worker and emits what changed;
the screen shows it. Slips and receipts print after the commit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from omnipos.domain.permissions import Actor
from omnipos.domain.picking import Step
from omnipos.domain.pickup import FulfilmentKind
from omnipos.domain.tenders import Payment
from omnipos.services.pickups import (
    HandedOver,
    IdCheckDetails,
    PickupChanged,
    PickupDetail,
    PickupService,
)
from omnipos.ui.common import formatting
from omnipos.ui.common.banner import Level
from omnipos.ui.common.tasks import TaskRunner
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from omnipos.ui.i18n import error_text, translate
from omnipos.ui.pickups.pickup_dialogs import IdCheckDialog, RejectDialog, ShipDialog
from omnipos.ui.selling.payment_controller import PaymentController
from omnipos.ui.selling.payment_dialog import PaymentDialog

Say = Callable[[str, Level], None]
Failed = Callable[[BaseException], None]
Who = Callable[[], Actor | None]
Work = Callable[[Actor | None], PickupChanged]


class OrderActions(QObject):
    applied = Signal(object)  # PickupChanged: the order as it now shows
    handed_over = Signal(object)  # HandedOver
    verified = Signal(object)  # IdCheckDetails recorded by the F4 dialog

    def __init__(self, parent: QWidget, svc: PickupService, runner: TaskRunner,
                 printer: ReceiptPrinter, *, say: Say, failed: Failed, who: Who) -> None:
        super().__init__(parent)
        self._parent, self._svc, self._runner, self._printer = parent, svc, runner, printer
        self._say, self._failed, self._who = say, failed, who
        self.dialog: Any = None  # the open dialog (tests and a second key press find it)
        self.payment: PaymentController | None = None

    def complete(self, d: PickupDetail, *, code: str, id_check: IdCheckDetails | None) -> None:
        """F12: the order's next step."""
        if d.step is Step.PICK:
            pickup = d.kind is FulfilmentKind.PICKUP
            self._run(lambda a: self._svc.mark_ready(d.pickup_id, actor=a),
                      translate("Pickups", "Order {order_number} is ready: the hub tells "
                                           "the customer").format(
                          order_number=d.order_number) if pickup
                      else translate("Pickups", "Order {order_number} is packed: the "
                                                "packing slip prints").format(
                          order_number=d.order_number))
        elif d.step is Step.HANDOVER:
            self._hand_over(d, code, id_check)
        elif d.step is Step.SHIP:
            self._open_ship(d)
        elif d.step is Step.PUT_BACK:
            self._run(lambda a: self._svc.put_back(d.pickup_id, actor=a),
                      translate("Pickups", "Order {order_number}: goods put back, the "
                                           "task is done").format(order_number=d.order_number))
        elif d.step is Step.DONE and d.deposit_minor:
            self._refund_deposit(d)
        elif d.step is Step.WAIT_PARCEL:
            self._say(translate("Pickups", "A parcel from another store is on its way: scan its "
                                           "label when it arrives"), Level.INFO)

    def _refund_deposit(self, d: PickupDetail) -> None:
        """F12 on a cancelled order that carried a deposit: pay it back in cash."""
        actor = self._who()

        def done(amount: int) -> None:
            self._printer.open_drawer()
            self._say(translate("Pickups", "Order {order_number}: deposit of {amount} "
                                           "paid back in cash").format(
                order_number=d.order_number,
                amount=formatting.money_with_code(amount, d.currency)),
                      Level.SUCCESS)

        self._runner.run_db(lambda: self._svc.refund_deposit(d.pickup_id, actor=actor), done,
                            self._failed)

    def _run(self, work: Work, done_text: str) -> None:
        actor = self._who()

        def done(changed: PickupChanged) -> None:
            if changed.document is not None:
                self._printer.print_document(changed.document)
            self.applied.emit(changed)
            self._say(done_text, Level.SUCCESS)

        self._runner.run_db(lambda: work(actor), done, self._failed)

    def print_pick_list(self, d: PickupDetail) -> None:
        def printing(doc: Any) -> None:
            if self._printer.print_document(doc):
                self._say(translate("Pickups", "{document} of {order_number} printing").format(
                    document=doc.title.capitalize(), order_number=d.order_number), Level.SUCCESS)

        self._runner.run_db(lambda: self._svc.pick_list(d.pickup_id), printing, self._failed)

    # -- dialogs ----------------------------------------------------------------------------

    def reject_line(self, d: PickupDetail, row: int) -> None:
        if d.step is not Step.PICK or not 0 <= row < len(d.lines):
            return
        line = d.lines[row].pick
        if line.left <= 0:
            self._say(translate("Pickups", "Nothing is left to pick of {name}").format(
                name=line.name), Level.WARNING)
            return

        def submitted(value: Any) -> None:
            reason, qty, note = value
            self._run(lambda a: self._svc.reject_line(d.pickup_id, line.line_no, reason,
                                                         quantity=qty, note=note, actor=a),
                      translate("Pickups", "{name} rejected: the hub sends it from "
                                           "elsewhere").format(name=line.name))

        self._open_dialog(RejectDialog(line.name, line.left, self._parent), submitted)

    def open_id_check(self, d: PickupDetail) -> None:
        if d.step is not Step.HANDOVER:
            return

        def submitted(details: IdCheckDetails) -> None:
            self.verified.emit(details)
            self._say(translate("Pickups", "ID recorded: F12 hands the order over"), Level.SUCCESS)

        self._open_dialog(IdCheckDialog(d.order_number, d.customer_name, self._parent),
                          submitted)

    def _open_ship(self, d: PickupDetail) -> None:
        def submitted(value: Any) -> None:
            tracking, carrier, packages = value
            self._run(lambda a: self._svc.ship(d.pickup_id, tracking=tracking,
                                                  carrier=carrier, packages=packages, actor=a),
                      translate("Pickups", "Order {order_number} shipped with {tracking}").format(
                          order_number=d.order_number, tracking=tracking))

        self._open_dialog(ShipDialog(d.order_number, d.ship_to, self._parent), submitted)

    def _open_dialog(self, dialog: Any, submitted: Callable[[Any], None]) -> None:
        self.dialog = dialog
        dialog.submitted.connect(submitted)

        def finished(_code: int) -> None:
            self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    # -- handover ---------------------------------------------------------------------------

    def _hand_over(self, d: PickupDetail, code: str, id_check: IdCheckDetails | None) -> None:
        if not code and id_check is None:
            self._say(translate("Pickups", "Verify the customer first: scan their pickup code, or "
                                           "F4 for an ID check"),
                      Level.WARNING)
            return
        if d.paid or not d.due_minor:
            self._commit_handover(d, code, id_check, None)
            return
        self._runner.run_db(lambda: self._svc.start_payment(d.pickup_id),
                            lambda payment: self._show_payment(d, code, id_check, payment),
                            self._failed)

    def _show_payment(self, d: PickupDetail, code: str, id_check: IdCheckDetails | None,
                      payment: Payment) -> None:
        dialog = PaymentDialog(self._parent)
        ctl = PaymentController(dialog, payment)
        total = formatting.money_with_code(payment.total_minor, d.currency)
        if d.deposit_minor:
            balance = formatting.money_with_code(payment.remaining_minor, d.currency)
            dialog.total_label.setText(translate("Pickups", "Order {order_number}: "
                                                            "balance {balance} of {total}").format(
                order_number=d.order_number, balance=balance, total=total))
        else:
            dialog.total_label.setText(translate("Pickups", "Order {order_number} total "
                                                            "{total}").format(
                order_number=d.order_number, total=total))
        self.payment = ctl
        ctl.submitted.connect(lambda paid: self._commit_handover(d, code, id_check, paid))
        ctl.closed.connect(lambda _ok: setattr(self, "payment", None))
        ctl.open()

    def _commit_handover(self, d: PickupDetail, code: str, id_check: IdCheckDetails | None,
                         payment: Payment | None) -> None:
        actor = self._who()

        def work() -> HandedOver:
            return self._svc.hand_over(d.pickup_id, code=code, id_check=id_check,
                                       payment=payment, actor=actor)

        def done(result: HandedOver) -> None:
            if self.payment is not None:
                self.payment.finish()
            if result.sale is not None:
                self._printer.print_receipt(result.sale.receipt,
                                            open_drawer=result.sale.open_drawer)
            self._printer.print_document(result.receipt)
            self.handed_over.emit(result)
            change = ""
            if result.sale is not None and result.sale.change_minor:
                money = formatting.money_with_code(result.sale.change_minor, d.currency)
                change = translate("Pickups", " Change {money}.").format(money=money)
            self._say(translate("Pickups", "Order {order_number} handed over to "
                                           "{customer_name}.{change}").format(
                order_number=d.order_number, customer_name=d.customer_name, change=change),
                      Level.SUCCESS)

        def failed(exc: BaseException) -> None:
            if self.payment is not None:
                self.payment.commit_failed(error_text(exc))
            self._failed(exc)

        self._runner.run_db(work, done, failed)
