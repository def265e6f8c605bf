"""The Returns screen's behaviour (Alt+3): find the receipt, scan what comes back, refund.

The scanner alone does a return: scan the receipt's barcode (its number is
looked up here, or at the hub for another till's), scan each item that comes
back (new and restocked unless F5/F6 say otherwise), F12 shows where the
money goes, Enter refunds it (a cashier's manager approves on the PIN pad).
F2 takes a return without a receipt (store credit, the customer found or
added with F8), Ctrl+E an exchange (the scans then go to the new goods).

The draft is changed on the database worker only; finding goes to the
network pool; results come back here on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from omnipos.domain.errors import NotFoundError, UserFacingError, ValidationError
from omnipos.domain.permissions import Actor, ManagerOverride
from omnipos.domain.returns import Condition, Disposition
from omnipos.domain.tenders import Payment
from omnipos.services.customers import CustomerService, CustomerView
from omnipos.services.returns import ReturnCompleted, ReturnDraft, ReturnQuote, ReturnService
from omnipos.ui.common import formatting
from omnipos.ui.common.approval import Approvals
from omnipos.ui.common.banner import Level
from omnipos.ui.common.choice_dialog import ChoiceDialog
from omnipos.ui.common.confirm_dialog import ConfirmDialog
from omnipos.ui.common.customer_picker import CustomerPicker
from omnipos.ui.common.tasks import TaskRunner, gui_thread_only
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from omnipos.ui.i18n import error_text, said, said_value, translate
from omnipos.ui.returns.refund_dialog import RefundDialog, share_words
from omnipos.ui.returns.returns_view import ReturnsView
from omnipos.ui.selling.payment_controller import PaymentController
from omnipos.ui.selling.payment_dialog import PaymentDialog
from omnipos.ui.selling.quantity_dialog import QuantityDialog
from omnipos.ui.shell.keymap import KEYMAP, Act, ScreenId

log = logging.getLogger(__name__)

ActorSource = Callable[[], Actor | None]
# The choices' words are said when a dialog opens (the till's language may change).
CONDITIONS = tuple(Condition)
DISPOSITIONS = tuple(d for d in Disposition if d.received)


class ReturnsController(QObject):
    """The Returns screen (a ``shell.screen.Screen``)."""

    changed = Signal(object)  # ReturnCompleted: queued for the hub (wake sync)

    screen_id = ScreenId.RETURNS

    def __init__(self, view: ReturnsView, svc: ReturnService, customers: CustomerService,
                 runner: TaskRunner, printer: ReceiptPrinter, *,
                 actor: ActorSource = lambda: None, approvals: Approvals | None = None) -> None:
        super().__init__(view)
        self.view, self._svc, self._customers = view, svc, customers
        self._runner, self._printer = runner, printer
        self._actor, self._approvals = actor, approvals
        self._currency = svc.checkout.store.currency
        self.draft: ReturnDraft | None = None
        self.quote: ReturnQuote | None = None
        self.exchange_mode = False
        self.dialog: Any = None  # the dialog open now (tests and screenshots reach it)
        self.payment: PaymentController | None = None
        self._busy = False
        v = view
        v.find_field.returnPressed.connect(self._on_enter)
        v.refund_button.clicked.connect(self.complete)
        v.back_button.clicked.connect(self.back)
        v.no_receipt_button.clicked.connect(self.no_receipt)
        v.quantity_button.clicked.connect(self.open_quantity)
        v.condition_button.clicked.connect(self.open_condition)
        v.disposition_button.clicked.connect(self.open_disposition)
        v.customer_button.clicked.connect(self.open_customer)
        v.exchange_button.clicked.connect(self.toggle_exchange)
        v.remove_button.clicked.connect(self.remove_selected)
        self._show(None)

    # -- the screen, as the shell sees it ------------------------------------------------

    @property
    def page(self) -> QWidget:
        return self.view

    def actions(self) -> Mapping[Act, Callable[[], None]]:
        return {
            Act.RETURN_NO_RECEIPT: self.no_receipt,
            Act.RETURN_QUANTITY: self.open_quantity,
            Act.RETURN_CONDITION: self.open_condition,
            Act.RETURN_DISPOSITION: self.open_disposition,
            Act.RETURN_CUSTOMER: self.open_customer,
            Act.RETURN_EXCHANGE: self.toggle_exchange,
            Act.RETURN_REMOVE: self.remove_selected,
            Act.RETURN_UP: lambda: self._move(-1),
            Act.RETURN_DOWN: lambda: self._move(1),
        }

    def activate(self) -> None:
        pass

    def deactivate(self) -> None:
        pass  # the return being taken stays as it is until the cashier comes back

    def focus_widget(self) -> QWidget:
        return self.view.find_field

    def back(self) -> bool:
        if self.view.find_field.text():
            self.view.find_field.clear()
            return True
        if self.exchange_mode:
            self.toggle_exchange()
            return True
        if self.draft is None:
            return False
        if not self.draft.lines:
            self._reset()
            return True
        dialog = ConfirmDialog(
            translate("Returns", "Start again?"),
            translate("Returns", "Drop this return? Nothing was refunded yet."),
            translate("Returns", "Drop it  F12"),
            parent=self.view, yes_keys=KEYMAP.sequences(Act.CONFIRM_YES))
        dialog.accepted.connect(self._reset)
        self._open_dialog(dialog)
        return True

    # -- messages ---------------------------------------------------------------------

    def show_error(self, exc: BaseException) -> None:
        self._busy = False
        self.view.banner.show_error(exc, self._runner.unexpected_error.emit)

    def _say(self, text: str, level: Level = Level.SUCCESS, ms: int | None = None) -> None:
        self.view.banner.show_message(text, level, ms)

    def _open_dialog(self, dialog: Any) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._closed(d))
        dialog.open()

    def _closed(self, dialog: Any) -> None:
        if self.dialog is dialog:
            self.dialog = None

    # -- finding and scanning --------------------------------------------------------------

    def _on_enter(self) -> None:
        text = self.view.find_field.text().strip()
        self.view.find_field.clear()
        if text:
            self.on_scan(text)

    def on_scan(self, code: str) -> None:
        """A receipt number (a new return) or an item (one more of its line)."""
        code = code.strip()
        if not code or self._busy:
            return
        draft = self.draft
        if draft is None:
            self.find(code)
            return
        if self.exchange_mode:
            self._with_draft(lambda: self._svc.scan_exchange(draft, code),
                             lambda _r: self._say(translate("Returns", "Added to the new goods")))
            return
        svc = self._svc

        def job() -> Any:
            if not draft.lines:  # nothing chosen yet: a receipt number starts another return
                try:
                    svc.checkout.lookup(code)
                except (NotFoundError, ValidationError):
                    return None
            return svc.scan(draft, code)

        def done(line: Any) -> None:
            if line is None:
                self.find(code)
                return
            self._say(translate("Returns", "{name}: {qty} coming back").format(
                name=line.name, qty=formatting.quantity(line.qty)))
            self._requote(select=self._index_of(line))

        self._runner.run_db(job, done, self.show_error)

    def find(self, text: str) -> None:
        """The sale or web order ``text`` names, here or at the hub (network pool)."""
        self._busy = True
        self._say(translate("Returns", "Looking up {text}…").format(text=text), Level.INFO, 0)
        self._runner.run_net(lambda: self._svc.find(text), self._found, self.show_error)

    def _found(self, draft: ReturnDraft) -> None:
        self._busy = False
        self.view.banner.dismiss()
        self.draft, self.exchange_mode = draft, False
        original = draft.original
        if original is not None:
            self._say(translate("Returns", "{label}: scan each item that comes back, then "
                                           "F12").format(label=said_value(original.label)),
                      Level.INFO)
        self._requote()

    def no_receipt(self) -> None:
        """F2: a return without a receipt: store credit only, the customer, a manager."""
        if self._busy:
            return

        def done(draft: ReturnDraft) -> None:
            self.draft, self.exchange_mode = draft, False
            self._requote()
            self._say(translate("Returns", "No receipt: find or add the customer, then scan each "
                                           "item"), Level.INFO)
            self.open_customer()

        self._runner.run_db(self._svc.no_receipt, done, self.show_error)

    # -- the draft's lines ------------------------------------------------------------------

    def _with_draft(self, change: Callable[[], Any],
                    then: Callable[[Any], None] | None = None, select: int | None = None
                    ) -> None:
        def done(result: Any) -> None:
            if then is not None:
                then(result)
            self._requote(select=select)

        self._runner.run_db(change, done, self.show_error)

    def _index_of(self, line: Any) -> int:
        if self.draft is None:
            return -1
        return next((i for i, ln in enumerate(self.draft.lines) if ln is line), -1)

    def _selected(self) -> int:
        row = self.view.selected_line()
        if row < 0 and self.draft is not None and self.draft.lines:
            return len(self.draft.lines) - 1
        return row

    def _move(self, step: int) -> None:
        count = self.view.lines_model.rowCount()
        if count:
            self.view.select_line(max(0, min(count - 1, self.view.selected_line() + step)))

    def _need_line(self) -> int | None:
        if self.draft is None or not self.draft.lines:
            self._say(translate("Returns", "Scan an item that comes back first"), Level.WARNING)
            return None
        return self._selected()

    def open_quantity(self) -> None:
        row = self._need_line()
        if row is None or self.draft is None:
            return
        draft, line = self.draft, self.draft.lines[row]
        whole = line.qty == line.qty.to_integral_value()
        dialog = QuantityDialog(line.name, line.qty, "unit" if whole else "weight", self.view)

        def accepted(qty: Decimal) -> None:
            self._with_draft(lambda: draft.set_quantity(row, qty), select=row)

        dialog.submitted.connect(accepted)
        self._open_dialog(dialog)

    def open_condition(self) -> None:
        row = self._need_line()
        if row is None or self.draft is None:
            return
        draft, line = self.draft, self.draft.lines[row]
        dialog = ChoiceDialog(translate("Returns", "Condition"),
                              translate("Returns", "{name}: in what "
                                                                "condition?").format(
            name=line.name), [(c, said(c.label)) for c in CONDITIONS],
                              line.condition, name="conditionDialog", parent=self.view)
        dialog.submitted.connect(lambda c: self._with_draft(
            lambda: draft.set_condition(row, c), select=row))
        self._open_dialog(dialog)

    def open_disposition(self) -> None:
        row = self._need_line()
        if row is None or self.draft is None:
            return
        draft, line = self.draft, self.draft.lines[row]
        dialog = ChoiceDialog(translate("Returns", "Where it goes"), translate(
            "Returns", "{name}: what becomes of it?").format(name=line.name),
                              [(d, said(d.label)) for d in DISPOSITIONS],
                              line.disposition, name="dispositionDialog", parent=self.view)
        dialog.submitted.connect(lambda d: self._with_draft(
            lambda: draft.set_disposition(row, d), select=row))
        self._open_dialog(dialog)

    def remove_selected(self) -> None:
        if self.draft is None:
            return
        draft = self.draft
        if self.exchange_mode and draft.exchange is not None and draft.exchange.lines:
            line_id = draft.exchange.lines[-1].line_id
            self._with_draft(lambda: draft.exchange.remove(line_id) if draft.exchange else None)
            return
        row = self._need_line()
        if row is not None:
            self._with_draft(lambda: draft.remove(row), select=max(0, row - 1))

    def open_customer(self) -> None:
        if self.draft is None:
            self._say(translate("Returns", "Scan the receipt first (or F2 for a return without "
                                           "one)"), Level.WARNING)
            return
        draft = self.draft
        dialog = CustomerPicker(self._customers, self._runner, self._currency,
                                staff=self._staff_label, parent=self.view,
                                heading=translate("Returns", "Who returns it? Find or add the "
                                                             "customer"))

        def chosen(customer: CustomerView) -> None:
            self._with_draft(lambda: self._svc.set_customer(draft, customer.customer_id),
                             lambda _r: self._say(translate("Returns", "Customer: {name}").format(
                                 name=customer.name), Level.INFO))

        dialog.chosen.connect(chosen)
        self._open_dialog(dialog)

    def _staff_label(self) -> str:
        actor = self._actor()
        return actor.label if actor is not None else ""

    def toggle_exchange(self) -> None:
        """Ctrl+E: scans go to the new goods the customer takes instead (again: back)."""
        if self.draft is None or not self.draft.lines:
            self._say(translate("Returns", "Scan what comes back first, then Ctrl+E for the new "
                                           "goods"),
                      Level.WARNING)
            return
        draft = self.draft
        self.exchange_mode = not self.exchange_mode
        if self.exchange_mode:
            self._with_draft(lambda: self._svc.new_exchange(draft))
        else:
            self._requote()

    # -- showing it -------------------------------------------------------------------------

    def _requote(self, select: int | None = None) -> None:
        draft = self.draft
        if draft is None:
            self._show(None)
            return

        def job() -> tuple[ReturnQuote, Any]:
            cart = draft.exchange.view() if draft.exchange is not None else None
            return self._svc.quote(draft), cart

        self._runner.run_db(job, lambda pair: self._show(pair[0], pair[1], select),
                            self.show_error)

    @gui_thread_only
    def _show(self, quote: ReturnQuote | None, cart: Any = None,
              select: int | None = None) -> None:
        self.quote = quote
        v, draft, cur = self.view, self.draft, self._currency
        exchange = draft is not None and draft.exchange is not None and (
            self.exchange_mode or bool(draft.exchange.lines))
        if quote is None or draft is None:
            v.original_model.set_rows([])
            v.lines_model.set_rows([])
            v.show_return(False, exchange=False)
            v.refund.setText(formatting.money(0, cur))
            v.shares.setText("")
            v.problems.setText("")
            v.problems.setVisible(False)
            v.mode.setText("")
            v.refund_button.setEnabled(False)
            return
        original = draft.original
        if original is None:
            v.title.setText(translate("Returns", "Return without a receipt"))
            facts = [translate("Returns", "store credit only, at the lowest price of the last 30 "
                                          "days"),
                     translate("Returns", "a manager approves")]
        else:
            v.title.setText(said_value(original.label))
            facts = [translate("Returns", "sold {when}").format(
                         when=formatting.date_time(original.created_at)),
                     translate("Returns", "at {store}").format(store=original.store_code)]
            if original.offline:
                facts.append(translate("Returns", "the hub cannot be reached: this till's own "
                                                  "record"))
        facts.append(translate("Returns", "customer {name}").format(name=draft.customer_name)
                     if draft.customer_id
                     else translate("Returns", "no customer (F8)"))
        v.facts.setText("  ·  ".join(facts))
        v.original_model.set_rows(original.lines if original is not None else [])
        v.lines_model.set_rows(quote.lines)
        if cart is not None:
            v.exchange_model.set_view(cart)
        v.show_return(True, exchange=exchange)
        v.refund.setText(formatting.money_with_code(quote.refund_minor, cur))
        words = [share_words(s, cur) for s in quote.shares]
        if quote.due_minor > 0:
            words.append(translate("Returns", "the customer pays {amount} for the new "
                                              "goods").format(
                amount=formatting.money_with_code(quote.due_minor, cur)))
        v.shares.setText("\n".join(words))
        stop = error_text(quote.why_not) if quote.why_not is not None else ""
        v.problems.setText(formatting.sentence(stop))
        v.problems.setVisible(bool(stop))
        v.set_problem_level("warning" if quote.refused and not quote.problems else "error")
        v.mode.setText(translate("Returns", "Scans now go to the NEW GOODS (Ctrl+E: back to the "
                                            "return)")
                       if self.exchange_mode else "")
        v.refund_button.setEnabled(bool(draft.lines))
        v.refund_button.setText(translate("Returns", "Take payment  F12") if quote.due_minor > 0
                                else translate("Returns", "Refund  F12"))
        if select is not None:
            v.select_line(select)
        elif v.selected_line() < 0 and quote.lines:
            v.select_line(len(quote.lines) - 1)

    # -- F12 ------------------------------------------------------------------------------

    def complete(self) -> None:
        """F12: where the money goes (or the payment of an exchange), Enter then does it."""
        if self._busy or self.dialog is not None:
            return
        draft = self.draft
        if draft is None or not draft.lines:
            self._say(translate("Returns", "Scan the receipt and what comes back first"),
                      Level.WARNING)
            return
        self._runner.run_db(lambda: self._svc.quote(draft), self._ask, self.show_error)

    def _ask(self, quote: ReturnQuote) -> None:
        draft = self.draft
        if draft is None:
            return
        self.quote = quote
        if quote.problems:
            self._say(error_text(quote.problems[0]), Level.WARNING)
            return
        if quote.refused:
            dialog = ConfirmDialog(
                translate("Returns", "Return policy"), formatting.sentence(
                    translate("Returns", "The return policy refuses this: "
                                         "{refusal_words}. A manager can override it.").format(
                        refusal_words="; ".join(said(r.message) for r in quote.refusals))),
                translate("Returns", "Ask a manager  F12"), parent=self.view,
                yes_keys=KEYMAP.sequences(Act.CONFIRM_YES))

            def overridden() -> None:
                def lift() -> None:
                    draft.override = True
                    draft.override_reason = quote.refusal_words
                self._runner.run_db(lift, lambda _r: self.complete(), self.show_error)

            dialog.accepted.connect(overridden)
            self._open_dialog(dialog)
            return
        if draft.exchange is not None and draft.exchange.lines:
            self._runner.run_db(lambda: self._svc.exchange_payment(draft),
                                lambda p: self._pay_exchange(quote, p), self.show_error)
            return
        self._open_refund(quote, None)

    def _open_refund(self, quote: ReturnQuote, payment: Payment | None) -> None:
        draft = self.draft
        if draft is None:
            return
        dialog = RefundDialog(self._currency, self.view)
        dialog.set_quote(quote, draft)

        def switch(flag: str) -> None:
            def flip() -> ReturnQuote:
                setattr(draft, flag, not getattr(draft, flag))
                return self._svc.quote(draft)

            def shown(q: ReturnQuote) -> None:
                dialog.set_quote(q, draft)
                self._show(q, draft.exchange.view() if draft.exchange else None)

            self._runner.run_db(flip, shown, self.show_error)

        dialog.cash_wanted.connect(lambda: switch("cash_for_channel"))
        dialog.credit_wanted.connect(lambda: switch("store_credit"))
        dialog.submitted.connect(lambda ref: self._commit(payment, ref))
        self._open_dialog(dialog)

    def _pay_exchange(self, quote: ReturnQuote, payment: Payment) -> None:
        if payment.is_complete:  # the returned goods pay for all of it: refund the rest
            self._open_refund(quote, payment)
            return
        dialog = PaymentDialog(self.view)
        ctl = PaymentController(dialog, payment)
        dialog.total_label.setText(
            translate("Returns", "New goods {amount}, less the returned goods {amount2}").format(
                amount=formatting.money_with_code(payment.total_minor, self._currency),
                amount2=formatting.money(quote.exchange_minor, self._currency)))
        self.payment = ctl
        ctl.submitted.connect(lambda p: self._commit(p, ""))
        ctl.closed.connect(lambda _ok: setattr(self, "payment", None))
        self.dialog = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._closed(d))
        ctl.open()

    def _commit(self, payment: Payment | None, reference: str) -> None:
        draft, quote = self.draft, self.quote
        if draft is None or quote is None or self._busy:
            return
        self._busy = True
        actor = self._actor()  # who acts, read now on the GUI thread
        svc = self._svc

        def start(ok: ManagerOverride | None, failed: Callable[[BaseException], None]) -> None:
            self._runner.run_db(
                lambda: svc.complete(draft, actor=actor, override=ok, payment=payment,
                                     refund_reference=reference),
                self._done, failed)

        if self._approvals is not None:
            self._approvals.run(quote.action, start, self._commit_failed, parent=self.view)
        else:
            start(None, self._commit_failed)

    def _commit_failed(self, exc: BaseException) -> None:
        self._busy = False
        text = error_text(exc) if isinstance(exc, UserFacingError) else translate(
            "Returns", "the details are in the log")
        if self.payment is not None:
            self.payment.commit_failed(text)
        elif isinstance(self.dialog, RefundDialog):
            self.dialog.show_error(translate("Returns", "Not refunded: {text}").format(text=text))
        if not isinstance(exc, UserFacingError):
            self._runner.unexpected_error.emit(exc)

    def _done(self, done: ReturnCompleted) -> None:
        self._busy = False
        if self.payment is not None:
            self.payment.finish()
        if self.dialog is not None:
            self.dialog.accept()
        cur = self._currency
        text = translate("Returns", "Return {return_no} done.").format(return_no=done.return_no)
        if done.cash_minor:
            text += translate("Returns", "  Give back {amount} in cash.").format(
                amount=formatting.money_with_code(done.cash_minor, cur))
        if done.exchange is not None and done.exchange.change_minor:
            change = formatting.money_with_code(done.exchange.change_minor, cur)
            text += translate("Returns", "  Change due {change}.").format(change=change)
        if not self._printer.configured:
            text += translate("Returns", "  (No printer set up: no receipt.)")
        self._say(text, Level.SUCCESS, 15_000)
        # Only after the commit: a printed receipt always has its return in the database.
        self._printer.print_receipt(done.receipt, open_drawer=done.open_drawer)
        if done.exchange is not None:
            self._printer.print_receipt(done.exchange.receipt)
        self.changed.emit(done)
        self._reset(keep_banner=True)

    def _reset(self, keep_banner: bool = False) -> None:
        self.draft, self.quote, self.exchange_mode = None, None, False
        if not keep_banner:
            self.view.banner.dismiss()
        self._show(None)
        self.view.find_field.setFocus()
