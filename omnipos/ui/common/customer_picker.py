"""Find the customer (phone, email or name as typed) or add a new one, then choose them.

Enter searches what was typed; with the results shown, Enter (or a touch)
chooses the selected one, Up/Down move. Ctrl+N opens the new customer's
fields, filled from what was typed; Enter then adds them (the customer
directory is the hub's, found offline too; ``CustomerService``). Returns,
no-receipt returns and the store credit tender use it; the Sell screen can
attach a customer to a sale with it too.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QWidget

from omnipos.domain.errors import UserFacingError, ValidationError, plural
from omnipos.services.customers import CustomerService, CustomerView
from omnipos.ui.common import formatting
from omnipos.ui.common.banner import error_words
from omnipos.ui.common.form_dialog import FormDialog
from omnipos.ui.common.tasks import TaskRunner
from omnipos.ui.i18n import said, translate

log = logging.getLogger(__name__)


def describe(c: CustomerView, currency: str) -> str:
    contact = "  ·  ".join(x for x in (c.phone, c.email) if x)
    credit = ("  ·  " + translate("Customer", "store credit {amount}").format(
        amount=formatting.money(c.credit_minor, currency))
              if c.credit_minor else "")
    return f"{c.name}  ·  {contact}{credit}" if contact else f"{c.name}{credit}"


class CustomerPicker(FormDialog):
    """Emits ``chosen(CustomerView)`` and closes."""

    chosen = Signal(object)
    close_on_submit = False  # the search and the new customer go through the service first

    def __init__(self, customers: CustomerService, runner: TaskRunner, currency: str, *,
                 staff: Callable[[], str] = lambda: "", text: str = "",
                 heading: str = "", parent: QWidget | None = None) -> None:
        super().__init__(translate("Customer", "Customer"),
                         heading=heading or translate("Customer", "Find the customer"),
                         ok_text=translate("Customer", "Search  Enter"), width=640,
                         name="customerPicker", parent=parent)
        self._customers, self._runner, self._currency, self._staff = (customers, runner,
                                                                      currency, staff)
        self._searched = ""
        self._busy = False
        self.query = QLineEdit(text, self)
        self.query.setObjectName("customerQuery")
        self.query.setPlaceholderText(translate("Customer", "Phone number, email or name"))
        self.query.textEdited.connect(lambda _t: self._label_ok())
        self.add_row(translate("Customer", "Find"), self.query)
        self.results = QListWidget(self)
        self.results.setObjectName("customerResults")
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Up/Down from the field move it
        self.results.setMinimumHeight(200)
        self.results.itemClicked.connect(lambda _i: self._choose())
        self.add_widget(self.results)
        self.hint = QLabel(translate("Customer", "Ctrl+N adds a new customer."), self)
        self.hint.setObjectName("customerHint")
        self.add_widget(self.hint)
        self.new_name = QLineEdit(self)
        self.new_name.setObjectName("newCustomerName")
        self.new_phone = QLineEdit(self)
        self.new_phone.setObjectName("newCustomerPhone")
        self.new_email = QLineEdit(self)
        self.new_email.setObjectName("newCustomerEmail")
        self._new_rows = [self.add_row(translate("Customer", "Name"), self.new_name),
                          self.add_row(translate("Customer", "Phone"), self.new_phone),
                          self.add_row(translate("Customer", "Email"), self.new_email)]
        self.new_button = self.add_button(
            QPushButton(translate("Customer", "New customer  Ctrl+N"), self))
        self.new_button.setObjectName("newCustomerButton")
        self.new_button.clicked.connect(self.show_new)
        QShortcut(QKeySequence("Ctrl+N"), self).activated.connect(self.show_new)
        for key, step in (("Up", -1), ("Down", 1)):
            QShortcut(QKeySequence(key), self.query).activated.connect(
                lambda s=step: self._move(s))
        self._adding = False
        self._show_new_fields(False)
        self.first_field = self.query

    # -- modes ------------------------------------------------------------------------

    def _show_new_fields(self, shown: bool) -> None:
        self._adding = shown
        for field in (self.new_name, self.new_phone, self.new_email):
            field.setVisible(shown)
            label = self.form.labelForField(field)
            if label is not None:
                label.setVisible(shown)
        self.results.setVisible(not shown)
        self._label_ok()

    def show_new(self) -> None:
        """Ctrl+N: the new customer's fields, filled from what was typed."""
        text = self.query.text().strip()
        if "@" in text:
            self.new_email.setText(text)
        elif text and sum(ch.isdigit() for ch in text) >= 4:
            self.new_phone.setText(text)
        elif text:
            self.new_name.setText(text)
        self._show_new_fields(True)
        self.first_field = self.new_name
        self.new_name.setFocus()

    def _label_ok(self) -> None:
        if self._adding:
            self.ok_button.setText(translate("Customer", "Add customer  Enter"))
        elif self._searched and self.query.text().strip() == self._searched and \
                self.results.currentItem() is not None:
            self.ok_button.setText(translate("Customer", "Choose  Enter"))
        else:
            self.ok_button.setText(translate("Customer", "Search  Enter"))

    def _move(self, step: int) -> None:
        count = self.results.count()
        if count:
            row = max(0, min(count - 1, self.results.currentRow() + step))
            self.results.setCurrentRow(row)

    # -- Enter --------------------------------------------------------------------------

    def read(self) -> str:
        if self._adding:
            return "add"
        text = self.query.text().strip()
        if not text:
            raise ValidationError(
                translate("Customer", "type a phone number, an email or part of a name"))
        if text == self._searched and self.results.currentItem() is not None:
            return "choose"
        return "search"

    def submit(self) -> None:
        if self._busy:
            return
        super().submit()
        what = self.value
        if what == "choose":
            self._choose()
        elif what == "search":
            self._search()
        elif what == "add":
            self._add()

    def _search(self) -> None:
        text = self.query.text().strip()
        self._busy = True
        self._runner.run_db(lambda: self._customers.find(text),
                            lambda found: self._found(text, found), self._failed)

    def _found(self, text: str, found: list[CustomerView]) -> None:
        self._busy = False
        self._searched = text
        self.results.clear()
        for customer in found:
            item = QListWidgetItem(describe(customer, self._currency), self.results)
            item.setData(Qt.ItemDataRole.UserRole, customer)
        if found:
            self.results.setCurrentRow(0)
            self.show_error("")
            self.hint.setText(said(plural("{count} found: Enter chooses, Up/Down move. Ctrl+N "
                                          "adds a new customer.",
                                          "{count} found: Enter chooses, Up/Down move. Ctrl+N "
                                          "adds a new customer.", "count"), count=len(found)))
        else:
            self.hint.setText(
                translate("Customer", "Nobody found. Ctrl+N adds them as a new customer."))
        self._label_ok()

    def _choose(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        customer = item.data(Qt.ItemDataRole.UserRole)
        self.chosen.emit(customer)
        self.accept()

    def _add(self) -> None:
        name, phone, email = self.new_name.text(), self.new_phone.text(), self.new_email.text()
        staff = self._staff()
        self._busy = True
        self._runner.run_db(lambda: self._customers.create(name, phone, email, staff=staff),
                            self._added, self._failed)

    def _added(self, customer: CustomerView) -> None:
        self._busy = False
        log.info("customer added at the till")
        self.chosen.emit(customer)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        if not isinstance(exc, UserFacingError):
            log.error("customer look-up failed: %s", type(exc).__name__)
        self.show_error(error_words(exc))


class StoreCredit:
    """The store credit tender's account: the customer, found with the picker, and what they
    may spend at this till now (offline: up to the store's limit)."""

    def __init__(self, customers: CustomerService, runner: TaskRunner, currency: str, *,
                 staff: Callable[[], str] = lambda: "") -> None:
        self._customers, self._runner, self._currency, self._staff = (customers, runner,
                                                                      currency, staff)
        self.picker: CustomerPicker | None = None  # the one open now (tests reach it)

    def pick(self, then: Callable[[CustomerView, int], None], parent: QWidget) -> None:
        """Find the customer, then ``then(customer, spendable_minor)`` on the GUI thread."""
        picker = CustomerPicker(self._customers, self._runner, self._currency,
                                staff=self._staff, parent=parent,
                                heading=translate("Customer", "Whose store credit pays?"))
        self.picker = picker
        customers = self._customers

        def chosen(customer: CustomerView) -> None:
            self._runner.run_db(lambda: customers.spendable_credit(customer.customer_id),
                                lambda spendable: then(customer, int(spendable)))

        picker.chosen.connect(chosen)
        picker.open()
