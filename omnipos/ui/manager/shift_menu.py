"""F7: the shift and cash menu (open, X report, cash in/out, no sale, close, sign out)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from omnipos.ui.i18n import translate


class ShiftMenu(QDialog):
    """Big buttons; each closes the menu and starts its flow."""

    def __init__(self, shift_open: bool, signed_in_as: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shiftMenu")
        self.setWindowTitle(translate("Manager", "Shift and cash"))
        self.setFixedWidth(640)  # two buttons a row, in Spanish and German words too
        head = QLabel(translate("Manager", "Shift and cash"), self)
        head.setObjectName("dialogTitle")
        who = QLabel(
            translate("Manager", "Signed in: {signed_in_as}").format(
                signed_in_as=signed_in_as) if signed_in_as else translate(
                "Manager", "No sign-in (store without staff)"),
            self,
        )
        state = QLabel(
            translate("Manager", "A shift is open on this till.") if shift_open else translate(
                "Manager", "No shift is open on this till."),
            self,
        )
        self.open_button = QPushButton(translate("Manager", "Open shift"), self)
        self.x_button = QPushButton(translate("Manager", "X report"), self)
        self.cash_button = QPushButton(translate("Manager", "Cash in / out"), self)
        self.no_sale_button = QPushButton(translate("Manager", "No sale (open drawer)"), self)
        self.close_button = QPushButton(translate("Manager", "Close shift (Z)"), self)
        self.close_button.setProperty("kind", "danger")
        self.lock_button = QPushButton(translate("Manager", "Sign out  F9"), self)
        self.staff_button = QPushButton(translate("Manager", "Add staff member"), self)
        self.back_button = QPushButton(translate("Manager", "Back  Esc"), self)
        self.open_button.setEnabled(not shift_open)
        for b in (self.x_button, self.cash_button, self.close_button):
            b.setEnabled(shift_open)
        grid = QGridLayout()
        grid.setSpacing(8)
        pairs = (
            (self.open_button, self.x_button),
            (self.cash_button, self.no_sale_button),
            (self.close_button, self.lock_button),
            (self.staff_button, None),
        )
        for row, pair in enumerate(pairs):
            for col, button in enumerate(pair):
                if button is None:
                    continue
                button.setAutoDefault(False)
                grid.addWidget(button, row, col)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(head)
        layout.addWidget(who)
        layout.addWidget(state)
        layout.addLayout(grid)
        layout.addWidget(self.back_button)
        self.back_button.clicked.connect(self.reject)
        for b in (
            self.open_button,
            self.x_button,
            self.cash_button,
            self.no_sale_button,
            self.close_button,
            self.lock_button,
            self.staff_button,
        ):
            b.clicked.connect(self.accept)
