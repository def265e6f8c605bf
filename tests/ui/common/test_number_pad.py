"""The on-screen number pad: its keys type into the focused box as keys would, never take
the keyboard, and leave the keyboard working beside them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton, QVBoxLayout

from omnipos.ui.common.number_pad import BACKSPACE, CLEAR, ENTER, KEY_SIZE, NumberPad


class Form(QDialog):
    def __init__(self) -> None:
        super().__init__()
        self.amount = QLineEdit(self)
        self.note = QLineEdit(self)
        self.ok = QPushButton("OK", self)
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.accept)
        self.pad = NumberPad(self, fallback=self.amount)
        layout = QVBoxLayout(self)
        for widget in (self.amount, self.note, self.ok, self.pad):
            layout.addWidget(widget)
        self.edits: list[str] = []
        self.amount.textEdited.connect(self.edits.append)


def _shown(qtbot) -> Form:
    form = Form()
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    form.amount.setFocus()
    qtbot.waitUntil(form.amount.hasFocus)
    return form


def tap(qtbot, pad: NumberPad, *labels: str) -> None:
    for label in labels:
        qtbot.mouseClick(pad.keys[label], Qt.MouseButton.LeftButton)


def test_the_keys_type_digits_00_and_the_point_as_typed_keys(qtbot) -> None:
    form = _shown(qtbot)
    tap(qtbot, form.pad, "1", "2", "00", ".", "5")
    assert form.amount.text() == "1200.5"
    assert form.amount.hasFocus()  # a touch never takes the keyboard from the box
    assert form.edits[-1] == "1200.5"  # the box heard edits, as from the keyboard
    tap(qtbot, form.pad, BACKSPACE)
    assert form.amount.text() == "1200."
    tap(qtbot, form.pad, CLEAR)
    assert form.amount.text() == "" and form.edits[-1] == ""


def test_the_keyboard_still_works_beside_the_pad(qtbot) -> None:
    form = _shown(qtbot)
    qtbot.keyClicks(form.amount, "3")
    tap(qtbot, form.pad, "9")
    qtbot.keyClicks(QApplication.focusWidget(), ".")
    tap(qtbot, form.pad, "9")
    assert form.amount.text() == "39.9"


def test_the_pad_types_into_whichever_box_has_the_keyboard(qtbot) -> None:
    form = _shown(qtbot)
    form.note.setFocus()
    qtbot.waitUntil(form.note.hasFocus)
    tap(qtbot, form.pad, "7")
    assert form.note.text() == "7" and form.amount.text() == ""


def test_a_selected_value_is_replaced_as_when_typing(qtbot) -> None:
    form = _shown(qtbot)
    form.amount.setText("4.32")
    form.amount.selectAll()
    tap(qtbot, form.pad, "5")
    assert form.amount.text() == "5"


def test_enter_on_the_pad_is_enter_in_the_box(qtbot) -> None:
    form = _shown(qtbot)
    entered: list[str] = []
    form.amount.returnPressed.connect(lambda: entered.append(form.amount.text()))
    tap(qtbot, form.pad, "8")
    with qtbot.waitSignal(form.accepted):  # not taken by the box: the dialog's default button
        tap(qtbot, form.pad, ENTER)
    assert entered == ["8"]


def test_the_keys_are_big_enough_for_a_finger(qtbot) -> None:
    form = _shown(qtbot)
    for label, button in form.pad.keys.items():
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus, label
        assert button.width() >= KEY_SIZE[0] and button.height() >= KEY_SIZE[1], label


def test_the_pad_types_through_the_tills_scan_filter(qtbot) -> None:
    """The till filters every key for scanner bursts: touches still reach the box, and a
    quick 00 then Enter is typing, not a scan."""
    from omnipos.devices.wedge import WedgeDetector
    from omnipos.ui.shell.scanning import ScanRouter, install_scan_filter

    app = QApplication.instance()
    router = ScanRouter()
    scans: list[str] = []
    router.push(scans.append)
    scan_filter = install_scan_filter(app, router, WedgeDetector())
    try:
        form = _shown(qtbot)
        tap(qtbot, form.pad, "1", "00")
        qtbot.waitUntil(lambda: form.amount.text() == "100")
        with qtbot.waitSignal(form.accepted):
            tap(qtbot, form.pad, ENTER)
        assert scans == []
    finally:
        app.removeEventFilter(scan_filter)
        scan_filter.deleteLater()


def test_the_point_key_is_the_locales_decimal_sign(qtbot) -> None:
    """A Spanish till writes amounts "20,50": the pad showed "." and typed "." there."""
    from omnipos.ui.common import formatting

    used = formatting.use_locale("es_ES")
    try:
        assert used == "es_ES"
        form = _shown(qtbot)
        assert form.pad.keys["."].text() == ","
        tap(qtbot, form.pad, "2", ".", "5", "0")
        assert form.amount.text() == "2,50"
        assert formatting.typed(form.amount.text()) == "2.50"  # what the amount reads
    finally:
        formatting.use_locale("en_US")
    form = _shown(qtbot)
    assert form.pad.keys["."].text() == "."
