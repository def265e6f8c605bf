"""F1: the keys of the screen that is shown, as a card over it (not a window of its own)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omnipos.ui.i18n import translate


class KeyList(QFrame):
    """Lists (keys, what they do); F1 or Esc (through the shell) hides it again."""

    closed = Signal()
    about = Signal()  # the About button: the shell opens About (Shift+F1)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("keyList")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel("", self)
        self.title.setObjectName("dialogTitle")
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(24)
        self._grid.setVerticalSpacing(6)
        self.close_button = QPushButton(translate("KeyList", "Close  Esc"), self)
        self.close_button.setObjectName("keyListClose")
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the screen keeps the keyboard
        self.close_button.clicked.connect(self.dismiss)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addLayout(self._grid)
        self.about_button = QPushButton(translate("KeyList", "About OmniPOS  Shift+F1"), self)
        self.about_button.setObjectName("keyListAbout")
        self.about_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.about_button.clicked.connect(self._about)
        buttons = QHBoxLayout()
        buttons.addWidget(self.about_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.rows: list[tuple[str, str]] = []
        parent.installEventFilter(self)  # stay centred when the window changes size
        self.hide()

    def show_keys(self, title: str, rows: list[tuple[str, str]]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for row, (keys, label) in enumerate(rows):
            key = QLabel(keys, self)
            key.setObjectName("keyListKey")
            what = QLabel(label, self)
            self._grid.addWidget(key, row, 0, Qt.AlignmentFlag.AlignRight)
            self._grid.addWidget(what, row, 1)
        self.rows = list(rows)
        self.title.setText(title)
        self.adjustSize()
        self._centre()
        self.show()
        self.raise_()

    def _about(self) -> None:
        self.dismiss()
        self.about.emit()

    def dismiss(self) -> None:
        if self.isVisible():
            self.hide()
            self.closed.emit()

    def _centre(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        size = self.sizeHint().boundedTo(parent.size())
        self.resize(size)
        self.move((parent.width() - size.width()) // 2, (parent.height() - size.height()) // 2)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._centre()
        return False
