"""An on-screen number pad for a touch screen: digits, 00, the decimal point, backspace,
clear and Enter, typed into whichever box of its dialog has the keyboard.

Its keys never take the focus, so the box being typed into keeps it and the keyboard goes on
working beside the pad. A key is delivered to the box as the key press a keyboard would
send, so the box's validator, its select-on-focus and every ``textEdited`` reaction (live
change, "%" picks Percent) behave alike whether a finger or a keyboard typed it; Enter is
the Enter key, so it does what Enter does in that dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from omnipos.ui.common import formatting
from omnipos.ui.i18n import translate

KEY_SIZE = (84, 60)  # px: a fingertip with room to spare (touch guidelines ask >= 44)

BACKSPACE = "⌫"
CLEAR = "C"
ENTER = "Enter"
POINT = "."  # the key's name; its face and what it types are the locale's decimal sign

# (label, row, column, rows spanned): a phone-style block of digits with the edits at the right.
_LAYOUT = (
    ("7", 0, 0, 1), ("8", 0, 1, 1), ("9", 0, 2, 1), (BACKSPACE, 0, 3, 1),
    ("4", 1, 0, 1), ("5", 1, 1, 1), ("6", 1, 2, 1), (CLEAR, 1, 3, 1),
    ("1", 2, 0, 1), ("2", 2, 1, 1), ("3", 2, 2, 1), (ENTER, 2, 3, 2),
    ("0", 3, 0, 1), ("00", 3, 1, 1), (POINT, 3, 2, 1),
)

_KEYS = {
    **{str(d): (Qt.Key(Qt.Key.Key_0.value + d), str(d)) for d in range(10)},
    POINT: (Qt.Key.Key_Period, "."),
    BACKSPACE: (Qt.Key.Key_Backspace, ""),
    ENTER: (Qt.Key.Key_Return, "\r"),
}


def _box(widget: QWidget | None) -> QLineEdit | None:
    """The text box behind ``widget`` (an editable drop-down types into its line edit)."""
    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget.lineEdit()
    return widget if isinstance(widget, QLineEdit) else None


class NumberPad(QWidget):
    """Touch keys for the focused box of the pad's window (or ``fallback`` when none is)."""

    def __init__(self, parent: QWidget | None = None, *,
                 fallback: QLineEdit | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("numberPad")
        self._fallback = fallback
        self.keys: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        font = QFont()
        font.setPixelSize(24)
        font.setBold(True)
        for label, row, column, span in _LAYOUT:
            button = QPushButton(self._face(label), self)
            button.setObjectName(f"padKey{label}")
            button.setFont(font)
            button.setMinimumSize(*KEY_SIZE)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the box keeps the keyboard
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, k=label: self.press(k))
            self.keys[label] = button
            grid.addWidget(button, row, column, span, 1)

    @staticmethod
    def _face(label: str) -> str:
        if label == ENTER:
            return translate("Dialogs", "Enter")
        return formatting.decimal_sign() if label == POINT else label

    def target(self) -> QLineEdit | None:
        """The box the pad types into: the one with the keyboard, if it is in this window."""
        box = _box(QApplication.focusWidget())
        if box is not None and box.window() is self.window() and box.isEnabled() \
                and not box.isReadOnly():
            return box
        return self._fallback

    def press(self, label: str) -> None:
        box = self.target()
        if box is None:
            return
        if not box.hasFocus():
            box.setFocus(Qt.FocusReason.OtherFocusReason)
        typed: tuple[str, ...] = (label,)
        if label == CLEAR:
            box.selectAll()  # then a backspace: the box hears an edit, as from the keyboard
            typed = (BACKSPACE,)
        elif label == "00":
            typed = ("0", "0")
        for key_label in typed:
            key, text = _KEYS[key_label]
            if key_label == POINT and formatting.decimal_sign() == ",":
                key, text = Qt.Key.Key_Comma, ","  # "20,50" in Spain, as its keyboard types
            self._send(box, key, text)

    @staticmethod
    def _send(box: QLineEdit, key: Qt.Key, text: str) -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            # Delivered like a typed key: what the box does not take goes on to its dialog.
            QApplication.sendEvent(box, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier,
                                                  text))
