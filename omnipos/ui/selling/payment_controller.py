"""Behaviour of the payment dialog: tenders against the domain Payment.

The domain ``Payment`` does the arithmetic (cash rounding, change, splits);
this controller turns keys and clicks into tenders. When the payment is
complete it emits ``submitted``; the till controller commits the sale on the
database worker and calls ``finish`` or ``commit_failed``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QShortcut

from omnipos.domain.errors import StateError, UserFacingError, ValidationError
from omnipos.domain.money import minor_digits, parse_amount
from omnipos.domain.tenders import Payment, Tender, TenderKind
from omnipos.services.customers import CustomerView
from omnipos.ui.common import formatting
from omnipos.ui.common.customer_picker import StoreCredit
from omnipos.ui.i18n import error_text, translate
from omnipos.ui.selling.payment_dialog import QUICK_BUTTONS, PaymentDialog
from omnipos.ui.shell.keymap import KEYMAP, Act

log = logging.getLogger(__name__)

_DENOMINATIONS = (1, 5, 10, 20, 50, 100)  # banknotes and coins, in currency units


def quick_cash_amounts(due_minor: int, currency: str, count: int = QUICK_BUTTONS) -> list[int]:
    """The exact amount, then the next round amounts a customer is likely to hand over."""
    if due_minor <= 0:
        return []
    unit = 10 ** minor_digits(currency)
    amounts = [due_minor]
    for denomination in _DENOMINATIONS:
        step = denomination * unit
        rounded = -(-due_minor // step) * step  # next multiple at or above the due
        if rounded not in amounts:
            amounts.append(rounded)
        if len(amounts) >= count:
            break
    return sorted(amounts)[:count]


def describe_tender(tender: Tender, currency: str) -> str:
    amount = formatting.money(tender.amount_minor, currency)
    if tender.kind is TenderKind.CARD:
        return translate("Payment", "Card  {amount}   ****{card_last4}   approval "
                                    "{approval_code}").format(
            amount=amount, card_last4=tender.card_last4, approval_code=tender.approval_code)
    if tender.kind is TenderKind.STORE_CREDIT:
        return translate("Payment", "Store credit  {amount}").format(amount=amount)
    if tender.kind is TenderKind.EXCHANGE:
        return translate("Payment", "Goods returned  {amount}").format(amount=amount)
    if tender.kind is TenderKind.DEPOSIT:
        return translate("Payment", "Deposit paid  {amount}").format(amount=amount)
    text = translate("Payment", "Cash  {amount}").format(
        amount=formatting.money(tender.tendered_minor, currency))
    if tender.change_minor:
        text += translate("Payment", "   change {amount}").format(
            amount=formatting.money(tender.change_minor, currency))
    if tender.rounding_minor:
        text += translate("Payment", "   rounding {amount}").format(
            amount=formatting.money(tender.rounding_minor, currency))
    return text


class PaymentController(QObject):
    submitted = Signal(object)  # the fully paid Payment
    tenders_changed = Signal(object)  # tuple[Tender, ...] after one is taken or removed
    closed = Signal(bool)  # True when the sale was committed

    def __init__(self, dialog: PaymentDialog, payment: Payment, *,
                 store_credit: StoreCredit | None = None,
                 keeps_tenders: bool = False) -> None:
        """``keeps_tenders``: the caller stores the tenders taken (``tenders_changed``), so Back
        may leave with them; otherwise they must be removed first."""
        super().__init__(dialog)
        self._keeps_tenders = keeps_tenders
        self.dialog = dialog
        self.payment = payment
        self._currency = payment.currency
        self._busy = False
        self._committed = False
        # Store credit: who pays with it, and what they may still spend now.
        self._store_credit = store_credit
        self.credit: tuple[CustomerView, int] | None = None
        d = dialog
        d.credit_button.setVisible(store_credit is not None)
        d.can_close = self._can_close
        d.amount.returnPressed.connect(self._on_amount_enter)
        d.amount.textChanged.connect(self._show_live_change)
        d.approval.returnPressed.connect(self._on_approval_enter)
        d.last4.returnPressed.connect(self.take_tender)
        d.accept_button.clicked.connect(self.take_tender)
        d.remove_button.clicked.connect(self._on_remove_last)
        d.cancel_button.clicked.connect(d.reject)
        d.kind_group.buttonToggled.connect(lambda _b, on: self._on_kind_changed() if on else None)
        for i, button in enumerate(d.quick_buttons):
            button.clicked.connect(lambda _checked=False, i=i: self._on_quick(i))
        remove_key = KEYMAP.binding(Act.PAY_REMOVE_LAST).key_text
        d.remove_button.setText(translate("Payment", "Remove last tender  {remove_key}").format(
            remove_key=remove_key))
        for act, button in ((Act.PAY_CASH, d.cash_button), (Act.PAY_CARD, d.card_button),
                            (Act.PAY_CREDIT, d.credit_button),
                            (Act.PAY_REMOVE_LAST, d.remove_button)):
            for sequence in KEYMAP.sequences(act):
                QShortcut(sequence, d).activated.connect(button.click)
        d.finished.connect(lambda _result: self.closed.emit(self._committed))
        total = formatting.money_with_code(payment.total_minor, self._currency)
        d.total_label.setText(translate("Payment", "Sale total {total}").format(total=total))
        self._refresh(reset_amount=True)

    # -- state ----------------------------------------------------------------------

    @property
    def card_mode(self) -> bool:
        return self.dialog.card_button.isChecked()

    @property
    def credit_mode(self) -> bool:
        return self.dialog.credit_button.isChecked()

    def open(self) -> None:
        self.dialog.open()
        self.dialog.amount.setFocus(Qt.FocusReason.OtherFocusReason)
        self.dialog.amount.selectAll()

    def _due_minor(self) -> int:
        if self.credit_mode:
            spendable = self.credit[1] if self.credit is not None else 0
            return min(self.payment.remaining_minor, spendable)
        return self.payment.remaining_minor if self.card_mode else self.payment.cash_due_minor

    def _refresh(self, *, reset_amount: bool) -> None:
        d, cur, pay = self.dialog, self._currency, self.payment
        d.set_card_mode(self.card_mode)
        if self.credit_mode:
            d.set_credit_mode(self._credit_words())
        if pay.is_complete:
            d.due_caption.setText(translate("Payment", "Paid"))
            d.due_value.setText(formatting.money(0, cur))
        else:
            d.due_caption.setText(translate("Payment", "Cash due") if not self.card_mode
                                  else translate(
                "Payment", "Amount due"))
            d.due_value.setText(formatting.money(self._due_minor(), cur))
        if reset_amount:
            d.amount.setText(formatting.amount_input(max(self._due_minor(), 0), cur))
            d.amount.selectAll()
        quick = ([] if self.card_mode or self.credit_mode or pay.is_complete
                 else quick_cash_amounts(self._due_minor(), cur))
        for i, button in enumerate(d.quick_buttons):
            if i < len(quick):
                button.setText(formatting.money(quick[i], cur))
                button.setProperty("minor", quick[i])
                button.setVisible(True)
            else:
                button.setText("")
                button.setVisible(False)
        d.tenders.clear()
        for tender in pay.tenders:
            d.tenders.addItem(describe_tender(tender, cur))
        d.tenders.setVisible(bool(pay.tenders))
        d.change.setText(translate("Payment", "Change due  {amount}").format(
            amount=formatting.money_with_code(pay.change_minor, cur))
                         if pay.change_minor else "")
        d.remove_button.setEnabled(bool(pay.tenders) and not self._busy)
        d.accept_button.setEnabled(not self._busy)
        d.amount.setEnabled(not self._busy and not pay.is_complete)

    def _show_live_change(self, text: str) -> None:
        """The change of the cash being typed, before Enter takes it."""
        pay, d = self.payment, self.dialog
        if pay.is_complete:
            return  # the change of the tenders taken stays
        if self.card_mode:
            d.change.setText("")
            return
        try:
            change = parse_amount(formatting.typed(text), self._currency) - pay.cash_due_minor
        except ValidationError:
            change = 0
        d.change.setText(translate("Payment", "Change  {amount}").format(
            amount=formatting.money_with_code(change, self._currency))
                         if change > 0 else "")

    def _show_error(self, text: str) -> None:
        self.dialog.error.setText(formatting.sentence(text))

    # -- slots ----------------------------------------------------------------------

    def _on_kind_changed(self) -> None:
        self._show_error("")
        if self.credit_mode and self.credit is None and self._store_credit is not None:
            self._store_credit.pick(self._credit_chosen, self.dialog)
        self._refresh(reset_amount=True)
        self.dialog.amount.setFocus()

    def _credit_chosen(self, customer: CustomerView, spendable_minor: int) -> None:
        self.credit = (customer, spendable_minor)
        self._refresh(reset_amount=True)
        self.dialog.amount.setFocus()
        self.dialog.amount.selectAll()

    def _credit_words(self) -> str:
        if self.credit is None:
            return translate("Payment", "Find the customer whose store credit pays (Ctrl+3 again).")
        customer, spendable = self.credit
        return (translate("Payment", "{name} can spend {amount} of store credit now.").format(
            name=customer.name, amount=formatting.money_with_code(spendable, self._currency)))

    def _on_amount_enter(self) -> None:
        if self.card_mode and not self.dialog.approval.text().strip():
            self.dialog.approval.setFocus()
            return
        self.take_tender()

    def _on_approval_enter(self) -> None:
        if not self.dialog.last4.text().strip():
            self.dialog.last4.setFocus()
            return
        self.take_tender()

    def _on_quick(self, i: int) -> None:
        minor = self.dialog.quick_buttons[i].property("minor")
        if isinstance(minor, int):
            self.dialog.amount.setText(formatting.amount_input(minor, self._currency))
            self.take_tender()

    def _on_remove_last(self) -> None:
        if self._busy or not self.payment.tenders:
            return
        try:
            removed = self.payment.remove_last()
        except StateError as exc:  # a deposit or an exchange's goods: taken before, they stay
            self._show_error(error_text(exc))
            return
        log.info("tender removed: %s", removed.kind.value)
        if removed.kind is TenderKind.STORE_CREDIT and self.credit is not None:
            customer, spendable = self.credit  # the credit can be spent again
            self.credit = (customer, spendable + removed.amount_minor)
        self.tenders_changed.emit(tuple(self.payment.tenders))
        self._show_error("")
        self._refresh(reset_amount=True)
        self.dialog.amount.setFocus()

    def take_tender(self) -> None:
        """Apply what the fields say; submit the payment when it is complete."""
        if self._busy:
            return
        if self.payment.is_complete:
            self._submit()  # a retry after a failed commit
            return
        d = self.dialog
        try:
            amount = parse_amount(formatting.typed(d.amount.text()), self._currency)
            if self.credit_mode:
                self._take_credit(amount)
            elif self.card_mode:
                self.payment.add_card(amount, d.approval.text(), d.last4.text())
            else:
                self.payment.add_cash(amount)
        except ValidationError as exc:
            self._show_error(error_text(exc))
            d.amount.setFocus()
            d.amount.selectAll()
            return
        except UserFacingError as exc:
            self._show_error(error_text(exc))
            return
        self._show_error("")
        d.approval.clear()
        d.last4.clear()
        self.tenders_changed.emit(tuple(self.payment.tenders))
        if self.payment.is_complete:
            self._refresh(reset_amount=False)
            self._submit()
        else:
            d.cash_button.setChecked(True)  # the rest is usually cash
            self._refresh(reset_amount=True)
            d.amount.setFocus()

    def _take_credit(self, amount: int) -> None:
        if self.credit is None:
            if self._store_credit is not None:
                self._store_credit.pick(self._credit_chosen, self.dialog)
            raise ValidationError(translate("Payment", "find the customer whose store credit pays "
                                                       "first"))
        customer, spendable = self.credit
        self.payment.add_store_credit(amount, customer.customer_id, spendable)
        self.credit = (customer, spendable - amount)

    def _submit(self) -> None:
        self._busy = True
        self._refresh(reset_amount=False)
        self.dialog.due_caption.setText(translate("Payment", "Saving the sale…"))
        self.submitted.emit(self.payment)

    # -- called by the till controller -------------------------------------------------

    def finish(self) -> None:
        """The sale is committed: close the dialog."""
        self._busy = False
        self._committed = True
        self.dialog.accept()

    def commit_failed(self, message: str) -> None:
        """The sale could not be stored; the tenders stay, Enter tries again."""
        self._busy = False
        self._refresh(reset_amount=False)
        self._show_error(translate("Payment", "The sale was not saved: {message}. Press "
                                              "Enter to try again.").format(message=message))

    def _can_close(self) -> bool:
        """Back is refused while the sale is being saved. Tenders taken stay on a sale that
        stores them (F12 comes back to them); elsewhere they are removed first."""
        if self._committed:
            return True
        if self._busy:
            return False
        if self.payment.tenders and not self._keeps_tenders:
            key = KEYMAP.binding(Act.PAY_REMOVE_LAST).key_text
            self._show_error(translate("Payment", "Remove the tenders taken (Remove last "
                                                  "tender, {key}) before going back.").format(
                key=key))
            return False
        return True
