"""Shift dialogs: open with a counted float, close with a blind count, cash in/out."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QWidget

from omnipos.domain.errors import plural
from omnipos.domain.money import parse_amount
from omnipos.domain.shifts import CashCount, MovementKind
from omnipos.ui.common import formatting
from omnipos.ui.common.form_dialog import FormDialog
from omnipos.ui.i18n import said, translate
from omnipos.ui.manager.shift_count_view import CashCountView


class _CountDialog(FormDialog):
    close_on_submit = False  # the shift service takes the count first

    def __init__(
        self, title: str, prompt: str, ok_text: str, currency: str, parent: QWidget | None = None,
        *, heading: str | None = None,
    ) -> None:
        super().__init__(title, heading=heading, ok_text=ok_text, width=640, parent=parent)
        self.currency = currency
        self.prompt = self.add_widget(QLabel(prompt, self))
        self.prompt.setWordWrap(True)
        self.counter = self.add_widget(CashCountView(currency, self))
        self.result_label = self.add_widget(QLabel("", self))
        self.result_label.setWordWrap(True)
        self.approve_button = QPushButton(translate("Manager", "Manager approval"), self)
        self.approve_button.setMinimumWidth(300)
        self.approve_button.setVisible(False)
        self.buttons.insertWidget(self.buttons.count() - 1, self.approve_button)
        self.first_field = next(iter(self.counter.boxes.values()), None)

    def read(self) -> CashCount:
        return self.counter.count()


class OpenShiftDialog(_CountDialog):
    """Count the opening float by denomination.

    ``first_sale``: asked by the first sale with no shift open ("Open shift: count the float").
    """

    def __init__(self, currency: str, parent: QWidget | None = None, *,
                 first_sale: bool = False) -> None:
        super().__init__(
            translate("Manager", "Open shift"),
            (translate("Manager", "No shift is open on this till, and every sale belongs to one. ")
             if first_sale else "")
            + translate("Manager", "Count the float in the drawer, note by note and coin by coin."),
            translate("Manager", "Open shift  Enter"),
            currency,
            parent,
            heading=translate("Manager", "Open shift: count the float") if first_sale else None,
        )
        self.setObjectName("openShiftDialog")


class CloseShiftDialog(_CountDialog):
    """Blind count: the expected cash is shown only after the count is entered."""

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("Manager", "Close shift"),
            translate("Manager", "Count all the cash in the drawer. The amount the till expects is "
                                 "shown only after you submit your count."),
            translate("Manager", "Submit count  Enter"),
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
        sentence = (
            translate("Manager", "Expected {expected}, counted {counted}: {difference} over.")
            if over > 0 else
            translate("Manager", "Expected {expected}, counted {counted}: {difference} short.")
            if over < 0 else translate("Manager", "Expected {expected}, counted {counted}: even."))
        text = sentence.format(expected=formatting.money_with_code(expected_minor, cur),
                               counted=formatting.money_with_code(counted_minor, cur),
                               difference=formatting.money(abs(over), cur))
        if pending:
            text += "\n" + said(plural("{count} event of this shift is not yet acknowledged by "
                                       "the hub.",
                                       "{count} events of this shift are not yet acknowledged by "
                                       "the hub.", "count"), count=pending)
        self.result_label.setText(text)
        self.show_error(translate("Manager", "A manager must approve: ") + "; ".join(needs))
        self.counter.setEnabled(False)
        self.approve_button.setVisible(True)
        self.approve_button.setProperty("kind", "primary")
        self.approve_button.style().unpolish(self.approve_button)
        self.approve_button.style().polish(self.approve_button)
        self.ok_button.setDefault(False)
        self.ok_button.setVisible(False)
        self.approve_button.setDefault(True)
        self.approve_button.setFocus()


class CashMovementDialog(FormDialog):
    """Paid in, paid out or safe drop: amount and reason."""

    close_on_submit = False  # the shift service (and maybe a manager) takes it first

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(translate("Manager", "Cash in / out"), name="cashMovementDialog",
                         width=520, parent=parent)
        self.currency = currency
        self.kind = QComboBox(self)
        for kind, label in (
            (MovementKind.PAY_OUT, translate("Manager", "Paid out")),
            (MovementKind.PAY_IN, translate("Manager", "Paid in")),
            (MovementKind.SAFE_DROP, translate("Manager", "Safe drop")),
        ):
            self.kind.addItem(label, kind)
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(translate("Manager", "Amount, e.g. 12.50"))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(translate("Manager", "Reason (required for paid in / out)"))
        self.add_widget(self.kind)
        self.add_widget(self.amount)
        self.add_widget(self.reason)
        self.first_field = self.amount  # typed amounts land in the amount, not the kind

    def read(self) -> tuple[MovementKind, int, str]:
        """Raises ValidationError for a bad amount."""
        minor = parse_amount(formatting.typed(self.amount.text()), self.currency)
        return self.kind.currentData(), minor, self.reason.text().strip()
