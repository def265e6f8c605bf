"""The Sell screen: wires the view's buttons and the shell's keys to the parts that do the
work, and is the screen the shell shows (a ``shell.screen.Screen``).

The parts share the sale on screen (``sale_on_screen.SaleOnScreen``: the cart on the database
worker, the snapshot on the GUI):

* ``scans``: scans, typed codes, the search and the float before the first line
  (``scan_handler``),
* ``sale_actions``: quantity, void, discounts, price, open price, customer, cancel
  (``sale_actions``),
* ``handover``: park, resume and the hand-over after a lock (``handover``),
* ``checkout``: payment, the step after it (change, receipt) and reprint (``checkout``),
* ``quick_keys``: the grid of favourite products (``quick_keys``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from omnipos.domain.cart import CartView
from omnipos.domain.permissions import Actor
from omnipos.services.customers import CustomerService
from omnipos.services.quick_keys import QuickKeyService
from omnipos.services.selling import CheckoutService
from omnipos.ui.common.approval import Approvals
from omnipos.ui.common.banner import Level
from omnipos.ui.common.customer_picker import StoreCredit
from omnipos.ui.common.tasks import TaskRunner
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from omnipos.ui.i18n import translate
from omnipos.ui.selling.checkout import Checkout
from omnipos.ui.selling.handover import HandOver
from omnipos.ui.selling.quick_keys import QuickKeys
from omnipos.ui.selling.sale_actions import SaleActions
from omnipos.ui.selling.sale_on_screen import ActorSource, SaleOnScreen, nobody
from omnipos.ui.selling.scan_handler import ScanHandler, ShiftPrompt
from omnipos.ui.selling.sell_view import SellView
from omnipos.ui.shell.keymap import Act, ScreenId


class SellController(QObject):
    """The Sell screen (a ``shell.screen.Screen``)."""

    cart_changed = Signal(object)  # CartView, after every change the GUI shows
    sale_completed = Signal(object)  # SaleCompleted
    paid_shown = Signal(object, int, int)  # the sale's CartView, paid, change: on screen now
    scan_failed = Signal(str, str)  # code, message

    screen_id = ScreenId.SELL

    def __init__(self, view: SellView, svc: CheckoutService, runner: TaskRunner,
                 printer: ReceiptPrinter, *, actor: ActorSource = nobody,
                 approvals: Approvals | None = None,
                 customers: CustomerService | None = None) -> None:
        super().__init__(view)
        self.view = view
        self._svc = svc
        self._look_up_stock: Callable[[str], None] | None = None  # the Stock screen's card
        self.sale = SaleOnScreen(view, svc, runner, actor=actor, approvals=approvals,
                                 shown=self.cart_changed.emit, paid_shown=self.paid_shown.emit)
        self.scans = ScanHandler(self.sale, failed=self.scan_failed.emit)
        self.sale_actions = SaleActions(self.sale, self.scans, customers)
        self.handover = HandOver(self.sale)
        self.checkout = Checkout(self.sale, printer, completed=self.sale_completed.emit)
        self.quick_keys = QuickKeys(self.sale, self.scans.add_product)
        self._connect(customers is not None)
        self.sale.restore()

    # -- wiring -----------------------------------------------------------------------

    def _connect(self, has_customers: bool) -> None:
        v, actions = self.view, self.sale_actions
        v.scan_field.returnPressed.connect(self.scans.scan_entered)
        v.search_button.clicked.connect(lambda: self.scans.open_search())
        v.quantity_button.clicked.connect(actions.open_quantity)
        v.void_button.clicked.connect(actions.void_selected_line)
        v.clear_button.clicked.connect(self.back)
        v.pay_button.clicked.connect(self.checkout.open_payment)
        v.park_button.clicked.connect(self.handover.park_sale)
        v.resume_button.clicked.connect(self.handover.open_resume)
        v.cancel_button.clicked.connect(actions.ask_cancel_sale)
        v.reprint_button.clicked.connect(self.checkout.reprint_last)
        v.line_discount_button.clicked.connect(actions.open_line_discount)
        v.order_discount_button.clicked.connect(actions.open_order_discount)
        v.price_button.clicked.connect(actions.open_price_override)
        v.open_price_button.clicked.connect(actions.open_open_price)
        v.customer_button.clicked.connect(actions.open_customer)
        v.customer_button.setEnabled(has_customers)
        v.devices_button.setEnabled(False)  # until the shell has device settings (F3)
        # QLineEdit takes Delete for itself; with nothing typed, Delete voids the line.
        v.scan_field.installEventFilter(self)

    def use_stock_lookup(self, look_up: Callable[[str], None]) -> None:
        """Ctrl+L opens the Stock screen's card for the selected line's item."""
        self._look_up_stock = look_up

    def use_devices(self, open_devices: Callable[[], None]) -> None:
        """The Devices button opens what F3 opens."""
        self.view.devices_button.clicked.connect(open_devices)
        self.view.devices_button.setEnabled(True)

    def use_shift_prompt(self, ask: ShiftPrompt) -> None:
        """How the till asks for a shift when the first sale needs one (F7's Open shift)."""
        self.scans.use_shift_prompt(ask)

    def use_quick_keys(self, keys: QuickKeyService) -> None:
        """The store's quick keys under the sale (Ctrl+F1 … Ctrl+F12, or a touch)."""
        self.quick_keys.use(keys)

    def use_store_credit(self, credit: StoreCredit) -> None:
        """The store credit tender in the payment dialog, with its customer look-up."""
        self.checkout.store_credit = credit

    # -- the screen, as the shell sees it ------------------------------------------------

    @property
    def page(self) -> QWidget:
        return self.view

    @property
    def cart_view(self) -> CartView | None:
        """The sale the screen shows now (None until the open sale is read at start-up)."""
        return self.sale.cart_view

    def actions(self) -> Mapping[Act, Callable[[], None]]:
        actions, quick = self.sale_actions, self.quick_keys
        return {
            Act.SEARCH: self.scans.open_search,
            Act.QUANTITY: actions.open_quantity,
            Act.LINE_DISCOUNT: actions.open_line_discount,
            Act.SALE_DISCOUNT: actions.open_order_discount,
            Act.PRICE: actions.open_price_override,
            Act.VOID_LINE: actions.void_selected_line,  # when the scan field lacks focus
            Act.LINE_UP: lambda: self.sale.move_selection(-1),
            Act.LINE_DOWN: lambda: self.sale.move_selection(1),
            Act.OPEN_PRICE: actions.open_open_price,
            Act.STOCK_OF_LINE: self.look_up_stock,
            Act.CUSTOMER: actions.open_customer,
            Act.QUICK_KEYS_EDIT: quick.open_editor,
            **{Act.quick(n): (lambda n=n: quick.press(n))
               for n in range(1, len(self.view.quick_buttons) + 1)},
        }

    def activate(self) -> None:
        """Nothing to load: the sale in progress stays as it was."""

    def deactivate(self) -> None:
        """The sale in progress stays (cart and snapshot); Alt+1 comes back to it."""

    def focus_widget(self) -> QWidget:
        return self.view.scan_field

    def complete(self) -> None:
        self.checkout.open_payment()

    def back(self) -> bool:
        """Esc: clear what is typed, else close the message; the Sell screen has no way back."""
        if self.view.scan_field.text():
            self.view.scan_field.clear()
        else:
            self.view.banner.dismiss()
        self.view.focus_scan()
        return True

    def on_scan(self, code: str) -> None:
        """ScanRouter handler: a scanner burst, wherever the keyboard focus was."""
        self.scans.on_scan(code)

    def scan(self, code: str) -> None:
        """Add what ``code`` names, as a scan does."""
        self.scans.scan(code)

    def signed_in(self, actor: Actor) -> None:
        """Someone signed in after a lock: continue or park a sale another person started."""
        self.handover.signed_in(actor)

    def show_error(self, exc: BaseException) -> None:
        """The one way errors reach the cashier: the banner (or the crash dialog)."""
        self.sale.show_error(exc)

    def look_up_stock(self) -> None:
        line = self.sale.line_or_say()
        if line is None:
            return
        if self._look_up_stock is None:
            self.view.banner.show_message(translate("Sell", "This till has no Stock screen."),
                                          Level.INFO)
        else:
            self._look_up_stock(line.sku)

    def devices_saved(self, values: Mapping[str, Any]) -> None:
        """F3's dialog saved: say where receipts go now."""
        uri = values.get("printer.uri") or ""
        text = translate("Sell", "Device settings saved. Receipts now go to {uri}.").format(
            uri=uri) if uri else (
            translate("Sell", "Device settings saved. No receipt printer is set up."))
        self.view.banner.show_message(text, Level.SUCCESS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.view.scan_field and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Delete
                and not self.view.scan_field.text()):
            self.sale_actions.void_selected_line()
            return True
        return super().eventFilter(watched, event)
