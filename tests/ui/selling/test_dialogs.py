"""F4 quantity, F2 search, park/resume and cancel from the till window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from omnipos.db.models import JournalEntry, ParkedSale
from omnipos.ui.selling import cart_model
from tests.ui.conftest import BREAD, MILK_UPC, SOAP, _make_till, type_keys
from tests.ui.selling.test_payment import open_payment, sales
from tests.ui.selling.test_scan import cell, scan


def count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_f4_changes_the_quantity_of_the_selected_line(qtbot, till) -> None:
    scan(qtbot, till, SOAP)
    scan(qtbot, till, MILK_UPC)
    qtbot.keyClick(till.view.scan_field, Qt.Key.Key_Up)  # select the soap line
    qtbot.keyClick(till.view.scan_field, Qt.Key.Key_F4)
    dialog = till.controller.sale_actions.quantity_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.field.text() == "1"
    qtbot.waitUntil(dialog.field.hasFocus)
    dialog.field.selectAll()
    qtbot.keyClicks(dialog.field, "3")
    with qtbot.waitSignal(till.controller.cart_changed):
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert cell(till, 0, cart_model.COL_QTY) == "3"
    assert cell(till, 0, cart_model.COL_TOTAL) == "11.97"
    assert till.view.selected_row() == 0


def test_quantity_outside_1_to_9999_is_refused_in_the_dialog(qtbot, till) -> None:
    scan(qtbot, till, SOAP)
    qtbot.keyClick(till.view.scan_field, Qt.Key.Key_F4)
    dialog = till.controller.sale_actions.quantity_dialog
    for bad in ("0", "10000", "1.5", "abc"):
        dialog.field.setText(bad)
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
        assert dialog.isVisible(), bad
        assert dialog.error.text(), bad
    qtbot.keyClick(dialog.field, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert cell(till, 0, cart_model.COL_QTY) == "1"


def test_f2_search_type_ahead_and_enter_adds_the_product(qtbot, till) -> None:
    qtbot.keyClick(till.view.scan_field, Qt.Key.Key_F2)
    search = till.controller.scans.search
    assert search is not None and search.dialog.isVisible()
    qtbot.waitUntil(search.dialog.query.hasFocus)
    with qtbot.waitSignal(search.results_shown) as blocker:
        qtbot.keyClicks(search.dialog.query, "sourd bre")  # prefixes of two words
    assert blocker.args == [1]
    assert search.model.product_at(0).sku == "BREAD"
    with qtbot.waitSignal(till.controller.cart_changed):
        qtbot.keyClick(search.dialog.query, Qt.Key.Key_Return)
    assert not search.dialog.isVisible()
    assert cell(till, 0, cart_model.COL_NAME) == "Sourdough bread"
    qtbot.waitUntil(till.view.scan_field.hasFocus)


def test_search_down_arrow_picks_another_result(qtbot, till) -> None:
    qtbot.keyClick(till.view.scan_field, Qt.Key.Key_F2)
    search = till.controller.scans.search
    qtbot.waitUntil(search.dialog.query.hasFocus)
    with qtbot.waitSignal(search.results_shown):
        qtbot.keyClicks(search.dialog.query, "l")  # Lavender soap, Whole milk 1 l
    rows = search.model.rowCount()
    assert rows >= 2
    qtbot.keyClick(search.dialog.query, Qt.Key.Key_Down)
    second = search.model.product_at(1)
    qtbot.keyClick(search.dialog.query, Qt.Key.Key_Return)
    assert cell(till, 0, cart_model.COL_NAME) == second.name


def test_search_enter_right_after_typing_adds_the_best_match(qtbot, till) -> None:
    qtbot.keyClick(till.view.scan_field, Qt.Key.Key_F2)
    search = till.controller.scans.search
    qtbot.waitUntil(search.dialog.query.hasFocus)
    qtbot.keyClicks(search.dialog.query, "lavender")
    qtbot.keyClick(search.dialog.query, Qt.Key.Key_Return)  # before the type-ahead timer
    assert cell(till, 0, cart_model.COL_NAME) == "Lavender soap bar"


def test_park_and_resume_a_sale(qtbot, till) -> None:
    scan(qtbot, till, SOAP)
    scan(qtbot, till, BREAD)
    qtbot.mouseClick(till.view.park_button, Qt.MouseButton.LeftButton)
    assert till.view.cart_model.rowCount() == 0
    assert count(till.db, ParkedSale) == 1
    assert "parked" in till.view.banner.text

    # Another customer meanwhile: resuming is refused while a sale is open.
    scan(qtbot, till, MILK_UPC)
    qtbot.mouseClick(till.view.resume_button, Qt.MouseButton.LeftButton)
    assert till.controller.handover.resume_dialog is None
    assert "current sale" in till.view.banner.text
    qtbot.mouseClick(till.view.cancel_button, Qt.MouseButton.LeftButton)
    till.controller.sale_actions.confirm_dialog.reasons.item(0).setSelected(True)
    till.controller.sale_actions.confirm_dialog.yes_button.click()
    assert till.view.cart_model.rowCount() == 0

    qtbot.mouseClick(till.view.resume_button, Qt.MouseButton.LeftButton)
    dialog = till.controller.handover.resume_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.table.model().rowCount() == 1
    with qtbot.waitSignal(till.controller.cart_changed):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert [cell(till, r, cart_model.COL_NAME) for r in range(2)] == [
        "Lavender soap bar", "Sourdough bread"]
    assert count(till.db, ParkedSale) == 0


def test_parked_sale_survives_a_new_till_window(qtbot, db, tmp_path) -> None:
    from tests.ui.conftest import _make_till

    first = _make_till(qtbot, db, with_printer=False, tmp=tmp_path)
    scan(qtbot, first, SOAP)
    first.controller.handover.park_sale()
    second = _make_till(qtbot, db, with_printer=False, tmp=tmp_path)
    second.controller.handover.open_resume()
    second.controller.handover.resume_dialog.resume_button.click()
    assert cell(second, 0, cart_model.COL_NAME) == "Lavender soap bar"


def test_cancel_sale_asks_first_and_is_journalled(qtbot, till) -> None:
    scan(qtbot, till, SOAP)
    before = count(till.db, JournalEntry)
    qtbot.mouseClick(till.view.cancel_button, Qt.MouseButton.LeftButton)
    confirm = till.controller.sale_actions.confirm_dialog
    assert confirm.isVisible()
    confirm.no_button.click()
    assert till.view.cart_model.rowCount() == 1
    qtbot.mouseClick(till.view.cancel_button, Qt.MouseButton.LeftButton)
    confirm = till.controller.sale_actions.confirm_dialog
    qtbot.waitUntil(confirm.isActiveWindow)
    confirm.reasons.item(1).setSelected(True)  # a touch on the second reason
    confirm.yes_button.click()
    assert till.view.cart_model.rowCount() == 0
    assert count(till.db, JournalEntry) == before + 1
    assert "cancelled" in till.view.banner.text
    with till.db.read() as s:
        entry = s.scalars(select(JournalEntry).order_by(JournalEntry.seq.desc())).first()
        assert entry.kind == "sale.cancelled"
        assert entry.payload["reason"] == confirm.reasons.item(1).text().partition("  ")[2]


def test_enter_on_cancel_this_sale_goes_back(qtbot, till) -> None:
    """Issue 14, defect 7: a scanner's trailing Enter must not destroy the sale."""
    scan(qtbot, till, SOAP)
    scan(qtbot, till, BREAD)
    qtbot.mouseClick(till.view.cancel_button, Qt.MouseButton.LeftButton)
    confirm = till.controller.sale_actions.confirm_dialog
    qtbot.waitUntil(confirm.isActiveWindow)
    type_keys(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not confirm.isVisible())
    assert till.view.cart_model.rowCount() == 2
    assert count(till.db, JournalEntry) == 0
    # With a reason chosen, Enter still goes back; F12 cancels.
    qtbot.mouseClick(till.view.cancel_button, Qt.MouseButton.LeftButton)
    confirm = till.controller.sale_actions.confirm_dialog
    qtbot.waitUntil(confirm.isActiveWindow)
    type_keys(qtbot, Qt.Key.Key_F12)  # no reason yet: nothing happens
    assert confirm.isVisible() and till.view.cart_model.rowCount() == 2
    assert "reason" in confirm.error.text().lower()
    type_keys(qtbot, "1", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not confirm.isVisible())
    assert till.view.cart_model.rowCount() == 2
    qtbot.mouseClick(till.view.cancel_button, Qt.MouseButton.LeftButton)
    confirm = till.controller.sale_actions.confirm_dialog
    qtbot.waitUntil(confirm.isActiveWindow)
    type_keys(qtbot, "1", Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: till.view.cart_model.rowCount() == 0)
    assert count(till.db, JournalEntry) == 1


def test_buttons_follow_the_cart(qtbot, till) -> None:
    assert not till.view.pay_button.isEnabled()
    scan(qtbot, till, SOAP)
    assert till.view.pay_button.isEnabled() and till.view.void_button.isEnabled()
    qtbot.mouseClick(till.view.void_button, Qt.MouseButton.LeftButton)
    assert not till.view.pay_button.isEnabled()


def test_a_till_started_again_shows_the_open_sale_with_its_tenders(qtbot, till, tmp_path) -> None:
    """Issue 14, defect 2: nothing waits for a clean close; the next start has the sale back."""
    scan(qtbot, till, SOAP)
    scan(qtbot, till, BREAD)  # 3.99 + 0.33 + 4.50 + 0.09 = 8.91
    ctl = open_payment(qtbot, till)
    ctl.dialog.amount.setText("5.00")
    qtbot.keyClick(ctl.dialog.amount, Qt.Key.Key_Return)  # 5.00 cash of 8.91 taken
    assert ctl.payment.paid_minor == 500
    assert count(till.db, ParkedSale) == 0  # kept as the open sale, not parked

    again = _make_till(qtbot, till.db, with_printer=True, tmp=tmp_path / "again")  # a restart
    assert again.view.cart_model.rowCount() == 2
    assert "is back" in again.view.banner.text and "5.00" in again.view.banner.text
    ctl = open_payment(qtbot, again)
    assert ctl.payment.remaining_minor == 391 and ctl.dialog.amount.text() == "3.91"
    with qtbot.waitSignal(again.controller.sale_completed):
        qtbot.keyClick(ctl.dialog.amount, Qt.Key.Key_Return)
    [sale] = sales(till.db)
    assert [t.amount_minor for t in sale.tenders] == [500, 391]
    assert again.svc.open_sale() is None


def test_an_empty_till_started_again_shows_an_empty_sale(qtbot, till, tmp_path) -> None:
    again = _make_till(qtbot, till.db, with_printer=True, tmp=tmp_path / "again")
    assert again.view.cart_model.rowCount() == 0 and "is back" not in again.view.banner.text
    assert count(till.db, ParkedSale) == 0
