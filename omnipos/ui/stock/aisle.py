"""The endless aisle from the look-up card (F8): order the item for the customer, to collect
at another store or to be delivered, paid here through the sale's tender dialog: in full, a
deposit now and the balance when collecting, or all when collecting. The order reaches the
hub through sync (queued while offline)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from omnipos.domain.deposits import AislePay, DepositRule
from omnipos.domain.errors import ValidationError
from omnipos.domain.permissions import Actor
from omnipos.domain.tenders import Payment
from omnipos.services.stock import AisleOrdered, AisleRequest, StockCard, StockService
from omnipos.ui.common import formatting
from omnipos.ui.common.banner import Level
from omnipos.ui.common.form_dialog import FormDialog
from omnipos.ui.common.tasks import TaskRunner
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from omnipos.ui.i18n import error_text, said_value, translate
from omnipos.ui.selling.payment_controller import PaymentController
from omnipos.ui.selling.payment_dialog import PaymentDialog

__all__ = ["AisleDialog", "AisleOrdering"]

DELIVER = ""  # the "where" choice that means: deliver to the customer's address


class AisleDialog(FormDialog):
    """Where the item goes, how many, who the customer is, and when they pay."""

    def __init__(self, card: StockCard, terms: DepositRule,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("Stock", "Order for the customer"), heading=translate(
            "Stock", "Order {name}").format(name=card.product.name),
                         width=680, name="aisleDialog", parent=parent)
        self.sku = card.product.sku
        self.where = QComboBox(self)
        self.where.setObjectName("aisleWhere")
        for other in card.elsewhere:
            far = translate("Stock", ", {distance_km:.0f} km").format(
                distance_km=other.distance_km) if other.distance_km is not None else ""
            self.where.addItem(translate("Stock", "Collect at {code} {name} ({qty} "
                                                  "available{far})").format(
                code=other.code, name=other.name, qty=formatting.quantity(other.available),
                far=far),
                               other.code)
        self.where.addItem(translate("Stock", "Deliver to the customer's address"), DELIVER)
        self.quantity = QLineEdit("1", self)
        self.quantity.setObjectName("aisleQuantity")
        self.name = QLineEdit(self)
        self.name.setObjectName("aisleName")
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.line1 = QLineEdit(self)
        self.line1.setPlaceholderText(translate("Stock", "street and number (a delivery)"))
        self.city = QLineEdit(self)
        self.postcode = QLineEdit(self)
        self.country = QLineEdit(self)
        self.country.setPlaceholderText(translate("Stock", "two letters, e.g. US"))
        self.pay = QComboBox(self)
        self.pay.setObjectName("aislePay")
        self.pay.addItem(translate("Stock", "Pay now, in full"), AislePay.FULL.value)
        self.pay.addItem(translate("Stock", "Deposit now, the balance when collecting"),
                         AislePay.DEPOSIT.value)
        self.pay.addItem(translate("Stock", "Pay when collecting"), AislePay.ON_COLLECTION.value)
        self.deposit = QLineEdit(self)
        self.deposit.setObjectName("aisleDeposit")
        self.deposit.setPlaceholderText(translate(
            "Stock", "deposit: empty is {default_percent}% (at least {minimum_percent}%)").format(
            default_percent=terms.default_percent, minimum_percent=terms.minimum_percent))
        self.pay.currentIndexChanged.connect(self._pay_changed)
        self.add_row(translate("Stock", "Where"), self.where)
        self.add_row(translate("Stock", "Quantity"), self.quantity)
        self.add_row(translate("Stock", "Customer"), self.name)
        self.add_row(translate("Stock", "Phone"), self.phone)
        self.add_row(translate("Stock", "Email"), self.email)
        self.add_row(translate("Stock", "Street"), self.line1)
        self.add_row(translate("Stock", "City"), self.city)
        self.add_row(translate("Stock", "Postcode"), self.postcode)
        self.add_row(translate("Stock", "Country"), self.country)
        # The deposit beside the choice, on one row: the dialog still fits a 800 px screen.
        paying = QWidget(self)
        row = QHBoxLayout(paying)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.pay, 3)
        row.addWidget(self.deposit, 2)
        self.add_row(translate("Stock", "Payment"), paying)
        self._pay_changed()
        self.add_widget(QLabel(translate("Stock", "The order goes to the hub with the next sync; "
                                                  "the receipt of the payment is the customer's "
                                                  "proof."), self))

    def _pay_changed(self) -> None:
        self.deposit.setEnabled(self.pay.currentData() == AislePay.DEPOSIT.value)

    def read(self) -> AisleRequest:
        store = str(self.where.currentData() or "")
        pay = AislePay(self.pay.currentData())
        if not store and pay is not AislePay.FULL:
            raise ValidationError(translate("Stock", "a delivery is paid now, in full"))
        return AisleRequest(
            self.sku, self.quantity.text().strip().replace(",", "."), self.name.text().strip(),
            phone=self.phone.text().strip(), email=self.email.text().strip(), pickup_store=store,
            line1=self.line1.text(), city=self.city.text(), postcode=self.postcode.text(),
            country=self.country.text(), pay=pay,
            deposit=self.deposit.text().strip() if pay is AislePay.DEPOSIT else "")


class AisleOrdering(QObject):
    """F8 on the card: the dialog, the payment, the order; ``ordered`` once it is on disk."""

    ordered = Signal(object)  # AisleOrdered

    def __init__(self, svc: StockService, runner: TaskRunner, printer: ReceiptPrinter | None,
                 parent: QWidget, *, actor: Callable[[], Actor | None],
                 say: Callable[[str, Level], None],
                 failed: Callable[[BaseException], None]) -> None:
        super().__init__(parent)
        self._svc, self._runner, self._printer, self._parent = svc, runner, printer, parent
        self._actor, self._say, self._failed = actor, say, failed
        self.dialog: Any = None
        self.payment: PaymentController | None = None

    def order(self, card: StockCard) -> None:
        dialog = AisleDialog(card, self._svc.deposit_terms(), self._parent)
        self.dialog = dialog
        dialog.submitted.connect(self._asked)
        dialog.open()

    def _asked(self, req: AisleRequest) -> None:
        if req.pay is AislePay.ON_COLLECTION:
            self._place(req, None)
            return
        self._runner.run_db(lambda: self._svc.start_order(req),
                            lambda payment: self._pay(req, payment), self._failed)

    def _pay(self, req: AisleRequest, payment: Payment) -> None:
        dialog = PaymentDialog(self._parent)
        ctl = PaymentController(dialog, payment)
        total = formatting.money_with_code(payment.total_minor, payment.currency)
        what = "deposit" if req.pay is AislePay.DEPOSIT else "total"
        dialog.total_label.setText(translate("Stock", "Order for {customer_name}: {what} "
                                                      "{total}").format(
            customer_name=req.customer_name, what=what, total=total))
        self.payment = ctl
        ctl.submitted.connect(lambda paid: self._place(req, paid))
        ctl.closed.connect(lambda _ok: setattr(self, "payment", None))
        ctl.open()

    def _place(self, req: AisleRequest, payment: Payment | None) -> None:
        actor = self._actor()

        def done(result: AisleOrdered) -> None:
            if self.payment is not None:
                self.payment.finish()
            if result.sale is not None and self._printer is not None:
                self._printer.print_receipt(result.sale.receipt,
                                            open_drawer=result.sale.open_drawer)
            elif result.open_drawer and self._printer is not None:
                self._printer.open_drawer()
            paid = translate("Stock", "paid") if result.sale is not None else translate(
                "Stock", "to pay when collecting")
            if result.sale is None and result.paid_minor and payment is not None:
                cur = payment.currency
                paid = (translate("Stock", "deposit {amount} paid, the balance of "
                                           "{amount2} when collecting").format(
                    amount=formatting.money_with_code(result.paid_minor, cur),
                    amount2=formatting.money_with_code(result.total_minor - result.paid_minor,
                                                       cur)))
            self._say(translate("Stock", "Order {number} for {customer_name}: {where}, "
                                         "{paid}. It goes to the hub with the next sync.").format(
                number=result.number, customer_name=req.customer_name,
                where=said_value(result.where),
                paid=paid), Level.SUCCESS)
            self.ordered.emit(result)

        def failed(exc: BaseException) -> None:
            if self.payment is not None:
                self.payment.commit_failed(error_text(exc))
            self._failed(exc)

        self._runner.run_db(lambda: self._svc.place_order(req, payment, actor=actor), done,
                            failed)
