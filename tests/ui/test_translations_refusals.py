"""A Spanish till's back-office screens say the services' refusals in Spanish: a scan into a
count another till submitted (Counts), a code no item has (Stock), an RMA label of a parcel
the till was never sent (Parcels), a return without a receipt or a customer (Returns), one
item too many and a new order (Pickups). Real
screens over real services; the banner (or the return's problem line) is read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from omnipos.db.engine import Database
from omnipos.domain.returns import rma_number
from omnipos.services.counts import CountService
from omnipos.services.customers import CustomerService
from omnipos.services.parcels import ParcelService
from omnipos.services.pickups import PickupService
from omnipos.services.returns import ReturnService
from omnipos.services.selling import CheckoutService
from omnipos.services.stock import StockService
from omnipos.ui.app import TillUI, create_till
from omnipos.ui.common.customer_picker import CustomerPicker
from omnipos.ui.common.tasks import SyncTaskRunner
from omnipos.ui.counts.counts_controller import Mode
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from omnipos.ui.shell.scanning import ScanRouter
from tests.support.pickups import pull, record
from tests.ui.conftest import SOAP, show_window

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def counts(db: Database) -> CountService:
    return CountService(db)


@pytest.fixture
def router() -> ScanRouter:
    return ScanRouter()


@pytest.fixture
def ui(qtbot: Any, spanish: None, db: Database, tmp_path: Path, counts: CountService,
       router: ScanRouter) -> TillUI:
    checkout = CheckoutService(db)
    till = create_till(checkout, SyncTaskRunner(), ReceiptPrinter(None), data_dir=str(tmp_path),
                       scanner=router, counts=lambda: counts, stock=lambda: StockService(db),
                       parcels=lambda: ParcelService(db, checkout),
                       returns=lambda: ReturnService(db, checkout), customers=CustomerService(db),
                       pickups=lambda: PickupService(db))
    show_window(qtbot, till.window)
    return till


def _key(qtbot: Any, ui: TillUI, key: Qt.Key, mods: Qt.KeyboardModifier = ALT) -> None:
    qtbot.keyClick(QApplication.focusWidget() or ui.window, key, mods)


def test_counts_says_in_spanish_that_the_count_was_submitted(
        qtbot: Any, ui: TillUI, counts: CountService, router: ScanRouter) -> None:
    started = counts.start(skus=["SOAP"])
    _key(qtbot, ui, Qt.Key.Key_5)
    screen = ui.counts
    assert screen is not None
    _key(qtbot, ui, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)  # opens it to count
    assert screen.mode is Mode.COUNTING
    # Meanwhile the whole store's count is reviewed and sent (as from another till's screen).
    counts.review(started.session_id, "")
    counts.submit(started.session_id, "")
    router.route(SOAP)
    banner = screen.view.banner
    qtbot.waitUntil(lambda: banner.isVisible() and started.number in banner.text)
    assert banner.text == f"El recuento {started.number} ya se envió: no queda nada por contar"


def test_stock_says_in_spanish_that_no_item_has_the_code(
        qtbot: Any, ui: TillUI, router: ScanRouter) -> None:
    _key(qtbot, ui, Qt.Key.Key_6)
    stock = ui.stock
    assert stock is not None and ui.window.current_screen is stock
    router.route("2000000000008")
    banner = stock.view.banner
    qtbot.waitUntil(lambda: banner.isVisible() and "2000000000008" in banner.text)
    assert banner.text == "No hay ningún artículo para 2000000000008"


def test_parcels_says_in_spanish_that_the_rma_is_not_on_this_till(
        qtbot: Any, ui: TillUI, router: ScanRouter) -> None:
    number = rma_number(31)  # an RMA the hub never sent this till
    _key(qtbot, ui, Qt.Key.Key_4)
    parcels = ui.parcels
    assert parcels is not None and ui.window.current_screen is parcels
    router.route(number)
    banner = parcels.view.banner
    qtbot.waitUntil(lambda: banner.isVisible() and number in banner.text)
    assert banner.text == (f"{number} no está en esta caja: va dirigida a otra tienda, o la caja "
                           "no se ha sincronizado desde que se creó (escriba en su lugar el "
                           "número del pedido o del ticket)")


def test_returns_says_in_spanish_that_a_return_without_a_receipt_needs_the_customer(
        qtbot: Any, ui: TillUI, router: ScanRouter) -> None:
    _key(qtbot, ui, Qt.Key.Key_3)
    returns = ui.returns
    assert returns is not None and ui.window.current_screen is returns
    _key(qtbot, ui, Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier)  # no receipt: who is it?
    picker = returns.dialog
    assert isinstance(picker, CustomerPicker)
    qtbot.waitUntil(picker.query.hasFocus)
    _key(qtbot, ui, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)  # nobody chosen
    qtbot.waitUntil(lambda: not picker.isVisible())
    router.route(SOAP)
    problems = returns.view.problems
    qtbot.waitUntil(lambda: problems.isVisible() and bool(problems.text()))
    assert problems.text() == ("Una devolución sin ticket necesita al cliente: búsquelo o dé uno "
                               "de alta")


def test_pickups_says_in_spanish_a_new_order_and_one_too_many(
        qtbot: Any, ui: TillUI, db: Database, router: ScanRouter) -> None:
    _key(qtbot, ui, Qt.Key.Key_2)
    pickups = ui.pickups
    assert pickups is not None and ui.window.current_screen is pickups
    pull(db, record("W-2", lines=[("SOAP", "1")], code="K7XP2Q9M", customer="Grace Hopper"))
    pickups.poll()  # after a sync pass
    notice = ui.window.notice
    qtbot.waitUntil(notice.isVisible)
    assert notice.text == "Pedido nuevo de recogida W-2 para Grace Hopper: Alt+2 Recogidas"
    router.route("K7XP2Q9M")  # the customer's pickup code opens the order
    router.route(SOAP)
    router.route(SOAP)
    banner = pickups.view.banner
    qtbot.waitUntil(lambda: banner.isVisible() and banner.text.startswith("Uno"))
    assert banner.text == ("Uno de más: el pedido lleva 1 de Lavender soap bar y ya están todos "
                           "preparados")
