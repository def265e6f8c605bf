"""The Parcels screen (Alt+4) in the real till window: a mail return taken in with the scanner
alone (a damaged item graded with F5, a missing one), a parcel left open resumed when the
screen shows again, a parcel without its label set aside with a note."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from omnipos.db.engine import Database
from omnipos.db.models import OutboxEvent
from omnipos.db.stock import till_level
from omnipos.domain.returns import Condition, Disposition, rma_number
from omnipos.domain.stock import StockBucket
from omnipos.services.parcels import ParcelService
from omnipos.services.selling import CheckoutService
from omnipos.sync.appliers import apply_page
from omnipos.ui.app import TillUI, create_till
from omnipos.ui.common.choice_dialog import ChoiceDialog
from omnipos.ui.common.tasks import SyncTaskRunner
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from omnipos.ui.shell.scanning import ScanRouter
from tests.services.test_parcels import rma_change
from tests.ui.conftest import BREAD, MILK_UPC, SOAP, show_window, type_keys

ALT = Qt.KeyboardModifier.AltModifier


@dataclass
class Shop:
    ui: TillUI
    db: Database
    router: ScanRouter

    @property
    def screen(self) -> Any:
        assert self.ui.parcels is not None
        return self.ui.parcels

    def scan(self, code: str) -> None:
        self.router.route(code)

    def key(self, qtbot: Any, key: Qt.Key,
            mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        qtbot.keyClick(QApplication.focusWidget() or self.ui.window, key, mods)

    def received(self) -> list[dict[str, Any]]:
        with self.db.read() as s:
            return [e.payload for e in s.scalars(select(OutboxEvent).where(
                OutboxEvent.type == "mail_return.received"))]


def _shop(qtbot: Any, db: Database, tmp: Path) -> Shop:
    router = ScanRouter()
    checkout = CheckoutService(db)
    ui = create_till(checkout, SyncTaskRunner(), ReceiptPrinter(None), data_dir=str(tmp),
                     scanner=router, parcels=lambda: ParcelService(db, checkout))
    show_window(qtbot, ui.window)
    return Shop(ui, db, router)


@pytest.fixture
def shop(qtbot: Any, db: Database, tmp_path: Path) -> Shop:
    return _shop(qtbot, db, tmp_path)


def _pulled(db: Database, number: str) -> None:
    with db.transaction() as s:
        apply_page(s, [rma_change(number)])


def _grade(qtbot: Any, shop: Shop, key: Qt.Key, choice: int) -> None:
    """F5 or F6 on the selected item, then the digit of the ``choice``-th option."""
    qtbot.waitUntil(shop.screen.view.find_field.hasFocus)
    shop.key(qtbot, key)
    dialog = shop.screen.dialog
    assert isinstance(dialog, ChoiceDialog)
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    type_keys(qtbot, str(choice + 1))
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_scanner_alone_takes_a_parcel_in(qtbot, shop) -> None:
    number = rma_number(31)
    _pulled(shop.db, number)
    shop.key(qtbot, Qt.Key.Key_4, ALT)
    assert shop.ui.window.current_screen is shop.screen
    shop.scan(number)
    intake = shop.screen.intake
    assert intake is not None and intake.rma_number == number
    assert shop.screen.view.expected_model.rowCount() == 3
    assert shop.screen.view.summary.text() == "Scanned 0 of 3 expected"
    shop.scan(SOAP)
    shop.scan(MILK_UPC)
    assert "Milk" in shop.screen.view.banner.text or "milk" in shop.screen.view.banner.text
    assert "Missing so far: 1 × Bread" in shop.screen.view.exceptions.text()
    _grade(qtbot, shop, Qt.Key.Key_F5, [c for c in Condition].index(Condition.DAMAGED))
    milk = shop.screen.intake.items[-1]
    assert milk.sku == "MILK" and milk.condition is Condition.DAMAGED
    assert milk.disposition is Condition.DAMAGED.default_disposition
    received = [d for d in Disposition if d.received]
    _grade(qtbot, shop, Qt.Key.Key_F6, received.index(Disposition.QUALITY_CONTROL))
    assert shop.screen.intake.items[-1].disposition is Disposition.QUALITY_CONTROL
    _grade(qtbot, shop, Qt.Key.Key_F6, received.index(Disposition.DAMAGED))
    assert shop.screen.intake.items[-1].disposition is Disposition.DAMAGED
    qtbot.waitUntil(shop.screen.view.find_field.hasFocus)
    shop.key(qtbot, Qt.Key.Key_F12)
    assert shop.screen.intake is None
    banner = shop.screen.view.banner.text
    assert f"{number} taken in: 2 items, missing 1 × Bread" in banner
    (event,) = shop.received()
    assert event["rma_number"] == number
    assert sorted((i["sku"], i["disposition"]) for i in event["items"]) == [
        ("BREAD", "not_received"), ("MILK", "damaged"), ("SOAP", "restock")]  # bread missing
    with shop.db.read() as s:
        assert till_level(s, "SOAP") == 1 and till_level(s, "MILK") == 0
        assert till_level(s, "MILK", StockBucket.DAMAGED) == 1


def test_a_parcel_left_open_resumes_when_the_screen_shows(qtbot, db, tmp_path) -> None:
    number = rma_number(32)
    _pulled(db, number)
    first = _shop(qtbot, db, tmp_path / "a")
    first.key(qtbot, Qt.Key.Key_4, ALT)
    first.scan(number)
    first.scan(BREAD)
    first.ui.window.close()  # the window closes (or the till dies) mid-parcel
    again = _shop(qtbot, db, tmp_path / "b")
    again.key(qtbot, Qt.Key.Key_4, ALT)
    intake = again.screen.intake
    assert intake is not None and intake.rma_number == number
    assert [i.sku for i in intake.items] == ["BREAD"]
    banner = again.screen.view.banner.text
    assert f"{number} resumed where it stopped: 1 item scanned so far" in banner
    again.scan(SOAP)
    assert [i.sku for i in again.screen.intake.items] == ["BREAD", "SOAP"]


def test_a_parcel_without_its_label_is_set_aside_with_a_note(qtbot, shop) -> None:
    shop.key(qtbot, Qt.Key.Key_4, ALT)
    qtbot.waitUntil(shop.screen.view.find_field.hasFocus)
    shop.key(qtbot, Qt.Key.Key_F2)
    dialog = shop.screen.dialog
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    type_keys(qtbot, Qt.Key.Key_Return)  # nothing typed: it says so and stays
    assert dialog.isVisible() and dialog.error.text() == "Type something first (Esc goes back)"
    type_keys(qtbot, "brown box, no label, from Leeds", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    intake = shop.screen.intake
    assert intake is not None and intake.set_aside and not intake.has_rma
    assert "brown box, no label, from Leeds" in shop.screen.view.facts.text()
    shop.scan(SOAP)
    assert [i.sku for i in shop.screen.intake.items] == ["SOAP"]
