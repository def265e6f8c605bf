"""Faster selling from the scan field: 3*CODE, words that search, large quantities, merging."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from omnipos.db.settings import set_setting
from omnipos.ui.selling import cart_model
from tests.ui.conftest import MILK_UPC, SOAP, _make_till, type_keys


def cell(till, row: int, col: int) -> str:
    model = till.view.cart_model
    return model.data(model.index(row, col))


def enter(qtbot, till, text: str) -> None:
    """Typed in the scan field by hand, then Enter."""
    type_keys(qtbot, text, Qt.Key.Key_Return)


def test_a_quantity_prefix_sells_that_many(qtbot, till) -> None:
    enter(qtbot, till, f"3*{SOAP}")
    assert cell(till, 0, cart_model.COL_QTY) == "3"
    assert cell(till, 0, cart_model.COL_TOTAL) == "11.97"


def test_a_prefix_typed_then_a_scanner_burst(qtbot, till) -> None:
    type_keys(qtbot, "4*")
    till.controller.on_scan(MILK_UPC)  # the ScanRouter's burst, the field still holds "4*"
    assert cell(till, 0, cart_model.COL_QTY) == "4"
    assert till.view.scan_field.text() == ""


def test_words_typed_in_the_scan_field_open_the_search(qtbot, till) -> None:
    enter(qtbot, till, "lavender soap")
    search = till.controller.scans.search
    assert search is not None
    qtbot.waitUntil(search.dialog.isActiveWindow)
    assert search.dialog.query.text() == "lavender soap" and search.dialog.query.hasFocus()
    qtbot.waitUntil(lambda: search.model.rowCount() == 1)
    assert not till.view.banner.isVisible()  # no "not found" error: it searched
    type_keys(qtbot, Qt.Key.Key_Return)  # Enter adds the match
    qtbot.waitUntil(lambda: till.view.cart_model.rowCount() == 1)
    assert cell(till, 0, cart_model.COL_NAME) == "Lavender soap bar"


def test_a_sku_typed_still_adds_and_an_unknown_number_is_an_error(qtbot, till) -> None:
    enter(qtbot, till, "BREAD")
    assert till.view.cart_model.rowCount() == 1
    with qtbot.waitSignal(till.controller.scan_failed):
        enter(qtbot, till, "5901234123457")
    assert till.controller.scans.search is None


def test_a_very_large_quantity_asks_first_and_enter_says_no(qtbot, till) -> None:
    enter(qtbot, till, f"500*{SOAP}")
    dialog = till.controller.scans.large_quantity_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    assert "500" in dialog.question.text() and "Lavender soap bar" in dialog.question.text()
    type_keys(qtbot, Qt.Key.Key_Return)  # a trailing Enter never sells 500
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert till.view.cart_model.rowCount() == 0
    assert "Not added" in till.view.banner.text
    qtbot.waitUntil(till.view.scan_field.hasFocus)
    enter(qtbot, till, f"500*{SOAP}")
    dialog = till.controller.scans.large_quantity_dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    type_keys(qtbot, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: till.view.cart_model.rowCount() == 1)
    assert cell(till, 0, cart_model.COL_QTY) == "500"
    qtbot.waitUntil(till.view.scan_field.hasFocus)


def test_the_quantity_dialog_asks_before_a_very_large_quantity(qtbot, till) -> None:
    enter(qtbot, till, SOAP)
    type_keys(qtbot, Qt.Key.Key_F4)
    dialog = till.controller.sale_actions.quantity_dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    type_keys(qtbot, "120", Qt.Key.Key_Return)
    confirm = till.controller.scans.large_quantity_dialog
    assert confirm is not None
    qtbot.waitUntil(confirm.isActiveWindow)
    type_keys(qtbot, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: cell(till, 0, cart_model.COL_QTY) == "120")


def test_a_large_quantity_of_an_unknown_code_is_an_error_not_a_question(qtbot, till) -> None:
    with qtbot.waitSignal(till.controller.scan_failed):
        enter(qtbot, till, "500*5901234123457")
    assert till.controller.scans.large_quantity_dialog is None
    assert "5901234123457" in till.view.banner.text


def test_twelve_is_not_large(qtbot, till) -> None:
    enter(qtbot, till, f"12*{SOAP}")
    assert till.controller.scans.large_quantity_dialog is None
    assert cell(till, 0, cart_model.COL_QTY) == "12"


@pytest.mark.parametrize(("merge", "rows"), [("item", 2), ("off", 3), ("last", 3)])
def test_repeat_scans_follow_the_store_setting(qtbot, db, tmp_path: Path, merge: str,
                                               rows: int) -> None:
    with db.transaction() as s:
        set_setting(s, "selling.merge_repeat_scans", merge)
    till = _make_till(qtbot, db, with_printer=False, tmp=tmp_path)
    for code in (SOAP, MILK_UPC, SOAP):
        enter(qtbot, till, code)
    assert till.view.cart_model.rowCount() == rows
    if merge == "item":
        assert cell(till, 0, cart_model.COL_QTY) == "2"


def test_a_typing_slip_in_the_scan_field_still_finds_the_item(qtbot, till) -> None:
    enter(qtbot, till, "lavendr")
    search = till.controller.scans.search
    assert search is not None
    qtbot.waitUntil(lambda: search.model.rowCount() == 1)
    assert search.model.product_at(0).sku == "SOAP"
    # marked as a typo match: what it was read as
    assert search.dialog.status.text() == (
        "No match as typed \N{EM DASH} 1 found for \u201clavender\u201d")
    with qtbot.waitSignal(search.results_shown):
        search.dialog.query.setText("lavender")
    assert search.dialog.status.text() == "1 found"


def test_a_message_never_moves_the_scan_field(qtbot, till) -> None:
    """Issue 14, a stable screen: the banner pushed the scan field and the cart down when it
    came, and again when a message took two lines."""
    from PySide6.QtWidgets import QApplication

    view = till.view
    view.banner.dismiss()
    QApplication.processEvents()
    place = view.scan_field.geometry(), view.cart_table.geometry()
    view.banner.show_message("Not added: misread barcode", ms=0)
    QApplication.processEvents()
    assert (view.scan_field.geometry(), view.cart_table.geometry()) == place
    view.banner.show_message("A message long enough to need two lines of the banner at "
                             "1280x800, as the sale restored after a restart says", ms=0)
    QApplication.processEvents()
    assert view.banner.label.height() > 1.5 * view.banner.label.fontMetrics().lineSpacing()
    assert (view.scan_field.geometry(), view.cart_table.geometry()) == place
    view.banner.dismiss()
    QApplication.processEvents()
    assert (view.scan_field.geometry(), view.cart_table.geometry()) == place


def test_a_notice_over_the_screens_never_moves_the_scan_field(qtbot, till) -> None:
    """Issue 14, a stable screen: "9 new orders for this store" took a row above the
    screens, so the scan field and the cart jumped down when it came and up when it went."""
    from PySide6.QtWidgets import QApplication

    view, window = till.view, till.window
    QApplication.processEvents()
    place = view.scan_field.mapTo(window, view.scan_field.rect().topLeft()), \
        view.cart_table.geometry()
    window.notify("9 new orders for this store: Alt+2 Pickups", ms=0)
    QApplication.processEvents()
    notice = window.notice
    assert notice.isVisible() and notice.text.startswith("9 new orders")
    assert (view.scan_field.mapTo(window, view.scan_field.rect().topLeft()),
            view.cart_table.geometry()) == place
    # It is whole, on top, and clear of the scan field.
    top = notice.mapTo(window, notice.rect().topLeft())
    assert top.y() >= 0 and notice.width() >= window.width() // 2
    assert top.y() + notice.height() <= place[0].y()
    window.resize(1440, 900)  # a larger till screen: the notice follows the window
    QApplication.processEvents()
    assert notice.width() == window.work.width() - 24
    notice.dismiss()
    QApplication.processEvents()
    assert view.scan_field.mapTo(window, view.scan_field.rect().topLeft()).y() == place[0].y()
