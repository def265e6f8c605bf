"""Shift dialogs: open with a counted float, close with a blind count, cash in/out."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omnipos.domain.money import parse_amount
from omnipos.domain.shifts import MovementKind
from omnipos.ui.common import formatting
from omnipos.ui.manager.shift_count_view import CashCountView


class _CountDialog(QDialog):
    def __init__(
        self, title: str, prompt: str, ok_text: str, currency: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.currency = currency
        head = QLabel(title, self)
        head.setObjectName("dialogTitle")
        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        self.counter = CashCountView(currency, self)
        self.result_label = QLabel("", self)
        self.result_label.setWordWrap(True)
        self.error = QLabel("", self)
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.ok_button = QPushButton(ok_text, self)
        self.ok_button.setProperty("kind", "primary")
        self.ok_button.setDefault(True)
        self.approve_button = QPushButton("Manager approval", self)
        self.approve_button.setMinimumWidth(300)
        self.approve_button.setVisible(False)
        self.cancel_button = QPushButton("Cancel  Esc", self)
        row = QHBoxLayout()
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.approve_button)
        row.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.setSpacing(10)
        layout.addWidget(head)
        layout.addWidget(self.prompt)
        layout.addWidget(self.counter)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self.cancel_button.clicked.connect(self.reject)


class OpenShiftDialog(_CountDialog):
    """Count the opening float by denomination."""

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(
            "Open shift",
            "Count the float in the drawer, note by note and coin by coin.",
            "Open shift  Enter",
            currency,
            parent,
        )
        self.setObjectName("openShiftDialog")


class CloseShiftDialog(_CountDialog):
    """Blind count: the expected cash is shown only after the count is entered."""

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(
            "Close shift",
            "Count all the cash in the drawer. The amount the till expects "
            "is shown only after you submit your count.",
            "Submit count  Enter",
            currency,
            parent,
        )
        self.setObjectName("closeShiftDialog")

    def show_outcome(
        self, expected_minor: int, counted_minor: int, pending: int, needs: list[str]
    ) -> None:
        """After a submitted count that needs a manager: reveal the figures, offer approval."""
        cur = self.currency
        over = counted_minor - expected_minor
        word = "over" if over > 0 else "short" if over < 0 else "even"
        text = (
            f"Expected {formatting.money_with_code(expected_minor, cur)}, counted "
            f"{formatting.money_with_code(counted_minor, cur)}: "
            f"{formatting.money(abs(over), cur)} {word}."
        )
        if pending:
            what = "1 event" if pending == 1 else f"{pending} events"
            text += f"\n{what} of this shift not yet acknowledged by the hub."
        self.result_label.setText(text)
        self.error.setText("A manager must approve: " + "; ".join(needs))
        self.counter.setEnabled(False)
        self.approve_button.setVisible(True)
        self.approve_button.setProperty("kind", "primary")
        self.approve_button.style().unpolish(self.approve_button)
        self.approve_button.style().polish(self.approve_button)
        self.approve_button.setDefault(True)
        self.ok_button.setVisible(False)


class CashMovementDialog(QDialog):
    """Paid in, paid out or safe drop: amount and reason."""

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cashMovementDialog")
        self.setWindowTitle("Cash in / out")
        self.setFixedWidth(520)  # the wrapped error label gets a known width and its full height
        self.currency = currency
        head = QLabel("Cash in / out", self)
        head.setObjectName("dialogTitle")
        self.kind = QComboBox(self)
        for kind, label in (
            (MovementKind.PAY_OUT, "Paid out"),
            (MovementKind.PAY_IN, "Paid in"),
            (MovementKind.SAFE_DROP, "Safe drop"),
        ):
            self.kind.addItem(label, kind)
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText("Amount, e.g. 12.50")
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText("Reason (required for paid in / out)")
        self.error = QLabel("", self)
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.ok_button = QPushButton("OK  Enter", self)
        self.ok_button.setProperty("kind", "primary")
        self.ok_button.setDefault(True)
        self.cancel_button = QPushButton("Cancel  Esc", self)
        row = QHBoxLayout()
        row.addWidget(self.cancel_button)
        row.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        for w in (head, self.kind, self.amount, self.reason, self.error):
            layout.addWidget(w)
        layout.addLayout(row)
        self.cancel_button.clicked.connect(self.reject)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.adjustSize()

    def value(self) -> tuple[MovementKind, int, str]:
        """Raises ValidationError for a bad amount."""
        minor = parse_amount(self.amount.text(), self.currency)
        return self.kind.currentData(), minor, self.reason.text().strip()
