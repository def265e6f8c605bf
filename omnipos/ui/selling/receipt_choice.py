"""After payment: the change, big, and what receipt the customer takes.

Print (P), Email (E) or No receipt (N), by key or by touch; Enter takes the
store's default (``receipt.default_choice``), so a cashier who always prints
presses Enter as before. Email asks for the address, filled in with the
sale's customer's when the sale has one; the hub mails it (the request waits
in the till's outbox while the hub is away). Esc on the choice is No receipt
(Reprint still prints one later); on the address it goes back to the choice.

A scan while the choice is open is the next customer's first item: the
scan handler calls ``take_default`` and the item is added to a new sale.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from omnipos.domain.errors import UserFacingError
from omnipos.domain.receipt import ReceiptChoice
from omnipos.services.selling import SaleCompleted
from omnipos.ui.common import formatting
from omnipos.ui.common.amount_label import AmountLabel
from omnipos.ui.common.banner import Level
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from omnipos.ui.i18n import error_text, translate
from omnipos.ui.selling.sale_on_screen import SaleOnScreen
from omnipos.ui.shell.keymap import KEYMAP, Act

log = logging.getLogger(__name__)

_ACTS = {ReceiptChoice.PRINT: Act.RECEIPT_PRINT, ReceiptChoice.EMAIL: Act.RECEIPT_EMAIL,
         ReceiptChoice.NONE: Act.RECEIPT_NONE}
_WORDS = {ReceiptChoice.PRINT: QT_TRANSLATE_NOOP("Sell", "Print receipt"),
          ReceiptChoice.EMAIL: QT_TRANSLATE_NOOP("Sell", "Email receipt"),
          ReceiptChoice.NONE: QT_TRANSLATE_NOOP("Sell", "No receipt")}

#: Sends the email request (on the database worker): address, then what to call when it is
#: queued (with the address as it will be used) or refused (with the reason).
EmailSender = Callable[[str, Callable[[str], None], Callable[[BaseException], None]], None]


class ReceiptChoiceDialog(QDialog):
    """The change and the three choices; then, for Email, the address."""

    chosen = Signal(object, str)  # ReceiptChoice, the address ("" unless EMAIL)

    def __init__(self, done: SaleCompleted, currency: str, *, default: ReceiptChoice,
                 send_email: EmailSender, printer_ready: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receiptChoiceDialog")
        self.setWindowTitle(translate("Sell", "Receipt"))
        self.setModal(True)
        self.resize(640, 420)
        # Without a printer Enter cannot print: it gives no receipt, and says so.
        self.default = (ReceiptChoice.NONE if default is ReceiptChoice.PRINT and not printer_ready
                        else default)
        self._send_email = send_email
        self._sending = False
        self.result_choice: ReceiptChoice | None = None

        self.pages = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        # -- the choice -------------------------------------------------------------------
        choice = QWidget(self)
        choice.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the letter keys need a focus here
        col = QVBoxLayout(choice)
        self.sale_label = QLabel(translate("Sell", "Sale {receipt_no} is paid: {amount}").format(
            receipt_no=done.receipt_no,
            amount=formatting.money_with_code(done.total_minor, currency)),
                                 choice)
        self.sale_label.setObjectName("dueCaption")
        change_row = QHBoxLayout()
        self.change_caption = QLabel(translate("Sell", "Change") if done.change_minor
                                     else translate("Sell", "No change"), choice)
        self.change_caption.setObjectName("dueCaption")
        self.change_value = AmountLabel(choice)
        self.change_value.setObjectName("dueValue")
        self.change_value.setText(formatting.money(done.change_minor, currency)
                                  if done.change_minor else "")
        change_row.addWidget(self.change_caption)
        change_row.addWidget(self.change_value, 1)
        col.addWidget(self.sale_label)
        col.addLayout(change_row)
        col.addStretch(1)
        col.addWidget(QLabel(translate("Sell", "Which receipt does the customer take?"), choice))
        buttons = QHBoxLayout()
        self.buttons: dict[ReceiptChoice, QPushButton] = {}
        for option in ReceiptChoice:
            keys = KEYMAP.binding(_ACTS[option]).key_text
            if option is self.default:
                keys = translate("Sell", "Enter or {keys}").format(keys=keys)
            button = QPushButton(f"{translate('Sell', _WORDS[option])}\n{keys}", choice)
            button.setMinimumHeight(88)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Enter is the default, not a focus
            button.setAutoDefault(False)
            if option is self.default:
                button.setProperty("kind", "primary")
            button.clicked.connect(lambda _c=False, o=option: self.choose(o))
            buttons.addWidget(button)
            self.buttons[option] = button
        self.buttons[ReceiptChoice.PRINT].setEnabled(printer_ready)
        if not printer_ready:
            self.buttons[ReceiptChoice.PRINT].setToolTip(translate(
                "Sell", "No receipt printer is set up (F3)"))
        col.addLayout(buttons)
        self.pages.addWidget(choice)

        # -- the address ------------------------------------------------------------------
        email = QWidget(self)
        form = QVBoxLayout(email)
        form.addWidget(QLabel(translate("Sell", "Email the receipt to:"), email))
        self.address = QLineEdit(done.customer_email, email)
        self.address.setObjectName("receiptEmail")
        self.address.setPlaceholderText(translate("Sell", "name@example.com"))
        self.error = QLabel("", email)
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.address.returnPressed.connect(self._send)
        self.address.textEdited.connect(lambda _t: self.error.clear())
        send_row = QHBoxLayout()
        self.send_button = QPushButton(translate("Sell", "Send  Enter"), email)
        self.send_button.setProperty("kind", "primary")
        self.send_button.setMinimumHeight(64)
        self.send_button.clicked.connect(self._send)
        self.back_button = QPushButton(translate("Sell", "Back  Esc"), email)
        self.back_button.setMinimumHeight(64)
        self.back_button.clicked.connect(self._back_to_choice)
        for button in (self.send_button, self.back_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
            send_row.addWidget(button)
        form.addWidget(self.address)
        form.addWidget(self.error)
        form.addStretch(1)
        form.addLayout(send_row)
        self.pages.addWidget(email)

        # The letter keys choose only on the first page: on the second they are typing.
        self._shortcuts: list[QShortcut] = []
        for option, act in _ACTS.items():
            for sequence in KEYMAP.sequences(act):
                shortcut = QShortcut(sequence, choice)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(lambda o=option: self.choose(o))
                self._shortcuts.append(shortcut)
        self._choice_page = choice
        self._email_page = email

    # -- what the cashier does -------------------------------------------------------------

    def open(self) -> None:
        super().open()
        self.pages.setCurrentWidget(self._choice_page)
        self._choice_page.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def asking_address(self) -> bool:
        return self.pages.currentWidget() is self._email_page

    def choose(self, option: ReceiptChoice) -> None:
        if self._sending or not self.buttons[option].isEnabled():
            return
        if option is ReceiptChoice.EMAIL:
            self.pages.setCurrentWidget(self._email_page)
            self.address.setFocus(Qt.FocusReason.OtherFocusReason)
            self.address.selectAll()
            return
        self._finish(option, "")

    def take_default(self) -> bool:
        """Take the store's default without asking (a scan began the next sale). False when
        that needs an address nobody has typed: the dialog then asks for it."""
        if self._sending:
            return False
        if self.default is ReceiptChoice.EMAIL:
            if not self.address.text().strip():
                self.choose(ReceiptChoice.EMAIL)
                return False
            self._send()
            return True
        option = self.default
        if not self.buttons[option].isEnabled():  # print without a printer
            option = ReceiptChoice.NONE
        self._finish(option, "")
        return True

    def _send(self) -> None:
        if self._sending:
            return
        self._sending = True
        self.error.clear()
        self.send_button.setEnabled(False)
        self.address.setEnabled(False)
        self._send_email(self.address.text(), self._sent, self._refused)

    def _sent(self, address: str) -> None:
        self._sending = False
        self._finish(ReceiptChoice.EMAIL, address)

    def _refused(self, exc: BaseException) -> None:
        self._sending = False
        self.send_button.setEnabled(True)
        self.address.setEnabled(True)
        self.error.setText(formatting.sentence(error_text(exc)) if isinstance(exc, UserFacingError)
                           else translate("Sell", "The email receipt could not be queued; the "
                                                  "details are in the log. Print it, or try "
                                                  "again."))
        self.address.setFocus(Qt.FocusReason.OtherFocusReason)
        self.address.selectAll()

    def _back_to_choice(self) -> None:
        if self._sending:
            return
        self.error.clear()
        self.pages.setCurrentWidget(self._choice_page)
        self._choice_page.setFocus(Qt.FocusReason.OtherFocusReason)

    def _finish(self, option: ReceiptChoice, address: str) -> None:
        if self.result_choice is not None:
            return
        self.result_choice = option
        self.chosen.emit(option, address)
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.asking_address:
            self.choose(self.default)
            return
        if key == Qt.Key.Key_Escape:
            if self.asking_address:
                self._back_to_choice()
            else:
                self.choose(ReceiptChoice.NONE)
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Closing the window (or Esc reaching Qt) is No receipt: the sale is paid already."""
        if self.result_choice is None and not self._sending:
            self._finish(ReceiptChoice.NONE, "")


class ReceiptStep:
    """The step after payment on the Sell screen: the drawer, the choice, the receipt, then a
    clean screen for the next customer."""

    def __init__(self, sale: SaleOnScreen, printer: ReceiptPrinter) -> None:
        self._sale = sale
        self._printer = printer
        self.dialog: ReceiptChoiceDialog | None = None  # the open choice (tests look at it)

    def ask(self, done: SaleCompleted) -> None:
        """``done`` is committed: the drawer opens for cash at once (the change is counted
        while the customer chooses), then the choice."""
        sale = self._sale
        if done.open_drawer:
            self._printer.open_drawer()
        dialog = ReceiptChoiceDialog(done, sale.currency, default=sale.svc.store.receipt_choice,
                                     send_email=lambda address, ok, refused: self._email(
                                         done, address, ok, refused),
                                     printer_ready=self._printer.configured, parent=sale.view)
        dialog.chosen.connect(lambda option, address: self._chosen(done, option, address))
        dialog.finished.connect(lambda _r: self._closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _email(self, done: SaleCompleted, address: str, ok: Callable[[str], None],
               refused: Callable[[BaseException], None]) -> None:
        sale = self._sale
        svc, actor = sale.svc, sale.who()
        sale.runner.run_db(lambda: svc.email_receipt(done.sale_id, address, actor=actor), ok,
                           refused)

    def _chosen(self, done: SaleCompleted, option: ReceiptChoice, address: str) -> None:
        sale = self._sale
        text = translate("Sell", "Sale {receipt_no} done.").format(receipt_no=done.receipt_no)
        if done.change_minor:
            text += translate("Sell", "  Change due {amount}.").format(
                amount=formatting.money_with_code(done.change_minor, sale.currency))
        if option is ReceiptChoice.PRINT:
            # Only after the commit: a printed receipt always has its sale in the database.
            self._printer.print_receipt(done.receipt)
        elif option is ReceiptChoice.EMAIL:
            text += translate("Sell", "  The receipt goes to {address} (the hub sends it).").format(
                address=address)
        elif not self._printer.configured:
            text += translate("Sell", "  (No printer set up: no receipt.)")
        sale.view.banner.show_message(text, Level.SUCCESS, ms=15000)
        log.info("sale %s: receipt %s", done.receipt_no, option.value)
        # A clean screen for the next customer: the paid sale leaves it (the banner keeps
        # the change a while).
        sale.last_sale = None
        if sale.cart_view is not None:
            sale.show_cart(sale.cart_view)

    def _closed(self, dialog: ReceiptChoiceDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self._sale.view.focus_scan()
