"""The sale being rung up, as the Sell screen holds it: the cart on the database worker and
the last snapshot of it on screen.

The cart (a domain object) is only touched inside database-worker jobs, so scans, edits and
the sale commit happen in the order the cashier made them. The GUI keeps only the last
immutable CartView snapshot. Every part of the Sell screen (scans, line and sale actions,
hand-over, payment) changes the sale through ``with_cart``, so what the screen shows of a
sale is always on disk already.

Who acts is read on the GUI thread when the cashier acts (``who``) and passed to the service
with the call; when a service wants a manager, the one approval flow (``Approvals``) asks and
runs the call again (``run_checked``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from omnipos.domain.cart import Cart, CartView, LineView
from omnipos.domain.permissions import Action, Actor, ManagerOverride
from omnipos.domain.tenders import Tender
from omnipos.services.selling import CheckoutService, OpenSaleInfo
from omnipos.services.shifts import NoOpenShift
from omnipos.ui.common import formatting
from omnipos.ui.common.approval import Approvals
from omnipos.ui.common.banner import Level
from omnipos.ui.common.tasks import TaskRunner, gui_thread_only
from omnipos.ui.i18n import translate
from omnipos.ui.selling.sell_view import SellView

log = logging.getLogger(__name__)

T = TypeVar("T")

ActorSource = Callable[[], Actor | None]


def nobody() -> Actor | None:
    return None


class SaleOnScreen:
    """The open sale: worker-side cart and tenders, GUI-side snapshot and what is paid."""

    def __init__(self, view: SellView, svc: CheckoutService, runner: TaskRunner, *,
                 actor: ActorSource = nobody, approvals: Approvals | None = None,
                 shown: Callable[[CartView], None] = lambda _v: None,
                 paid_shown: Callable[[CartView, int, int], None] = lambda _v, _p, _c: None
                 ) -> None:
        self.view = view
        self.svc = svc
        self.runner = runner
        self.approvals = approvals
        self.currency = svc.store.currency
        self._actor = actor
        self._shown = shown  # every CartView the screen shows (the customer displays)
        self._paid_shown = paid_shown  # a finished sale with what was paid and the change
        self.cart: Cart | None = None  # database worker only
        self.tenders: list[Tender] = []  # database worker only: taken on the open sale
        self.cart_view: CartView | None = None  # GUI side snapshot
        self.last_sale: CartView | None = None  # a finished sale still on screen
        self.started_by: str | None = None  # who started the sale on screen (GUI side)
        self.paid_minor = 0  # tenders taken on the sale on screen (GUI side)

    def who(self) -> Actor | None:
        """Who acts, read now on the GUI thread (None in a store without staff)."""
        return self._actor()

    # -- running cart work on the database worker ------------------------------------------

    def cart_on_worker(self) -> Cart:
        if self.cart is None:
            self.cart = self.svc.new_cart()
        return self.cart

    def next_cart(self) -> None:
        """The sale on the worker is done with (paid, parked, cancelled): the next starts empty."""
        self.cart = self.svc.new_cart()

    def with_cart(self, work: Callable[[Cart], T], on_done: Callable[[T], None] | None = None,
                  on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run ``work(cart)`` on the database worker, store the open sale as it left it, then
        show it: what the screen shows of a sale is always on disk already."""
        actor = self.who()
        svc = self.svc

        def job() -> tuple[T, CartView]:
            result = work(self.cart_on_worker())
            cart = self.cart_on_worker()  # the work may have started the next sale
            svc.keep(cart, self.tenders, actor=actor)
            return result, cart.view()

        def done(pair: tuple[T, CartView]) -> None:
            result, cart_view = pair
            if cart_view.is_empty:
                self.started_by = None
            elif self.started_by is None:
                self.started_by = svc.acting_name(actor)
            self.show_cart(cart_view)
            if on_done is not None:
                on_done(result)

        self.runner.run_db(job, done, on_error or self.show_error)

    def run_checked(self, action: Action,
                    work: Callable[[Cart, ManagerOverride | None], T],
                    on_done: Callable[[T], None]) -> None:
        """Run cart work; when the service wants a manager, ask one and run it again once."""

        def start(ok: ManagerOverride | None, failed: Callable[[BaseException], None]) -> None:
            self.with_cart(lambda cart: work(cart, ok), on_done, failed)

        if self.approvals is None:
            start(None, self.show_error)
        else:
            self.approvals.run(action, start, self.show_error, parent=self.view)

    def with_shift(self, cart: Cart) -> Cart:
        """The first line of a sale needs an open shift (worker thread): NoOpenShift if none."""
        if not cart.lines and self.svc.shift_needed():
            raise NoOpenShift()
        return cart

    def restore(self) -> None:
        """Show the sale that was open when the till stopped (a crash included), or a new one."""
        svc = self.svc

        def job() -> tuple[OpenSaleInfo | None, CartView]:
            info = svc.open_sale()
            self.cart = info.cart if info is not None else svc.new_cart()
            self.tenders = list(info.tenders) if info is not None else []
            return info, self.cart.view()

        def done(pair: tuple[OpenSaleInfo | None, CartView]) -> None:
            info, cart_view = pair
            self.show_cart(cart_view)
            if info is None:
                return
            self.started_by = info.started_by
            paid = self.paid_minor = sum(t.amount_minor for t in info.tenders)
            text = (translate("Sell", "The sale open when the till stopped is back: "
                                      "{lines}, {amount}.").format(
                lines=formatting.lines(len(cart_view.lines)),
                amount=formatting.money_with_code(cart_view.totals.total_minor, self.currency)))
            if paid:
                self.view.totals.show_totals(cart_view.totals, paid_minor=paid)
                text += " " + self.paid_text(paid)
            log.info("open sale restored: %s lines, %s tenders", len(cart_view.lines),
                     len(info.tenders))
            self.view.banner.show_message(text, Level.INFO, ms=0)

        self.runner.run_db(job, done, self.show_error)

    def paid_text(self, paid_minor: int) -> str:
        return (translate("Sell", "{amount} is paid already: F12 to finish the payment "
                                  "(or to remove the tender).").format(
            amount=formatting.money_with_code(paid_minor, self.currency)))

    # -- what the screen shows --------------------------------------------------------------

    @gui_thread_only
    def show_cart(self, cart_view: CartView) -> None:
        if self.last_sale is not None and cart_view.is_empty:
            self.cart_view = cart_view  # keep the finished sale on screen until the next scan
            return
        self.last_sale = None
        selected = self.selected_line()
        self.cart_view = cart_view
        self.view.cart_model.set_view(cart_view)
        self.view.totals.show_totals(cart_view.totals, paid_minor=self.paid_minor)
        self.view.show_customer(cart_view.customer.name if cart_view.customer else None)
        row = self.view.cart_model.row_of(selected.line_id) if selected else -1
        self.view.select_row(row if row >= 0 else self.view.cart_model.rowCount() - 1)
        self._enable_actions(not cart_view.is_empty)
        self._shown(cart_view)

    def show_last_sale(self, sold: CartView, receipt_no: str, paid_minor: int,
                       change_minor: int) -> None:
        """After a sale: its lines and totals stay visible with what was paid and the change."""
        self.last_sale = sold
        self.paid_minor = 0  # the next sale has nothing paid
        self.view.show_customer(sold.customer.name if sold.customer else None)
        self._paid_shown(sold, paid_minor, change_minor)
        self.view.cart_model.set_view(sold)
        self.view.totals.show_totals(sold.totals, paid_minor=paid_minor, change_minor=change_minor,
                                     title=translate("Sell", "Last sale {receipt_no}: paid").format(
                                         receipt_no=receipt_no), finished=True)
        self.view.cart_table.clearSelection()
        self._enable_actions(False)

    def _enable_actions(self, has_lines: bool) -> None:
        for button in (self.view.pay_button, self.view.void_button, self.view.quantity_button,
                       self.view.park_button, self.view.cancel_button,
                       self.view.line_discount_button, self.view.order_discount_button,
                       self.view.price_button):
            button.setEnabled(has_lines)

    @gui_thread_only
    def show_error(self, exc: BaseException) -> None:
        """The one way errors reach the cashier: the banner (or the crash dialog)."""
        self.view.banner.show_error(exc, self.runner.unexpected_error.emit)
        self.view.focus_scan()

    def selected_line(self) -> LineView | None:
        if self.last_sale is not None:
            return None
        return self.view.cart_model.line_at(self.view.selected_row())

    def line_or_say(self) -> LineView | None:
        """The selected line, or None with a word to the cashier."""
        line = self.selected_line()
        if line is None:
            self.view.banner.show_message(translate("Sell", "Select a line first (Up/Down)."),
                                          Level.INFO)
        return line

    def open_sale(self) -> CartView | None:
        """The sale on screen with its lines, or None with a word to the cashier."""
        if self.last_sale is not None or self.cart_view is None or self.cart_view.is_empty:
            self.view.banner.show_message(
                translate("Sell", "The sale is empty: scan an item first."), Level.INFO)
            return None
        return self.cart_view

    def move_selection(self, step: int) -> None:
        count = self.view.cart_model.rowCount()
        if count:
            row = self.view.selected_row()
            self.view.select_row(max(0, min(count - 1, (row if row >= 0 else count - 1) + step)))
