"""F12 payment: amount due, tender kind, amount field, quick cash, card details. Layout only."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omnipos.ui.common.amount_label import AmountLabel
from omnipos.ui.common.number_pad import NumberPad
from omnipos.ui.i18n import translate

QUICK_BUTTONS = 5


class PaymentDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paymentDialog")
        self.setWindowTitle(translate("Payment", "Payment"))
        self.resize(1040, 560)
        self.can_close: Callable[[], bool] | None = None

        self.total_label = QLabel("", self)
        self.total_label.setObjectName("dueCaption")
        self.due_caption = QLabel(translate("Payment", "Amount due"), self)
        self.due_caption.setObjectName("dueCaption")
        self.due_value = AmountLabel(self)
        self.due_value.setObjectName("dueValue")
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_caption)
        due_row.addWidget(self.due_value, 1)

        self.cash_button = QPushButton(translate("Payment", "Cash"), self)
        self.card_button = QPushButton(translate("Payment", "Card"), self)
        self.credit_button = QPushButton(translate("Payment", "Store credit"), self)
        self.credit_button.setVisible(False)  # shown where the till can find the customer
        self.kind_group = QButtonGroup(self)
        self.kind_group.setExclusive(True)
        for button in (self.cash_button, self.card_button, self.credit_button):
            button.setCheckable(True)
            button.setProperty("kind", "tender")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.kind_group.addButton(button)
        self.cash_button.setChecked(True)
        self.cash_button.setToolTip(translate("Payment", "Cash (Ctrl+1)"))
        self.card_button.setToolTip(translate("Payment", "Card paid on the terminal (Ctrl+2)"))
        self.credit_button.setToolTip(translate("Payment", "The customer's store credit (Ctrl+3)"))
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.cash_button)
        kind_row.addWidget(self.card_button)
        kind_row.addWidget(self.credit_button)

        self.amount = QLineEdit(self)
        self.amount.setObjectName("amountField")
        self.approval = QLineEdit(self)
        self.approval.setObjectName("approvalField")
        self.approval.setPlaceholderText(translate("Payment", "from the card terminal"))
        self.approval.setMaxLength(20)
        self.last4 = QLineEdit(self)
        self.last4.setObjectName("last4Field")
        self.last4.setPlaceholderText(translate("Payment", "4 digits"))
        self.last4.setMaxLength(4)
        self.last4.setInputMask("")
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.amount_caption = QLabel(translate("Payment", "Cash tendered"), self)
        self.approval_caption = QLabel(translate("Payment", "Approval code"), self)
        self.last4_caption = QLabel(translate("Payment", "Card last four"), self)
        form.addRow(self.amount_caption, self.amount)
        form.addRow(self.approval_caption, self.approval)
        form.addRow(self.last4_caption, self.last4)

        self.quick_buttons: list[QPushButton] = []
        quick = QGridLayout()
        quick.setSpacing(8)
        for i in range(QUICK_BUTTONS):
            button = QPushButton("", self)
            button.setProperty("kind", "quick")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.quick_buttons.append(button)
            quick.addWidget(button, 0, i)

        self.tenders = QListWidget(self)
        self.tenders.setObjectName("tenderList")
        self.tenders.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tenders.setMaximumHeight(110)
        self.credit_note = QLabel("", self)  # whose store credit, what they may spend now
        self.credit_note.setObjectName("creditNote")
        self.credit_note.setWordWrap(True)
        self.credit_note.setVisible(False)
        self.change = QLabel("", self)
        self.change.setObjectName("paymentChange")
        self.error = QLabel("", self)
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)

        self.accept_button = QPushButton(translate("Payment", "Take payment  Enter"), self)
        self.accept_button.setProperty("kind", "primary")
        self.accept_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.remove_button = QPushButton(translate("Payment", "Remove last tender"), self)
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel_button = QPushButton(translate("Payment", "Back  Esc"), self)
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.accept_button, 2)

        # Touch keys beside the fields: they type into the box with the keyboard (the amount
        # when none has it); the pad's Enter is Enter.
        self.pad = NumberPad(self, fallback=self.amount)
        entry = QVBoxLayout()
        entry.setSpacing(10)
        entry.addLayout(form)
        entry.addWidget(self.credit_note)
        entry.addLayout(quick)
        entry.addWidget(self.tenders)
        entry.addWidget(self.change)
        entry.addWidget(self.error)
        entry.addStretch(1)
        middle = QHBoxLayout()
        middle.setSpacing(16)
        middle.addLayout(entry, 3)
        middle.addWidget(self.pad, 2, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.total_label)
        layout.addLayout(due_row)
        layout.addLayout(kind_row)
        layout.addLayout(middle, 1)
        layout.addLayout(buttons)

    def reject(self) -> None:
        """Esc and Back: the controller may refuse (a sale being saved, tenders taken)."""
        if self.can_close is None or self.can_close():
            super().reject()

    def set_card_mode(self, card: bool) -> None:
        self.amount_caption.setText(translate("Payment", "Card amount") if card else translate(
            "Payment", "Cash tendered"))
        for widget in (self.approval, self.approval_caption, self.last4, self.last4_caption):
            widget.setVisible(card)
        for button in self.quick_buttons:
            button.setVisible(not card and bool(button.text()))
        self.credit_note.setVisible(False)

    def set_credit_mode(self, note: str) -> None:
        """Store credit: no card details, no quick cash; whose credit and how much."""
        self.set_card_mode(True)
        self.amount_caption.setText(translate("Payment", "Store credit"))
        for widget in (self.approval, self.approval_caption, self.last4, self.last4_caption):
            widget.setVisible(False)
        self.credit_note.setText(note)
        self.credit_note.setVisible(True)
