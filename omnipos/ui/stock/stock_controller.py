"""The Stock screen's behaviour (Alt+6): the look-up card, adjustments, receiving.

A scan (or a SKU typed, then Enter) shows the item's card: on hand here,
what pickups have reserved, what may be sold, when it was last counted,
and the other stores' available quantity with the moment it was true and
how far they are. F4 adjusts the item's stock with a reason (a manager
approves); F5 lists the deliveries the hub expects, Enter opens one, each
scan receives one (over and short as you go), F12 books it in; F8 orders
the item for the customer at another store or for delivery (``aisle``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from omnipos.domain.errors import plural
from omnipos.domain.permissions import Action, Actor, ManagerOverride
from omnipos.services.stock import (
    Adjusted,
    DeliveryView,
    Received,
    ScannedIn,
    StockCard,
    StockService,
)
from omnipos.ui.common import formatting
from omnipos.ui.common.approval import Approvals
from omnipos.ui.common.banner import Level
from omnipos.ui.common.tasks import TaskRunner, gui_thread_only
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from omnipos.ui.i18n import said, translate
from omnipos.ui.selling.search_controller import SearchController
from omnipos.ui.shell.keymap import Act, ScreenId
from omnipos.ui.stock.aisle import AisleOrdering
from omnipos.ui.stock.stock_dialogs import AdjustDialog, Adjustment
from omnipos.ui.stock.stock_models import when
from omnipos.ui.stock.stock_view import StockView

log = logging.getLogger(__name__)

ActorSource = Callable[[], Actor | None]


class Mode(StrEnum):
    CARD = "card"
    DELIVERIES = "deliveries"
    RECEIVING = "receiving"


class StockController(QObject):
    """The Stock screen (a ``shell.screen.Screen``)."""

    changed = Signal(object)  # Adjusted or Received: something queued for the hub
    card_shown = Signal(object)  # StockCard

    screen_id = ScreenId.STOCK

    def __init__(self, view: StockView, svc: StockService, runner: TaskRunner, *,
                 actor: ActorSource = lambda: None, approvals: Approvals | None = None,
                 printer: ReceiptPrinter | None = None) -> None:
        super().__init__(view)
        self.view, self._svc, self._runner = view, svc, runner
        self._actor, self._approvals = actor, approvals
        self.mode = Mode.CARD
        self.card: StockCard | None = None
        self.deliveries: list[DeliveryView] = []
        self.delivery: DeliveryView | None = None
        self.dialog: Any = None
        self.search: SearchController | None = None
        self.aisle = AisleOrdering(svc, runner, printer, view, actor=actor, say=self._say,
                                   failed=self.show_error)
        self.aisle.ordered.connect(self.changed)
        self.aisle.ordered.connect(self._ordered)
        v = view
        v.find_field.returnPressed.connect(self._on_enter)
        v.find_button.clicked.connect(self.find_item)
        v.adjust_button.clicked.connect(self.adjust)
        v.receive_button.clicked.connect(self.receive)
        v.order_button.clicked.connect(self.order)
        v.back_button.clicked.connect(self.back)
        v.next_button.clicked.connect(self.complete)
        v.deliveries.doubleClicked.connect(lambda index: self._open_delivery(index.row()))
        self._show_mode(Mode.CARD)

    # -- the screen, as the shell sees it ------------------------------------------------

    @property
    def page(self) -> QWidget:
        return self.view

    def actions(self) -> Mapping[Act, Callable[[], None]]:
        return {Act.STOCK_FIND: self.find_item, Act.STOCK_ADJUST: self.adjust,
                Act.STOCK_RECEIVE: self.receive, Act.STOCK_ORDER: self.order,
                Act.STOCK_UP: lambda: self._move(-1), Act.STOCK_DOWN: lambda: self._move(1)}

    def activate(self) -> None:
        if self.card is not None and self.mode is Mode.CARD:
            self.show_card(self.card.product.sku)  # fresher figures after a sync

    def deactivate(self) -> None:
        """A delivery being received stays as it is (every scan is on disk)."""

    def focus_widget(self) -> QWidget:
        return self.view.find_field

    def complete(self) -> None:
        """F12: the card: the deliveries to receive; the list: open the selected one;
        receiving: book the delivery in."""
        if self.mode is Mode.RECEIVING:
            self._book_in()
        elif self.mode is Mode.DELIVERIES:
            self._open_delivery(self._selected())
        else:
            self.receive()

    def back(self) -> bool:
        if self.view.find_field.text():
            self.view.find_field.clear()
            return True
        if self.mode is Mode.RECEIVING:
            self.receive()
            return True
        if self.mode is Mode.DELIVERIES:
            self._show_mode(Mode.CARD)
            return True
        return False

    @gui_thread_only
    def show_error(self, exc: BaseException) -> None:
        self.view.banner.show_error(exc, self._runner.unexpected_error.emit)

    def _say(self, text: str, level: Level = Level.INFO) -> None:
        self.view.banner.show_message(text, level)

    def _show_mode(self, mode: Mode) -> None:
        self.mode = mode
        v = self.view
        v.next_button.setText({Mode.CARD: translate("Stock", "Deliveries  F12"),
                               Mode.DELIVERIES: translate(
            "Stock", "Open  F12"),
                               Mode.RECEIVING: translate("Stock", "Book in  F12")}[mode])
        v.adjust_button.setEnabled(mode is Mode.CARD and self.card is not None)
        v.order_button.setEnabled(mode is Mode.CARD and self.card is not None)
        v.find_field.setPlaceholderText(
            translate("Stock", "Scan an item (or type its SKU or barcode), then Enter")
            if mode is Mode.CARD else
            translate("Stock", "Enter opens the selected delivery") if mode is Mode.DELIVERIES else
            translate("Stock", "Scan each item of the delivery"))
        if mode is Mode.CARD:
            v.stack.setCurrentWidget(v.card if self.card is not None else v.empty)
            v.heading.setText(translate("Stock", "Stock look-up"))
        elif mode is Mode.DELIVERIES:
            v.stack.setCurrentWidget(v.deliveries)
            v.heading.setText(translate("Stock", "Deliveries to receive: Enter opens the selected "
                                                 "one")
                              if self.deliveries else translate(
                                  "Stock", "No delivery is expected."))
        else:
            v.stack.setCurrentWidget(v.receiving)

    def _selected(self) -> int:
        table = self.view.stack.currentWidget()
        rows = table.selectionModel().selectedRows() if hasattr(table, "selectionModel") else []
        return rows[0].row() if rows else -1

    def _move(self, step: int) -> None:
        table = {Mode.CARD: self.view.card.others, Mode.DELIVERIES: self.view.deliveries,
                 Mode.RECEIVING: self.view.receiving}[self.mode]
        count = table.model().rowCount()
        if count:
            rows = table.selectionModel().selectedRows()
            row = rows[0].row() if rows else -1
            table.selectRow(max(0, min(count - 1, row + step)))

    # -- the card ------------------------------------------------------------------------

    def _on_enter(self) -> None:
        code = self.view.find_field.text().strip()
        self.view.find_field.clear()
        if code:
            self.on_scan(code)
        elif self.mode is Mode.DELIVERIES:
            self._open_delivery(self._selected())

    def on_scan(self, code: str) -> None:
        if QApplication.activeModalWidget() is not None:
            if self.search is not None and QApplication.activeModalWidget() is self.search.dialog:
                self.search.dialog.reject()
            else:
                return
        if self.mode is Mode.RECEIVING:
            self._scan_in(code)
        else:
            self.show_card(code)

    def _ordered(self, _done: object) -> None:
        """The other store's available is lower at once: the card shows it again."""
        if self.card is not None:
            self.show_card(self.card.product.sku)

    def show_card(self, code: str) -> None:
        """The card of the item ``code`` names (the Sell screen's Ctrl+L calls this too)."""
        self._runner.run_db(lambda: self._svc.card(code), self._show_card, self.show_error)

    def _show_card(self, card: StockCard) -> None:
        self.card = card
        panel = self.view.card
        p = card.product
        price = formatting.money_with_code(p.price_minor, self._svc.store.currency)
        panel.title.setText(f"{p.name}  ·  {p.sku}  ·  {price}")
        f = panel.figures
        f["on_hand"].setText(formatting.quantity(card.on_hand))
        f["reserved"].setText(formatting.quantity(card.reserved))
        f["available"].setText(formatting.quantity(card.available))
        f["held"].setText(", ".join(f"{formatting.quantity(q)} {b.value.replace('_', ' ')}"
                                    for b, q in card.held.items()) or translate("Stock", "none"))
        f["counted"].setText(when(card.counted_at) or translate("Stock", "never"))
        f["as_of"].setText(when(card.as_of) or translate("Stock", "not from the hub yet"))
        panel.others_model.set_rows(card.elsewhere)
        panel.elsewhere_caption.setText(
            translate("Stock", "Other stores (nearest first)") if card.elsewhere else
            translate("Stock", "Other stores: nothing heard from the hub about this item yet"))
        self._show_mode(Mode.CARD)
        self.card_shown.emit(card)

    def find_item(self) -> None:
        """F2: find an item by name to see its card."""
        self.search = SearchController(self._svc, self._runner, self._svc.store.currency,
                                       self.view)  # type: ignore[arg-type]
        self.search.chosen.connect(lambda product: self.show_card(product.sku))
        self.search.open()

    # -- adjustments -----------------------------------------------------------------------

    def adjust(self) -> None:
        if self.card is None or self.mode is not Mode.CARD:
            self._say(translate("Stock", "Look an item up first (scan it)."), Level.INFO)
            return
        card = self.card
        dialog = AdjustDialog(card.product.name, card.on_hand, self.view)
        self.dialog = dialog
        dialog.submitted.connect(lambda a: self._adjust(card.product.sku, a))
        dialog.open()

    def _adjust(self, sku: str, a: Adjustment) -> None:
        svc, actor = self._svc, self._actor()

        def start(ok: ManagerOverride | None, failed: Callable[[BaseException], None]) -> None:
            self._runner.run_db(
                lambda: svc.adjust(sku, a.quantity, a.reason, a.note, actor=actor, override=ok),
                self._adjusted, failed)

        if self._approvals is None:
            start(None, self.show_error)
        else:
            self._approvals.run(Action.ADJUST_STOCK, start, self.show_error, parent=self.view)

    def _adjusted(self, done: Adjusted) -> None:
        self._say(translate("Stock", "{name}: {qty} {reason}, on hand now {on_hand}.").format(
            name=done.name, qty=formatting.quantity(done.quantity),
            reason=said(done.reason.label).lower(), on_hand=formatting.quantity(done.on_hand)),
            Level.SUCCESS)
        self.changed.emit(done)
        self.show_card(done.sku)

    # -- ordering for a customer (endless aisle) ----------------------------------------------

    def order(self) -> None:
        if self.card is None or self.mode is not Mode.CARD:
            self._say(translate("Stock", "Look an item up first (scan it)."), Level.INFO)
        else:
            self.aisle.order(self.card)

    # -- receiving ---------------------------------------------------------------------------

    def receive(self) -> None:
        """F5: the deliveries the hub expects here."""
        self._runner.run_db(self._svc.deliveries, self._show_deliveries, self.show_error)

    def _show_deliveries(self, rows: list[DeliveryView]) -> None:
        self.deliveries, self.delivery = rows, None
        self.view.deliveries_model.set_rows(rows)
        self._show_mode(Mode.DELIVERIES)
        if rows:
            self.view.deliveries.selectRow(0)

    def _open_delivery(self, row: int) -> None:
        if not 0 <= row < len(self.deliveries):
            return
        self._show_delivery(self.deliveries[row])

    def _show_delivery(self, d: DeliveryView) -> None:
        self.delivery = d
        self.view.receiving_model.set_rows(d.lines)
        self._show_mode(Mode.RECEIVING)
        self.view.heading.setText(
            translate("Stock", "Receiving {number} from {source}: {lines}, "
                               "{discrepancies} over or short").format(
                number=d.number, source=d.source or d.kind, lines=formatting.lines(len(d.lines)),
                discrepancies=d.discrepancies)
            + (said(plural(", {count} unknown code kept", ", {count} unknown codes kept",
                           "count"), count=len(d.unknown)) if d.unknown else "")
            + translate("Stock", ". Scan each item; F12 books it in."))

    def _scan_in(self, code: str) -> None:
        assert self.delivery is not None
        did, actor = self.delivery.delivery_id, self._actor()
        self._runner.run_db(lambda: self._svc.scan_in(did, code, actor=actor),
                            self._scanned_in, self.show_error)

    def _scanned_in(self, got: ScannedIn) -> None:
        self._show_delivery(got.delivery)
        if got.sku is None:
            QApplication.beep()
            self._say(translate("Stock", "Unknown code {code}: kept and reported with the "
                                         "delivery.").format(code=got.code),
                      Level.WARNING)
            return
        row = next((i for i, ln in enumerate(got.delivery.lines) if ln.sku == got.sku), -1)
        if row >= 0:
            self.view.receiving.selectRow(row)
        line = got.line
        if line is not None and line.over_short > 0:
            self._say(translate("Stock", "{name}: more than expected ({qty} of {qty2}).").format(
                name=got.name, qty=formatting.quantity(line.received),
                qty2=formatting.quantity(line.expected)), Level.WARNING)

    def _book_in(self) -> None:
        assert self.delivery is not None
        did, actor = self.delivery.delivery_id, self._actor()
        self._runner.run_db(lambda: self._svc.complete(did, actor=actor), self._booked,
                            self.show_error)

    def _booked(self, done: Received) -> None:
        self._say(translate("Stock", "Delivery {number} booked in: {lines}, "
                                     "{discrepancies} over or short reported to the hub.").format(
            number=done.number, lines=formatting.lines(done.lines),
            discrepancies=done.discrepancies), Level.SUCCESS)
        self.changed.emit(done)
        self.receive()
