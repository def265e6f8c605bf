"""The shell: one window, screens switched by Alt+N, F1 keys, the sign-in layer, focus."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from omnipos.domain.pins import FAST_FOR_TESTS
from omnipos.services.selling import CheckoutService
from omnipos.services.shifts import ShiftService
from omnipos.services.staff import StaffService
from omnipos.services.sync import SyncService
from omnipos.ui.app import TillUI, create_till
from omnipos.ui.common.tasks import SyncTaskRunner
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from omnipos.ui.shell.keymap import ScreenId
from omnipos.ui.sync.sync_controller import SyncController, attach_sync
from tests.ui.conftest import MILK_UPC, SOAP, answer_receipt, show_window

ALT = Qt.KeyboardModifier.AltModifier


def _till(qtbot: Any, db: Any, tmp_path: Path, *,
          staffed: bool = False) -> tuple[TillUI, SyncController]:
    svc = CheckoutService(db)
    runner = SyncTaskRunner()
    extra: dict[str, Any] = {}
    if staffed:
        staff = StaffService(db, hasher=FAST_FOR_TESTS)
        staff.add_staff("1", "Cam Cashier", "cashier", "2468", command_line=True)
        extra = {"staff": staff, "shifts": ShiftService(db)}
    ui = create_till(svc, runner, ReceiptPrinter(None), data_dir=str(tmp_path), **extra)
    sync = attach_sync(ui.window, SyncService(db), runner, starter=lambda changed, progress: None,
                       reload_profile=svc.reload_profile)
    show_window(qtbot, ui.window)
    ui.sell.view.focus_scan()
    return ui, sync


def _scan(qtbot: Any, ui: TillUI, code: str) -> None:
    field = QApplication.focusWidget()
    assert field is ui.sell.view.scan_field, field
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_alt_8_and_alt_1_switch_screens_keep_the_sale_and_type_nothing(
        qtbot: Any, db: Any, tmp_path: Path) -> None:
    ui, sync = _till(qtbot, db, tmp_path)
    try:
        window, sell = ui.window, ui.sell
        assert [b.text() for b in window.tabs.buttons.values()] == ["Sell   Alt+1", "Sync   Alt+8"]
        _scan(qtbot, ui, SOAP)
        qtbot.keyClick(sell.view.scan_field, Qt.Key.Key_8, ALT)
        assert window.current_screen is sync and sync.view.isVisible()
        assert QApplication.focusWidget() is sync.focus_widget()  # the keyboard went along
        assert sync.view.isAncestorOf(sync.focus_widget()) or sync.focus_widget() is sync.view
        qtbot.keyClick(sync.focus_widget(), Qt.Key.Key_1, ALT)
        assert window.current_screen is sell
        assert QApplication.focusWidget() is sell.view.scan_field
        assert sell.view.scan_field.text() == ""  # neither "8" nor "1" was typed
        for missing in (Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_7):  # screens still to come
            qtbot.keyClick(sell.view.scan_field, missing, ALT)
        assert window.current_screen is sell and sell.view.scan_field.text() == ""
        _scan(qtbot, ui, MILK_UPC)
        assert sell.cart_view is not None
        names = [line.name for line in sell.cart_view.lines]
        assert names == ["Lavender soap bar", "Whole milk 1 l"]
        qtbot.keyClick(sell.view.scan_field, Qt.Key.Key_F10)  # the old console key shows Sync
        assert window.current_screen is sync
        qtbot.keyClick(sync.focus_widget(), Qt.Key.Key_Escape)  # Esc backs out to Sell
        assert window.current_screen is sell and len(sell.cart_view.lines) == 2
        window.tabs.buttons[ScreenId.SYNC].click()  # touch
        assert window.current_screen is sync
    finally:
        sync.stop()


def test_a_scan_goes_to_the_screen_that_is_shown(qtbot: Any, db: Any, tmp_path: Path) -> None:
    from omnipos.ui.shell.scanning import ScanRouter

    ui, sync = _till(qtbot, db, tmp_path)
    try:
        router = ScanRouter()
        ui.window.attach_scanner(router)
        ui.window.show_screen(ScreenId.SYNC)
        router.route(SOAP)
        assert ui.sell.cart_view is not None and ui.sell.cart_view.is_empty
        assert SOAP in sync.view.notice.text() and "Alt+1" in sync.view.notice.text()
        ui.window.show_screen(ScreenId.SELL)
        router.route(SOAP)
        assert len(ui.sell.cart_view.lines) == 1
    finally:
        sync.stop()


def test_f1_lists_the_keys_of_the_shown_screen_inside_the_window(
        qtbot: Any, db: Any, tmp_path: Path) -> None:
    ui, sync = _till(qtbot, db, tmp_path)
    try:
        field = ui.sell.view.scan_field
        qtbot.keyClick(field, Qt.Key.Key_F1)
        keys = ui.window.key_list
        assert keys.isVisible() and keys.window() is ui.window  # a card in the window
        assert ("F2", "Find a product") in keys.rows
        assert any(k == "F12" and label.startswith("Finish") for k, label in keys.rows)
        assert any(k == "Alt+8 or F10" for k, _ in keys.rows)
        assert not any("Pickups" in label for _, label in keys.rows)
        assert field.hasFocus()
        qtbot.keyClick(field, Qt.Key.Key_Escape)
        assert not keys.isVisible() and field.hasFocus()
        qtbot.keyClick(field, Qt.Key.Key_8, ALT)
        qtbot.keyClick(sync.focus_widget(), Qt.Key.Key_F1)
        assert keys.isVisible() and keys.title.text() == "Keys on the Sync screen"
        assert not any(label == "Find a product" for _, label in keys.rows)
    finally:
        sync.stop()


def test_f12_completes_what_the_screen_is_for(qtbot: Any, db: Any, tmp_path: Path) -> None:
    ui, sync = _till(qtbot, db, tmp_path)
    try:
        _scan(qtbot, ui, SOAP)
        qtbot.keyClick(ui.sell.view.scan_field, Qt.Key.Key_F12)
        assert ui.sell.checkout.payment is not None and ui.sell.checkout.payment.dialog.isVisible()
        with qtbot.waitSignal(ui.sell.sale_completed):
            qtbot.keyClick(ui.sell.checkout.payment.dialog.amount, Qt.Key.Key_Return)
        answer_receipt(qtbot, ui.sell)  # the receipt: Enter, the store's default
        qtbot.waitUntil(ui.sell.view.scan_field.hasFocus)  # back in the scan field
        ui.window.show_screen(ScreenId.SYNC)
        qtbot.keyClick(sync.focus_widget(), Qt.Key.Key_F12)
        assert sync.view.error.text() == "Sync is not running on this till."  # not enrolled
    finally:
        sync.stop()


def test_lock_is_a_layer_and_a_dialog_open_before_it_comes_back(
        qtbot: Any, db: Any, tmp_path: Path) -> None:
    ui, sync = _till(qtbot, db, tmp_path, staffed=True)
    try:
        login, window, sell = ui.login, ui.window, ui.sell
        assert login is not None
        login.start()
        assert login.locked and login.screen.window() is window  # no window of its own
        pin = login.screen.pinpad.field
        assert QApplication.focusWidget() is pin
        qtbot.keyClick(pin, Qt.Key.Key_8, ALT)  # no screen switch, no key works while locked
        qtbot.keyClick(pin, Qt.Key.Key_F1)
        assert window.current_screen is sell and not window.key_list.isVisible()
        qtbot.keyClicks(pin, "2468")
        qtbot.keyClick(pin, Qt.Key.Key_Return)
        assert not login.locked, login.screen.error.text()
        assert QApplication.focusWidget() is sell.view.scan_field
        _scan(qtbot, ui, SOAP)
        qtbot.keyClick(sell.view.scan_field, Qt.Key.Key_F4)
        dialog = sell.sale_actions.quantity_dialog
        assert dialog is not None and dialog.isVisible()
        login.lock()  # the idle lock, while the dialog is open
        assert login.locked and not dialog.isVisible()
        assert QApplication.focusWidget() is login.screen.pinpad.field
        qtbot.keyClicks(login.screen.pinpad.field, "2468")
        qtbot.keyClick(login.screen.pinpad.field, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.isModal()  # back as it was
        qtbot.waitUntil(dialog.field.hasFocus)
        qtbot.keyClick(dialog.field, Qt.Key.Key_Escape)
        qtbot.waitUntil(sell.view.scan_field.hasFocus)  # a dialog closing gives it back
        assert window.status.cashier_label.text() == "Cashier: Cam Cashier (#1)"
    finally:
        sync.stop()


def test_screens_other_than_sell_are_built_on_their_first_alt_key(
        qtbot: Any, db: Any, tmp_path: Path) -> None:
    """The window paints with Sell only; Stock (Alt+6) is built when first shown, once."""
    from omnipos.services.stock import StockService

    asked: list[StockService] = []

    def stock_service() -> StockService:
        asked.append(StockService(db))
        return asked[-1]

    svc = CheckoutService(db)
    ui = create_till(svc, SyncTaskRunner(), ReceiptPrinter(None), data_dir=str(tmp_path),
                     stock=stock_service)
    window, sell = ui.window, ui.sell
    show_window(qtbot, window)
    sell.view.focus_scan()
    assert window.screens == [ScreenId.SELL, ScreenId.STOCK]  # its tab and Alt key are there
    assert "Stock   Alt+6" in [b.text() for b in window.tabs.buttons.values()]
    assert window.built(ScreenId.STOCK) is None and asked == []  # but nothing of it is built
    built: list[ScreenId] = []
    window.screen_built.connect(lambda sid, _screen: built.append(sid))

    qtbot.keyClick(sell.view.scan_field, Qt.Key.Key_6, ALT)
    stock = window.built(ScreenId.STOCK)
    assert stock is not None and window.current_screen is stock
    assert built == [ScreenId.STOCK] and len(asked) == 1
    assert QApplication.focusWidget() is stock.focus_widget()
    assert ui.stock is stock
    qtbot.keyClick(stock.focus_widget(), Qt.Key.Key_F2)  # the screen's own key reaches it
    assert ui.stock.search is not None
    qtbot.waitUntil(ui.stock.search.dialog.isVisible)
    ui.stock.search.dialog.reject()

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, ALT)
    assert window.current_screen is sell
    qtbot.keyClick(sell.view.scan_field, Qt.Key.Key_6, ALT)
    assert window.current_screen is stock and built == [ScreenId.STOCK] and len(asked) == 1
