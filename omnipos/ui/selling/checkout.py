"""The end of a sale: the payment dialog (F12), each tender kept on the open sale as it is
taken, the sale committed (a manager may have to approve it), then the step after payment:
the change on screen and the receipt. Reprint brings the last receipt back."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from omnipos.domain.cart import Cart, CartView
from omnipos.domain.errors import UserFacingError
from omnipos.domain.permissions import Action, ManagerOverride
from omnipos.domain.tenders import Payment, Tender
from omnipos.services.selling import SaleCompleted
from omnipos.ui.common.banner import Level
from omnipos.ui.common.customer_picker import StoreCredit
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from omnipos.ui.i18n import error_text, translate
from omnipos.ui.selling.payment_controller import PaymentController
from omnipos.ui.selling.payment_dialog import PaymentDialog
from omnipos.ui.selling.receipt_choice import ReceiptStep
from omnipos.ui.selling.sale_on_screen import SaleOnScreen

log = logging.getLogger(__name__)


class Checkout:
    """Payment, commit and receipt of the sale on screen."""

    def __init__(self, sale: SaleOnScreen, printer: ReceiptPrinter, *,
                 completed: Callable[[SaleCompleted], None] = lambda _d: None) -> None:
        self._sale = sale
        self._printer = printer
        self._completed = completed  # every sale committed (the sync status, the displays)
        self._pending = False  # start_payment queued, dialog not open yet
        self.payment: PaymentController | None = None  # the open dialog, kept for tests
        self.receipt = ReceiptStep(sale, printer)  # after payment: print, email or none
        #: The store credit tender's customer look-up (None: no store credit tender here).
        self.store_credit: StoreCredit | None = None
        # A receipt that did not print stays on screen until the cashier dismisses it.
        banner = sale.view.banner
        printer.failed.connect(lambda text: banner.show_message(text, Level.WARNING, ms=0))
        printer.trouble.connect(lambda text: banner.show_message(text, Level.WARNING))
        printer.printed.connect(lambda no: log.info("receipt %s printed", no))

    def open_payment(self) -> None:
        sale = self._sale
        if self._pending or (self.payment is not None and self.payment.dialog.isVisible()):
            return  # F12 pressed twice: one dialog
        if sale.cart_view is None or sale.cart_view.is_empty:
            sale.view.banner.show_message(
                translate("Sell", "The sale is empty: scan an item first."), Level.INFO)
            return
        svc = sale.svc
        self._pending = True

        def failed(exc: BaseException) -> None:
            self._pending = False
            sale.show_error(exc)

        sale.with_cart(lambda cart: svc.start_payment(cart, sale.tenders), self._show_payment,
                       failed)

    def _show_payment(self, payment: Payment) -> None:
        self._pending = False
        ctl = PaymentController(PaymentDialog(self._sale.view), payment,
                                store_credit=self.store_credit, keeps_tenders=True)
        self.payment = ctl
        ctl.submitted.connect(self._commit_sale)
        ctl.tenders_changed.connect(self._keep_tenders)
        ctl.closed.connect(self._payment_closed)
        ctl.open()

    def _payment_closed(self, committed: bool) -> None:
        """Back from the payment with tenders taken: they stay on the sale, on screen too."""
        sale = self._sale
        if committed or not sale.paid_minor or sale.cart_view is None:
            return
        sale.view.totals.show_totals(sale.cart_view.totals, paid_minor=sale.paid_minor)
        sale.view.banner.show_message(sale.paid_text(sale.paid_minor), Level.INFO, ms=0)

    def _keep_tenders(self, tenders: tuple[Tender, ...]) -> None:
        """A tender taken or removed: the open sale stores it (on the worker, in order)."""
        sale = self._sale
        svc, actor = sale.svc, sale.who()
        sale.paid_minor = sum(t.amount_minor for t in tenders)
        if sale.cart_view is not None:  # the totals behind the dialog say what is paid now
            sale.view.totals.show_totals(sale.cart_view.totals, paid_minor=sale.paid_minor)

        def job() -> None:
            sale.tenders = list(tenders)
            svc.keep(sale.cart_on_worker(), sale.tenders, actor=actor)

        sale.runner.run_db(job, lambda _r: None, sale.show_error)

    def _commit_sale(self, payment: Payment) -> None:
        sale = self._sale
        svc, actor = sale.svc, sale.who()
        ctl = self.payment

        def work(cart: Cart, ok: ManagerOverride | None) -> tuple[SaleCompleted, CartView]:
            sold = cart.view()
            done = svc.complete_sale(cart, payment, actor=actor, override=ok)
            sale.next_cart()
            sale.tenders = []
            return done, sold

        def failed(exc: BaseException) -> None:
            message = error_text(exc) if isinstance(exc, UserFacingError) else translate(
                "Sell", "unexpected error")
            if ctl is not None:
                ctl.commit_failed(message)
            if not isinstance(exc, UserFacingError):
                sale.runner.unexpected_error.emit(exc)

        def start(ok: ManagerOverride | None, refused: Callable[[BaseException], None]) -> None:
            sale.with_cart(lambda cart: work(cart, ok),
                           lambda pair: self._after_payment(pair[0], pair[1], payment), refused)

        # The limits are held once more at payment: a manager may have to approve the sale.
        if sale.approvals is None:
            start(None, failed)
        else:
            sale.approvals.run(Action.DISCOUNT_OVER_LIMIT, start, failed, parent=sale.view)

    def _after_payment(self, done: SaleCompleted, sold: CartView, payment: Payment) -> None:
        """The sale is committed: its change on screen, then the receipt the customer takes,
        then a clean screen for the next customer (``receipt_choice``)."""
        sale = self._sale
        paid = sum(t.tendered_minor or t.amount_minor for t in payment.tenders)
        sale.show_last_sale(sold, done.receipt_no, paid, done.change_minor)
        if self.payment is not None:
            self.payment.finish()
        self._completed(done)
        self.receipt.ask(done)  # the change, then the receipt the customer takes

    def reprint_last(self) -> None:
        sale = self._sale
        svc = sale.svc

        def job() -> Any:
            sale_id = svc.last_sale_id()
            return None if sale_id is None else svc.receipt(sale_id, copy=True)

        def done(receipt: Any) -> None:
            if receipt is None:
                sale.view.banner.show_message(translate("Sell", "No sale to reprint yet."),
                                              Level.INFO)
                return
            sale.view.banner.show_message(translate("Sell", "Reprinting receipt "
                                                            "{receipt_no}.").format(
                receipt_no=receipt.receipt_no), Level.INFO)
            self._printer.reprint(receipt)

        sale.runner.run_db(job, done, sale.show_error)
