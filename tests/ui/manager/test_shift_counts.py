"""Issue 14, defect 4: the count boxes of the float and the close, typed by a person.

The first box held "0" with the cursor before it, so typing "1" gave "10" and a
200.00 float became 1,100.00. Boxes now select what they hold when they get the
keyboard, and a float over the store's usual amount asks before the shift opens
(Back is the default: a stray Enter opens nothing).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QSpinBox

from omnipos.db.engine import Database
from omnipos.services.staff import StaffService
from tests.support.staff import Crew, FakeClock
from tests.ui.conftest import staffed_till, type_keys


def _signed_in(qtbot: Any, store_db: Database, staff_svc: StaffService, clock: FakeClock,
               tmp_path: Path) -> Any:
    ui = staffed_till(qtbot, store_db, staff_svc, clock, tmp_path)
    type_keys(qtbot, "2468", Qt.Key.Key_Return)  # Cam Cashier's PIN, at the lock screen
    assert not ui.login.locked
    return ui


def _open_dialog(qtbot: Any, ui: Any) -> Any:
    ui.manager.open_menu()
    ui.manager.menu.open_button.click()
    dialog = ui.manager.shift.open_dialog
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QSpinBox))
    return dialog


def test_typing_into_a_count_box_replaces_the_zero(qtbot: Any, store_db: Database,
                                                   staff_svc: StaffService, crew: Crew,
                                                   clock: FakeClock, tmp_path: Path) -> None:
    ui = _signed_in(qtbot, store_db, staff_svc, clock, tmp_path)
    dialog = _open_dialog(qtbot, ui)
    first = QApplication.focusWidget()
    assert first is dialog.counter.boxes[10000]  # 100.00 notes, the first box
    type_keys(qtbot, "2")  # two 100 notes
    assert first.value() == 2
    type_keys(qtbot, Qt.Key.Key_Tab, "3")  # three 50 notes in the next box
    assert dialog.counter.count().total_minor == 35000
    # Back to the first box by the keyboard: what it holds is selected, typing replaces it.
    type_keys(qtbot, Qt.Key.Key_Backtab, "1")
    assert first.value() == 1
    type_keys(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert ui.manager.shift._shifts.current().opening_float_minor == 25000


def test_a_box_clicked_or_given_the_focus_selects_its_value(qtbot: Any, store_db: Database,
                                                            staff_svc: StaffService, crew: Crew,
                                                            clock: FakeClock,
                                                            tmp_path: Path) -> None:
    ui = _signed_in(qtbot, store_db, staff_svc, clock, tmp_path)
    dialog = _open_dialog(qtbot, ui)
    box = dialog.counter.boxes[2000]  # 20.00 notes
    # A touch at the left of the box would put the cursor before the "0".
    qtbot.mouseClick(box.lineEdit(), Qt.MouseButton.LeftButton, pos=QPoint(2, 10))
    qtbot.waitUntil(lambda: box.lineEdit().selectedText() == "0")
    type_keys(qtbot, "4")
    assert box.value() == 4 and dialog.counter.count().total_minor == 8000
    # The keyboard given back by the dialog (after a message) selects too.
    dialog.show_error("count again")
    assert QApplication.focusWidget() is dialog.counter.boxes[10000]
    type_keys(qtbot, "3")
    assert dialog.counter.count().total_minor == 38000


def test_an_unusual_float_asks_first_and_enter_goes_back(qtbot: Any, store_db: Database,
                                                         staff_svc: StaffService, crew: Crew,
                                                         clock: FakeClock,
                                                         tmp_path: Path) -> None:
    ui = _signed_in(qtbot, store_db, staff_svc, clock, tmp_path)
    shifts = ui.manager.shift._shifts
    dialog = _open_dialog(qtbot, ui)
    type_keys(qtbot, "11", Qt.Key.Key_Return)  # 1,100.00: over the usual 500.00
    confirm = ui.manager.shift.confirm_dialog
    qtbot.waitUntil(lambda: confirm is not None and confirm.isActiveWindow())
    assert "1,100.00 USD" in confirm.question.text() and "500.00 USD" in confirm.question.text()
    assert shifts.current() is None
    type_keys(qtbot, Qt.Key.Key_Return)  # Enter is Back: count again
    qtbot.waitUntil(lambda: not confirm.isVisible())
    assert shifts.current() is None and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.counter.boxes[10000])
    type_keys(qtbot, "2", Qt.Key.Key_Return)  # 200.00 was meant
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert shifts.current().opening_float_minor == 20000


def test_an_unusual_float_opens_when_confirmed(qtbot: Any, store_db: Database,
                                               staff_svc: StaffService, crew: Crew,
                                               clock: FakeClock, tmp_path: Path) -> None:
    ui = _signed_in(qtbot, store_db, staff_svc, clock, tmp_path)
    dialog = _open_dialog(qtbot, ui)
    type_keys(qtbot, "8", Qt.Key.Key_Return)  # 800.00 on a busy day
    confirm = ui.manager.shift.confirm_dialog
    qtbot.waitUntil(lambda: confirm is not None and confirm.isActiveWindow())
    type_keys(qtbot, Qt.Key.Key_F12)  # yes, by its key
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert ui.manager.shift._shifts.current().opening_float_minor == 80000


def test_the_close_count_boxes_select_their_value_too(qtbot: Any, store_db: Database,
                                                      staff_svc: StaffService, crew: Crew,
                                                      clock: FakeClock, tmp_path: Path) -> None:
    ui = _signed_in(qtbot, store_db, staff_svc, clock, tmp_path)
    dialog = _open_dialog(qtbot, ui)
    type_keys(qtbot, "1", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    ui.manager.open_menu()
    ui.manager.menu.close_button.click()
    close = ui.manager.shift.close_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is close.counter.boxes[10000])
    type_keys(qtbot, "1")
    assert close.counter.count().total_minor == 10000
