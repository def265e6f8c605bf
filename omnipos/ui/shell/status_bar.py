"""The till's status bar: store, till, who is signed in, sync state, buttons.

No file path or operating-system user shows here (a cashier has no use for them and a
customer should not read them); the data folder is in About (Shift+F1).

The shell owns it; components add to it through ``add_button`` and
``sync_layout`` instead of reaching into each other's widgets. Its buttons are
dead while the till is locked.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QStatusBar, QWidget

from omnipos.ui.i18n import translate


class ElidedLabel(QLabel):
    """A one-line label that shortens its text in the middle ("Corner…Street") to fit.

    It asks for little width, so the status bar's permanent widgets (sync status,
    Shift and cash) always keep their room; the full text is in the tooltip.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    @property
    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def _elide(self) -> None:
        width = max(0, self.contentsRect().width())
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._elide()  # the style sheet sets the font after construction

    def sizeHint(self) -> QSize:  # the whole text when there is room for it
        hint = super().sizeHint()  # the shortened text's, with the style's padding
        metrics = self.fontMetrics()
        more = metrics.horizontalAdvance(self._full) - metrics.horizontalAdvance(self.text())
        return QSize(hint.width() + max(0, more), hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(60, super().minimumSizeHint().height())


class TillStatusBar(QStatusBar):
    """Store, till, cashier, a slot the sync status fills, and buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.store_label = ElidedLabel(self)  # a long store name gives way, never the buttons
        self.store_label.setObjectName("storeLabel")
        self.till_label = QLabel(self)
        self.cashier_label = QLabel(self)
        for label in (self.store_label, self.till_label, self.cashier_label):
            self.addWidget(label)
        self.addWidget(QWidget(self), 1)  # the room left, between them and the sync light
        # Placeholder for the sync engineer: online/offline and events waiting go in here.
        self.sync_slot = QWidget(self)
        self.sync_slot.setObjectName("syncSlot")
        self.sync_layout = QHBoxLayout(self.sync_slot)
        self.sync_layout.setContentsMargins(0, 0, 0, 0)
        self.addPermanentWidget(self.sync_slot)
        self._buttons: list[QPushButton] = []

    def set_identity(self, *, store: str, till: str, cashier: str) -> None:
        self.store_label.set_full_text(translate("StatusBar", "Store: {store}").format(store=store))
        self.till_label.setText(translate("StatusBar", "Till: {till}").format(till=till))
        self.set_cashier(cashier)

    def set_cashier(self, text: str) -> None:
        self.cashier_label.setText(translate("StatusBar", "Cashier: {name}").format(name=text))
        self.cashier_label.setMinimumWidth(self.cashier_label.sizeHint().width())  # never cut off

    def add_button(self, text: str, name: str) -> QPushButton:
        """A bar-sized button at the right end (F7 Shift and cash); it never takes the focus."""
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumWidth(button.sizeHint().width())
        self.addPermanentWidget(button)
        self._buttons.append(button)
        return button

    def set_interactive(self, on: bool) -> None:
        """Locked: the texts stay readable, the buttons and the sync strip take no clicks."""
        for widget in (*self._buttons, self.sync_slot):
            widget.setEnabled(on)
