"""The Sell screen's behaviour: scan, search, quantity, discounts, price, void, pay, park,
resume, cancel, reprint.

The cart (a domain object) is only touched inside database-worker jobs, so
scans, edits and the sale commit happen in the order the cashier made them.
The GUI keeps only the last immutable CartView snapshot.

Who acts is read on the GUI thread when the cashier acts (``actor``) and
passed to the service with the call; when a service wants a manager, the
one approval flow (``Approvals``) asks and runs the call again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShortcut
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from omnipos.domain.cart import Cart, CartView, Discount, LineView, ProductInfo
from omnipos.domain.entry import is_quantity_prefix, parse_entry
from omnipos.domain.errors import StateError, UserFacingError
from omnipos.domain.permissions import Action, Actor, ManagerOverride
from omnipos.domain.tenders import Payment, Tender
from omnipos.services.customers import CustomerService, CustomerView
from omnipos.services.quick_keys import QuickKeyService, QuickKeyView
from omnipos.services.selling import (
    CANCEL_REASONS,
    CheckoutService,
    NotACode,
    OpenSaleInfo,
    ParkedInfo,
    SaleCompleted,
)
from omnipos.services.shifts import NoOpenShift
from omnipos.ui.common import formatting
from omnipos.ui.common.approval import Approvals
from omnipos.ui.common.banner import Level
from omnipos.ui.common.confirm_dialog import ConfirmDialog
from omnipos.ui.common.customer_picker import CustomerPicker, StoreCredit
from omnipos.ui.common.tasks import TaskRunner, gui_thread_only
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from omnipos.ui.selling.cancel_dialog import CancelSaleDialog
from omnipos.ui.selling.discount_dialog import DiscountDialog, PriceOverrideDialog
from omnipos.ui.selling.open_price_dialog import OpenPriceDialog
from omnipos.ui.selling.parked_model import ParkedModel
from omnipos.ui.selling.payment_controller import PaymentController
from omnipos.ui.selling.payment_dialog import PaymentDialog
from omnipos.ui.selling.quantity_dialog import QuantityDialog
from omnipos.ui.selling.quick_keys_dialog import QuickKeysDialog
from omnipos.ui.selling.resume_dialog import ResumeDialog
from omnipos.ui.selling.search_controller import SearchController
from omnipos.ui.selling.sell_view import SellView
from omnipos.ui.shell.keymap import KEYMAP, Act, ScreenId

log = logging.getLogger(__name__)

T = TypeVar("T")

ActorSource = Callable[[], Actor | None]
# Asks for a shift to be opened: (then, otherwise) run once it is open, or when backed out.
ShiftPrompt = Callable[[Callable[[], None], Callable[[], None]], None]


def _nobody() -> Actor | None:
    return None


class SellController(QObject):
    """The Sell screen (a ``shell.screen.Screen``)."""

    cart_changed = Signal(object)  # CartView, after every change the GUI shows
    sale_completed = Signal(object)  # SaleCompleted
    paid_shown = Signal(object, int, int)  # the sale's CartView, paid, change: on screen now
    scan_failed = Signal(str, str)  # code, message

    screen_id = ScreenId.SELL

    def __init__(self, view: SellView, svc: CheckoutService, runner: TaskRunner,
                 printer: ReceiptPrinter, *, actor: ActorSource = _nobody,
                 approvals: Approvals | None = None,
                 customers: CustomerService | None = None) -> None:
        super().__init__(view)
        self.view = view
        self._svc = svc
        self._runner = runner
        self._printer = printer
        self._actor = actor
        self._approvals = approvals
        self._look_up_stock: Callable[[str], None] | None = None  # the Stock screen's card
        self._customers = customers
        self._currency = svc.store.currency
        self._cart: Cart | None = None  # database worker only
        self.cart_view: CartView | None = None  # GUI side snapshot
        self._last_sale: CartView | None = None  # a finished sale still on screen
        self._payment_pending = False  # start_payment queued, dialog not open yet
        # Open dialogs, kept so tests (and a second key press) can find them.
        self.payment: PaymentController | None = None
        #: The store credit tender's customer look-up (None: no store credit tender here).
        self.store_credit: StoreCredit | None = None
        self.search: SearchController | None = None
        self.quantity_dialog: QuantityDialog | None = None
        self.resume_dialog: ResumeDialog | None = None
        self.confirm_dialog: CancelSaleDialog | None = None
        self.discount_dialog: DiscountDialog | None = None
        self.price_dialog: PriceOverrideDialog | None = None
        self.large_quantity_dialog: ConfirmDialog | None = None
        self.open_price_dialog: OpenPriceDialog | None = None
        self.customer_picker: CustomerPicker | None = None
        self.quick_keys_dialog: QuickKeysDialog | None = None
        self._quick: QuickKeyService | None = None
        self._quick_views: dict[int, QuickKeyView] = {}
        self._ask_for_shift: ShiftPrompt | None = None
        self._held_scans: list[str] | None = None  # scans waiting for the float to be counted

        self._tenders: list[Tender] = []  # database worker only: taken on the open sale
        self._started_by: str | None = None  # who started the sale on screen (GUI side)
        self._paid_minor = 0  # tenders taken on the sale on screen (GUI side)
        self.handover_dialog: ConfirmDialog | None = None

        self._connect()
        # A receipt that did not print stays on screen until the cashier dismisses it.
        printer.failed.connect(lambda text: view.banner.show_message(text, Level.WARNING, ms=0))
        printer.trouble.connect(lambda text: view.banner.show_message(text, Level.WARNING))
        printer.printed.connect(lambda no: log.info("receipt %s printed", no))
        self._restore()

    # -- wiring -----------------------------------------------------------------------

    def _connect(self) -> None:
        v = self.view
        v.scan_field.returnPressed.connect(self._on_scan_entered)
        v.search_button.clicked.connect(lambda: self.open_search())
        v.quantity_button.clicked.connect(self.open_quantity)
        v.void_button.clicked.connect(self.void_selected_line)
        v.clear_button.clicked.connect(self.back)
        v.pay_button.clicked.connect(self.open_payment)
        v.park_button.clicked.connect(self.park_sale)
        v.resume_button.clicked.connect(self.open_resume)
        v.cancel_button.clicked.connect(self.ask_cancel_sale)
        v.reprint_button.clicked.connect(self.reprint_last)
        v.line_discount_button.clicked.connect(self.open_line_discount)
        v.order_discount_button.clicked.connect(self.open_order_discount)
        v.price_button.clicked.connect(self.open_price_override)
        v.open_price_button.clicked.connect(self.open_open_price)
        v.customer_button.clicked.connect(self.open_customer)
        v.customer_button.setEnabled(self._customers is not None)
        v.devices_button.setEnabled(False)  # until the shell has device settings (F3)
        # QLineEdit takes Delete for itself; with nothing typed, Delete voids the line.
        v.scan_field.installEventFilter(self)

    # -- the screen, as the shell sees it ------------------------------------------------

    @property
    def page(self) -> QWidget:
        return self.view

    def actions(self) -> Mapping[Act, Callable[[], None]]:
        return {
            Act.SEARCH: self.open_search,
            Act.QUANTITY: self.open_quantity,
            Act.LINE_DISCOUNT: self.open_line_discount,
            Act.SALE_DISCOUNT: self.open_order_discount,
            Act.PRICE: self.open_price_override,
            Act.VOID_LINE: self.void_selected_line,  # when the scan field lacks focus
            Act.LINE_UP: lambda: self._move_selection(-1),
            Act.LINE_DOWN: lambda: self._move_selection(1),
            Act.OPEN_PRICE: self.open_open_price,
            Act.STOCK_OF_LINE: self.look_up_stock,
            Act.CUSTOMER: self.open_customer,
            Act.QUICK_KEYS_EDIT: self.open_quick_keys_editor,
            **{Act.quick(n): (lambda n=n: self.press_quick_key(n))
               for n in range(1, len(self.view.quick_buttons) + 1)},
        }

    def activate(self) -> None:
        """Nothing to load: the sale in progress stays as it was."""

    def deactivate(self) -> None:
        """The sale in progress stays (cart and snapshot); Alt+1 comes back to it."""

    def focus_widget(self) -> QWidget:
        return self.view.scan_field

    def complete(self) -> None:
        self.open_payment()

    def use_stock_lookup(self, look_up: Callable[[str], None]) -> None:
        """Ctrl+L opens the Stock screen's card for the selected line's item."""
        self._look_up_stock = look_up

    def look_up_stock(self) -> None:
        line = self._selected_line()
        if line is None:
            self.view.banner.show_message("Select a line first (Up/Down).", Level.INFO)
        elif self._look_up_stock is None:
            self.view.banner.show_message("This till has no Stock screen.", Level.INFO)
        else:
            self._look_up_stock(line.sku)

    def use_devices(self, open_devices: Callable[[], None]) -> None:
        """The Devices button opens what F3 opens."""
        self.view.devices_button.clicked.connect(open_devices)
        self.view.devices_button.setEnabled(True)

    def _who(self) -> Actor | None:
        """Who acts, read now on the GUI thread (None in a store without staff)."""
        return self._actor()

    # -- running cart work on the database worker ------------------------------------------

    def _cart_on_worker(self) -> Cart:
        if self._cart is None:
            self._cart = self._svc.new_cart()
        return self._cart

    def _with_cart(self, work: Callable[[Cart], T], on_done: Callable[[T], None] | None = None,
                   on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run ``work(cart)`` on the database worker, store the open sale as it left it, then
        show it: what the screen shows of a sale is always on disk already."""
        actor = self._who()
        svc = self._svc

        def job() -> tuple[T, CartView]:
            result = work(self._cart_on_worker())
            cart = self._cart_on_worker()  # the work may have started the next sale
            svc.keep(cart, self._tenders, actor=actor)
            return result, cart.view()

        def done(pair: tuple[T, CartView]) -> None:
            result, cart_view = pair
            if cart_view.is_empty:
                self._started_by = None
            elif self._started_by is None:
                self._started_by = svc.acting_name(actor)
            self._show_cart(cart_view)
            if on_done is not None:
                on_done(result)

        self._runner.run_db(job, done, on_error or self.show_error)

    def _restore(self) -> None:
        """Show the sale that was open when the till stopped (a crash included), or a new one."""
        svc = self._svc

        def job() -> tuple[OpenSaleInfo | None, CartView]:
            info = svc.open_sale()
            self._cart = info.cart if info is not None else svc.new_cart()
            self._tenders = list(info.tenders) if info is not None else []
            return info, self._cart.view()

        def done(pair: tuple[OpenSaleInfo | None, CartView]) -> None:
            info, cart_view = pair
            self._show_cart(cart_view)
            if info is None:
                return
            self._started_by = info.started_by
            paid = self._paid_minor = sum(t.amount_minor for t in info.tenders)
            text = (f"The sale open when the till stopped is back: "
                    f"{formatting.lines(len(cart_view.lines))}, "
                    f"{formatting.money_with_code(cart_view.totals.total_minor, self._currency)}.")
            if paid:
                self.view.totals.show_totals(cart_view.totals, paid_minor=paid)
                text += " " + self._paid_text(paid)
            log.info("open sale restored: %s lines, %s tenders", len(cart_view.lines),
                     len(info.tenders))
            self.view.banner.show_message(text, Level.INFO, ms=0)

        self._runner.run_db(job, done, self.show_error)

    @gui_thread_only
    def _show_cart(self, cart_view: CartView) -> None:
        if self._last_sale is not None and cart_view.is_empty:
            self.cart_view = cart_view  # keep the finished sale on screen until the next scan
            return
        self._last_sale = None
        selected = self._selected_line()
        self.cart_view = cart_view
        self.view.cart_model.set_view(cart_view)
        self.view.totals.show_totals(cart_view.totals, paid_minor=self._paid_minor)
        self.view.show_customer(cart_view.customer.name if cart_view.customer else None)
        row = self.view.cart_model.row_of(selected.line_id) if selected else -1
        self.view.select_row(row if row >= 0 else self.view.cart_model.rowCount() - 1)
        self._enable_actions(not cart_view.is_empty)
        self.cart_changed.emit(cart_view)

    def _show_last_sale(self, sold: CartView, receipt_no: str, paid_minor: int,
                        change_minor: int) -> None:
        """After a sale: its lines and totals stay visible with what was paid and the change."""
        self._last_sale = sold
        self.view.show_customer(sold.customer.name if sold.customer else None)
        self.paid_shown.emit(sold, paid_minor, change_minor)
        self.view.cart_model.set_view(sold)
        self.view.totals.show_totals(sold.totals, paid_minor=paid_minor, change_minor=change_minor,
                                     title=f"Last sale {receipt_no}: paid")
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
        if isinstance(exc, UserFacingError):
            self.view.banner.show_message(str(exc), Level.ERROR)
        else:
            self.view.banner.show_message("Something went wrong; the details are in the log.",
                                          Level.ERROR)
            self._runner.unexpected_error.emit(exc)
        self.view.focus_scan()

    def _selected_line(self) -> LineView | None:
        if self._last_sale is not None:
            return None
        return self.view.cart_model.line_at(self.view.selected_row())

    def _move_selection(self, step: int) -> None:
        count = self.view.cart_model.rowCount()
        if count:
            row = self.view.selected_row()
            self.view.select_row(max(0, min(count - 1, (row if row >= 0 else count - 1) + step)))

    # -- scanning ---------------------------------------------------------------------

    def _on_scan_entered(self) -> None:
        code = self.view.scan_field.text().strip()
        self.view.scan_field.clear()
        if code:
            self._confirm_quantity(code, lambda: self.scan(code, typed=True))

    def _confirm_quantity(self, code: str, then: Callable[[], None]) -> None:
        """A very large ``N*`` quantity asks first, naming the item (Back the default)."""
        try:
            entry = parse_entry(code)
        except UserFacingError:
            entry = None  # the service says what is wrong with it
        if entry is None or entry.qty is None or entry.qty <= self._svc.store.large_quantity:
            then()
            return
        qty, svc = entry.qty, self._svc
        self._runner.run_db(lambda: svc.lookup(entry.code)[0],
                            lambda product: self.ask_large_quantity(qty, product.name, then),
                            lambda exc: self._on_scan_error(code, exc))

    def ask_large_quantity(self, qty: Any, what: str, then: Callable[[], None]) -> None:
        """Run ``then`` at once, or after a yes when ``qty`` is over the store's limit."""
        limit = self._svc.store.large_quantity
        if qty <= limit:
            then()
            return
        yes = KEYMAP.binding(Act.CONFIRM_YES)
        dialog = ConfirmDialog(
            "Large quantity", f"Sell {formatting.quantity(qty)} of {what}? That is more than "
            f"{limit} at once.", yes_text=f"Sell {formatting.quantity(qty)}  {yes.key_text}",
            parent=self.view, yes_keys=KEYMAP.sequences(Act.CONFIRM_YES))
        self.large_quantity_dialog = dialog
        dialog.accepted.connect(then)
        dialog.rejected.connect(lambda: self.view.banner.show_message(
            f"Not added: {formatting.quantity(qty)} of {what}.", Level.INFO))
        dialog.finished.connect(lambda _r: self.view.focus_scan())
        dialog.open()

    def scan(self, code: str, *, typed: bool = False) -> None:
        """Add what ``code`` names; the ScanRouter calls this for scanner bursts too.

        Words ``typed`` in the scan field that name no SKU open the search with them.
        """
        if self._held_scans is not None:
            self._held_scans.append(code)  # the float is being counted: added after it
            return
        svc = self._svc

        def failed(exc: BaseException) -> None:
            if typed and isinstance(exc, NotACode):
                self.open_search(exc.words)
            else:
                self._on_scan_error(code, exc)

        self._with_cart(lambda cart: svc.scan(self._with_shift(cart), code),
                        self._on_line_added, failed)

    def _with_shift(self, cart: Cart) -> Cart:
        """The first line of a sale needs an open shift (worker thread): NoOpenShift if none."""
        if not cart.lines and self._svc.shift_needed():
            raise NoOpenShift()
        return cart

    def use_shift_prompt(self, ask: ShiftPrompt) -> None:
        """How the till asks for a shift when the first sale needs one (F7's Open shift)."""
        self._ask_for_shift = ask

    def _need_shift(self, code: str | None, product: ProductInfo | None = None,
                    again: Callable[[], None] | None = None) -> None:
        """No shift is open: count the float first, then add what was scanned or chosen
        (or run ``again`` what the cashier asked for)."""
        if self._held_scans is not None:  # already asking: this one waits too
            if code is not None:
                self._held_scans.append(code)
            return
        if self._ask_for_shift is None:
            self.show_error(NoOpenShift())
            return
        self._held_scans = [code] if code is not None else []

        def opened() -> None:
            held, self._held_scans = self._held_scans or [], None
            if product is not None:
                self.add_product(product)
            if again is not None:
                again()
            for code_again in held:
                self.scan(code_again)

        def backed_out() -> None:
            self._held_scans = None
            self.view.banner.show_message(
                "Not sold: every sale needs an open shift. Scan again to count the float, "
                "or open one with F7.", Level.WARNING)
            self.view.focus_scan()

        self._ask_for_shift(opened, backed_out)

    def on_scan(self, code: str) -> None:
        """ScanRouter handler: a scanner burst, wherever the keyboard focus was."""
        modal = QApplication.activeModalWidget()
        if self.search is not None and modal is self.search.dialog:
            self.search.dialog.reject()  # scanning beats searching: add the scanned item
        elif modal is not None:
            self.view.banner.show_message(
                f"Scan of {code} ignored: finish \"{modal.windowTitle()}\" first.", Level.WARNING,
                scanned=code)
            return
        typed = self.view.scan_field.text()
        if is_quantity_prefix(typed):  # "3*" typed, then the item scanned
            self.view.scan_field.clear()
            code = f"{typed.strip()}{code}"
            self._confirm_quantity(code, lambda: self.scan(code))
            return
        self.scan(code)

    def _on_line_added(self, line: Any) -> None:
        row = self.view.cart_model.row_of(line.line_id)
        self.view.select_row(row)
        if self.view.banner.level == Level.ERROR.value:
            self.view.banner.dismiss()  # the next good scan clears an old error

    def _on_scan_error(self, code: str, exc: BaseException) -> None:
        if isinstance(exc, NoOpenShift):
            self._need_shift(code)
            return
        if not isinstance(exc, UserFacingError):
            self.show_error(exc)
            return
        message = str(exc)
        if message.startswith(f"{code}: ") and code in message[len(code) + 2:]:
            message = message[len(code) + 2:]  # the reason names the code already
        if code not in message:
            message = f"{message} (code read: {code})"
        QApplication.beep()
        self.view.banner.show_message(f"Not added: {message}", Level.ERROR, scanned=code)
        self.view.focus_scan()
        self.scan_failed.emit(code, message)

    def add_product(self, product: ProductInfo) -> None:
        svc = self._svc

        def failed(exc: BaseException) -> None:
            if isinstance(exc, NoOpenShift):
                self._need_shift(None, product)
            else:
                self.show_error(exc)

        self._with_cart(lambda cart: svc.add_product(self._with_shift(cart), product, 1),
                        self._on_line_added, failed)

    # -- keys ---------------------------------------------------------------------------

    def back(self) -> bool:
        """Esc: clear what is typed, else close the message; the Sell screen has no way back."""
        if self.view.scan_field.text():
            self.view.scan_field.clear()
        else:
            self.view.banner.dismiss()
        self.view.focus_scan()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.view.scan_field and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Delete
                and not self.view.scan_field.text()):
            self.void_selected_line()
            return True
        return super().eventFilter(watched, event)

    # -- search, quantity, void ---------------------------------------------------------

    def open_search(self, words: str = "") -> None:
        """F2, or words typed in the scan field: the search, with those words already in."""
        self.search = SearchController(self._svc, self._runner, self._currency, self.view)
        self.search.chosen.connect(self.add_product)
        self.search.open(words)

    def open_quantity(self) -> None:
        line = self._selected_line()
        if line is None:
            self.view.banner.show_message("Select a line first (Up/Down).", Level.INFO)
            return
        dialog = QuantityDialog(line.name, line.qty, line.sold_by, self.view)
        self.quantity_dialog = dialog
        svc, line_id = self._svc, line.line_id

        def accepted() -> None:
            qty = dialog.value
            if qty is None:
                return
            actor = self._who()  # a new quantity can take a discount past the limit
            self.ask_large_quantity(qty, line.name, lambda: self._run_checked(
                Action.DISCOUNT_OVER_LIMIT,
                lambda cart, ok: svc.set_quantity(cart, line_id, qty, actor=actor, override=ok),
                lambda _l: None))

        dialog.accepted.connect(accepted)
        dialog.open()

    def void_selected_line(self) -> None:
        line = self._selected_line()
        if line is None:
            return
        svc, line_id = self._svc, line.line_id
        actor = self._who()
        self._run_checked(
            Action.VOID_LINE,
            lambda cart, ok: svc.void_line(cart, line_id, actor=actor, override=ok),
            lambda _l: self.view.banner.show_message(f"Voided: {line.name}", Level.INFO),
        )

    # -- discounts and price override ---------------------------------------------------

    def _run_checked(self, action: Action,
                     work: Callable[[Cart, ManagerOverride | None], T],
                     on_done: Callable[[T], None]) -> None:
        """Run cart work; when the service wants a manager, ask one and run it again once."""

        def start(ok: ManagerOverride | None, failed: Callable[[BaseException], None]) -> None:
            self._with_cart(lambda cart: work(cart, ok), on_done, failed)

        if self._approvals is None:
            start(None, self.show_error)
        else:
            self._approvals.run(action, start, self.show_error, parent=self.view)

    def _subject(self, line: LineView) -> str:
        money = formatting.money_with_code(line.total_minor + line.discount_minor, self._currency)
        return f"{line.name} ({formatting.quantity(line.qty)} x, {money})"

    def open_line_discount(self) -> None:
        """F5: a percent or amount off the selected line (Remove takes it off again)."""
        line = self._selected_line()
        if line is None:
            self.view.banner.show_message("Select a line first (Up/Down).", Level.INFO)
            return
        dialog = DiscountDialog("Line discount", self._subject(line), self._currency,
                                parent=self.view)
        self.discount_dialog = dialog
        svc, line_id, name = self._svc, line.line_id, line.name

        def accepted() -> None:
            discount = dialog.value
            actor = self._who()
            self._run_checked(
                Action.DISCOUNT_OVER_LIMIT,
                lambda cart, ok: svc.set_line_discount(cart, line_id, discount, actor=actor,
                                                       override=ok),
                lambda _l: self.view.banner.show_message(
                    f"{'Discount on' if discount else 'Discount removed from'} {name}.",
                    Level.INFO))

        dialog.accepted.connect(accepted)
        dialog.open()

    def open_order_discount(self) -> None:
        """F6: a percent or amount off the whole sale, shared over its lines."""
        cart_view = self._open_sale()
        if cart_view is None:
            return
        subtotal = formatting.money_with_code(cart_view.totals.subtotal_minor, self._currency)
        dialog = DiscountDialog("Discount on the whole sale",
                                f"{formatting.lines(len(cart_view.lines))}, {subtotal}",
                                self._currency, current=cart_view.order_discount,
                                parent=self.view)
        self.discount_dialog = dialog
        svc = self._svc

        def accepted() -> None:
            discount: Discount | None = dialog.value
            actor = self._who()
            self._run_checked(
                Action.DISCOUNT_OVER_LIMIT,
                lambda cart, ok: svc.set_order_discount(cart, discount, actor=actor, override=ok),
                lambda _r: self.view.banner.show_message(
                    "Sale discount given." if discount else "Sale discount removed.",
                    Level.INFO))

        dialog.accepted.connect(accepted)
        dialog.open()

    def open_price_override(self) -> None:
        """F8: a new unit price for the selected line, with a reason (journalled)."""
        line = self._selected_line()
        if line is None:
            self.view.banner.show_message("Select a line first (Up/Down).", Level.INFO)
            return
        dialog = PriceOverrideDialog(line.name, line.unit_price_minor, self._currency,
                                     parent=self.view)
        self.price_dialog = dialog
        svc, line_id, name = self._svc, line.line_id, line.name

        def accepted() -> None:
            price, reason = dialog.price_minor, dialog.reason_text
            if price is None:
                return
            actor = self._who()
            self._run_checked(
                Action.PRICE_OVERRIDE,
                lambda cart, ok: svc.override_price(cart, line_id, price, reason,
                                                    actor=actor, override=ok),
                lambda _l: self.view.banner.show_message(
                    f"Price of {name} now "
                    f"{formatting.money_with_code(price, self._currency)} ({reason}).",
                    Level.INFO))

        dialog.accepted.connect(accepted)
        dialog.open()

    def open_open_price(self) -> None:
        """Ctrl+O: an unlabelled item at a typed price (its own right, or a manager's PIN)."""
        dialog = OpenPriceDialog(self._currency, self._svc.store.policy.rates, parent=self.view)
        self.open_price_dialog = dialog
        svc = self._svc

        def accepted() -> None:
            name, price, tax_class = dialog.value
            actor = self._who()

            def failed(exc: BaseException) -> None:
                if isinstance(exc, NoOpenShift):
                    self._need_shift(None, again=accepted)
                else:
                    self.show_error(exc)

            def start(ok: ManagerOverride | None,
                      on_error: Callable[[BaseException], None]) -> None:
                self._with_cart(lambda cart: svc.add_open_price(
                    self._with_shift(cart), name, price, tax_class, actor=actor, override=ok),
                    self._on_line_added, on_error)

            if self._approvals is None:
                start(None, failed)
            else:
                self._approvals.run(Action.OPEN_PRICE, start, failed, parent=self.view)

        dialog.accepted.connect(accepted)
        dialog.open()

    # -- the customer of the sale ---------------------------------------------------------

    def open_customer(self) -> None:
        """Ctrl+M: find the customer by phone, email or name (or add one) and attach them;
        with one attached, Ctrl+R (or its button) takes them off."""
        if self._customers is None:
            return
        current = self.cart_view.customer if self.cart_view is not None else None
        if self._last_sale is not None:
            current = None  # the finished sale's customer is not the next one's

        def staff() -> str:
            actor = self._who()
            return actor.label if actor is not None else ""

        picker = CustomerPicker(self._customers, self._runner, self._currency, staff=staff,
                                heading=(f"The sale is for {current.name}: find another"
                                         if current else "Find the customer of this sale"),
                                parent=self.view)
        self.customer_picker = picker
        picker.chosen.connect(self._attach_customer)
        if current is not None:
            remove = KEYMAP.binding(Act.CUSTOMER_REMOVE)
            button = picker.add_button(QPushButton(f"No customer  {remove.key_text}", picker))
            button.setObjectName("removeCustomerButton")

            def take_off() -> None:
                picker.accept()
                self._attach_customer(None)

            button.clicked.connect(take_off)
            for sequence in KEYMAP.sequences(Act.CUSTOMER_REMOVE):
                QShortcut(sequence, picker).activated.connect(take_off)
        picker.finished.connect(lambda _r: self.view.focus_scan())
        picker.open()

    def _attach_customer(self, customer: CustomerView | None) -> None:
        svc = self._svc
        customer_id = customer.customer_id if customer is not None else None
        # The label under the totals names them: no banner to push the scan field down.
        self._with_cart(lambda cart: svc.set_customer(cart, customer_id))

    # -- quick keys ---------------------------------------------------------------------

    def use_quick_keys(self, keys: QuickKeyService) -> None:
        """The store's quick keys under the sale (Ctrl+F1 … Ctrl+F12, or a touch)."""
        self._quick = keys
        for n, button in enumerate(self.view.quick_buttons, start=1):
            button.clicked.connect(lambda _c=False, n=n: self.press_quick_key(n))
        self.reload_quick_keys()

    def reload_quick_keys(self) -> None:
        """Read the layout again (at start-up, after a pull, after an edit)."""
        if self._quick is not None:
            self._runner.run_db(self._quick.layout, self._show_quick_keys, self.show_error)

    def _show_quick_keys(self, views: tuple[QuickKeyView, ...]) -> None:
        self._quick_views = {v.key.position: v for v in views}
        self.view.show_quick_keys({p: v.text for p, v in self._quick_views.items()})

    def press_quick_key(self, position: int) -> None:
        key = self._quick_views.get(position)
        if key is None:
            self.view.banner.show_message(f"Quick key {position} is not set.", Level.INFO)
        elif key.product is None:
            self.view.banner.show_message(
                f"Quick key {position} sells {key.key.sku}, which is not in the catalog.",
                Level.WARNING)
        else:
            self.add_product(key.product)

    def open_quick_keys_editor(self) -> None:
        """Ctrl+G: a manager changes the store's quick keys (journalled, sent to the hub)."""
        quick = self._quick
        if quick is None:
            return
        dialog = QuickKeysDialog([v.key for v in self._quick_views.values()], self.view)
        self.quick_keys_dialog = dialog

        def submitted(keys: Any) -> None:
            actor = self._who()

            def start(ok: ManagerOverride | None,
                      failed: Callable[[BaseException], None]) -> None:
                self._runner.run_db(lambda: quick.save(keys, actor=actor, override=ok),
                                    saved, failed)

            def saved(views: tuple[QuickKeyView, ...]) -> None:
                dialog.accept()
                self._show_quick_keys(views)
                self.view.banner.show_message("Quick keys saved; the store's other tills get "
                                              "them from the hub.", Level.SUCCESS)

            def failed(exc: BaseException) -> None:
                dialog.show_error(str(exc) if isinstance(exc, UserFacingError)
                                  else "Something went wrong; the details are in the log.")

            if self._approvals is None:
                start(None, failed)
            else:
                self._approvals.run(Action.CHANGE_SETTINGS, start, failed, parent=dialog)

        dialog.submitted.connect(submitted)
        dialog.finished.connect(lambda _r: self.view.focus_scan())
        dialog.open()

    def _open_sale(self) -> CartView | None:
        if self._last_sale is not None or self.cart_view is None or self.cart_view.is_empty:
            self.view.banner.show_message("The sale is empty: scan an item first.", Level.INFO)
            return None
        return self.cart_view

    # -- device settings ------------------------------------------------------------------

    def devices_saved(self, values: Mapping[str, Any]) -> None:
        """F3's dialog saved: say where receipts go now."""
        uri = values.get("printer.uri") or ""
        text = f"Device settings saved. Receipts now go to {uri}." if uri else (
            "Device settings saved. No receipt printer is set up.")
        self.view.banner.show_message(text, Level.SUCCESS)

    # -- payment ------------------------------------------------------------------------

    def open_payment(self) -> None:
        if self._payment_pending or (self.payment is not None and self.payment.dialog.isVisible()):
            return  # F12 pressed twice: one dialog
        if self.cart_view is None or self.cart_view.is_empty:
            self.view.banner.show_message("The sale is empty: scan an item first.", Level.INFO)
            return
        svc = self._svc
        self._payment_pending = True

        def failed(exc: BaseException) -> None:
            self._payment_pending = False
            self.show_error(exc)

        self._with_cart(lambda cart: svc.start_payment(cart, self._tenders), self._show_payment,
                        failed)

    def _show_payment(self, payment: Payment) -> None:
        self._payment_pending = False
        ctl = PaymentController(PaymentDialog(self.view), payment,
                                store_credit=self.store_credit, keeps_tenders=True)
        self.payment = ctl
        ctl.submitted.connect(self._commit_sale)
        ctl.tenders_changed.connect(self._keep_tenders)
        ctl.closed.connect(self._payment_closed)
        ctl.open()

    def _paid_text(self, paid_minor: int) -> str:
        return (f"{formatting.money_with_code(paid_minor, self._currency)} is paid already: "
                "F12 to finish the payment (or to remove the tender).")

    def _payment_closed(self, committed: bool) -> None:
        """Back from the payment with tenders taken: they stay on the sale, on screen too."""
        if committed or not self._paid_minor or self.cart_view is None:
            return
        self.view.totals.show_totals(self.cart_view.totals, paid_minor=self._paid_minor)
        self.view.banner.show_message(self._paid_text(self._paid_minor), Level.INFO, ms=0)

    def _keep_tenders(self, tenders: tuple[Tender, ...]) -> None:
        """A tender taken or removed: the open sale stores it (on the worker, in order)."""
        svc, actor = self._svc, self._who()
        self._paid_minor = sum(t.amount_minor for t in tenders)

        def job() -> None:
            self._tenders = list(tenders)
            svc.keep(self._cart_on_worker(), self._tenders, actor=actor)

        self._runner.run_db(job, lambda _r: None, self.show_error)

    def _commit_sale(self, payment: Payment) -> None:
        svc, actor = self._svc, self._who()
        ctl = self.payment

        def work(cart: Cart, ok: ManagerOverride | None) -> tuple[SaleCompleted, CartView]:
            sold = cart.view()
            done = svc.complete_sale(cart, payment, actor=actor, override=ok)
            self._cart = svc.new_cart()  # the next sale starts empty
            self._tenders = []
            return done, sold

        def failed(exc: BaseException) -> None:
            message = str(exc) if isinstance(exc, UserFacingError) else "unexpected error"
            if ctl is not None:
                ctl.commit_failed(message)
            if not isinstance(exc, UserFacingError):
                self._runner.unexpected_error.emit(exc)

        def start(ok: ManagerOverride | None, refused: Callable[[BaseException], None]) -> None:
            self._with_cart(lambda cart: work(cart, ok),
                            lambda pair: self._on_sale_completed(pair[0], pair[1], payment),
                            refused)

        # The limits are held once more at payment: a manager may have to approve the sale.
        if self._approvals is None:
            start(None, failed)
        else:
            self._approvals.run(Action.DISCOUNT_OVER_LIMIT, start, failed, parent=self.view)

    def _on_sale_completed(self, done: SaleCompleted, sold: CartView, payment: Payment) -> None:
        paid = sum(t.tendered_minor or t.amount_minor for t in payment.tenders)
        self._paid_minor = 0  # the next sale has nothing paid
        self._show_last_sale(sold, done.receipt_no, paid, done.change_minor)
        if self.payment is not None:
            self.payment.finish()
        text = f"Sale {done.receipt_no} done."
        if done.change_minor:
            text += f"  Change due {formatting.money_with_code(done.change_minor, self._currency)}"
        if not self._printer.configured:
            text += "  (No printer set up: no receipt.)"
        self.view.banner.show_message(text, Level.SUCCESS, ms=15000)
        # Only after the commit: a printed receipt always has its sale in the database.
        self._printer.print_receipt(done.receipt, open_drawer=done.open_drawer)
        self.sale_completed.emit(done)
        self.view.focus_scan()

    # -- park, resume, cancel -------------------------------------------------------------

    def _park_label(self, cart_view: CartView) -> str:
        total = formatting.money_with_code(cart_view.totals.total_minor, self._currency)
        first, more = cart_view.lines[0].name, len(cart_view.lines) - 1
        return f"{first}{f' +{more} more' if more else ''}, {total}"

    def park_sale(self) -> None:
        if self.cart_view is None or self.cart_view.is_empty:
            self.view.banner.show_message("The sale is empty: nothing to park.", Level.INFO)
            return
        label = self._park_label(self.cart_view)
        svc, actor = self._svc, self._who()

        def work(cart: Cart) -> str:
            parked_id = svc.park(cart, label=label, actor=actor)
            self._cart = svc.new_cart()
            return parked_id

        self._with_cart(work, lambda _id: self.view.banner.show_message(
            f"Sale parked ({label}). Resume it with Resume sale.", Level.SUCCESS))

    def signed_in(self, actor: Actor) -> None:
        """Someone signed in after a lock: a sale another person started is not simply theirs.

        They continue it (Enter) or park it under the cashier who started it (F12).
        """
        started_by, cart_view = self._started_by, self.cart_view
        if (cart_view is None or cart_view.is_empty or self._last_sale is not None
                or started_by is None or started_by == actor.label):
            return
        if self._paid_minor:  # tenders taken: it cannot be parked, only paid or cleared
            paid = formatting.money_with_code(self._paid_minor, self._currency)
            log.info("%s continues the sale started by %s (tenders taken)", actor.label,
                     started_by)
            self.view.banner.show_message(
                f"You continue the sale {started_by} started: {paid} is paid already. "
                "F12 to finish the payment.", Level.INFO, ms=0)
            return
        total = formatting.money_with_code(cart_view.totals.total_minor, self._currency)
        yes = KEYMAP.binding(Act.CONFIRM_YES)
        dialog = ConfirmDialog(
            "Open sale",
            f"{started_by} started this sale ({formatting.lines(len(cart_view.lines))}, "
            f"{total}). Continue the sale started by {started_by}, or park it for them?",
            f"Park it for {started_by}  {yes.key_text}", "Continue the sale  Enter",
            parent=self.view, yes_keys=KEYMAP.sequences(Act.CONFIRM_YES))
        dialog.yes_button.setProperty("kind", "")  # parking loses nothing: not a danger
        self.handover_dialog = dialog
        dialog.accepted.connect(lambda: self._park_for(started_by))
        dialog.rejected.connect(lambda: self._continue_for(actor, started_by))
        dialog.open()

    def _continue_for(self, actor: Actor, started_by: str) -> None:
        log.info("%s continues the sale started by %s", actor.label, started_by)
        self.view.banner.show_message(f"You continue the sale {started_by} started.", Level.INFO)

    def _park_for(self, owner: str) -> None:
        if self.cart_view is None or self.cart_view.is_empty:
            return
        label = self._park_label(self.cart_view)
        svc, actor = self._svc, self._who()

        def work(cart: Cart) -> str:
            parked_id = svc.park(cart, label=label, actor=actor, owner=owner)
            self._cart = svc.new_cart()
            return parked_id

        self._with_cart(work, lambda _id: self.view.banner.show_message(
            f"{owner}'s sale is parked ({label}): Resume sale brings it back.", Level.SUCCESS))

    def open_resume(self) -> None:
        if self.cart_view is not None and not self.cart_view.is_empty:
            self.view.banner.show_message(
                "Finish, park or cancel the current sale before resuming another.", Level.INFO)
            return
        self._runner.run_db(self._svc.parked, self._show_parked, self.show_error)

    def _show_parked(self, rows: list[ParkedInfo]) -> None:
        if not rows:
            self.view.banner.show_message("No parked sales.", Level.INFO)
            return
        model = ParkedModel()
        model.set_rows(rows)
        dialog = ResumeDialog(model, self.view)
        self.resume_dialog = dialog
        dialog.chosen.connect(self.resume)
        dialog.open()

    def resume(self, parked_id: str) -> None:
        svc = self._svc

        def job() -> CartView:
            current = self._cart_on_worker()
            if current.lines:
                raise StateError("finish, park or cancel the current sale before resuming another")
            self._cart = svc.resume(parked_id)
            return self._cart.view()

        self._runner.run_db(job, self._show_cart, self.show_error)

    def ask_cancel_sale(self) -> None:
        """Cancel sale: Back is the default (Enter); the cashier names a reason, then F12."""
        if self.cart_view is None or self.cart_view.is_empty:
            return
        total = formatting.money_with_code(self.cart_view.totals.total_minor, self._currency)
        count = len(self.cart_view.lines)
        yes = KEYMAP.binding(Act.CONFIRM_YES)
        dialog = CancelSaleDialog(f"Cancel this sale ({formatting.lines(count)}, {total})?",
                                  CANCEL_REASONS, yes_text=f"Cancel the sale  {yes.key_text}",
                                  yes_keys=KEYMAP.sequences(Act.CONFIRM_YES), parent=self.view)
        self.confirm_dialog = dialog
        dialog.accepted.connect(lambda: self.cancel_sale(dialog.reason))
        dialog.open()

    def cancel_sale(self, reason: str) -> None:
        svc, actor = self._svc, self._who()

        def work(cart: Cart, ok: ManagerOverride | None) -> None:
            svc.cancel(cart, reason=reason, actor=actor, override=ok)
            self._cart = svc.new_cart()

        self._run_checked(Action.CANCEL_SALE, work,
                          lambda _r: self.view.banner.show_message("Sale cancelled.", Level.INFO))

    # -- receipts -------------------------------------------------------------------------

    def reprint_last(self) -> None:
        svc = self._svc

        def job() -> Any:
            sale_id = svc.last_sale_id()
            return None if sale_id is None else svc.receipt(sale_id, copy=True)

        def done(receipt: Any) -> None:
            if receipt is None:
                self.view.banner.show_message("No sale to reprint yet.", Level.INFO)
                return
            self.view.banner.show_message(f"Reprinting receipt {receipt.receipt_no}.", Level.INFO)
            self._printer.reprint(receipt)

        self._runner.run_db(job, done, self.show_error)


