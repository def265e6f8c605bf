"""F12 on the Returns screen: where the money goes, then Enter refunds it.

It lists each share of the refund in words (cash from the drawer, the card
with its last digits and the original terminal reference, store credit to
the customer's account, a web order's refund left for the hub to pay).
Ctrl+1 pays a web order's refund in cash instead (a manager approves),
Ctrl+3 gives store credit instead of the original tenders. A card refund's
own reference from the terminal may be typed; Enter alone refunds.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from omnipos.domain.refunds import RefundShare
from omnipos.domain.tenders import TenderKind
from omnipos.services.returns import ReturnDraft, ReturnQuote
from omnipos.ui.common import formatting
from omnipos.ui.common.form_dialog import FormDialog
from omnipos.ui.i18n import translate
from omnipos.ui.shell.keymap import KEYMAP, Act


def share_words(share: RefundShare, currency: str) -> str:
    """One share of a refund as the cashier reads it."""
    amount = formatting.money_with_code(share.amount_minor, currency)
    if share.kind is TenderKind.CASH:
        return translate("Returns", "{amount} in cash from the drawer").format(amount=amount)
    if share.kind is TenderKind.CARD:
        ref = translate("Returns", " (paid with approval {reference})").format(
            reference=share.reference) if share.reference else ""
        return translate("Returns", "{amount} back to the card ****{card_last4}{ref}: "
                                    "refund it on the terminal").format(
            amount=amount, card_last4=share.card_last4, ref=ref)
    if share.kind is TenderKind.STORE_CREDIT:
        return translate("Returns", "{amount} as store credit to the customer's account").format(
            amount=amount)
    if share.kind is TenderKind.CHANNEL:
        return translate("Returns", "{amount} back to the web order's payment: the hub "
                                    "pays it").format(amount=amount)
    if share.kind is TenderKind.EXCHANGE:
        return translate("Returns", "{amount} towards the new goods").format(amount=amount)
    return f"{amount} {share.kind.value}"


class RefundDialog(FormDialog):
    """Emits ``submitted(reference)`` on Enter; ``cash_wanted`` / ``credit_wanted`` switch."""

    cash_wanted = Signal()
    credit_wanted = Signal()
    close_on_submit = False  # the return is written first (and a manager may be asked)

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(translate("Returns", "Refund"),
                         ok_text=translate("Returns", "Refund  Enter"), width=620,
                         name="refundDialog", parent=parent)
        self._currency = currency
        self.where = QLabel("", self)
        self.where.setObjectName("refundWhere")
        self.where.setWordWrap(True)
        self.add_widget(self.where)
        self.reference = QLineEdit(self)
        self.reference.setObjectName("refundReference")
        self.reference.setPlaceholderText(translate("Returns", "optional: the terminal's refund "
                                                               "approval"))
        self.reference.setMaxLength(40)
        self.add_row(translate("Returns", "Card refund reference"), self.reference)
        self.cash_button = self.add_button(QPushButton(translate("Returns", "Cash instead  Ctrl+1"),
                                                       self))
        self.cash_button.setObjectName("refundCashButton")
        self.credit_button = self.add_button(QPushButton(translate(
            "Returns", "Store credit instead  Ctrl+3"), self))
        self.credit_button.setObjectName("refundCreditButton")
        self.cash_button.clicked.connect(self.cash_wanted.emit)
        self.credit_button.clicked.connect(self.credit_wanted.emit)
        for act, signal in ((Act.REFUND_CASH, self.cash_wanted),
                            (Act.REFUND_CREDIT, self.credit_wanted)):
            for sequence in KEYMAP.sequences(act):
                QShortcut(sequence, self).activated.connect(signal.emit)
        self.first_field = self.reference

    def set_quote(self, quote: ReturnQuote, draft: ReturnDraft) -> None:
        cur = self._currency
        total = formatting.money_with_code(quote.refund_minor, cur)
        self.heading.setText(translate("Returns", "Refund {total}").format(total=total))
        lines = [share_words(s, cur) for s in quote.shares]
        if quote.due_minor > 0:
            lines.append(translate("Returns", "The customer pays {amount} more for the "
                                              "new goods").format(
                amount=formatting.money_with_code(quote.due_minor, cur)))
        self.where.setText("\n".join(f"• {line}" for line in lines) or translate(
            "Returns", "Nothing to pay back."))
        card = any(s.kind is TenderKind.CARD for s in quote.shares)
        self.reference.setVisible(card)
        label = self.form.labelForField(self.reference)
        if label is not None:
            label.setVisible(card)
        channel = draft.cash_for_channel or any(s.kind is TenderKind.CHANNEL
                                                for s in quote.shares)
        self.cash_button.setVisible(channel)
        self.cash_button.setText(translate("Returns", "Back to the web payment  Ctrl+1")
                                 if draft.cash_for_channel
                                 else translate("Returns", "Cash instead  Ctrl+1"))
        credit = not draft.no_receipt and draft.customer_id is not None
        self.credit_button.setVisible(credit)
        self.credit_button.setText(translate("Returns", "Original tenders  Ctrl+3")
                                   if draft.store_credit
                                   else translate("Returns", "Store credit instead  Ctrl+3"))
        self.adjustSize()

    def read(self) -> str:
        return self.reference.text().strip()
