"""The Pickups screen (Alt+2) in the real till window: the scanner-only path, notices, picking,
handover with payment or an ID check, shipping, the queue's tabs."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from omnipos.db.engine import Database
from omnipos.devices.documents import PickList, PickupHandover
from omnipos.domain.picking import Step
from omnipos.domain.receipt import SaleReceipt
from omnipos.services.pickups import PickupService, QueueFilter
from omnipos.services.selling import CheckoutService
from omnipos.ui.app import TillUI, create_till
from omnipos.ui.common.tasks import SyncTaskRunner
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from omnipos.ui.pickups.pickup_dialogs import IdCheckDialog, RejectDialog, ShipDialog
from omnipos.ui.shell.keymap import ScreenId
from omnipos.ui.shell.scanning import ScanRouter
from tests.support.pickups import outbox, pull, record
from tests.ui.conftest import SOAP, FakeQueue, show_window

CODE = "K7XP2Q9M"


@dataclass
class Shop:
    ui: TillUI
    db: Database
    router: ScanRouter
    queue: FakeQueue

    @property
    def screen(self) -> Any:
        assert self.ui.pickups is not None
        return self.ui.pickups

    def scan(self, code: str) -> None:
        self.router.route(code)

    def key(self, qtbot: Any, key: Qt.Key,
            mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        qtbot.keyClick(self.ui.window.focusWidget() or self.ui.window, key, mods)

    def printed(self, kind: type) -> list[Any]:
        return [doc for doc, _kick in self.queue.submitted if isinstance(doc, kind)]


@pytest.fixture
def shop(qtbot: Any, db: Database, tmp_path: Path) -> Shop:
    queues: list[FakeQueue] = []

    def factory(uri: str, profile: Any, *, on_update: Any) -> FakeQueue:
        queues.append(FakeQueue(uri, profile, on_update))
        return queues[-1]

    printer = ReceiptPrinter("file:///dev/null", queue_factory=factory)
    router = ScanRouter()
    ui = create_till(CheckoutService(db), SyncTaskRunner(), printer, data_dir=str(tmp_path),
                     scanner=router, pickups=lambda: PickupService(db))
    show_window(qtbot, ui.window)
    return Shop(ui, db, router, queues[0])


def test_the_scanner_alone_picks_readies_and_hands_over(qtbot, shop) -> None:
    pull(shop.db, record("W-1", lines=[("SOAP", "2")], code=CODE))
    shop.key(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert shop.ui.window.current_screen is shop.screen
    shop.scan(CODE)  # the order opens at its current step
    assert shop.screen.detail.order_number == "W-1" and shop.screen.detail.step is Step.PICK
    shop.scan(SOAP)
    shop.scan(SOAP)
    assert shop.screen.detail.left == 0
    shop.key(qtbot, Qt.Key.Key_F12)  # ready
    d = shop.screen.detail
    assert d.step is Step.HANDOVER and d.waiting
    assert "Waiting for the hub" in shop.screen.view.order.hub.text()
    shop.scan(CODE)  # later: the code again opens it for handover and verifies
    assert shop.screen.verified_code == CODE
    assert "pickup code matches" in shop.screen.view.order.verified.text()
    shop.key(qtbot, Qt.Key.Key_F12)  # handed over
    assert shop.screen.detail is None
    (receipt,) = shop.printed(PickupHandover)
    assert receipt.order_no == "W-1" and receipt.verified_by == "pickup code"
    assert [e.payload["verification"] for e in outbox(shop.db, "pickup.handed_over")] == ["code"]
    assert "handed over to Ada Lovelace" in shop.screen.view.banner.text
    assert shop.screen.view.queue_model.rowCount() == 0


def test_a_new_order_is_a_notice_on_every_screen(qtbot, shop) -> None:
    assert shop.ui.window.current_screen.screen_id is ScreenId.SELL
    pull(shop.db, record("W-9", customer="Grace Hopper"))
    shop.screen.poll()
    notice = shop.ui.window.notice
    assert notice.isVisible() and "New pickup order W-9 for Grace Hopper" in notice.text
    shop.key(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert notice.isVisible()  # the same notice, above the Pickups screen
    assert shop.screen.view.queue_model.rowCount() == 1


def test_a_wrong_item_or_one_too_many_is_refused_plainly(qtbot, shop) -> None:
    pull(shop.db, record("W-2", lines=[("SOAP", "1")], code=CODE))
    shop.ui.window.show_screen(ScreenId.PICKUPS)
    shop.scan(CODE)
    shop.scan("036000291452")  # milk
    assert "is not on this order: put it back" in shop.screen.view.banner.text
    shop.scan(SOAP)
    shop.scan(SOAP)
    assert shop.screen.view.banner.text.startswith("One too many: the order takes 1 of")
    assert shop.screen.detail.lines[0].pick.picked == 1
    shop.scan("NOSUCH-42")  # a code nobody knows
    assert shop.screen.view.banner.text == "No order, parcel or item for “NOSUCH-42”"


def test_reject_a_line_then_ready(qtbot, shop) -> None:
    pull(shop.db, record("W-3", lines=[("SOAP", "1"), ("MILK", "2")], code=CODE))
    shop.ui.window.show_screen(ScreenId.PICKUPS)
    shop.scan(CODE)
    shop.scan(SOAP)
    shop.key(qtbot, Qt.Key.Key_Down)  # the milk line
    shop.key(qtbot, Qt.Key.Key_F5)
    dialog = shop.screen.dialog
    assert isinstance(dialog, RejectDialog) and dialog.quantity.text() == "2"
    dialog.note.setText("empty shelf")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert shop.screen.detail.lines[1].rejected == 2
    assert outbox(shop.db, "pickup.rejected")[0].payload["lines"][0]["reason"] == "not_found"
    shop.key(qtbot, Qt.Key.Key_F12)
    assert shop.screen.detail.step is Step.HANDOVER


def test_unpaid_order_with_an_id_check_pays_through_the_tender_flow(qtbot, shop) -> None:
    pull(shop.db, record("W-4", lines=[("SOAP", "1")], state="ready", version=3, paid=False,
                         total_minor=432))  # 3.99 + 8.25 % tax
    shop.ui.window.show_screen(ScreenId.PICKUPS)
    shop.screen.view.find_field.setText("lovelace")
    qtbot.keyClick(shop.screen.view.find_field, Qt.Key.Key_Return)  # typed name: one order
    assert shop.screen.detail.order_number == "W-4"
    assert "To pay at pickup: 4.32 USD" in shop.screen.view.order.money.text()
    shop.key(qtbot, Qt.Key.Key_F12)
    assert "Verify the customer first" in shop.screen.view.banner.text
    shop.key(qtbot, Qt.Key.Key_F4)
    dialog = shop.screen.dialog
    assert isinstance(dialog, IdCheckDialog) and dialog.name.text() == "Ada Lovelace"
    qtbot.keyClicks(dialog.last4, "4821")
    qtbot.keyClick(dialog.last4, Qt.Key.Key_Return)
    assert "driving licence ending 4821" in shop.screen.view.order.verified.text().lower()
    shop.key(qtbot, Qt.Key.Key_F12)
    payment = shop.screen.payment
    assert payment is not None and payment.payment.total_minor == 432
    payment.dialog.amount.setText("5.00")
    qtbot.keyClick(payment.dialog.amount, Qt.Key.Key_Return)
    assert shop.screen.detail is None
    (sale,) = shop.printed(SaleReceipt)
    assert sale.total_minor == 432 and sale.change_minor == 68
    (receipt,) = shop.printed(PickupHandover)
    assert "ID check" in receipt.verified_by
    event = outbox(shop.db, "pickup.handed_over")[0].payload
    assert event["verification"] == "id_check" and event["payment"]["amount_minor"] == 432


def test_ship_from_store_pick_pack_slip_and_tracking_scanned(qtbot, shop) -> None:
    pull(shop.db, record("W-5", kind="ship", lines=[("SOAP", "1")]))
    shop.ui.window.show_screen(ScreenId.PICKUPS)
    shop.scan("W-5")  # the order number opens it
    shop.key(qtbot, Qt.Key.Key_F6)
    assert shop.printed(PickList)[0].title == "PICK LIST"
    shop.scan(SOAP)
    shop.key(qtbot, Qt.Key.Key_F12)  # packed: the packing slip prints
    slips = [d for d in shop.printed(PickList) if d.title == "PACKING SLIP"]
    assert len(slips) == 1 and shop.screen.detail.step is Step.SHIP
    shop.key(qtbot, Qt.Key.Key_F12)
    dialog = shop.screen.dialog
    assert isinstance(dialog, ShipDialog)
    shop.scan("1Z999AA10123456784")  # the label, scanned into the dialog
    assert dialog.tracking.text() == "1Z999AA10123456784"
    qtbot.keyClick(dialog.tracking, Qt.Key.Key_Return)
    assert shop.screen.detail.step is Step.DONE
    assert outbox(shop.db, "shipment.sent")[0].payload["tracking"] == "1Z999AA10123456784"


def test_queue_tabs_count_and_page_keys_switch_them(qtbot, shop) -> None:
    pull(shop.db, record("W-6"), record("W-7", state="ready", version=2, code="ZZZZ2222"),
         record("W-8", state="cancelled", version=3, task="put_back", code="YYYY3333"))
    shop.ui.window.show_screen(ScreenId.PICKUPS)
    tabs = shop.screen.view.tabs
    assert tabs[QueueFilter.ALL].text().startswith("All 3")
    assert tabs[QueueFilter.NEW].text().startswith("New 1")
    assert tabs[QueueFilter.READY].text().startswith("Ready 1")
    assert tabs[QueueFilter.TASKS].text().startswith("Put back 1")
    shop.key(qtbot, Qt.Key.Key_PageDown)
    assert shop.screen.filter is QueueFilter.NEW
    assert shop.screen.view.queue_model.rowCount() == 1
    shop.key(qtbot, Qt.Key.Key_PageUp)
    shop.key(qtbot, Qt.Key.Key_PageUp)
    assert shop.screen.filter is QueueFilter.TASKS
    shop.key(qtbot, Qt.Key.Key_Return)  # opens the selected order
    assert shop.screen.detail.step is Step.PUT_BACK
    shop.key(qtbot, Qt.Key.Key_F12)
    assert outbox(shop.db, "pickup.put_back")
    shop.key(qtbot, Qt.Key.Key_Escape)
    assert shop.screen.detail is None


def test_the_card_stops_waiting_once_the_hub_answered(qtbot, shop) -> None:
    rec = record("W-10", lines=[("SOAP", "1")], code=CODE)
    pull(shop.db, rec)
    shop.ui.window.show_screen(ScreenId.PICKUPS)
    shop.scan(CODE)
    shop.scan(SOAP)
    shop.key(qtbot, Qt.Key.Key_F12)
    assert shop.screen.detail.waiting
    from tests.support.pickups import answer_all

    answer_all(shop.db, [(e.event_id, "applied", {"pickup_id": rec["pickup_id"],
                                                  "state": "ready", "version": 3}, "")
                         for e in outbox(shop.db)])
    shop.screen.poll()  # what a sync pass does
    assert not shop.screen.detail.waiting
    assert "Waiting for the hub" not in shop.screen.view.order.hub.text()
    qtbot.waitUntil(lambda: not shop.screen.queue.rows[0].waiting)


def test_a_deposit_taken_elsewhere_leaves_the_balance_and_a_cancel_pays_it_back(
        qtbot, shop) -> None:
    deposit = {**record("S002-T01-A00001", lines=[("SOAP", "1")], state="ready", version=3,
                        paid=False, total_minor=432), "deposit_minor": 100, "due_minor": 332}
    pull(shop.db, deposit)
    shop.ui.window.show_screen(ScreenId.PICKUPS)
    shop.screen.view.find_field.setText("lovelace")
    qtbot.keyClick(shop.screen.view.find_field, Qt.Key.Key_Return)
    money = shop.screen.view.order.money.text()
    assert money == "Balance 3.32 USD (deposit 1.00)"
    shop.key(qtbot, Qt.Key.Key_Escape)
    cancelled = {**deposit, "state": "cancelled", "version": 4, "due_minor": 0}
    pull(shop.db, cancelled)
    shop.ui.window.show_screen(ScreenId.PICKUPS)
    shop.screen.view.find_field.setText("lovelace")
    qtbot.keyClick(shop.screen.view.find_field, Qt.Key.Key_Return)
    assert shop.screen.detail is not None and shop.screen.detail.order_number == \
        "S002-T01-A00001"
    assert shop.screen.view.next_button.text() == "Refund the deposit  F12"
    shop.key(qtbot, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: "paid back in cash" in shop.screen.view.banner.text)
    [event] = outbox(shop.db, "order.deposit_refunded")
    assert event.payload["amount_minor"] == 100
