"""Handing a pickup over: verify the customer, take payment when unpaid, record the fact.

Verification is the customer's pickup code (scanned or typed; the service
compares it again) or an ID check that is recorded: the name on the
document, its type, its last 4 characters and the collector's relation to
the customer. An unpaid order is paid through the same tender flow as a
sale (``domain.tenders.Payment``), and the money is stored as a sale of the
order's lines with no stock of its own (a deposit paid where the order was
taken is the payment's first tender, ``deposit``, so only the balance is
asked for): the goods leave by the handover,
whose stock movement this till records at once under the handover event.
Everything is one transaction, offline too; ``pickup.handed_over`` is a fact
the hub never refuses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from omnipos.db import catalog, pickups
from omnipos.db.models import StockMovement
from omnipos.db.models.aisle import Deposit
from omnipos.db.rows import insert_rows
from omnipos.devices.documents import PickupHandover, PickupLine
from omnipos.domain.cart import Cart
from omnipos.domain.deposits import DepositKind
from omnipos.domain.errors import NotFoundError, StateError, ValidationError, message
from omnipos.domain.permissions import Actor
from omnipos.domain.picking import Step
from omnipos.domain.pickup import IdRelation, PickupState, Verification
from omnipos.domain.quantities import quantity_text
from omnipos.domain.stock import StockBucket
from omnipos.domain.tenders import Payment, Tender, TenderKind
from omnipos.services.pickups.context import PickupChanged, PickupContext
from omnipos.services.pickups.views import PickupDetail
from omnipos.services.selling.payment import SaleCompleted, record_sale
from omnipos.services.stock.aisle import record_deposit
from omnipos.sync.events import DepositRefundedPayload, PickupHandedOverPayload
from omnipos.sync.events.pickup import HandedOverLine, IdCheck, PickupPayment, PickupTender
from omnipos.sync.outbox import enqueue

__all__ = ["HandedOver", "Handover", "IdCheckDetails"]

_LAST4 = re.compile(r"^[A-Za-z0-9]{1,4}$")


@dataclass(frozen=True, slots=True)
class IdCheckDetails:
    """An identity document looked at by the associate (never the whole number)."""

    name: str
    id_type: str
    id_last4: str
    relation: IdRelation

    def validated(self) -> IdCheckDetails:
        """The details trimmed; ValidationError says what is missing."""
        name, kind, last4 = self.name.strip(), self.id_type.strip(), self.id_last4.strip()
        if not name:
            raise ValidationError(message("type the name on the ID"))
        if not kind:
            raise ValidationError(message("say which ID it is (passport, driving licence…)"))
        if not _LAST4.match(last4):
            raise ValidationError(message("type the last 4 letters or digits of the ID number, no "
                                          "more"))
        return IdCheckDetails(name[:120], kind[:40], last4.upper(), self.relation)

    def checked(self) -> IdCheck:
        """The wire's record of the check (validated first)."""
        v = self.validated()
        return IdCheck(name=v.name, id_type=v.id_type, id_last4=v.id_last4, relation=v.relation)

    @property
    def words(self) -> str:
        return (f"ID check: {self.id_type.strip()} ending {self.id_last4.strip().upper()}, "
                f"{self.name.strip()} ({self.relation.value})")


@dataclass(frozen=True, slots=True)
class HandedOver:
    changed: PickupChanged
    receipt: PickupHandover
    sale: SaleCompleted | None  # the payment taken, if the order was not paid


class Handover(PickupContext):
    def _cart(self, s: Session, d: PickupDetail) -> Cart:
        """The order's goods as a sale at the order's prices (to take payment for them)."""
        cart = Cart(policy=self.store.policy)
        for ln in d.lines:
            qty = ln.pick.to_pick + ln.pick.received
            if qty <= 0:
                continue
            product = catalog.find_by_sku(s, ln.pick.sku)
            if product is None:
                raise NotFoundError(message("{name} ({sku}) is not in this till's catalog yet: "
                                            "sync, then try again"),
                                    name=ln.pick.name, sku=ln.pick.sku)
            cart.add(replace(product, price_minor=ln.unit_price_minor or product.price_minor),
                     qty)
        return cart

    def start_payment(self, pickup_id: str) -> Payment:
        """What the customer pays at the counter for an unpaid order."""
        with self.db.read() as s:
            d = self._detail(s, pickup_id)
            if d.paid:
                raise StateError(message("order {order_number} was paid online: nothing to take"),
                                 order_number=d.order_number)
            cart = self._cart(s, d)
        total = cart.view().totals.total_minor
        payment = Payment(total_minor=total, currency=cart.currency,
                          cash_step_minor=self.store.policy.cash_step_minor)
        if d.deposit_minor:
            payment.tenders.append(Tender(TenderKind.DEPOSIT, min(d.deposit_minor, total)))
        return payment

    def _refundable(self, s: Session, d: PickupDetail) -> int:
        if d.state not in (PickupState.CANCELLED, PickupState.EXPIRED) or not d.deposit_minor:
            return 0
        back = s.scalar(select(Deposit.id).where(Deposit.order_number == d.order_number,
                                                 Deposit.kind == DepositKind.REFUNDED.value))
        return 0 if back is not None else d.deposit_minor

    def deposit_to_refund(self, pickup_id: str) -> int:
        """A cancelled (or expired) order's deposit this store has not paid back yet; 0: none."""
        with self.db.read() as s:
            return self._refundable(s, self._detail(s, pickup_id))

    def refund_deposit(self, pickup_id: str, *, actor: Actor | None = None) -> int:
        """Pay a cancelled order's deposit back in cash from this drawer: a deposit row of the
        shift (X and Z), the journal, and ``order.deposit_refunded`` for the hub."""
        now = self._clock()
        with self.db.transaction() as s:
            d = self._detail(s, pickup_id)
            amount = self._refundable(s, d)
            if not amount:
                raise StateError(message("order {order_number} has no deposit to pay back here"),
                                 order_number=d.order_number)
            by = self._who(s, actor)
            cash = Payment(total_minor=amount, currency=d.currency)
            cash.add_cash(amount)
            record_deposit(s, self.store, DepositKind.REFUNDED, d.order_number, cash, by=by,
                           now=now)
            enqueue(s, DepositRefundedPayload(
                pickup_id=UUID(pickup_id), order_number=d.order_number,
                store_code=self.store.code, till_code=self.store.till, amount_minor=amount,
                currency=d.currency, refunded_at=now, staff=by), now)
        return amount

    def verify_code(self, pickup_id: str, code: str) -> bool:
        """Whether ``code`` is the order's pickup code (any case)."""
        d = self.order(pickup_id)
        return bool(d.pickup_code) and code.strip().upper() == d.pickup_code

    def hand_over(self, pickup_id: str, *, code: str = "", id_check: IdCheckDetails | None = None,
                  payment: Payment | None = None, actor: Actor | None = None) -> HandedOver:
        """The customer takes the goods: verified, paid, journalled, one fact for the hub."""
        now = self._clock()
        with self.db.transaction() as s:
            d = self._detail(s, pickup_id)
            _ready_for_handover(d)
            verification, checked, verified_by = _verify(d, code, id_check)
            by = self._who(s, actor)
            sale = None
            if not d.paid:
                if payment is None:
                    raise StateError(message("order {order_number} is not paid: take the payment "
                                             "first"),
                                     order_number=d.order_number)
                sale = record_sale(s, self.store, self._cart(s, d), payment, cashier=by, now=now,
                                   stock=False, journal={"pickup_id": pickup_id,
                                                         "order_number": d.order_number})
            moved = [(ln.pick.line_no, ln.pick.sku, ln.pick.name,
                      ln.pick.to_pick + ln.pick.received)
                     for ln in d.lines if ln.pick.to_pick + ln.pick.received > 0]
            payload = PickupHandedOverPayload(
                pickup_id=UUID(pickup_id), version=pickups.next_version(s, pickup_id),
                store_code=self.store.code, till_code=self.store.till, handed_over_at=now,
                staff=by, verification=verification, id_check=checked,
                payment=_payment(sale, payment) if sale is not None else None,
                lines=[HandedOverLine(line_no=no, sku=sku, quantity=quantity_text(q))
                       for no, sku, _name, q in moved])
            event_id, seq = self._record(s, pickup_id, payload, now, by=by, journal={
                "order_number": d.order_number, "verification": verification.value,
                "id_check": checked.model_dump(mode="json") if checked else None,
                "receipt_no": sale.receipt_no if sale else "",
                "lines": [{"sku": sku, "quantity": quantity_text(q)} for _n, sku, _m, q in moved],
            })
            insert_rows(s, [StockMovement(event_id=event_id, line=i, sku=sku,
                                          bucket=StockBucket.SELLABLE.value,
                                          delta=quantity_text(-q), reason="pickup",
                                          occurred_at=now)
                            for i, (_no, sku, _name, q) in enumerate(moved, start=1)])
            after = self._detail(s, pickup_id)
        receipt = PickupHandover(
            order_no=d.order_number, store_name=self.store.name, customer_name=d.customer_name,
            handed_over_at=now, associate=by, verified_by=verified_by,
            lines=tuple(PickupLine(name, quantity_text(q), sku) for _n, sku, name, q in moved),
            header_lines=self.store.header, footer_lines=self.store.footer)
        changed = PickupChanged(after, (event_id,), seq, tuple(sku for _n, sku, _m, _q in moved),
                                document=receipt)
        return HandedOver(changed, receipt, sale)


def _ready_for_handover(d: PickupDetail) -> None:
    if d.step is Step.HANDOVER:
        return
    if d.state in (PickupState.CANCELLED, PickupState.EXPIRED):
        #: {how} is the hub's words, in English ("cancelled at 14:02 on 1 Dec"); {state} the
        #: state alone, in the till's language.
        raise StateError(message("order {order_number} was {how}: do not hand it over (customer "
                                 "service can help the customer)"),
                         order_number=d.order_number, how=d.message or d.state.label,
                         state=d.state.label)
    if d.state is PickupState.HANDED_OVER:
        raise StateError(message("order {order_number} was handed over already"),
                         order_number=d.order_number)
    if d.step is Step.PICK:
        raise StateError(message("order {order_number} is not ready: pick it, then F12"),
                         order_number=d.order_number)
    raise StateError(message("order {order_number} is {label}: it cannot be handed over"),
                     order_number=d.order_number, label=d.step.label)


def _verify(d: PickupDetail, code: str, id_check: IdCheckDetails | None
            ) -> tuple[Verification, IdCheck | None, str]:
    if code.strip():
        if not d.pickup_code or code.strip().upper() != d.pickup_code:
            raise ValidationError(message("that is not this order's pickup code: scan it again, or"
                                          " F4 to check an ID instead"))
        return Verification.CODE, None, "pickup code"
    if id_check is not None:
        return Verification.ID_CHECK, id_check.checked(), id_check.words
    raise StateError(message("verify the customer first: scan their pickup code, or F4 to check an"
                             " ID"))


def _payment(sale: SaleCompleted, payment: Payment | None) -> PickupPayment:
    assert payment is not None
    return PickupPayment(amount_minor=sale.total_minor, currency=payment.currency,
                         tenders=[PickupTender(kind=t.kind.value, amount_minor=t.amount_minor)
                                  for t in payment.tenders],
                         receipt_no=sale.receipt_no)
