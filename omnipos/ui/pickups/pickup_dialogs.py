"""The Pickups screen's dialogs: an ID check (F4), rejecting a line (F5), shipping a parcel.

Each reads what the associate typed into a value and hands it back; the
pickup service decides whether it stands.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from omnipos.domain.errors import ValidationError
from omnipos.domain.pickup import IdRelation, RejectReason
from omnipos.services.pickups import IdCheckDetails
from omnipos.ui.common import formatting
from omnipos.ui.common.form_dialog import FormDialog
from omnipos.ui.i18n import translate

ID_TYPES = (QT_TRANSLATE_NOOP("Pickups", "Driving licence"),
            QT_TRANSLATE_NOOP("Pickups", "Passport"),
            QT_TRANSLATE_NOOP("Pickups", "National ID card"),
            QT_TRANSLATE_NOOP("Pickups", "Residence permit"))
REASONS = {
    RejectReason.NOT_FOUND: QT_TRANSLATE_NOOP("Pickups",
                                              "Not found (the store's stock of it goes to 0)"),
    RejectReason.DAMAGED: QT_TRANSLATE_NOOP("Pickups", "Damaged or worn (held back from sale)"),
    RejectReason.MISMATCH: QT_TRANSLATE_NOOP("Pickups",
                                             "Fewer than the system says (stock lowered)"),
}


class IdCheckDialog(FormDialog):
    """Who collects, with which document: recorded with the handover, never the whole number."""

    def __init__(self, order_number: str, customer: str, parent: QWidget | None = None) -> None:
        super().__init__(translate("Pickups", "ID check for order {order_number}").format(
            order_number=order_number), ok_text=translate(
            "Pickups", "Verified  Enter"),
                         name="idCheckDialog", parent=parent)
        self.add_widget(QLabel(translate("Pickups", "The order is for {customer}. Look at "
                                                    "an ID and record it.").format(
            customer=customer),
                               self)).setWordWrap(True)
        self.name = QLineEdit(customer, self)
        self.name.setObjectName("idName")
        self.id_type = QComboBox(self)
        self.id_type.setObjectName("idType")
        self.id_type.setEditable(True)
        self.id_type.addItems([translate("Pickups", kind) for kind in ID_TYPES])  # free text
        self.last4 = QLineEdit(self)
        self.last4.setObjectName("idLast4")
        self.last4.setMaxLength(4)
        self.last4.setPlaceholderText(translate("Pickups", "last 4 letters or digits"))
        self.relation = QComboBox(self)
        self.relation.setObjectName("idRelation")
        for rel in IdRelation:
            self.relation.addItem(rel.value.capitalize(), rel)
        self.add_row(translate("Pickups", "Name on the ID"), self.name)
        self.add_row(translate("Pickups", "ID"), self.id_type)
        self.add_row(translate("Pickups", "Number ends"), self.last4)
        self.add_row(translate("Pickups", "Collector is"), self.relation)
        self.first_field = self.last4  # the name is usually right already

    def read(self) -> IdCheckDetails:
        return IdCheckDetails(self.name.text(), self.id_type.currentText(), self.last4.text(),
                              IdRelation(self.relation.currentData())).validated()


class RejectDialog(FormDialog):
    """Why a line cannot be picked, and how much of it; the stock effect follows the reason."""

    def __init__(self, name: str, left: Decimal, parent: QWidget | None = None) -> None:
        super().__init__(translate("Pickups", "Reject {name}").format(name=name),
                         ok_text=translate("Pickups", "Reject  Enter"), name="rejectDialog",
                         parent=parent)
        self._left = left
        self.add_widget(QLabel(translate("Pickups", "{qty} left to pick. The hub sends "
                                                    "the rejected quantity from another "
                                                    "store or warehouse.").format(
            qty=formatting.quantity(left)),
                               self)).setWordWrap(True)
        self.reason = QComboBox(self)
        self.reason.setObjectName("rejectReason")
        for reason, text in REASONS.items():
            self.reason.addItem(translate("Pickups", text), reason)
        self.quantity = QLineEdit(formatting.quantity(left), self)
        self.quantity.setObjectName("rejectQuantity")
        self.note = QLineEdit(self)
        self.note.setObjectName("rejectNote")
        self.note.setPlaceholderText(translate("Pickups", "optional: what you saw"))
        self.note.setMaxLength(200)
        self.add_row(translate("Pickups", "Reason"), self.reason)
        self.add_row(translate("Pickups", "Quantity"), self.quantity)
        self.add_row(translate("Pickups", "Note"), self.note)

    def read(self) -> tuple[RejectReason, Decimal, str]:
        try:
            qty = Decimal(self.quantity.text().strip().replace(",", "."))
        except InvalidOperation as exc:
            raise ValidationError(translate("Pickups", "the quantity is a number, e.g. 1")) from exc
        if not qty.is_finite() or qty <= 0 or qty > self._left:
            raise ValidationError(translate("Pickups", "reject between 1 and {qty}").format(
                qty=formatting.quantity(self._left)))
        return RejectReason(self.reason.currentData()), qty, self.note.text().strip()


class ShipDialog(FormDialog):
    """The carrier took the parcel: its tracking number (scan the label) and carrier."""

    def __init__(self, order_number: str, ship_to: str, parent: QWidget | None = None) -> None:
        super().__init__(translate("Pickups", "Ship order {order_number}").format(
            order_number=order_number), ok_text=translate(
            "Pickups", "Shipped  Enter"),
                         name="shipDialog", parent=parent)
        self.add_widget(QLabel(translate("Pickups", "To {ship_to}").format(
            ship_to=ship_to) if ship_to else "", self)).setWordWrap(True)
        self.tracking = QLineEdit(self)
        self.tracking.setObjectName("trackingField")
        self.tracking.setPlaceholderText(translate("Pickups", "scan the parcel's label"))
        self.carrier = QLineEdit(self)
        self.carrier.setObjectName("carrierField")
        self.carrier.setPlaceholderText(translate("Pickups", "UPS, DHL, the post…"))
        self.packages = QSpinBox(self)
        self.packages.setRange(1, 999)
        self.add_row(translate("Pickups", "Tracking number"), self.tracking)
        self.add_row(translate("Pickups", "Carrier"), self.carrier)
        self.add_row(translate("Pickups", "Parcels"), self.packages)

    def read(self) -> tuple[str, str, int]:
        tracking = self.tracking.text().strip()
        if not tracking:
            raise ValidationError(translate("Pickups", "scan or type the tracking number"))
        return tracking, self.carrier.text().strip(), self.packages.value()
