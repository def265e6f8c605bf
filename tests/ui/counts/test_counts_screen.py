"""The Counts screen (Alt+5) and the Stock screen (Alt+6) in the real till window: the
scanner-only path of a count, a blind count approved by a manager's PIN after a recount, the
look-up card from the Sell screen's Ctrl+L, an adjustment, receiving a delivery."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from omnipos.db.deliveries import store_delivery
from omnipos.db.engine import Database
from omnipos.db.stock import set_hub_level, till_level
from omnipos.domain.pins import FAST_FOR_TESTS
from omnipos.services.counts import CountService
from omnipos.services.selling import CheckoutService
from omnipos.services.shifts import ShiftService
from omnipos.services.staff import StaffService
from omnipos.services.stock import StockService
from omnipos.ui.app import TillUI, create_till
from omnipos.ui.common.tasks import SyncTaskRunner
from omnipos.ui.counts.counts_controller import Mode
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from omnipos.ui.shell.keymap import ScreenId
from omnipos.ui.shell.scanning import ScanRouter
from tests.ui.conftest import SOAP, FakeQueue, show_window

ALT = Qt.KeyboardModifier.AltModifier


@dataclass
class Store:
    ui: TillUI
    db: Database
    router: ScanRouter
    queue: FakeQueue
    counts: CountService

    def scan(self, code: str) -> None:
        self.router.route(code)

    def key(self, qtbot: Any, key: Qt.Key,
            mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        qtbot.keyClick(self.ui.window.focusWidget() or self.ui.window, key, mods)


def _store(qtbot: Any, db: Database, tmp_path: Path, staff: StaffService | None) -> Store:
    with db.transaction() as s:
        set_hub_level(s, "SOAP", "6", None)
        set_hub_level(s, "MILK", "2", None)
    queues: list[FakeQueue] = []

    def factory(uri: str, profile: Any, *, on_update: Any) -> FakeQueue:
        queues.append(FakeQueue(uri, profile, on_update))
        return queues[-1]

    printer = ReceiptPrinter("file:///dev/null", queue_factory=factory)
    router = ScanRouter()
    counts = CountService(db)
    ui = create_till(CheckoutService(db), SyncTaskRunner(), printer, data_dir=str(tmp_path),
                     scanner=router, staff=staff, shifts=ShiftService(db) if staff else None,
                     counts=lambda: counts, stock=lambda: StockService(db))
    show_window(qtbot, ui.window)
    return Store(ui, db, router, queues[0], counts)


@pytest.fixture
def shop(qtbot: Any, db: Database, tmp_path: Path) -> Store:
    return _store(qtbot, db, tmp_path, None)


def test_the_scanner_alone_counts_reviews_and_submits(qtbot, shop) -> None:
    first = shop.counts.start(skus=["SOAP", "MILK"])
    shop.key(qtbot, Qt.Key.Key_5, ALT)
    screen = shop.ui.counts
    assert screen is not None and shop.ui.window.current_screen is screen
    assert [s.number for s in screen.sessions] == [first.number]
    shop.key(qtbot, Qt.Key.Key_Return)  # opens the selected (next due) count
    assert screen.mode is Mode.COUNTING
    for _ in range(5):
        shop.scan(SOAP)
    assert screen.view.last.text() == "Lavender soap bar: 5 counted"
    assert screen.view.progress.format() == "1 of 2 items counted"
    shop.key(qtbot, Qt.Key.Key_F12)  # review
    assert screen.mode is Mode.REVIEW and screen.review is not None
    lines = {ln.sku: ln for ln in screen.review.lines}
    assert (lines["SOAP"].variance, lines["MILK"].variance) == (-1, -2)
    shop.key(qtbot, Qt.Key.Key_F12)  # submit: a store without staff needs no PIN
    assert screen.mode is Mode.LIST and "approved and sent" in screen.view.banner.label.text()
    with shop.db.read() as s:
        assert till_level(s, "SOAP") == 5 and till_level(s, "MILK") == 0


def test_a_scan_on_the_list_opens_the_next_due_count_and_counts_it(qtbot, shop) -> None:
    shop.counts.start(skus=["SOAP"])
    shop.key(qtbot, Qt.Key.Key_5, ALT)
    shop.scan(SOAP)
    screen = shop.ui.counts
    assert screen.mode is Mode.COUNTING
    assert screen.view.lines_model.line_of("SOAP").counted == "1"  # type: ignore[union-attr]
    shop.scan("2000000000008")  # unknown: kept, and said so
    assert "Unknown code 2000000000008" in screen.view.last.text()
    shop.key(qtbot, Qt.Key.Key_Escape)  # back to the list: nothing lost
    assert screen.mode is Mode.LIST
    shop.key(qtbot, Qt.Key.Key_Return)
    assert screen.view.lines_model.line_of("SOAP").counted == "1"  # type: ignore[union-attr]


def test_blind_for_the_cashier_recount_then_a_managers_pin(qtbot, db, tmp_path) -> None:
    staff = StaffService(db, hasher=FAST_FOR_TESTS)
    staff.add_staff("1", "Cam Cashier", "cashier", "2468", command_line=True)
    staff.add_staff("9", "Mia Manager", "manager", "9753", command_line=True)
    shop = _store(qtbot, db, tmp_path, staff)
    manager = staff.login("9753")
    shop.counts.start(skus=["SOAP"], actor=manager)
    login = shop.ui.login
    assert login is not None
    login.start()
    qtbot.keyClicks(login.screen.pinpad.field, "2468")
    qtbot.keyClick(login.screen.pinpad.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not shop.ui.window.locked)
    shop.key(qtbot, Qt.Key.Key_5, ALT)
    shop.key(qtbot, Qt.Key.Key_Return)
    screen = shop.ui.counts
    assert not screen.view.lines.isColumnHidden(1) and screen.view.lines.isColumnHidden(3)
    for _ in range(2):
        shop.scan(SOAP)
    shop.key(qtbot, Qt.Key.Key_F12)
    assert screen.view.review.isColumnHidden(3)  # expected: hidden from the cashier
    [soap] = screen.review.lines
    assert soap.flagged and soap.expected is None
    shop.key(qtbot, Qt.Key.Key_F5)  # recount the selected line
    assert screen.mode is Mode.COUNTING and "Recount" in screen.view.last.text()
    for _ in range(6):
        shop.scan(SOAP)
    shop.key(qtbot, Qt.Key.Key_F12)
    [soap] = screen.review.lines
    assert soap.recounted and not soap.flagged
    shop.key(qtbot, Qt.Key.Key_F12)  # submit: the cashier may not approve
    approvals = shop.ui.approvals
    assert approvals is not None
    qtbot.waitUntil(lambda: approvals.dialog is not None and approvals.dialog.isVisible())
    qtbot.keyClicks(approvals.dialog.pinpad.field, "9753")
    qtbot.keyClick(approvals.dialog.pinpad.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.mode is Mode.LIST)
    with db.read() as s:
        assert till_level(s, "SOAP") == 6


def test_ctrl_l_on_sell_shows_the_card_and_f4_adjusts(qtbot, shop) -> None:
    shop.scan(SOAP)  # on the Sell screen: a line
    shop.key(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    stock = shop.ui.stock
    assert stock is not None and shop.ui.window.current_screen is stock
    assert stock.card is not None and stock.card.product.sku == "SOAP"
    assert stock.view.card.figures["on_hand"].text() == "6"
    shop.key(qtbot, Qt.Key.Key_F4)
    dialog = stock.dialog
    dialog.quantity.setText("2")
    dialog.reason.setCurrentIndex(0)  # damaged
    dialog.note.setText("dropped")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert stock.view.card.figures["on_hand"].text() == "4"
    assert "2 damaged" in stock.view.card.figures["held"].text()


def test_receiving_a_delivery_by_scanning(qtbot, shop) -> None:
    from datetime import UTC, datetime

    with shop.db.transaction() as s:
        store_delivery(s, {"delivery_id": "6b3c54a2-0000-4000-8000-000000000009",
                           "number": "D00009", "kind": "supplier", "source": "Acme",
                           "lines": [{"sku": "SOAP", "expected": "2"}]}, datetime.now(UTC))
    shop.key(qtbot, Qt.Key.Key_6, ALT)
    shop.key(qtbot, Qt.Key.Key_F5)
    stock = shop.ui.stock
    shop.key(qtbot, Qt.Key.Key_F12)  # open the selected delivery
    shop.scan(SOAP)
    shop.scan(SOAP)
    shop.scan(SOAP)
    assert stock.view.receiving_model.row_at(0).over_short == Decimal(1)
    assert "more than expected" in stock.view.banner.label.text()
    shop.key(qtbot, Qt.Key.Key_F12)  # book it in
    assert "booked in" in stock.view.banner.label.text()
    with shop.db.read() as s:
        assert till_level(s, "SOAP") == 9
    assert shop.ui.window.screen(ScreenId.STOCK) is stock


def test_f8_on_the_card_orders_for_pickup_elsewhere_paid_here(qtbot, shop) -> None:
    from datetime import UTC, datetime

    from omnipos.db.models import OutboxEvent
    from omnipos.db.stock import set_elsewhere
    from omnipos.db.stores import DirectoryStore, upsert_store

    with shop.db.transaction() as s:
        upsert_store(s, DirectoryStore("S2", "Harbour", "", None, None, "", "UTC"),
                     datetime.now(UTC))
        set_elsewhere(s, "S2", "SOAP", "4", datetime.now(UTC))
    shop.key(qtbot, Qt.Key.Key_6, ALT)
    shop.scan(SOAP)
    stock = shop.ui.stock
    assert stock is not None and stock.card is not None
    shop.key(qtbot, Qt.Key.Key_F8)
    dialog = stock.aisle.dialog
    assert dialog is not None and dialog.where.currentData() == "S2"
    dialog.quantity.setText("2")
    dialog.name.setText("Ada Lovelace")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    payment = stock.aisle.payment
    assert payment is not None and payment.payment.total_minor > 0
    payment.dialog.amount.setText(f"{payment.payment.total_minor / 100 + 1:.2f}")
    qtbot.keyClick(payment.dialog.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "collect at S2 Harbour, paid" in stock.view.banner.label.text())
    with shop.db.read() as s:
        [order] = [e.payload for e in s.query(OutboxEvent) if e.type == "order.requested"]
    assert order["fulfilment"]["store"] == "S2" and order["lines"][0]["quantity"] == "2"
    assert shop.queue.submitted  # the receipt of the payment printed


def test_f8_takes_a_deposit_and_says_the_balance(qtbot, shop) -> None:
    from datetime import UTC, datetime

    from omnipos.db.models import OutboxEvent
    from omnipos.db.models.aisle import Deposit
    from omnipos.db.stock import set_elsewhere
    from omnipos.db.stores import DirectoryStore, upsert_store
    from omnipos.domain.deposits import AislePay

    with shop.db.transaction() as s:
        upsert_store(s, DirectoryStore("S2", "Harbour", "", None, None, "", "UTC"),
                     datetime.now(UTC))
        set_elsewhere(s, "S2", "SOAP", "4", datetime.now(UTC))
    shop.key(qtbot, Qt.Key.Key_6, ALT)
    shop.scan(SOAP)
    stock = shop.ui.stock
    shop.key(qtbot, Qt.Key.Key_F8)
    dialog = stock.aisle.dialog
    assert not dialog.deposit.isEnabled()  # only for a deposit
    dialog.pay.setCurrentIndex(dialog.pay.findData(AislePay.DEPOSIT.value))
    assert dialog.deposit.isEnabled() and "20%" in dialog.deposit.placeholderText()
    dialog.quantity.setText("2")
    dialog.name.setText("Ada Lovelace")
    dialog.deposit.setText("1.00")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    payment = stock.aisle.payment
    assert payment is not None and payment.payment.total_minor == 100
    assert "deposit" in payment.dialog.total_label.text()
    payment.dialog.amount.setText("1.00")
    qtbot.keyClick(payment.dialog.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "when collecting" in stock.view.banner.label.text())
    assert "deposit 1.00 USD paid, the balance of" in stock.view.banner.label.text()
    with shop.db.read() as s:
        assert [d.amount_minor for d in s.query(Deposit)] == [100]
        [order] = [e.payload for e in s.query(OutboxEvent) if e.type == "order.requested"]
    assert (order["paid"], order["paid_minor"]) == (False, 100)
    qtbot.waitUntil(lambda: stock.card is not None and stock.card.elsewhere[0].available == 2)
