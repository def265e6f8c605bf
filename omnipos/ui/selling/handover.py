"""Who holds the open sale: parking it, resuming a parked one, and the hand-over after a lock
(whoever signs in next continues the sale another person started, or parks it for them)."""

from __future__ import annotations

import logging

from omnipos.domain.cart import Cart, CartView
from omnipos.domain.errors import StateError
from omnipos.domain.permissions import Actor
from omnipos.services.selling import ParkedInfo
from omnipos.ui.common import formatting
from omnipos.ui.common.banner import Level
from omnipos.ui.common.confirm_dialog import ConfirmDialog
from omnipos.ui.i18n import translate
from omnipos.ui.selling.parked_model import ParkedModel
from omnipos.ui.selling.resume_dialog import ResumeDialog
from omnipos.ui.selling.sale_on_screen import SaleOnScreen
from omnipos.ui.shell.keymap import KEYMAP, Act

log = logging.getLogger(__name__)


class HandOver:
    """Park, resume, and the question after a lock."""

    def __init__(self, sale: SaleOnScreen) -> None:
        self._sale = sale
        self.resume_dialog: ResumeDialog | None = None  # open dialogs, kept for tests
        self.dialog: ConfirmDialog | None = None  # continue or park, after a lock

    def _label(self, cart_view: CartView) -> str:
        total = formatting.money_with_code(cart_view.totals.total_minor, self._sale.currency)
        first, more = cart_view.lines[0].name, len(cart_view.lines) - 1
        if not more:
            return f"{first}, {total}"
        return translate("Sell", "{first} +{more} more, {total}").format(
            first=first, more=more, total=total)

    def park_sale(self) -> None:
        sale = self._sale
        if sale.cart_view is None or sale.cart_view.is_empty:
            sale.view.banner.show_message(translate("Sell", "The sale is empty: nothing to park."),
                                          Level.INFO)
            return
        self._park(sale.cart_view, "", translate("Sell", "Sale parked ({label}). Resume "
                                                         "it with Resume sale.").format(
            label=self._label(sale.cart_view)))

    def _park(self, cart_view: CartView, owner: str, done_text: str) -> None:
        """Park the sale on screen; ``owner``: the cashier who started it, when not the one
        parking it."""
        sale = self._sale
        label = self._label(cart_view)
        svc, actor = sale.svc, sale.who()

        def work(cart: Cart) -> str:
            parked_id = svc.park(cart, label=label, actor=actor, owner=owner)
            sale.next_cart()
            return parked_id

        sale.with_cart(work, lambda _id: sale.view.banner.show_message(done_text, Level.SUCCESS))

    # -- after a lock ---------------------------------------------------------------------

    def signed_in(self, actor: Actor) -> None:
        """Someone signed in after a lock: a sale another person started is not simply theirs.

        They continue it (Enter) or park it under the cashier who started it (F12).
        """
        sale = self._sale
        started_by, cart_view = sale.started_by, sale.cart_view
        if (cart_view is None or cart_view.is_empty or sale.last_sale is not None
                or started_by is None or started_by == actor.label):
            return
        if sale.paid_minor:  # tenders taken: it cannot be parked, only paid or cleared
            paid = formatting.money_with_code(sale.paid_minor, sale.currency)
            log.info("%s continues the sale started by %s (tenders taken)", actor.label,
                     started_by)
            sale.view.banner.show_message(
                translate("Sell", "You continue the sale {started_by} started: {paid} is "
                                  "paid already. F12 to finish the payment.").format(
                    started_by=started_by, paid=paid), Level.INFO, ms=0)
            return
        total = formatting.money_with_code(cart_view.totals.total_minor, sale.currency)
        yes = KEYMAP.binding(Act.CONFIRM_YES)
        dialog = ConfirmDialog(
            translate("Sell", "Open sale"),
            translate("Sell", "{started_by} started this sale ({lines}, {total}). Continue the "
                              "sale started by {started_by}, or park it for them?").format(
                started_by=started_by, lines=formatting.lines(len(cart_view.lines)), total=total),
            translate("Sell", "Park it for {started_by}  {key}").format(
                started_by=started_by, key=yes.key_text),
            translate("Sell", "Continue the sale  Enter"),
            parent=sale.view, yes_keys=KEYMAP.sequences(Act.CONFIRM_YES))
        dialog.yes_button.setProperty("kind", "")  # parking loses nothing: not a danger
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._park_for(started_by))
        dialog.rejected.connect(lambda: self._continue_for(actor, started_by))
        dialog.open()

    def _continue_for(self, actor: Actor, started_by: str) -> None:
        log.info("%s continues the sale started by %s", actor.label, started_by)
        self._sale.view.banner.show_message(translate("Sell", "You continue the sale "
                                                              "{started_by} started.").format(
            started_by=started_by),
                                            Level.INFO)

    def _park_for(self, owner: str) -> None:
        cart_view = self._sale.cart_view
        if cart_view is None or cart_view.is_empty:
            return
        self._park(cart_view, owner, translate("Sell", "{owner}'s sale is parked "
                                                       "({label}): Resume sale brings it "
                                                       "back.").format(
            owner=owner, label=self._label(cart_view)))

    # -- resume ---------------------------------------------------------------------------

    def open_resume(self) -> None:
        sale = self._sale
        if sale.cart_view is not None and not sale.cart_view.is_empty:
            sale.view.banner.show_message(translate(
                "Sell", "Finish, park or cancel the current sale before resuming another."),
                Level.INFO)
            return
        sale.runner.run_db(sale.svc.parked, self._show_parked, sale.show_error)

    def _show_parked(self, rows: list[ParkedInfo]) -> None:
        if not rows:
            self._sale.view.banner.show_message(translate("Sell", "No parked sales."), Level.INFO)
            return
        model = ParkedModel()
        model.set_rows(rows)
        dialog = ResumeDialog(model, self._sale.view)
        self.resume_dialog = dialog
        dialog.chosen.connect(self.resume)
        dialog.open()

    def resume(self, parked_id: str) -> None:
        sale = self._sale
        svc = sale.svc

        def job() -> CartView:
            current = sale.cart_on_worker()
            if current.lines:
                raise StateError(translate("Sell", "finish, park or cancel the current sale before "
                                                   "resuming another"))
            sale.cart = svc.resume(parked_id)
            return sale.cart.view()

        sale.runner.run_db(job, sale.show_cart, sale.show_error)
