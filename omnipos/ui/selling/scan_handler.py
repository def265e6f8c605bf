"""Scans on the Sell screen: the scan field's Enter, scanner bursts from the ScanRouter, the
"3*" quantity prefix and its large-quantity question, words that open the search, and the
float to count before the first line of a sale when no shift is open."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QApplication

from omnipos.domain.cart import ProductInfo
from omnipos.domain.entry import is_quantity_prefix, parse_entry
from omnipos.domain.errors import UserFacingError
from omnipos.services.selling import NotACode
from omnipos.services.shifts import NoOpenShift
from omnipos.ui.common import formatting
from omnipos.ui.common.banner import Level
from omnipos.ui.common.confirm_dialog import ConfirmDialog
from omnipos.ui.common.form_dialog import FormDialog
from omnipos.ui.i18n import error_text, translate
from omnipos.ui.selling.receipt_choice import ReceiptChoiceDialog
from omnipos.ui.selling.sale_on_screen import SaleOnScreen
from omnipos.ui.selling.search_controller import SearchController
from omnipos.ui.shell.keymap import KEYMAP, Act

# Asks for a shift to be opened: (then, otherwise) run once it is open, or when backed out.
ShiftPrompt = Callable[[Callable[[], None], Callable[[], None]], None]


class ScanHandler:
    """Turns what is scanned, typed or chosen into lines of the sale."""

    def __init__(self, sale: SaleOnScreen, *,
                 failed: Callable[[str, str], None] = lambda _c, _m: None) -> None:
        self._sale = sale
        self._failed = failed  # (code, message) of a scan that added nothing
        self.search: SearchController | None = None  # open dialogs, kept for tests
        self.large_quantity_dialog: ConfirmDialog | None = None
        self._ask_for_shift: ShiftPrompt | None = None
        self._held_scans: list[str] | None = None  # scans waiting for the float to be counted

    def use_shift_prompt(self, ask: ShiftPrompt) -> None:
        """How the till asks for a shift when the first sale needs one (F7's Open shift)."""
        self._ask_for_shift = ask

    # -- what arrives -------------------------------------------------------------------

    def scan_entered(self) -> None:
        """Enter in the scan field."""
        field = self._sale.view.scan_field
        code = field.text().strip()
        field.clear()
        if code:
            self._confirm_quantity(code, lambda: self.scan(code, typed=True))

    def on_scan(self, code: str) -> None:
        """ScanRouter handler: a scanner burst, wherever the keyboard focus was."""
        view = self._sale.view
        modal = QApplication.activeModalWidget()
        if self.search is not None and modal is self.search.dialog:
            self.search.dialog.reject()  # scanning beats searching: add the scanned item
        elif isinstance(modal, ReceiptChoiceDialog) and modal.take_default():
            pass  # the next customer's first item: the last one's receipt is the default
        elif modal is not None:
            # A scan never lands in the dialog's boxes (a float count): the sale waiting for
            # the float takes it once the shift is open; otherwise it is refused, said where
            # the cashier looks.
            level = Level.INFO
            if self._held_scans is not None:
                self._held_scans.append(code)
                text = translate("Sell", "Scanned {code}: it is added to the sale once the "
                                         "float is counted.").format(code=code)
            else:
                QApplication.beep()
                level = Level.WARNING
                text = translate("Sell", "Scan of {code} ignored: finish \"{dialog}\" "
                                         "first.").format(code=code, dialog=modal.windowTitle())
            view.banner.show_message(text, level, scanned=code)
            if isinstance(modal, FormDialog):
                modal.show_note(text)
            return
        typed = view.scan_field.text()
        if is_quantity_prefix(typed):  # "3*" typed, then the item scanned
            view.scan_field.clear()
            code = f"{typed.strip()}{code}"
            self._confirm_quantity(code, lambda: self.scan(code))
            return
        self.scan(code)

    def scan(self, code: str, *, typed: bool = False) -> None:
        """Add what ``code`` names; scanner bursts come here too.

        Words ``typed`` in the scan field that name no SKU open the search with them.
        """
        if self._held_scans is not None:
            self._held_scans.append(code)  # the float is being counted: added after it
            return
        sale, svc = self._sale, self._sale.svc

        def failed(exc: BaseException) -> None:
            if typed and isinstance(exc, NotACode):
                self.open_search(exc.words)
            else:
                self._scan_failed(code, exc)

        sale.with_cart(lambda cart: svc.scan(sale.with_shift(cart), code), self.line_added, failed)

    def add_product(self, product: ProductInfo) -> None:
        """A product chosen in the search or on a quick key: one of it."""
        sale, svc = self._sale, self._sale.svc

        def failed(exc: BaseException) -> None:
            if isinstance(exc, NoOpenShift):
                self.need_shift(None, product)
            else:
                sale.show_error(exc)

        sale.with_cart(lambda cart: svc.add_product(sale.with_shift(cart), product, 1),
                       self.line_added, failed)

    def open_search(self, words: str = "") -> None:
        """F2, or words typed in the scan field: the search, with those words already in."""
        sale = self._sale
        self.search = SearchController(sale.svc, sale.runner, sale.currency, sale.view)
        self.search.chosen.connect(self.add_product)
        self.search.open(words)

    # -- large quantities -----------------------------------------------------------------

    def _confirm_quantity(self, code: str, then: Callable[[], None]) -> None:
        """A very large ``N*`` quantity asks first, naming the item (Back the default)."""
        svc = self._sale.svc
        try:
            entry = parse_entry(code)
        except UserFacingError:
            entry = None  # the service says what is wrong with it
        if entry is None or entry.qty is None or entry.qty <= svc.store.large_quantity:
            then()
            return
        qty = entry.qty
        self._sale.runner.run_db(lambda: svc.lookup(entry.code)[0],
                                 lambda product: self.ask_large_quantity(qty, product.name, then),
                                 lambda exc: self._scan_failed(code, exc))

    def ask_large_quantity(self, qty: Any, what: str, then: Callable[[], None]) -> None:
        """Run ``then`` at once, or after a yes when ``qty`` is over the store's limit."""
        view = self._sale.view
        limit = self._sale.svc.store.large_quantity
        if qty <= limit:
            then()
            return
        yes = KEYMAP.binding(Act.CONFIRM_YES)
        dialog = ConfirmDialog(
            translate("Sell", "Large quantity"),
            translate("Sell", "Sell {qty} of {what}? That is more than {limit} at once.").format(
                qty=formatting.quantity(qty), what=what, limit=limit),
            yes_text=translate("Sell", "Sell {qty}  {key}").format(
                qty=formatting.quantity(qty), key=yes.key_text),
            parent=view, yes_keys=KEYMAP.sequences(Act.CONFIRM_YES))
        self.large_quantity_dialog = dialog
        dialog.accepted.connect(then)
        dialog.rejected.connect(lambda: view.banner.show_message(
            translate("Sell", "Not added: {qty} of {what}.").format(
                qty=formatting.quantity(qty), what=what), Level.INFO))
        dialog.finished.connect(lambda _r: view.focus_scan())
        dialog.open()

    # -- the shift a sale needs -----------------------------------------------------------

    def need_shift(self, code: str | None, product: ProductInfo | None = None,
                   again: Callable[[], None] | None = None) -> None:
        """No shift is open: count the float first, then add what was scanned or chosen
        (or run ``again`` what the cashier asked for)."""
        if self._held_scans is not None:  # already asking: this one waits too
            if code is not None:
                self._held_scans.append(code)
            return
        if self._ask_for_shift is None:
            self._sale.show_error(NoOpenShift())
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
            self._sale.view.banner.show_message(
                translate("Sell", "Not sold: every sale needs an open shift. Scan again to count "
                                  "the float, or open one with F7."), Level.WARNING)
            self._sale.view.focus_scan()

        self._ask_for_shift(opened, backed_out)

    # -- after a scan ---------------------------------------------------------------------

    def line_added(self, line: Any) -> None:
        view = self._sale.view
        row = view.cart_model.row_of(line.line_id)
        if row != view.selected_row():  # a new line is selected already (show_cart)
            view.select_row(row)
        if view.banner.level == Level.ERROR.value:
            view.banner.dismiss()  # the next good scan clears an old error

    def _scan_failed(self, code: str, exc: BaseException) -> None:
        if isinstance(exc, NoOpenShift):
            self.need_shift(code)
            return
        if not isinstance(exc, UserFacingError):
            self._sale.show_error(exc)
            return
        message = error_text(exc)
        if message.startswith(f"{code}: ") and code in message[len(code) + 2:]:
            message = message[len(code) + 2:]  # the reason names the code already
        if code not in message:
            message = translate("Sell", "{message} (code read: {code})").format(
                message=message, code=code)
        QApplication.beep()
        view = self._sale.view
        view.banner.show_message(translate("Sell", "Not added: {message}").format(message=message),
                                 Level.ERROR, scanned=code)
        view.focus_scan()
        self._failed(code, message)
