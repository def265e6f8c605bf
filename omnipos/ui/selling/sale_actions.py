"""What the cashier does to a line or to the whole sale, each with its dialog: quantity, void,
line and sale discounts, price override, an open-price item, the customer of the sale, and
cancelling the sale. A change past a limit goes through the one approval flow."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QPushButton

from omnipos.domain.cart import Cart, Discount, LineView
from omnipos.domain.permissions import Action, ManagerOverride
from omnipos.services.customers import CustomerService, CustomerView
from omnipos.services.selling import CANCEL_REASONS
from omnipos.services.shifts import NoOpenShift
from omnipos.ui.common import formatting
from omnipos.ui.common.banner import Level
from omnipos.ui.common.customer_picker import CustomerPicker
from omnipos.ui.i18n import translate
from omnipos.ui.selling.cancel_dialog import CancelSaleDialog
from omnipos.ui.selling.discount_dialog import DiscountDialog, PriceOverrideDialog
from omnipos.ui.selling.open_price_dialog import OpenPriceDialog
from omnipos.ui.selling.quantity_dialog import QuantityDialog
from omnipos.ui.selling.sale_on_screen import SaleOnScreen
from omnipos.ui.selling.scan_handler import ScanHandler
from omnipos.ui.shell.keymap import KEYMAP, Act


class SaleActions:
    """The Sell screen's line and sale actions (F4, Delete, F5, F6, F8, Ctrl+O, Ctrl+M, Cancel)."""

    def __init__(self, sale: SaleOnScreen, scans: ScanHandler,
                 customers: CustomerService | None = None) -> None:
        self._sale = sale
        self._scans = scans  # an open-price item is a line added like a scan
        self._customers = customers
        # Open dialogs, kept so tests (and a second key press) can find them.
        self.quantity_dialog: QuantityDialog | None = None
        self.discount_dialog: DiscountDialog | None = None
        self.price_dialog: PriceOverrideDialog | None = None
        self.open_price_dialog: OpenPriceDialog | None = None
        self.customer_picker: CustomerPicker | None = None
        self.confirm_dialog: CancelSaleDialog | None = None

    def _say(self, text: str) -> None:
        self._sale.view.banner.show_message(text, Level.INFO)

    # -- the selected line ------------------------------------------------------------------

    def open_quantity(self) -> None:
        sale = self._sale
        line = sale.line_or_say()
        if line is None:
            return
        dialog = QuantityDialog(line.name, line.qty, line.sold_by, sale.view)
        self.quantity_dialog = dialog
        svc, line_id = sale.svc, line.line_id

        def accepted() -> None:
            qty = dialog.value
            if qty is None:
                return
            actor = sale.who()  # a new quantity can take a discount past the limit
            self._scans.ask_large_quantity(qty, line.name, lambda: sale.run_checked(
                Action.DISCOUNT_OVER_LIMIT,
                lambda cart, ok: svc.set_quantity(cart, line_id, qty, actor=actor, override=ok),
                lambda _l: None))

        dialog.accepted.connect(accepted)
        dialog.open()

    def void_selected_line(self) -> None:
        sale = self._sale
        line = sale.selected_line()
        if line is None:
            return
        svc, line_id = sale.svc, line.line_id
        actor = sale.who()
        sale.run_checked(
            Action.VOID_LINE,
            lambda cart, ok: svc.void_line(cart, line_id, actor=actor, override=ok),
            lambda _l: self._say(translate("Sell", "Voided: {name}").format(name=line.name)),
        )

    def _subject(self, line: LineView) -> str:
        money = formatting.money_with_code(line.total_minor + line.discount_minor,
                                           self._sale.currency)
        return f"{line.name} ({formatting.quantity(line.qty)} x, {money})"

    def open_line_discount(self) -> None:
        """F5: a percent or amount off the selected line (Remove takes it off again)."""
        sale = self._sale
        line = sale.line_or_say()
        if line is None:
            return
        dialog = DiscountDialog(translate("Sell", "Line discount"), self._subject(line),
                                sale.currency,
                                parent=sale.view)
        self.discount_dialog = dialog
        svc, line_id, name = sale.svc, line.line_id, line.name

        def accepted() -> None:
            discount = dialog.value
            actor = sale.who()
            sale.run_checked(
                Action.DISCOUNT_OVER_LIMIT,
                lambda cart, ok: svc.set_line_discount(cart, line_id, discount, actor=actor,
                                                       override=ok),
                lambda _l: self._say(
                    (translate("Sell", "Discount on {name}.") if discount else
                     translate("Sell", "Discount removed from {name}.")).format(name=name)))

        dialog.accepted.connect(accepted)
        dialog.open()

    def open_price_override(self) -> None:
        """F8: a new unit price for the selected line, with a reason (journalled)."""
        sale = self._sale
        line = sale.line_or_say()
        if line is None:
            return
        dialog = PriceOverrideDialog(line.name, line.unit_price_minor, sale.currency,
                                     parent=sale.view)
        self.price_dialog = dialog
        svc, line_id, name = sale.svc, line.line_id, line.name

        def accepted() -> None:
            price, reason = dialog.price_minor, dialog.reason_text
            if price is None:
                return
            actor = sale.who()
            sale.run_checked(
                Action.PRICE_OVERRIDE,
                lambda cart, ok: svc.override_price(cart, line_id, price, reason,
                                                    actor=actor, override=ok),
                lambda _l: self._say(
                    translate("Sell", "Price of {name} now {amount} ({reason}).").format(
                        name=name, amount=formatting.money_with_code(price, sale.currency),
                        reason=reason)))

        dialog.accepted.connect(accepted)
        dialog.open()

    # -- the whole sale ---------------------------------------------------------------------

    def open_order_discount(self) -> None:
        """F6: a percent or amount off the whole sale, shared over its lines."""
        sale = self._sale
        cart_view = sale.open_sale()
        if cart_view is None:
            return
        subtotal = formatting.money_with_code(cart_view.totals.subtotal_minor, sale.currency)
        dialog = DiscountDialog(translate("Sell", "Discount on the whole sale"),
                                f"{formatting.lines(len(cart_view.lines))}, {subtotal}",
                                sale.currency, current=cart_view.order_discount,
                                parent=sale.view)
        self.discount_dialog = dialog
        svc = sale.svc

        def accepted() -> None:
            discount: Discount | None = dialog.value
            actor = sale.who()
            sale.run_checked(
                Action.DISCOUNT_OVER_LIMIT,
                lambda cart, ok: svc.set_order_discount(cart, discount, actor=actor, override=ok),
                lambda _r: self._say(
                    translate("Sell", "Sale discount given.") if discount else translate(
                        "Sell", "Sale discount removed.")))

        dialog.accepted.connect(accepted)
        dialog.open()

    def open_open_price(self) -> None:
        """Ctrl+O: an unlabelled item at a typed price (its own right, or a manager's PIN)."""
        sale = self._sale
        dialog = OpenPriceDialog(sale.currency, sale.svc.store.policy.rates, parent=sale.view)
        self.open_price_dialog = dialog
        svc = sale.svc

        def accepted() -> None:
            name, price, tax_class = dialog.value
            actor = sale.who()

            def failed(exc: BaseException) -> None:
                if isinstance(exc, NoOpenShift):
                    self._scans.need_shift(None, again=accepted)
                else:
                    sale.show_error(exc)

            def start(ok: ManagerOverride | None,
                      on_error: Callable[[BaseException], None]) -> None:
                sale.with_cart(lambda cart: svc.add_open_price(
                    sale.with_shift(cart), name, price, tax_class, actor=actor, override=ok),
                    self._scans.line_added, on_error)

            if sale.approvals is None:
                start(None, failed)
            else:
                sale.approvals.run(Action.OPEN_PRICE, start, failed, parent=sale.view)

        dialog.accepted.connect(accepted)
        dialog.open()

    def open_customer(self) -> None:
        """Ctrl+M: find the customer by phone, email or name (or add one) and attach them;
        with one attached, Ctrl+R (or its button) takes them off."""
        if self._customers is None:
            return
        sale = self._sale
        current = sale.cart_view.customer if sale.cart_view is not None else None
        if sale.last_sale is not None:
            current = None  # the finished sale's customer is not the next one's

        def staff() -> str:
            actor = sale.who()
            return actor.label if actor is not None else ""

        picker = CustomerPicker(self._customers, sale.runner, sale.currency, staff=staff,
                                heading=(translate("Sell", "The sale is for {name}: find "
                                                           "another").format(name=current.name)
                                         if current else translate(
                                             "Sell", "Find the customer of this sale")),
                                parent=sale.view)
        self.customer_picker = picker
        picker.chosen.connect(self._attach_customer)
        if current is not None:
            remove = KEYMAP.binding(Act.CUSTOMER_REMOVE)
            button = picker.add_button(QPushButton(translate(
                "Sell", "No customer  {key_text}").format(key_text=remove.key_text), picker))
            button.setObjectName("removeCustomerButton")

            def take_off() -> None:
                picker.accept()
                self._attach_customer(None)

            button.clicked.connect(take_off)
            for sequence in KEYMAP.sequences(Act.CUSTOMER_REMOVE):
                QShortcut(sequence, picker).activated.connect(take_off)
        picker.finished.connect(lambda _r: sale.view.focus_scan())
        picker.open()

    def _attach_customer(self, customer: CustomerView | None) -> None:
        svc = self._sale.svc
        customer_id = customer.customer_id if customer is not None else None
        # The label under the totals names them: no banner to push the scan field down.
        self._sale.with_cart(lambda cart: svc.set_customer(cart, customer_id))

    def ask_cancel_sale(self) -> None:
        """Cancel sale: Back is the default (Enter); the cashier names a reason, then F12."""
        sale = self._sale
        if sale.cart_view is None or sale.cart_view.is_empty:
            return
        total = formatting.money_with_code(sale.cart_view.totals.total_minor, sale.currency)
        count = len(sale.cart_view.lines)
        yes = KEYMAP.binding(Act.CONFIRM_YES)
        dialog = CancelSaleDialog(translate("Sell", "Cancel this sale ({lines}, {total})?").format(
            lines=formatting.lines(count), total=total),
                                  CANCEL_REASONS, yes_text=translate(
                                      "Sell", "Cancel the sale  {key_text}").format(
                                      key_text=yes.key_text),
                                  yes_keys=KEYMAP.sequences(Act.CONFIRM_YES), parent=sale.view)
        self.confirm_dialog = dialog
        dialog.accepted.connect(lambda: self.cancel_sale(dialog.reason))
        dialog.open()

    def cancel_sale(self, reason: str) -> None:
        sale = self._sale
        svc, actor = sale.svc, sale.who()

        def work(cart: Cart, ok: ManagerOverride | None) -> None:
            svc.cancel(cart, reason=reason, actor=actor, override=ok)
            sale.next_cart()

        sale.run_checked(Action.CANCEL_SALE, work, lambda _r: self._say(translate(
            "Sell", "Sale cancelled.")))
