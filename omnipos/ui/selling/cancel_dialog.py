"""Cancel this sale? Back is the default; cancelling names a reason (it is journalled).

Enter goes back, so a scanner's trailing Enter never destroys a sale. A reason
is chosen by its digit, Up/Down or a touch; the keymap's yes key (F12) or the
button then cancels.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListWidget, QListWidgetItem, QWidget

from omnipos.ui.common.confirm_dialog import ConfirmDialog
from omnipos.ui.i18n import translate

# services.selling.CANCEL_REASONS, marked for lupdate: shown in the till's language, the
# journal keeps the English reason.
_REASONS_SHOWN = (
    QT_TRANSLATE_NOOP("Sell", "Customer changed their mind"),
    QT_TRANSLATE_NOOP("Sell", "Customer cannot pay"),
    QT_TRANSLATE_NOOP("Sell", "Wrong items scanned"),
    QT_TRANSLATE_NOOP("Sell", "Price disagreement"),
    QT_TRANSLATE_NOOP("Sell", "Other"),
)


class CancelSaleDialog(ConfirmDialog):
    """The question, the reasons to choose from, and an error line."""

    def __init__(self, question: str, reasons: Sequence[str], *, yes_text: str,
                 yes_keys: Iterable[QKeySequence], parent: QWidget | None = None) -> None:
        super().__init__(translate("Sell", "Cancel sale"), question, yes_text, parent=parent,
                         yes_keys=yes_keys)
        self.setObjectName("cancelSaleDialog")
        self.reasons = QListWidget(self)
        self.reasons.setObjectName("cancelReasons")
        self.reasons.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for number, reason in enumerate(reasons, start=1):
            item = QListWidgetItem(f"{number}  {translate('Sell', reason)}", self.reasons)
            item.setData(Qt.ItemDataRole.UserRole, reason)
        self.reasons.setFixedHeight(self.reasons.sizeHintForRow(0) * len(reasons) + 8)
        self.error = QLabel("", self)
        self.error.setObjectName("dialogError")
        self.body.addWidget(QLabel(
            translate("Sell", "Why? Choose a reason (its digit, or a touch):"), self))
        self.body.addWidget(self.reasons)
        self.body.addWidget(self.error)
        self.reasons.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Enter stays with Back

    @property
    def reason(self) -> str:
        """The reason chosen, in English as the journal keeps it ("" for none)."""
        items = self.reasons.selectedItems()
        return str(items[0].data(Qt.ItemDataRole.UserRole)) if items else ""

    def can_confirm(self) -> bool:
        if not self.reason:
            self.error.setText(translate("Sell", "Choose a reason first (1 to {count}).").format(
                count=self.reasons.count()))
            return False
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and 1 <= int(text) <= self.reasons.count():
            self.reasons.setCurrentRow(int(text) - 1)
            self.error.clear()
            return
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.reasons.count():
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            row = max(0, min(self.reasons.count() - 1, self.reasons.currentRow() + step))
            self.reasons.setCurrentRow(row)
            return
        super().keyPressEvent(event)
