"""Return authorisations (RMAs): a parcel the hub expects, for a web order or an in-store sale.

Authorising checks what the original sold less what came back or is already
authorised, and the policy of the store that sold it (window, final sale;
an administrator may override). Each RMA line names the original line it
returns and what that quantity paid. The RMA goes on the feed of the store
the parcel is addressed to (``rma``), again when it is received or cancelled.
"""

from __future__ import annotations

import secrets
import uuid
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from omnipos.domain.customers import normalize_email, normalize_phone
from omnipos.domain.errors import NotFoundError, StateError, UserFacingError, ValidationError
from omnipos.domain.quantities import from_milli, to_milli
from omnipos.domain.returns import (
    Condition,
    ReturnItem,
    RmaState,
    check_rma_number,
    line_share,
    rma_number,
)
from omnipos.hub.feed import PendingChange, append_changes
from omnipos.hub.returns import originals
from omnipos.hub.returns.lookup import lookup_original
from omnipos.hub.returns.policy import policy_for
from omnipos.hub.returns.requests import RmaRequest
from omnipos.hub.store.db import HubDB
from omnipos.hub.store.models import (
    Customer,
    Order,
    Product,
    RefundPayout,
    ReturnLineRecord,
    Rma,
    RmaLine,
    Store,
)
from omnipos.sync.events.returns import RMA_KIND

__all__ = ["authorise", "cancel_rma", "create_rma", "find_rma", "list_rmas", "rma_change",
           "rma_data", "show_rma"]


def _authorised_by_line(session: Session, original_key: str) -> dict[int, int]:
    """Original line -> quantity on RMAs still awaiting their parcel."""
    rma_of = Rma.sale_id == original_key
    if original_key.startswith("order:"):
        rma_of = Rma.order_id == original_key.removeprefix("order:")
    rows = session.execute(
        select(RmaLine.sale_line_no, func.sum(RmaLine.quantity_milli))
        .join(Rma, Rma.id == RmaLine.rma_id)
        .where(rma_of, Rma.state == RmaState.AUTHORISED.value)
        .group_by(RmaLine.sale_line_no)
    ).all()
    return {int(no): int(milli or 0) for no, milli in rows}


def _customer_id(session: Session, email: str, phone: str) -> str | None:
    tests = [Customer.email == email] if email else []
    if phone:
        tests.append(Customer.phone == phone)
    if not tests:
        return None
    return session.scalars(select(Customer.id).where(or_(*tests)).limit(1)).first()


def _new_number(session: Session) -> str:
    while True:
        number = rma_number(secrets.randbits(40))
        if session.scalar(select(Rma.id).where(Rma.number == number)) is None:
            return number


def _share(total_minor: int, sold_milli: int, upto_milli: int) -> int:
    """What the first ``upto_milli`` of a line paid (so parts never add up to more)."""
    return line_share(total_minor, Decimal(sold_milli) / 1000, Decimal(upto_milli) / 1000)


def create_rma(db: HubDB, req: RmaRequest, *, requested_by: str, override: bool = False,
               now: datetime | None = None, channel_id: str | None = None) -> dict[str, Any]:
    """Authorise the return of ``req``'s lines; ``override`` lifts the policy's refusals."""
    with db.transaction() as s:
        rma = authorise(s, req, requested_by=requested_by, override=override, now=now,
                        channel_id=channel_id)
        append_changes(s, [rma_change(s, rma)])
        return _view(s, rma)


def authorise(session: Session, req: RmaRequest, *, requested_by: str, override: bool = False,
              now: datetime | None = None, channel_id: str | None = None) -> Rma:
    """The RMA for ``req``, in the caller's transaction (the caller puts it on the feed).

    ``channel_id``: a channel asking, which may name any store's sale but only its own
    web orders."""
    now = now or datetime.now(UTC)
    s = session
    try:
        email = normalize_email(req.customer.email)
        phone = normalize_phone(req.customer.phone)
    except ValidationError as exc:
        raise ValidationError(f"customer: {exc}") from exc
    if s.get(Store, req.return_to_store) is None:
        raise ValidationError(f"return_to_store: no store {req.return_to_store!r}")
    original = lookup_original(s, receipt_no=req.receipt_no or None,
                               order_id=req.order_id or None)
    if channel_id is not None and original.channel_id not in (None, channel_id):
        raise NotFoundError(f"no web order {req.order_id.strip()!r} at the hub")
    if original.kind == "web_order" and original.state not in originals.DELIVERED:
        raise StateError(f"web order {req.order_id.strip()} is {original.state}: nothing was "
                         "delivered to return yet (cancel it instead)")
    email, phone = email or original.customer_email, phone or original.customer_phone
    policy = policy_for(s, original.store_code)
    taken = {no: r.milli for no, r in originals.returned_by_line(s, original.key).items()}
    for no, milli in _authorised_by_line(s, original.key).items():
        taken[no] = taken.get(no, 0) + milli
    skus = sorted({ln.sku for ln in original.lines.values()})
    categories = dict(s.execute(select(Product.sku, Product.category)
                                .where(Product.sku.in_(skus))).all())
    rma = Rma(
        id=str(uuid.uuid4()), number=_new_number(s), state=RmaState.AUTHORISED.value,
        requested_by=requested_by[:80], sale_id=original.sale_id,
        receipt_no=original.receipt_no, order_id=original.order_id,
        origin_store=original.store_code, store_code=req.return_to_store,
        currency=original.currency, customer_id=_customer_id(s, email, phone),
        customer_name=req.customer.name or original.customer_name,
        customer_email=email, customer_phone=phone, created_at=now, updated_at=now,
    )
    s.add(rma)
    s.flush()
    line_no = 0
    for i, want in enumerate(req.lines):
        left = to_milli(want.quantity)
        for ln in sorted(original.lines.values(), key=lambda ln: ln.line_no):
            if ln.sku != want.sku or left == 0:
                continue
            before = taken.get(ln.line_no, 0)
            take = min(left, ln.qty_milli - before)
            if take <= 0:
                continue
            paid = (_share(ln.paid_minor, ln.qty_milli, before + take)
                    - _share(ln.paid_minor, ln.qty_milli, before))
            verdict = policy.assess(ReturnItem(ln.sku, categories.get(ln.sku, ""), paid,
                                               Condition.NEW, original.created_at),
                                    now, override=override)
            if not verdict.refundable:
                raise StateError(f"lines.{i}: {ln.sku}: {verdict.message}")
            line_no += 1
            s.add(RmaLine(rma_id=rma.id, line_no=line_no, sku=ln.sku, name=ln.name,
                          quantity_milli=take, reason=want.reason,
                          sale_line_no=ln.line_no, paid_minor=paid))
            taken[ln.line_no] = before + take
            left -= take
        if left:
            raise ValidationError(
                f"lines.{i}: {from_milli(to_milli(want.quantity) - left)} of {want.sku} "
                f"can still be returned from {original.receipt_no or original.order_id}, "
                f"not {want.quantity}")
    s.flush()
    return rma


def rma_data(session: Session, rma: Rma) -> dict[str, Any]:
    """The ``rma`` feed record (``RmaData``, as JSON): expected lines, outcomes, refund."""
    outcomes: dict[int, list[dict[str, Any]]] = {}
    refund = 0
    if rma.return_id is not None:
        for rl in session.scalars(select(ReturnLineRecord).where(
                ReturnLineRecord.return_id == rma.return_id).order_by(ReturnLineRecord.line_no)):
            refund += rl.refund_minor
            if rl.rma_line_no is not None:
                outcomes.setdefault(rl.rma_line_no, []).append({
                    "quantity": from_milli(rl.quantity_milli), "condition": rl.condition,
                    "disposition": rl.disposition, "refund_minor": rl.refund_minor,
                    "fee_minor": rl.fee_minor, "note": rl.note})
    lines = session.scalars(select(RmaLine).where(RmaLine.rma_id == rma.id)
                            .order_by(RmaLine.line_no))
    order = session.get(Order, rma.order_id) if rma.order_id else None
    return {
        "rma_id": rma.id, "number": rma.number, "state": rma.state, "store_code": rma.store_code,
        "currency": rma.currency, "sale_id": rma.sale_id, "receipt_no": rma.receipt_no,
        "order_id": rma.order_id, "order_number": order.channel_order_id if order else "",
        "origin_store": rma.origin_store,
        "customer": {"customer_id": rma.customer_id, "name": rma.customer_name,
                     "email": rma.customer_email, "phone": rma.customer_phone},
        "lines": [{"line_no": ln.line_no, "sku": ln.sku, "name": ln.name,
                   "quantity": from_milli(ln.quantity_milli), "reason": ln.reason,
                   "sale_line_no": ln.sale_line_no, "paid_minor": ln.paid_minor,
                   "outcomes": outcomes.get(ln.line_no, [])} for ln in lines],
        "created_at": rma.created_at.isoformat(),
        "received_at": rma.received_at.isoformat() if rma.received_at else None,
        "received_store": rma.received_store,
        "refund_minor": refund,
    }


def rma_change(session: Session, rma: Rma) -> PendingChange:
    return PendingChange(RMA_KIND, rma.id, rma.store_code, rma_data(session, rma))


def find_rma(session: Session, key: str) -> Rma | None:
    """The RMA with number ``key`` (as typed or scanned) or with id ``key``."""
    row = session.get(Rma, key.strip())
    if row is not None:
        return row
    try:
        number = check_rma_number(key)
    except UserFacingError:
        return None
    return session.scalars(select(Rma).where(Rma.number == number)).first()


def _view(session: Session, rma: Rma) -> dict[str, Any]:
    """What the CLI and the channel see: the record plus the refund's payouts."""
    data = rma_data(session, rma)
    data["requested_by"] = rma.requested_by
    data["payouts"] = [] if rma.return_id is None else [
        {"kind": p.kind, "amount_minor": p.amount_minor, "state": p.state,
         "reference": p.reference, "paid_at": p.paid_at.isoformat() if p.paid_at else None}
        for p in session.scalars(select(RefundPayout).where(
            RefundPayout.return_id == rma.return_id).order_by(RefundPayout.created_at))]
    return data


def show_rma(db: HubDB, key: str) -> dict[str, Any]:
    with db.read() as s:
        rma = find_rma(s, key)
        if rma is None:
            raise NotFoundError(f"no RMA {key.strip()!r}")
        return _view(s, rma)


def list_rmas(db: HubDB, *, store_code: str | None = None,
              state: RmaState | None = None) -> list[dict[str, Any]]:
    stmt = select(Rma).order_by(Rma.created_at, Rma.number)
    if store_code is not None:
        stmt = stmt.where(Rma.store_code == store_code)
    if state is not None:
        stmt = stmt.where(Rma.state == state.value)
    with db.read() as s:
        return [_view(s, r) for r in s.scalars(stmt)]


def cancel_rma(db: HubDB, key: str) -> dict[str, Any]:
    """Withdraw an authorisation whose parcel has not been taken in."""
    with db.transaction() as s:
        rma = find_rma(s, key)
        if rma is None:
            raise NotFoundError(f"no RMA {key.strip()!r}")
        if rma.state != RmaState.AUTHORISED.value:
            raise StateError(f"RMA {rma.number} is {rma.state}; only an authorised one can be "
                             "cancelled")
        rma.state, rma.updated_at = RmaState.CANCELLED.value, datetime.now(UTC)
        s.flush()
        append_changes(s, [rma_change(s, rma)])
        return _view(s, rma)
