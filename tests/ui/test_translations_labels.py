"""A Spanish till says the words the services and the rules build for a screen in Spanish:
the conditions and dispositions of the Parcels screen's choices and tables, a parcel set aside,
the stock adjustment's reasons, and what the manager-approval dialog says is being approved
(an adjustment: the item, the quantity and its reason). Real screens over real services; the
stored values stay the English codes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from omnipos.db.engine import Database
from omnipos.db.models import JournalEntry
from omnipos.db.models.returns import IntakeItem
from omnipos.db.settings import set_setting
from omnipos.db.stock import set_elsewhere, set_hub_level
from omnipos.db.stores import DirectoryStore, upsert_store
from omnipos.domain.pins import FAST_FOR_TESTS
from omnipos.services.parcels import ParcelService
from omnipos.services.selling import CheckoutService
from omnipos.services.shifts import ShiftService
from omnipos.services.staff import StaffService
from omnipos.services.stock import StockService
from omnipos.ui.app import create_till
from omnipos.ui.common import formatting
from omnipos.ui.common.choice_dialog import ChoiceDialog
from omnipos.ui.common.tasks import SyncTaskRunner
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from omnipos.ui.parcels import parcels_models
from omnipos.ui.shell.scanning import ScanRouter
from tests.ui.conftest import SOAP, show_window, type_keys

ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier


def _key(qtbot: Any, window: Any, key: Qt.Key, mods: Qt.KeyboardModifier = NONE) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, key, mods)


def test_parcels_says_conditions_dispositions_and_a_set_aside_parcel_in_spanish(
        qtbot: Any, spanish: None, db: Database, tmp_path: Path) -> None:
    router = ScanRouter()
    checkout = CheckoutService(db)
    ui = create_till(checkout, SyncTaskRunner(), ReceiptPrinter(None), data_dir=str(tmp_path),
                     scanner=router, parcels=lambda: ParcelService(db, checkout))
    show_window(qtbot, ui.window)
    _key(qtbot, ui.window, Qt.Key.Key_4, ALT)
    screen = ui.parcels
    assert screen is not None
    qtbot.waitUntil(screen.view.find_field.hasFocus)
    _key(qtbot, ui.window, Qt.Key.Key_F2)  # no label: set it aside with a note
    dialog = screen.dialog
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    type_keys(qtbot, "caja sin etiqueta", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert screen.view.title.text() == "paquete apartado"
    assert screen.view.facts.text().startswith("empezado ")
    qtbot.waitUntil(screen.view.find_field.hasFocus)
    _key(qtbot, ui.window, Qt.Key.Key_F4)  # it returns a web order after all
    match = screen.dialog
    qtbot.waitUntil(lambda: match.isAncestorOf(QApplication.focusWidget()))
    type_keys(qtbot, "W-1001", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not match.isVisible())
    assert screen.view.title.text() == "paquete de pedido web W-1001"
    assert screen.view.facts.text().startswith("devuelve pedido web W-1001  ·  empezado ")
    router.route(SOAP)
    qtbot.waitUntil(lambda: screen.intake is not None and len(screen.intake.items) == 1)
    qtbot.waitUntil(screen.view.find_field.hasFocus)
    _key(qtbot, ui.window, Qt.Key.Key_F5)  # its condition
    choice = screen.dialog
    assert isinstance(choice, ChoiceDialog)
    shown = [choice.options.item(i).text() for i in range(choice.options.count())]
    assert shown == ["1   nuevo", "2   abierto", "3   dañado", "4   defectuoso",
                     "5   otro artículo"]
    qtbot.waitUntil(lambda: choice.isAncestorOf(QApplication.focusWidget()))
    type_keys(qtbot, "3")  # damaged
    qtbot.waitUntil(lambda: not choice.isVisible())
    qtbot.waitUntil(screen.view.find_field.hasFocus)
    _key(qtbot, ui.window, Qt.Key.Key_F6)  # where it goes
    goes = screen.dialog
    assert isinstance(goes, ChoiceDialog)
    shown = [goes.options.item(i).text() for i in range(goes.options.count())]
    assert shown == ["1   volver a la venta", "2   dañado", "3   control de calidad",
                     "4   devolver al proveedor", "5   desechar", "6   no se repone"]
    qtbot.waitUntil(lambda: goes.isAncestorOf(QApplication.focusWidget()))
    type_keys(qtbot, "3")  # quality control
    qtbot.waitUntil(lambda: not goes.isVisible())
    found = screen.view.found_model
    assert found.index(0, parcels_models.ITEM_CONDITION).data() == "dañado"
    assert found.index(0, parcels_models.ITEM_DISPOSITION).data() == "control de calidad"
    with db.read() as s:  # what is stored (and sent) stays the codes
        [item] = s.scalars(select(IntakeItem))
        assert (item.condition, item.disposition) == ("damaged", "quality_control")


def test_stock_reasons_and_the_approval_of_an_adjustment_in_spanish(
        qtbot: Any, spanish: None, db: Database, tmp_path: Path) -> None:
    staff = StaffService(db, hasher=FAST_FOR_TESTS)
    staff.add_staff("1", "Cam Cashier", "cashier", "2468", command_line=True)
    staff.add_staff("9", "Mia Manager", "manager", "9753", command_line=True)
    with db.transaction() as s:
        set_hub_level(s, "SOAP", "6", None)
    router = ScanRouter()
    ui = create_till(CheckoutService(db), SyncTaskRunner(), ReceiptPrinter(None),
                     data_dir=str(tmp_path), scanner=router, staff=staff,
                     shifts=ShiftService(db), stock=lambda: StockService(db))
    show_window(qtbot, ui.window)
    login = ui.login
    assert login is not None
    login.start()
    qtbot.keyClicks(login.screen.pinpad.field, "2468")
    qtbot.keyClick(login.screen.pinpad.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not ui.window.locked)
    _key(qtbot, ui.window, Qt.Key.Key_6, ALT)
    stock = ui.stock
    assert stock is not None
    router.route(SOAP)
    qtbot.waitUntil(lambda: stock.card is not None)
    _key(qtbot, ui.window, Qt.Key.Key_F4)
    dialog = stock.dialog
    reasons = [dialog.reason.itemText(i) for i in range(dialog.reason.count())]
    assert reasons[:3] == ["Dañado (-)", "Robo (-)", "Encontrado (+)"]
    dialog.quantity.setText("2")
    dialog.reason.setCurrentIndex(0)  # damaged
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    approvals = ui.approvals
    assert approvals is not None
    qtbot.waitUntil(lambda: approvals.dialog is not None and approvals.dialog.isVisible())
    detail = approvals.dialog.detail.text()
    assert detail == ("Cam Cashier (#1) no puede ajustar el stock (Lavender soap bar: 2, "
                      "Dañado): debe autorizarlo un encargado")
    qtbot.keyClicks(approvals.dialog.pinpad.field, "9753")
    qtbot.keyClick(approvals.dialog.pinpad.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "dañado" in stock.view.banner.text)
    assert stock.view.banner.text.startswith("Lavender soap bar: 2 dañado")


def test_the_endless_aisle_says_where_the_order_goes_in_spanish(
        qtbot: Any, spanish: None, db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        set_hub_level(s, "SOAP", "6", None)
        upsert_store(s, DirectoryStore("S2", "Harbour", "", None, None, "", "UTC"),
                     datetime.now(UTC))
        set_elsewhere(s, "S2", "SOAP", "4", datetime.now(UTC))
    router = ScanRouter()
    ui = create_till(CheckoutService(db), SyncTaskRunner(), ReceiptPrinter(None),
                     data_dir=str(tmp_path), scanner=router, stock=lambda: StockService(db))
    show_window(qtbot, ui.window)
    _key(qtbot, ui.window, Qt.Key.Key_6, ALT)
    router.route(SOAP)
    stock = ui.stock
    assert stock is not None
    qtbot.waitUntil(lambda: stock.card is not None)
    _key(qtbot, ui.window, Qt.Key.Key_F8)
    dialog = stock.aisle.dialog
    assert dialog is not None and dialog.where.currentData() == "S2"
    dialog.quantity.setText("2")
    dialog.name.setText("Ada Lovelace")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    payment = stock.aisle.payment
    assert payment is not None
    due = payment.payment.total_minor
    payment.dialog.amount.setText(formatting.amount_input(due + 100, payment.payment.currency))
    qtbot.keyClick(payment.dialog.amount, Qt.Key.Key_Return)
    banner = stock.view.banner
    qtbot.waitUntil(lambda: "Ada Lovelace" in banner.text)
    assert ": recoger en S2 Harbour, pagado. " in banner.text
    with db.read() as s:  # the journal keeps the English
        [entry] = [e for e in s.scalars(select(JournalEntry)) if e.kind == "aisle.ordered"]
        assert entry.payload["where"] == "collect at S2 Harbour"


def test_a_discount_over_the_limit_asks_a_manager_in_spanish(
        qtbot: Any, spanish: None, db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        set_setting(s, "store.discount_limit_pct", 10)
    staff = StaffService(db, hasher=FAST_FOR_TESTS)
    staff.add_staff("1", "Cam Cashier", "cashier", "2468", command_line=True)
    ui = create_till(CheckoutService(db), SyncTaskRunner(), ReceiptPrinter(None),
                     data_dir=str(tmp_path), staff=staff, shifts=ShiftService(db))
    ctl = ui.sell
    show_window(qtbot, ui.window)
    assert ui.login is not None and ui.approvals is not None
    ui.login.start()
    qtbot.keyClicks(ui.login.screen.pinpad.field, "2468")
    qtbot.keyClick(ui.login.screen.pinpad.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not ui.window.locked)
    ctl.scan(SOAP)
    ctl.sale_actions.open_line_discount()
    dialog = ctl.sale_actions.discount_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.field, "50")  # percent off the line: over the 10 % limit
    dialog.ok_button.click()
    approval = ui.approvals.dialog
    assert approval is not None and approval.isVisible()
    assert approval.detail.text().endswith(
        "(Lavender soap bar con un 50.0 % de descuento, por encima del límite del 10 %): debe "
        "autorizarlo un encargado")
